"""Second-author probe (issue 11): work arrangement and languages on sentences written for this
file, in shapes the earlier rounds' lists did not hold (negated home office in other words,
"by arrangement" for remote work, five office days, the office share, languages said not to be
needed, a must-word for a language)."""

from __future__ import annotations

import pytest

from askback.text import conditions
from askback.text.doc import prepare
from askback.text.jobad import analyze

FILLER_EN = "\n\nYou will build reports and models with our analytics team every week.\n"
FILLER_DE = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"


def _arr(text: str) -> tuple[str, float | None]:
    filler = (
        FILLER_DE
        if any(w in text for w in ("Homeoffice", "Büro", " ist ", "Tage"))
        else (FILLER_EN)
    )
    a = conditions.arrangement(prepare(text + filler))
    return a.kind, a.office_days


@pytest.mark.parametrize(
    "text",
    [
        "This position is not eligible for remote work.",
        "The role is not eligible for telework.",
        "Remote working is unfortunately not available in this team.",
        "Homeoffice ist bei dieser Stelle leider nicht möglich.",
        "Mobiles Arbeiten ist in dieser Position nicht möglich.",
        "Remote-Arbeit ist für diese Rolle leider nicht vorgesehen.",
    ],
)
def test_home_office_said_not_to_be_possible_is_onsite(text: str) -> None:
    assert _arr(text)[0] == "onsite"


@pytest.mark.parametrize(
    "text",
    [
        "Remote-Arbeit nach Absprache möglich.",
        "Mobiles Arbeiten ist nach Rücksprache mit dem Team möglich.",
        "Homeoffice an einzelnen Tagen nach Vereinbarung.",
        "Working from home is possible by arrangement with your manager.",
        "Homeoffice: nach Abstimmung mit dem Team möglich.",
    ],
)
def test_remote_work_by_arrangement_is_hybrid(text: str) -> None:
    assert _arr(text)[0] == "hybrid"


@pytest.mark.parametrize(
    "text",
    [
        "In-person, five days a week at our Denver office.",
        "On site 5 days a week in Austin.",
        "Anwesenheit vor Ort an fünf Tagen pro Woche.",
        "Fünf Tage die Woche im Büro in Köln.",
    ],
)
def test_five_office_days_are_onsite(text: str) -> None:
    assert _arr(text) == ("onsite", 5.0)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hybrid: four days a week on site.", 4.0),
        ("Hybrid, with three days a week on site in Leeds.", 3.0),
        ("Büropräsenz: 2 Tage/Woche.", 2.0),
        ("Hybrid mit Präsenzpflicht: 3 Tage pro Woche.", 3.0),
        ("Flexible hybrid model: 60% in the office.", 3.0),
        ("Hybrid, around 40 % of the week on site.", 2.0),
        ("In the office four days a week; Fridays from home.", 4.0),
    ],
)
def test_office_days_in_other_words(text: str, days: float) -> None:
    assert _arr(text) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Work from home, anywhere in Canada.",
        "You can work remotely from anywhere in Portugal.",
        "WFH from anywhere within the EU.",
    ],
)
def test_home_work_from_anywhere_is_remote(text: str) -> None:
    assert _arr(text)[0] == "remote"


@pytest.mark.parametrize(
    "text",
    [
        "You will be based at our office in Leeds.",
        "The role is based in our Hamburg headquarters.",
    ],
)
def test_based_at_the_office_is_onsite_when_nothing_else_is_said(text: str) -> None:
    assert _arr(text)[0] == "onsite"


def test_based_at_the_office_with_home_days_stays_hybrid() -> None:
    assert _arr("You will be based at our office in Leeds, with two days a week from home.") == (
        "hybrid",
        3.0,
    )


def _langs(text: str, lang: str) -> dict[str, bool]:
    filler = FILLER_DE if lang == "de" else FILLER_EN
    report = analyze("Data Analyst\n" + text + filler * 8, lang=lang)
    return {r.language: r.required for r in report.language_requirements if not r.implied}


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Fluent English; German is not required.", "en", "German"),
        ("Excellent English. No French needed.", "en", "French"),
        ("Sehr gutes Englisch, Deutsch ist nicht erforderlich.", "de", "Deutsch"),
        ("Englisch fließend; Französisch wird nicht vorausgesetzt.", "de", "French"),
    ],
)
def test_a_language_said_not_to_be_needed_is_not_required(
    text: str, lang: str, absent: str
) -> None:
    got = _langs(text, lang)
    name = {"Deutsch": "German"}.get(absent, absent)
    assert not got.get(name, False), got
    assert got.get("English") is True, got


@pytest.mark.parametrize(
    ("text", "required", "plus"),
    [
        ("Deutschkenntnisse sind ein Plus, Englisch ist Pflicht.", "English", "German"),
        ("Französisch von Vorteil; Englisch ist ein Muss.", "English", "French"),
        ("Spanisch wäre ein Bonus, Deutsch (C1) ist Pflicht.", "German", "Spanish"),
    ],
)
def test_each_language_keeps_its_own_qualifier(text: str, required: str, plus: str) -> None:
    got = _langs(text, "de")
    assert got.get(required) is True, got
    assert got.get(plus) is False, got


@pytest.mark.parametrize(
    "text",
    ["Wir arbeiten vollständig vor Ort in Stuttgart.", "The team works exclusively on site."],
)
def test_work_only_at_the_office_is_onsite(text: str) -> None:
    assert _arr(text)[0] == "onsite"


# --- fifth round -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We don't offer remote working for this team.",
        "The company cannot support working from home in this role.",
        "Wir bieten leider kein Homeoffice an.",
        "Für diese Position ermöglichen wir kein mobiles Arbeiten.",
    ],
)
def test_remote_work_not_offered_said_verb_first_is_onsite(text: str) -> None:
    assert _arr(text)[0] == "onsite"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Präsenz im Büro Dienstag bis Donnerstag, sonst mobil.", 3.0),
        ("On site Monday to Wednesday; the rest of the week is up to you.", 3.0),
        ("Anwesenheit vor Ort von Montag bis Donnerstag.", 4.0),
    ],
)
def test_a_span_of_office_weekdays_short_of_the_week_is_hybrid(text: str, days: float) -> None:
    assert _arr(text) == ("hybrid", days)


@pytest.mark.parametrize(
    "text", ["Präsenz vor Ort: Mo.–Fr.", "Anwesenheit im Büro Mo - Fr, 8 bis 17 Uhr."]
)
def test_office_monday_to_friday_abbreviated_is_onsite(text: str) -> None:
    assert _arr(text)[0] == "onsite"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Präsenz im Büro Montag bis Donnerstag, freitags Homeoffice.", 4.0),
        ("In the office Monday to Thursday, Friday from home.", 4.0),
        ("On site Tuesday to Thursday, Monday and Friday remote.", 3.0),
    ],
)
def test_a_span_with_the_other_days_at_home_is_hybrid(text: str, days: float) -> None:
    assert _arr(text) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Vor Ort Montag bis Donnerstag 8-17 Uhr, Freitag 8-13 Uhr.",
        "On site Monday to Thursday 9-5, Friday 9-1.",
        "Anwesenheit im Büro Montag bis Mittwoch 8-16 Uhr, Donnerstag und Freitag 8-12 Uhr.",
    ],
)
def test_office_hours_that_name_the_other_days_are_not_hybrid(text: str) -> None:
    # The span is the long days of a full office week, not the office days of a hybrid one.
    assert _arr(text)[0] != "hybrid"


def test_a_working_week_span_without_the_office_is_not_an_arrangement() -> None:
    assert _arr("Arbeitszeit Montag bis Donnerstag, 8 bis 16 Uhr.")[0] == "not_stated"


@pytest.mark.parametrize(
    "text",
    ["Englisch als Erstsprache.", "Erstsprache Deutsch, Englisch gut.", "Deutsch (Erstsprache)."],
)
def test_first_language_wording_is_flagged_as_native_speaker(text: str) -> None:
    report = analyze("Data Analyst (m/w/d)" + FILLER_DE + text + FILLER_DE)
    assert any(r.native and not r.implied for r in report.language_requirements)
