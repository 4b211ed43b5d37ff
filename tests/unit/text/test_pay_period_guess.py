"""Pay periods the ad leaves unwritten, on figures written for this file: pounds and dollars of
part-time yearly size, "pro rata" and "FTE", and the glued UK hour shorthand "phr"."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

BODY = (
    "\n\nWe are looking for a domestic assistant for our hospice. You will keep the wards clean.\n"
)


def _pay(line: str) -> tuple[float | None, str | None, str | None]:
    p = analyze("## Domestic Assistant\n\n" + line + BODY).pay
    return p.minimum, p.period, p.currency


@pytest.mark.parametrize(
    ("line", "amount", "cur"),
    [
        ("Salary: £9,068.00", 9068.0, "GBP"),
        ("Salary: £8,450", 8450.0, "GBP"),
        ("Pay: $8,200", 8200.0, "USD"),
        ("Salary: £11,000 - £12,400", 11000.0, "GBP"),
    ],
)
def test_pounds_and_dollars_of_a_years_size_are_a_year(line: str, amount: float, cur: str) -> None:
    assert _pay(line) == (amount, "year", cur)


@pytest.mark.parametrize(
    ("line", "period"),
    [
        ("Salary: £3,500", "month"),
        ("Gehalt: 9.000 €", "month"),
        ("Salary: €7,000", "month"),
        ("Salary: £7,450", "month"),
    ],
)
def test_other_sizes_and_currencies_keep_the_monthly_reading(line: str, period: str) -> None:
    assert _pay(line)[1] == period


@pytest.mark.parametrize(
    "line",
    [
        "Salary: £12,500 pro rata",
        "Salary: £12,500 pro-rata",
        "Salary: €12,500 (pro rata)",
        "Salary: £14,000 FTE",
        "Salary: €13,000 full-time equivalent",
    ],
)
def test_pro_rata_and_fte_are_a_year(line: str) -> None:
    assert _pay(line)[1] == "year"


def test_a_written_period_wins_over_pro_rata() -> None:
    assert _pay("Salary: £2,500 per month pro rata")[1] == "month"


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("Salary: £10phr/Inclusive", 10.0),
        ("Salary: £10.50 phr", 10.5),
        ("Rate: £12 p/hr", 12.0),
        ("Salary: £9.80 PH", 9.8),
    ],
)
def test_glued_hour_shorthand(line: str, amount: float) -> None:
    assert _pay(line)[:2] == (amount, "hour")


def test_phrase_that_only_starts_like_phr_is_no_period() -> None:
    # "phrase" is a word: no hour there, so the figure keeps its size reading.
    assert _pay("Salary: £24,000 phrased as a band")[1] == "year"
