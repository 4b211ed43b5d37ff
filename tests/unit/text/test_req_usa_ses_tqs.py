"""Senior Executive Service ads (issue 11), on sentences of our own: the five Executive Core
Qualifications in capitals, also where "ECQ 2 -" is glued to the word before, and the numbered
technical qualifications under their heading all count (the USAJOBS labels: "SES Executive Core
Qualifications and Professional/Technical Qualifications all count", #925); their lettered
sub-parts and the Challenge-Context-Action-Result steps do not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa_ses
from tests.unit.text.req_helpers import must_haves

_ECQS = (
    "EXECUTIVE CORE QUALIFICATIONS (ECQs): Your resume must show each of these.ECQ 1 - LEADING "
    "CHANGE: Steering the agency through new goals and new ways of work. Competencies: Vision"
    "ECQ 2 - LEADING PEOPLE: Building teams that grow and settle their conflicts. Competencies: "
    "Team BuildingECQ 3 - RESULTS DRIVEN: Meeting goals and what customers expect of the "
    "agency.ECQ 4 - BUSINESS ACUMEN: Handling staff, money and data with care.ECQ 5 - BUILDING "
    "COALITIONS: Working with other agencies, States and private groups on shared goals."
)


def _ad(tqs: str) -> str:
    return (
        "Director of Recovery\n\nQualifications\n\nTo meet the minimum qualifications you must "
        "show executive experience. " + tqs + " " + _ECQS
    )


def test_numbered_technical_qualifications_and_capital_ecqs_count() -> None:
    tqs = (
        "MANDATORY TECHNICAL QUALIFICATIONS: You must address each of them.1. Deep knowledge "
        "of how the agency funds relief after floods.2. Wide knowledge of the laws on disaster "
        "aid to States and Tribes.3. Experience leading partners after a disaster. Narratives "
        "must not exceed six pages."
    )
    assert must_haves(_ad(tqs)) == 8


def test_lettered_parts_of_a_technical_qualification_are_no_items() -> None:
    tqs = (
        "TECHNICAL QUALIFICATIONS: The following are essential:\n\n1. Thorough knowledge of "
        "the federal budget cycle.\n\n(a) Defending budget requests before committees.\n\n"
        "(b) Staffing plans.\n\n2. Thorough knowledge of how the department buys weapons.\n\n"
        "(a) Testing and fielding.\n\n(3) Knowledge of running a large business office."
    )
    assert must_haves(_ad(tqs)) == 8


def test_writing_model_steps_are_no_items() -> None:
    ccar = (
        "Write each narrative in this model:\n\nChallenge: Describe a problem you faced.\n\n"
        "Context: Describe the people you worked with.\n\nAction: Discuss what you did.\n\n"
        "Result: Give examples of what came of it.\n\n"
    )
    tqs = "MTQ 1. Leading a large immigration program. MTQ 2. Running casework systems."
    assert must_haves(_ad(ccar + tqs)) == 7


def test_numbered_parts_need_a_technical_heading() -> None:
    # Numbered sentences without the heading stay as the list readers read them.
    assert req_usa_ses._numbered_tqs("Rules: 1. Apply online. 2. Attach a resume.", 0, []) == []
    heading = "TECHNICAL QUALIFICATIONS: 1. Budget law. 2. Audit rules. 3. Contract law."
    assert len(req_usa_ses._numbered_tqs(heading, 0, [])) == 3


_PIECES = st.sampled_from(
    ["TECHNICAL QUALIFICATIONS:", " 1. A", " 2. B", " (3) C", " (a) D", " b) E", ".", "\n", "x"]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=12))
def test_numbered_tqs_are_in_order_inside_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    found = req_usa_ses._numbered_tqs(text, 0, [])
    assert found == sorted(set(found))
    assert all(0 <= at < len(text) for at in found)
    assert len(found) != 1


def test_ecq_names_glued_to_the_word_before_are_parts() -> None:
    # The line breaks before the names were lost ("… QualificationsLeading Change - …").
    ecqs = (
        "Executive Core Qualifications: Limit each statement to two pages. See the OPM guide "
        "to SES QualificationsLeading Change - Steering the agency through new goals.Leading "
        "People - Building teams that grow.Results Driven - Meeting goals customers set.Business "
        "Acumen - Handling staff, money and data.Building Coalitions - Working with partners."
    )
    tqs = (
        "Mandatory Technical Qualifications (MTQs): One page each.1) Describe your knowledge of "
        "reactor design.2) Describe your knowledge of ship repair.3) Describe your budget work."
    )
    text = "Program Manager\n\nQualifications\n\nYou must meet the following. " + ecqs + tqs
    assert must_haves(text) == 8
