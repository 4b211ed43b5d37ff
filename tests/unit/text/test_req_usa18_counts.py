"""Three shapes of US federal qualification texts whose must-haves were miscounted (branch usa18,
issue 11, USAJOBS labels): the named grades of a VA Title 38 standard ("Full Grade. …
Intermediate Grade. …"), whose numbered criteria are grade by grade; dashed parts of a
specialized experience introduced by the label "Specialized Experience:" and a long sentence;
a run-together semicolon series before a short list on lines of its own. Sentences of our own."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_federal
from tests.unit.text.req_helpers import must_haves as _must

# --- VA named grades -------------------------------------------------------------------------

_BASIC = (
    "## Qualifications\n\nBasic Requirements:\n\nCitizenship: Citizen of the United States. "
    "Education: Graduate of an accredited orthotics program. Certification: Current board "
    "certification is required. English Language Proficiency: Must be proficient in spoken "
    "and written English."
)
_CRITERIA = (
    " 1. Fits braces to patients with sound clinical judgment. 2. Keeps accurate records of "
    "each fitting. 3. Seeks advice from the supervising clinician when needed. 4. Responds "
    "well to urgent cases."
)


def _graded(first: str, second: str, sep: str = ".") -> str:
    return (
        _BASIC
        + f" GRADE REQUIREMENTS. {first} Grade{sep} In addition to the basic requirements, you "
        "must meet all the following requirements:"
        + _CRITERIA
        + f" {second} Grade{sep} You must meet all requirements above for the lower grade "
        "through equivalent practice."
    )


@pytest.mark.parametrize(
    ("first", "second", "sep"),
    [
        ("Full", "Intermediate", "."),
        ("Associate", "Full", "."),
        ("Senior", "Chief", ":"),
        ("Entry", "Full", ":"),
    ],
)
def test_criteria_inside_one_of_several_va_grades_are_not_counted(
    first: str, second: str, sep: str
) -> None:
    text = _graded(first, second, sep)
    assert req_federal.grade_blocks(text)
    assert _must(text) == 4  # the four basic requirements


def test_one_va_grade_keeps_its_criteria() -> None:
    # Near miss: one grade named twice is the position's own: no blocks.
    text = _graded("Full", "Full")
    assert req_federal.grade_blocks(text) == []


@pytest.mark.parametrize(
    "prose",
    [
        "meet the requirements for Full Grade through VA employment and Senior grade work.",
        "Meet the requirements for Senior grade plus recognition; the Full grade is the entry.",
    ],
)
def test_grade_names_in_prose_are_no_labels(prose: str) -> None:
    assert req_federal.grade_blocks("## Qualifications\n\n" + prose) == []


def test_va_grade_block_ends_at_the_shared_part_after_it() -> None:
    # The last grade's block ends where a part every grade shares begins ("Physical Standards:").
    text = (
        "Full Grade. Two years of practice. Chief Grade. Recognition in the field. Physical "
        "Standards: Satisfactory physical examination."
    )
    blocks = req_federal.grade_blocks(text)
    assert len(blocks) == 2
    assert text[blocks[-1][1] :].startswith("Physical Standards:")


@settings(max_examples=60, deadline=None)
@given(
    names=st.lists(
        st.sampled_from(["Associate", "Entry", "Full", "Intermediate", "Senior", "Chief"]),
        min_size=1,
        max_size=5,
    ),
    filler=st.text(alphabet="abcdefgh ,;", max_size=40),
)
def test_va_blocks_are_in_order_and_need_two_grades(names: list[str], filler: str) -> None:
    text = " ".join(f"{name} Grade. {filler}." for name in names)
    blocks = req_federal.grade_blocks(text)
    if len(set(names)) < 2:
        assert blocks == []
    else:
        assert len(blocks) == len(names)
        assert all(a < b <= c for (a, b), (c, _) in pairwise(blocks))
        assert all(text[a:].split(" ", 1)[0] in names for a, _ in blocks)


# --- dashed parts after "Specialized Experience:" ---------------------------------------------


@pytest.mark.parametrize(
    ("dash", "joint"),
    [("-", "; AND- "), ("–", "; AND– "), ("-", ";AND-"), ("•", "; and• ")],
)
def test_dashed_parts_after_the_specialized_experience_label(dash: str, joint: str) -> None:
    text = (
        "## Qualifications\n\nYou must meet the following requirements by the closing "
        "date.Specialized Experience: One year of experience at the GS-12 level, or "
        "equivalent, that has given the applicant the particular knowledge and skills to "
        "perform the duties of this "
        f"position which include:{dash} Planning tide surveys for coastal field crews{joint}"
        f"Keeping the gauge records of three harbour stations{joint}Training new crew members "
        "in boat safety.In addition to meeting specialized experience, applicants must also "
        "show proficiency in 1) attention to detail, 2) customer service, 3) oral "
        "communication, and 4) problem solving."
    )
    assert _must(text) == 7  # three parts and four competencies


def test_dashed_examples_after_the_label_stay_uncounted() -> None:
    # Near miss: the parts are examples ("such as"), not what is asked.
    text = (
        "## Qualifications\n\nSpecialized Experience: One year of experience at the GS-12 level "
        "in work such as that which may include:- Planning tide surveys for field crews; AND- "
        "Keeping the gauge records of harbour stations.In addition to meeting specialized "
        "experience, applicants must also show proficiency in 1) attention to detail, 2) "
        "customer service, 3) oral communication, and 4) problem solving."
    )
    assert _must(text) == 4


# --- a run-together series before a short list by lines ----------------------------------------

_SERIES = [
    "All levels require the incumbent to be at least 18 years of age with a diploma; read and "
    "write English; pass a background check; lift up to 30 lbs; and finish all training.",
    "Every level requires staff to hold a driving licence; swim 200 metres; pass a medical "
    "check; and complete first aid training.",
    "Both levels require the applicant to be 21 or older; hold a forklift permit; pass a drug "
    "screen; work night shifts; and complete the safety course.",
]
# The rest of the paragraph: a sentence more and the levels of the post, in prose.
_LEVELS = (
    " Incumbents must also be able to follow written instructions. In addition to the above. "
    "Lifeguard (Entry): This is an entry position leading to the base position. Duties are "
    "developmental. Lifeguard (Target): 12 months experience at a pool. This is the target level."
)
_SPECIAL = (
    "\n\nSPECIAL REQUIREMENTS:\n\nPosition is drug test designated\n\nMust pass a fitness test\n"
)


@pytest.mark.parametrize("series", _SERIES)
def test_series_before_a_two_line_list_counts_with_it(series: str) -> None:
    clauses = series.count(";") + 1
    text = "## Qualifications\n\n" + series + _LEVELS + _SPECIAL
    assert _must(text) == clauses + 2


@pytest.mark.parametrize("series", _SERIES)
def test_series_after_the_two_line_list_is_not_added(series: str) -> None:
    # Near miss: the series stands after the short list, not before it.
    text = "## Qualifications" + _SPECIAL + "\n" + series + _LEVELS + "\n"
    assert _must(text) == 2


def test_a_short_series_before_the_list_is_not_added() -> None:
    # Near miss: two clauses make no series of a list's size.
    text = "## Qualifications\n\nAll levels require a diploma; and a clean record." + _LEVELS
    assert _must(text + _SPECIAL) == 2


_CLAUSES = [
    "hold a driving licence",
    "swim 200 metres",
    "pass a medical check",
    "read and write English",
    "lift up to 30 lbs",
    "pass a background check",
    "work night shifts",
]


@settings(max_examples=25, deadline=None)
@given(clauses=st.lists(st.sampled_from(_CLAUSES), min_size=4, max_size=6, unique=True))
def test_series_before_two_lines_counts_each_clause(clauses: list[str]) -> None:
    # Four clauses or more: three semicolons make a series for the inline readers (two are a
    # short series inside one sentence).
    series = "All levels require the incumbent to " + "; ".join(clauses[:-1])
    series += "; and " + clauses[-1] + "."
    text = "## Qualifications\n\n" + series + _LEVELS + _SPECIAL
    assert _must(text) == len(clauses) + 2
