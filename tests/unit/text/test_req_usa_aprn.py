"""The Army advanced practice nurse template (issue 11, the USAJOBS labels' #984: 5), on
sentences of our own: the education asked of advanced practice nurses is a labelled item of its
own even where it is glued after the education sentence, and the licence in the clinical
specialty that goes on after "In addition," in a paragraph of its own is one more item."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_usa_parts
from tests.unit.text.req_helpers import must_haves

_HEAD = (
    "Qualifications\n\nIn order to qualify, you must meet the education and/or requirements "
    "described below. Experience refers to paid and unpaid experience, including volunteer work "
    "(e.g., professional; religious; social). You will receive credit for all qualifying "
    "experience. Basic Requirement for Nurse Practitioner: Education: A degree or diploma "
    "from an accredited nursing school is required. The school must have been accredited at "
    "the time the degree was earned. "
)
_APN = (
    "Education for Advanced Practice Nurse Positions: A graduate degree in nursing in the "
    "specialty of the post. "
)
_LICENCE = (
    "Licensure: Applicants must have passed the national nursing exam and hold a full and "
    "unrestricted licence as a nurse in a State. "
)
_SPECIALTY = (
    "In addition,\n\nmust be licensed by a State in the clinical specialty the post requires. "
)
_EXPERIENCE = (
    "Qualification Requirements: In addition to meeting the basic requirement above, you must "
    "also meet the qualification requirements listed below: One year of experience examining "
    "patients and treating minor illnesses."
)


@pytest.mark.parametrize(
    ("parts", "count"),
    [
        ((_APN, _LICENCE, _SPECIALTY), 5),
        ((_APN, _LICENCE), 4),
        ((_LICENCE, _SPECIALTY), 4),
    ],
)
def test_advanced_practice_education_and_specialty_licence_count(
    parts: tuple[str, ...], count: int
) -> None:
    assert must_haves(_HEAD + "".join(parts) + _EXPERIENCE) == count


def test_must_paragraph_after_in_addition_starts_an_item() -> None:
    text = "Licensure: A licence in a State. In addition,\n\nmust be licensed in the specialty."
    assert len(req_usa_parts.cut_at_labels(text, 0, len(text))) == 2
    # Without the paragraph break the sentence goes on in the same item.
    glued = text.replace("\n\n", " ")
    assert len(req_usa_parts.cut_at_labels(glued, 0, len(glued))) == 1


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["Licensure: x.", " In addition,", "\n\n", "must be y.", "Must have z.", " "]
        ),
        max_size=10,
    )
)
def test_cut_at_labels_covers_the_item_in_order(parts: list[str]) -> None:
    text = "".join(parts)
    if not text.strip():
        return
    pieces = req_usa_parts.cut_at_labels(text, 0, len(text))
    assert all(a < b for a, b in pieces)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(pieces))
    assert "".join(text[a:b] for a, b in pieces).strip() == text.strip() or all(
        text[a:b].strip() for a, b in pieces
    )
