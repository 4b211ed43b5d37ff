"""Numbers, percentages, pay and days per language: what is written reads back to the value."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from askback.i18n import (
    format_day,
    format_money,
    format_number,
    format_percent,
    languages,
    ntranslate,
    translate,
)

LANGS = st.sampled_from(languages())
AMOUNTS = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


def _rounded(value: float, digits: int) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)


@given(AMOUNTS, st.integers(min_value=0, max_value=4), LANGS, st.booleans())
def test_a_number_reads_back_in_its_language(
    value: float, digits: int, lang: str, sign: bool
) -> None:
    text = format_number(value, lang, digits, sign=sign)
    assert parse_decimal(text.removeprefix("+"), locale=lang, strict=True) == _rounded(
        value, digits
    )
    decimals = text.rpartition(",")[2] if lang == "de" else text.rpartition(".")[2]
    assert digits == 0 or len(decimals) == digits
    assert not sign or text[0] in "+-"


@given(st.integers(min_value=1000, max_value=10**12))
def test_thousands_are_grouped_the_way_each_language_groups_them(amount: int) -> None:
    en, de = format_number(amount, "en"), format_number(amount, "de")
    assert en == f"{amount:,}" and de == f"{amount:,}".replace(",", ".")


@given(st.floats(min_value=0, max_value=1, allow_nan=False), st.integers(0, 2), LANGS)
def test_a_share_reads_back_as_its_percentage(share: float, digits: int, lang: str) -> None:
    text = format_percent(share, lang, digits)
    number = text.replace("%", "").replace("\u00a0", "").strip()
    shown = parse_decimal(number, locale=lang, strict=True)
    assert abs(shown - Decimal(repr(share)) * 100) <= Decimal(1).scaleb(-digits) / 2 + Decimal(
        "1e-9"
    )
    # German puts a (no-break) space before the sign, English does not.
    assert text.endswith("\u00a0%") == (lang == "de")


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["EUR", "USD", "CHF", "GBP"]),
    LANGS,
)
def test_a_pay_range_reads_back_to_both_amounts(low: int, high: int, cur: str, lang: str) -> None:
    text = format_money(low, high, cur, lang)
    numbers = text.replace("\u00a0", " ")
    for symbol in ("€", "$", "CHF", "£", "US"):
        numbers = numbers.replace(symbol, "")
    parts = [parse_decimal(p.strip(), locale=lang, strict=True) for p in numbers.split("–")]
    assert parts == ([Decimal(low)] if low == high else [Decimal(low), Decimal(high)])


def test_pay_and_days_in_the_issue_s_examples() -> None:
    assert format_money(78000, 92000, "EUR", "de") == "78.000–92.000\u00a0€"
    assert format_money(78000, 92000, "EUR", "en") == "€78,000–92,000"
    assert format_day(date(2026, 12, 3), "de") == "3. Dez. 2026"
    assert format_day(date(2026, 12, 3), "en") == "Dec 3, 2026"
    assert format_day(date(2031, 1, 6), "de", weekday=True) == "Mo., 6. Jan. 2031"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)), LANGS)
def test_a_day_names_its_year_and_day_and_tells_days_apart(day: date, lang: str) -> None:
    text = format_day(day, lang)
    assert str(day.year) in text and str(day.day) in text
    other = date(day.year, day.month % 12 + 1, 1) if day.day != 1 else date(day.year, 1, 2)
    assert other == day or format_day(other, lang) != text


def test_a_percentage_in_a_message_is_written_the_language_s_way() -> None:
    risk = "deal breaker at least {level}: {risk:.0%} risk ({verdict})"
    assert "37%" in translate("en", risk, level=3, risk=0.37, verdict="x")
    assert "37\u00a0% Risiko" in translate("de", risk, level=3, risk=0.37, verdict="x")


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False), st.integers(0, 10**6), LANGS)
def test_numbers_in_messages_read_back_in_their_language(value: float, n: int, lang: str) -> None:
    message = "{label} — weighted fit {mean:.1f}, 80 %\u00a0interval {low:.1f}–{high:.1f}"
    text = translate(lang, message, label="Acme", mean=value, low=1.0, high=2.0)
    # The mean is the last word before the first ", " (a decimal comma has no space after it).
    mean = text.split(", ")[0].rsplit(" ", 1)[1]
    assert parse_decimal(mean, locale=lang, strict=True) == _rounded(value, 1)
    counted = ntranslate(lang, "{n} answer", "{n} answers", n)
    assert counted.split(" ", 1)[0] == str(n)
    assert counted.endswith(("answer", "Antwort") if n == 1 else ("answers", "Antworten"))
