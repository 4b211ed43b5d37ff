"""Federal counts (issue 11) on sentences of our own: supervisory competencies that candidates
"should possess, or have the potential to develop" are asked softly twice over (a "should", and
the potential suffices), so they are no must-haves, as the USAJOBS labels leave out preferred
or desirable criteria; the basic requirements around them still count."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa_parts
from tests.unit.text.req_helpers import joined_items, must_haves

_BASIC = (
    "## Qualifications\n\nTo qualify, your resume must show enough experience or education for "
    "the position. BASIC REQUIREMENT(S): Education: A degree or diploma from a school of "
    "nursing approved by the State body that accredits such schools.Registration: Applicants "
    "must hold an active, current registration as a nurse in a State or territory of the "
    "United States."
)
_COMPETENCIES = (
    "Accountability: Holds the team to account for timely, careful work. Sets goals and hands "
    "out tasks.Customer Service: Learns what patients and colleagues need and meets it.Oral "
    "Communication: Speaks clearly to groups and listens well.Problem Solving: Finds the cause "
    "of problems and weighs ways to fix them.Resilience: Keeps calm under pressure and "
    "recovers from setbacks."
)
_AFTER = (
    "In addition to the Basic Requirements, you must meet the minimum qualifications below.\n\n"
    "MINIMUM QUALIFICATIONS:\n\nYour resume must show one year of specialized experience at the "
    "next lower grade level in the Federal service, leading a team of ward nurses.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "SUPERVISORY OR MANAGERIAL ABILITIES: Candidates should possess proficiency, or the "
        "potential to develop proficiency, in these competencies prior to entry into a "
        "supervisory position.",
        "SUPERVISORY COMPETENCIES: Applicants should possess, or have the potential to "
        "develop, these competencies before they start as supervisors.",
        "LEADERSHIP: Candidates should have skill, or the potential to develop skill, in the "
        "following competencies before they supervise:",
    ],
)
def test_competencies_to_develop_are_no_must_haves(lead: str) -> None:
    # Education, registration and the specialized experience; the competencies not.
    text = _BASIC + lead + _COMPETENCIES + _AFTER
    count = must_haves(text)
    assert count is not None
    assert count <= 3


def test_competencies_that_must_be_met_still_count() -> None:
    # The same list asked plainly stays a list of must-haves.
    lead = "SUPERVISORY COMPETENCIES: Candidates must possess these competencies."
    count = must_haves(_BASIC + lead + _COMPETENCIES + _AFTER)
    assert count is not None
    assert count >= 6


_PARTS = st.sampled_from(
    [
        "Candidates should possess, or have the potential to develop, these competencies.",
        "Accountability: Holds the team to account.",
        "Oral Communication: Speaks clearly.",
        "Licensure: Holds a licence.",
        "Must hold a licence.",
        "\n",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PARTS, min_size=1, max_size=8))
def test_without_potential_competencies_keeps_items_in_order(parts: list[str]) -> None:
    # Items as the list readers hand them over: the kept ones are items that came in, in order;
    # without the soft lead nothing is dropped.
    text, items = joined_items(parts)
    out = req_usa_parts.without_potential_competencies(text, items)
    assert set(out) <= set(items)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(out))
    if not any("potential" in p for p in parts):
        assert out == items
    assert all(not text[a:b].startswith("Candidates") for a, b in out)
