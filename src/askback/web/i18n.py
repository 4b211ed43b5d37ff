"""The web app's words: messages from the gettext catalogs, numbers and dates through Babel."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import jinja2

from askback.bank.schema import Dimension
from askback.i18n import (
    VOCABULARY,
    format_day,
    format_number,
    language_name,
    languages,
    ntranslate,
    ptranslate,
    translate,
)

if TYPE_CHECKING:
    from askback.domain.plan_result import Addressee

__all__ = ["LANG_COOKIE", "VOCABULARY", "languages", "ntranslate", "translate"]

LANG_COOKIE = "askback_lang"


def language_choices() -> list[tuple[str, str]]:
    """(code, own name) of every language with a catalog, for the language switch."""
    return [(lang, language_name(lang)) for lang in languages()]


def number(value: float | None, digits: int, lang: str, *, sign: bool = False) -> str:
    """A number with `digits` decimals in the page's language ('–' for none), '+' if `sign`."""
    if value is None:
        return "–"
    return format_number(float(value), lang, digits, sign=sign, group=False)


def day(value: date | None, lang: str) -> str:
    """A calendar day in the page's language: 'Dec 3, 2026', '3. Dez. 2026'."""
    return "" if value is None else format_day(value, lang)


@jinja2.pass_context
def gettext(ctx: jinja2.runtime.Context, message: str, /, **values: Any) -> str:
    """The `_()` and `gettext()` a template calls, in the page's language."""
    return translate(str(ctx.get("lang", "en")), message, **values)


@jinja2.pass_context
def ngettext(
    ctx: jinja2.runtime.Context, singular: str, plural: str, n: int, /, **values: Any
) -> str:
    """The `ngettext()` a template calls: the form that fits n, in the page's language."""
    return ntranslate(str(ctx.get("lang", "en")), singular, plural, n, **values)


def dimensions() -> list[Dimension]:
    return list(Dimension)


def dimension_label(value: str | Dimension, lang: str = "en") -> str:
    """A dimension's display name; unknown values are shown as they are."""
    try:
        dim = Dimension(value)
    except ValueError:
        return str(value)
    return dim.text(lang)


def word(value: str | None, lang: str) -> str:
    """A stored vocabulary value (status, stage, audience, verdict) in the page's language."""
    if value is None:
        return ""
    english = VOCABULARY.get(value)
    return value if english is None else ptranslate(lang, "value", english)


def addressee(to: Addressee, lang: str) -> str:
    """Whom a planned question is for, in lang: 'Maya (hiring-manager)' or 'anyone'."""
    role = word(to.role.value, lang)
    if to.name:
        return f"{to.name} ({role})"
    return translate(lang, "anyone") if to.role.value == "any" else role
