"""Second-author probe (issue 11): requirement headings in shapes the lists did not hold: a
nice-to-have heading that runs on into a lead-in ("Even better if you have", "Ein Plus sind"),
"dein"/"ihr" before a heading word, and benefit headings worded as what awaits you."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

FILLER = "You will build reports and models with the analytics team and share results. " * 5
FILLER_DE = "Du baust Berichte und Modelle im Analytics-Team und teilst die Ergebnisse. " * 5


def _must(body: str, de: bool = False) -> int | None:
    filler = FILLER_DE if de else FILLER
    return analyze(f"# Data Analyst\n\n{filler}\n{body}\n{filler}").must_haves


MUST_EN = "Requirements\n- SQL\n- Python\n- Statistics\n"
MUST_DE = "Anforderungen\n- SQL\n- Python\n- Statistik\n"
REST = "- Spark\n- dbt\n- Kafka\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Even better if you have",
        "It would be great if you",
        "Bonus points if you also have:",
        "Extra credit if you bring",
        "It's a plus if you know",
        "Extra points for",
    ],
)
def test_english_nice_to_have_heading_with_a_lead_in_ends_the_must_haves(heading: str) -> None:
    assert _must(f"{MUST_EN}{heading}\n{REST}") == 3


@pytest.mark.parametrize(
    "heading",
    [
        "Ein Plus sind",
        "Schön wäre",
        "Wünschenswert wäre außerdem",
        "Von Vorteil sind:",
        "Idealerweise hast du",
        "Gern gesehen",
    ],
)
def test_german_nice_to_have_heading_with_a_lead_in_ends_the_must_haves(heading: str) -> None:
    assert _must(f"{MUST_DE}{heading}\n{REST}", de=True) == 3


@pytest.mark.parametrize(
    "heading", ["Dein Skillset", "Ihr Profil", "Dein Hintergrund", "Deine Kenntnisse"]
)
def test_dein_and_ihr_before_a_requirement_heading(heading: str) -> None:
    body = f"{heading}\n- Studium der Statistik\n- 4 Jahre SQL\n- Python\n- Englisch\n"
    assert _must(body, de=True) in (3, 4, 5)


@pytest.mark.parametrize(
    "heading",
    [
        "Darauf kannst du dich freuen",
        "Darauf können Sie sich freuen",
        "Was dich bei uns erwartet",
        "Was Sie bei uns erwartet",
        "Das erwartet dich bei uns",
    ],
)
def test_benefit_headings_worded_as_what_awaits_you_end_the_must_haves(heading: str) -> None:
    body = f"{MUST_DE}{heading}\n- 30 Tage Urlaub\n- Jobrad\n- Betriebsrente\n- Lernbudget\n"
    assert _must(body, de=True) == 3
