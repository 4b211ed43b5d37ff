"""Round 28 (en): a dollar code in the pay label, "pw" for per week, an abbreviated hedge."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

BODY = (
    "# Reporting Analyst\n\nYou will build reports for the finance team.\n\n{}\n\n"
    "We are a small team in town.\n"
)


def _pay(line: str) -> tuple[float | None, float | None, str | None, str | None]:
    p = analyze(BODY.format(line)).pay
    return p.minimum, p.maximum, p.currency, p.period


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Salary (AUD): $104,000 - $118,000", (104000, 118000, "AUD", "year")),
        ("Pay range (CAD): 72,000 $ – 81,000 $", (72000, 81000, "CAD", "year")),
        ("Hourly rate (NZD): $41 per hour", (41, 41, "NZD", "hour")),
        ("Base salary [SGD]: $96,000", (96000, 96000, "SGD", "year")),
        ("Salary, CAD: $66,500 – $74,000", (66500, 74000, "CAD", "year")),
        ("Compensation (USD): $131,000", (131000, 131000, "USD", "year")),
        # No code in the label: "$" stays the US dollar.
        ("Salary: $88,000 (plus benefits)", (88000, 88000, "USD", "year")),
    ],
)
def test_a_dollar_code_in_the_pay_label_names_whose_dollars(
    line: str, want: tuple[float, float, str, str]
) -> None:
    assert _pay(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Salary: £520 pw", (520, 520, "GBP", "week")),
        ("Wage: £615 p.w. (37.5 hours)", (615, 615, "GBP", "week")),
        ("Pay: £480 per wk", (480, 480, "GBP", "week")),
        ("Pay: £7,800 p.w", (7800, 7800, "GBP", "week")),
    ],
)
def test_the_uk_per_week_shorthand_is_a_week(
    line: str, want: tuple[float, float, str, str]
) -> None:
    assert _pay(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Day rate c. £575", (575, 575, "GBP", "day")),
        ("Day rate: c. £640 (inside IR35)", (640, 640, "GBP", "day")),
        ("Daily rate approx. £420", (420, 420, "GBP", "day")),
        ("Hourly rate ca. $52", (52, 52, "USD", "hour")),
    ],
)
def test_an_abbreviated_hedge_keeps_the_period_before_it(
    line: str, want: tuple[float, float, str, str]
) -> None:
    assert _pay(line) == want


def test_a_real_sentence_end_still_cuts_the_period_off() -> None:
    # "Shift: 8am-4pm." type cut: the day rate of another sentence is not this figure's period.
    assert _pay("We review the day rate yearly. Salary: £41,000")[3] == "year"


@settings(deadline=None, max_examples=60)
@given(
    code=st.sampled_from(["AUD", "CAD", "NZD", "SGD", "HKD"]),
    label=st.sampled_from(["Salary", "Pay range", "Base salary", "Compensation", "Salary range"]),
    br=st.sampled_from([("(", ")"), ("[", "]"), (", ", "")]),
    lo=st.integers(min_value=40, max_value=150),
    gap=st.integers(min_value=1, max_value=40),
    sign_after=st.booleans(),
)
def test_sweep_label_codes(
    code: str, label: str, br: tuple[str, str], lo: int, gap: int, sign_after: bool
) -> None:
    a, b = f"{lo},000", f"{lo + gap},000"
    fig = f"{a} $ – {b} $" if sign_after else f"${a} - ${b}"
    got = _pay(f"{label} {br[0]}{code}{br[1]}: {fig}".replace(" , ", ", "))
    assert got == (lo * 1000, (lo + gap) * 1000, code, "year")


@settings(deadline=None, max_examples=60)
@given(
    amount=st.integers(min_value=300, max_value=2000),
    unit=st.sampled_from(["pw", "p.w.", "PW", "per wk", "p/w"]),
    hedge=st.sampled_from(["", "c. ", "approx. ", "ca. "]),
    label=st.sampled_from(["Salary:", "Pay:", "Wage:"]),
)
def test_sweep_week_and_hedge(amount: int, unit: str, hedge: str, label: str) -> None:
    assert _pay(f"{label} {hedge}£{amount} {unit}") == (amount, amount, "GBP", "week")


@pytest.mark.parametrize("piece", ["Salary (CAD): ", "c. ", "£5 pw "])
def test_hostile_repetition_stays_bounded(piece: str) -> None:
    text = BODY.format(piece * (10_000 // len(piece)) + "$70,000")
    t0 = time.process_time()
    analyze(text)
    assert time.process_time() - t0 < 0.5


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Salary: $118,000 - $126,000 + super", (118000, 126000, "AUD", "year")),
        ("Salary: $102,000 + 11.5% super", (102000, 102000, "AUD", "year")),
        ("Base salary $97k plus superannuation", (97000, 97000, "AUD", "year")),
        ("Salary: $88,000 plus KiwiSaver", (88000, 88000, "NZD", "year")),
        # "super" as an ordinary word names no country's dollars
        ("Salary: $91,000. Super friendly team!", (91000, 91000, "USD", "year")),
        ("Salary: $91,000 and a super team", (91000, 91000, "USD", "year")),
    ],
)
def test_the_retirement_scheme_beside_the_figure_names_whose_dollars(
    line: str, want: tuple[float, float, str, str]
) -> None:
    assert _pay(line) == want


@settings(deadline=None, max_examples=60)
@given(
    lo=st.integers(min_value=60, max_value=200),
    joint=st.sampled_from([" + ", " plus ", " incl. ", " inc. ", " & ", " (plus "]),
    pct=st.sampled_from(["", "11.5% ", "12% "]),
    scheme=st.sampled_from([("super", "AUD"), ("superannuation", "AUD"), ("KiwiSaver", "NZD")]),
)
def test_sweep_scheme(lo: int, joint: str, pct: str, scheme: tuple[str, str]) -> None:
    got = _pay(f"Salary: ${lo},000{joint}{pct}{scheme[0]}")
    assert got == (lo * 1000, lo * 1000, scheme[1], "year")


def test_hostile_scheme_repetition_stays_bounded() -> None:
    text = BODY.format("Salary: $80,000" + " + 11.5% " * 1100 + "super")
    t0 = time.process_time()
    analyze(text)
    assert time.process_time() - t0 < 0.5
