"""'All three of the following' asks for every item, unlike 'three of the following' or 'one of
the following' (issue 11), on sentences of our own, in lists by lines and run together."""

from __future__ import annotations

import pytest

from askback.text import req_inline, requirements
from tests.unit.text.req_helpers import must_haves as _must

_INLINE = (
    "Qualifications\n\nBASIC REQUIREMENTS: Every applicant must meet {lead} of the following "
    "basic requirements: 1. Degree - A degree in forestry from an approved school. "
    "2. Training - One year of supervised field training after the degree. "
    "3. Licence - A current licence to fell trees in the state."
)
_LINES = (
    "Requirements\n\nYou must meet {lead} of the following:\n- A degree in forestry\n"
    "- A year of field training\n- A tree-felling licence\n"
)


@pytest.mark.parametrize("lead", ["all three", "all 3", "each", "all"])
@pytest.mark.parametrize("shape", [_INLINE, _LINES])
def test_all_of_the_following_asks_for_every_item(shape: str, lead: str) -> None:
    assert _must(shape.format(lead=lead)) == 3


@pytest.mark.parametrize("shape", [_INLINE, _LINES])
def test_one_of_the_following_is_still_a_choice(shape: str) -> None:
    # One of three: a choice, no list of must-haves of its own.
    assert _must(shape.format(lead="one")) in (None, 1)


@pytest.mark.parametrize(
    ("lead", "choice"),
    [
        ("must meet all three of the following", False),
        ("must meet all 3 of the following", False),
        ("must meet each of the following", False),
        ("must meet three of the following", True),
        ("must meet at least two of the following", True),
        ("must meet any of the following", True),
    ],
)
def test_choice_lead_ins(lead: str, choice: bool) -> None:
    assert (req_inline._ONE_OF.search(lead) is not None) is choice
    assert (requirements._ONE_OF.search(lead) is not None) is choice
