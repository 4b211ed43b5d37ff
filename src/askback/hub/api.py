"""The JSON API (/api/v1) for the local client and scripts; its schema is /api/v1/openapi.json."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from askback.hub import accounts, moderation, sharing
from askback.hub.accounts import Principal
from askback.hub.aggregates import company_view_by_slug
from askback.hub.web import (
    SESSION_COOKIE,
    admin,
    clear_session,
    client_of,
    hub_of,
    member,
    moderator,
    principal,
    require_shared,
    set_session,
)

router = APIRouter(prefix="/api/v1", tags=["api"])
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
Slug = Annotated[str, Path(min_length=1, max_length=200, pattern=r"^[a-z0-9-]+$")]
Member = Annotated[Principal, Depends(member)]
Moderator = Annotated[Principal, Depends(moderator)]
Admin = Annotated[Principal, Depends(admin)]
Short = Annotated[str, Field(max_length=500)]
Secret = Annotated[str, Field(max_length=200)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Credentials(Strict):
    email: Annotated[str, Field(max_length=320)]
    password: Secret


class SignUp(Credentials):
    invite: Annotated[str, Field(max_length=100)] | None = None


class PasswordChange(Strict):
    current: Secret
    new: Secret


class Reset(Strict):
    email: Annotated[str, Field(max_length=320)]
    code: Annotated[str, Field(max_length=100)]
    new: Secret


class Confirm(Strict):
    password: Secret


class TokenName(Strict):
    name: Annotated[str, Field(min_length=1, max_length=80)]


class Reason(Strict):
    reason: Short


class Merge(Strict):
    into: Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[a-z0-9-]+$")]
    reason: Short


class Role(Strict):
    role: Literal["member", "moderator", "admin"]


@router.get("/csrf")
def csrf(request: Request) -> dict[str, str]:
    """The token a browser-side client sends in X-CSRF-Token with its cookie."""
    return {"token": str(request.state.csrf_token)}


@router.post("/signup", status_code=201)
def signup(request: Request, body: SignUp) -> dict[str, Any]:
    hub = hub_of(request)
    user = accounts.sign_up(hub, body.email, body.password, body.invite, client_of(request))
    return {"id": user.id, "email": user.email, "role": user.role}


@router.post("/login")
def login(request: Request, body: Credentials) -> JSONResponse:
    hub = hub_of(request)
    token = accounts.log_in(hub, body.email, body.password, client_of(request))
    response = JSONResponse({"ok": True})
    set_session(response, hub.config, token)
    return response


@router.post("/logout")
def logout(request: Request) -> JSONResponse:
    hub = hub_of(request)
    session = request.cookies.get(SESSION_COOKIE, "")
    if session:
        accounts.log_out(hub, session)
    response = JSONResponse({"ok": True})
    clear_session(response, hub.config)
    return response


@router.post("/password-reset")
def password_reset(request: Request, body: Reset) -> dict[str, bool]:
    """Set a new password with the one-time code from `askback hub user reset-password`."""
    accounts.reset_with_code(hub_of(request), body.email, body.code, body.new, client_of(request))
    return {"ok": True}


@router.get("/me")
def me(who: Member) -> dict[str, Any]:
    return {"id": who.user_id, "email": who.email, "role": who.role}


@router.post("/me/password")
def change_password(request: Request, who: Member, body: PasswordChange) -> dict[str, bool]:
    hub = hub_of(request)
    keep = None if who.via_token else request.cookies.get(SESSION_COOKIE)
    with hub.tx() as db:
        accounts.change_password(db, who.user_id, body.current, body.new, keep)
    return {"ok": True}


@router.get("/me/export")
def export(request: Request, who: Member) -> dict[str, Any]:
    """Everything the hub stores about you."""
    with hub_of(request).tx() as db:
        return accounts.export(db, who.user_id)


@router.delete("/me")
def delete_me(request: Request, who: Member, body: Confirm) -> JSONResponse:
    hub = hub_of(request)
    accounts.delete_account(hub, who.user_id, body.password)
    response = JSONResponse({"ok": True})
    clear_session(response, hub.config)
    return response


@router.get("/tokens")
def tokens(request: Request, who: Member) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return accounts.list_api_tokens(db, who.user_id)


@router.post("/tokens", status_code=201)
def new_token(request: Request, who: Member, body: TokenName) -> dict[str, Any]:
    """A bearer token for the local client; shown once, stored only as a hash."""
    hub = hub_of(request)
    _write_limit(request, who)
    with hub.tx() as db:
        token_id, token = accounts.create_api_token(db, who.user_id, body.name)
    return {"id": token_id, "token": token}


@router.delete("/tokens/{token_id}")
def revoke_token(request: Request, who: Member, token_id: Id) -> dict[str, bool]:
    with hub_of(request).tx() as db:
        accounts.revoke_api_token(db, who.user_id, token_id)
    return {"ok": True}


@router.get("/shares")
def my_shares(request: Request, who: Member) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return sharing.own_shares(db, who.user_id)


@router.put("/shares")
def put_share(request: Request, who: Member, body: sharing.ShareIn) -> JSONResponse:
    """Share an experience; sharing again with the same company replaces the earlier one."""
    hub = hub_of(request)
    _write_limit(request, who)
    view, created = sharing.share_with_view(hub, who.user_id, body)
    return JSONResponse(view, status_code=201 if created else 200)


@router.delete("/shares/{share_id}")
def withdraw(request: Request, who: Member, share_id: Id) -> dict[str, bool]:
    sharing.withdraw(hub_of(request), who.user_id, share_id)
    return {"ok": True}


@router.get("/companies/{slug}")
def company(request: Request, slug: Slug) -> dict[str, Any]:
    """The company's aggregates: dimensions with at least k members, rounded (docs/hub.md)."""
    hub = hub_of(request)
    who = principal(request)
    if who is None:
        raise HTTPException(401, "log in to see aggregates")
    with hub.autocommit() as db:
        require_shared(hub, db, who)
        company_id, view = company_view_by_slug(db, slug, hub.config.k)
        view["texts"] = moderation.visible_texts(db, company_id)
        return view


@router.post("/companies/{slug}/merge")
def merge(request: Request, who: Moderator, slug: Slug, body: Merge) -> dict[str, str]:
    target = sharing.merge_companies(hub_of(request), who.user_id, slug, body.into, body.reason)
    return {"slug": target.slug}


@router.post("/texts/{text_id}/report", status_code=201)
def report(request: Request, who: Member, text_id: Id, body: Reason) -> dict[str, bool]:
    _write_limit(request, who)
    with hub_of(request).tx() as db:
        moderation.report(db, who.user_id, text_id, body.reason)
    return {"ok": True}


@router.post("/texts/{text_id}/{action}")
def moderate(
    request: Request,
    who: Moderator,
    text_id: Id,
    action: Literal["approve", "hide", "restore"],
    body: Reason,
) -> dict[str, str]:
    with hub_of(request).tx() as db:
        state = moderation.act(db, who.user_id, text_id, action, body.reason)
    return {"state": state}


@router.get("/moderation/queue")
def queue(request: Request, who: Moderator) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return moderation.queue(db)


@router.get("/admin/audit")
def audit_log(request: Request, who: Admin) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return moderation.audit_log(db)


@router.post("/admin/users/{user_id}/role")
def set_role(request: Request, who: Admin, user_id: Id, body: Role) -> dict[str, str]:
    with hub_of(request).tx() as db:
        accounts.set_role(db, who.user_id, user_id, body.role)
    return {"role": body.role}


@router.post("/admin/invites", status_code=201)
def invite(request: Request, who: Admin) -> dict[str, str]:
    with hub_of(request).tx() as db:
        return {"code": accounts.create_invite(db, who.user_id)}


def _write_limit(request: Request, who: Principal) -> None:
    from askback.hub import ratelimit

    hub = hub_of(request)
    cfg = hub.config
    with hub.autocommit() as db:
        ratelimit.hit(
            db, f"write:{who.user_id}", cfg.writes_per_window, cfg.rate_window_s, "writes"
        )
