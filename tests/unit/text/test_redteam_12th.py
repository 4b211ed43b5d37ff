"""Twelfth probe round (issue 11, helper redteam12): the classes its probes found wrong, each on
sentences written for this file (none is from the probe, the issue or the corpora).

- work arrangement: days out of the five of a week ("an 2 von 5 Tagen"), weekdays after a bare
  office label or a verb ("office on Mondays", "Bürotage: Di, Do", "im Büro sind wir dienstags"),
  visits written "2x per week", a split in shares ("70% office, 30% home"), a home share said
  with a verb ("WFH is possible up to 40%");
- languages: a contrast before "not required" leaves the language a plus; German level
  compounds ("Muttersprachenniveau") are proficiency words;
- exclusion: on one's feet for most of the day; clearances with a compartment; Bürgerrecht;
  Arbeitsbewilligung as a right to work.
"""

from __future__ import annotations

import pytest

from askback.text.conditions import of_five_rx
from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with the claims and fraud teams to turn data into decisions. "
    "You will build reports, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit den Teams für Schaden und Betrug und machst aus Daten Entscheidungen. "
    "Du baust Berichte, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Claims Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


def levels(r: AdReport, check: str) -> list[str]:
    return [f.level.value for f in r.findings if f.check == check]


@pytest.mark.parametrize(
    ("line", "lang", "days"),
    [
        ("Im Büro an 2 von 5 Wochentagen.", "de", 2.0),
        ("Anwesenheit vor Ort: 4 von 5 Tagen", "de", 4.0),
        ("Mobil arbeitest du an 2 von 5 Tagen.", "de", 3.0),
        ("Homeoffice an 1 von 5 Arbeitstagen", "de", 4.0),
        ("3 out of 5 days on site, the rest from home.", "en", 3.0),
        ("We are in the office two of five days.", "en", 2.0),
        ("Remote on 2 out of 5 working days.", "en", 3.0),
    ],
)
def test_days_out_of_five(line: str, lang: str, days: float) -> None:
    r = ad(line, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    "line",
    [
        "Our app is rated 4 out of 5 by office managers.",
        "Wir liegen bei 4 von 5 Sternen.",
        "3 of 5 teams use our tool.",
    ],
)
def test_out_of_five_without_days_is_no_arrangement(line: str) -> None:
    assert ad(line).work_arrangement == "not_stated"


@pytest.mark.parametrize(
    ("line", "lang", "days"),
    [
        ("Hybrid set-up: office on Wednesdays and Fridays.", "en", 2.0),
        ("Hybrid, office Tue & Wed & Thu.", "en", 3.0),
        ("In-office days: Mon/Wed", "en", 2.0),
        ("Bürotage: Di, Do", "de", 2.0),
        ("Präsenztage: Montag und Mittwoch", "de", 2.0),
        ("Hybrid. Im Büro sind wir dienstags und freitags.", "de", 2.0),
        ("Hybrid working, in the office we meet Mondays and Thursdays.", "en", 2.0),
    ],
)
def test_office_weekdays_after_a_bare_office_or_a_verb(line: str, lang: str, days: float) -> None:
    r = ad(line, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    "line",
    [
        "Hybrid. Our office is closed on Fridays.",
        "Hybrid. Team lunches on Mondays and Thursdays.",
    ],
)
def test_weekdays_not_said_of_the_office_count_no_days(line: str) -> None:
    r = ad(line)
    assert r.work_arrangement == "hybrid" and r.office_days is None


@pytest.mark.parametrize("line", ["Meetings: Mondays and Wednesdays.", "Office supplies: Tue/Thu"])
def test_weekdays_alone_are_no_arrangement(line: str) -> None:
    assert ad(line).work_arrangement == "not_stated"


@pytest.mark.parametrize(
    ("line", "lang", "days"),
    [
        ("Hybrid: 3x per week at our Leeds office.", "en", 3.0),
        ("On-site 2x/week, otherwise from home.", "en", 2.0),
        ("Im Büro 3x pro Woche, sonst mobil.", "de", 3.0),
        ("2 times a week in the office.", "en", 2.0),
    ],
)
def test_visits_written_with_x(line: str, lang: str, days: float) -> None:
    r = ad(line, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


def test_deploys_a_week_are_no_arrangement() -> None:
    assert ad("We ship to production 4x per week.").work_arrangement == "not_stated"


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("Split: 70% office, 30% home.", 3.5),
        ("40% remote / 60% on-site", 3.0),
        ("Arbeitsmodell: 60 % Büro, 40 % Homeoffice", 3.0),
    ],
)
def test_share_split(line: str, days: float) -> None:
    r = ad(line, "de" if "Büro" in line else "en")
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    "line",
    [
        "WFH is possible up to 40% of the week.",
        "Working from home is allowed up to 60%.",
        "Homeoffice ist bis zu 40 % möglich.",
    ],
)
def test_home_share_with_a_verb(line: str) -> None:
    assert ad(line, "de" if "möglich" in line else "en").work_arrangement == "hybrid"


def test_share_without_a_place_is_no_arrangement() -> None:
    assert ad("Our revenue is 60% product, 40% services.").work_arrangement == "not_stated"


def langs(r: AdReport) -> dict[str, bool]:
    return {x.language: x.required for x in r.language_requirements if not x.implied}


@pytest.mark.parametrize(
    ("line", "lang", "language"),
    [
        ("Danish would be nice but is not required.", "en", "Danish"),
        ("Some Greek helps, though it is not essential.", "en", "Greek"),
        ("Tschechisch wäre ein Gewinn, aber nicht zwingend.", "de", "Czech"),
    ],
)
def test_wished_for_but_not_required_is_a_plus(line: str, lang: str, language: str) -> None:
    assert langs(ad(line, lang)).get(language) is False


@pytest.mark.parametrize(
    ("line", "lang", "language"),
    [
        ("Danish is not required.", "en", "Danish"),
        ("Tschechisch ist nicht erforderlich.", "de", "Czech"),
    ],
)
def test_not_required_alone_is_not_asked(line: str, lang: str, language: str) -> None:
    assert language not in langs(ad(line, lang))


@pytest.mark.parametrize(
    "line",
    [
        "Spanisch auf Muttersprachenniveau.",
        "Niederländisch auf Muttersprachler-Niveau.",
        "Italienisch auf muttersprachenähnlichem Niveau.",
    ],
)
def test_native_level_compounds(line: str) -> None:
    r = ad(line, "de")
    assert any(x.native and not x.implied for x in r.language_requirements)


def test_level_compound_reads_as_proficiency() -> None:
    assert langs(ad("Englisch auf Verhandlungsniveau.", "de")).get("English") is True


@pytest.mark.parametrize(
    "line",
    [
        "You must be able to stay on your feet for most of the shift.",
        "Must be able to remain on their feet for long periods.",
        "Being on your feet all day is part of the job.",
    ],
)
def test_on_ones_feet(line: str) -> None:
    assert levels(ad(line), "ability-coded")


@pytest.mark.parametrize(
    "line", ["We put our customers on their feet again.", "Stand on your own feet as a leader."]
)
def test_feet_look_alikes(line: str) -> None:
    assert not levels(ad(line), "ability-coded")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("An active TS/SCI clearance is required.", "en"),
        ("Must hold a Secret/SCI clearance.", "en"),
        ("Österreichisches Bürgerrecht erforderlich.", "de"),
        ("Schweizer Bürgerrecht ist Voraussetzung.", "de"),
    ],
)
def test_citizenship_and_clearance_are_conditions(line: str, lang: str) -> None:
    got = levels(ad(line, lang), "nationality-coded")
    assert got and "concern" not in got


def test_buergerrecht_look_alike() -> None:
    assert not levels(ad("Du berätst zu Fragen des Bürgerrechts.", "de"), "nationality-coded")


def test_arbeitsbewilligung_is_a_right_to_work() -> None:
    r = ad("Eine gültige Arbeitsbewilligung für die Schweiz ist Voraussetzung.", "de")
    found = [f for f in r.findings if f.check == "nationality-coded"]
    assert found and all(f.level.value == "info" for f in found)
    assert not any("Staatsangehörigkeit" in f.title or "itizenship" in f.title for f in found)


def test_of_five_rx_stays_in_its_clause() -> None:
    assert of_five_rx().search("im büro. danach 3 von 5 tagen") is None
    assert of_five_rx().search("im büro an 3 von 5 tagen") is not None
