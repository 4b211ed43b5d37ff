"""Federal counts (issue 11) on sentences of our own: the VA standards' grandfathering
provision ("… the following provisions apply: (1) … (2) …") says what current employees are
spared, so its numbered provisions are no requirements, as the USAJOBS labels treat a basic
requirement's *Exceptions* and *Waiver* paragraphs (#553)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa_parts
from tests.unit.text.req_helpers import joined_items, must_haves

_BASIC = (
    "## Qualifications\n\nBasic Requirements: United States Citizenship: Others may be "
    "appointed only where no citizen qualifies under agency policy. Education. One year of "
    "study above high school with courses in patient care. English Language Proficiency. Aides "
    "must speak and write English as the VA Handbook requires. "
)


@pytest.mark.parametrize(
    "provision",
    [
        # The provisions numbered in the paragraph.
        "Grandfathering Provisions. Aides employed on the date this standard took effect are "
        "taken to meet its basic requirements for the grade they hold. For employees who do not "
        "meet all the basic requirements, but who met those in force when they were appointed, "
        "the following provisions apply: (1) Employees on temporary appointments may not be "
        "extended until they meet the basic requirements in full. (2) An employee who leaves "
        "the occupation loses this protection and must meet the full standard on return. ",
        # Each provision a paragraph of its own, the first glued to its number.
        "Grandfathering Provision. All aides in post when this standard began are taken to meet "
        "it. For employees who do not meet all the basic requirements, the following "
        "provisions apply:\n\n(1)Such employees may be moved or promoted within the occupation."
        "\n\n(2) Employees on temporary appointments may not be reappointed until they meet "
        "the standard.\n\n(3) An employee who leaves the occupation must meet the full "
        "standard on return. ",
    ],
)
def test_grandfathering_provisions_are_no_requirements(provision: str) -> None:
    text = (
        _BASIC + provision + "\n\nSpecialized Experience is experience directly related to "
        "the duties of the position.\n"
    )
    assert must_haves(text) is None


_PARTS = st.sampled_from(
    [
        "the following provisions apply:",
        "(1) Employees may be moved.",
        "(2) Employees must meet the standard.",
        "English Language Proficiency. Must speak English.",
        "Citizenship: Citizen of the United States.",
        "\n",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PARTS, min_size=1, max_size=8))
def test_without_clarifications_keeps_items_in_order(parts: list[str]) -> None:
    # Items as the list readers hand them over (a lead alone between two items is no item):
    # the kept ones came in, in order; without the lead nothing numbered is dropped.
    text, items = joined_items(parts, lambda part: not part.startswith("the following"))
    out = req_usa_parts.without_clarifications(text, items)
    assert set(out) <= set(items)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(out))
    if not any(p.startswith("the following") for p in parts):
        assert out == items
