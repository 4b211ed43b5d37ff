"""Twenty-fourth probe round (issue 11): German ads' right-to-work wording, shares and full
presence, thing senses of coded words, age and ability wording; interview notes with a
non-answer, intent of others, counts of inputs. Each sentence is written for this test (none is
in the probe); near-misses carry the same words in another sense and must not change."""

from __future__ import annotations

import pytest

from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

FILLER_DE = "Du modellierst Kündigungen, baust Dashboards und erklärst Ergebnisse im Team. " * 6


def _ad(text: str, title: str = "Data Analyst (m/w/d)") -> AdReport:
    return analyze(f"# {title}\n\n{FILLER_DE}\n\n{text}\n\n{FILLER_DE}\n")


def _checks(r: AdReport, check: str) -> list[tuple[str, str]]:
    return [(f.level.value, f.title) for f in r.findings if f.check == check]


def _coded(r: AdReport) -> list[str]:
    return [s.text for f in r.findings if f.check == "gender-coded" for s in f.spans]


# ---- a right to work, asked for in other words: a condition (info), not citizenship
@pytest.mark.parametrize(
    "text",
    [
        "Du besitzt eine gültige Arbeitsgenehmigung für die EU.",
        "Eine gültige Arbeitsbewilligung (Ausweis L genügt nicht) setzen wir voraus.",
        "Sie sind im Besitz einer gültigen Arbeitsgenehmigung.",
        "Arbeitserlaubnis für Deutschland (Blaue Karte EU o. ä.) ist erforderlich.",
        "Eine gültige Aufenthalts- & Arbeitserlaubnis ist Pflicht.",
    ],
)
def test_right_to_work_is_an_info_condition(text: str) -> None:
    got = _checks(_ad(text), "nationality-coded")
    assert got and all(level == "info" for level, _ in got), got
    assert not any("Staatsangehörigkeit" in t for _, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Wir begleiten dich beim Antrag auf eine Arbeitserlaubnis.",
        "Du berätst Unternehmen zu Arbeitsgenehmigungen ihrer Beschäftigten.",
    ],
)
def test_help_with_a_permit_is_no_condition(text: str) -> None:
    assert not _checks(_ad(text), "nationality-coded")


# ---- arrangement: the share at 100 %, a share "an bis zu", full presence, days by the day
@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("Homeoffice-Anteil: bis zu 100 %.", "remote", 0.0),
        ("Remote-Anteil 100 %.", "remote", 0.0),
        ("Mobiles Arbeiten ist an bis zu 40 % der Arbeitszeit möglich.", "hybrid", 3.0),
        ("Präsenz in Vollzeit im Werk Linz.", "onsite", 5.0),
        ("Tageweise Homeoffice ist möglich.", "hybrid", None),
        # near-misses: a share under 100 stays hybrid; a workload is no arrangement
        ("Remote-Anteil: 80 %.", "hybrid", None),
        ("Pensum 90 %, Arbeitsort Basel.", "not_stated", None),
    ],
)
def test_german_arrangements(text: str, kind: str, days: float | None) -> None:
    r = _ad(text)
    assert r.work_arrangement == kind, (r.work_arrangement, r.office_days)
    if days is not None:
        assert r.office_days == days


# ---- gender: things, fields and other people are not the applicant's traits
@pytest.mark.parametrize(
    "text",
    [
        "Du planst eine zuverlässige Wasserversorgung für drei Gemeinden.",
        "Wir beauftragen unabhängige Audits der Lieferkette.",
        "Im Bereich Offensive Security simulierst du Angriffe.",
        "Du entwickelst kooperative Brettspiele für Familien.",
        "Du analysierst die Risikobereitschaft von Investoren.",
    ],
)
def test_thing_senses_are_not_coded(text: str) -> None:
    assert not _coded(_ad(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ein kooperatives Zusammenspiel im Team ist dir wichtig.", "kooperativ"),
        ("Du bist zuverlässig und arbeitest gern im Team.", "zuverlässig"),
        ("Eine unabhängige Arbeitsweise zeichnet dich aus.", "unabhängig"),
    ],
)
def test_traits_still_count(text: str, word: str) -> None:
    assert any(word in h.lower() for h in _coded(_ad(text)))


# ---- exclusionary: young graduates welcomed; standing for long; colour vision; a warehouse title
@pytest.mark.parametrize(
    "text",
    [
        "Junge Kolleg:innen mit Lust auf Neues sind herzlich willkommen.",
        "Junge Talente sind bei uns sehr willkommen.",
    ],
)
def test_young_applicants_welcomed_are_age_coded(text: str) -> None:
    assert _checks(_ad(text), "age-coded")


@pytest.mark.parametrize(
    "text",
    [
        "Junge Familien sind in unserer Kita willkommen.",
        "Unser junges Unternehmen heißt dich willkommen.",
    ],
)
def test_young_things_welcomed_are_not(text: str) -> None:
    assert not _checks(_ad(text), "age-coded")


@pytest.mark.parametrize(
    "text",
    [
        "Du kannst lange Zeit stehen.",
        "Normales Farbsehvermögen ist Voraussetzung.",
        "Farbtüchtigkeit ist erforderlich.",
    ],
)
def test_physical_demands_on_desk_work(text: str) -> None:
    assert _checks(_ad(text), "ability-coded")


def test_physical_demands_in_warehouse_work_are_not_a_concern() -> None:
    r = _ad("Du hebst Pakete bis 20 kg.", title="Lagerfachkraft (m/w/d)")
    assert all(level != "concern" for level, _ in _checks(r, "ability-coded"))


@pytest.mark.parametrize(
    "text",
    ["Das Projekt läuft schon längere Zeit.", "Du gehst offen auf Menschen zu."],
)
def test_no_physical_demand(text: str) -> None:
    assert not _checks(_ad(text), "ability-coded")


# ---- answers: non-answers, intent of others, inputs counted, results pending
@pytest.mark.parametrize(
    "note",
    [
        "asked about promotion data, she changed the subject to snacks",
        "re fairness: 'the algorithm is objective anyway'",
        "Frage nach Überstunden: 'das ist Sache der Teamleitung'",
        "re gender split: 'we promote on merit, nothing else'",
        "Personalleiter: 'bei uns beschwert sich keiner, niemand beschwert sich'",
        "the CTO wants to add model cards at some stage",
        "they'd love to run a pay audit, time permitting",
        "pilot of pay bands in one unit, results pending",
        "data platform: 'modern', no catalog yet",
        "we spent $20,000 on inclusion workshops",
        "20 sign-ups for the new mentoring scheme",
        "we have 2 DEI officers and 4 ERGs",
        "Ethik-Checkliste für Modelle existiert",
        "Gleichstellungsbudget wurde im Frühjahr gestrichen",
    ],
)
def test_vague_notes(note: str) -> None:
    a = analyze_answer(note)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (
        a.suggested_rating,
        a.counts(),
    )


@pytest.mark.parametrize(
    "note",
    [
        "Ana founded the women's ERG in 2022; 5 members promoted since, attrition 14% -> 6%",
        "bias test in CI since v3 (owner: Kai); gap in loan approvals 9pt → 2pt",
        "we spent $20,000 on interview training in 2024 and offer acceptance rose from 40% to 55%",
        "Checklist for every model release since 2023; 3 releases blocked, all fixed before launch",
    ],
)
def test_concrete_notes(note: str) -> None:
    a = analyze_answer(note)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, (
        a.suggested_rating,
        a.counts(),
    )


@pytest.mark.parametrize(
    "note",
    [
        "they started talking about a returnship, nothing decided",
        "we want to set up a pay audit next year",
    ],
)
def test_starts_that_are_talk_are_no_deed(note: str) -> None:
    a = analyze_answer(note)
    assert "past-action" not in a.counts(), a.counts()
    assert a.suggested_rating is None or a.suggested_rating <= 2, (a.suggested_rating, a.counts())
