"""Second-author probe (issue 11): a coded adjective before a process noun describes a check or
a review, not a person: "unabhängige Prüfung", "independent review"."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

FILLER = "You will build reports and models with the analytics team and share results. " * 5
FILLER_DE = "Du baust Berichte und Modelle im Analytics-Team und teilst die Ergebnisse. " * 5


def _hits(text: str, de: bool) -> list[str]:
    r = analyze(f"Data Analyst\n{text}\n{FILLER_DE if de else FILLER}")
    return [s.text for f in r.findings if f.check == "gender-coded" for s in f.spans]


@pytest.mark.parametrize(
    "text",
    [
        "Du sorgst für eine unabhängige Prüfung der Modelle.",
        "Wir sichern eine unabhängige Bewertung der Risiken.",
        "Die unabhängige Validierung der Modelle liegt bei dir.",
    ],
)
def test_german_process_nouns(text: str) -> None:
    assert _hits(text, True) == []


@pytest.mark.parametrize(
    "text",
    [
        "You will arrange an independent review of each model.",
        "Models get an independent validation before release.",
        "An independent assessment of each model is part of the process.",
        "Every release passes an independent audit.",
    ],
)
def test_english_process_nouns(text: str) -> None:
    assert _hits(text, False) == []


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Du arbeitest gern unabhängig und selbstbewusst.", True),
        ("You are independent and self-confident.", False),
    ],
)
def test_the_trait_still_counts(text: str, de: bool) -> None:
    assert _hits(text, de)


@pytest.mark.parametrize(
    "text",
    [
        "Die Berichte werden zuverlässig versendet.",
        "Bei uns werden Prognosen zuverlässig berechnet.",
        "Unsere Prognosen laufen stabil und zuverlässig.",
        "Das Datenmodell ist zuverlässig dokumentiert.",
        "Wir sorgen dafür, dass Prognosen zuverlässig aktualisiert werden.",
        "Die Pipelines liefern zuverlässig jeden Morgen.",
    ],
)
def test_german_data_artefact_as_subject_in_any_word_order(text: str) -> None:
    assert _hits(text, True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Berichte versendest du zuverlässig.",
        "Die Kennzahlen berechnet das Team zuverlässig.",
        "Du arbeitest zuverlässig und genau.",
        "Mit Datenbanken gehst du zuverlässig um.",
    ],
)
def test_german_person_as_subject_still_counts(text: str) -> None:
    assert _hits(text, True) != []


@pytest.mark.parametrize(
    "text",
    [
        "You will join the independent audit team.",
        "You will join the independent review team.",
        "You will join the independent research team.",
        "You are part of an independent verification team.",
        "You are part of an independent assessment team.",
    ],
)
def test_a_set_term_before_a_team_noun_is_no_trait(text: str) -> None:
    assert _hits(text, False) == []
