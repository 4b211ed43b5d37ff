"""German "keine" before the noun of what is missing is admitted absence, whatever the noun:
the English "we don't have a …" already was. A problem denied ("keine Gehaltslücke") stays
culture talk, and "keine Ausnahmen" beside a rule is no absence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import answers

ABSENT = [
    "Wir haben keine Gehaltsbänder.",
    "Es gibt bei uns noch keine Beförderungskriterien.",
    "Dafür haben wir als Startup momentan keine Kapazitäten.",
    "Gibt es leider kein Budget für Weiterbildung.",
    "Wir haben im Team keinen Mentor für Neue.",
]


@pytest.mark.parametrize("notes", ABSENT)
def test_keine_before_what_is_missing_is_absence(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result
    assert any(s.label == "absence" for s in result.spans), result.spans


def test_a_problem_denied_stays_culture_talk() -> None:
    result = answers.analyze("Wir haben keine Lohnlücke zwischen Männern und Frauen.")
    assert [s.label for s in result.spans] == ["culture-talk"]


def test_no_exceptions_beside_a_rule_is_no_absence() -> None:
    result = answers.analyze("Es gibt keine Ausnahmen: jedes Modell wird seit 2023 geprüft.")
    assert not any(s.label == "absence" for s in result.spans), result.spans
    assert result.suggested_rating is not None and result.suggested_rating >= 4


_NOUN = st.sampled_from(
    ["Gehaltsbänder", "Richtlinie", "Zielquote", "Ethikprüfung", "Karrierepfade", "Schulungen"]
)
_OPEN = st.sampled_from(["Wir haben", "Es gibt", "Bei uns gibt es", "Haben wir"])
_FILL = st.lists(st.sampled_from(["noch", "leider", "aktuell", "eigentlich"]), max_size=2)


@settings(max_examples=60, deadline=None)
@given(_OPEN, _FILL, _NOUN)
def test_any_missing_thing(opener: str, fill: list[str], noun: str) -> None:
    notes = " ".join([opener, *fill, "keine", noun]) + "."
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, notes
