"""Whose money a figure is when the ad writes no currency beside it, read from the ad's places.

A bare "$" was always read as US dollars, also in ads from Sydney, Toronto or Auckland; and a
figure under a pay label with no currency stayed without one in an ad that names only English
places ("Salary: 17,265.85" for a home in East Sussex). Sentences written for this test, with
Hypothesis sweeps over places and figures.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

FILL = "You will care for our residents and keep clear notes of their day.\n\n"


def _pay(text: str) -> tuple[str | None, list[str]]:
    p = analyze(FILL + text + "\n\n" + FILL).pay
    return p.currency, p.guessed


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Location: Parramatta, NSW\nSalary: $95,000 - $110,000", "AUD"),
        ("Location: Brisbane, Queensland\nSalary: $88,000 - $96,000", "AUD"),
        ("Based in Toronto, Ontario. Salary: $85,000 - $95,000 per year.", "CAD"),
        ("Location: Kelowna, BC\nPay range: $70,000 – $82,000", "CAD"),
        ("Auckland, New Zealand\nSalary: $80,000 - $90,000", "NZD"),
        ("Our Singapore office. Monthly salary: $6,000 - $8,000", "SGD"),
        ("Hong Kong office. Monthly salary: $40,000 - $48,000", "HKD"),
        # A town named with another country's province after a comma is that country's.
        ("Location: Sydney, Nova Scotia\nSalary: $75,000 - $90,000", "CAD"),
        ("Location: London, Ontario\nSalary: $70,000 - $80,000", "CAD"),
    ],
)
def test_places_of_one_dollar_country(text: str, currency: str) -> None:
    cur, guessed = _pay(text)
    assert cur == currency and "dollars-places" in guessed


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # A dollar code written by a figure elsewhere decides, and is no guess.
        ("Salary: $100,000 - $120,000. All figures in AUD.", "AUD"),
        ("Salary: $64,000 - $70,000\nRelocation: up to 5,000 CAD", "CAD"),
        # "CAD" and "SGD" with no figure are design software and an optimiser.
        ("Experience with CAD tools and SGD.\nSalary: $90,000 - $100,000", "USD"),
        # US places, or none: US dollars, as before.
        ("Location: Austin, Texas\nSalary: $95,000 - $110,000", "USD"),
        ("Location: Denver, CO\nSalary: $95,000 - $110,000", "USD"),
        # US towns that share a name with a town abroad.
        ("Location: Vancouver, Washington\nSalary: $43,000 - $68,000", "USD"),
        ("Location: Melbourne, Florida\nSalary: $70,000 - $80,000", "USD"),
        # "(CAD)" for design software is no currency; a federal grade is the US government's.
        ("Salary: $60,000 - $78,000\nBuild computer-aided design (CAD) models.", "USD"),
        ("Engineer, GS-0802-07\nSalary: $43,000 - $68,000\nLocation: Calgary, Alberta", "USD"),
        ("Salary: $95,000 - $110,000", "USD"),
    ],
)
def test_codes_and_us_ads(text: str, currency: str) -> None:
    cur, guessed = _pay(text)
    assert cur == currency and not any(g.startswith("dollars") for g in guessed)


@pytest.mark.parametrize(
    "text",
    [
        "Remote (US or Canada)\nSalary: $75,000 - $90,000",
        "Offices in Seattle and Vancouver\nSalary: $75,000 - $90,000",
    ],
)
def test_places_of_two_dollar_countries_leave_it_unclear(text: str) -> None:
    cur, guessed = _pay(text)
    assert cur == "USD" and "dollars-unclear" in guessed
    r = analyze(FILL + text)
    (f,) = [f for f in r.findings if f.check == "salary"]
    assert "another country" in f.title and f.confidence == "low"


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Salary: 17,480.20\nOur home in Heathfield, East Sussex", "GBP"),
        ("Salary: 28,500\nOur home in Cardiff, Wales", "GBP"),
        ("Salary: 28,500\nA care home in New South Wales", "AUD"),
        ("Gehalt: 52.000 im Jahr\nStandort: Hamburg", "EUR"),
    ],
)
def test_a_figure_without_currency_takes_the_country_named(text: str, currency: str) -> None:
    cur, guessed = _pay(text)
    assert cur == currency and "currency" in guessed


def test_two_countries_named_give_no_currency() -> None:
    cur, _ = _pay("Salary: 28,500\nOffices in Leeds and Toronto")
    assert cur is None
    cur, _ = _pay("Salary: 28,500\nLondon, Ontario")  # a town of Ontario: Canadian
    assert cur == "CAD"


AU = ["Sydney, NSW", "Melbourne, Australia", "Adelaide, South Australia", "Hobart, Tasmania"]
CA = ["Calgary, Alberta", "Ottawa, ON", "Halifax, Nova Scotia", "Winnipeg, Manitoba"]
NZ = ["Christchurch, New Zealand", "Wellington"]
US = ["Austin, TX", "Columbus, Ohio", "Boston, MA", "Portland, Oregon"]


@settings(max_examples=80, deadline=None)
@given(
    where=st.sampled_from(
        [(p, "AUD") for p in AU] + [(p, "CAD") for p in CA] + [(p, "NZD") for p in NZ]
    ),
    low=st.integers(min_value=50, max_value=150),
    label=st.sampled_from(["Salary", "Pay range", "Compensation"]),
    us=st.sampled_from([None, *US]),
)
def test_sweep_dollar_places(where: tuple[str, str], low: int, label: str, us: str | None) -> None:
    place, code = where
    lines = [f"Location: {place}", f"{label}: ${low},000 - ${low + 10},000"]
    if us is not None:
        lines.insert(1, f"Other office: {us}")
    cur, guessed = _pay("\n".join(lines))
    if us is None:
        assert (cur, "dollars-places" in guessed) == (code, True), lines
    else:
        # Places of the US too: never another country's dollars (unclear, or US dollars where
        # the US places are at least twice as many).
        assert cur == "USD" and "dollars-places" not in guessed, lines


@settings(max_examples=40, deadline=None)
@given(place=st.sampled_from(US), low=st.integers(min_value=40, max_value=150))
def test_sweep_us_ads_stay_usd(place: str, low: int) -> None:
    cur, guessed = _pay(f"Location: {place}\nSalary: ${low},000 - ${low + 12},000")
    assert cur == "USD" and guessed == ["period"]
