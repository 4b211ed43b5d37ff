"""Second-author probe (issue 11): pay in shapes the earlier rounds did not try: a minimum and
a maximum on labelled lines with two label words ("Salary Range Minimum") or German labels
("Mindestgehalt", "Höchstgehalt"), and an hourly rate with a bracketed yearly figure after it."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

FILLER = "You will build reports and models with the analytics team and share results. " * 6
FILLER_DE = "Du baust Berichte und Modelle im Analytics-Team und teilst die Ergebnisse. " * 6


def _pay(text: str, de: bool = False) -> tuple[float | None, float | None, str | None]:
    r = analyze(f"Data Analyst\n\n{FILLER_DE if de else FILLER}\n\n{text}\n")
    return r.pay.minimum, r.pay.maximum, r.pay.period


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary Range Minimum: 85,000\nSalary Range Maximum: 105,000", 85000, 105000),
        ("Pay Band Minimum: 64,000\nPay Band Maximum: 79,000", 64000, 79000),
        ("Salary range max: 98,000\nSalary range min: 81,000", 81000, 98000),
        ("Lowest salary: £41,000\nHighest salary: £47,500", 41000, 47500),
    ],
)
def test_min_and_max_lines_with_two_label_words(text: str, low: float, high: float) -> None:
    assert _pay(text)[:2] == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Mindestgehalt: 50.000 €\nHöchstgehalt: 62.000 €", 50000, 62000),
        ("Gehalt minimal: 47.000 EUR\nGehalt maximal: 55.000 EUR", 47000, 55000),
        ("Höchstgehalt: 90.000 €\nMindestgehalt: 72.000 €", 72000, 90000),
    ],
)
def test_german_min_and_max_lines(text: str, low: float, high: float) -> None:
    assert _pay(text, de=True)[:2] == (low, high)


@pytest.mark.parametrize(
    ("text", "rate", "yearly"),
    [
        ("Stundensatz 25 € (ca. 52.000 € im Jahr).", 25.0, 52000.0),
        ("Stundenlohn 19,50 € (rund 40.000 € pro Jahr)", 19.5, 40000.0),
        ("Hourly rate $41 (about $85,000 per year).", 41.0, 85000.0),
        # fifth round: the yearly figure after a comma
        ("Stundensatz 24 €, das sind etwa 50.000 € im Jahr.", 24.0, 50000.0),
        ("Hourly rate $33, which works out at roughly $68,000 a year.", 33.0, 68000.0),
        ("Stundenlohn 17,80 €, hochgerechnet rund 37.000 € jährlich.", 17.8, 37000.0),
    ],
)
def test_an_hourly_rate_before_a_bracketed_or_comma_yearly_figure(
    text: str, rate: float, yearly: float
) -> None:
    r = analyze(f"Data Analyst\n\n{FILLER}\n\n{text}\n")
    got = {(f.minimum, f.period) for f in r.pay.figures}
    assert (rate, "hour") in got, got
    assert (yearly, "year") in got, got


# --- fifth round -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "period"),
    [
        ("Salary: $71,000 per year. Lunch is on us every Friday.", 71000, "year"),
        ("Pay: £39,500 a year. Bonus schemes are reviewed annually.", 39500, "year"),
        ("Gehalt: 58.000 € im Jahr. Jobticket und Essenszuschuss inklusive.", 58000, "year"),
    ],
)
def test_the_next_sentence_does_not_make_pay_something_else(
    text: str, low: float, period: str
) -> None:
    got = _pay(text, de=text.startswith("Gehalt"))
    assert got[0] == low and got[2] == period, got


def test_a_benefit_in_the_same_sentence_is_still_not_pay() -> None:
    assert _pay("We add a lunch allowance of $150 per month.") == (None, None, None)
