"""Jinja2 rendering with autoescaping everywhere, the language, and the CSRF token at hand."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from askback.web import i18n
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
    )
    env.filters["dim_label"] = i18n.dimension_label
    env.filters["pct"] = lambda v: "–" if v is None else f"{100 * float(v):.0f} %"
    env.filters["num"] = num
    env.filters["word"] = i18n.word
    env.filters["when"] = when
    env.filters["addressee"] = i18n.addressee
    env.filters["day"] = lambda d: "" if d is None else d.isoformat()
    env.globals["DIMENSIONS"] = i18n.dimensions()
    return env


@jinja2.pass_context
def num(
    ctx: jinja2.runtime.Context, value: float | None, digits: int = 1, sign: bool = False
) -> str:
    """A number in the page's language: 3.7 in English, 3,7 in German."""
    return i18n.number(value, digits, str(ctx.get("lang", "en")), sign=sign)


@lru_cache(maxsize=1)
def _local_zone() -> str:
    from askback.app.common import local_timezone

    return local_timezone()


@jinja2.pass_context
def when(ctx: jinja2.runtime.Context, moment: datetime | None, tz: str | None = None) -> str:
    """A stored UTC time in its zone (else this computer's), e.g. 'Tue 2025-03-14 15:30 CET'."""
    if moment is None:
        return ""
    from askback.app.common import in_zone

    try:
        shown = in_zone(moment, tz or _local_zone())
    except OverflowError:
        # A time at the edge of the calendar (year 1, year 9999) has no place in some zones:
        # show it as stored rather than fail the whole page.
        shown = moment
    # %a follows the C locale; the weekday is named in the page's language instead.
    day = i18n.weekday(shown.weekday(), str(ctx.get("lang", "en")))
    return f"{day} {shown.strftime('%Y-%m-%d %H:%M %Z')}".strip()


def lang_of(request: Request) -> str:
    """The language the page is shown in: the cookie, else English."""
    lang = request.cookies.get(i18n.LANG_COOKIE, "en")
    return lang if lang in i18n.LANGUAGES else "en"


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
        "_": i18n.translator(lang),
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
