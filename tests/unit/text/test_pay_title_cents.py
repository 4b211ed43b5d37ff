"""A pay finding's title shows the figure the ad gives: cents are kept, never rounded."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

BODY = (
    "You will look after our stock data and build weekly reports for the store managers, "
    "working with the regional team on forecasts and the planning of deliveries.\n\n"
)


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("Pay: £12.80 per hour", "12.80"),
        ("Stundenlohn: 15,50 € brutto", "15.50"),
        ("Rate: $21.25 - $24.75 an hour", "21.25"),
        ("Salary: £45,000 per year", "45,000"),
    ],
)
def test_pay_title_keeps_the_figure(line: str, shown: str) -> None:
    report = analyze("Data Assistant\n\n" + BODY + line + "\n")
    titles = [f.title for f in report.findings if f.area.value == "pay"]
    assert any(shown in t for t in titles), titles
    assert not any(".00" in t for t in titles), titles
