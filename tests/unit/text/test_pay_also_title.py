"""The pay finding names every figure the ad states for another period or currency.

Issue 11: hourly and yearly figures in one sentence must both be read, each with its period.
`Pay.figures` holds them all; the finding's title and the area summary name the main figure
and, after "also", the ones for another period or in another currency, so the report a user
reads says what the JSON says.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _salary(text: str) -> tuple[str, str]:
    r = analyze(f"# Data Analyst\n\nYou will build dashboards for the finance team.\n\n{text}\n")
    titles = [f.title for f in r.findings if f.check == "salary"]
    assert len(titles) == 1, titles
    summary = next(a.summary for a in r.areas if a.area.value == "pay")
    return titles[0], summary


@pytest.mark.parametrize(
    ("text", "main", "also"),
    [
        (
            "Compensation: $88,000-$97,000 a year, or $45-$50 an hour on contract.",
            "USD 88,000–97,000 per year",
            "USD 45–50 per hour",
        ),
        (
            "Vergütung: 5.100 € brutto pro Monat, also 61.200 € im Jahr.",
            "EUR 5,100 per month",
            "EUR 61,200 per year",
        ),
        (
            "Day rate: £450-£500 per day (roughly £95,000 per annum equivalent).",
            "GBP 450–500 per day",
            "GBP 95,000 per year",
        ),
    ],
)
def test_a_second_period_is_named_in_title_and_summary(text: str, main: str, also: str) -> None:
    title, summary = _salary(text)
    assert main in title and f"also {also}" in title
    assert f"also {also}" in summary


@pytest.mark.parametrize(
    "text",
    [
        "Salary: £52,000 - £58,000 (Manchester), £56,000 - £63,000 (London weighting).",
        "Salary: $120,000 - $140,000 per year.",
        "Gehalt: 65.000 bis 75.000 Euro brutto jährlich.",
    ],
)
def test_one_period_and_currency_adds_nothing(text: str) -> None:
    title, summary = _salary(text)
    assert "also" not in title and "also" not in summary


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(min_value=40, max_value=150),
    width=st.integers(min_value=1, max_value=30),
    hourly=st.integers(min_value=15, max_value=90),
)
def test_yearly_and_hourly_both_in_title(low: int, width: int, hourly: int) -> None:
    lo, hi = low * 1000, (low + width) * 1000
    title, _ = _salary(f"Salary: ${lo:,} - ${hi:,} per year, or ${hourly} per hour.")
    assert f"USD {lo:,}–{hi:,} per year" in title
    assert f"also USD {hourly} per hour" in title
