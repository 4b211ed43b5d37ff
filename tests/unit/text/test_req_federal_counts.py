"""Must-have counts of US federal requirement lists run together in a paragraph (issue 11), on
sentences of our own: one grade's determinations, pointers to a physical-requirements section,
an item labelled by the heading above it, dash items after a numbered list."""

from __future__ import annotations

import pytest

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

_BASIC = (
    "Basic Requirements: Citizenship: Citizen of the United States. Degree: A degree in "
    "dietetics from an approved school. Registration: Current registration as a dietitian. "
)


# --- Grade determinations that describe the one grade the ad fills ---------------------------
# Three numbered KSAs glued to their lead-in, as the VA pages run them together.
_KSAS = (
    "The candidate must demonstrate the following KSAs:1. Ability to plan menus.2. "
    "Knowledge of food safety rules.3. Ability to teach kitchen staff."
)


@pytest.mark.parametrize(
    "determinations",
    [
        # Lettered parts, no grade named at their head.
        "Grade Determinations: (a) Experience. One year of experience equal to the next lower "
        "grade. (b) Assignments. Dietitians at this grade plan menus for a ward. ",
        # One experience sentence; the grades named inside it are no heads of blocks.
        "Grade Determinations: Experience. Must have one year of practice equal to the next "
        "lower grade level. For the GS12 level, you need 52 weeks at the GS11 level. ",
        "Grade Determinations. Experience. None beyond the basic requirements. ",
    ],
)
@pytest.mark.parametrize(
    "ksas",
    [
        _KSAS,
        "In addition to the experience above, the candidate must demonstrate the following "
        "KSAs: a. Ability to plan menus. b. Knowledge of food safety rules. c. Ability to teach "
        "kitchen staff.",
    ],
)
def test_one_grades_determinations_count_their_ksas(determinations: str, ksas: str) -> None:
    assert _must(_BASIC + determinations + ksas) == 6


@pytest.mark.parametrize(
    "determinations",
    [
        # Two grades, each heading its block: grade by grade.
        "Grade Determinations: GS-9 Dietitian (Entry Level). None beyond the basic "
        "requirements. GS-11 Dietitian (Full Performance Level). (a) Experience. One year at "
        "the GS-9 level. ",
        "Grade Determinations: The following criteria must be met:- Nurse I Level I - A "
        "diploma in nursing.- Nurse II - A degree in nursing and a year of practice.- Nurse III "
        "- A master's degree and two years of practice. ",
        "Grade Determinations: (1) GS-3. None beyond the basic requirements. (2) GS-4. Six "
        "months of experience at the GS-3 level. ",
    ],
)
def test_determinations_grade_by_grade_stay_out(determinations: str) -> None:
    assert _must(_BASIC + determinations + _KSAS) == 3


def test_determinations_after_a_preferred_heading_are_their_own_heading() -> None:
    # "Grade Determinations" heads a section of its own: the preferred line before it has ended
    # (the labelling rule of tests/data/text/usajobs/README.md, re-read 2026-12-04).
    text = (
        _BASIC + "Preferred Experience: A year in a hospital kitchen. Grade Determinations: To "
        "qualify for the GS-6 grade level, you need a year at the next lower grade. Must be "
        "able to demonstrate the following knowledge, skills and abilities: Ability to plan "
        "menus. Knowledge of food safety rules. Ability to teach kitchen staff."
    )
    assert _must(text) == 6


@pytest.mark.parametrize(
    "determinations",
    [
        # One block, headed by the one grade the ad fills.
        "Grade Determinations. The following criteria must be met. (4) GS-6 Advanced MSA (a) "
        "Experience. One year at the next lower grade. ",
        "Grade Determinations:GS-06 Experience. One year of specialized experience at GS-5. ",
    ],
)
def test_determinations_of_one_named_grade_count(determinations: str) -> None:
    assert _must(_BASIC + determinations + _KSAS) == 6


def test_one_grade_determinations_reader() -> None:
    one = "Grade Determinations: (a) Experience. One year at the next lower grade (GS12)."
    assert req_inline.one_grade_determinations(one, 0)
    two = "Grade Determinations: GS-11 Analyst. None. GS-12 Analyst. A year at GS-11."
    assert not req_inline.one_grade_determinations(two, 0)
    same = "Grade Determinations: (1) GS-6 Lead. (a) Experience. (b) GS-06 duties."
    assert req_inline.one_grade_determinations(same, 0)
    nurses = "Grade Determinations: - Nurse I Level I - A diploma.- Nurse II - A degree."
    assert not req_inline.one_grade_determinations(nurses, 0)


# --- A pointer to a physical-requirements section is no end of the list ----------------------


@pytest.mark.parametrize(
    ("physical", "count"),
    [
        # A labelled item that points to a directive: an item of the list.
        ("· Physical Requirements. See Directive and Handbook 4410.", 5),
        ("· Physical Requirements. Must meet the physical requirements as outlined in the "
         "'Physical Requirements' section of this notice.", 5),
        # A bare sentence that only points below explains nothing of its own.
        ("Physical requirements described below.", 4),
    ],
)  # fmt: skip
def test_a_physical_requirements_pointer_keeps_the_list_open(physical: str, count: int) -> None:
    text = (
        "Basic Requirements: · Citizenship. Citizen of the United States.· Degree. A degree "
        "in pharmacy from an approved school.· Licence. A current licence to practise pharmacy."
        + physical
        + "· English Language Proficiency. Pharmacists must speak and write English well."
    )
    assert _must(text) == count


@pytest.mark.parametrize(
    "physical",
    [
        "Physical Requirements: The work requires lifting 20 kilograms and standing for long "
        "periods.",
        "Physical Demands. The work involves walking over rough ground and climbing ladders.",
    ],
)
def test_a_physical_requirements_section_still_ends_the_list(physical: str) -> None:
    text = (
        "Basic Requirements: · Citizenship. Citizen of the United States.· Degree. A degree "
        "in forestry from an approved school.· Licence. A valid driver's licence. "
        + physical
        + " · Stamina. Able to hike ten miles a day."
    )
    assert _must(text) == 3


# --- The heading above labels the first item ("Requirement:" / "A. AND Label: B.") -----------


@pytest.mark.parametrize(
    "first",
    [
        "A four-year degree in nursing from an approved school.",
        "Graduation from an accredited school of pharmacy; transcripts will be checked.",
        "Two years of study in physics or chemistry at a university.",
    ],
)
def test_the_item_before_the_first_label_joined_by_and(first: str) -> None:
    text = (
        "Applicants must possess the requirements as defined below: Basic Education "
        f"Requirement:\n\n{first} AND Licensure: A current licence in any state. AND Medical "
        "Requirement: Able to tell basic colours apart."
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    "lead",
    [
        "Please read these carefully before you apply.",
        "The requirements are set by the agency AND",  # no sentence end before the AND
    ],
)
def test_text_before_the_first_label_without_and_is_no_item(lead: str) -> None:
    text = (
        f"Basic Requirements: {lead} Licensure: A current licence in any state. Medical "
        "Requirement: Able to tell basic colours apart."
    )
    assert _must(text) == 2


# --- Dash items after a numbered list --------------------------------------------------------


@pytest.mark.parametrize("dash", ["-", "- ", "– "])
def test_dash_items_after_a_numbered_list_are_items(dash: str) -> None:
    text = (
        "Must have at least 24 months of experience in each of the following: 1. Planning "
        "budgets for a unit. 2. Writing reports for managers. 3. Briefing senior staff. "
        f"{dash}Must hold a valid driver's licence. {dash}Must be able to travel for a week."
    )
    assert _must(text) == 5


def test_dashes_after_a_numbered_list_that_ask_nothing_are_no_items() -> None:
    # Examples under the last item, and a dash after a label inside an alternative.
    text = (
        "Must have experience in each of the following: 1. Planning budgets for a unit. 2. "
        "Writing reports for managers. 3. Using common tools. - Hammers. - Saws and drills."
    )
    assert _must(text) == 3
    alternative = (
        "Must show each of the following: 1. Planning budgets for a unit. 2. Writing reports "
        "for managers. 3. Briefing senior staff OR (2) Grade Average - You must have a B "
        "average in your studies."
    )
    assert _must(alternative) == 3


# --- A selective factor written as sentences ---------------------------------------------------


@pytest.mark.parametrize(
    ("factor", "count"),
    [
        (
            "SELECTIVE FACTOR: To be rated qualified, candidates must possess a current licence "
            "as a midwife in any state. Applicants must have certification from a national "
            "midwifery board. New graduates have six months to show it.",
            4,
        ),
        (
            "Selective Placement Factor: Applicants must hold a commercial driver's licence. "
            "The licence is checked before the first day. Candidates must be able to obtain a "
            "hazardous goods endorsement within a year.",
            4,
        ),
    ],
)
def test_selective_factor_sentences_that_ask_are_items(factor: str, count: int) -> None:
    text = (
        "Basic Requirements: Education: A diploma from an approved midwifery school. AND "
        "Registration: Current registration as a midwife in a state.\n\n" + factor
    )
    assert _must(text) == count


@pytest.mark.parametrize(
    "factor",
    [
        # Alone, one asking sentence is no list.
        "Selective Factor: Candidates must possess a current licence as a midwife. It is "
        "checked when you start.",
        # Sentences that ask nothing of the person.
        "Selective Factor: This post uses a selective factor. It is described in the notice. "
        "The panel reads every application.",
    ],
)
def test_selective_factor_sentences_alone_or_asking_nothing_make_no_list(factor: str) -> None:
    assert _must(factor) is None


# --- Determinations of several grades, told by a range of grades -------------------------------
_BASIC4 = _BASIC + "English: Must speak and write English. "
_CRITERIA = (
    "Grade Determinations: The following qualification criteria will set the grade for "
    "appointment:\n\nExperience and Education\n\nClinical Skills\n\nEthics\n\nResearch\n\n"
)


@pytest.mark.parametrize(
    "grades",
    [
        "The grade offered lies in the range of VN-0603-09 to VN-0603-13.",
        "Selection may be made at any grade from GS-9 to GS-11.",
        "This vacancy may be filled at GS-0644-07 through 09.",
    ],
)
def test_one_list_of_several_grades_determinations_is_no_must_list(grades: str) -> None:
    # The criteria lines after determinations of several grades are grade by grade: the basic
    # requirements run together before them are the list (four labelled items).
    text = _BASIC4 + "\n\n" + _CRITERIA + grades
    assert _must(text) == 4


def test_one_list_of_one_grades_determinations_still_counts() -> None:
    # No range, no second grade: the criteria are the one grade's own (three: the first line
    # names a field, no requirement).
    text = _BASIC4 + "\n\n" + _CRITERIA + "The grade offered is GS-11."
    assert _must(text) == 3


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("from GS-9 to GS-11", [("9", "11")]),
        ("VN-0603-09 to VN-0603-13", [("09", "13")]),
        ("GS-0301-07 through 09", [("07", "09")]),
        ("a GS-7 to 12 months of training", []),
        ("GS-7 to 40% of the time", []),
        ("the GS-9 to 10.5 hours", []),
    ],
)
def test_grade_ranges(text: str, ranges: list[tuple[str, str]]) -> None:
    found = [(m["low"], m["high"]) for m in req_inline._GRADE_RANGE.finditer(text)]
    assert found == ranges
