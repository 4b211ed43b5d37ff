"""Competencies labelled with a dash and run together in a paragraph (issue 11), as US federal
IT ads list them, on sentences of our own: "Attention to Detail - Is thorough …. Customer
Service - Works with …" after "must demonstrate the following competencies:" is one item a
label; a dash inside a sentence, or one label alone, makes no list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

_LEAD = (
    "Qualifications\n\nApplicants must have a year of experience at the GS-9 level. In addition, "
    "applicants must demonstrate the following competencies: "
)


@pytest.mark.parametrize("dash", [" - ", " – ", " — "])
def test_dash_labelled_competencies_are_items(dash: str) -> None:
    body = (
        f"Attention to Detail{dash}Is careful with each record it files. "
        f"Customer Service{dash}Works with callers to learn their needs; knows the products. "
        f"Oral Communication{dash}Explains plans to groups clearly. "
        f"Problem Solving{dash}Finds faults and weighs the fixes."
    )
    assert _must(_LEAD + body) == 4


def test_a_dash_inside_a_sentence_is_no_label() -> None:
    body = (
        "Knowledge of the fleet - mostly small boats. Ability to plan repairs across two yards. "
        "Skill in reading engine manuals."
    )
    assert req_inline._dash_labels(body) == []


def test_one_dash_label_is_no_list() -> None:
    assert req_inline._dash_labels("Attention to Detail - Is careful with each record.") == []


_LABEL = st.sampled_from(["Teamwork", "Attention to Detail", "Oral Communication", "Planning"])
_SENT = st.sampled_from(["Is careful.", "Works well with others.", "Plans ahead of time."])


@given(st.lists(st.tuples(_LABEL, st.sampled_from([" - ", " – ", ": "]), _SENT), max_size=6))
def test_dash_labels_are_the_dashed_items(parts: list[tuple[str, str, str]]) -> None:
    chunk = " ".join(f"{label}{sep}{sent}" for label, sep, sent in parts)
    found = req_inline._dash_labels(chunk)
    dashed = sum(sep != ": " for _, sep, _ in parts)
    assert len(found) == (dashed if dashed >= 2 else 0)
    assert found == sorted(found)
