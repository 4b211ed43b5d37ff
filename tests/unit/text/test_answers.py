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


# --- issue 11: classes of rating mistakes, on answers written for these tests ---


@pytest.mark.parametrize(
    "notes",
    [
        "We'd love to get maybe four more women into senior roles next year.",
        "Perhaps we will add a returner programme at some point, we hope.",
        "Wir möchten nächstes Jahr vielleicht drei Frauen befördern.",
    ],
)
def test_hedged_future_intent_is_at_most_two(notes: str) -> None:
    rating = analyze(notes).suggested_rating
    assert rating is not None and rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Honestly, we have a flat hierarchy and a really open culture.",
        "My door is open and the team is like a family.",
        "Bei uns herrscht eine familiäre Atmosphäre mit flachen Hierarchien.",
    ],
)
def test_culture_talk_is_at_most_two(notes: str) -> None:
    rating = analyze(notes).suggested_rating
    assert rating is not None and rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "In January we will start a mentoring programme for women in data.",
        "Next quarter we're going to publish salary bands.",
        "Im Frühjahr werden wir eine Richtlinie für Elternzeit einführen.",
    ],
)
def test_a_plan_in_the_future_tense_is_not_a_measure(notes: str) -> None:
    rating = analyze(notes).suggested_rating
    assert rating is not None and rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "There's an inclusion board, a women's network and a pay policy.",
        "We run a DEI council and have an anti-harassment policy.",
        "Es gibt ein Frauennetzwerk, einen Diversity-Rat und eine Richtlinie.",
    ],
)
def test_bodies_and_policies_without_outcome_owner_or_number_are_at_most_three(
    notes: str,
) -> None:
    rating = analyze(notes).suggested_rating
    assert rating is not None and rating <= 3


@pytest.mark.parametrize(
    "notes",
    [
        "The women's network fizzled out when its founder moved on.",
        "Our pay audit was dropped after the reorg and nobody picked it up.",
        "The returner scheme ended when the budget went; nothing replaced it.",
        "Das Mentoring ist eingeschlafen, seit die Leiterin weg ist.",
    ],
)
def test_a_failure_told_as_such_is_a_red_flag(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2
    assert "failure" in a.counts()


def test_concrete_practice_still_rates_high() -> None:
    a = analyze("We introduced structured interviews in 2022; our head of talent owns them.")
    assert a.suggested_rating is not None and a.suggested_rating >= 4


def test_culture_is_open_is_culture_talk() -> None:
    rating = analyze("Our culture is really welcoming and all are welcome.").suggested_rating
    assert rating is not None and rating <= 2


@pytest.mark.parametrize(
    ("notes", "lang"),
    [
        ("We track attrition by team each quarter; it was 8% last year.", "en"),
        (
            "Maria, our engineering manager, runs the on-call rota;"
            " nobody does more than one week in six.",
            "en",
        ),
        ("Wir messen die Fluktuation jedes Quartal pro Team; letztes Jahr lag sie bei 6 %.", "de"),
        ("Seit dem Frühjahr gibt es feste Kernzeiten von 10 bis 15 Uhr.", "de"),
        ("Die Gehaltsbänder hängen seit 2022 für alle sichtbar im Wiki.", "de"),
        ("Wir haben im März zwei Modelle abgeschaltet, weil sie Ältere benachteiligten.", "de"),
    ],
)
def test_measured_practices_and_past_deeds_are_concrete(notes: str, lang: str) -> None:
    rating = analyze(notes, lang=lang).suggested_rating
    assert rating is not None and rating >= 4, notes


@pytest.mark.parametrize(
    ("notes", "lang"),
    [
        ("We really care about work-life balance here.", "en"),
        ("We have an ERG and a wellbeing policy.", "en"),
        ("I think there are some initiatives, but I'm not sure who runs them.", "en"),
        ("Ich glaube, es gibt da Initiativen, aber ich weiß nicht genau, wer sie leitet.", "de"),
        ("Wir haben ein Netzwerk und eine Richtlinie zur Inklusion.", "de"),
        ("Dazu müssen Sie die Personalabteilung fragen.", "de"),
        ("Da bin ich der falsche Ansprechpartner.", "de"),
        ("Wir leben Vielfalt und Wertschätzung.", "de"),
        ("Grundsätzlich achten wir schon darauf.", "de"),
        ("Ehrlich gesagt haben wir das noch nicht gemessen.", "de"),
        ("Wir sind ein junges, dynamisches Team mit einer tollen Kultur.", "de"),
    ],
)
def test_value_talk_hedging_bodies_and_deflection_are_vague(notes: str, lang: str) -> None:
    rating = analyze(notes, lang=lang).suggested_rating
    assert rating is not None and rating <= 2, notes


def test_a_cadence_alone_is_a_thin_fact() -> None:
    # A practice on a schedule, with no figure it produced, is adequate, not yet good.
    assert analyze("We meet the CFO every quarter.", lang="en").suggested_rating == 3


@pytest.mark.parametrize(
    "notes",
    [
        "Das klären wir individuell, wenn es so weit ist.",
        "Wir sind da sehr flexibel und finden immer eine Lösung.",
        "Das ist bei uns kein Problem, glaube ich.",
        "Sie können sich darauf verlassen, dass wir fair sind.",
        "Das Thema Diversität steht bei uns ganz oben auf der Agenda.",
        "Da wird gerade an einem Konzept gearbeitet.",
    ],
)
def test_german_reassurance_and_work_in_progress_are_vague(notes: str) -> None:
    rating = analyze(notes, lang="de").suggested_rating
    assert rating is not None and rating <= 2, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Bei uns bekommst du ab dem ersten Tag 30 Urlaubstage, das steht so im Tarifvertrag.",
        "Die Teamleitung führt mit dir alle zwei Wochen ein Einzelgespräch, seit Jahren schon.",
    ],
)
def test_german_agreements_and_long_standing_practice_are_concrete(notes: str) -> None:
    rating = analyze(notes, lang="de").suggested_rating
    assert rating is not None and rating >= 4, notes
