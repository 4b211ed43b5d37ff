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
from typing import Any, Protocol, runtime_checkable

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
    """text with {placeholders} filled: numbers formatted, messages and terms written, for lang."""
    if not values:
        return text
    return text.format(**{k: _local(v, lang) for k, v in values.items()})


def _local(value: Any, lang: str) -> Any:
    if _is_number(value):
        return _Number(value, lang)
    if isinstance(value, Localized):
        return value.text(lang)
    return value


@runtime_checkable
class Localized(Protocol):
    """A value that writes itself in a language: a Message, a Term, a dimension."""

    def text(self, lang: str = SOURCE_LANGUAGE) -> str: ...


class Message:
    """A sentence kept as its catalog id and values, written in a language only when shown.

    `kind` is a stable name for what the sentence says ("deal-breaker"), for JSON readers and
    tests; `message` is the English text with {placeholders} (the msgid), `plural` its plural
    form when the sentence counts `n`. Values may be numbers (formatted per language), other
    Messages, Terms or dimensions (written in the same language), or plain text (kept as is).
    The catalogs find the text where it is marked: pass it through N_ or NN_ at the call.
    """

    __slots__ = ("kind", "message", "plural", "values")

    def __init__(self, kind: str, message: str | tuple[str, str], /, **values: Any) -> None:
        self.kind = kind
        self.message: str
        self.plural: str | None
        if isinstance(message, tuple):
            self.message, self.plural = message
        else:
            self.message, self.plural = message, None
        self.values = values

    def text(self, lang: str = SOURCE_LANGUAGE) -> str:
        """The sentence in lang (English where the catalog has no entry)."""
        if self.plural is not None:
            n = int(self.values["n"])
            return fill(catalog(lang).ngettext(self.message, self.plural, n), lang, self.values)
        return translate(lang, self.message, **self.values)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Message({self.kind!r}, {self.text()!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.kind, self.message, self.plural, self.values) == (
            other.kind,
            other.message,
            other.plural,
            other.values,
        )

    def __hash__(self) -> int:
        return hash((self.kind, self.message))

    def to_dict(self) -> dict[str, Any]:
        """As JSON: the kind, the English text, and the values (nested messages as English)."""
        return {"kind": self.kind, "text": self.text(), "values": _plain(self.values)}


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Message):
            out[name] = value.to_dict()
        elif isinstance(value, Localized):
            out[name] = str(getattr(value, "value", value.text()))
        else:
            out[name] = value
    return out


class Term:
    """A stored value (a status, a role, a verdict) shown as a word: 'hiring manager'.

    The catalogs translate the word under a context, so that a short English word can mean
    two things: `Term("value", "hiring-manager", "hiring manager")`.
    """

    __slots__ = ("context", "value", "word")

    def __init__(self, context: str, value: str, word: str) -> None:
        self.context = context
        self.value = value
        self.word = word

    def text(self, lang: str = SOURCE_LANGUAGE) -> str:
        """The word in lang."""
        return ptranslate(lang, self.context, self.word)

    def __str__(self) -> str:
        return self.word

    def __repr__(self) -> str:
        return f"Term({self.context!r}, {self.value!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Term):
            return NotImplemented
        return (self.context, self.value) == (other.context, other.value)

    def __hash__(self) -> int:
        return hash((self.context, self.value))


class Joined:
    """Several values written one after the other, with a separator: 'Maya (2), Tom (5)'."""

    __slots__ = ("parts", "sep")

    def __init__(self, parts: tuple[Any, ...], sep: str = ", ") -> None:
        self.parts = parts
        self.sep = sep

    def text(self, lang: str = SOURCE_LANGUAGE) -> str:
        """Each part in lang, joined."""
        return self.sep.join(str(format(_local(p, lang), "")) for p in self.parts)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Joined({self.parts!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Joined) and (self.parts, self.sep) == (other.parts, other.sep)

    def __hash__(self) -> int:
        return hash((self.parts, self.sep))


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
    return _percent(share, _babel_locale(lang), digits)


def _percent(share: float, locale_name: str, digits: int) -> str:
    """A share as a percentage in the Babel locale locale_name, with `digits` decimals."""
    from babel import Locale
    from babel.numbers import format_percent as babel_percent

    locale = Locale.parse(locale_name)
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


# The CLI speaks English; the numbers and dates it prints follow a locale the user names.
LOCALE_ENV = "ASKBACK_LOCALE"
LOCALE_SETTING = "locale"


def user_locale() -> str | None:
    """The locale the CLI writes numbers and dates in: ASKBACK_LOCALE, else the saved setting.

    A Babel locale name such as en_GB, en_US or de_DE ('de-DE' and 'de_DE.UTF-8' are read too).
    None when neither is set: days print as ISO dates (2026-12-03) and numbers the English way,
    the same on every machine, so scripts that read the output do not depend on the system's
    LANG. An unknown name raises an InputError that says what to type.
    """
    import os

    value = os.environ.get(LOCALE_ENV)
    if not value:
        from askback.config import read_user_settings

        saved = read_user_settings().get(LOCALE_SETTING)
        value = saved if isinstance(saved, str) else None
    return check_locale(value) if value else None


def check_locale(value: str) -> str:
    """value as a Babel locale name ('de-DE.UTF-8' → 'de_DE'); an InputError when unknown."""
    from babel import Locale, UnknownLocaleError

    from askback.errors import InputError

    name = value.split(".")[0].split("@")[0].replace("-", "_")
    try:
        return str(Locale.parse(name))
    except (UnknownLocaleError, ValueError):
        raise InputError(
            f"{value!r} is not a locale askback knows; set {LOCALE_ENV} or `askback settings "
            "locale` to a name such as en_GB, en_US or de_DE"
        ) from None


def local_day(value: date, locale: str | None) -> str:
    """A calendar day in locale ('3 Dec 2026' in en_GB, '03.12.2026' in de_DE); ISO for None."""
    if locale is None:
        return value.isoformat()
    from babel.dates import format_date

    return format_date(value, "medium", locale=locale)


def local_number(value: float, locale: str | None, digits: int = 0) -> str:
    """A number in locale with `digits` decimals, grouped ('78,000.5'; '78.000,5' in de_DE)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format=_pattern(digits), locale=locale or SOURCE_LANGUAGE)


def local_percent(share: float, locale: str | None, digits: int = 0) -> str:
    """A share (0.37) as a percentage in locale: '37%' ('37 %' in de_DE)."""
    return _percent(share, locale or SOURCE_LANGUAGE, digits)


# Stored values (statuses, stages, audiences, verdicts, kinds) and the English words a page shows
# for them; the catalogs translate the words under the context "value".
VOCABULARY: dict[str, str] = {
    "interested": NP_("value", "interested"),
    "applied": NP_("value", "applied"),
    "screening": NP_("value", "screening"),
    "interviewing": NP_("value", "interviewing"),
    "offer": NP_("value", "offer"),
    "accepted": NP_("value", "accepted"),
    "declined": NP_("value", "declined"),
    "rejected": NP_("value", "rejected"),
    "withdrawn": NP_("value", "withdrawn"),
    "screen": NP_("value", "screen"),
    "team": NP_("value", "team"),
    "final": NP_("value", "final"),
    "post-offer": NP_("value", "post-offer"),
    "backchannel": NP_("value", "backchannel"),
    "recruiter": NP_("value", "recruiter"),
    "hr": NP_("value", "hr"),
    "hiring-manager": NP_("value", "hiring manager"),
    "peer": NP_("value", "peer"),
    "leadership": NP_("value", "leadership"),
    "any": NP_("value", "any"),
    "clear": NP_("value", "clear"),
    "at risk": NP_("value", "at risk"),
    "at-risk": NP_("value", "at risk"),
    "likely deal breaker": NP_("value", "likely deal breaker"),
    "likely-deal-breaker": NP_("value", "likely deal breaker"),
    "not enough evidence": NP_("value", "not enough evidence"),
    "not-enough-evidence": NP_("value", "not enough evidence"),
    "unknown": NP_("value", "unknown"),
    "onsite": NP_("value", "onsite"),
    "hybrid": NP_("value", "hybrid"),
    "remote": NP_("value", "remote"),
    "year": NP_("value", "year"),
    "month": NP_("value", "month"),
    "day": NP_("value", "day"),
    "hour": NP_("value", "hour"),
    "book": NP_("value", "book"),
    "course": NP_("value", "course"),
    "article": NP_("value", "article"),
    "guide": NP_("value", "guide"),
    "practice": NP_("value", "practice"),
    "community": NP_("value", "community"),
    "event": NP_("value", "event"),
    "podcast": NP_("value", "podcast"),
    "newsletter": NP_("value", "newsletter"),
    "job-board": NP_("value", "job board"),
    "job-ad": NP_("value", "job ad"),
    "job ad": NP_("value", "job ad"),
    "tool": NP_("value", "tool"),
    "dataset": NP_("value", "dataset"),
    "opportunities": NP_("value", "opportunities"),
    "contacts": NP_("value", "contacts"),
}


def term(value: str) -> Term | str:
    """A stored value as a Term that a page words in its language ('job-ad' → 'job ad');
    a value outside the vocabulary stays as it is."""
    english = VOCABULARY.get(value)
    return value if english is None else Term("value", value, english)
