"""How many must-haves a federal (USAJOBS-shaped) list counts: two KSA lists run together, the
later levels of a child-and-youth ad, a basic item before another part's heading, and notes
that explain a basic item. The texts are written for these tests in the shapes of the federal
templates; near misses keep their count."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_following import following_items
from askback.text.req_usa_parts import split_restarted_numbers, without_later_levels
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "## Qualifications\n\n"

# --- A second numbered KSA list glued into the last item of the first --------------------------

_TWO_KSA_LISTS = (
    "Basic Requirements: Citizenship: Non-citizens are appointed only when no citizen applies. "
    "Education: A high school diploma or its equivalent. Experience: One year of specialized "
    "experience at the next lower grade in the Federal service. To be creditable, this "
    "experience must have required the following KSAs: 1. Ability to run the sorting machines. "
    "2.Knowledge of safe lifting. 3.Knowledge of stock records. 4.Knowledge of the ordering "
    "system. Knowledge, Skills and Abilities (KSAs). In addition, the candidate must show the "
    "following technical KSAs: 1.Ability to repair conveyor faults, e.g., belts and rollers. "
    "2.Knowledge of the loading dock rules. 3.Knowledge of hazardous goods labels. "
    "4.Knowledge of the night shift hand-over. 5.Knowledge of the cold store rules. "
    "References: the agency handbook.\n"
)


def test_a_restarted_list_after_its_own_lead_in_counts_each_item() -> None:
    # 2 basic items + 4 KSAs + 5 technical KSAs, whose 1-4 were read as one item with the 4th.
    assert _must(_HEAD + _TWO_KSA_LISTS) == 11
    spans = [(0, 10)]
    assert split_restarted_numbers(_TWO_KSA_LISTS, spans) == spans  # not a numbered item


@pytest.mark.parametrize(
    "between",
    [
        "At the GS-7 level, the candidate must show the following technical KSAs:",
        "ORMust have a degree; the degree is based on the following:",
    ],
)
def test_a_restarted_list_after_a_grade_or_an_alternative_stays_whole(between: str) -> None:
    # Near misses: the second list belongs to another grade or to an alternative path.
    text = (
        "1. Ability to run the sorting machines. 2. Knowledge of stock records. "
        f"{between} 1.Ability to repair conveyor faults. 2.Knowledge of the loading dock rules."
    )
    assert split_restarted_numbers(text, [(0, len(text))]) == [(0, len(text))]


# --- The levels of a child-and-youth ad after its entry level -----------------------------------

_LEVELS = (
    "ENTRY LEVEL REQUIREMENTS: Candidate must:\n\n"
    "- Hold a high school diploma or an equivalent certificate.\n\n"
    "- Be at least 18 years old when appointed.\n\n"
    "- Speak and write English well enough to keep daily logs.\n\n"
    "- Pass the local and national background checks in the federal service. {level}: Meet "
    "the entry-level requirements and candidate must:\n\n"
    "- Possess three (3) months of work with children in a group setting. and\n\n"
    "- Completion of the first module of the training course. OR - Meet the entry-level "
    "requirements and show good performance.\n"
)


def test_items_of_a_later_level_are_not_counted() -> None:
    text = _HEAD + _LEVELS.format(level="SKILL LEVEL REQUIREMENTS")
    assert _must(text) == 4
    items = [
        (text.index("- Hold"), text.index("- Be at")),
        (text.index("- Be at"), text.index("- Speak")),
        (text.index("- Possess"), len(text)),
    ]
    assert without_later_levels(text, items) == items[:2]


def test_without_an_entry_level_the_level_items_stay() -> None:
    # Near miss: an ad that names no entry level before is one level's own list.
    text = _HEAD + _LEVELS.format(level="SKILL LEVEL REQUIREMENTS").replace("ENTRY LEVEL ", "")
    items = [
        (text.index("- Hold"), text.index("- Be at")),
        (text.index("- Be at"), text.index("- Speak")),
        (text.index("- Possess"), len(text)),
    ]
    assert without_later_levels(text, items) == items


# --- A labelled basic item before another part's heading on the same line ------------------------

_ENGLISH_THEN_HEADING = (
    "Basic Requirements: Citizenship: Non-citizens are appointed only when no citizen applies. "
    "Education: A degree in pharmacy from an accredited college. Licensure: A full and current "
    "licence to practise pharmacy in a State. Physical Requirements: You must pass a physical "
    "before you start. English Language Proficiency: Pharmacists must speak and write English "
    "well. Preferred Experience: Two years in a hospital pharmacy. Grade Determinations for "
    "GS-12 Specialist: In addition to the GS-11 requirements, must have 1 year of experience at "
    "the next lower grade level (GS-11). Pharmacists in this post must show the following "
    "Knowledge, Skills and Abilities (KSAs): a. Ability to advise on drug therapy.\n\n"
    "b. Knowledge of the formulary process.\n\n"
    "c. Skill in reading laboratory values.\n"
)


def test_a_labelled_item_ends_at_the_next_parts_heading() -> None:
    # 5 basic items + 3 KSAs: English was dropped, as its reach held the KSAs' first item.
    assert _must(_HEAD + _ENGLISH_THEN_HEADING) == 8


# --- Notes that explain a basic item ----------------------------------------------------------

_SOCIAL_WORKER = (
    "Basic Requirements: United States Citizenship: Non-citizens are appointed only when no "
    "citizen applies. Education. Hold a master's degree in social work from an accredited "
    "school. {note} Licensure. Social workers must hold a state licence to practise at the "
    "master's level. Exception. The agency may waive the licence for a new graduate until the "
    "next exam date. {grade} English Language Proficiency. Social workers must speak and write "
    "English well."
)


@pytest.mark.parametrize(
    ("note", "grade"),
    [
        (
            "Graduates of programs still in candidacy do not meet this requirement until the "
            "program is accredited.",
            "",
        ),
        ("", "For grade levels above the full performance level, the licence is needed at once."),
    ],
)
def test_a_note_on_who_does_not_meet_an_item_is_no_item(note: str, grade: str) -> None:
    assert _must(_HEAD + _SOCIAL_WORKER.format(note=note, grade=grade)) == 4


def test_a_requirement_of_its_own_after_the_degree_still_counts() -> None:
    # Near miss: a sentence that asks something of its own is kept.
    note = "Applicants must also hold a current driving licence in the State."
    assert _must(_HEAD + _SOCIAL_WORKER.format(note=note, grade="")) == 5


# --- The OPM standards' layout: labels without colons, grade-level headings ----------------------

_OPM_NURSE = (
    "Experience in the federal service counts as any other. BASIC REQUIREMENT(S):\n\n"
    "Education{sep}A degree or diploma from an accredited school of nursing is required. The "
    "school must have been accredited when the degree was obtained.\n\n"
    "Licensure{sep}For every grade, applicants must have passed the national licensing exam and "
    "hold a current nursing licence in a State.\n\n"
    "Experience\n\n"
    "The work experience must have prepared the applicant to perform the duties of the post. "
    "At the GS-9 and above grade level, some positions may ask for a specialty.\n\n"
    "Basic Requirements for the GS-5 (or equivalent) Grade Level\n\n"
    "To qualify at the GS-5 grade level, applicants must meet one of the following: a degree in "
    "nursing; or a diploma and one year of nursing practice.\n"
)


@pytest.mark.parametrize(("sep", "count"), [("\n\n", 3), (" ", 2)])
def test_bare_labels_and_grade_headings_of_the_opm_layout(sep: str, count: int) -> None:
    # Education and Licensure (the labels' 2), no grade heading or grade note; on lines of their
    # own the list reader also takes the experience paragraph under its heading.
    assert _must(_HEAD + _OPM_NURSE.format(sep=sep)) == count


def test_a_bare_label_of_a_heading_with_a_colon_is_no_label() -> None:
    # Near miss: "Education Substitution for …:" is a heading of its own, no basic item.
    text = _HEAD + (
        "BASIC REQUIREMENTS: Citizenship: Be a citizen of the United States.\n"
        "Education Substitution for Specialized Experience for GS-7: A year of graduate study.\n"
        "Licensure: Hold a current licence in a State.\n"
    )
    from askback.text.req_usa_parts import labelled_items

    names = [text[a : a + 12] for a, _ in labelled_items(text, [], [])]
    assert names == ["Citizenship:", "Licensure: H"]


# --- Sentences after an explicit "the following:" ------------------------------------------------

_PRIVILEGES = (
    "Applicants must meet the basic requirements of the federal standard:\n"
    "DEGREE: Doctor of Medicine from a school in the United States approved by an accrediting "
    "body.\n"
    "LICENSING: Active, full and unrestricted licence to practise medicine in a State.\n"
    "RESIDENCY: Three years of residency training in Family Medicine.\n"
    "Applicants must also satisfy the clinical privileges requirements, which {lead}: "
    "Completion of a residency approved by the specialty board. Current clinical competence "
    "shown by practice within the past two years.No health condition that bars clinical "
    "privileges. Board certification is desired but not required.\n"
)


def test_requirement_sentences_after_the_following_are_items() -> None:
    # 3 labelled items + the 3 privileging requirements; the desired one is no must-have.
    assert _must(_HEAD + _PRIVILEGES.format(lead="include the following")) == 6


@pytest.mark.parametrize(
    "lead",
    [
        "include one of the following",  # alternatives: one must-have
        "include such as the following",  # examples
    ],
)
def test_alternatives_or_examples_after_the_following_are_no_items(lead: str) -> None:
    assert _must(_HEAD + _PRIVILEGES.format(lead=lead)) == 3


def test_prose_sentences_after_the_following_are_no_items() -> None:
    # Near miss: sentences of prose (how experience is credited) after the lead.
    text = _HEAD + _PRIVILEGES.format(lead="include the following").replace(
        "Completion of a residency", "The agency credits a residency"
    )
    assert _must(text) == 3


_TASKS = (
    "GENERAL EXPERIENCE: Experience or training that shows knowledge of the tools of the trade.\n\n"
    "SPECIALIZED EXPERIENCE: Do you possess at least 12 months of experience in each of the "
    "following tasks: Experience repairing hydraulic lifts. Experience reading technical "
    "orders. Experience keeping parts records.\n\n"
    "KNOWLEDGE, SKILLS, AND ABILITIES:\n\n"
    "--Knowledge of lift safety rules.\n--Ability to test hydraulic seals.\n--Skill in welding "
    "thin steel plates.\n"
)


def test_tasks_after_each_of_the_following_count_beside_the_bullets() -> None:
    # 3 bullets + 3 tasks + the general experience sentence (counted beside a listed part).
    assert _must(_HEAD + _TASKS) == 7


# --- Hostile input: the readers keep to the text and to the items given --------------------------

_PIECES = st.sampled_from(
    [
        "1.",
        "2.",
        "1)",
        " ",
        "\n",
        ":",
        ". ",
        "; ",
        " OR ",
        "GS-7 ",
        "the following: ",
        "Knowledge of tools ",
        "Ability to lift ",
        "Skill Level: ",
        "ENTRY LEVEL ",
        "Qualifications\n",
        "Experience in repairs. ",
        "desired ",
        "one of ",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_readers_stay_inside_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    whole = [(0, len(text))] if text else []
    split = split_restarted_numbers(text, whole)
    assert all(0 <= a < b <= len(text) for a, b in split)
    assert [a for a, _ in split] == sorted(a for a, _ in split)
    if split:
        assert split[0][0] == 0 and split[-1][1] == len(text)
    assert set(without_later_levels(text, split)) <= set(split)
    for a, b in following_items(text, whole[:0], []):
        assert 0 <= a < b <= len(text)
