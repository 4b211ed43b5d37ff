"""The numbered parts of a one-grade specialized-experience definition in a federal
(USAJOBS-shaped) ad are the items of its list; examples, alternatives, a definition that is one
path beside education and definitions given grade by grade are not. The texts are written for
these tests in the shapes of the federal templates."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_defined import definition_parts
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "## Qualifications\n\n"
_INTRO = (
    "To be rated qualified, your resume must show at least one year of experience that "
    "prepared you for this work. "
)
_TYPICAL = (
    " This definition of specialized experience is typical of work performed at the next lower "
    "grade/level position in the federal service (GS-07)."
)


@pytest.mark.parametrize(
    ("lead", "parts", "count"),
    [
        (
            "Specialized experience is defined as: ",
            "1) Experience sorting incoming freight by route; and 2) Experience keeping the "
            "stock ledger of a warehouse, and 3) Experience driving a forklift indoors.",
            3,
        ),
        (
            "Specialized experience is defined as experience which includes: ",
            "(1) Preparing travel orders for staff; and (2) Using spreadsheets to track "
            "office supplies..",
            2,
        ),
        (
            "Specialized Experience: One year of specialized experience which includes ",
            "1.) drafting survey plats for land parcels; 2.) checking field notes against "
            "deeds; AND 3.) answering questions of landowners.",
            3,
        ),
        (
            "Specialized experience for this position includes: ",
            "(1) greeting visitors at a front desk, (2) booking rooms in a reservation "
            "system and (3) balancing a cash drawer.",
            3,
        ),
        (
            "Specialized experience for this position includes: - ",
            "Sorting incoming freight by route; and- Keeping the stock ledger of a warehouse.",
            2,
        ),
        (
            "Specialized experience for this position includes ALL of the following: • ",
            "Greeting visitors at a front desk; AND• Booking rooms in a reservation system; AND• "
            "Balancing a cash drawer at the end of a shift.",
            3,
        ),
        (
            "Specialized experience must demonstrate the following:- ",
            "Drafting survey plats for land parcels. - Checking field notes against deeds. - "
            "Answering questions of landowners.",
            3,
        ),
    ],
)
def test_the_numbered_parts_of_one_definition_are_the_list(
    lead: str, parts: str, count: int
) -> None:
    text = _HEAD + _INTRO + lead + parts + _TYPICAL + "\n"
    assert _must(text) == count
    found = definition_parts(text, [], [])
    assert len(found) == count
    assert text[found[0][0] :].lstrip("-•(1. ").startswith(parts.lstrip("-•(1. ")[:3])


@pytest.mark.parametrize(
    "shape",
    [
        # Examples, not what is asked (the labels' "such as" rule).
        "Examples of specialized experience include (1) sorting freight; (2) keeping the "
        "stock ledger; and (3) driving a forklift.",
        # Parts offered as alternatives: one requirement.
        "Specialized experience is defined as: 1) sorting freight by route; OR 2) keeping the "
        "stock ledger of a warehouse.",
        "Specialized experience is defined as: 1) sorting freight by route; or 2) keeping the "
        "stock ledger of a warehouse.",
        # The definition is one path; education is the other (the labels' #408).
        "Specialized experience is defined as: 1) sorting freight by route; and 2) keeping the "
        "stock ledger of a warehouse. This definition is typical of the GS-07.\n\nOR\n\n"
        "Education: One full year of graduate education in logistics.",
        "Must have 1 year of specialized experience equivalent to the GS-06 OR Education - 1 "
        "year of graduate education. Specialized experience requirements for the GS-07 level "
        "are defined as: (1) sorting freight by route; (2) keeping the stock ledger.",
        # One definition for each grade: grade by grade.
        "For the GS-05: Specialized experience is defined as: 1) sorting freight; and 2) "
        "keeping the stock ledger. For the GS-07: Specialized experience is defined as: "
        "handling freight claims.",
        # One part only.
        "Specialized experience is defined as: 1) sorting freight by route for a depot.",
        "Specialized experience for this position includes: - Sorting freight by route. You "
        "must also meet the time-in-grade rule - see below.",
        # Dashed parts offered as alternatives.
        "Specialized experience for this position includes: - Sorting freight by route; OR- "
        "Keeping the stock ledger of a warehouse.",
    ],
)
def test_examples_alternatives_paths_and_grades_are_no_list(shape: str) -> None:
    text = _HEAD + _INTRO + shape + "\n"
    assert definition_parts(text, [], []) == []
    assert _must(text) is None


def test_parts_inside_an_item_read_already_are_not_read_again() -> None:
    text = (
        _HEAD + "Specialized experience is defined as: 1) sorting freight; and 2) keeping the "
        "stock ledger of a warehouse.\n"
    )
    at = text.find("Specialized")
    assert definition_parts(text, [(at, len(text))], []) == []


def test_a_definition_inside_a_grade_block_is_not_read() -> None:
    text = (
        _HEAD + "Specialized experience is defined as: 1) sorting freight; and 2) keeping the "
        "stock ledger of a warehouse.\n"
    )
    assert definition_parts(text, [], [(0, len(text))]) == []


_PIECES = st.sampled_from(
    [
        "Qualifications\n",
        "Specialized experience is defined as: ",
        "specialized experience which includes ",
        "1) ",
        "(2) ",
        "3.) ",
        "4. Sorting ",
        "OR ",
        "or ",
        "Education: ",
        "For the GS-05: ",
        "sorting freight; ",
        "and ",
        ". ",
        "\n",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_parts_stay_inside_the_text_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = definition_parts(text, [], [])
    assert all(0 <= a < b <= len(text) for a, b in found)
    assert all(b <= c for (_, b), (c, _) in pairwise(found))
    assert found == [] or len(found) >= 2
