"""The VA physician standard's basic requirements run into one paragraph (issue 11, the USAJOBS
labels' rule that each basic requirement under a requirements heading is one item, and the
physician template's count of six, #452, #474, #491), on sentences of our own: the degree, the
licence, the residency, English and the physical requirements each start an item where a
template lost the line breaks between them, after a stop with or without a space."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "Staff Physician\n\nQualifications\n\nBasic Requirements:"
_CITIZEN = (
    "Citizenship of the United States. Noncitizens may be hired only where no qualified citizen "
    "can be found, as the department's policy allows."
)
_DEGREE = (
    "Degree of doctor of medicine or an equivalent degree from a course of study in medicine or "
    "osteopathic medicine. The degree must come from a school whose accreditation stood in the "
    "year the study was finished."
)
_LICENCE = (
    "Current, full and unrestricted license to practice medicine or surgery in a State or "
    "territory of the United States."
)
_RESIDENCY = (
    "Physicians must have completed residency training, or its equivalent, in an accredited core "
    "specialty program that leads to board eligibility."
)
_FIRST_YEAR = "Completion of a first-year residency, or its equivalent, approved by the department."
_ENGLISH = "Proficiency in spoken and written English."
_PHYSICAL = "Physical requirements outlined below."
_TAIL = "Preferred Experience: Board certification in internal medicine.\n"


@pytest.mark.parametrize(
    ("parts", "count"),
    [
        # Some stops glued, some with a space after them, as templates mix them: the glued ones
        # alone would leave a spaced requirement inside the item before it.
        ([_CITIZEN + _DEGREE, _LICENCE + _RESIDENCY, _ENGLISH], 5),
        ([_CITIZEN + _DEGREE + _LICENCE, _FIRST_YEAR + _ENGLISH + _PHYSICAL], 6),
        ([_CITIZEN + _DEGREE, _LICENCE, _RESIDENCY + _ENGLISH + _PHYSICAL], 6),
        ([_CITIZEN, _DEGREE + _LICENCE + _FIRST_YEAR, _ENGLISH], 5),
    ],
)
def test_physician_basic_requirements_in_one_paragraph_are_items(
    parts: list[str], count: int
) -> None:
    text = _HEAD + " " + " ".join(parts) + " " + _TAIL
    assert _must(text) == count


def test_the_standard_sentence_inside_prose_is_no_item_of_its_own() -> None:
    # The same words in a sentence's middle start nothing: only a sentence that opens with them.
    text = (
        _HEAD + " " + _CITIZEN + "You will hold a Degree of doctor of medicine and a "
        "Current, full and unrestricted license to practice in a State. " + _TAIL
    )
    assert _must(text) is None or _must(text) <= 2


_OPENINGS = (
    "Degree of doctor of medicine",
    "Current, full and unrestricted license to practice",
    "Completion of a first-year residency",
    "Physicians must have completed residency",
    "Proficiency in spoken and written English",
    "Physical requirements outlined below",
)
_PIECES = st.sampled_from(
    [
        *_OPENINGS,
        ". ",
        ".",
        " required ",
        "a",
        ")",
        "\n",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=12))
def test_standard_items_open_a_requirement_after_a_stop(parts: list[str]) -> None:
    # The cuts, in order, are exactly the openings of the standard that follow a stop or a
    # bracket (blanks between allowed): none inside a sentence, none missed.
    chunk = "".join(parts)
    cuts = req_inline._standard_items(chunk)
    assert cuts == sorted(cuts)
    expected = [
        at
        for at in range(1, len(chunk))
        if re.search(r"[.)\]][ \t]*\Z", chunk[:at])
        and any(re.match(re.escape(o) + r"\b", chunk[at:]) for o in _OPENINGS)
    ]
    assert cuts == expected
