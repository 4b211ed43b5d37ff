"""Where a company competes ("we compete globally") is its market, not a trait asked for.

Gaucher et al. (2011) list "compet*" as masculine-coded wording about the person and the
workplace; a company that "competes globally" or "worldwide" tells its market reach, like
"market leader" (issue 11). A competitive environment still counts. Sentences written for this
test, with a Hypothesis sweep over subjects, verb forms and places.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _coded(text: str) -> list[str]:
    return [f.title for f in analyze(text).findings if f.check == "gender-coded"]


@pytest.mark.parametrize(
    "text",
    [
        "Headquartered in Berlin, we lead the market in B2B payments and compete globally.",
        "We are a start-up that competes worldwide with much larger rivals.",
        "A world-class brand that competes internationally.",
    ],
)
def test_competing_somewhere_is_no_trait(text: str) -> None:
    assert _coded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You thrive in a competitive environment.",
        "You are competitive and driven by results.",
    ],
)
def test_a_competitive_person_or_workplace_counts(text: str) -> None:
    assert any("competitive" in t for t in _coded(text))


@settings(max_examples=40, deadline=None)
@given(
    subject=st.sampled_from(["We", "Our company", "The group", "Our studio"]),
    verb=st.sampled_from(["compete", "competes", "are competing", "is competing"]),
    where=st.sampled_from(["globally", "internationally", "worldwide", "nationally"]),
)
def test_sweep_where_a_company_competes(subject: str, verb: str, where: str) -> None:
    assert _coded(f"{subject} {verb} {where}.") == []
