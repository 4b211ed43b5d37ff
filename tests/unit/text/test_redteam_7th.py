"""Seventh probe round (issue 11, helper redteam5): a requirement list written on its heading's
line, "o" as a bullet, German office days with the verb between the count and the place, weekday
office days with a verb between, Swedish, Danish and Norwegian pay periods, the team described as
young (in spirit too), singular column names over a requirements table, and equal treatment said
in the passive in an answer. Every sentence is written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import conditions, requirements
from askback.text.answers import analyze as analyze_answer
from askback.text.doc import prepare
from askback.text.jobad import analyze
from tests.unit.text.req_helpers import must_haves

TITLE = "Data Analyst\n\n"
TAIL = "\n\nWe are a logistics company in Hamburg and build tools for our drivers.\n"
PARAGRAPH = (
    "You will work with product managers and engineers to turn data into decisions. "
    "You will build dashboards, write clear notes and present results to the team.\n"
)
FILLER_EN = "\n\nYou will build reports and models with our analytics team every week.\n"
FILLER_DE = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"


def _nice(text: str) -> int:
    return requirements.check(prepare(text)).nice_to_haves


# ---------------------------------------------------------------- a list on the heading line
@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Requirements: SQL, Python, Statistics", 3),
        ("Must have: Python, dbt, Airflow and a degree", 4),
        ("Anforderungen: SQL, Python und Statistik", 3),
        ("**Required skills:** Excel, Power BI, DAX", 3),
        ("Qualifications: BSc in statistics; 3 years of SQL; fluent English", 3),
        ("Was du mitbringst: SQL, Git, Docker, Linux", 4),
        ("REQUIREMENTS: SQL, PYTHON, STATISTICS", 3),
        ("Requirements:\u00a0SQL,\u00a0Python,\u00a0Statistics.", 3),
        ("Skills: 5+ years of Python, strong SQL, a degree in maths", 3),
    ],
)
def test_a_comma_list_on_the_heading_line_counts_as_must_haves(line: str, count: int) -> None:
    assert must_haves(TITLE + line + TAIL) == count


@pytest.mark.parametrize(
    ("text", "must", "nice"),
    [
        ("Requirements: SQL, Python, Statistics\nNice to have: Spark, Kafka", 3, 2),
        ("Requirements\n- SQL\n- Python\n- Statistics\nNice to have: Spark, Kafka, Flink", 3, 3),
        ("Anforderungen: SQL, Python\nWünschenswert: Spark, Kafka", 2, 2),
        ("Must have: R, SQL, Stan\nBonus points: Julia, Rust", 3, 2),
    ],
)
def test_a_nice_to_have_heading_with_its_list_on_the_line(text: str, must: int, nice: int) -> None:
    assert must_haves(TITLE + text + TAIL) == must
    assert _nice(TITLE + text + TAIL) == nice


@pytest.mark.parametrize(
    "line",
    [
        "Requirements: see below",
        "Requirements: none",
        "Requirements: n/a",
        "Anforderungen: siehe unten",
        "Requirements: You have 5 years of experience with SQL, Python and dbt.",
        "Requirements: We expect SQL, Python and patience.",
        "Basic Requirements: To qualify, all applicants must have one of the following:",
        "Skills: Able to explain complex and sensitive findings",
        "Requirements: SQL, Python or R",
        "Requirements: SQL. Python is a plus, dbt too.",
        "Requirements: N/A, see job description",
        "Requirements: SQL, Python, see below for more",
    ],
)
def test_what_is_no_comma_list_after_the_colon(line: str) -> None:
    assert must_haves(TITLE + line + TAIL) in (None, 0, 1)


def test_a_part_that_narrows_the_item_before_goes_with_it() -> None:
    text = TITLE + "Wünschenswert: Erfahrung mit SAP, insbesondere S/4HANA, und Tableau" + TAIL
    assert _nice(text) == 2
    text = TITLE + "Requirements: Python, especially pandas, and SQL" + TAIL
    assert must_haves(text) == 2


def test_a_tag_line_after_a_list_of_the_same_kind_names_its_skills_again() -> None:
    text = (
        TITLE + "Must-Have:\n- Five years of dbt\n- SQL\n- Git workflows\n\n"
        "Required: dbt, SQL, Git, BigQuery, Looker\n" + TAIL
    )
    assert must_haves(text) == 3


def test_skills_line_inside_an_open_list_stays_one_item() -> None:
    text = TITLE + "Requirements\nExperience: 3 years\nSkills: SQL, Python, Tableau\nEducation: BSc"
    assert must_haves(text + TAIL) == 3


def test_a_duty_or_benefit_heading_with_its_list_on_the_line_adds_no_must_haves() -> None:
    reqs = "\nRequirements\n- SQL\n- Python\n- Statistics\n"
    for line in (
        "Responsibilities: build models, ship features, write docs",
        "Benefits: pension, gym, 30 days of leave",
        "Deine Aufgaben: Modelle bauen, Berichte schreiben, Daten prüfen",
    ):
        assert must_haves(TITLE + line + reqs + TAIL) == 3


@given(st.lists(st.from_regex(r"[A-Za-z][a-z]{1,8}", fullmatch=True), min_size=2, max_size=12))
def test_inline_items_read_every_short_word_series(words: list[str]) -> None:
    words = [w for w in words if w.lower() not in requirements._INLINE_NOT_FIRST]
    line = "Requirements: " + ", ".join(words)
    text = line + "\n"
    kind, items = requirements.inline_items(text, text.lower(), 0, len(line))
    if len(words) < 2 or any(
        requirements._INLINE_VERBS.search(w.lower())
        or requirements._INLINE_NARROWS.match(w.lower())
        or requirements._INLINE_OR.search(w.lower())
        for w in words
    ):
        return
    assert kind == "must"
    assert [text[a:b] for a, b in items] == words


@given(st.text(alphabet="Requirements:, andor\n\t.;o-•", max_size=200))
def test_inline_items_never_fail_and_stay_inside_the_line(text: str) -> None:
    end = text.find("\n")
    end = len(text) if end < 0 else end
    kind, items = requirements.inline_items(text, text.lower(), 0, end)
    assert kind in ("", "must", "nice")
    for a, b in items:
        assert 0 <= a < b <= end and "," not in text[a:b] and text[a:b].strip() == text[a:b]


# ---------------------------------------------------------------- "o" as a bullet
@pytest.mark.parametrize(
    "block",
    [
        "Requirements\no Python\no SQL\no Statistics",
        "Requirements\n\no Python\n\no SQL\n\no Statistics",
        "Requirements\n  o Python\n  o SQL\n  o Statistics",
        "Anforderungen\no Python\no SQL\no Statistik",
        "Requirements\r\no Python\r\no SQL\r\no Statistics\r\n",
        "Requirements\no\tPython\no\u00a0SQL\no Statistics",
    ],
)
def test_o_at_line_start_is_a_bullet_in_a_run(block: str) -> None:
    # Read as plain lines, "o SQL" in lower case would go on with the item above, and the
    # paragraph under the list would join it.
    assert must_haves(TITLE + block + "\n" + PARAGRAPH) == 3


def test_o_as_a_word_is_no_bullet() -> None:
    # One line starting with "o" (a name, Spanish "or") is not a run of bullets.
    assert requirements._o_bullet_view("Team\no Brien leads it.\nWe build tools.\n") is None
    assert requirements._o_bullet_view("Python\no\nR\n") is None
    view = requirements._o_bullet_view("x\no one\no two\nend")
    assert view == "x\n\u2022 one\n\u2022 two\nend"
    # The same length, so every item still points at its place in the ad.
    assert len(view) == len("x\no one\no two\nend")


def test_o_bullets_read_fast_on_long_input() -> None:
    text = "Requirements\n" + "o Python\n" * 20000
    view = requirements._o_bullet_view(text)
    assert view is not None and view.count("\u2022") == 20000


# ---------------------------------------------------------------- office days, verb between
def _arr(text: str, de: bool) -> tuple[str, float | None]:
    a = conditions.arrangement(prepare(text + (FILLER_DE if de else FILLER_EN)))
    return a.kind, a.office_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Einen Tag pro Woche arbeitest du im Büro.", 1.0),
        ("Zwei Tage die Woche bist du bei uns vor Ort.", 2.0),
        ("An drei Tagen pro Woche arbeiten Sie in unserem Büro in Bern.", 3.0),
        ("Vier Tage in der Woche kommst du zu uns ins Büro.", 4.0),
        ("Zwei Tage pro Woche arbeitest du von zu Hause, den Rest im Büro.", 3.0),
        ("Drei Tage pro Woche arbeitest du mobil.", 2.0),
        ("Dienstags und donnerstags bist du im Büro, sonst mobil.", 2.0),
        ("Montags und mittwochs arbeiten wir gemeinsam vor Ort.", 2.0),
    ],
)
def test_german_office_days_with_the_verb_between(text: str, days: float) -> None:
    assert _arr(text, de=True) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hybrid: two days a week you'll work from our Leeds office.", 2.0),
        ("Hybrid role: three days per week you will be in our Bristol office.", 3.0),
        ("This is a hybrid role with at least one day per week in our Oxford office.", 1.0),
        ("Tuesdays and Thursdays we meet in the office.", 2.0),
        ("Mondays and Fridays you'll be in the office.", 2.0),
    ],
)
def test_english_office_days_with_words_between(text: str, days: float) -> None:
    assert _arr(text, de=False) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Zwei Tage pro Monat arbeitest du im Büro, sonst remote.",
        "Mondays and Thursdays are all-team days.",
    ],
)
def test_no_weekly_office_count_without_a_week_or_a_place(text: str) -> None:
    assert _arr(text, de=True)[1] in (None, 0.0, 5.0) or _arr(text, de=True)[0] != "hybrid"


def test_office_day_clause_is_linear_on_long_repeats() -> None:
    text = "Hybrid. " + "Einen Tag pro Woche arbeitest du " * 4000 + "im Büro."
    assert conditions.arrangement(prepare(text)).kind == "hybrid"


# ---------------------------------------------------------------- Nordic pay periods
@pytest.mark.parametrize(
    ("line", "lo", "hi", "period"),
    [
        ("Lön: 45 000 kr per månad", 45000, 45000, "month"),
        ("Lön: 38 000–44 000 kr/mån", 38000, 44000, "month"),
        ("Lön: 52 000 SEK i månaden", 52000, 52000, "month"),
        ("Månadslön: 41 000 kr", 41000, 41000, "month"),
        ("Timlön: 175 kr", 175, 175, "hour"),
        ("Lön: 180 kr per timme", 180, 180, "hour"),
        ("Lön: 165–190 kr/tim", 165, 190, "hour"),
        ("Salary: 560 000 SEK om året", 560000, 560000, "year"),
        ("Lönn: 600 000 NOK per år", 600000, 600000, "year"),
        ("Løn: 40.000 DKK pr. måned", 40000, 40000, "month"),
        ("Lønn: 55 000 NOK/mnd", 55000, 55000, "month"),
        ("Løn: 210 DKK i timen", 210, 210, "hour"),
        ("Lön: 1 400 kr per dag", 1400, 1400, "day"),
        ("Lön: 9 000 kr per vecka", 9000, 9000, "week"),
    ],
)
def test_nordic_pay_periods_are_read_from_the_words(
    line: str, lo: float, hi: float, period: str
) -> None:
    pay = analyze(TITLE + line + TAIL).pay
    assert (pay.minimum, pay.maximum, pay.period) == (lo, hi, period)
    assert "period" not in pay.guessed


def test_english_per_time_is_no_hourly_period() -> None:
    # "per time" without "pr." is English for "each time"; only the size guesses the period.
    pay = analyze(TITLE + "Salary: 45,000 SEK per time you renew" + TAIL).pay
    assert pay.period != "hour"


# ---------------------------------------------------------------- the team described as young
@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("We are young at heart and love data.", False),
        ("Join our young-at-heart crew.", False),
        ("A team that is young in spirit.", False),
        ("Our team is young, international and fun.", False),
        ("Our team is very young.", False),
        ("Wir sind ein junggebliebenes Team.", True),
        ("Unser Team ist jung geblieben.", True),
        ("In einem junggebliebenen Team arbeitest du an Daten.", True),
        ("Wir sind jung im Kopf und lieben Daten.", True),
        ("Du wirst Teil eines jungen Teams.", True),
        ("Unser Team ist sehr jung.", True),
        ("Ein jugendliches Team wartet auf dich.", True),
    ],
)
def test_the_team_described_as_young_is_age_coded(text: str, de: bool) -> None:
    fs = [f for f in analyze(TITLE + text + TAIL).findings if f.check == "age-coded"]
    assert fs and all(f.level.value == "concern" for f in fs)


@pytest.mark.parametrize(
    "text",
    [
        "Our young customers love our app.",
        "Our team is young people's first contact in the clinic.",
        "The company is young: founded in 2023.",
        "Unser Unternehmen ist jung.",
        "Wir begleiten junge Menschen in den Beruf.",
    ],
)
def test_young_said_of_others_or_the_company_is_not_flagged(text: str) -> None:
    assert not [f for f in analyze(TITLE + text + TAIL).findings if f.check == "age-coded"]


# ---------------------------------------------------------------- tables with singular column names
@pytest.mark.parametrize(
    "table",
    [
        "| Requirement |\n|---|\n| SQL |\n| Python |\n| Statistics |",
        "| Anforderung | Gewichtung |\n|---|---|\n| SQL | hoch |\n| Python | hoch |\n"
        "| Git | mittel |",
        "| Qualification | Level |\n|---|---|\n| SQL | expert |\n| Python | good |\n"
        "| Git | basic |",
    ],
)
def test_a_singular_column_name_heads_a_requirements_table(table: str) -> None:
    assert must_haves(TITLE + table + TAIL) == 3


# ---------------------------------------------------------------- answers: equal treatment, passive
@pytest.mark.parametrize(
    "text",
    [
        "Everyone here is treated the same.",
        "All staff are treated equally.",
        "Bei uns werden alle gleich behandelt.",
        "Hier wird jeder fair behandelt.",
    ],
)
def test_equal_treatment_said_in_the_passive_is_vague(text: str) -> None:
    a = analyze_answer(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


def test_treated_the_same_day_is_no_culture_talk() -> None:
    assert analyze_answer("Patients are treated the same day.").counts() == {}


# ---------------------------------------------------------------- hostile input stays linear
@given(
    st.lists(
        st.tuples(st.integers(0, 12), st.integers(1, 6)).map(lambda t: (t[0], t[0] + t[1])),
        max_size=10,
    )
)
def test_outermost_cues_are_those_of_the_pairwise_rule(spans: list[tuple[int, int]]) -> None:
    # The sweep that replaced the comparison of every pair of cues keeps the same cues.
    from types import SimpleNamespace

    found = [SimpleNamespace(start=a, end=b) for a, b in spans]
    pairwise = [
        m
        for m in found
        if not any(
            o is not m
            and o.start <= m.start
            and m.end <= o.end
            and (o.end - o.start) > (m.end - m.start)
            for o in found
        )
    ]
    got = conditions._outermost(found)  # type: ignore[arg-type]
    assert [id(m) for m in got] == [id(m) for m in pairwise]


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Minimum salary: £31,000\nMaximum salary: £38,000", 31000, 38000),
        ("Salary from £31,000\nto £38,000", 31000, 38000),
    ],
)
def test_min_and_max_lines_still_make_one_range(text: str, lo: float, hi: float) -> None:
    pay = analyze(TITLE + text + TAIL).pay
    assert (pay.minimum, pay.maximum) == (lo, hi)


def test_a_long_line_of_amounts_reads_each_label_near_its_amount() -> None:
    # Thousands of amounts on one line: each label is read from the words just before it.
    pay = analyze(TITLE + "Salary: 45 000 kr per month " * 3000 + TAIL).pay
    assert pay.stated and pay.minimum == 45000
