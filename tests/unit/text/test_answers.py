"""The answer analyzer: concrete evidence versus vague intent, in English and German."""

from __future__ import annotations

import pytest

from askback.errors import InputError
from askback.text.answers import AnswerAnalysis, analyze


def test_contract_fields() -> None:
    a = analyze("We introduced a mentoring programme in 2023 and 40 people joined.")
    assert isinstance(a, AnswerAnalysis)
    assert isinstance(a.suggested_rating, int) and 0 <= a.concreteness <= 1
    assert a.lang == "en" and a.explanation.startswith("Suggested")
    for s in a.spans:
        assert s.label and s.text


def test_concrete_outranks_vague() -> None:
    concrete = analyze(
        "Since 2022 our head of data owns the fairness review; it blocked two "
        "models last year and the error gap fell from 9% to 2%."
    )
    vague = analyze(
        "We'd like to do more on fairness, we value it a lot and hopefully we will "
        "start something next year."
    )
    assert concrete.suggested_rating == 5 and vague.suggested_rating == 2
    assert concrete.concreteness > 0.8 > 0.2 > vague.concreteness
    assert {"past-action", "outcome", "owner", "date"} <= {s.label for s in concrete.spans}
    assert {"intent", "values"} <= {s.label for s in vague.spans}


@pytest.mark.parametrize(
    "notes",
    [
        "That's HR's topic, not my area.",
        "Das ist Thema der Personalabteilung, dazu kann ich nichts sagen.",
    ],
)
def test_deflection_is_a_red_flag(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating == 1 and "deflection" in {s.label for s in a.spans}


def test_german() -> None:
    a = analyze(
        "Wir haben 2022 ein Mentoring-Programm eingeführt; seitdem ist die Fluktuation um 20 % "
        "gesunken."
    )
    assert a.lang == "de" and a.suggested_rating is not None and a.suggested_rating >= 4
    assert "past-action" in {s.label for s in a.spans}


def test_nothing_to_go_on_suggests_nothing() -> None:
    a = analyze("They said the team is nice.")
    assert a.suggested_rating is None and "too little" in a.explanation


def test_bad_input() -> None:
    with pytest.raises(InputError, match="empty"):
        analyze("  ")
    with pytest.raises(InputError, match="lang"):
        analyze("We do things.", lang="fr")
