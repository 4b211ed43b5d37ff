"""Round mop (2026-12-05, afternoon), sentences written for this file:

- home days with "otherwise / sonst / ansonsten / the rest in the office": the office has the
  rest of the week (5 less the home days, a range of home days a range of office days);
- German civil-service grades written before "besoldet" or a pay law's name ("A 13 besoldet",
  "nach A 13 BBesO"), and "ab A 10" as an open grade like "bis";
- an ordinal month's salary after a figure and "und" ("13tes Monatsgehalt") is no period and no
  top of a range;
- teams the candidate has led or worked in ("experience managing remote teams") are no
  arrangement of the job;
- a part of the company's headcount and where it works ("a third in engineering") is no result.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay_scale
from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze

FILL_EN = "We build data tools for hospitals. You will write SQL and Python every day."
FILL_DE = "Wir bauen Datenwerkzeuge für Kliniken. Du schreibst täglich SQL und Python."


def _ad(line: str, de: bool) -> str:
    fill = FILL_DE if de else FILL_EN
    return f"# Data Analyst\n\n{fill}\n\n{line}\n\n{fill}\n"


def _days(line: str, de: bool) -> tuple[str, float | None, float | None]:
    r = analyze(_ad(line, de))
    return r.work_arrangement, r.office_days, r.office_days_max


# ---------------------------------------------------------------- 1. the rest in the office


@pytest.mark.parametrize(
    ("line", "de", "low", "high"),
    [
        ("Homeoffice zweimal pro Woche, sonst arbeitest du im Büro.", True, 3, None),
        ("Mobiles Arbeiten einmal pro Woche, ansonsten vor Ort in Kassel.", True, 4, None),
        ("Ein- bis zweimal pro Woche Homeoffice, sonst im Büro.", True, 3, 4),
        ("Remote once a week, otherwise you are in the office.", False, 4, None),
        ("Work from home twice a week, otherwise at our Leeds office.", False, 3, None),
        ("WFH once or twice a week, otherwise in the office.", False, 3, 4),
        ("WFH 1-2x a week, otherwise in the office.", False, 3, 4),
        ("WFH two days a week, otherwise in the office.", False, 3, None),
        ("Homeoffice an 1 bis 2 Tagen pro Woche, ansonsten im Büro.", True, 3, 4),
    ],
)
def test_home_count_then_the_rest_in_the_office(
    line: str, de: bool, low: float, high: float | None
) -> None:
    assert _days(line, de) == ("hybrid", low, high)


@pytest.mark.parametrize(
    ("line", "de", "low", "high"),
    [
        # The office named with its count: the rest is at home, the count stays the office's.
        ("Im Büro zweimal pro Woche, sonst Homeoffice.", True, 2, None),
        ("In the office twice a week, otherwise remote.", False, 2, None),
        ("Im Homeoffice und einmal pro Woche im Büro.", True, 1, None),
        ("In the office once or twice a week.", False, 1, 2),
    ],
)
def test_office_count_stays_the_office(line: str, de: bool, low: float, high: float | None) -> None:
    assert _days(line, de) == ("hybrid", low, high)


_TIMES_EN = {"once": 1, "twice": 2}
_TIMES_DE = {"einmal": 1, "zweimal": 2, "dreimal": 3}


@settings(max_examples=40, deadline=None)
@given(
    de=st.booleans(),
    n=st.sampled_from([1, 2, 3]),
    home=st.sampled_from(
        ["Homeoffice", "Mobiles Arbeiten", "Remote", "WFH", "Work from home", "Homeoffice ist"]
    ),
    rest=st.sampled_from(["sonst", "ansonsten", "otherwise", "the rest"]),
)
def test_times_at_home_leave_the_rest_to_the_office(de: bool, n: int, home: str, rest: str) -> None:
    if de:
        word = {v: k for k, v in _TIMES_DE.items()}[n]
        line = f"{home} {word} pro Woche, {rest} im Büro."
    else:
        if n == 3:
            n = 2
        word = {v: k for k, v in _TIMES_EN.items()}[n]
        line = f"{home} {word} a week, {rest} in the office."
    kind, low, _ = _days(line, de)
    assert kind == "hybrid" and low == 5 - n, line


# ---------------------------------------------------------------- 2. Besoldung, grade first


def _find(text: str) -> str | None:
    return pay_scale.find(text, text.lower())


@pytest.mark.parametrize(
    ("text", "grade", "open_"),
    [
        ("Die Stelle wird mit A 13 besoldet.", "A 13", False),
        ("Die Stelle ist nach A 11 BBesO bewertet.", "A 11", False),
        ("Eingestellt wird nach A 9 LBesO.", "A 9", False),
        ("Der Dienstposten ist mit A 9 bis A 11 BBesO bewertet.", "A 11", True),
        ("Die Professur ist nach W 2 besoldet.", "W 2", False),
        ("Ab A 12 besoldet, je nach Laufbahn.", "A 12", True),
        ("Besoldung ab A 10.", "A 10", True),
        ("Besoldung bis A 13.", "A 13", True),
        ("Eingruppierung ab EG 11 TVöD.", "11", True),
    ],
)
def test_grade_before_the_law_or_besoldet(text: str, grade: str, open_: bool) -> None:
    label = _find(text)
    assert label is not None and grade in label, label
    assert pay_scale.grade_open(label) is open_, label


@pytest.mark.parametrize(
    "text",
    [
        "Fahren Sie über die A 9 bis Nürnberg, dann ab A 13 Richtung Ingolstadt.",
        "Sie haben Erfahrung mit A 13 BBesO und dem Besoldungsrecht.",
        "Unser Büro liegt an der A 7, Ausfahrt 12.",
    ],
)
def test_a_grade_without_its_law_is_no_scale(text: str) -> None:
    assert _find(text) is None


@settings(max_examples=40, deadline=None)
@given(
    letter=st.sampled_from("ABRW"),
    n=st.integers(1, 16),
    law=st.sampled_from(["BBesO", "LBesO", "besoldet", "Bundesbesoldungsordnung"]),
    lead=st.sampled_from(["nach ", "mit ", "", "gemäß "]),
)
def test_grade_first_property(letter: str, n: int, law: str, lead: str) -> None:
    label = _find(f"Die Stelle wird {lead}{letter} {n} {law} bewertet.")
    assert label is not None and f"{letter} {n}" in label and not pay_scale.grade_open(label)


# ---------------------------------------------------------------- 3. 13th month's salary


def _figs(line: str, de: bool = True) -> list[tuple[float | None, float | None, str | None]]:
    r = analyze(_ad(line, de))
    return [(f.minimum, f.maximum, f.period) for f in r.pay.figures]


@pytest.mark.parametrize(
    "line",
    [
        "Jahresgehalt ab 52.000 € und 13tes Monatsgehalt",
        "Jahresgehalt 52.000 € und ein 13-tes Monatsgehalt",
        "Gehalt: 54.000 € brutto und 14ten Monatslohn",
        "Jahresgehalt: 48.000 € und 13.Monatsgehalt",
    ],
)
def test_ordinal_month_after_und_is_no_period(line: str) -> None:
    figs = _figs(line)
    assert figs and all(p == "year" for _, _, p in figs), figs
    assert all(hi is None or hi >= 1000 for _, hi, _ in figs), figs


@pytest.mark.parametrize(
    "line",
    ["Wir bieten 58.000 € und 13tes Monatsgehalt.", "Wir bieten 61.000 € und 13-tes Monatsgehalt."],
)
def test_ordinal_month_never_makes_a_monthly_figure(line: str) -> None:
    assert all(p != "month" for _, _, p in _figs(line))


def test_ranges_and_monthly_pay_still_read() -> None:
    assert _figs("Gehalt zwischen 52.000 und 60.000 €.") == [(52000, 60000, "year")]
    assert _figs("Gehalt: 4.200 € brutto im Monat und 13. Monatsgehalt") == [(4200, 4200, "month")]
    assert _figs("Salary €60,000 and 13th month salary.", de=False) == [(60000, 60000, "year")]
    # A dot after a range's top of thousands ends a sentence, whatever word follows.
    assert _figs("Jahresgehalt zwischen 52.000 € und 60.000. Gehaltsbänder sind öffentlich.") == [
        (52000, 60000, "year")
    ]


@settings(max_examples=40, deadline=None)
@given(
    k=st.integers(40, 95),
    n=st.sampled_from(["13", "14"]),
    suffix=st.sampled_from(["tes ", "-tes ", "ten ", ". ", "."]),
    noun=st.sampled_from(["Monatsgehalt", "Monatslohn", "Gehalt"]),
)
def test_ordinal_property(k: int, n: str, suffix: str, noun: str) -> None:
    figs = _figs(f"Jahresgehalt {k}.000 € und {n}{suffix}{noun}")
    assert figs == [(k * 1000, k * 1000, "year")], figs


# ---------------------------------------------------------------- 4. teams the candidate led


@pytest.mark.parametrize(
    ("line", "de"),
    [
        ("You have led remote or hybrid teams of 10+ engineers.", False),
        ("Proven experience leading hybrid teams.", False),
        ("Ideally you have managed distributed and hybrid teams before.", False),
        ("Track record of leading remote teams across time zones.", False),
        ("Erfahrung in der Führung hybrider Teams.", True),
        ("Du hast bereits hybride Teams geführt.", True),
        ("Sie haben Erfahrung in der Leitung hybrider Teams.", True),
    ],
)
def test_led_teams_are_no_arrangement(line: str, de: bool) -> None:
    assert _days(line, de)[0] == "not_stated"


@pytest.mark.parametrize(
    ("line", "de", "kind"),
    [
        ("You have experience with Python and will join our hybrid team.", False, "hybrid"),
        ("We are a hybrid team based in Berlin.", False, "hybrid"),
        ("Sie haben Erfahrung, und Sie verstärken unser hybrides Team.", True, "hybrid"),
        ("This is a hybrid role. Experience leading remote teams.", False, "hybrid"),
        ("This is a remote role. Experience managing remote teams.", False, "remote"),
    ],
)
def test_the_ads_own_team_still_counts(line: str, de: bool, kind: str) -> None:
    assert _days(line, de)[0] == kind


@settings(max_examples=30, deadline=None)
@given(
    lead=st.sampled_from(
        [
            "Experience managing",
            "Proven experience leading",
            "You have led",
            "Track record of leading",
        ]
    ),
    way=st.sampled_from(["hybrid", "remote or hybrid", "hybrid and remote", "distributed, hybrid"]),
)
def test_led_teams_property(lead: str, way: str) -> None:
    assert _days(f"{lead} {way} teams.", False)[0] == "not_stated"


# ---------------------------------------------------------------- 5. part of the headcount


@pytest.mark.parametrize(
    "text",
    [
        "We are 40 people, about a third in engineering.",
        "We have 120 employees, half of them in sales and a quarter in support.",
        "Wir sind 40 Leute, rund ein Drittel davon in der Entwicklung.",
        "Wir haben 60 Mitarbeitende, 20 davon im Vertrieb.",
    ],
)
def test_part_of_headcount_is_no_number(text: str) -> None:
    assert analyze_answer(text).counts().get("number", 0) == 0


def test_results_after_a_headcount_still_count() -> None:
    a = analyze_answer("We are 200 people and we cut the pay gap by half in 2025.")
    assert a.counts().get("number") == 1
    b = analyze_answer("We have 80 staff, and 30% of them in leadership are women now.")
    assert b.counts().get("number") == 1


@settings(max_examples=30, deadline=None)
@given(
    n=st.integers(20, 900),
    part=st.sampled_from(["a third", "half", "about a quarter", "roughly 30%", "12 of them"]),
    dept=st.sampled_from(["engineering", "sales", "the warehouse", "our Berlin office"]),
)
def test_part_of_headcount_property(n: int, part: str, dept: str) -> None:
    a = analyze_answer(f"We are {n} people, {part} in {dept}.")
    assert a.counts().get("number", 0) == 0
