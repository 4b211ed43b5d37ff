"""Messages, plurals, numbers and dates in the user's language: gettext catalogs and Babel.

English is the source language: a message's English text is its msgid. Every other language is a
catalog in `askback/locale/<lang>/LC_MESSAGES/askback.po` (with its compiled `.mo` beside it);
adding a language means adding a catalog (see CONTRIBUTING.md, "Translating askback").

Messages use `{name}` placeholders. Numbers put into a message are written the language's way
(`{share:.0%}` is "37%" in English and "37 %" in German; `{n:,}` groups thousands).
"""

from __future__ import annotations

import gettext as _gettext
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "askback"
SOURCE_LANGUAGE = "en"


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The languages askback speaks: English and every language with a compiled catalog."""
    found = sorted(p.parents[1].name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *(lang for lang in found if lang != SOURCE_LANGUAGE))


def language_name(lang: str) -> str:
    """A language's own name for itself: 'English', 'Deutsch'."""
    from babel import Locale

    name = Locale.parse(lang).display_name or lang
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=16)
def catalog(lang: str) -> _gettext.NullTranslations:
    """The compiled catalog of lang (English, and unknown languages, use the msgids)."""
    if lang == SOURCE_LANGUAGE or lang not in languages():
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALE_DIR, [lang])


def N_(message: str) -> str:
    """Mark a message for extraction where it is defined; translate it where it is shown."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message that counts for extraction; `ntranslate` picks its form when shown."""
    return singular, plural


def NP_(context: str, message: str) -> str:
    """Mark a message with a context for extraction; `ptranslate` translates it when shown."""
    return message


def translate(lang: str, message: str, /, **values: Any) -> str:
    """message in lang, with its {placeholders} filled from values."""
    return fill(catalog(lang).gettext(message), lang, values)


def ntranslate(lang: str, singular: str, plural: str, n: int, /, **values: Any) -> str:
    """The singular or plural form of a message that counts n (filled in as {n})."""
    return fill(catalog(lang).ngettext(singular, plural, n), lang, {"n": n, **values})


def ptranslate(lang: str, context: str, message: str, /) -> str:
    """A short word in lang, told apart from the same English word elsewhere by its context."""
    return catalog(lang).pgettext(context, message)


def gettext(message: str, /, **values: Any) -> str:
    """An English message with its placeholders filled (the CLI speaks English)."""
    return translate(SOURCE_LANGUAGE, message, **values)


def ngettext(singular: str, plural: str, n: int, /, **values: Any) -> str:
    """An English message that counts n, in the right form: '1 answer', '2 answers'."""
    return ntranslate(SOURCE_LANGUAGE, singular, plural, n, **values)


def fill(text: str, lang: str, values: dict[str, Any]) -> str:
    """text with {placeholders} filled; numbers formatted for lang."""
    if not values:
        return text
    local = {k: _Number(v, lang) if _is_number(v) else v for k, v in values.items()}
    return text.format(**local)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_SPEC = re.compile(r"(?P<sign>[+-]?)(?P<group>,?)(?:\.(?P<digits>\d+))?(?P<kind>[dfg%]?)")


class _Number:
    """A number that formats itself for a language: `{x:.1f}` is 3.7 in English, 3,7 in German."""

    def __init__(self, value: int | float, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        found = _SPEC.fullmatch(spec)
        if found is None:
            return format(self.value, spec)
        digits = found["digits"]
        if found["kind"] == "%":
            return format_percent(self.value, self.lang, int(digits or 0))
        if digits is None and isinstance(self.value, int):
            if not found["group"]:
                return f"{self.value:{found['sign']}d}"
            return format_number(self.value, self.lang, 0, sign=found["sign"] == "+")
        places = int(digits) if digits is not None else _places(float(self.value))
        return format_number(
            self.value, self.lang, places, sign=found["sign"] == "+", group=bool(found["group"])
        )

    def __str__(self) -> str:
        return format(self, "")


def _places(value: float) -> int:
    """The decimals str() would show for a float (at most 6)."""
    text = repr(value)
    return min(len(text.partition(".")[2]), 6) if "." in text and "e" not in text else 0


def _babel_locale(lang: str) -> str:
    return lang if lang in languages() else SOURCE_LANGUAGE


def _pattern(digits: int, *, group: bool = True) -> str:
    whole = "#,##0" if group else "0"
    return f"{whole}.{'0' * digits}" if digits > 0 else whole


def format_number(
    value: float, lang: str, digits: int = 0, *, sign: bool = False, group: bool = True
) -> str:
    """value with `digits` decimals the lang way: '78,000.5' in English, '78.000,5' in German."""
    from babel.numbers import format_decimal

    pattern = _pattern(digits, group=group)
    if sign:
        pattern = f"+{pattern};-{pattern}"
    return format_decimal(value, format=pattern, locale=_babel_locale(lang))


def format_percent(share: float, lang: str, digits: int = 0) -> str:
    """A share (0.37) as a percentage the lang way: '37%' in English, '37 %' in German."""
    from babel import Locale
    from babel.numbers import format_percent as babel_percent

    locale = Locale.parse(_babel_locale(lang))
    pattern = locale.percent_formats[None].pattern
    if digits > 0:
        # Decimals go after the last digit placeholder of the locale's own pattern.
        pattern = re.sub(r"0(?=[^0]*$)", "0." + "0" * digits, pattern, count=1)
    return babel_percent(share, format=pattern, locale=locale)


def format_money(low: float | None, high: float | None, currency: str | None, lang: str) -> str:
    """A whole amount or a range with its currency: '€78,000–92,000', '78.000–92.000 €'."""
    from babel import Locale
    from babel.numbers import get_currency_symbol

    if low is None and high is None:
        return ""
    lo = format_number(round(low), lang) if low is not None else "…"
    hi = format_number(round(high), lang) if high is not None else "…"
    amount = lo if low is not None and low == high else f"{lo}–{hi}"
    if not currency:
        return amount
    locale = Locale.parse(_babel_locale(lang))
    symbol = get_currency_symbol(currency.upper(), locale=locale)
    pattern = locale.currency_formats["standard"].pattern.split(";")[0]
    if pattern.startswith("¤") and symbol != currency.upper():
        return f"{symbol}{amount}"
    return f"{amount}\u00a0{symbol}"


def format_day(value: date, lang: str, *, weekday: bool = False) -> str:
    """A calendar day the lang way: 'Dec 3, 2026' / '3. Dez. 2026' (with weekday: 'Thu, Dec 3')."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMEd" if weekday else "yMMMd", value, locale=_babel_locale(lang))


def count_rows(counts: dict[str, int], lang: str = SOURCE_LANGUAGE) -> list[str]:
    """Row counts per table in words: '1 opportunity', '3 contacts' (empty tables left out)."""
    return [_count_row(table.replace("_", " "), n, lang) for table, n in counts.items() if n]


# Each table's row count in words, by table name (underscores read as spaces).
_ROW_WORDS: dict[str, tuple[str, str]] = {
    "opportunities": NN_("{n} opportunity", "{n} opportunities"),
    "contacts": NN_("{n} contact", "{n} contacts"),
    "interviews": NN_("{n} interview", "{n} interviews"),
    "answers": NN_("{n} answer", "{n} answers"),
    "signals": NN_("{n} signal", "{n} signals"),
    "custom questions": NN_("{n} question of your own", "{n} questions of your own"),
    "status changes": NN_("{n} status change", "{n} status changes"),
    "interview contacts": NN_("{n} interview participant", "{n} interview participants"),
    "profiles": NN_("{n} profile", "{n} profiles"),
    "hub shares": NN_("{n} share sent to a hub", "{n} shares sent to a hub"),
    "hub aggregates": NN_("{n} community figure pulled", "{n} community figures pulled"),
    "hub bank questions": NN_("{n} community question pulled", "{n} community questions pulled"),
}


def _count_row(table: str, n: int, lang: str) -> str:
    words = _ROW_WORDS.get(table)
    return ntranslate(lang, *words, n) if words else f"{n} {table}"
