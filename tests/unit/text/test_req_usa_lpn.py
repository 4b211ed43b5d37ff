"""The VA practical nurse template (issue 11), on sentences of our own: a pointer sentence inside
the education item ("Additional information may also be obtained from … Website.") does not end
the list, and the exceptions to the education requirement ("Exceptions include: (1) … (3) …")
are no items of their own (the USAJOBS labels' #553: exceptions are no requirements)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves

_BEFORE = (
    "Qualifications\n\nBasic Requirements: United States Citizenship: Non-citizens may be "
    "appointed only when no qualified citizen can be found. Education. Graduate of a school of "
    "practical nursing approved by the State board at the time the course was completed. "
    "Proof can be had from the State board, 12 Main Street, Springfield. Additional "
    "information may also be obtained from the board's Website."
)
_AFTER = (
    " Licensure. Full, current and unrestricted licence as a practical nurse in a State or "
    "territory. English Language Proficiency. Practical nurses in direct patient care must "
    "speak and write English well."
)


@pytest.mark.parametrize(
    "exceptions",
    [
        "",
        # Numbered exceptions run into the paragraph.
        " Exceptions include: (1) Nursing training in the armed forces that the licensing "
        "board accepts. (2) Staff moved to these posts under an earlier law. (3) Nurses "
        "licensed where no school is required.",
        # The same exceptions behind middle dots.
        " Exceptions include: · Nursing training in the armed forces that the licensing board "
        "accepts. ·Staff moved to these posts under an earlier law. · Nurses licensed where no "
        "school is required.",
    ],
)
def test_pointer_and_exceptions_inside_the_education_item(exceptions: str) -> None:
    # Citizenship, education, licence and English: four must-haves.
    assert must_haves(_BEFORE + exceptions + _AFTER) == 4


def test_additional_information_heading_still_ends_a_list() -> None:
    # A heading that points elsewhere ends the list, as before.
    text = (
        "Qualifications\n\nBasic Requirements: Citizenship: You must be a citizen. Education. "
        "A degree in nursing. Additional information: see the agency's page on how we rate "
        "applicants. Licensure. A licence in a State."
    )
    assert must_haves(text) == 2


def test_numbers_after_an_exceptions_lead_are_options_of_one_item() -> None:
    chunk = (
        "Degree. A nursing degree. Exceptions include: (1) armed forces training. (2) A licence."
    )
    numbered = [chunk.index("(1)"), chunk.index("(2)")]
    assert req_inline._options_in_label(chunk, numbered)
    plain = chunk.replace("Exceptions include:", "You must have:")
    assert not req_inline._options_in_label(plain, [plain.index("(1)"), plain.index("(2)")])


@settings(max_examples=300)
@given(
    st.text(alphabet="abc .:(1)2", max_size=30),
    st.lists(st.text(alphabet="abc .", min_size=1, max_size=15), min_size=2, max_size=4),
)
def test_an_exceptions_lead_always_marks_the_numbers_as_options(
    head: str, parts: list[str]
) -> None:
    # Whatever stands before the lead and between the numbers, numbers right after "Exceptions
    # include:" are the exceptions of one item.
    chunk = head + " Exceptions include: "
    numbered = []
    for k, part in enumerate(parts, 1):
        numbered.append(len(chunk))
        chunk += f"({k}) {part} "
    assert req_inline._options_in_label(chunk, numbered)
