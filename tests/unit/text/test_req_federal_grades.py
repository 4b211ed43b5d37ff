"""Grade-by-grade blocks of a federal ad open at several grades ("GS-04: … GS-05: …", "For
GS-7: … For GS-9: …"): an item inside one block is no must-have of the ad; an ad naming one
grade keeps its list (issue 11, USAJOBS labels' grade-by-grade rule). Sentences of our own."""

from __future__ import annotations

import pytest

from askback.text import req_federal
from tests.unit.text.req_helpers import must_haves as _must

# The same list, once under each shape of grade label.
_LIST = (
    "the applicant must have shown the following: planning survey routes for field crews; "
    "keeping the tide gauge records; training new crew members in boat safety."
)
_SHAPES = [
    "Qualifications\n\nGS-05: One year of experience at the GS-04 level; {list} GS-07: One year "
    "of experience at the GS-05 level.",
    "Qualifications\n\nSPECIALIZED EXPERIENCE: For GS-7: One year of experience equivalent to "
    "the GS-05; {list} For GS-9: One year of experience equivalent to the GS-07.",
    "Qualifications\n\nGS-09 (or equivalent): A year of survey work; {list} GS-11 and above (or "
    "equivalent): A year of survey work at the next lower grade.",
    "Qualifications\n\nWG-8: Journey level boat work; {list}\n\nWG-10: Leader level boat work.",
]


@pytest.mark.parametrize("shape", _SHAPES)
def test_list_inside_one_grade_of_several_is_not_counted(shape: str) -> None:
    assert _must(shape.format(list=_LIST)) is None


@pytest.mark.parametrize("shape", _SHAPES)
def test_the_same_list_counts_without_the_grade_labels(shape: str) -> None:
    text = "Qualifications\n\nSpecialized experience: " + _LIST
    assert _must(text) == 3
    # The grade labels alone make the difference.
    assert req_federal.grade_blocks(shape.format(list=_LIST))


def test_one_grade_keeps_its_list() -> None:
    # Near miss: one grade named in labels (twice the same grade): the position's own list.
    text = (
        "Qualifications\n\nGS-11: One year of experience at the GS-09 level; "
        + _LIST
        + " GS-11: Time in grade applies."
    )
    assert req_federal.grade_blocks(text) == []
    assert _must(text) == 3


def test_grade_in_prose_is_no_label() -> None:
    # "equivalent to the GS-09 level in the Federal service" and "for GS-13 Pharmacist:" open
    # no block.
    text = (
        "Experience equivalent to the GS-09 level in the Federal service. Grade Determinations "
        "for GS-13 Clinical Pharmacist: one year at the GS-12 level."
    )
    assert req_federal.grade_blocks(text) == []


def test_items_outside_the_blocks_are_kept() -> None:
    text = "Citizenship: US. Degree: forestry.\nGS-5: A year. GS-7: Two years."
    items = [(0, 17), (18, 34), (35, 46), (47, 60)]
    assert req_federal.outside_grade_blocks(text, items) == [(0, 17), (18, 34)]
