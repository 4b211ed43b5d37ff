"""Run-together requirement lists of US federal ads (issue 11), on sentences of our own: a lead-in
whose "the following …" phrase runs long before its colon, and sentences that only say what
makes the requirement before them acceptable."""

from __future__ import annotations

import pytest

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

# --- "must meet the following <noun> <purpose>:" ----------------------------------------------
# After the noun that names what is asked, a phrase of purpose of more than 80 characters.
_PURPOSE = (
    "All candidates must meet the following selection factors in order to be considered for "
    "the position of harbour pilot on the night roster: "
)
_MUSTS = (
    "Must hold a master mariner licence issued by the coast guard. Must be able to swim two "
    "hundred metres in open water. Must be available for night shifts on short notice."
)


@pytest.mark.parametrize(
    "noun", ["selection factors", "eligibility requirements", "pilot qualifications", "criteria"]
)
def test_a_long_purpose_after_the_following_leads_in(noun: str) -> None:
    text = "Qualifications\n\n" + _PURPOSE.replace("selection factors", noun) + _MUSTS
    assert _must(text) == 3


def test_a_long_phrase_without_a_noun_of_what_is_asked_leads_in_nothing() -> None:
    # "the following" and then more than 80 characters with no "requirements", "factors" …
    text = (
        "Qualifications\n\nAll candidates must meet the following when they apply to join the "
        "night roster of the harbour pilots of the northern river ports: " + _MUSTS
    )
    assert _must(text) is None


@pytest.mark.parametrize(
    ("lead", "matches"),
    [
        (_PURPOSE, True),
        # A source ("requirements of the … Handbook:") is not the purpose of the list.
        (
            "Applicants must meet the following basic requirements of the Maritime Standards "
            "Office (MSO) Handbook of Harbour Pilot Standards: ",
            False,
        ),
        # The list on the next lines: only a short phrase may stand before the colon.
        (_PURPOSE.rstrip() + "\n", False),
    ],
)
def test_which_long_lead_ins_are_read(lead: str, matches: bool) -> None:
    text = lead + _MUSTS
    found = [m for m in req_inline._cues(text, text.lower()) if m["must"] is not None]
    assert bool(found and found[0][0].endswith(":")) is matches


# --- What makes the requirement before acceptable --------------------------------------------
@pytest.mark.parametrize(
    "explains",
    [
        "To be acceptable, the course must include calculus, statics and soil mechanics.",
        "To be considered equivalent to a degree, the courses must include 24 credit hours.",
        "At least 12 of the 30 credit hours must have been in chemistry.",
    ],
)
def test_what_makes_a_degree_acceptable_is_no_item_of_its_own(explains: str) -> None:
    text = (
        "Qualifications\n\nBasic Requirements: Must hold a degree in civil engineering. "
        + explains
        + " Must hold a current land surveyor licence. Must pass a background check."
    )
    assert _must(text) == 3


# --- Parts numbered 1), 2) … in lower case after "the following:" -----------------------------
_DEGREE = "Basic Requirements: A degree in geology from an accredited school. "


@pytest.mark.parametrize(
    "parts",
    [
        "1) mapping rock formations in the field; 2) logging drill cores and 3) writing survey "
        "reports for the district office.",
        "(1) mapping rock formations in the field; (2) logging drill cores; and (3) writing "
        "survey reports for the district office.",
    ],
)
def test_lower_case_numbered_parts_after_the_following_are_items(parts: str) -> None:
    text = (
        "Qualifications\n\nIn addition, your resume must show one year of specialized "
        "experience. Specialized experience must demonstrate the following: " + parts
    )
    assert _must(text) == 3
    # With the degree beside them as a list of its own.
    assert _must("Qualifications\n\n" + _DEGREE + "\n\n" + text.split("\n\n", 1)[1]) in (3, 4)


def test_lower_case_numbers_elsewhere_are_parts_of_one_sentence() -> None:
    # "the program must: (1) … or (2) …": options of one requirement, no "the following".
    text = (
        "Qualifications\n\nSpecialized experience is experience which must: (1) include "
        "mapping rock formations in the field; or (2) include logging drill cores."
    )
    assert _must(text) is None


# --- "Required certifications:" heading a run of labelled certificates ------------------------
@pytest.mark.parametrize("head", ["REQUIRED CURRENT CERTIFICATIONS:", "Required licenses:"])
def test_required_certifications_head_their_labelled_items(head: str) -> None:
    text = (
        "## Qualifications\n\n" + head + " APPLICANTS MUST SEND COPIES OF EACH CERTIFICATE BY THE "
        "CLOSING DATE.Forklift Operator: A valid forklift card from an accredited school. Send a "
        "copy with the application.Crane Operator: A valid crane card from the port authority. "
        "Send a copy with the application.Rigger Level II: A valid rigging card. Send a copy "
        "with the application."
    )
    assert _must(text) == 3


def test_a_required_certification_in_a_sentence_heads_nothing() -> None:
    text = (
        "Qualifications\n\nThe forklift card is one of the required certifications: Forklift "
        "Operator: A valid forklift card. Crane Operator: A valid crane card."
    )
    found = [m for m in req_inline._cues(text, text.lower()) if m["label"] is not None]
    assert not any("certifications" in m[0].lower() for m in found)


# --- "… possess the following KSAs." then instructions, then the KSAs -------------------------
_SHOW = (
    "Do not send a separate essay. Rather, you must describe in your resume how your past work "
    "shows each of them. Cite examples from your resume!"
)


@pytest.mark.parametrize(
    ("lead", "items", "count"),
    [
        (
            "the following knowledge, skills and abilities (KSAs).",
            "Knowledge of tide tables.Skill in docking small boats.Ability to read nautical "
            "charts.",
            3,
        ),
        (
            "the following abilities.",
            "1. Ability to repair at least two of the following: outboard motors, winches, or "
            "pumps.2. Knowledge of marine wiring.3. Ability to read engine manuals.4. Skill in "
            "welding aluminium hulls.",
            4,
        ),
    ],
)
def test_ksas_after_instructions_are_items(lead: str, items: str, count: int) -> None:
    text = (
        "## Qualifications\n\nYou must meet all requirements by the closing date. Your resume "
        "should show that you possess " + lead + " " + _SHOW + items + '"Experience" refers to '
        "paid and unpaid experience."
    )
    assert _must(text) == count


def test_a_ksa_lead_in_needs_possess() -> None:
    # The crew's own abilities, not asked of the person.
    text = (
        "## Qualifications\n\nOur crews value the following abilities. " + _SHOW + "Knowledge "
        "of tide tables.Skill in docking small boats.Ability to read nautical charts."
    )
    assert _must(text) is None


def test_a_ksa_lead_in_without_ksas_after_it_is_no_list() -> None:
    text = (
        "## Qualifications\n\nYour resume should show that you possess the following "
        "abilities. " + _SHOW + " Tide tables, docking and charts are part of the daily work. "
        "The boats are moored in the north harbour; crews rotate weekly; shifts are long."
    )
    assert _must(text) is None


def test_ksas_under_the_next_heading_are_not_this_lead_ins() -> None:
    text = (
        "## Qualifications\n\nYour resume should show that you possess the following abilities. "
        + _SHOW
        + "\n\n## Duties\n\nKnowledge of tide tables.Skill in docking small boats.Ability to read "
        "nautical charts."
    )
    assert _must(text) is None


# --- Basic requirements run together by their names, without colons --------------------------
_NAMED = (
    "U.S. citizenship English language proficiency (spoken and written) Physical standards - "
    "Applicants must pass a medical exam before they start. Licensure – A current, full and "
    "unrestricted pharmacist licence in any State.Certification Board certification in geriatric "
    "pharmacy from a national body."
)


def test_basic_requirements_run_together_by_their_names_are_items() -> None:
    text = "## Qualifications\n\nBASIC REQUIREMENTS: " + _NAMED + "References: Handbook 12."
    assert _must(text) == 5
    # A label with a colon among the names is an item of the same list.
    more = _NAMED + " EDUCATION REQUIREMENTS: A degree in pharmacy from an accredited school."
    assert _must("## Qualifications\n\nBASIC REQUIREMENTS: " + more) == 6


@pytest.mark.parametrize(
    "chunk",
    [
        # The names as the subjects of sentences, not labels.
        "Citizenship of the United States is required. Licensure must be current and "
        "unrestricted. Certification is desired.",
        # Two names only.
        "U.S. citizenship English language proficiency (spoken and written), and a pharmacy "
        "degree from an accredited school.",
        # The chunk does not start with a name.
        "Applicants need a degree. Physical standards - Must pass a medical exam. Licensure – A "
        "current licence.Certification Board certification.",
    ],
)
def test_names_that_are_no_run_of_labels(chunk: str) -> None:
    assert req_inline._named(chunk) == []
