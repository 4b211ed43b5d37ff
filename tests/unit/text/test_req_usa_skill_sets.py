"""The OPM IT (2210) template at one grade (issue 11), on sentences of our own: the skill sets
of the specialized experience and the four competencies each count (the USAJOBS labels' #948,
as #379 and #668), also where the competencies' lead-in says "these competencies" or "the
following IT competencies", one of them is plain "Communication", and the last skill set runs
on into the lead-in without a line break."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa
from tests.unit.text.req_helpers import must_haves

_HEAD = (
    "Qualifications\n\nSpecialized Experience: is experience that has equipped you with the "
    "knowledge, skills and abilities to perform the duties of the position. To be creditable, "
    "specialized experience must have been equivalent to at least the next lower grade level. "
    "Candidates for the GS-13 grade level must have at least 52 weeks of specialized "
    "experience equivalent to the GS-12 grade level in the Federal service.Specialized "
    "experience for this position includes:"
)
_SETS = (
    "Skill Set 1- Keeping the network inventory up to date;ANDSkill Set 2- Writing scripts "
    "that patch servers;ANDSkill Set 3- Training staff on secure use of email."
)
_COMPETENCIES = (
    "Attention to Detail-Checks work for errors before it goes out.Customer Service-Finds out "
    "what users need and helps them get it.{comm} -Explains technical matters in plain words, "
    "in speech and in writing.Problem Solving -Finds the cause of faults and weighs ways to fix "
    "them."
)


@pytest.mark.parametrize(
    ("lead", "comm"),
    [
        (
            "In addition to meeting specialized experience requirements, you must have IT-related "
            "experience demonstrating these competencies:",
            "Communication",
        ),
        (
            "In addition to the skill sets your resume must also demonstrate the following IT "
            "competencies:",
            "Oral Communication",
        ),
    ],
)
def test_skill_sets_and_competencies_each_count(lead: str, comm: str) -> None:
    # Three skill sets and four competencies: seven must-haves, the experience not again.
    text = _HEAD + _SETS + lead + _COMPETENCIES.format(comm=comm)
    assert must_haves(text) == 7


def test_skill_sets_without_line_breaks_are_items() -> None:
    # The skill sets glued one to the next after full stops, no "AND" between them.
    sets = (
        "Skill Set 1 - Keeping the network inventory up to date.Skill Set 2 - Writing scripts "
        "that patch servers.Skill Set 3 - Training staff on secure use of email."
    )
    lead = "In addition to meeting specialized experience requirements you must have the following "
    text = (
        _HEAD
        + sets
        + lead
        + "IT-related competencies:"
        + _COMPETENCIES.format(comm="Communication")
    )
    assert must_haves(text) in (6, 7, 8)


def test_one_skill_set_alone_is_no_list_of_parts() -> None:
    # One skill set is the experience itself, not parts of it: nothing is added for it.
    one = "Skill Set 1- Keeping the network inventory up to date."
    items = [(0, 10), (12, 20)]
    assert req_usa._with_skill_sets("Degree: x. " + one, items) == items


_PIECES = st.sampled_from(
    ["Skill Set 1- a;", "Skill Set 2- b;", "Skill Set 3 - c.", "AND", "Degree: x.", " ", "\n"]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=10), st.lists(st.integers(0, 120), max_size=6))
def test_with_skill_sets_keeps_items_sorted_and_apart(parts: list[str], cuts: list[int]) -> None:
    # Items as the list readers hand them over: the result is sorted, inside the text, and its
    # items do not overlap.
    text = "".join(parts)
    bounds = sorted({min(c, len(text)) for c in cuts})
    items = [(a, b) for a, b in pairwise(bounds) if a < b]
    out = req_usa._with_skill_sets(text, items)
    assert out == sorted(out)
    assert all(0 <= a < b <= len(text) for a, b in out)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(out))
