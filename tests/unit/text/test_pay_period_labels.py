"""Each figure keeps its own period when two stand in one sentence, and a slash period written
right after "brutto" or "gross" counts as written.

"Stundenlohn: 18,50 €, Jahresgehalt ca. 38.000 €" lost the hourly rate: the year word that labels
the second figure was read as the first one's period. "4.200 € brutto/Monat" was reported as a
period judged from the amount. Sentences written for this test, with a Hypothesis sweep over the
labels of both figures, the separators and the languages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _figures(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.minimum, f.period) for f in analyze(text).pay.figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stundenlohn: 18,50 €, Jahresgehalt ca. 38.000 €", [(18.5, "hour"), (38000, "year")]),
        ("Hourly rate: $22.50, annual salary approx. $46,800", [(22.5, "hour"), (46800, "year")]),
        ("Tagessatz: 650 €; Monatsgehalt: 9.000 €", [(650, "day"), (9000, "month")]),
        ("Pay: $30 an hour, $62,400 a year", [(30, "hour"), (62400, "year")]),
    ],
)
def test_two_labelled_figures_keep_their_periods(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Gehalt: 4.200 € brutto/Monat", "month"),
        ("Salary: £2,900 gross/month", "month"),
        ("Gehalt 55.000 € brutto/Jahr", "year"),
        ("Vergütung 25 € netto/Stunde", "hour"),
    ],
)
def test_a_slash_period_after_gross_is_written(text: str, period: str) -> None:
    f = next(f for f in analyze(text).findings if f.check == "salary")
    assert f.title.endswith(f"per {period}"), f.title  # no "(period not written …)"


def test_a_slash_after_another_word_is_no_period() -> None:
    assert analyze("Top speed 30 km/h on the test track.").pay.figures == []


_HOURLY = [("Stundenlohn:", "€", ","), ("Hourly rate:", "$", "."), ("Hourly wage", "£", ".")]
_YEARLY = [("Jahresgehalt ca.", "€"), ("annual salary approx.", "$"), ("yearly pay about", "£")]


@settings(max_examples=60, deadline=None)
@given(
    hourly=st.sampled_from(_HOURLY),
    yearly=st.sampled_from(_YEARLY),
    cents=st.integers(min_value=10, max_value=99),
    euros=st.integers(min_value=14, max_value=60),
    sep=st.sampled_from([", ", "; "]),
)
def test_sweep_hourly_then_yearly(hourly, yearly, cents: int, euros: int, sep: str) -> None:  # type: ignore[no-untyped-def]
    label, sign, dec = hourly
    ylabel, ysign = yearly
    year = euros * 2080
    text = f"{label} {sign}{euros}{dec}{cents}{sep}{ylabel} {ysign}{year:,}"
    periods = [p for _, p in _figures(text)]
    assert periods[:1] == ["hour"], text
