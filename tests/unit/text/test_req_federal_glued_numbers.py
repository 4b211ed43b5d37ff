"""A numbered item whose line break was lost runs on in the line of the item before ("2.
Customer Service - … and services. 3. Oral Communication - …"): it is an item of its own
(issue 11, USAJOBS). Sentences of our own."""

from __future__ import annotations

import pytest

from askback.text import req_federal
from tests.unit.text.req_helpers import must_haves as _must

_LEAD = (
    "Qualifications\n\nApplicants must have field experience showing each of the skills below:\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        # Item 3 glued to item 2.
        "1. Seamanship - Handles small boats in rough water.\n\n2. Navigation - Plots a course "
        "by chart and compass. 3. Radio - Keeps a radio watch.\n\n4. First Aid - Treats injuries "
        "at sea.",
        # Items 2, 3 and 4 glued to item 1, numbered with a bracket.
        "1) Seamanship - Handles small boats in rough water. 2) Navigation - Plots a course by "
        "chart. 3) Radio - Keeps a radio watch. 4) First Aid - Treats injuries at sea.\n\n"
        "5) Knots - Ties the standard knots.",
        # Item 4 glued after a closing bracket and a stop.
        "1. Seamanship - Handles small boats.\n\n2. Navigation - Plots a course.\n\n3. Radio - "
        "Keeps a radio watch (VHF and HF). 4. First Aid - Treats injuries at sea.",
    ],
)
def test_glued_numbered_item_is_its_own_item(body: str) -> None:
    expected = 5 if "5)" in body else 4
    assert _must(_LEAD + body) == expected


def test_other_numbers_in_an_item_do_not_split() -> None:
    # Near miss: a number that is not the next one, or not after a full stop.
    text = (
        "2. Navigation - Plots a course; 3. see the chart. Then 5. Radio watch. Grade 3. Radio "
        "as in 3. above."
    )
    assert req_federal.split_glued_numbers(text, [(0, len(text))]) == [(0, len(text))]
    body = (
        "1. Seamanship - Handles small boats (see 3. below).\n\n2. Navigation - Plots a course "
        "by chart; 3. or by compass.\n\n3. Radio - Keeps a radio watch."
    )
    assert _must(_LEAD + body) == 3


def test_split_spans() -> None:
    text = "1. Boats. 2. Charts. 3. Radio."
    assert req_federal.split_glued_numbers(text, [(0, len(text))]) == [(0, 9), (9, 20), (20, 30)]
