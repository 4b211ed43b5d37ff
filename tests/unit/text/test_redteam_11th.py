"""Eleventh probe round (issue 11, helper redteam11): the classes its probes found wrong, each on
sentences written for this file (none is from the probe, the issue or the corpora).

- answers: a number that counts what was put in (meetings, workshops, bodies, rooms, times it was
  said, people at an event) is no outcome: with nothing else to check, the answer is weak;
- work arrangement: a share of the week at the office ("Büro-Pflicht 60 %"), the whole week at
  home on offer ("Homeoffice ist zu 100 % möglich"), mostly at home with office days in German,
  "(vor Ort)" beside a place of work;
- exclusion: an age range said with the verb first ("Idealerweise sind Sie zwischen 30 und 40
  Jahre alt"), a ceiling on years since graduation, walking a distance, full use of both hands,
  a right to work in a named country (a condition, not citizenship).
"""

from __future__ import annotations

import pytest

from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with the risk and pricing teams to turn data into decisions. "
    "You will build reports, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit den Teams für Risiko und Preise und machst aus Daten Entscheidungen. "
    "Du baust Berichte, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Pricing Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


def checks(r: AdReport, check: str) -> list[str]:
    return [f.level.value for f in r.findings if f.check == check]


# ---- answers: counts of inputs are not outcomes
@pytest.mark.parametrize(
    "notes",
    [
        "There were 6 lunch-and-learn sessions last spring and they were well received.",
        "There are 2 women's networks and 3 committees on inclusion.",
        "Our building has 6 floors and 20 quiet rooms.",
        "Our founder talked about fairness 3 times at the offsite.",
        "Around 80 people came to our Diversity Day event.",
        "Wir hatten 5 Schulungen zu Vorurteilen, das Feedback war gut.",
        "Es gibt bei uns 2 Gremien und 4 Arbeitsgruppen dazu.",
    ],
)
def test_input_counts_are_weak(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())


@pytest.mark.parametrize(
    "notes",
    [
        "We ran 12 workshops for hiring managers in 2024; the share of women among new hires "
        "went from 21% to 34%.",
        "Seit 2023 gibt es 4 Schulungen pro Jahr; der Frauenanteil in Führung stieg von 20 % auf "
        "33 %.",
        "9 of our 20 team leads work part-time since January 2024.",
    ],
)
def test_counts_beside_an_outcome_or_share_stay_concrete(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, (notes, a.counts())


# ---- work arrangement
@pytest.mark.parametrize(
    "line, kind",
    [
        ("Büropflicht: 50 %.", "hybrid"),
        ("Büro-Präsenz mindestens 40 %.", "hybrid"),
        ("Office presence: 60%.", "hybrid"),
        ("Mobiles Arbeiten ist bei uns zu 100 % möglich.", "remote"),
        ("Sie arbeiten hauptsächlich remote, mit zwei Präsenztagen im Quartal.", "hybrid"),
        ("Du bist vorwiegend im Homeoffice und kommst für Workshops ins Büro.", "hybrid"),
        ("Einsatzort: Leipzig (vor Ort)", "onsite"),
    ],
)
def test_arrangement_german_shapes(line: str, kind: str) -> None:
    lang = "en" if line.startswith("Office") else "de"
    assert ad(line, lang).work_arrangement == kind, line


@pytest.mark.parametrize(
    "line",
    [
        "Microsoft Office: sehr gute Kenntnisse.",
        "Unser Büro ist 10 Minuten vom Bahnhof entfernt.",
        "Wir bauen Software für Fernwartung vor Ort beim Kunden.",
    ],
)
def test_arrangement_look_alikes_not_read(line: str) -> None:
    assert ad(line, "de").work_arrangement == "not_stated", line


# ---- exclusion
@pytest.mark.parametrize(
    "line, lang, check",
    [
        ("Idealerweise sind Sie zwischen 30 und 40 Jahre alt.", "de", "age-coded"),
        ("At most 2 years since graduation.", "en", "age-coded"),
        ("Must be able to walk 3 miles a day between sites.", "en", "ability-coded"),
        ("Requires full use of hands and arms.", "en", "ability-coded"),
    ],
)
def test_exclusion_shapes(line: str, lang: str, check: str | None) -> None:
    r = ad(line, lang)
    if check is None:
        return
    assert checks(r, check), (line, [f.check for f in r.findings])


def test_right_to_work_is_a_condition_not_citizenship() -> None:
    r = ad("Applicants need the right to work in Ireland.")
    fs = [f for f in r.findings if f.check == "nationality-coded"]
    assert fs and all(f.level.value == "info" for f in fs)
    assert not any("itizenship" in f.title for f in fs)


@pytest.mark.parametrize(
    "line",
    [
        "We believe in everyone's right to work in a safe place.",
        "You will walk the team through the quarterly numbers.",
        "Graduation rates rose 5 years in a row.",
        "Our youngest colleague is 19, our oldest 64.",
    ],
)
def test_exclusion_look_alikes(line: str) -> None:
    r = ad(line)
    bad = [
        f.check for f in r.findings if f.area.value == "exclusionary" and f.level.value == "concern"
    ]
    assert not bad, (line, bad)
    assert not checks(r, "nationality-coded"), line


def test_office_share_stays_on_its_line() -> None:
    r = ad("Team events in and out of the office\n\n25% staff discount at partner shops.")
    assert r.work_arrangement == "not_stated"


@pytest.mark.parametrize(
    "line, lang, kind",
    [
        ("Arbeitszeitmodell: 60/40 Homeoffice und Büro.", "de", "hybrid"),
        ("Vor Ort an 2 von 5 Tagen, sonst mobil.", "de", "hybrid"),
        ("We work 50/50 office and home.", "en", "hybrid"),
    ],
)
def test_split_week(line: str, lang: str, kind: str) -> None:
    assert ad(line, lang).work_arrangement == kind, line


def test_split_week_look_alike() -> None:
    assert ad("Our churn fell 50/50 across segments.").work_arrangement == "not_stated"


@pytest.mark.parametrize(
    "line, check",
    [
        ("Ideally you are in your early thirties.", "age-coded"),
        ("We need someone young and hungry for growth.", "age-coded"),
        ("Must distinguish colors on charts.", "ability-coded"),
        ("You must be eligible to work in Canada.", "nationality-coded"),
    ],
)
def test_second_pass_exclusion(line: str, check: str) -> None:
    assert checks(ad(line), check), line


def test_users_in_their_twenties_are_not_the_applicant() -> None:
    assert not checks(ad("Most of our users are in their 20s."), "age-coded")


def test_champions_are_an_input_count() -> None:
    a = analyze_answer("There are 8 inclusion ambassadors; people seem happy.")
    assert a.suggested_rating is not None and a.suggested_rating <= 2, a.counts()
