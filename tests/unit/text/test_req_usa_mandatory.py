"""The "MANDATORY QUALIFICATION CRITERIA:" template of an intelligence agency's federal ads: the
numbered criteria (numbers glued to the text or not, several on a line), the education
requirement once (its -OR- paths are alternatives), a licence part once and each clause of the
physical requirement are the must-haves; the desirable criteria after them and a description of
the working environment are not. The texts are written for these tests in the template's shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_mandatory import mandatory_items
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = (
    "## Map Analyst\n\nSalary: $60,000 - $90,000 per year\n\n## Summary\n\nThe analyst studies "
    "maps for the agency.\n\n## Qualifications\n\nMANDATORY QUALIFICATION CRITERIA: For this "
    "particular job, applicants must meet all competencies reflected under the Mandatory "
    "Qualification Criteria to include education (if required). Online resumes must show "
    "qualification with examples, in response to the mandatory criteria specified in this "
    "vacancy announcement: "
)
_EDUCATION = (
    "EDUCATION REQUIREMENT: A. Education: Bachelor's degree in Geography or a related field. "
    "-OR- B. Combination of Education and Experience: 24 semester hours in the fields of "
    "option A plus experience that totals 4 years. "
)
_DESIRABLE = (
    "DESIRABLE QUALIFICATION CRITERIA: In addition to the mandatory qualifications, experience "
    "in the following is desired: 1. Experience with survey tools.\n\n2. Knowledge of tides.\n"
)


@pytest.mark.parametrize(
    ("body", "count"),
    [
        # Numbers glued to the text, some criteria on one line, three physical clauses.
        (
            "1.Demonstrated skill in reading charts.\n\n2.Demonstrated ability to brief "
            "leaders.\n\n3.Possess a grounding in statistics. 4.Familiarity with scripting. "
            + _EDUCATION
            + "PHYSICAL REQUIREMENT: Tell colours apart; Near vision of 20/20 with lenses; Far "
            "vision of 20/40 with lenses " + _DESIRABLE,
            4 + 1 + 3,
        ),
        # "1)" numbers, a licence part, no physical requirement, the desirable part glued.
        (
            "1) Experience applying purchasing rules;\n2) Experience pricing offers; 3) Skill "
            "in closing contracts. "
            + _EDUCATION
            + "LICENSES/CERTIFICATIONS: Must obtain a contracting certificate within 24 months."
            + _DESIRABLE,
            3 + 1 + 1,
        ),
        # "(1)" numbers; the working environment described is no must-have.
        (
            "(1) Experience running power plants.\n(2) Experience with building codes. "
            + _EDUCATION
            + "PHYSICAL REQUIREMENT: Climbing ladders; Hearing (aid permitted). ENVIRONMENTAL "
            "REQUIREMENT: Working outside; Working near noise; Working at heights." + _DESIRABLE,
            2 + 1 + 2,
        ),
        # Criteria without education: the numbered ones alone.
        (
            "1. Advising managers on pay rules. 2. Reading policy and making proposals.\n\n3. "
            "Writing clearly for many readers." + _DESIRABLE,
            3,
        ),
    ],
)
def test_mandatory_criteria_are_counted_by_parts(body: str, count: int) -> None:
    text = _HEAD + body
    assert len(mandatory_items(text) or []) == count
    assert _must(text) == count


def test_education_alone_is_no_list() -> None:
    # The education's paths are alternatives, one item: no list of must-haves.
    text = _HEAD + _EDUCATION + _DESIRABLE
    assert mandatory_items(text) == []
    assert _must(text) is None


def test_other_ads_are_not_read() -> None:
    assert mandatory_items("## Qualifications\n\n1. Degree. 2. Licence.\n") is None


_CRITERIA = st.sampled_from(
    [
        "Experience reading charts",
        "Skill in briefing leaders",
        "Possess a grounding in algebra",
        "Familiarity with scripting",
        "Ability to work in a team",
    ]
)


@settings(max_examples=40, deadline=None)
@given(
    criteria=st.lists(_CRITERIA, min_size=1, max_size=7),
    glued=st.booleans(),
    marker=st.sampled_from(["{}.", "{})", "({})"]),
    breaks=st.lists(st.sampled_from([" ", "\n", "\n\n", "; "]), min_size=7, max_size=7),
    education=st.booleans(),
    physical=st.integers(min_value=0, max_value=4),
)
def test_counts_follow_the_parts(
    criteria: list[str],
    glued: bool,
    marker: str,
    breaks: list[str],
    education: bool,
    physical: int,
) -> None:
    space = "" if glued else " "
    body = "".join(f"{marker.format(i + 1)}{space}{c}.{breaks[i]}" for i, c in enumerate(criteria))
    if education:
        body += _EDUCATION
    if physical:
        clauses = "; ".join(f"Vision test {i + 1} passed" for i in range(physical))
        body += f"PHYSICAL REQUIREMENT: {clauses} "
    want = len(criteria) + education + physical
    text = _HEAD + body + _DESIRABLE
    assert len(mandatory_items(text) or []) == (want if want >= 2 else 0)
    assert _must(text) == (want if want >= 2 else None)
