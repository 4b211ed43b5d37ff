"""Shapes of US federal qualification texts whose must-haves were miscounted (branch usa19,
issue 11, USAJOBS labels, counted on unlabelled ads): an item that only points at the
requirements below it ("In addition to meeting the basic requirement above, … you must also
meet the qualification requirements listed below:") beside the item it points at. Sentences of
our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_federal, req_usa_parts
from tests.unit.text.req_helpers import joined_items
from tests.unit.text.req_helpers import must_haves as _must

_BASIC = (
    "## Qualifications\n\nBasic Requirements for Dietitian:\n\n"
    "Degree: A bachelor's degree in dietetics from an accredited program is required.\n\n"
    "Licensure: Applicants must hold a current, unrestricted dietitian license in a State.\n\n"
)
_PATH = (
    "Education Substitution: A doctoral degree in nutrition science; or\n\n"
    "Degree and Experience: A bachelor's degree and one full year of clinical dietetics "
    "experience equivalent to the GS-9 grade level."
)

_POINTERS = [
    "Qualification Requirements: In addition to meeting the basic requirement above, to "
    "qualify for this position you must also meet the qualification requirements listed below:",
    "Minimum Qualifications: In addition to the basic requirements, applicants must also meet "
    "the requirements stated below:",
    "2. In addition to the basic requirements stated above the following is required:",
]


@pytest.mark.parametrize("pointer", _POINTERS)
def test_pointer_and_what_it_points_at_are_one_item(pointer: str) -> None:
    text = _BASIC + pointer + "\n\n" + _PATH
    assert _must(text) == 3  # degree, license, the qualification path


@pytest.mark.parametrize("pointer", _POINTERS)
def test_pointer_is_dropped_before_an_item(pointer: str) -> None:
    text, items = joined_items(["Degree: A degree in dietetics.", pointer, "One year of work."])
    assert req_usa_parts.without_pointers(text, items) == [items[0], items[2]]


def test_pointer_last_stands_for_what_it_points_at() -> None:
    # Near miss: nothing read after it (its alternatives were merged away): it stays.
    text, items = joined_items(["Degree: A degree in dietetics.", _POINTERS[0]])
    assert req_usa_parts.without_pointers(text, items) == items


@pytest.mark.parametrize(
    "item",
    [
        # A pointer at grade levels stands for grade blocks that are not read.
        "In addition to the above, you must also meet the following minimum requirements for "
        "the grade level you wish to be considered for:",
        # An item with its own content after the pointer.
        "In addition to the basic requirements, you must also meet the requirements below: one "
        "year of clinical work.",
        # A requirement that merely starts with the same words.
        "In addition to a license, applicants must hold BLS certification.",
    ],
)
def test_items_that_ask_something_stay(item: str) -> None:
    text, items = joined_items([item, "One year of work."])
    assert req_usa_parts.without_pointers(text, items) == items


_LABEL = st.sampled_from(["", "Qualification Requirements: ", "MINIMUM QUALIFICATIONS: ", "3. "])
_WHO = st.sampled_from(["you", "applicants", "candidates"])
_WHAT = st.sampled_from(["qualification requirements", "minimum qualifications", "requirements"])
_WHERE = st.sampled_from(["listed below", "stated below", "described below", "the following"])
_END = st.sampled_from([":", " -", ":  ", ""])


@settings(max_examples=60, deadline=None)
@given(_LABEL, _WHO, _WHAT, _WHERE, _END)
def test_property_any_pointer_before_an_item_is_dropped(
    label: str, who: str, what: str, where: str, end: str
) -> None:
    pointer = f"{label}In addition to the basic requirements, {who} must also meet the {what} "
    pointer += f"{where}{end}"
    text, items = joined_items(["Degree: A degree in dietetics.", pointer, "One year of work."])
    assert req_usa_parts.without_pointers(text, items) == [items[0], items[2]]
    # The same pointer as the last item stays, and one at grade levels stays anywhere.
    assert req_usa_parts.without_pointers(text, items[:2]) == items[:2]
    graded = pointer.replace("the basic requirements", "the basic requirements for each grade")
    text, items = joined_items(["Degree: A degree in dietetics.", graded, "One year of work."])
    assert req_usa_parts.without_pointers(text, items) == items


# --- clarifications that open with how the item before is read or credited -------------------

_CLARIFICATIONS = [
    "For example, a candidate who holds a state teaching certificate in another subject would "
    "meet this requirement.",
    "For the purpose of meeting this requirement, the term accredited means approved by the "
    "regional board.",
    "For purposes of this standard, clinical rotations count as supervised practice.",
    "For information regarding degrees earned abroad, please see the Department of Education "
    "website.",
    "To be creditable, the experience must have been at the GS-7 level or its equal.",
    "All chemistry and biology courses must have been acceptable toward a science major.",
]


@pytest.mark.parametrize("note", _CLARIFICATIONS)
def test_clarification_after_an_item_is_no_item(note: str) -> None:
    text, items = joined_items(
        ["Degree: A degree in chemistry.", note, "Licensure: A current state license."]
    )
    assert req_usa_parts.without_clarifications(text, items) == [items[0], items[2]]


@pytest.mark.parametrize("note", _CLARIFICATIONS[:3])
def test_clarification_in_a_federal_list_is_not_counted(note: str) -> None:
    text = (
        "## Qualifications\n\nBasic Requirements:\n\n"
        "- Degree: A bachelor's degree in chemistry from an accredited college.\n"
        f"- {note}\n"
        "- Licensure: A current, unrestricted state license.\n"
        "- English Language Proficiency: Must be proficient in spoken and written English.\n"
    )
    assert _must(text) == 3


@pytest.mark.parametrize(
    "item",
    [
        "For positions in youth centers, a degree in recreation is required.",
        "To qualify, you must hold a current state license.",
        "All applicants must be able to lift 40 pounds.",
    ],
)
def test_requirements_with_the_same_first_word_stay(item: str) -> None:
    text, items = joined_items(["Degree: A degree in chemistry.", item])
    assert req_usa_parts.without_clarifications(text, items) == items


_OPENING = st.sampled_from(
    [
        "For example, ",
        "For instance, ",
        "For the purpose of this standard, ",
        "For purposes of meeting this requirement, ",
        "For information regarding ",
        "To be creditable, ",
    ]
)
_MARK = st.sampled_from(["", "- ", "1. ", "(b) ", "· "])
_REST = st.text(alphabet="abcdefghij klmnop,", min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(_MARK, _OPENING, _REST)
def test_property_any_clarification_opening_drops_the_item(
    mark: str, opening: str, rest: str
) -> None:
    text, items = joined_items(["Degree: A degree in chemistry.", mark + opening + rest + "."])
    assert req_usa_parts.without_clarifications(text, items) == [items[0]]


# --- grade labels with a dash or ", specialized experience" after the grade ------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("For GS-12 -- ", "For GS-13 -- "),
        ("GS-09 – ", "GS-11 – "),
        ("For the GS-07, specialized experience includes: ", "For the GS-09, specialized "),
    ],
)
def test_dash_and_comma_grade_labels_open_blocks(first: str, second: str) -> None:
    text = (
        "## Qualifications\n\n"
        f"{first}two years of audit work in a public firm. "
        f"{second}experience includes three years of audit work leading a team."
    )
    blocks = req_federal.grade_blocks(text)
    assert len(blocks) == 2
    assert text[blocks[1][0] :].startswith("GS-")


def test_grade_alternatives_with_dashes_are_not_a_sum() -> None:
    text = (
        "## Qualifications\n\nBasic Requirements: Degree: Doctor of Dental Surgery from an "
        "accredited school. Licensure: A current, unrestricted license to practise dentistry in "
        "a State. In addition, you must meet the following for the grade: For GS-12 -- 2 years "
        "of general dental practice or equivalent training. For GS-13 -- 3 years of general "
        "dental practice. For GS-14 -- 4 years of general dental practice.\n\n"
        "English Language Proficiency: Must speak and write English well.\n"
    )
    # Degree, license, the practice path (its grades are alternatives, one item at most).
    assert _must(text) == 3


@pytest.mark.parametrize(
    "prose",
    [
        # A single hyphen after the grade, or a grade inside a sentence, opens no block.
        "GS-11 - In addition to the degree, one year at GS-09. GS-12 - one year at GS-11.",
        "experience equivalent to the GS-09 -- or higher -- level, and to the GS-11 level.",
        "equivalent to the GS-07, which is the grade below, and the GS-09 grade.",
    ],
)
def test_grades_in_prose_open_no_blocks(prose: str) -> None:
    assert req_federal.grade_blocks("## Qualifications\n\n" + prose) == []


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["GS", "WG", "GP", "NF"]),
    st.lists(st.integers(min_value=1, max_value=15), min_size=2, max_size=4, unique=True),
    st.sampled_from([" -- ", " – ", ", specialized experience includes "]),
    st.sampled_from(["", "For ", "For the "]),
)
def test_property_each_labelled_grade_opens_one_block(
    plan: str, grades: list[int], end: str, lead: str
) -> None:
    text = "## Qualifications\n\n" + " ".join(
        f"{lead}{plan}-{g:02d}{end}one year of related work at the grade below." for g in grades
    )
    assert len(req_federal.grade_blocks(text)) == len(grades)
