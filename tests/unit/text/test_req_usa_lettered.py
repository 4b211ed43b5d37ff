"""Basic requirements lettered as the VA handbook letters them ("a. Citizenship. … b.
Education. …"), run together in one paragraph, are the items of a federal (USAJOBS-shaped)
ad's list; lettered KSAs, one label alone or labels in a grade's block are not read as such.
The texts are written for these tests in the shapes of the VA template."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_lettered import lettered_items
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = "## Qualifications\n\nRequired Experience: BASIC REQUIREMENTS "


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "a. Citizenship. Citizen of the United States. b. Education. Degree of doctor of "
            "dental surgery from an approved school. c. Licensure and Registration (1) A current, "
            "full license to practice dentistry in a State. d. Physical Standards. See the "
            "agency directive. e. English Language Proficiency. Dentists must speak and write "
            "English well.",
            5,
        ),
        (
            "a.Citizenship. Citizen of the United States. b.Education or Training. One year of "
            "study above high school. c. Foreign Graduates. A note on schools abroad. d. "
            "Certification. Current certification by the national board.",
            3,
        ),
    ],
)
def test_lettered_basic_requirements_are_the_list(body: str, count: int) -> None:
    text = _HEAD + body + "\n"
    assert len(lettered_items(text, [], [])) == count
    assert _must(text) == count


@pytest.mark.parametrize(
    "body",
    [
        # One label alone.
        "a. Citizenship. Citizen of the United States. The post is for a dentist.",
        # Lettered abilities, not basic-requirement labels.
        "a. Ability to plan work. b. Knowledge of dental tools. c. Skill in patient care.",
        # The labels out of order: no lettered list.
        "c. Citizenship. Citizen of the United States. a. Education. Degree of dental surgery.",
    ],
)
def test_other_lettered_text_is_not_read(body: str) -> None:
    assert lettered_items(_HEAD + body + "\n", [], []) == []


def test_lettered_labels_in_a_grade_block_are_not_read() -> None:
    text = _HEAD + "a. Citizenship. Citizen. b. Education. Degree of dental surgery.\n"
    assert lettered_items(text, [], [(0, len(text))]) == []


_PIECES = st.sampled_from(
    [
        "Qualifications\n",
        "a. Citizenship. ",
        "b. Education. ",
        "c. Licensure. ",
        "d.Physical Standards. ",
        "e. English Language Proficiency. ",
        "a. ",
        "Citizen. ",
        "grade determinations ",
        "\n\n",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_the_items_stay_inside_the_text_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = lettered_items(text, [], [])
    assert found == [] or len(found) >= 2
    assert all(0 <= a < b <= len(text) for a, b in found)
    assert [a for a, _ in found] == sorted(a for a, _ in found)
