"""Sixth probe round (issue 11): shapes the earlier rounds missed. A single office day said in
German ("ein Tag pro Woche im Büro"), office days counted per month, a home share said in
English with home first ("work from home up to 40%"), a share after a colon ("Homeoffice: 50 %"),
a whole week on site said as a share ("100% on-site"), long sitting as a physical demand, and
"competitive" before benefits. Every sentence is written for this file."""

from __future__ import annotations

import pytest

from askback.text import conditions
from askback.text.doc import prepare
from askback.text.jobad import analyze

FILLER_EN = "\n\nYou will build reports and models with our analytics team every week.\n"
FILLER_DE = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"
FILLER = "You will model churn, build dashboards and explain results to the product team. " * 6


def _arr(text: str, de: bool) -> tuple[str, float | None]:
    a = conditions.arrangement(prepare(text + (FILLER_DE if de else FILLER_EN)))
    return a.kind, a.office_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Mindestens ein Tag pro Woche im Office.", 1.0),
        ("Ein Tag pro Woche im Büro ist gesetzt.", 1.0),
        ("Mindestens 1 Tag pro Woche im Büro.", 1.0),
        ("Wir sehen uns einen Tag pro Woche im Büro.", 1.0),
    ],
)
def test_one_office_day_in_german(text: str, days: float) -> None:
    assert _arr(text, de=True) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Ein Tag pro Monat im Büro.",
        "2 Tage pro Monat im Büro.",
        "Two days a month in the office.",
    ],
)
def test_days_a_month_are_no_weekly_office_days(text: str) -> None:
    assert _arr(text, de="Büro" in text)[1] is None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Work from home up to 40% of the time.", 3.0),
        ("Working from home up to 60%.", 2.0),
        ("WFH up to 20% of your week.", 4.0),
        ("Home working up to 40%.", 3.0),
    ],
)
def test_home_share_said_home_first_in_english(text: str, days: float) -> None:
    assert _arr(text, de=False) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Homeoffice: 50 %", 2.5),
        ("Homeoffice-Anteil: bis zu 60 %", 2.0),
        ("Mobiles Arbeiten: 40 %", 3.0),
    ],
)
def test_home_share_after_a_colon(text: str, days: float) -> None:
    assert _arr(text, de=True) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("This role is 100% on-site.", False),
        ("We are 100% in the office.", False),
        ("The job is 100% onsite in Denver.", False),
        ("Du arbeitest zu 100 % vor Ort.", True),
        ("Die Stelle ist 100 % im Büro.", True),
    ],
)
def test_a_whole_week_on_site_as_a_share(text: str, de: bool) -> None:
    assert _arr(text, de) == ("onsite", 5.0)


@pytest.mark.parametrize(
    "text",
    [
        "Our home team is 100% dedicated to quality.",
        "We are 100% committed to your growth.",
        "Homeward travel is covered 100%.",
    ],
)
def test_shares_that_are_not_about_the_place_of_work(text: str) -> None:
    assert _arr(text, de=False)[0] == "not_stated"


def _levels(text: str, title: str = "Financial Analyst") -> dict[str, str]:
    return {f.check: f.level.value for f in analyze(f"{title}\n{text}\n{FILLER}").findings}


@pytest.mark.parametrize(
    "text",
    [
        "Requires prolonged sitting and standing.",
        "Extended periods of sitting at a computer.",
        "Prolonged sitting or walking is part of the job.",
        "Must manage lengthy periods of sitting.",
    ],
)
def test_long_sitting_as_a_demand_is_ability_coded(text: str) -> None:
    assert _levels(text).get("ability-coded") == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "Avoid prolonged sitting with our standing desks.",
        "We have lengthy sitting meetings only once a quarter.",
        "Extended sitting room for guests.",
    ],
)
def test_sitting_that_is_no_demand(text: str) -> None:
    assert "ability-coded" not in _levels(text)


def _gender(text: str) -> list[str]:
    r = analyze(f"Data Analyst\n\n{text}\n\n{FILLER}")
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


@pytest.mark.parametrize(
    "text",
    [
        "Competitive salary, competitive holidays.",
        "Generous and competitive holiday allowance.",
        "Competitive PTO and healthcare.",
        "A competitive vacation policy.",
    ],
)
def test_competitive_before_benefits_is_no_trait(text: str) -> None:
    assert "competitive" not in _gender(text)


@pytest.mark.parametrize(
    "text",
    [
        "You are competitive and ambitious.",
        "A competitive, driven person who thrives under pressure.",
    ],
)
def test_competitive_as_a_trait_still_counts(text: str) -> None:
    assert "competitive" in _gender(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1 Bürotag pro Woche.", "1 office day a week"),
        ("2 Bürotage pro Woche.", "2 office days a week"),
    ],
)
def test_office_day_count_in_the_title_reads_right(text: str, want: str) -> None:
    r = analyze(f"Data Analyst (m/w/d)\n\n{text}\n{FILLER_DE}")
    assert any(want in f.title for f in r.findings if f.check == "remote")


def _pay(text: str) -> tuple[float | None, float | None, str | None, str | None]:
    r = analyze(f"Data Analyst\n\nWe build things for our clients every day.\n\n{text}\n")
    return r.pay.minimum, r.pay.maximum, r.pay.currency, r.pay.period


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Salary: 64 000–72 000 SEK per month", (64000, 72000, "SEK", "month")),
        ("Salary: 68,000 DKK a month", (68000, 68000, "DKK", "month")),
        ("Lønn: NOK 75 000 per month", (75000, 75000, "NOK", "month")),
        ("Salary: 42 000 - 48 000 SEK", (42000, 48000, "SEK", "month")),
        ("Salary: 650,000 NOK per year", (650000, 650000, "NOK", "year")),
        ("Salary: 540,000 SEK", (540000, 540000, "SEK", "year")),
    ],
)
def test_crowns_keep_a_monthly_period(text: str, want: tuple[float, float, str, str]) -> None:
    assert _pay(text) == want


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Salary: 64,000 EUR per month", "year"),  # a euro month that size is a year's pay
        ("Salary: 42,000 EUR", "year"),
    ],
)
def test_euro_ceilings_are_unchanged(text: str, period: str) -> None:
    assert _pay(text)[3] == period


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Hours 9-5pm, Salary: 28,000", 28000, 28000),
        ("Hours 9am-5pm. Salary: 31,500", 31500, 31500),
        ("Location: Leeds | Salary: 30,000 - 34,000 per year", 30000, 34000),
        ("Full time, salary: 41,000", 41000, 41000),
        ("Contract: permanent; Pay: 36,000 to 39,000", 36000, 39000),
    ],
)
def test_a_pay_label_after_another_item_on_its_line(text: str, lo: float, hi: float) -> None:
    assert _pay(text)[:2] == (lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "We review pay yearly. Team size: 12,000 people",
        "Full time, salary reviewed: 2,000 staff",
        "Hours 9am-5pm. Bonus pay: 5,000",
        "Start 9am. Relocation: 12,000",
        "Our staff of 20,000. Salary: competitive",
    ],
)
def test_mid_line_figures_that_are_not_pay(text: str) -> None:
    assert _pay(text)[0] is None


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Remote work: not possible", False),
        ("Working from home: not available", False),
        ("Remote: not offered for this role", False),
        ("Homeoffice: nicht möglich", True),
        ("Mobiles Arbeiten: nicht vorgesehen", True),
    ],
)
def test_remote_said_not_possible_after_a_colon(text: str, de: bool) -> None:
    assert _arr(text, de)[0] == "onsite"


def test_remote_not_possible_at_first_then_hybrid_stays_hybrid() -> None:
    assert _arr("Remote work: not possible during probation, then 2 days a week", de=False)[0] == (
        "hybrid"
    )


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Anwesenheit im Büro an mindestens 3 Tagen.", 3.0),
        ("Du bist im Büro an zwei Tagen pro Woche.", 2.0),
        ("Im Büro an einem Tag pro Woche.", 1.0),
        ("Wir sehen uns vor Ort an 4 Tagen.", 4.0),
    ],
)
def test_office_days_said_with_an(text: str, days: float) -> None:
    assert _arr(text, de=True) == ("hybrid", days)


@pytest.mark.parametrize(
    "text", ["Wir sind vor Ort an 3 Standorten.", "Im Büro an der Alster arbeiten 40 Leute."]
)
def test_an_with_no_days_is_no_office_count(text: str) -> None:
    assert _arr(text, de=True)[0] == "not_stated"


@pytest.mark.parametrize(
    "text",
    [
        "Ambitious roadmap for 2027.",
        "We have ambitious timelines.",
        "Ambitious expansion into new markets.",
        "An ambitious growth plan.",
    ],
)
def test_ambitious_plans_are_no_trait(text: str) -> None:
    assert "ambitious" not in _gender(text)


@pytest.mark.parametrize(
    "text", ["An ambitious analyst who wants to grow.", "You are ambitious and driven."]
)
def test_ambitious_people_still_count(text: str) -> None:
    assert "ambitious" in _gender(text)
