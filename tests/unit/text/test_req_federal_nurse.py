"""The VA nurse standard's basic requirements run into one paragraph (issue 11, the USAJOBS
labels' rule that each basic requirement under a requirements heading is one item), on
sentences of our own: citizenship, the nursing school, the registration, each its own item
where a template lost the line breaks between them; and a choice inside the first item ("one of
the following accrediting bodies: A or B.") that is the item's own, not the list's."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_inline, req_usa
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "Staff Nurse\n\nQualifications\n\n"
_SCHOOL = (
    "Graduate of a school of professional nursing approved by the state board and accredited by "
    "one of the following accrediting bodies when the program was finished: The Nursing Board "
    "of Accreditation (NBA) or The Council on Nursing Schools (CNS). In cases of graduates of "
    "nursing schools abroad, holding a current, full, active and unrestricted registration "
    "meets the requirement of graduation from an approved school.The completion of a bridge "
    "program that leads to registration counts as an approved course of study. (Reference "
    "Handbook 5005, Appendix G6)"
)
_REGISTRATION = (
    "Current, full, active, and unrestricted registration as a graduate professional nurse in a "
    "State or territory of the United States. "
)
_GRADES = (
    "Grade Determinations: The following criteria must be met in setting the grade:Nurse I "
    "Level I - An associate degree in nursing, with no experience.Nurse I Level II - An "
    "associate degree and about 1 year of nursing practice; OR a BSN with no experience. "
)


@pytest.mark.parametrize(
    ("citizenship", "count"),
    [
        ("U.S. citizenship. ", 3),
        (
            "U.S. citizenship. Non-citizens may be hired only when no qualified citizen can be "
            "found, as VA policy allows. ",
            3,
        ),
        (
            "U.S. citizenship. Full unrestricted Licensure, Certification, or Registration "
            "required ",
            4,
        ),
    ],
)
def test_nurse_basic_requirements_in_one_paragraph_are_items(citizenship: str, count: int) -> None:
    text = _HEAD + "BASIC REQUIREMENTS: " + citizenship + _SCHOOL + _REGISTRATION + _GRADES
    assert _must(text) == count


def test_school_sentence_after_a_stop_with_a_space_starts_an_item() -> None:
    # "… VA policy. Graduate of …" and "(Reference …) Current, full …": no glued stop at all.
    text = (
        _HEAD
        + "Basic Requirements: United States Citizenship: Non-citizens may be hired only when no "
        "qualified citizen can be found, as VA policy allows. "
        + _SCHOOL
        + " "
        + _REGISTRATION
        + _GRADES
    )
    assert _must(text) == 3


def test_marked_options_after_one_of_in_the_first_item_stay_a_choice() -> None:
    # The options of a degree requirement, lettered after "one of the following": alternatives,
    # one requirement, and no list beside nothing else.
    text = (
        _HEAD + "BASIC REQUIREMENT: Degree: Doctor of Dental Surgery from a school accredited by "
        "the Dental Council. The Council's website lists the accredited schools. Council "
        "website: https://www.council.orgOR Graduates of schools abroad must meet one of the "
        "following "
        "requirements: a) Proof that the final transcript was certified by the Board; b) A full "
        "and unrestricted licence to practise in a State; OR c) Proof that the schooling equals "
        "that of an accredited school. An accredited school must have accepted the transcript at "
        "full value.In addition, graduates of schools abroad must show proficiency in English by "
        "one of the tests below. "
    )
    assert _must(text) is None


def test_choice_inside_the_first_item_is_its_own_unless_options_are_marked() -> None:
    own = (
        "Graduate of a school accredited by one of the following bodies: the Board of Nursing (BN) "
        "or the Nursing Council (NC). "
        "Graduates of schools abroad qualify by registration."
    )
    marked = (
        "Degree in engineering, with courses in four of the following six areas; a) statics; "
        "b) fluids; c) heat; and d) circuits. The courses must be at college level."
    )
    assert not req_inline._choice_before_items(own, 0, (0, len(own)))
    assert req_inline._choice_before_items(marked, 0, (0, len(marked)))
    # Before the first item, it leads the items in as a choice.
    lead = "You must meet one of the following: "
    assert req_inline._choice_before_items(lead + own, 0, (len(lead), len(lead + own)))


def test_nurse_levels_of_several_grades_are_no_items() -> None:
    # The levels of a grade determination of several grades, each opening an item after the
    # labelled requirements: grade by grade, not counted.
    text = (
        _HEAD
        + "Basic Requirements: Education: "
        + _SCHOOL
        + "Licensure. "
        + _REGISTRATION
        + "EDUCATION/EXPERIENCE REQUIREMENTS:Nurse I, Level II: An associate degree and about a "
        "year of practice (OR) a BSN with no practice. Nurse II: A BSN with two years of practice "
        "(OR) a master's degree with one year. Nurse III: A master's degree with three years of "
        "practice. "
    )
    assert _must(text) == 2


def test_bracketed_option_marks_keep_the_choice() -> None:
    marked = (
        "Degree in engineering, with courses in four of the following six areas: [1] statics; "
        "[2] fluids; [3] heat; and [4] circuits. The courses must be at college level."
    )
    assert req_inline._choice_before_items(marked, 0, (0, len(marked)))


@pytest.mark.parametrize(
    ("bullet", "levels"),
    [
        # Dashes before each level, the levels in Roman numerals.
        ("- ", ("Nurse I Level I", "Nurse I Level II", "Nurse II", "Nurse III")),
        # Middle dots glued to the level, the level within a grade in Arabic numerals.
        ("·", ("Nurse I, Level 1", "Nurse I, Level 2", "Nurse I, Level 3", "Nurse II")),
    ],
)
def test_bulleted_nurse_levels_of_several_grades_are_no_items(
    bullet: str, levels: tuple[str, ...]
) -> None:
    # Each level opens a bulleted part of the grade determinations, run together with the
    # basic requirements in one paragraph as the source lost its breaks: grade by grade, as
    # the same levels without bullets are.
    parts = "".join(
        f"{bullet}{level} - An associate degree or a BSN and about {k} years of practice. "
        for k, level in enumerate(levels, 1)
    )
    text = (
        "Qualifications\n\nBasic Requirements:- U.S. citizenship. - Graduate of a school of "
        "professional nursing approved by the State board. - Current, full and unrestricted "
        "registration as a professional nurse in a State. - BLS per local policyGrade "
        "Determinations: The following criteria must be met in determining the grade of "
        "candidates:" + parts
    )
    assert _must(text) == 4


_LEVEL_PIECES = st.sampled_from(
    ["- ", "·", "Nurse I", "Nurse II", ", Level 2", " Level II", " - ", ": ", "A BSN. ", "\n"]
)


@settings(max_examples=300)
@given(st.lists(_LEVEL_PIECES, max_size=12), st.lists(st.integers(0, 80), max_size=6))
def test_without_nurse_levels_keeps_a_subset_in_order(parts: list[str], cuts: list[int]) -> None:
    # Items as the list readers hand them over: the result keeps some of them, in order, and
    # drops either none or two levels at least (one level alone is the position's own).
    text = "".join(parts)
    bounds = sorted({min(c, len(text)) for c in cuts})
    items = [(a, b) for a, b in pairwise(bounds) if a < b]
    out = req_usa._without_nurse_levels(text, items)
    assert [it for it in items if it in out] == out
    assert len(items) - len(out) in (0, *range(2, len(items) + 1))
