"""The web app's words: messages from the gettext catalogs, numbers and dates through Babel."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import jinja2

from askback.bank.schema import Dimension
from askback.i18n import (
    NP_,
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

__all__ = ["LANG_COOKIE", "languages", "ntranslate", "translate"]

LANG_COOKIE = "askback_lang"

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
