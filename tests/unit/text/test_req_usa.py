"""The federal-structure reader (req_usa): glued basic-requirement labels and the qualification
path counted once, on federal-shaped texts written for these tests; near-misses keep their count."""

from __future__ import annotations

import pytest

from askback.text import req_usa
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "## Qualifications\n\n"

# --- Basic-requirement labels run together ---------------------------------------------------

_PHYSICIAN = (
    "Basic Requirements: Citizenship of the United States. Noncitizens may be appointed only "
    "when no qualified citizen applies.Degree of doctor of medicine from an approved school. "
    "The school must have been approved in the year the degree was granted.Current, full and "
    "unrestricted license to practise medicine in a State of the United States.Completion of a "
    "residency approved by the department for the year in which it was completed."
    "Proficiency in spoken and written English.{tail} Reference: the agency handbook, "
    "Part II, Appendix Q."
)


def test_a_physical_requirements_line_glued_to_english_is_its_own_item() -> None:
    text = _HEAD + _PHYSICIAN.format(tail="Physical requirements outlined below.")
    assert _must(text) == 6


def test_the_same_list_without_the_physical_line_keeps_five() -> None:
    assert _must(_HEAD + _PHYSICIAN.format(tail="")) == 5


def test_without_a_qualifications_part_nothing_is_split() -> None:
    # No federal signal: the general readers' count stands.
    text = _PHYSICIAN.format(tail="Physical requirements outlined below.")
    assert _must(text) == _must(_PHYSICIAN.format(tail="")) == 5


@pytest.mark.parametrize(
    "glued",
    [
        # A lettered item glued after a full stop.
        "e. Physical Requirements. See Directive 4410.f. English Language Proficiency. Must "
        "speak and write English.",
        # A label glued after a closing bracket.
        "e. Board certification. Keep the board certification (see the handbook.)Licensure. "
        "Hold a full, current licence to practise.",
    ],
)
def test_lettered_labels_glued_after_a_stop_are_items(glued: str) -> None:
    text = (
        _HEAD + "Basic Requirements:a. Citizenship. Citizen of the United States.b. Education. "
        "A doctoral degree in psychology from an approved programme.c. Internship. An "
        "approved internship.d. Residency Training. An approved residency.  " + glued
    )
    assert _must(text) == 6


@pytest.mark.parametrize(
    "near_miss",
    [
        "U.S. Citizenship. Non-citizens may be appointed only under the policy.",  # "U.S."
        "Waiver of Licensure. The licence may be waived by the under secretary.",
        "A nursing assistant certificate is desirable. Certification as a nursing assistant is "
        "preferred.",
        "Holders of a life support (BLS) Certification. are welcome.",  # bracket, then a space
        # An alternative's number, not the end of a sentence.
        "Six months of office work; or 2. Education. One year above high school.",
    ],
)
def test_near_misses_are_not_split(near_miss: str) -> None:
    item = "Completion of an approved programme in practical nursing. " + near_miss
    text = " " + item
    assert req_usa._split_glued(text, (1, len(text))) == [(1, len(text))]


# --- The qualification path counted once ------------------------------------------------------

_BASIC = (
    "BASIC REQUIREMENT(S):\n\n1. Education: A degree from an approved school of nursing, "
    "accredited when the programme was completed. 2. Registration: Applicants must hold a "
    "current registration as a professional nurse in a State of the United States.\n\n"
)


def _without_reader(text: str, monkeypatch: pytest.MonkeyPatch) -> int | None:
    """The count the general readers give, the federal reader left out."""
    with monkeypatch.context() as m:
        m.setattr(req_usa, "federal_items", lambda doc, secs, musts: musts)
        return _must(text)


def test_the_minimum_qualifications_after_the_basic_items_add_one() -> None:
    text = (
        _HEAD + _BASIC + "In addition to the Basic Requirements, you must also meet the "
        "Minimum Qualifications below.\n\nMINIMUM QUALIFICATIONS: Your resume must show at "
        "least one (1) year of specialized experience equivalent to the next lower grade in "
        "the Federal service, caring for patients before and after surgery.\n"
    )
    assert _must(text) == 3


def test_the_basic_items_alone_stay_two(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEAD + _BASIC + "Experience refers to paid and unpaid experience.\n"
    assert _must(text) == _without_reader(text, monkeypatch) == 2


def test_competencies_beside_the_specialized_experience_count_it_once() -> None:
    text = (
        _HEAD + "Applicants must have 52 weeks of specialized experience at the GS-9 level, "
        "supporting the users of a hospital network. Applicants must also show each of the "
        "four competencies listed below:\n\n1. Attention to Detail - Thorough at work.\n\n"
        "2. Customer Service - Works with customers to meet their needs.\n\n3. Oral "
        "Communication - Speaks clearly to groups.\n\n4. Problem Solving - Finds and weighs "
        "solutions.\n"
    )
    assert _must(text) == 5


def test_an_experience_lead_in_whose_parts_are_the_items_adds_nothing() -> None:
    text = (
        _HEAD + "You must have one year of specialized experience equivalent to the GS-11 "
        "level. Specialized experience for this post is defined by the following: (1) "
        "Experience leading a studio crew; (2) Experience planning live broadcasts; and (3) "
        "Experience with current editing tools.\n"
    )
    assert _must(text) == 3


def test_an_experience_sentence_that_opens_the_numbered_items_adds_nothing() -> None:
    text = (
        _HEAD + "You may qualify at the GS-12 if you meet the following: A. One year of "
        "specialized experience equivalent to the GS-11 grade level in the Federal service: 1. "
        "Give accounting advice on reports and policies.\n\n2. Study accounting processes "
        "that can be improved.\n\n3. Apply accepted accounting principles.\n"
    )
    assert _must(text) == 3


def test_grade_by_grade_experience_adds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        _HEAD + _BASIC + "MINIMUM QUALIFICATIONS: GS-07: One year of specialized experience "
        "equivalent to the GS-05 level. GS-09: One year of specialized experience equivalent "
        "to the GS-07 level.\n"
    )
    assert _must(text) == _without_reader(text, monkeypatch)


@pytest.mark.parametrize(
    "lead",
    [
        "Preferred Experience: one year of specialized experience in a surgical ward.",
        "A master's degree OR one year of specialized experience in a surgical ward.",
    ],
)
def test_a_preferred_or_alternative_experience_adds_nothing(
    lead: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _HEAD + _BASIC + lead + "\n"
    assert _must(text) == _without_reader(text, monkeypatch)


def test_a_choice_of_education_or_combination_counts_as_one() -> None:
    text = (
        _HEAD + "To qualify you must meet at least one of the following AND the Selective "
        "Factors:- A degree in forestry or range management. OR- a combination of education "
        "and experience that is directly related to the work.Selective Factors: you must hold "
        "the following:1. Firefighter Type 2 (FFT2); And2. Completion of course S-190.\n"
    )
    assert _must(text) == 3


def test_a_private_ad_with_the_same_words_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    # No federal words beside the heading: the reader does nothing.
    text = (
        "## Qualifications\n\nWhat you bring:\n- A degree in computer science\n"
        "- Experience with SQL\n- Good English. OR a combination of education and experience "
        "in data work.\n"
    )
    assert _must(text) == _without_reader(text, monkeypatch) == 3


# --- Unlabelled VA basic items run together ---------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "count"),
    [
        ("U.S. citizenship. Graduate of an approved school of practical nursing.", 2),
        ("Full unrestricted Licensure, Certification, or Registration required Graduate of an "
         "approved school of professional nursing.", 2),
        # Its own explanation is no item: "Non-citizens may be appointed …".
        ("U.S. citizenship. Non-citizens may be appointed only under the policy.", 1),
        ("U.S. Citizenship. Non-Citizens may be appointed only under the policy.", 1),
    ],
)  # fmt: skip
def test_unlabelled_basic_items_run_together_are_split(glued: str, count: int) -> None:
    text = " " + glued
    assert len(req_usa._split_glued(text, (1, len(text)))) == count


# --- One nurse level in a grade determination -------------------------------------------------

_NURSE = (
    "Basic Requirements: United States Citizenship: Non-citizens may only be appointed under "
    "the policy. Graduate of an approved school of professional nursing. Current, full, "
    "active, and unrestricted registration as a graduate professional nurse in a State. "
    "Grade Determinations: The following criteria must be met in determining the grade: {levels}"
    " Reference: the agency handbook, Appendix N.\n"
)


def test_one_nurse_level_adds_its_requirement(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEAD + _NURSE.format(
        levels="Nurse IV - A master's degree in nursing and about 4-5 years of nursing practice."
    )
    assert _must(text) == (_without_reader(text, monkeypatch) or 0) + 1


def test_several_nurse_levels_add_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEAD + _NURSE.format(
        levels="Nurse I - An associate degree in nursing. Nurse II - A bachelor's degree in "
        "nursing and about 2 years of nursing practice."
    )
    assert _must(text) == _without_reader(text, monkeypatch)


# --- The IT competencies beside the specialized experience ------------------------------------


def test_competencies_with_the_experience_glued_into_the_last_count_it_once() -> None:
    text = (
        _HEAD + "Applicants must demonstrate the following competencies:\n\n1. Attention to "
        "Detail - Thorough at work.\n\n2. Customer Service - Meets customers' needs.\n\n3. "
        "Oral Communication - Speaks clearly to groups.\n\n4. Problem Solving - Finds and "
        "weighs solutions. Your resume must also show your specialized experience in network "
        "support at the next lower grade in the Federal service.\n"
    )
    assert _must(text) == 5


# --- Item 1 left on its lead-in's line --------------------------------------------------------


def test_item_one_on_the_lead_in_line_is_counted() -> None:
    text = (
        _HEAD + "This vacancy is open within the area of consideration.\n\nCandidates must: 1. "
        "Meet the state age limit for serving drinks.\n\n2. Be able to lift 20 pounds.\n\n3. "
        "Count bills and take stock.\n\n4. Mix and serve drinks.\n"
    )
    assert _must(text) == 4


def test_a_list_that_starts_at_one_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        _HEAD + "This vacancy is open within the area of consideration.\n\nCandidates must:\n\n"
        "1. Meet the state age limit for serving drinks.\n\n2. Be able to lift 20 pounds.\n\n"
        "3. Count bills and take stock.\n"
    )
    assert _must(text) == _without_reader(text, monkeypatch) == 3
