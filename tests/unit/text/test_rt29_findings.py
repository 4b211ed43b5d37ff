"""Red-team round 29 (issue 11, items 4 and 5), read on whole ads as a user reads the report.

Three classes of finding that did not hold:
- paid holiday at the legal floor (20 days; 28 days in the UK when the bank holidays are in the
  count) was named a benefit, "paid holiday above the minimum";
- a sum named by "in" and what it is ("earned £40,000 in bonus", "$25,000 in commission") was
  read as the salary and rated positive;
- an age ("must be 18 years or older") was read as 18 years of experience asked for.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

HOLIDAY_LABEL = "paid holiday above the minimum"


def _benefits(text: str) -> list[str]:
    return list(analyze(text).benefits)


# ---------------------------------------------------------------- holiday at the legal floor
def test_holiday_at_the_eu_floor_is_no_benefit() -> None:
    for text in (
        "We offer: 20 days annual leave, a pension and a bike scheme.",
        "Wir bieten: 20 Tage Urlaub, ein Jobticket und Obst im Büro.",
        "Benefits: 20 Urlaubstage und betriebliche Altersvorsorge.",
        "Wat wij bieden: 20 vakantiedagen en een pensioenregeling.",
    ):
        assert HOLIDAY_LABEL not in _benefits(text), text


def test_uk_holiday_including_bank_holidays_at_the_floor_is_no_benefit() -> None:
    for text in (
        "Benefits: 28 days holiday including bank holidays, free parking.",
        "You get 28 days annual leave (including bank holidays) and a pension.",
        "Holiday: 25 days holiday inclusive of public holidays.",
    ):
        assert HOLIDAY_LABEL not in _benefits(text), text


def test_holiday_above_the_floor_stays_a_benefit() -> None:
    for text in (
        "Benefits: 28 days holiday plus bank holidays and a pension.",
        "Wir bieten: 30 Tage Urlaub und ein Jobticket.",
        "We offer 25 days annual leave and a pension.",
        "Benefits: 15 days PTO, health insurance and a 401(k) match.",  # US: no floor
        "You get 12 vacation days a year and medical cover.",
        # the bank holidays belong to the second count, not the first
        "Benefits:\n- 25 days holiday (33 days including bank holidays)\n- Company pension",
    ):
        assert HOLIDAY_LABEL in _benefits(text), text


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=10, max_value=40),
    words=st.sampled_from(["days holiday", "days annual leave", "Tage Urlaub", "Urlaubstage"]),
    bank=st.booleans(),
)
def test_holiday_floor_sweep(n: int, words: str, bank: bool) -> None:
    tail = " (including bank holidays)" if bank and not words[0].isupper() else ""
    text = f"What we offer: {n} {words}{tail}, a pension and free parking."
    floor = 28 if tail else 20
    assert (HOLIDAY_LABEL in _benefits(text)) == (n > floor), text


# ---------------------------------------------------------------- a sum "in bonus" is not pay
def test_sum_in_bonus_or_commission_is_not_the_salary() -> None:
    for text in (
        "Our top performers earned £40,000 in bonus last year on top of base salary.",
        "Last year our best reps earned an average of $25,000 in commission.",
        "New joiners can earn €12,000 in commissions in their first year.",
        "You could earn $30,000 in stock over four years.",
    ):
        report = analyze(text)
        assert not report.pay.stated, (text, report.pay)
        assert not any(f.check == "salary" and f.level.value == "positive" for f in report.findings)


def test_salary_in_a_place_or_year_is_still_pay() -> None:
    for text, lo in (
        ("Salary: £45,000 in London, £40,000 elsewhere.", 40000),
        ("We pay $120,000 in base salary plus bonus.", 120000),
        ("Salary £45,000 in year one, rising to £50,000.", 45000),
    ):
        report = analyze(text)
        assert report.pay.stated and report.pay.minimum == lo, (text, report.pay)


@settings(max_examples=40, deadline=None)
@given(
    amount=st.integers(min_value=5, max_value=90).map(lambda k: k * 1000),
    cur=st.sampled_from(["£", "$", "€"]),
    noun=st.sampled_from(["bonus", "bonuses", "commission", "commissions", "stock", "equity"]),
)
def test_sum_in_not_pay_sweep(amount: int, cur: str, noun: str) -> None:
    text = f"Last year our top sellers earned {cur}{amount:,} in {noun} on top of their pay."
    assert not analyze(text).pay.stated, text


# ---------------------------------------------------------------- an age is no years asked for
def test_age_after_years_is_no_experience() -> None:
    for text in (
        "Requirements\n- High school diploma or GED\n- Must be 18 years or older\n"
        "- Must pass a drug screen and background check",
        "Requirements\n- Must be 21 years of age or above\n- Must pass a background check",
        "Requirements:\n- Applicants aged 18 years and over\n- A background in retail",
        "Anforderungen:\n- Sie sind 18 Jahre oder älter\n- Hintergrund in Logistik",
    ):
        assert analyze(text).years_required is None, text


def test_years_of_experience_still_count() -> None:
    for text, n in (
        ("Requirements\n- 5 years or more of experience\n- A background in sales", 5),
        ("Requirements\n- 10 years and over experience in retail", 10),
    ):
        assert analyze(text).years_required == n, text


@settings(max_examples=40, deadline=None)
@given(
    age=st.integers(min_value=16, max_value=25),
    tail=st.sampled_from(["or older", "of age or older", "or over", "and older", "of age"]),
)
def test_age_sweep(age: int, tail: str) -> None:
    text = (
        f"Requirements\n- Must be {age} years {tail}\n- Must pass a background check\n"
        "- Experience in a warehouse is a plus"
    )
    assert analyze(text).years_required is None, text
