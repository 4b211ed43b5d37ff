"""The seventeenth (German) red-team round: each class with variants and a near-miss."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

FILL = (
    "Du arbeitest mit Produktmanagern und Entwicklern und machst aus Daten Entscheidungen. "
    "Du baust Dashboards und stellst Ergebnisse im Team vor."
)


def _ad(fragment: str, title: str = "Data Analyst (m/w/d)") -> AdReport:
    return analyze(f"# {title}\n\n{FILL}\n\n{fragment}\n\n{FILL}\n")


def _hits(r: AdReport) -> list[str]:
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


def _checks(r: AdReport, check: str) -> list[str]:
    return [f.level.value for f in r.findings if f.check == check]


# ---- gender: senses of listed words that describe no one


@pytest.mark.parametrize(
    "fragment",
    [
        "Wir freuen uns über Bewerbungen unabhängig vom Alter.",
        "Alle Bewerbungen sind willkommen, unabhängig ihrer Herkunft.",
        "Wir prüfen Bewerbungen unabhängig des Geschlechts.",
        "Überlegen Sie nicht lange und bewerben Sie sich!",
        "Überlegst du noch? Wir überlegen nicht lange.",
        "Unsere Lösung ist der Konkurrenz technisch überlegen.",
        "Erfahrung mit dbt ist förderlich.",
        "Kenntnisse in Spark wären förderlich, aber kein Muss.",
        "Du gehst sorgsam mit sensiblen Informationen um.",
        "Du berätst in sensiblen Themen der Personalplanung.",
        "Du betreust unsere loyalen Kundinnen.",
        "Wir unterstützen engagierte Eltern mit Beratung.",
    ],
)
def test_non_trait_senses_do_not_count(fragment: str) -> None:
    assert _hits(_ad(fragment)) == []


@pytest.mark.parametrize(
    ("fragment", "word"),
    [
        # near-misses: the same words said of the applicant or the team still count
        ("Du arbeitest unabhängig und strukturiert.", "unabhängig"),
        ("Du bist sensibel für die Bedürfnisse im Team.", "sensib"),
        ("Wir sind ein loyales Team.", "loyal"),
        ("Du bist engagiert und zielstrebig.", "engagiert"),
        ("Wir suchen eine:n engagierte:n Data Scientist:in.", "engagiert"),
        ("Du bist ein*e zielstrebige*r Analyst*in.", "zielstrebig"),
    ],
)
def test_trait_wording_still_counts(fragment: str, word: str) -> None:
    assert any(word in h for h in _hits(_ad(fragment)))


@pytest.mark.parametrize(
    "title", ["Data Scientist:in (m/w/d)", "Entwickler*in (w/m/d)", "Analyst_in (gn*)"]
)
def test_gendered_titles_keep_the_count(title: str) -> None:
    assert any("zielstrebig" in h for h in _hits(_ad("Du bist zielstrebig.", title)))


# ---- exclusionary: recent-graduate wording in German; the robustness of a thing


@pytest.mark.parametrize(
    "fragment",
    [
        "Ideal für Absolvent:innen frisch von der Uni.",
        "Du kommst direkt aus dem Studium.",
        "Wir suchen frischgebackene Absolventen.",
        "Dein Studium hast du vor max. 2 Jahren abgeschlossen.",
        "Dein Studienabschluss liegt nicht länger als 2 Jahre zurück.",
    ],
)
def test_recent_graduate_german_is_age_coded(fragment: str) -> None:
    assert "concern" in _checks(_ad(fragment), "age-coded")


@pytest.mark.parametrize(
    "fragment",
    [
        "Du kommst frisch aus dem Urlaub? Start ist flexibel.",
        "Dein Abschluss liegt 10 Jahre zurück? Kein Problem.",
        "Du analysierst den Studienabschluss unserer Kundinnen seit 10 Jahren.",
    ],
)
def test_recent_graduate_near_misses(fragment: str) -> None:
    assert _checks(_ad(fragment), "age-coded") == []


@pytest.mark.parametrize(
    "fragment",
    [
        "Die Belastbarkeit unserer Schätzungen prüfst du mit Tests.",
        "Du bewertest die Belastbarkeit der Zahlen.",
        "Die Belastbarkeit dieser Prognosen ist entscheidend.",
    ],
)
def test_robustness_of_a_thing_is_not_ability_coded(fragment: str) -> None:
    assert _checks(_ad(fragment), "ability-coded") == []


def test_belastbarkeit_of_the_person_stays_flagged() -> None:
    assert _checks(_ad("Hohe Belastbarkeit und Flexibilität"), "ability-coded")


# ---- answers: German value talk and deflection are vague


@pytest.mark.parametrize(
    "notes",
    [
        "Chancengleichheit ist Teil unserer DNA.",
        "Inklusion ist Bestandteil unserer DNA.",
        "Diversity wird bei uns großgeschrieben.",
        "Fairness steht bei uns an erster Stelle.",
        "Das weiß ich ehrlich gesagt nicht.",
        "Das weiß ich spontan nicht.",
        "Das fällt nicht in meinen Bereich.",
        "Da bin ich nicht zuständig.",
        "Da fragen Sie am besten die Kollegin aus dem People-Team.",
        "Frag da lieber die Personalabteilung.",
    ],
)
def test_german_talk_and_deflection_are_vague(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


def test_concrete_german_deed_stays_concrete() -> None:
    a = analyze_answer(
        "Seit 2023 prüft der Betriebsrat jede Ausschreibung; "
        "der Frauenanteil stieg von 18 auf 27 %."
    )
    assert a.suggested_rating is not None and a.suggested_rating >= 4


# ---- requirements: German headings and plural role words


@pytest.mark.parametrize(
    "heading",
    ["Das brauchen wir von dir", "Was wir von Ihnen brauchen", "Das brauchen wir von Ihnen:"],
)
def test_german_must_headings(heading: str) -> None:
    body = f"{heading}\n- Studium der Statistik\n- 3 Jahre Erfahrung mit SQL\n- Python\n"
    assert _ad(body).must_haves == 3


@pytest.mark.parametrize(
    "heading", ["Was uns zusätzlich freut", "Worüber wir uns freuen", "Was uns außerdem freut:"]
)
def test_german_nice_headings_end_the_list(heading: str) -> None:
    body = f"Dein Profil\n- SQL\n- Python\n- Statistik\n{heading}\n- Spark\n- dbt\n- Kafka\n"
    assert _ad(body).must_haves == 3


@pytest.mark.parametrize(
    "fragment",
    [
        "Du betreust unsere Praktikant:innen.",
        "Du arbeitest mit Werkstudent*innen zusammen.",
        "Du begleitest Praktikant_innen im Team.",
    ],
)
def test_gendered_plural_is_not_the_role(fragment: str) -> None:
    assert _ad(fragment).seniority != "intern"


def test_gendered_singular_title_is_the_role() -> None:
    assert _ad("Du arbeitest im Team.", "Praktikant:in Data Science").seniority == "intern"


@given(st.sampled_from([":innen", "*innen", "_innen", ":in", "*in", ""]), st.text(max_size=40))
def test_role_words_with_any_suffix_do_not_crash(suffix: str, tail: str) -> None:
    analyze(f"# Data Analyst\n\nWir suchen Praktikant{suffix} {tail}\n")
