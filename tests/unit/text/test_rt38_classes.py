"""rt38: the classes its probe round found open, tested on sentences written for these tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

_FILL = "You will turn data into decisions with product and engineering colleagues. " * 2
_FILL_DE = "Du arbeitest mit Produkt und Entwicklung und machst aus Daten Entscheidungen. " * 2


def _ad(fragment: str) -> str:
    return f"# Analytics Engineer\n\n{_FILL}\n\n{fragment}\n\n{_FILL}\n"


def _ad_de(fragment: str) -> str:
    return f"# Controller (m/w/d)\n\n{_FILL_DE}\n\n{fragment}\n\n{_FILL_DE}\n"


# ---- pay: the top of a range labelled "upper", the bottom "lower", on separate lines


def test_upper_and_lower_limit_lines_are_one_range() -> None:
    r = analyze(_ad("Salary lower limit: $66,000 a year\nSalary upper limit: $79,500 a year"))
    assert (r.pay.minimum, r.pay.maximum, r.pay.period) == (66000, 79500, "year")


def test_upper_end_before_lower_end_is_one_range() -> None:
    r = analyze(_ad("Upper end: €5,100 per month\nLower end: €4,400 per month"))
    assert (r.pay.minimum, r.pay.maximum, r.pay.period) == (4400, 5100, "month")


def test_upper_with_another_period_stays_two_figures() -> None:
    r = analyze(_ad("Lower rate: £14.80 an hour\nUpper band: £31,000 a year"))
    got = {(f.minimum, f.period) for f in r.pay.figures}
    assert (14.8, "hour") in got and (31000, "year") in got


@settings(max_examples=25, deadline=None)
@given(
    low=st.integers(min_value=30, max_value=90),
    gap=st.integers(min_value=1, max_value=30),
    cur=st.sampled_from(["$", "£", "€"]),
)
def test_lower_upper_lines_any_amounts(low: int, gap: int, cur: str) -> None:
    lo, hi = low * 1000, (low + gap) * 1000
    r = analyze(_ad(f"Lower bound: {cur}{lo:,} per year\nUpper bound: {cur}{hi:,} per year"))
    assert (r.pay.minimum, r.pay.maximum) == (lo, hi)


# ---- requirements: "Wir erwarten" without "was"/"das" opens the must-have list


def test_wir_erwarten_heading_opens_the_list() -> None:
    r = analyze(_ad_de("Wir erwarten\n- Abgeschlossenes BWL-Studium\n- SAP FI/CO\n- Excel"))
    assert r.must_haves == 3


def test_von_ihnen_erwarten_wir_heading_with_colon() -> None:
    r = analyze(_ad_de("Von Ihnen erwarten wir:\n- Bilanzierung nach HGB\n- DATEV\n"))
    assert r.must_haves == 2


def test_wir_erwarten_in_a_sentence_is_not_a_heading() -> None:
    text = _ad_de(
        "Wir erwarten ein starkes Wachstum im nächsten Jahr.\n"
        "Deine Aufgaben\n- Monatsabschlüsse\n- Reporting\n- Planung"
    )
    r = analyze(text)
    assert not r.must_haves
