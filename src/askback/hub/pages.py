"""Server-rendered pages in the local app's style, in English and German."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from askback.hub import accounts, moderation, sharing
from askback.hub.accounts import Principal
from askback.hub.aggregates import company_view_by_slug
from askback.hub.web import (
    LANG_COOKIE,
    SESSION_COOKIE,
    clear_session,
    client_of,
    hub_of,
    member,
    moderator,
    principal,
    require_shared,
    set_session,
)
from askback.i18n import translate
from askback.web.i18n import dimension_label, number
from askback.web.security import CSRF_FIELD

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).parent / "templates"
Id = Annotated[int, PathParam(ge=1, le=2**31 - 1)]
Slug = Annotated[str, PathParam(min_length=1, max_length=200, pattern=r"^[a-z0-9-]+$")]
Text = Annotated[str, Form(max_length=500)]
Secret = Annotated[str, Form(max_length=200)]
LANGUAGES = ("en", "de")


def lang_of(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, "en")
    return lang if lang in LANGUAGES else "en"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["dim_label"] = dimension_label
    return env


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    lang = lang_of(request)

    def _(text: str, **values: Any) -> str:
        return translate(lang, text, **values)

    def num(value: float) -> str:
        return number(value, 1, lang)

    try:
        who = principal(request)
    except HTTPException:
        who = None
    html = (
        environment()
        .get_template(template)
        .render(
            request=request,
            lang=lang,
            _=_,
            num=num,
            who=who,
            csrf_token=str(getattr(request.state, "csrf_token", "")),
            csrf_field=CSRF_FIELD,
            path=request.url.path,
            **(context or {}),
        )
    )
    return HTMLResponse(html, status_code=status_code, headers=headers)


def error_page(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> HTMLResponse:
    if status == 401 and request.method == "GET":
        return RedirectResponse("/login", status_code=303)  # type: ignore[return-value]
    return render(request, "error.html", {"message": message, "status": status}, status, headers)


def _page_member(request: Request) -> Principal:
    return member(request)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    hub = hub_of(request)
    from sqlalchemy import select

    from askback.hub.models import Company, Snapshot

    with hub.autocommit() as db:
        rows = db.execute(
            select(Company.name, Company.slug)
            .where(Company.id.in_(select(Snapshot.company_id)))
            .order_by(Company.name)
        ).all()
    return render(request, "home.html", {"companies": rows, "k": hub.config.k})


@router.get("/signup", response_class=HTMLResponse)
def signup_form(request: Request) -> Response:
    return render(request, "signup.html", {"invite_only": hub_of(request).config.invite_only})


@router.post("/signup")
def signup(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    password: Secret,
    invite: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    hub = hub_of(request)
    accounts.sign_up(hub, email, password, invite or None, client_of(request))
    token = accounts.log_in(hub, email, password, client_of(request))
    response = RedirectResponse("/me", status_code=303)
    set_session(response, hub.config, token)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return render(request, "login.html")


@router.post("/login")
def login(
    request: Request, email: Annotated[str, Form(max_length=320)], password: Secret
) -> Response:
    hub = hub_of(request)
    try:
        token = accounts.log_in(hub, email, password, client_of(request))
    except accounts.AuthError as exc:
        return render(request, "login.html", {"error": str(exc)}, status_code=401)
    response = RedirectResponse("/me", status_code=303)
    set_session(response, hub.config, token)
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    hub = hub_of(request)
    session = request.cookies.get(SESSION_COOKIE, "")
    if session:
        accounts.log_out(hub, session)
    response = RedirectResponse("/", status_code=303)
    clear_session(response, hub.config)
    return response


@router.post("/language")
def language(request: Request, lang: Annotated[str, Form(max_length=5)]) -> Response:
    response = RedirectResponse(request.headers.get("referer") or "/", status_code=303)
    if lang in LANGUAGES:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="lax")
    return response


@router.get("/companies/{slug}", response_class=HTMLResponse)
def company(request: Request, slug: Slug) -> Response:
    from askback.web.charts import IntervalRow, interval_chart

    hub = hub_of(request)
    who = _page_member(request)
    lang = lang_of(request)
    with hub.autocommit() as db:
        require_shared(hub, db, who)
        company_id, view = company_view_by_slug(db, slug, hub.config.k)
        texts = moderation.visible_texts(db, company_id)
    rows = [
        IntervalRow(
            label=dimension_label(str(d["dimension"]), lang),
            mean=float(d["mean"]),
            low=float(d["interval"][0]),
            high=float(d["interval"][1]),
            detail=f"{d['mean']} ({d['interval'][0]}–{d['interval'][1]})",
            key=str(d["dimension"]),
        )
        for d in view["dimensions"]
    ]
    chart = (
        interval_chart(
            rows,
            title=translate(lang, "Ratings per dimension: mean and 80 % interval"),
            level_names=["1", "2", "3", "4", "5"],
            chart_id="hub-chart",
        )
        if rows
        else Markup("")
    )
    return render(request, "company.html", {"view": view, "chart": chart, "texts": texts})


@router.post("/texts/{text_id}/report")
def report(request: Request, text_id: Id, reason: Text) -> Response:
    who = _page_member(request)
    hub = hub_of(request)
    with hub.tx() as db:
        moderation.report(db, who.user_id, text_id, reason)
    return RedirectResponse(request.headers.get("referer") or "/", status_code=303)


@router.get("/me", response_class=HTMLResponse)
def me(request: Request) -> Response:
    who = _page_member(request)
    with hub_of(request).autocommit() as db:
        shares = sharing.own_shares(db, who.user_id)
        tokens = accounts.list_api_tokens(db, who.user_id)
    return render(request, "me.html", {"shares": shares, "tokens": tokens, "new_token": None})


@router.post("/me/password")
def change_password(request: Request, current: Secret, new: Secret) -> Response:
    who = _page_member(request)
    with hub_of(request).tx() as db:
        accounts.change_password(db, who.user_id, current, new, request.cookies.get(SESSION_COOKIE))
    return RedirectResponse("/me", status_code=303)


@router.post("/me/tokens", response_class=HTMLResponse)
def new_token(
    request: Request, name: Annotated[str, Form(min_length=1, max_length=80)]
) -> Response:
    who = _page_member(request)
    with hub_of(request).tx() as db:
        _, token = accounts.create_api_token(db, who.user_id, name)
        shares = sharing.own_shares(db, who.user_id)
        tokens = accounts.list_api_tokens(db, who.user_id)
    return render(request, "me.html", {"shares": shares, "tokens": tokens, "new_token": token})


@router.post("/me/shares/{share_id}/withdraw")
def withdraw(request: Request, share_id: Id) -> Response:
    who = _page_member(request)
    sharing.withdraw(hub_of(request), who.user_id, share_id)
    return RedirectResponse("/me", status_code=303)


@router.post("/me/delete")
def delete_me(request: Request, password: Secret) -> Response:
    who = _page_member(request)
    hub = hub_of(request)
    accounts.delete_account(hub, who.user_id, password)
    response = RedirectResponse("/", status_code=303)
    clear_session(response, hub.config)
    return response


@router.get("/moderation", response_class=HTMLResponse)
def moderation_queue(request: Request) -> Response:
    moderator(request)
    with hub_of(request).tx() as db:
        items = moderation.queue(db)
    return render(request, "moderation.html", {"items": items})


@router.post("/moderation/{text_id}")
def moderate(
    request: Request,
    text_id: Id,
    action: Annotated[str, Form(max_length=10)],
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    who = moderator(request)
    with hub_of(request).tx() as db:
        moderation.act(db, who.user_id, text_id, action, reason)
    return RedirectResponse("/moderation", status_code=303)
