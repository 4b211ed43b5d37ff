"""An hourly and a yearly figure on one pay line are both read, each with its period.

Written with a currency sign, both figures were read ("£25.00 per hour (approx. £52,000 per
year)"); under a pay label without one, only the first was ("Pay: 25.00 per hour (approx.
52,000 per year)" gave the hourly rate alone). German hourly labels ("Stundenlohn:") were no pay
labels at all. Sentences written for this test, with a Hypothesis sweep.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _figs(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(f.minimum, f.maximum, f.period) for f in analyze(text).pay.figures]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Pay: 25.00 per hour (approx. 52,000 per year)", (25, "hour"), (52_000, "year")),
        ("Pay: 14.50 per hour / 28,275 per year", (14.5, "hour"), (28_275, "year")),
        ("Rate: 18.20 an hour ~ 35,500 a year", (18.2, "hour"), (35_500, "year")),
        ("Wage: 12.10 per hour (c. 23,595 pro rata per annum)", (12.1, "hour"), (23_595, "year")),
        ("Salary: 26,000 per annum pro rata (13.33 per hour)", (26_000, "year"), (13.33, "hour")),
        (
            "Salary: 44,720 annually, equivalent to 21.50 hourly",
            (44_720, "year"),
            (21.5, "hour"),
        ),
        ("Stundenlohn: 24,50 pro Stunde (ca. 52.000 jährlich)", (24.5, "hour"), (52_000, "year")),
        ("Gehalt: 52.000 im Jahr (entspricht 25 pro Stunde)", (52_000, "year"), (25, "hour")),
    ],
)
def test_both_figures_of_a_pay_line(
    text: str, first: tuple[float, str], second: tuple[float, str]
) -> None:
    got = _figs(text)
    assert got[0] == (first[0], first[0], first[1]), got
    assert (second[0], second[0], second[1]) in got, got
    p = analyze(text).pay
    assert (p.minimum, p.period) == first  # the first figure stays the pay


def test_ranges_in_both_periods() -> None:
    got = _figs("Pay: 15.00 - 17.50 per hour (approx. 29,250 - 34,125 per year)")
    assert got == [(15, 17.5, "hour"), (29_250, 34_125, "year")]


@pytest.mark.parametrize(
    "text",
    [
        # Another rate in the next clause or sentence is not the same pay.
        "Salary: 36,000 per year; overtime paid at 25.00 per hour",
        "Hourly rate: 19.50 per hour. Shift allowance 2.00 per hour.",
        # Hours are no pay figure.
        "Salary: 32,000 per annum, 37.5 hours per week",
    ],
)
def test_other_rates_and_hours_are_not_conversions(text: str) -> None:
    assert len(_figs(text)) == 1


@settings(max_examples=80, deadline=None)
@given(
    label=st.sampled_from(["Pay", "Rate", "Wage", "Hourly rate", "Salary"]),
    cents=st.integers(min_value=1000, max_value=6000),
    hedge=st.sampled_from(["approx. ", "approximately ", "~", "c. ", "equivalent to ", ""]),
    wrap=st.sampled_from(["({})", " {}", ", {}", " / {}"]),
    hour=st.sampled_from(["per hour", "an hour", "hourly", "/hr"]),
    year=st.sampled_from(["per year", "a year", "per annum", "annually", "pro rata per annum"]),
    yearly_first=st.booleans(),
)
def test_sweep_hourly_and_yearly(
    label: str,
    cents: int,
    hedge: str,
    wrap: str,
    hour: str,
    year: str,
    yearly_first: bool,
) -> None:
    rate = cents / 100
    annual = round(rate * 2_080)
    h, y = f"{rate:.2f} {hour}", f"{annual:,} {year}"
    a, b = (y, h) if yearly_first else (h, y)
    text = f"{label}: {a}" + wrap.format(hedge + b)
    got = _figs(text)
    assert (rate, rate, "hour") in got and (annual, annual, "year") in got, (text, got)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # A period word after the first figure is not the second's: "pro rata" says the year.
        ("Pay: 24.80 per hour (approx. 48,360 pro rata)", (48_360, "year")),
        ("Rate: 19.40 per hour (approx. 37,830 FTE)", (37_830, "year")),
        # With a currency sign: a period word before the figure that does not fit it is the
        # figure's before it.
        ("Rate: £19.40 per hour (approx. £37,830 FTE)", (37_830, "year")),
        ("Pay: £19.81 - £22.52 per hour (£38,000 pro-rata)", (38_000, "year")),
    ],
)
def test_the_first_figures_period_is_not_the_seconds(text: str, second: tuple[float, str]) -> None:
    assert (second[0], second[0], second[1]) in _figs(text)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Pay floor: $23.10/hr\nPay ceiling: $27.80/hr", 23.1, 27.8),
        ("Salary floor: 64,000\nSalary ceiling: 72,000", 64_000, 72_000),
        ("Salary floor: £41,000\nSalary cap: £47,500", 41_000, 47_500),
    ],
)
def test_floor_and_ceiling_lines_make_a_range(text: str, low: float, high: float) -> None:
    p = analyze(text).pay
    assert (p.minimum, p.maximum) == (low, high)
