"""Ninth probe round (issue 11, helper redteam9): the office by another name ("hub", "studio",
"campus"), remote work with meetups now and then, one office weekday in the plural and short
weekday names in a list. Every sentence is written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with sales and support teams to turn data into decisions. "
    "You will build reports, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit Vertriebs- und Supportteams und machst aus Daten Entscheidungen. "
    "Du baust Berichte, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Revenue Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


# ---- work arrangement: the office by another name


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hybrid setup: 2 days a week at our Leipzig hub, otherwise from home.", 2),
        ("Hybrid: one day per week at the hub, the rest remote.", 1),
        ("Hybrid role with three days a week in the studio.", 3),
        ("Hybrid: 4 days a week on our campus near Oxford.", 4),
        ("Two days a week you will join us at our campus in Lyon.", 2),
    ],
)
def test_office_by_another_name_counts_its_days(text: str, days: float) -> None:
    r = ad(text)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Remote, with quarterly meetups somewhere in Europe.", "en"),
        ("Remote, with two offsites a year.", "en"),
        ("Remote, with annual company retreats.", "en"),
        ("Remote, mit Team-Treffen zweimal im Jahr.", "de"),
    ],
)
def test_remote_with_meetups_is_remote(text: str, lang: str) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("remote", 0)


def test_workshops_named_remote_are_not_an_arrangement() -> None:
    assert ad("We run remote workshops with clients and team events.").work_arrangement != "remote"


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Hybrid: in the office on Tuesdays.", "en", 1),
        ("Hybrid working, Thursdays in the office.", "en", 1),
        ("Hybrid: donnerstags Teamtag im Büro.", "de", 1),
        ("Hybrid: dienstags im Büro, sonst mobil.", "de", 1),
        ("Hybrid working: Tue, Thu and Fri in the office.", "en", 3),
        ("Hybrid: Mon & Wed in the office.", "en", 2),
        ("Hybrides Arbeiten: Di, Do im Büro.", "de", 2),
        ("Hybrid: Mo, Mi und Fr im Büro.", "de", 3),
    ],
)
def test_office_weekdays_short_or_alone_count(text: str, lang: str, days: float) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri"]


@given(st.lists(st.sampled_from(range(5)), min_size=2, max_size=4, unique=True))
def test_short_weekday_lists_count_each_day(picked: list[int]) -> None:
    names = [SHORT[i] for i in sorted(picked)]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    r = ad(f"Hybrid working: {listed} in the office.")
    assert r.office_days == len(picked)


# ---- pay: one figure said to be the salary, the dollar written out, "or more"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The salary is 62k.", 62_000),
        ("Your base salary is 74,000 a year.", 74_000),
        ("The starting salary will be 58,500.", 58_500),
        ("Das Gehalt beträgt 64.000 im Jahr.", 64_000),
    ],
)
def test_one_figure_said_to_be_the_salary(text: str, amount: float) -> None:
    r = ad(text, "de" if "Gehalt" in text else "en")
    assert r.pay.stated and (r.pay.minimum, r.pay.maximum) == (amount, amount)


def test_a_figure_after_salary_words_that_is_not_pay() -> None:
    r = ad("Salary reviews happen once a year. We have 50k users.")
    assert not r.pay.stated


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("Hourly rate of 38 to 46 dollars.", 38, 46, "hour"),
        ("We pay between 52 and 60 dollars an hour.", 52, 60, "hour"),
        ("Salary range: 95,000 to 120,000 dollars per year.", 95_000, 120_000, "year"),
    ],
)
def test_dollars_written_out_are_the_currency(
    text: str, low: float, high: float, period: str
) -> None:
    r = ad(text)
    assert (r.pay.minimum, r.pay.maximum, r.pay.currency, r.pay.period) == (
        low,
        high,
        "USD",
        period,
    )
    assert "currency" not in r.pay.guessed


def test_dollars_raised_are_not_pay() -> None:
    assert not ad("We raised 8 million dollars in our last round.").pay.stated


@pytest.mark.parametrize("text", ["Salary: 120,000+ USD", "Compensation: 95,000+ EUR per year"])
def test_a_plus_is_a_minimum_with_its_written_currency(text: str) -> None:
    r = ad(text)
    assert r.pay.minimum is not None and r.pay.maximum is None
    assert r.pay.currency in ("USD", "EUR") and "currency" not in r.pay.guessed


@given(st.integers(min_value=40, max_value=180), st.sampled_from(["USD", "EUR", "dollars"]))
def test_plus_figures_parse_as_minimum(k: int, code: str) -> None:
    r = ad(f"Salary: {k},000+ {code} per year")
    assert (r.pay.minimum, r.pay.maximum) == (k * 1000, None)


# ---- requirements: the heading's comma list on the next line


def bare_ad(fragment: str, lang: str = "en") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# Revenue Analyst\n\n{intro}\n{fragment}\n\n{intro}")


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("REQUIREMENTS:\nExcel, Looker, dbt, 2 years in finance", "en", 4),
        ("What you bring:\nSQL, Tableau and a degree", "en", 3),
        ("Requirements\nPython, SQL, statistics", "en", 3),
        ("Dein Profil:\nSQL, Power BI, Excel, 3 Jahre Erfahrung", "de", 4),
    ],
)
def test_comma_list_under_its_heading_counts_its_items(text: str, lang: str, n: int) -> None:
    assert bare_ad(text, lang).must_haves == n


def test_a_sentence_under_the_heading_is_no_comma_list() -> None:
    r = bare_ad("Requirements:\nYou will need SQL, Python and Airflow, and shipped models.")
    assert r.must_haves != 4


TOOLS = ["SQL", "Python", "Airflow", "dbt", "Looker", "Excel", "Spark", "Kafka"]


@given(st.lists(st.sampled_from(TOOLS), min_size=2, max_size=6, unique=True))
def test_comma_lists_under_a_heading_count_each_tool(tools: list[str]) -> None:
    assert bare_ad("Requirements:\n" + ", ".join(tools)).must_haves == len(tools)


# ---- exclusionary: sight and hearing, the team's average age, one bro-culture sentence


def excl(r: AdReport, check: str) -> list[tuple[str, list[str]]]:
    return [(f.level.value, [s.text for s in f.spans]) for f in r.findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("You must be able to see and hear well.", "en"),
        ("Good eyesight and hearing are essential.", "en"),
        ("Sharp eyesight and hearing are needed.", "en"),
        ("Gutes Seh- und Hörvermögen ist Voraussetzung.", "de"),
    ],
)
def test_sight_and_hearing_asked_of_desk_work_is_ability_coded(text: str, lang: str) -> None:
    found = excl(ad(text, lang), "ability-coded")
    assert found and found[0][0] == "concern"


def test_sight_and_hearing_in_physical_work_is_info() -> None:
    r = ad("Forklift driver in our warehouse. Good eyesight and hearing are essential.")
    assert [lvl for lvl, _ in excl(r, "ability-coded")] == ["info"]


def test_vision_of_a_product_is_not_ability_coded() -> None:
    assert not excl(ad("Our vision and hearing products help people every day."), "ability-coded")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The team's average age is 27.", "en"),
        ("We are 30 people with an average age of 29.", "en"),
        ("Das Durchschnittsalter im Team liegt bei 31 Jahren.", "de"),
        ("Durchschnittsalter: 26", "de"),
    ],
)
def test_the_teams_average_age_is_age_coded(text: str, lang: str) -> None:
    assert excl(ad(text, lang), "age-coded")


def test_the_customers_average_age_is_not_about_the_team() -> None:
    assert not excl(ad("The average age of customers is 45."), "age-coded")


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("We work hard, play hard and crush it with our ninjas.", 1),
        ("Our rockstars hustle every day.", 1),
        ("Our rockstars hustle. We also have a beer fridge.", 2),
    ],
)
def test_bro_culture_phrases_of_one_sentence_are_one_finding(text: str, n: int) -> None:
    assert len(excl(ad(text), "bro-culture")) == n


# ---- gender: non-trait senses of coded words


def gender_hits(r: AdReport) -> list[str]:
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


@pytest.mark.parametrize(
    "text",
    [
        "Decide which experiments to run next.",
        "Help decide whether a model is ready to ship.",
        "Our course offers a gentle introduction to SQL.",
        "Expect a gentle learning curve in the first month.",
        "We are a dependable partner for our customers.",
    ],
)
def test_non_trait_senses_are_not_counted(text: str) -> None:
    assert not gender_hits(ad(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You are able to decide quickly under pressure.", "decide"),
        ("You have a gentle manner with colleagues.", "gentle"),
        ("You are a dependable partner to the sales team.", "dependable"),
    ],
)
def test_trait_senses_still_count(text: str, word: str) -> None:
    assert word in gender_hits(ad(text))


def test_a_share_after_pay_words_is_no_figure() -> None:
    r = ad("The range includes locality pay of 18.5%. The hourly rate is $21.40.")
    assert [f.minimum for f in r.pay.figures] == [21.40]


@pytest.mark.parametrize("row", ["| , |", "| 0,0 |", "| SQL, Python |"])
def test_a_table_row_under_a_heading_is_no_comma_list(row: str) -> None:
    # A one-row table under "Anforderungen:" (cases Hypothesis found): no comma list, and at most
    # one item, as the table reader reads one row.
    from askback.text import requirements
    from askback.text.doc import prepare

    r = requirements.check(prepare(f"Role title\n\nAnforderungen:\n{row}\n"))
    assert r.must_haves is None or r.must_haves <= 1
