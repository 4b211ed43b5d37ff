"""Jinja2 rendering with autoescaping everywhere, the language, and the CSRF token at hand."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from askback.domain.guidance import conflict_guidance
from askback.i18n import Message
from askback.web import i18n, wording
from askback.web.limits import limits
from askback.web.security import CSRF_FIELD

TEMPLATES_DIR = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """One environment for the process: templates are compiled once."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        # Autoescape every template, whatever its name: user text is never trusted markup.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        extensions=["jinja2.ext.i18n"],
    )
    # Messages come from the gettext catalogs in the page's language ({name} placeholders).
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n.gettext, ngettext=i18n.ngettext, newstyle=False
    )
    env.filters["dim_label"] = i18n.dimension_label
    env.filters["pct"] = pct
    env.filters["num"] = num
    env.filters["word"] = i18n.word
    env.filters["when"] = when
    env.filters["addressee"] = i18n.addressee
    # A date shown is one unbreakable token; `iso` is the bare value for a form field.
    env.filters["day"] = day
    env.filters["iso"] = lambda d: "" if d is None else d if isinstance(d, str) else d.isoformat()
    env.filters["reason"] = reason
    env.filters["tokens"] = wording.keep_tokens
    env.globals["interval"] = interval
    env.globals["pay"] = pay
    env.globals["limits"] = limits
    env.globals["DIMENSIONS"] = i18n.dimensions()
    env.globals["LANGUAGES"] = i18n.language_choices()
    env.globals["conflict_guidance"] = conflict_guidance
    return env


@jinja2.pass_context
def num(
    ctx: jinja2.runtime.Context, value: float | None, digits: int = 1, sign: bool = False
) -> str:
    """A number in the page's language: 3.7 in English, 3,7 in German."""
    return i18n.number(value, digits, str(ctx.get("lang", "en")), sign=sign)


@jinja2.pass_context
def pct(ctx: jinja2.runtime.Context, share: float | None) -> str:
    """A share as a whole percentage in the page's language: '37%', '37 %'."""
    from askback.i18n import format_percent

    return "–" if share is None else format_percent(float(share), str(ctx.get("lang", "en")))


@jinja2.pass_context
def when(ctx: jinja2.runtime.Context, moment: datetime | None, tz: str | None = None) -> Markup:
    """A stored time in the user's zone, plus its own zone `tz` where that differs, e.g.
    'Fri, Mar 14, 2025 09:30 EST (15:30 CET Europe/Berlin)'. times.py picks the zones;
    Babel writes the days in the page's language."""
    if moment is None:
        return Markup("")
    from askback.i18n import format_day
    from askback.times import show_time, user_zone

    lang = str(ctx.get("lang", "en"))
    # No-break spaces inside a day keep it one token on the page.
    text = show_time(
        moment,
        tz,
        user=user_zone(),
        day=lambda d: format_day(d, lang, weekday=True).replace(" ", "\u00a0"),
    )
    return wording.keep_tokens(text)


@jinja2.pass_context
def day(ctx: jinja2.runtime.Context, value: date | str | None) -> Markup | str:
    """A calendar day in the page's language, as one unbreakable token."""
    if value is None:
        return ""
    if isinstance(value, str):
        return wording.nowrap(value)
    return wording.nowrap(i18n.day(value, str(ctx.get("lang", "en"))))


@jinja2.pass_context
def reason(ctx: jinja2.runtime.Context, reason: Message | str) -> Markup:
    """A planner reason in the page's language, its ranges and shares kept on one line."""
    lang = str(ctx.get("lang", "en"))
    return wording.keep_tokens(reason.text(lang) if isinstance(reason, Message) else reason)


@jinja2.pass_context
def interval(ctx: jinja2.runtime.Context, low: float, high: float, digits: int = 1) -> Markup:
    """An interval 'low–high' in the page's language, as one unbreakable token."""
    lang = str(ctx.get("lang", "en"))
    return wording.nowrap(f"{i18n.number(low, digits, lang)}–{i18n.number(high, digits, lang)}")


@jinja2.pass_context
def pay(ctx: jinja2.runtime.Context, opp: Any) -> Markup:
    """An opportunity's pay with grouped thousands, per period, as one unbreakable token."""
    lang = str(ctx.get("lang", "en"))
    text = wording.pay(opp.pay_min, opp.pay_max, opp.currency, lang)
    if text and opp.pay_period:
        return text + Markup(" / ") + i18n.word(opp.pay_period, lang)
    return text


def lang_of(request: Request) -> str:
    """The language the page is shown in: the cookie, else English."""
    lang = request.cookies.get(i18n.LANG_COOKIE, "en")
    return lang if lang in i18n.languages() else "en"


def is_htmx(request: Request) -> bool:
    """htmx asked for a fragment (and will swap it in), not a whole page."""
    return request.headers.get("hx-request") == "true" and not request.headers.get(
        "hx-history-restore-request"
    )


def render_text(
    request: Request, template: str, context: dict[str, Any] | None = None, token: str = ""
) -> str:
    """A template as text, with the language, the CSRF token and the current path at hand."""
    lang = lang_of(request)
    ctx: dict[str, Any] = {
        "request": request,
        "lang": lang,
        "csrf_token": token,
        "csrf_field": CSRF_FIELD,
        "path": request.url.path,
        "htmx": is_htmx(request),
        **(context or {}),
    }
    return environment().get_template(template).render(ctx)


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Render a template for this request into a response."""
    token = str(getattr(request.state, "csrf_token", ""))
    html = render_text(request, template, context, token)
    return HTMLResponse(html, status_code=status_code, headers=headers)
