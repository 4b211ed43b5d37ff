"""One exact pay figure is as transparent as a range; one end of it ("up to", "from") is not.

Sentences written for this test, in the shapes boards use: hourly, monthly and yearly figures,
English and German, beside near-misses that state only one end or a range.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import Level


def _salary(text: str):  # type: ignore[no-untyped-def]
    found = [f for f in analyze(text).findings if f.check == "salary"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Warehouse operative, night shifts.\nPay: £13.40 an hour.",
        "Junior data analyst in Leeds. Salary: £31,500 per annum.",
        "Wir zahlen 3.950 € brutto im Monat für 40 Stunden.",
        "Vergütung: 17,20 € pro Stunde, Vollzeit.",
        "Compensation: $88,000 a year, plus benefits.",
    ],
)
def test_one_exact_figure_is_positive(text: str) -> None:
    f = _salary(text)
    assert f.level is Level.POSITIVE
    assert f.rating == 4
    assert f.data["kind"] == "figure"
    assert "range" not in f.ask  # no range to ask about
    assert "up to" not in f.title and "from" not in f.title


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Senior analyst. Salary up to £58,000 per year depending on experience.", "up to"),
        ("Data engineer, Berlin. Gehalt ab 62.000 € brutto im Jahr.", "from"),
        ("Pay from $30 per hour.", "from"),
    ],
)
def test_one_end_only_stays_info(text: str, word: str) -> None:
    f = _salary(text)
    assert f.level is Level.INFO
    assert f.rating == 3
    assert f.data["kind"] == "open-ended"
    assert f.title.startswith(f"Salary stated: {word} ")
    assert "other end" in f.ask


def test_a_range_is_still_a_range() -> None:
    f = _salary("Analytics engineer. Salary: €54,000 – €61,000 per year.")
    assert f.level is Level.POSITIVE
    assert f.data["kind"] == "range"
    assert "range" in f.ask


_CURRENCIES = [("£", "GBP"), ("$", "USD"), ("€", "EUR")]
# Each period with the amounts a salary is paid in for it (a figure far outside is not read as
# the salary at all: see test_no_figure_is_no_competitive_wording).
_PERIODS = {
    "per year": (15_000, 250_000),
    "a year": (15_000, 250_000),
    "per annum": (15_000, 250_000),
    "an hour": (12, 150),
    "per hour": (12, 150),
    "a month": (1_500, 15_000),
}


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    currency=st.sampled_from(_CURRENCIES),
    period=st.sampled_from(sorted(_PERIODS)),
    bound=st.sampled_from(["", "up to ", "from "]),
    label=st.sampled_from(["Salary: ", "Pay: ", "Compensation: ", "We pay "]),
)
def test_any_one_figure_exact_or_bounded(
    data: st.DataObject, currency: tuple[str, str], period: str, bound: str, label: str
) -> None:
    # Whatever the figure, currency, period and label: an exact figure is positive, one end
    # only is info, and neither is called a range.
    amount = data.draw(st.integers(*_PERIODS[period]), label="amount")
    sign, _ = currency
    text = f"Data analyst, Leeds.\n{label}{bound}{sign}{amount:,} {period}."
    f = _salary(text)
    if bound:
        assert (f.level, f.rating, f.data["kind"]) == (Level.INFO, 3, "open-ended")
    else:
        assert (f.level, f.rating, f.data["kind"]) == (Level.POSITIVE, 4, "figure")
    assert "range" not in f.ask


@pytest.mark.parametrize(
    "text",
    [
        "Data analyst, Leeds.\nSalary: DOE.",
        "Data analyst, Leeds.\nSalary: £12 a month.",
        "Vergütung: nach Vereinbarung.",
    ],
)
def test_no_figure_is_no_competitive_wording(text: str) -> None:
    # Pay is mentioned and no salary figure is read: the title says so, and does not claim
    # "competitive" wording the ad does not hold.
    f = _salary(text)
    assert f.level is Level.GAP
    assert "competitive" not in f.title
    assert f.title == "No salary stated (pay is mentioned, but no salary figure is given)"
