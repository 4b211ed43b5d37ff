"""Round 30 (en): pay per fortnight, currencies written beside the figures (a dollar code before
the sign, a word in brackets, sterling, rupees), lakhs and crores, and a base salary named
beside on-target earnings."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

BODY = (
    "# Payroll Analyst\n\nYou will reconcile payroll runs for the finance team.\n\n{}\n\n"
    "We are a small team in town.\n"
)


def _pay(line: str) -> tuple[float | None, float | None, str | None, str | None]:
    p = analyze(BODY.format(line)).pay
    return p.minimum, p.maximum, p.currency, p.period


def _title(line: str) -> str:
    return next(f.title for f in analyze(BODY.format(line)).findings if f.check == "salary")


# ---------------------------------------------------------------- per fortnight
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Pay: $2,150 per fortnight", (2150, 2150, "USD", "fortnight")),
        ("Salary: $1,150 - $1,300 per fortnight (0.6 FTE)", (1150, 1300, "USD", "fortnight")),
        ("Wage: $2,480 fortnightly", (2480, 2480, "USD", "fortnight")),
        ("Rate: NZ$3,100 a fortnight", (3100, 3100, "NZD", "fortnight")),
        # the scheme past the period word still names whose dollars they are
        ("Salary: $3,400 per fortnight plus 11.5% super", (3400, 3400, "AUD", "fortnight")),
    ],
)
def test_pay_per_fortnight_is_read_as_such(line: str, want: tuple[float, float, str, str]) -> None:
    assert _pay(line) == want


def test_a_fortnight_is_named_in_the_finding() -> None:
    assert _title("Pay: $2,150 per fortnight").endswith("USD 2,150 per fortnight")
    # one that does not fit the figure is still doubted and read by its size
    r = analyze(BODY.format("Salary: $52,000 per fortnight"))
    f = next(f for f in r.findings if f.check == "salary")
    assert f.confidence == "low" and r.pay.period == "year"


@settings(deadline=None, max_examples=50)
@given(
    amount=st.integers(min_value=800, max_value=9000),
    unit=st.sampled_from(["per fortnight", "a fortnight", "fortnightly", "/fortnight"]),
    label=st.sampled_from(["Salary:", "Pay:", "Wage:", "Rate:"]),
    sign=st.sampled_from([("$", "USD"), ("A$", "AUD"), ("NZ$", "NZD"), ("£", "GBP")]),
)
def test_sweep_fortnight(amount: int, unit: str, label: str, sign: tuple[str, str]) -> None:
    got = _pay(f"{label} {sign[0]}{amount:,} {unit}")
    assert got == (amount, amount, sign[1], "fortnight")


# ---------------------------------------------------------------- the currency beside the figures
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Salary: CAD $72,000 – $84,000 annually", (72000, 84000, "CAD", "year")),
        ("Pay: NZD $28.50 per hour", (28.5, 28.5, "NZD", "hour")),
        ("Salary: AUD $95,000", (95000, 95000, "AUD", "year")),
        ("Salary: SGD $7,500 per month", (7500, 7500, "SGD", "month")),
        ("Salary: HKD $38,000 per month", (38000, 38000, "HKD", "month")),
    ],
)
def test_a_dollar_code_before_the_sign_names_whose_dollars(
    line: str, want: tuple[float, float, str, str]
) -> None:
    assert _pay(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Salary: 38,000 - 44,000 (Euro) depending on experience", (38000, 44000, "EUR")),
        ("Salary: 45,000-50,000 (Euros)", (45000, 50000, "EUR")),
        ("Salary: 52,000 (euro) per year", (52000, 52000, "EUR")),
        ("Salary: 30,000 pounds sterling a year", (30000, 30000, "GBP")),
        ("Salary: 30,000 sterling per annum", (30000, 30000, "GBP")),
        ("Salary: Rs. 35,000 per month", (35000, 35000, "INR")),
        ("Salary: 42,000 rupees per month", (42000, 42000, "INR")),
    ],
)
def test_a_currency_word_beside_the_figures_is_written(
    line: str, want: tuple[float, float, str]
) -> None:
    lo, hi, cur, _ = _pay(line)
    assert (lo, hi, cur) == want
    assert "no currency written" not in _title(line)


def test_a_bracketed_code_is_the_figures_but_not_one_before_a_figure() -> None:
    assert _pay("Salary: 61,000 (EUR)")[:3] == (61000, 61000, "EUR")
    assert "currency taken from elsewhere" not in _title("Salary: 61,000 (EUR)")
    # "(USD 58,000)" is another figure, not the first one's currency
    assert _pay("Salary: £45,000 (USD 58,000)")[:3] == (45000, 45000, "GBP")


@settings(deadline=None, max_examples=60)
@given(
    lo=st.integers(min_value=25, max_value=90),
    gap=st.integers(min_value=1, max_value=20),
    word=st.sampled_from(
        [("Euro", "EUR"), ("Euros", "EUR"), ("EUR", "EUR"), ("GBP", "GBP"), ("CHF", "CHF")]
    ),
    label=st.sampled_from(["Salary:", "Pay:", "Compensation:"]),
)
def test_sweep_bracketed_currency(lo: int, gap: int, word: tuple[str, str], label: str) -> None:
    got = _pay(f"{label} {lo},000 - {lo + gap},000 ({word[0]})")
    assert got[:3] == (lo * 1000, (lo + gap) * 1000, word[1])


@settings(deadline=None, max_examples=60)
@given(
    code=st.sampled_from(["CAD", "AUD", "NZD", "SGD", "HKD", "USD"]),
    lo=st.integers(min_value=40, max_value=150),
    gap=st.integers(min_value=1, max_value=40),
    label=st.sampled_from(["Salary:", "Pay range:", "Compensation:"]),
)
def test_sweep_code_before_sign(code: str, lo: int, gap: int, label: str) -> None:
    got = _pay(f"{label} {code} ${lo},000 – ${lo + gap},000")
    assert got == (lo * 1000, (lo + gap) * 1000, code, "year")


# ---------------------------------------------------------------- lakhs and crores
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("CTC: 12-18 LPA", (1_200_000, 1_800_000, "INR", "year")),
        ("Salary: ₹12 LPA", (1_200_000, 1_200_000, "INR", "year")),
        ("CTC: ₹8-10 lakhs per annum", (800_000, 1_000_000, "INR", "year")),
        ("Salary: 4.5 LPA to 6 LPA", (450_000, 600_000, "INR", "year")),
        ("Package: 25 lakh per annum", (2_500_000, 2_500_000, "INR", "year")),
        ("Salary: Rs. 6 lakhs - 9 lakhs p.a.", (600_000, 900_000, "INR", "year")),
        ("Package up to ₹1.2 crore per annum", (None, 12_000_000, "INR", "year")),
    ],
)
def test_lakhs_and_crores_are_read(line: str, want: tuple[float, float, str, str]) -> None:
    assert _pay(line) == want


@pytest.mark.parametrize(
    "other", ["Budget: ₹50 lakh for tooling.", "We have 2 lakh customers across India."]
)
def test_lakhs_that_are_not_pay_stay_out(other: str) -> None:
    assert _pay(f"{other}\n\nCTC: 9-11 LPA") == (900_000, 1_100_000, "INR", "year")
    assert not analyze(BODY.format(other)).pay.stated


@settings(deadline=None, max_examples=60)
@given(
    lo=st.integers(min_value=3, max_value=40),
    gap=st.integers(min_value=1, max_value=20),
    unit=st.sampled_from(["LPA", "lakhs per annum", "lakh per annum", "Lacs p.a."]),
    sign=st.sampled_from(["", "₹", "Rs. ", "INR "]),
    label=st.sampled_from(["CTC:", "Salary:", "Package:"]),
)
def test_sweep_lakhs(lo: int, gap: int, unit: str, sign: str, label: str) -> None:
    got = _pay(f"{label} {sign}{lo}-{lo + gap} {unit}")
    assert got == (lo * 100_000, (lo + gap) * 100_000, "INR", "year")


# ---------------------------------------------------------------- base and on-target earnings
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Package: OTE £60,000 (base £40,000), car allowance", (40000, 40000)),
        ("OTE £60,000 with a base of £40,000.", (40000, 40000)),
        ("£40,000 basic, £60,000 OTE", (40000, 40000)),
        ("£38,500 basic", (38500, 38500)),
        ("On-target earnings of $150k; base salary $90k.", (90000, 90000)),
        ("$95,000 on-target earnings, $62,000 base", (62000, 62000)),
    ],
)
def test_the_base_beside_on_target_earnings_is_the_salary(
    line: str, want: tuple[float, float]
) -> None:
    assert _pay(line)[:2] == want
    # a range of base pay with OTE beside it keeps the range
    assert _pay("Salary: £45,000 - £50,000 + OTE £70,000")[:2] == (45000, 50000)


@settings(deadline=None, max_examples=60)
@given(
    base=st.integers(min_value=25, max_value=80),
    extra=st.integers(min_value=5, max_value=60),
    order=st.sampled_from(
        [
            "OTE £{o},000 (base £{b},000)",
            "OTE £{o},000 with a base of £{b},000",
            "£{b},000 basic, £{o},000 OTE",
            "Base salary £{b},000, OTE £{o},000",
            "£{b},000 base + £{o},000 OTE",
        ]
    ),
)
def test_sweep_base_and_ote(base: int, extra: int, order: str) -> None:
    line = order.format(b=base, o=base + extra)
    assert _pay(line)[:2] == (base * 1000, base * 1000)


# ---------------------------------------------------------------- what is not the pay or its period
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Starting salary: £32,000 with a £2,000 golden hello.", [32000]),
        ("Salary: £29,970. Plus a £2,000 welcome payment for nurses.", [29970]),
    ],
)
def test_a_sum_paid_on_joining_is_no_pay_figure(line: str, want: list[float]) -> None:
    assert [f.minimum for f in analyze(BODY.format(line)).pay.figures] == want
    # a welcome that names no sum leaves the salary beside it alone
    got = analyze(BODY.format("Salary £30,000 and a warm welcome to the team.")).pay
    assert [f.minimum for f in got.figures] == [30000]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("NHS Band 3 (£24,071 - £25,674). Part time, 22.5 hours per week.", (24071, 25674)),
        ("Grade 6 (£31,200 - £34,100). Hours: 30 per week, term time.", (31200, 34100)),
        ("Band 4 (£26,530 - £29,114). Full time, 37.5 hours per week.", (26530, 29114)),
    ],
)
def test_a_period_word_in_the_next_sentence_is_not_the_figures(
    line: str, want: tuple[float, float]
) -> None:
    assert _pay(line)[:2] == want


@settings(deadline=None, max_examples=40)
@given(
    lo=st.integers(min_value=20, max_value=45),
    gap=st.integers(min_value=1, max_value=6),
    hours=st.sampled_from(["22.5 hours per week", "30 hours a week", "7.5 hours per day"]),
    head=st.sampled_from(["NHS Band 3", "Grade 5", "Band 4", "Scale 6"]),
)
def test_sweep_next_sentence_period(lo: int, gap: int, hours: str, head: str) -> None:
    line = f"{head} (£{lo},100 - £{lo + gap},400). Part time, {hours}, pro rata."
    assert _pay(line)[:3] == (lo * 1000 + 100, (lo + gap) * 1000 + 400, "GBP")


def test_a_dollar_code_in_brackets_after_a_signed_range_names_whose_dollars() -> None:
    assert _pay("Salary: $85,000 - $95,000 (CAD). Toronto.") == (85000, 95000, "CAD", "year")
    assert _pay("Salary: $85,000 (AUD)")[2] == "AUD"


# ---------------------------------------------------------------- a figure that is a sentence
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Central London. £45,000. You must be well organised.", 45000),
        ("Pension Insurance Corporation, London. £28,000. You will greet visitors.", 28000),
        ("£30,000. We want people who like numbers.", 30000),
        ("Leeds city centre. €52,500. Hybrid working.", 52500),
    ],
)
def test_a_figure_that_is_a_sentence_of_its_own_is_the_pay(line: str, want: float) -> None:
    assert _pay(line)[:2] == (want, want)
    # not a figure that something names, nor one alone on a line of a list of other jobs
    for other in (
        "We raised £2,000,000. Our team is 40 people.",
        "Team size: 12. Budget £40,000. Apply now.",
        "Paris, France\n$60,000.00\n   -\n   $80,000.00\n2 months ago",
    ):
        assert not analyze(BODY.format(other)).pay.stated, other


@settings(deadline=None, max_examples=40)
@given(
    amount=st.integers(min_value=18, max_value=140),
    place=st.sampled_from(["Central London", "Leeds", "Dublin 2", "Manchester city centre"]),
    sign=st.sampled_from([("£", "GBP"), ("€", "EUR")]),
    after=st.sampled_from(["You will", "We offer", "Hybrid working", "Apply by Friday"]),
)
def test_sweep_alone_figure(amount: int, place: str, sign: tuple[str, str], after: str) -> None:
    got = _pay(f"{place}. {sign[0]}{amount},000. {after} now.")
    assert got[:3] == (amount * 1000, amount * 1000, sign[1])


@pytest.mark.parametrize("piece", ["CAD $", "(Euro) ", "5 lakh ", "per fortnight ", "OTE base "])
def test_hostile_repetition_stays_bounded(piece: str) -> None:
    text = BODY.format(piece * (10_000 // len(piece)) + "$70,000")
    t0 = time.process_time()
    analyze(text)
    assert time.process_time() - t0 < 0.5
