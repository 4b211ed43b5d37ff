"""Two paths to one post, each with its own list, between them a paragraph that is only "OR":
the first path is counted, the second is an alternative (issue 11, USAJOBS labels' rule on
alternative paths). Sentences of our own."""

from __future__ import annotations

import pytest

from askback.text import req_federal
from tests.unit.text.req_helpers import must_haves as _must

_PATH_A = (
    "1. A bachelor's degree in marine biology.\n\n"
    "2. In addition, the following is required:\n\n"
    "- Experience handling research vessels at sea.\n\n"
    "- Ability to identify fish species in the field.\n\n"
    "- Ability to keep a field log to agency standards.\n\n"
)
_PATH_B = (
    "1. At least 24 semester hours in biology, plus related work experience.\n\n"
    "2. In addition, the following is required:\n\n"
    "- Six months of work on research vessels.\n\n"
    "- Ability to identify fish species in the field.\n\n"
)


@pytest.mark.parametrize("sep", ["OR", "-OR-", "OR,", " -- OR -- "])
def test_second_path_after_an_or_paragraph_is_not_counted(sep: str) -> None:
    text = f"Qualifications\n\nQUALIFICATION REQUIREMENTS:\n\n{_PATH_A}{sep}\n\n{_PATH_B}"
    # The degree and the three dashed requirements of the first path.
    assert _must(text) == 4


def test_requirements_after_an_and_paragraph_still_count() -> None:
    text = (
        f"Qualifications\n\nQUALIFICATION REQUIREMENTS:\n\n{_PATH_A}OR\n\n{_PATH_B}AND\n\n"
        "- Must hold a state boating licence.\n\n- Must pass a swimming test.\n"
    )
    assert _must(text) == 6


def test_or_between_two_single_items_is_left_to_the_alternatives_rules() -> None:
    # Near miss: one item on a side is no path with a list of its own.
    items = [(0, 10), (20, 30), (40, 50)]
    text = "A" * 10 + "\n\nOR\n\n" + "B" * 40
    assert req_federal.first_path(text, items) == items


def test_or_inside_a_sentence_is_no_path_break() -> None:
    text = (
        "Qualifications\n\nQUALIFICATION REQUIREMENTS:\n\n"
        + _PATH_A.replace("field.\n\n- Ability to keep", "field or\n\n- Ability to keep")
        + _PATH_B
    )
    # Both paths counted, as before the rule: 4 + 2 dashed items.
    assert _must(text) == 6
