"""Federal requirement lists that mix "Label:" and "Label." items in one run-together paragraph
(issue 11), on sentences of our own: "Citizenship: … Degree: … English Language Proficiency.
Must speak …" is three items, not two; a title-case noun after an abbreviation ("U.S.
Department of Education.") or a lone "Label." beside one colon label changes nothing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

_LEAD = "Basic Requirements: "
_COLON = (
    "Citizenship: Citizen of the United States. "
    "Degree: A degree in dietetics from an approved school. "
)


@pytest.mark.parametrize(
    ("period_items", "extra"),
    [
        ("English Language Proficiency. Dietitians must speak and write English well. ", 1),
        ("Physical Standards. Applicants must pass a physical examination. ", 1),
        (
            "Certification. A current certificate from the state board is required. "
            "Registration. Current registration as a dietitian. ",
            2,
        ),
        # Glued at a lost line break, as the source pages run them.
        ("Licensure.Must hold a current licence to practise.", 1),
        # "None required" asks nothing: no item.
        ("Certification. None required. ", 0),
    ],
)
def test_period_labels_beside_colon_labels_are_items(period_items: str, extra: int) -> None:
    assert _must(_LEAD + _COLON + period_items) == 2 + extra


def test_title_case_after_an_abbreviation_is_no_label() -> None:
    # "U.S. Department of Education." ends a sentence; it labels nothing.
    text = (
        _LEAD + _COLON + "The school must be accredited by a body the U.S. Department of "
        "Education. Recognises at the time of the degree. "
    )
    assert [m[1] for m in req_inline._PERIOD_LABEL.finditer(text)] == []
    assert _must(text) == 2


def test_a_lone_colon_label_adds_no_period_labels() -> None:
    # One colon label only: the period labels are left to the sentence reading, which counts
    # the citizenship sentence before the label as well.
    chunk = (
        "U.S. citizenship. Non-citizens may be appointed only by exception. "
        "Education: A doctorate in psychology from an accredited program. "
        "Physical Requirements. Must meet the physical requirements. "
        "English Language Proficiency. Must be proficient in spoken and written English. "
    )
    assert req_inline._labels(chunk) == [chunk.index("Education")]
    assert _must("Basic Requirements: " + chunk) == 4


@pytest.mark.parametrize(
    "sentence",
    [
        "Good English. We value it.",
        "Note. Pay is set by grade.",
        "Strong Skills. You will learn a lot.",
        "Great Team. Come and see.",
    ],
)
def test_period_label_needs_a_requirement_noun(sentence: str) -> None:
    assert req_inline._PERIOD_LABEL.search(sentence) is None


_WORD = st.sampled_from(["Citizenship", "Education", "Licensure", "Degree", "Training", "Good"])
_TEXT = st.lists(
    st.one_of(
        _WORD,
        st.sampled_from([". ", ": ", ".", " ", "U.S. ", "of ", "\n", "Must ", "have "]),
        st.text(alphabet="abcXYZ .:;()", max_size=8),
    ),
    max_size=30,
).map("".join)


@given(_TEXT)
def test_labels_are_sorted_offsets_inside_the_chunk(chunk: str) -> None:
    found = req_inline._labels(chunk)
    assert found == sorted(found)
    assert all(0 <= at < len(chunk) for at in found)
    for m in req_inline._PERIOD_LABEL.finditer(chunk):
        # Every period label ends in a requirement noun and a full stop.
        assert chunk[m.end(1)] == "."
