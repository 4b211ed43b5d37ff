"""Federal counts (issue 11) on sentences of our own: the Indian Health Service sentence that
makes clinical privileges a condition of the post is a must-have (the USAJOBS labels' #923,
#940), a medical label that asks something of the applicant is a basic item, and the medical
officer standard's note on how it sorts posts is no item."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa, req_usa_parts
from tests.unit.text.req_helpers import must_haves

_BASIC = (
    "Qualifications\n\nTo qualify for this position, your resume must state sufficient "
    "experience and/or education to perform the duties. BASIC REQUIREMENT(S):\n\n"
    "Education: Degree or diploma from a professional nursing program approved by the State "
    "board.\n\nRegistration: Applicants must hold active, current registration as a "
    "professional nurse in a State or territory.\n\n"
)
_PRIVILEGES = (
    "The selected individual is required to obtain and maintain medical staff clinical "
    "privileges, including any licensure requirements. If privileges lapse, the employee will "
    "be removed from Federal service."
)


@pytest.mark.parametrize(
    "tail",
    [
        # A paragraph of its own after the list.
        _PRIVILEGES,
        # Glued after the grade lines, without "medical staff".
        "GS-9: One year of nursing work at the GS-7 level.GS-10: One year of nursing work at "
        "the GS-9 level.The selected individual is required to obtain and maintain clinical "
        "privileges at the facility.",
        # After a sentence of advice in the same paragraph.
        "Therefore, we encourage you to be clear and specific about your work. " + _PRIVILEGES,
    ],
)
def test_privileges_sentence_is_a_must_have(tail: str) -> None:
    assert must_haves(_BASIC + tail) == 3


def test_privileges_glued_after_a_medical_label_are_two_items() -> None:
    # The medical label asks of the applicant; the privileges sentence glued after its full
    # stop is an item of its own.
    text = (
        _BASIC + "NOTE: Candidates may apply within six months of graduation. MEDICAL "
        "REQUIREMENT:Applicants must be able to tell basic colors apart. " + _PRIVILEGES
    )
    assert must_haves(text) == 4


def test_medical_label_that_describes_the_work_makes_no_list() -> None:
    # One path of three alternatives and a medical label on what the work is like: no list of
    # must-haves (the label says nothing the applicant must meet).
    text = (
        "Qualifications\n\nGL-09:\n\nTo qualify at the GL-09 grade level you must meet ONE of "
        "the following criteria: A. Experience: One year of specialized experience at the GL-08 "
        "grade level leading other officers on a shift. OR B. Education: 2 years of graduate "
        "study in a related field OR C. A combination of the two. DRUG TESTING: This position "
        "is subject to random drug testing. MEDICAL REQUIREMENTS: The duties of this position "
        "require long walks and work outdoors in bad weather. All applicants will have a "
        "medical exam before they start."
    )
    assert must_haves(text) is None


@pytest.mark.parametrize(
    "note",
    [
        "Clinical and Training Programs: Within Federal clinical and training programs, a "
        "distinction is made between general practice and specialist posts.",
        "Training Programs: In federal clinics a distinction is made between general and "
        "specialist work, and each needs its own training.",
    ],
)
def test_how_the_standard_sorts_posts_is_no_item(note: str) -> None:
    # Read as an item of the list, the note on how the standard sorts posts is dropped as an
    # explanation; the licence before it stays.
    licence = "Licensure: A full and unrestricted licence to practise medicine in a State."
    text = f"{licence}\n\n{note}"
    items = [(0, len(licence)), (len(licence) + 2, len(text))]
    assert req_usa_parts.without_clarifications(text, items) == items[:1]


def test_privileges_are_not_added_where_no_list_was_read() -> None:
    text = (
        "Qualifications\n\nYou must have a nursing degree and a licence in a State. " + _PRIVILEGES
    )
    assert must_haves(text) is None


_WORDS = st.sampled_from(
    [
        "Degree: A degree.",
        " ",
        "\n",
        "colors.",
        "The selected individual",
        " is required to obtain and maintain",
        " medical staff",
        " clinical privileges",
        ".",
        "privileges",
    ]
)


@settings(max_examples=300)
@given(st.lists(_WORDS, max_size=10), st.lists(st.integers(0, 60), max_size=6))
def test_with_privileges_keeps_items_sorted_and_inside_the_text(
    parts: list[str], cuts: list[int]
) -> None:
    # Items as the list readers hand them over (sorted, not overlapping): the result stays
    # sorted, inside the text, without overlaps, with one item more at most.
    text = "".join(parts)
    bounds = sorted({min(c, len(text)) for c in cuts})
    items = [(a, b) for a, b in pairwise(bounds) if a < b]
    out = req_usa._with_privileges(text, items)
    assert len(items) <= len(out) <= len(items) + 1
    assert all(0 <= a < b <= len(text) for a, b in out)
    assert out == sorted(out)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(out))
