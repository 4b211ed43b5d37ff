"""The answer lexicon's gated patterns (`more:` under a label): each runs only when one of its
`needs` words is in the notes, so the gate must hold for every text the pattern can match, and a
gated match where the label's own pattern matched already is not counted twice."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.text import answers

GATED = answers._gated()


def test_there_are_gated_patterns() -> None:
    assert len(GATED) >= 10
    assert all(needs for _, needs, _ in GATED)


@pytest.mark.parametrize("index", range(len(GATED)))
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_property_every_match_holds_a_needed_word(index: int, data: st.DataObject) -> None:
    label, needs, rx = GATED[index]
    text = data.draw(st.from_regex(rx, fullmatch=True), label="text").lower()
    if rx.search(text):
        assert any(w in text for w in needs), (label, text)


def test_a_gated_match_beside_the_labels_own_is_counted_once() -> None:
    # "we don't have anything like that": the main absence pattern ("we don't have") and a
    # gated one ("anything like that") both read it; one overlapping span is kept per label.
    spans = answers.analyze("We don't have anything like that yet.").spans
    absence = [s for s in spans if s.label == "absence"]
    for a in absence:
        for b in absence:
            assert a is b or a.end <= b.start or b.end <= a.start, absence


def test_a_shape_read_only_by_a_gated_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proposal not yet decided is read by a gated pattern alone: without the gated patterns
    # the same notes have no intent in them.
    notes = "There is a proposal to introduce blind CV screening; it goes to the board in March."
    assert any(s.label == "intent" for s in answers.analyze(notes).spans)
    monkeypatch.setattr(answers, "_gated", list)
    assert not any(s.label == "intent" for s in answers.analyze(notes).spans)
