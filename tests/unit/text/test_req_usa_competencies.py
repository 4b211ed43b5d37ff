"""The four competencies of the federal IT (2210) template, asked in other words than "the
following competencies" with each name opening its line, are items of a federal
(USAJOBS-shaped) ad's list; offered as one alternative, rated, in a grade's block or in another
set of competencies they are not. The texts are written for these tests in the shapes of the
federal templates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_competencies import competency_items
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "## Qualifications\n\n"
_EXPERIENCE = (
    "You must have one year of specialized experience at the next lower grade in the Federal "
    "service, which includes keeping office networks running for a regional branch. "
)


@pytest.mark.parametrize(
    "competencies",
    [
        "To qualify based on your experience, you must have IT-related experience demonstrating "
        "each of the four competencies: 1) Attention to Detail - Checks own work for errors. 2) "
        "Customer Service - Helps users with their requests. 3) Oral Communication - Explains "
        "plans to staff. 4) Problem Solving - Finds the causes of faults.",
        "In addition to meeting specialized experience, applicants must also show proficiency "
        "in 1) attention to detail, 2) customer service, 3) oral communication, and 4) problem "
        "solving.",
        "Additional experience requires IT-related experience that demonstrated each of the "
        "following four competencies: Attention to detail; customer service; oral "
        "communications; and problem solving.",
        "AND I have IT-related experience which demonstrates each of the four competencies as "
        "defined: (1)Attention to Detail - Checks own work; (2) Customer Service - Helps users; "
        "(3) Oral Communication - Explains plans; (4) Problem Solving - Finds faults.",
    ],
)
def test_the_four_competencies_asked_in_other_words_are_items(competencies: str) -> None:
    text = _HEAD + _EXPERIENCE + competencies + "\n"
    found = competency_items(text, [], [])
    assert len(found) == 4
    assert text[found[0][0] :].lower().startswith("attention")
    assert _must(text) is not None and _must(text) >= 4


@pytest.mark.parametrize(
    "shape",
    [
        # One alternative of the basic requirement.
        "Applicants must have IT-related experience demonstrating each of the four "
        "competencies: Attention to Detail - Checks work. Customer Service - Helps users. Oral "
        "Communication - Explains plans. Problem Solving - Finds faults. -OR- Meet the "
        "education in the qualification standard.",
        "Degree: computer science or a related field.\n\nOR\n\nApplicants must have IT-related "
        "experience demonstrating each of the four competencies: Attention to Detail - Checks "
        "work. Customer Service - Helps users. Oral Communication - Explains plans. Problem "
        "Solving - Finds faults.",
        # Rated, not asked.
        "You will be evaluated on the following competencies: Attention to Detail, Customer "
        "Service, Oral Communication, Problem Solving.",
        # Another set of competencies, which has three of the names.
        "You must show each of the following competencies: Customer Service, Decisiveness, "
        "Flexibility, Oral Communication, Problem Solving.",
    ],
)
def test_alternatives_ratings_and_other_sets_are_no_items(shape: str) -> None:
    text = _HEAD + shape + "\n"
    assert competency_items(text, [], []) == []


def test_competencies_in_a_grade_block_are_not_read() -> None:
    text = (
        _HEAD + "GS-9: Experience demonstrating each of the following competencies: Attention "
        "to Detail; Customer Service; Oral Communication; and Problem Solving.\n"
    )
    assert competency_items(text, [], [(0, len(text))]) == []
    assert len(competency_items(text, [], [])) == 4


_PIECES = st.sampled_from(
    [
        "Qualifications\n",
        "each of the four competencies: ",
        "proficiency in ",
        "1) ",
        "Attention to Detail - ",
        "customer service, ",
        "Oral Communication; ",
        "and problem solving. ",
        "-OR- ",
        "OR\n",
        "evaluated ",
        "x",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_items_stay_inside_the_text_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = competency_items(text, [], [])
    assert found == [] or len(found) == 4
    assert all(0 <= a < b <= len(text) for a, b in found)
    assert [a for a, _ in found] == sorted(a for a, _ in found)
