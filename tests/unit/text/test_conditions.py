"""Work arrangement and language requirements."""

from __future__ import annotations

import pytest

from askback.text import conditions
from askback.text.doc import prepare
from askback.text.jobad import analyze

FILLER = "\n\nWe are hiring a data analyst to build reports for our sales team.\n"


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("**Location:** Berlin (hybrid)", "hybrid", None),
        ("Hybrid working model: 3 days in office per week.", "hybrid", 3.0),
        ("Work Arrangement: Hybrid (2 days remote per week)", "hybrid", 3.0),
        ("- Fully remote, distributed across Europe.", "remote", 0.0),
        ("Location: Remote (Deutschland)", "remote", 0.0),
        ("This is an on-site role in Berlin, not remote.", "onsite", 5.0),
        ("Wir arbeiten in einem hybriden Modell mit 2 Tagen im Büro.", "hybrid", 2.0),
        ("Télétravail partiel possible.", "hybrid", None),
        ("Telecommute: No", "onsite", 5.0),
        ("We offer a great team and a modern office.", "not_stated", None),
    ],
)
def test_arrangement(text: str, kind: str, days: float | None) -> None:
    a = conditions.arrangement(prepare(text + FILLER))
    assert (a.kind, a.office_days) == (kind, days)


def test_hybrid_professional_is_not_an_arrangement() -> None:
    assert (
        conditions.arrangement(prepare("You are a hybrid data profile." + FILLER)).kind
        == "not_stated"
    )


@pytest.mark.parametrize(
    ("text", "gate", "languages"),
    [
        ("- Fluent English, written and spoken", "hard", {"English"}),
        ("- Fluent English (mandatory); French preferred", "hard", {"English", "French"}),
        ("- English fluency (Dutch is a plus)", "hard", {"English", "Dutch"}),
        ("- Sehr gute Deutsch- und Englischkenntnisse", "hard", {"German", "English"}),
        ("Anglais : un plus.", "soft", {"English"}),
        ("- Mentorship and German classes", "none", set()),
        ("Please submit your CV in English.", "none", set()),
        ("We sell in German-speaking markets.", "none", set()),
    ],
)
def test_language_requirements(text: str, gate: str, languages: set[str]) -> None:
    report = analyze("Data Analyst\n\nRequirements\n" + text + FILLER)
    assert report.language_gate == gate
    assert {r.language for r in report.language_requirements if not r.implied} == languages


def test_soft_language_keeps_its_own_bracket() -> None:
    reqs = conditions.language_requirements(prepare("- High English proficiency (Spanish valued)"))
    assert {(r.language, r.required) for r in reqs} == {("English", True), ("Spanish", False)}


def test_ad_language_is_implied_but_not_a_written_requirement() -> None:
    report = analyze(
        "Nous recherchons un analyste de données pour notre équipe à Paris. "
        "Tu travailles avec les équipes métiers et tu construis des tableaux de bord."
    )
    implied = [r for r in report.language_requirements if r.implied]
    assert [r.language for r in implied] == ["French"] and report.language_gate == "none"


# --- issue 11: work arrangement and languages, on sentences written for these tests ---


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("Homeoffice-Anteil bis 40 % möglich.", "hybrid", 3.0),
        ("Du kannst bis zu 60 % mobil arbeiten.", "hybrid", 2.0),
        ("Up to 20% remote work each week.", "hybrid", 4.0),
        ("Mobiles Arbeiten nach Absprache.", "hybrid", None),
        ("Remote work by arrangement with your lead.", "hybrid", None),
        ("Anwesenheit am Standort Montag bis Freitag.", "onsite", 5.0),
        ("You work in the office Monday to Friday.", "onsite", 5.0),
        ("Wir sind 3 Tage pro Woche im Büro.", "hybrid", 3.0),
        ("Es gibt zwei feste Bürotage.", "hybrid", 2.0),
        ("We ask for 3 office days per week.", "hybrid", 3.0),
        ("Two in-person days each week in Leeds.", "hybrid", 2.0),
    ],
)
def test_work_arrangement_in_english_and_german(text: str, kind: str, days: float | None) -> None:
    a = conditions.arrangement(prepare(f"Data Analyst\nÜber die Stelle\n{text}\nBewirb dich."))
    assert (a.kind, a.office_days) == (kind, days), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutsch (C1) zwingend, Englisch von Vorteil.", {"German": True, "English": False}),
        ("Englisch fließend, Französisch wünschenswert.", {"English": True, "French": False}),
        ("Fluent Dutch; German is a plus.", {"Dutch": True, "German": False}),
        ("Spanish a plus, English (B2) required.", {"Spanish": False, "English": True}),
        ("Sehr gute Deutsch- und Englischkenntnisse.", {"German": True, "English": True}),
    ],
)
def test_each_qualifier_belongs_to_the_nearest_language(
    text: str, expected: dict[str, bool]
) -> None:
    found = conditions.language_requirements(prepare(f"Analyst\n- {text}\n"))
    assert {r.language: r.required for r in found} == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Deutsch auf Muttersprachniveau erforderlich.", "German"),
        ("Englisch als Muttersprache.", "English"),
        ("Native French speaker.", "French"),
        ("Spanish as your mother tongue.", "Spanish"),
    ],
)
def test_native_speaker_wording_is_flagged_with_a_level_to_use_instead(
    text: str, language: str
) -> None:
    report = analyze(f"Analyst\nRequirements\n- {text}\n- SQL\n")
    finding = next(f for f in report.findings if f.check == "language")
    assert finding.data["native"] and finding.data["language"] == language
    assert "nationality" in finding.why and "C1" in finding.alternative


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Englisch auf Muttersprachniveau wünschenswert.", "English"),
        ("Native English is a plus.", "English"),
        ("Französisch als Muttersprache von Vorteil.", "French"),
    ],
)
def test_native_speaker_wording_as_a_plus_is_named_but_no_concern(text: str, language: str) -> None:
    report = analyze(f"Analyst\nRequirements\n- SQL\n- {text}\n")
    finding = next(
        f for f in report.findings if f.check == "language" and f.data["language"] == language
    )
    assert finding.data["native"] and not finding.data["required"]
    assert finding.level.value == "info" and "a plus" in finding.title
    assert "nationality" in finding.why and "C1" in finding.alternative


def test_native_speaker_wording_required_is_a_concern() -> None:
    report = analyze("Analyst\nRequirements\n- SQL\n- Deutsch auf Muttersprachniveau\n")
    finding = next(f for f in report.findings if f.check == "language")
    assert finding.data["native"] and finding.level.value == "concern"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Office attendance is required 3 days a week.", 3.0),
        ("Homeoffice an bis zu 2 Tagen pro Woche.", 3.0),
        ("We work on-site Mon-Fri.", 5.0),
    ],
)
def test_office_days_with_the_place_first(text: str, days: float) -> None:
    assert conditions.arrangement(prepare(f"Analyst\n{text}\n")).office_days == days


def test_days_per_fortnight_or_month_are_not_weekly_office_days() -> None:
    text = "Analyst\nHybrid: you'll be in the office one day every two weeks.\n"
    assert conditions.arrangement(prepare(text)).office_days is None


# --- Fifth round: new wordings of the same classes (docs/text-analysis-history.md) -----------

_EN = "\nWe are a software company hiring a backend engineer for our platform team. You build.\n"
_DE = "\nWir sind ein Softwareunternehmen und suchen eine Entwicklerin für unser Team. Du baust.\n"


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        ("You will be in office Tuesdays and Thursdays." + _EN, "hybrid", 2.0),
        ("Hybrid schedule: in-office on Mondays, Tuesdays, and Thursdays." + _EN, "hybrid", 3.0),
        ("Mondays and Fridays in the office, the rest from home." + _EN, "hybrid", 2.0),
        ("Dienstags und donnerstags im Büro, sonst mobil." + _DE, "hybrid", 2.0),
        ("Im Büro am Montag und Mittwoch, den Rest remote." + _DE, "hybrid", 2.0),
        ("Work from home two days a week." + _EN, "hybrid", 3.0),
        ("Remote-Anteil bis zu 40 %" + _DE, "hybrid", 3.0),
        ("Mobiles Arbeiten nach Absprache möglich" + _DE, "hybrid", None),
        ("Anwesenheit vor Ort von Montag bis Freitag" + _DE, "onsite", 5.0),
        ("This position is fully onsite." + _EN, "onsite", 5.0),
        ("Vollständig remote aus ganz Deutschland" + _DE, "remote", 0.0),
        ("Work remotely within the EU." + _EN, "remote", 0.0),
        ("Homeoffice ist leider nicht möglich." + _DE, "onsite", 5.0),
        ("Remote work is not an option for this role." + _EN, "onsite", 5.0),
        ("We work 60% from home and 40% in the office." + _EN, "hybrid", 2.0),
        ("Bis zu 2 Tage mobiles Arbeiten pro Woche" + _DE, "hybrid", 3.0),
    ],
)
def test_fifth_round_arrangements(text: str, kind: str, days: float | None) -> None:
    a = conditions.arrangement(prepare(text))
    assert (a.kind, a.office_days) == (kind, days)


@pytest.mark.parametrize(
    "text",
    [
        "Our support line is open Monday to Friday." + _EN,
        "Team lunch on Tuesdays and Thursdays." + _EN,
    ],
)
def test_weekdays_without_an_office_are_no_arrangement(text: str) -> None:
    assert conditions.arrangement(prepare(text)).kind == "not_stated"


def test_a_weekday_pair_beside_a_free_third_day_is_not_the_office_count() -> None:
    text = (
        "Hybrid. You work remotely for two days per week, with Mondays and Thursdays as team "
        "days in the office plus a third in-office day of your choosing." + _EN
    )
    assert conditions.arrangement(prepare(text)).office_days == 3.0


@pytest.mark.parametrize(
    ("text", "required", "plus"),
    [
        ("Französisch wünschenswert, fließendes Englisch erforderlich." + _DE, "English", "French"),
        ("Dutch is a plus; fluent German is a must." + _EN, "German", "Dutch"),
        (
            "Sehr gute Deutschkenntnisse (C1) sind Voraussetzung, Spanisch ist ein Plus." + _DE,
            "German",
            "Spanish",
        ),
        ("Nice to have: Italian. Must have: English (C1)." + _EN, "English", "Italian"),
        ("Englisch verhandlungssicher (Muss), Polnisch wünschenswert" + _DE, "English", "Polish"),
        ("Englisch: verhandlungssicher; Deutsch: gut (wünschenswert)" + _DE, "English", "German"),
        (
            "Kenntnisse in Französisch sind ein Plus, Englisch setzen wir voraus." + _DE,
            "English",
            "French",
        ),
        ("German would be an advantage; English is essential." + _EN, "English", "German"),
        ("Spanish preferred but English mandatory" + _EN, "English", "Spanish"),
    ],
)
def test_required_and_plus_languages_in_any_order(text: str, required: str, plus: str) -> None:
    reqs = {r.language: r.required for r in conditions.language_requirements(prepare(text))}
    assert reqs[required] is True
    assert reqs[plus] is False
