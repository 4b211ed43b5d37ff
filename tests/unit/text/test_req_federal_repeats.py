"""A requirement block pasted twice (once per job title, once per path) asks each requirement
once: an item that repeats an earlier one word for word is not counted again (issue 11,
USAJOBS). Sentences of our own."""

from __future__ import annotations

import pytest

from askback.text import req_federal
from tests.unit.text.req_helpers import must_haves as _must

_BLOCK = (
    "Degree: A bachelor's degree in forestry from an accredited school is required. "
    "Licence: Applicants must hold a current state licence to apply pesticides. "
    "Experience: At least one year of field work in timber stand surveys."
)


@pytest.mark.parametrize(
    "text",
    [
        # The same labelled block under two titles, a label a line.
        "Qualifications\n\nBasic Requirements for Forester:\n\n"
        + _BLOCK.replace(". ", ".\n\n")
        + "\n\nBasic Requirements for Forester (Lead):\n\n"
        + _BLOCK.replace(". ", ".\n\n"),
        # The same block twice on lines of its own, the second time with other line breaks.
        "Qualifications\n\nYou must have:\n\n- A bachelor's degree in forestry from an accredited "
        "school.\n- A current state licence to apply pesticides.\n- One year of field work in "
        "timber stand surveys.\n\nFor the lead post you must have:\n\n- A bachelor's degree in "
        "forestry from an accredited school.\n- A current state licence to apply pesticides.\n"
        "- One year of field work in timber stand surveys.\n",
        # A repeat with other punctuation and numbering.
        "Qualifications\n\nFor the field post you must have:\n\n1. A bachelor's degree in "
        "forestry, from an accredited school;\n2. A current state licence to apply pesticides;"
        "\n3. One year of field work in timber stand surveys.\n\nFor the office post you must "
        "have:\n\n- A bachelor's degree in forestry from an accredited school.\n- A current "
        "state licence to apply pesticides.\n",
    ],
)
def test_repeated_requirements_count_once(text: str) -> None:
    assert _must(text) == 3


def test_similar_but_different_items_all_count() -> None:
    # Near miss: the second post asks two years, not one, and another licence.
    text = (
        "Qualifications\n\nYou must have:\n\n- One year of field work in timber stand surveys.\n"
        "- A current state licence to apply pesticides.\n\nFor the lead post you must have:\n\n"
        "- Two years of field work in timber stand surveys.\n- A current state licence to fell "
        "trees.\n"
    )
    assert _must(text) == 4


def test_one_line_that_comes_back_alone_counts_again() -> None:
    # Near miss: one requirement repeated on its own, not a pasted block.
    text = (
        "Qualifications\n\nYou must have:\n\n- One year of field work in timber stand surveys.\n"
        "- A current state licence to apply pesticides.\n- A chainsaw safety certificate from "
        "the state.\n- One year of field work in timber stand surveys.\n"
    )
    assert _must(text) == 4


def test_short_items_repeat_by_chance() -> None:
    text = "Degree. Licence. Degree."
    items = [(0, 7), (8, 16), (17, 24)]
    assert req_federal.without_repeats(text, items) == items
