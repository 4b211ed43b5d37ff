"""Pay transparency: figures, ranges, currency, period; budgets and company figures are not pay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay
from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.report import Pay


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("61,200", 61200),
        ("61.200", 61200),
        ("4.653", 4653),
        ("2,5", 2.5),
        ("60k", 60000),
        ("60 K", 60000),
        ("1.2m", 1_200_000),
        ("4.000,50", 4000.5),
        ("100 000", 100000),
        ("1,234.5", 1234.5),
        ("52.000,5", 52000.5),
    ],
)
def test_parse_amount(raw: str, value: float) -> None:
    assert pay.parse_amount(raw) == value


@pytest.mark.parametrize("raw", ["72.168.00", "1,2,3", "4.5.6,7", "."])
def test_separators_in_no_number_shape_are_no_amount(raw: str) -> None:
    # A typo in a real ad ("$72.168.00") crashed the whole analysis with ValueError.
    assert pay.parse_amount(raw) is None


@given(st.text(alphabet="0123456789.,' kKmM€$", max_size=20))
def test_parse_amount_never_raises(raw: str) -> None:
    value = pay.parse_amount(raw)
    assert value is None or value >= 0


@settings(deadline=None)  # the first call builds the analyzer's tables
@given(
    st.lists(st.sampled_from(["72", "168", "00", "1", "000", "5"]), min_size=1, max_size=5),
    st.lists(st.sampled_from([".", ",", " "]), min_size=4, max_size=4),
)
def test_a_salary_line_with_any_separators_does_not_crash_the_analysis(
    groups: list[str], seps: list[str]
) -> None:
    number = "".join(g + seps[i % len(seps)] for i, g in enumerate(groups)).rstrip(". ,")
    analyze(f"Data Scientist\n\nSalary: ${number} - $90,000 per year")


@pytest.mark.parametrize(
    ("text", "low", "high", "currency", "period"),
    [
        ("**Salary:** €61,200–€100,100 EUR annually", 61200, 100100, "EUR", "year"),
        ("Salary: £58-80k per annum (based on experience)", 58000, 80000, "GBP", "year"),
        ("Salary Range: EUR 2,400 – EUR 4,100 per month", 2400, 4100, "EUR", "month"),
        ("Gehaltsrahmen: 60.000 – 70.000€", 60000, 70000, "EUR", "year"),
        ("Fourchette salariale : 40-50K€", 40000, 50000, "EUR", "year"),
        ("Pay: $22 per hour.", 22, 22, "USD", "hour"),
        ("Salary: up to £48,000", None, 48000, "GBP", "year"),
        ("Salary: starting from €52,000 gross per year.", 52000, None, "EUR", "year"),
        ("Analytics Engineer | London/Hybrid | £85,000 - £90,000", 85000, 90000, "GBP", "year"),
    ],
)
def test_salary_forms(
    text: str, low: float | None, high: float | None, currency: str, period: str
) -> None:
    p = pay.check(prepare("We are hiring.\n" + text + "\nApply now."))
    assert (p.stated, p.minimum, p.maximum, p.currency, p.period) == (
        True,
        low,
        high,
        currency,
        period,
    )
    assert p.span is not None and p.span.text in text


@pytest.mark.parametrize(
    "text",
    [
        "- Home office stipend (€540 maximum)",
        "- £1,000 annual learning budget",
        "We raised $50M in our Series B.",
        "entrusted with more than $5.5 trillion in assets",
        "Wave provides a yearly $1,200 stipend for co-working.",
        "€150 monthly Wolt allowance",
    ],
)
def test_perks_and_company_figures_are_not_pay(text: str) -> None:
    assert not pay.check(prepare(text)).stated


def test_competitive_salary_is_mentioned_not_stated() -> None:
    p = pay.check(prepare("We offer a competitive salary and great benefits."))
    assert not p.stated and p.mentioned


def test_directive_note_where_the_ad_is_in_the_eu() -> None:
    report = analyze("Data Scientist in Berlin. You know Python and SQL. We offer a good team.")
    finding = next(f for f in report.findings if f.check == "salary")
    assert finding.level.value == "gap" and "2023/970" in finding.why
    assert set(finding.question_tags) == {"salary-range", "pay-transparency"}
    outside = analyze("Data Scientist in Sydney. You know Python and SQL. We offer a good team.")
    assert "2023/970" not in next(f for f in outside.findings if f.check == "salary").why


# --- issue 11: classes of pay mistakes, on sentences written for these tests ---


def _pay(text: str) -> Pay:
    return pay.check(prepare("Data Analyst\n" + text + "\nHow to apply: send a CV."))


@pytest.mark.parametrize(
    "text",
    [
        "Hours: 7am-3pm, Monday to Friday. A $3,500 signing bonus is paid after 90 days.",
        "Working hours 10 a.m. to 6 p.m.; we add a $2,000 referral bonus for each hire.",
        "Arbeitszeit 8-16 Uhr. Dazu kommt eine Wechselprämie von 3.000 €.",
        "You get $7,500 in relocation assistance.",
        "We manage a marketing budget of $400,000 and raised $12 million in funding.",
        "Perks: a $1,200 yearly learning stipend and $600 for your home office.",
        "Retention bonus: $15,000 after two years.",
    ],
)
def test_times_bonuses_and_budgets_are_not_pay(text: str) -> None:
    p = _pay(text)
    assert not p.stated, (p.minimum, p.maximum, p.period)


def test_a_clock_time_is_never_a_pay_period() -> None:
    p = _pay("Shift 6am - 2pm. Base salary: $62,000.")
    assert (p.minimum, p.period) == (62000, "year")


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("Salary: 72,000 - 88,000 per annum", 72000, 88000, "year"),
        ("Total compensation: 150,000-175,000", 150000, 175000, "year"),
        ("Base pay: 80-95k", 80000, 95000, "year"),
        ("Pay rate: 64,000 to 70,000 DOE", 64000, 70000, "year"),
        ("Salary range: 110k-125k", 110000, 125000, "year"),
        ("Hourly rate: 38 - 44 per hour", 38, 44, "hour"),
        ("Compensation\n130,000 – 145,000", 130000, 145000, "year"),
    ],
)
def test_amounts_under_a_pay_label_without_a_currency(
    text: str, low: float, high: float, period: str
) -> None:
    p = _pay(text)
    assert (p.stated, p.minimum, p.maximum, p.period) == (True, low, high, period)


def test_a_range_written_high_to_low() -> None:
    p = _pay("Salary: £64,000 - £52,000 per year")
    assert (p.minimum, p.maximum, p.currency) == (52000, 64000, "GBP")


@pytest.mark.parametrize(
    "text",
    [
        "Salary minimum: $101,000\nSalary maximum: $134,000",
        "Pay range (max): $134,000\nPay range (min): $101,000",
        "Starting salary: $101,000\nTop of range: $134,000",
    ],
)
def test_minimum_and_maximum_on_separate_lines(text: str) -> None:
    p = _pay(text)
    assert (p.minimum, p.maximum, p.currency) == (101000, 134000, "USD")


def test_hourly_and_yearly_figures_each_with_its_period() -> None:
    p = _pay("We pay $31 to $36 an hour (about $64,000 to $75,000 a year).")
    got = {(f.minimum, f.maximum, f.period) for f in p.figures}
    assert got == {(31, 36, "hour"), (64000, 75000, "year")}


def test_bonus_added_to_the_salary_is_still_pay() -> None:
    p = _pay("Salary: $118,000 - $131,000 plus bonus, equity and benefits.")
    assert (p.minimum, p.maximum) == (118000, 131000)
    p = _pay("€80K – €95K • Equity • Bonus")
    assert (p.minimum, p.maximum) == (80000, 95000)


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("Wir zahlen zwischen 48.500 und 56.000 Euro brutto im Jahr.", 48500, 56000, "year"),
        ("Das Jahresgehalt liegt von 61.000 bis 69.000 €.", 61000, 69000, "year"),
        ("Gehalt: ab 57.000 € brutto jährlich", 57000, None, "year"),
        ("Vergütung: 4.250,00 € bis 4.900,00 € brutto pro Monat", 4250, 4900, "month"),
        ("Gehaltsrahmen: 65 TEUR bis 75 TEUR", 65000, 75000, "year"),
    ],
)
def test_german_ranges_and_number_formats(
    text: str, low: float, high: float | None, period: str
) -> None:
    p = _pay(text)
    assert (p.minimum, p.maximum, p.currency, p.period) == (low, high, "EUR", period)


@given(
    low=st.integers(min_value=30, max_value=200).map(lambda k: k * 1000),
    spread=st.integers(min_value=0, max_value=40).map(lambda k: k * 1000),
    label=st.sampled_from(["Salary", "Compensation", "Pay range", "Base salary", "Rate"]),
    sign=st.sampled_from(["", "$", "£"]),
    reverse=st.booleans(),
)
def test_any_labelled_range_reads_back(
    low: int, spread: int, label: str, sign: str, reverse: bool
) -> None:
    high = low + spread + 1000
    a, b = (high, low) if reverse else (low, high)
    p = _pay(f"{label}: {sign}{a:,} - {sign}{b:,} per year")
    assert (p.minimum, p.maximum, p.period) == (low, high, "year")


def test_min_and_max_under_a_range_heading() -> None:
    p = _pay("Compensation range\nMinimum: £47,500\nMaximum: £58,000")
    assert (p.minimum, p.maximum, p.currency) == (47500, 58000, "GBP")


def test_base_before_on_target_earnings() -> None:
    p = _pay("Base: 95k-105k; OTE: 130k-150k")
    assert (p.minimum, p.maximum) == (95000, 105000)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Salary: £21.44 - £25.90", 21.44, 25.90), ("Pay: $17.25", 17.25, 17.25)],
)
def test_pounds_and_pence_under_a_label_are_an_hourly_rate(
    text: str, low: float, high: float
) -> None:
    p = _pay(text)
    assert (p.minimum, p.maximum, p.period) == (low, high, "hour")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary: Band 6 £35,392 - £42,618 per annum", 35392, 42618),
        ("Pay: Level 4 $61,000 to $70,500 a year", 61000, 70500),
        ("Salary: Grade 12 €48,000 - €55,000", 48000, 55000),
    ],
)
def test_a_grade_number_before_the_sign_is_not_an_amount(
    text: str, low: float, high: float
) -> None:
    # "Band 6 £35,392": the sign leads the next amount, it does not trail the grade.
    p = _pay(text)
    assert (p.minimum, p.maximum, p.period) == (low, high, "year")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary: £27,416 - £32,139 plus London allowances", 27416, 32139),
        ("Salary: £52,000 + benefits budget", 52000, 52000),
        ("Pay: $80,000 - $95,000 including bonus", 80000, 95000),
    ],
)
def test_what_is_added_after_plus_does_not_unmake_the_pay(
    text: str, low: float, high: float
) -> None:
    p = _pay(text)
    assert (p.minimum, p.maximum) == (low, high)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Salary: 31,000 - 36,000\n\nYou will join an NHS trust in Leeds.", "GBP"),
        ("Salary: 31,000 - 36,000\n\nOffices across England and Wales.", "GBP"),
        ("Gehalt: 58.000 - 66.000\n\nStandort: München, Deutschland.", "EUR"),
        ("Salary: 90,000 - 110,000\n\nBased in Zürich, Switzerland.", "CHF"),
        ("Salary: 31,000 - 36,000\n\nWe are a friendly team.", None),
        ("Salary: 31,000 - 36,000\n\nOffices in the UK and Germany.", None),
    ],
)
def test_a_bare_figure_takes_the_currency_of_the_country_named(
    text: str, currency: str | None
) -> None:
    assert _pay(text).currency == currency


# Classes found on real UK ads (issue 11): each test is written for the shape, not the ad.


def test_a_cost_taken_from_the_salary_is_not_pay() -> None:
    # The decimal point of "£2.50" is no clause break: "costs" still names the amount after it.
    p = _pay("Salary: £21,000 per year.\nParking costs £2.50 = £11.50 from your salary a week.")
    assert (p.minimum, p.maximum, p.period) == (21000, 21000, "year")
    assert all(f.minimum != 11.5 for f in p.figures)
    p = _pay("Pay: £23,500 per annum\nThe DBS check of £38 is deducted at £12.40 from salary.")
    assert all(f.minimum != 12.4 for f in p.figures)


def test_a_guessed_period_does_not_outrank_the_pay_line() -> None:
    # "£12.50 ... from your salary" is read as hourly only by its size; the labelled line wins.
    p = _pay("Salary: £19,000 - £21,000\n\nWe take £12.50 from your salary for the locker key.")
    assert (p.minimum, p.maximum, p.period) == (19000, 21000, "year")


@pytest.mark.parametrize(
    "text", ["Salary: £9.50 ph", "Pay: £9.50 p/h, weekly", "Rate: £9.50 P/H (bank)"]
)
def test_per_hour_shorthand(text: str) -> None:
    p = _pay(text)
    assert (p.minimum, p.period) == (9.5, "hour")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary: £24,000 / £25,500 / £27,000", 24000, 27000),
        ("Pay: Weekday rate £14.10 p/h and Weekend rate £16.90 p/h", 14.10, 16.90),
        ("Salary: €3,100 / €3,400 / €3,650 per month", 3100, 3650),
    ],
)
def test_points_of_one_scale_on_the_pay_line(text: str, low: float, high: float) -> None:
    p = _pay(text)
    assert (p.minimum, p.maximum) == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary: Weekdays: £9.10 Weekends: £11.40", 9.10, 9.10),
        ("Pay: £10.00 to £10.50 (Grade A) £11.00 to £11.60 (Grade B)", 10.0, 10.5),
    ],
)
def test_a_table_of_rates_keeps_its_first_row(text: str, low: float, high: float) -> None:
    p = _pay(text)
    assert (p.minimum, p.maximum) == (low, high)


def test_a_single_figure_that_ends_a_range_stated_later() -> None:
    p = _pay("Salary: £9.40 ph\n\nAbout the pay\n- £9.10 - £9.40 p/h for all shifts")
    assert (p.minimum, p.maximum, p.period) == (9.10, 9.40, "hour")
    p = _pay("Salary: £31,000 + £2,000 London weighting\n\nSalary £31,000 - £36,500 per annum")
    assert (p.minimum, p.maximum, p.period) == (31000, 36500, "year")


def test_a_pay_line_without_currency_beside_figures_with_one() -> None:
    p = _pay("Salary: 70,000.00 to 95,000.00\n\nYou will earn up to £95,000 with pension.")
    assert (p.minimum, p.maximum, p.currency, p.period) == (70000, 95000, "GBP", "year")


# --- Fifth round: new wordings of the same classes (docs/text-analysis-history.md) -----------

_DESK = "\nWe are a software company hiring a backend engineer for our platform team.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Hours 9:00–17:00 Uhr. Signing bonus of €3,000.",
        "Working hours from 2pm to 10pm. £2,000 retention bonus after a year.",
        "Shifts 7 a.m. – 3 p.m.; referral bonus $1,500.",
        "Retention bonus of £5k after 12 months",
        "Willkommensbonus von 2.000 €",
        "Tuition reimbursement up to $5,250 per year.",
        "Home office equipment stipend of $1,000.",
        "We have a $3M seed round and $1.2M ARR.",
        "Meal allowance worth €2,400 per year",
        "Open 9:00–17:00 Uhr, Mo–Fr.",
        "Customer hotline from 2pm to 8pm",
        "Compensation: 10,000 sign-on bonus",
    ],
)
def test_times_of_day_bonuses_and_perks_are_not_pay(text: str) -> None:
    assert not pay.check(prepare(text + _DESK)).stated


@pytest.mark.parametrize(
    ("text", "low", "high", "period"),
    [
        ("Salary 85,000 - 100,000 DOE", 85000, 100000, "year"),
        ("The salary band is 85,000 to 100,000 (DOE).", 85000, 100000, "year"),
        ("Pay range: 70,000 to 85,000 annually", 70000, 85000, "year"),
        ("Vergütung: 60.000–70.000 pro Jahr", 60000, 70000, "year"),
        ("Salary\n90,000 - 110,000", 90000, 110000, "year"),
        ("Salary: 110,000 - 90,000 per year", 90000, 110000, "year"),
        ("Gehaltsrahmen: 70 – 85 T€", 70000, 85000, "year"),
        ("Rate: 500-600 per day", 500, 600, "day"),
        ("Night shift 10pm-6am at £13.50 per hour", 13.5, 13.5, "hour"),
        ("Schicht 6:00–14:00 Uhr, 15 € pro Stunde", 15, 15, "hour"),
        ("A $10k signing bonus and a base of $130k–$150k.", 130000, 150000, "year"),
        ("Wir zahlen zwischen 48.000 € und 56.000 € brutto jährlich.", 48000, 56000, "year"),
        ("Salary: 110'000 - 130'000 CHF", 110000, 130000, "year"),
    ],
)
def test_fifth_round_pay_lines(text: str, low: float, high: float, period: str) -> None:
    p = pay.check(prepare(text + _DESK))
    assert (p.stated, p.minimum, p.maximum, p.period) == (True, low, high, period)


@pytest.mark.parametrize(
    "text",
    [
        "Minimum salary: 90,000\nMaximum salary: 130,000",
        "Salary from £90,000\nto £130,000",
        "Salary from: €90,000\nSalary to: €130,000",
        "Maximum pay: $130,000\nMinimum pay: $90,000",
        "Gehalt von 90.000 €\nbis 130.000 €",
    ],
)
def test_min_and_max_on_two_lines_with_or_without_a_currency(text: str) -> None:
    p = pay.check(prepare(text + _DESK))
    assert (p.minimum, p.maximum, p.period) == (90000, 130000, "year")


@pytest.mark.parametrize(
    ("text", "hourly", "yearly"),
    [
        ("The hourly rate is $30 and the yearly salary is $62,400 per year.", 30, 62400),
        ("Stundenlohn 18 € pro Stunde, also rund 37.000 € im Jahr.", 18, 37000),
        ("We pay £14 an hour; the annual equivalent is £27,300 per annum.", 14, 27300),
    ],
)
def test_each_figure_keeps_its_own_period_in_one_sentence(
    text: str, hourly: float, yearly: float
) -> None:
    figures = {(f.minimum, f.period) for f in pay.check(prepare(text + _DESK)).figures}
    assert figures == {(hourly, "hour"), (yearly, "year")}


@settings(max_examples=60, deadline=None)
@given(
    start=st.integers(min_value=5, max_value=11),
    length=st.integers(min_value=6, max_value=10),
    bonus=st.integers(min_value=1, max_value=20).map(lambda n: n * 500),
    kind=st.sampled_from(["sign-on bonus", "signing bonus", "referral bonus", "retention bonus"]),
    clock=st.booleans(),
)
def test_a_shift_time_and_a_bonus_are_never_pay(
    start: int, length: int, bonus: int, kind: str, clock: bool
) -> None:
    end = (start + length - 1) % 12 + 1
    shift = f"{start}:00-{end}:00 pm" if clock else f"{start}am-{end}pm"
    text = f"Shift: {shift}. We offer a ${bonus:,} {kind}." + _DESK
    assert not pay.check(prepare(text)).stated


@settings(max_examples=80, deadline=None)
@given(
    low=st.integers(min_value=30, max_value=200),
    extra=st.integers(min_value=1, max_value=60),
    label=st.sampled_from(["Salary", "Compensation", "Pay range", "Gehalt", "Vergütung", "Rate"]),
    shape=st.sampled_from(["full", "k", "mixed_k"]),
    reverse=st.booleans(),
    colon=st.booleans(),
    tail=st.sampled_from(["", " per year", " DOE", " p.a."]),
)
def test_a_labelled_range_without_currency_reads_back(
    low: int, extra: int, label: str, shape: str, reverse: bool, colon: bool, tail: str
) -> None:
    high = low + extra
    ends = (high, low) if reverse else (low, high)
    if shape == "full":
        raw = f"{ends[0] * 1000:,} - {ends[1] * 1000:,}"
    elif shape == "k":
        raw = f"{ends[0]}k–{ends[1]}k"
    else:
        raw = f"{ends[0]}-{ends[1]}k"
    text = f"{label}{':' if colon else ''} {raw}{tail}" + _DESK
    p = pay.check(prepare(text))
    if shape == "mixed_k" and reverse:
        return  # "120-100k" is no shape anyone writes; only the other shapes must read back
    assert (p.minimum, p.maximum, p.period) == (low * 1000, high * 1000, "year")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Equipment budget €1,000 and a salary of €55,000", 55000, 55000),
        ("Salary: CHF 120'000.- bis 140'000.-", 120000, 140000),
        ("Salary: 70 000 - 85 000", 70000, 85000),
        ("Funding: $20M. Salary: 100-120k", 100000, 120000),
        ("Sign-on bonus $5,000, base salary $100k", 100000, 100000),
    ],
)
def test_the_nearest_word_names_the_amount_and_odd_number_shapes(
    text: str, low: float, high: float
) -> None:
    p = pay.check(prepare(text + _DESK))
    assert (p.stated, p.minimum, p.maximum, p.period) == (True, low, high, "year")


@pytest.mark.parametrize(
    "text",
    [
        "Salary: competitive",
        "Salary review in 2025",
        "Pay: 2 weeks in arrears",
        "Salary: 10 - 12 years experience required",
        "Up to $10,000 in relocation assistance.",
    ],
)
def test_pay_lines_without_a_figure_are_not_pay(text: str) -> None:
    assert not pay.check(prepare(text + _DESK)).stated


@pytest.mark.parametrize(
    ("text", "guessed", "note"),
    [
        ("Salary: $90,000 - $110,000 per year", [], ""),
        ("Salary: $90,000 - $110,000", ["period"], "period not written"),
        ("Salary: 90,000 - 110,000 per year. We pay in $.", ["currency"], "currency taken"),
        ("Salary: 90,000 - 110,000", ["period"], "no currency written"),
    ],
)
def test_a_figure_read_with_less_certainty_says_so(
    text: str, guessed: list[str], note: str
) -> None:
    # Findings a user can trust: what the ad did not write is named in the finding's title.
    report = analyze(text + _DESK)
    assert report.pay.guessed == guessed
    title = next(f.title for f in report.findings if f.check == "salary")
    assert note in title if note else "(" not in title


_PERIOD_BITS = [
    " per year",
    " p.a.",
    " /month",
    " monthly",
    " 4pm",
    " 8 p.m.",
    " pm",
    " per hour",
    " ph",
    " /day",
    " weekly",
    " im Monat",
    " pro Stunde",
    " and",
    " salary",
    " £30,000",
    " 9am",
    " jährlich",
    " an hour",
    " a year",
    " brutto",
    "ly",
    " mtl.",
    " p/h",
    " tjm",
    " /wk",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_BITS), min_size=0, max_size=6))
def test_one_period_pattern_finds_what_one_pattern_per_period_found(bits: list[str]) -> None:
    from askback.text import pay_amounts

    window = "".join(bits)
    hits = [
        (m.start(), key) for key, rx in pay_amounts.period_rx().items() if (m := rx.search(window))
    ]
    assert pay_amounts._first_period(window) == (min(hits) if hits else None)
