"""Whose crowns a bare "kr" is: the ad's own words decide between SEK, DKK and NOK."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.areas_terms import pay as pay_findings
from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.pay_crowns import crowns
from askback.text.report import Pay

TITLE = "Dataanalytiker\n\n"


def _pay(body: str) -> Pay:
    return analyze(TITLE + body + "\n").pay


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # Danish
        ("Løn: 42.000 kr. pr. måned. Arbejdssted: Aarhus.", "DKK"),
        ("Månedsløn: kr. 45.000,- Vi søger en kollega til vores team i København.", "DKK"),
        ("Du får en løn på 38.000-44.000 kr. om måneden.", "DKK"),
        ("Timeløn: 210 kr. Arbejdet foregår i Odense.", "DKK"),
        ("Årsløn: 540.000 kr. Vi er en dansk virksomhed med 40 medarbejdere.", "DKK"),
        # Norwegian
        ("Lønn: 55 000 kr per måned. Stillingen er i Oslo.", "NOK"),
        ("Månedslønn: kr. 48 000,- Vi søker en utvikler til Bergen.", "NOK"),
        ("Årslønn: 620 000 kr. Arbeidet er i Trondheim, Norge.", "NOK"),
        ("Timelønn: 230 kr. Vi er en norsk virksomhet med mye erfaring.", "NOK"),
        ("Du får kr 50 000 i måneden i lønn etter avtale med oss i Stavanger.", "NOK"),
        # Swedish
        ("Lön: 45 000 kr per månad. Placering: Stockholm.", "SEK"),
        ("Månadslön: 41 000 kr. Vi söker en analytiker till Göteborg.", "SEK"),
        ("Timlön: 175 kr och du arbetar i Malmö.", "SEK"),
        ("Lönen är 38 000–44 000 kr i månaden.", "SEK"),
    ],
)
def test_nordic_ads_pay_in_their_own_crowns(body: str, currency: str) -> None:
    p = _pay(body)
    assert p.stated and p.currency == currency
    assert "crowns" not in p.guessed


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        ("Salary: 45,000 kr per month. Location: Copenhagen, Denmark.", "DKK"),
        ("We are based in Aarhus. Salary: 40,000-48,000 kr per month.", "DKK"),
        ("Our office is in Oslo, Norway. Pay: 52,000 kr a month.", "NOK"),
        ("Salary: 48,000 kr per month, in our Stockholm office.", "SEK"),
    ],
)
def test_english_ads_take_the_crowns_of_the_place_they_name(body: str, currency: str) -> None:
    p = _pay(body)
    assert p.stated and p.currency == currency
    assert "crowns" not in p.guessed


@pytest.mark.parametrize(
    ("body", "currency"),
    [
        # The code written elsewhere wins over the place: a Swedish firm paying in DKK.
        ("Lön: 45 000 kr per månad (DKK). Kontor i Stockholm.", "DKK"),
        ("Salary: 45,000 kr per month (NOK). Office in Copenhagen.", "NOK"),
        ("Løn: 42.000 kr. pr. måned, i alt 504.000 SEK om året.", "SEK"),
    ],
)
def test_a_code_written_elsewhere_in_the_ad_wins(body: str, currency: str) -> None:
    assert _pay(body).currency == currency


@pytest.mark.parametrize(
    "body",
    [
        "Salary: 45,000 kr per month.",
        "Pay: 40 000 - 45 000 kr monthly, plus pension.",
        # Both countries named: no winner.
        "Offices in Oslo and Copenhagen. Salary: 45,000 kr per month.",
    ],
)
def test_no_signal_keeps_swedish_crowns_as_a_guess(body: str) -> None:
    p = _pay(body)
    assert p.currency == "SEK"
    assert "crowns" in p.guessed
    findings, _ = pay_findings(prepare(TITLE + body), p)
    assert "the ad does not say whose" in findings[0].title


@pytest.mark.parametrize(
    "body",
    [
        "Lønn: 55 000 kr per måned i Oslo. Vi ønsker søkere fra hele EU/EØS.",
        "Vi søker en utvikler i Bergen, Norge. Søkere fra EU/EØS er velkomne. Lønn etter avtale.",
        "Our office is in Oslo, Norway, and we hire from across Europe. Competitive salary.",
    ],
)
def test_norway_is_not_in_the_eu(body: str) -> None:
    assert analyze(TITLE + body).pay.eu is False


@pytest.mark.parametrize(
    "body",
    [
        "Vi søger en udvikler i København. Løn efter aftale.",
        "Our office is in Copenhagen and we hire from across Europe.",
        "Vi söker en utvecklare i Stockholm. Lön enligt överenskommelse.",
        "We hire from across the EU.",
    ],
)
def test_eu_places_still_count(body: str) -> None:
    assert analyze(TITLE + body).pay.eu is True


@pytest.mark.parametrize(
    "text",
    [
        "",
        "kr",
        "kr kr kr kr",
        "DKK NOK SEK",
        "dkk nok sek",  # lower-case codes are no codes
        "løn lønn lön",
        "\x00\u202e kr.\u00a0-",
    ],
)
def test_hostile_text_gives_a_currency_and_never_fails(text: str) -> None:
    cur, guessed = crowns(prepare(text))
    assert cur in {"SEK", "DKK", "NOK"}
    assert isinstance(guessed, bool)


def test_long_repeats_of_kr_amounts_stay_quick_and_read() -> None:
    p = _pay("Løn: kr. 45.000,- pr. måned i Aarhus. " * 3000)
    assert p.currency == "DKK" and p.minimum == 45000


_AMOUNTS = st.integers(min_value=20, max_value=99).map(lambda n: f"{n}.000")
_KR = st.sampled_from(["kr", "kr.", "Kr.", "KR"])
_PLACES = st.sampled_from(
    [
        ("Vi søger en kollega i Aarhus.", "DKK"),
        ("Stillingen er i Oslo, Norge.", "NOK"),
        ("Tjänsten är i Stockholm.", "SEK"),
        ("Location: Copenhagen, Denmark.", "DKK"),
    ]
)


@settings(max_examples=60, deadline=None)
@given(amount=_AMOUNTS, kr=_KR, place=_PLACES, lead=st.booleans())
def test_any_amount_and_crown_word_follow_the_place(
    amount: str, kr: str, place: tuple[str, str], lead: bool
) -> None:
    words, currency = place
    figure = f"{kr} {amount}" if lead else f"{amount} {kr}"
    p = _pay(f"{words}\nSalary: {figure} per month")
    assert p.stated and p.currency == currency
    assert p.minimum == float(amount.replace(".", ""))
    assert "crowns" not in p.guessed
