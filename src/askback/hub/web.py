"""Request plumbing: the security middleware, who is asking, CSRF, and the hub's cookies."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session as Db

from askback.hub.accounts import Principal, from_api_token, from_session
from askback.hub.config import HubConfig
from askback.hub.core import Hub
from askback.web.guards import SAFE_METHODS, origin_of
from askback.web.security import CSRF_FIELD, CSRF_HEADER, SECURITY_HEADERS, csrf_token

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SESSION_COOKIE = "askback_hub_session"
CSRF_COOKIE = "askback_hub_csrf"
LANG_COOKIE = "askback_lang"


def cookie(config: HubConfig, name: str, value: str, max_age: int | None) -> str:
    """A Set-Cookie value: HttpOnly, SameSite=Lax, Secure unless the hub runs on plain HTTP."""
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
    if config.secure_cookies:
        parts.append("Secure")
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    return "; ".join(parts)


def _cookie_value(scope: Scope, name: str) -> str:
    from http.cookies import SimpleCookie

    jar: SimpleCookie = SimpleCookie()
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is ignored
                continue
    morsel = jar.get(name)
    return morsel.value if morsel is not None else ""


class HubMiddleware:
    """Every response gets the local app's security headers and CSP, a browser a CSRF cookie."""

    def __init__(self, app: ASGIApp, config: HubConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        value = _cookie_value(scope, CSRF_COOKIE)
        extra: list[tuple[bytes, bytes]] = []
        if len(value) < 32:
            value = secrets.token_urlsafe(32)
            extra.append((b"set-cookie", cookie(self.config, CSRF_COOKIE, value, None).encode()))
        scope.setdefault("state", {})
        scope["state"]["csrf_token"] = csrf_token(self.config.secret, value)
        is_static = str(scope.get("path", "")).startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                if self.config.secure_cookies:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                if b"cache-control" not in names:
                    headers.append(
                        (b"cache-control", b"public, max-age=3600" if is_static else b"no-store")
                    )
                headers.extend(extra)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def hub_of(request: Request) -> Hub:
    hub: Hub = request.app.state.hub
    return hub


def client_of(request: Request) -> str:
    """The client address; behind a proxy uvicorn fills it from X-Forwarded-For."""
    return request.client.host if request.client else "unknown"


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None


def principal(request: Request) -> Principal | None:
    """Who is asking, or None: a bearer token when one is sent, else the session cookie."""
    if hasattr(request.state, "principal"):
        cached: Principal | None = request.state.principal
        return cached
    hub = hub_of(request)
    token = _bearer(request)
    found: Principal | None
    with hub.autocommit() as db:
        if token is not None:
            found = from_api_token(db, token)
            if found is None:
                raise HTTPException(401, "this API token is not valid (revoked or mistyped)")
        else:
            session = request.cookies.get(SESSION_COOKIE, "")
            found = from_session(db, session) if session else None
    request.state.principal = found
    return found


async def check_csrf(request: Request) -> None:
    """Every state change from a browser: same origin, and the token that goes with its cookie.

    A request with a bearer token carries no ambient credential and needs no CSRF token.
    """
    if request.method in SAFE_METHODS or _bearer(request) is not None:
        return
    origin = request.headers.get("origin")
    if origin and origin != "null":
        theirs = origin_of(origin)
        host = request.headers.get("host", "")
        if theirs is None or theirs[1] != host.rsplit(":", 1)[0].strip("[]").lower():
            raise HTTPException(403, "refused: the request came from another site")
    expected = str(getattr(request.state, "csrf_token", ""))
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent and request.headers.get("content-type", "").startswith(
        "application/x-www-form-urlencoded"
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD, "")
        sent = value if isinstance(value, str) else ""
    if not expected or not sent or not hmac.compare_digest(sent, expected):
        raise HTTPException(
            403, "refused: this form's security token is missing or stale; reload the page"
        )


def member(request: Request) -> Principal:
    who = principal(request)
    if who is None:
        raise HTTPException(401, "log in first")
    return who


def require_shared(hub: Hub, db: Db, who: Principal) -> None:
    """403 under "give to get" for a member who has not shared an experience yet."""
    from askback.hub import sharing

    if hub.config.give_to_get and not sharing.has_shared(db, who.user_id):
        raise HTTPException(403, "this hub shows aggregates once you shared one experience")


def moderator(request: Request) -> Principal:
    who = member(request)
    if not who.is_moderator:
        raise HTTPException(403, "only moderators and admins may do this")
    return who


def admin(request: Request) -> Principal:
    who = member(request)
    if not who.is_admin:
        raise HTTPException(403, "only admins may do this")
    return who


def set_session(response: Response, config: HubConfig, token: str) -> None:
    response.headers.append(
        "set-cookie", cookie(config, SESSION_COOKIE, token, config.session_days * 86400)
    )


def clear_session(response: Response, config: HubConfig) -> None:
    response.headers.append("set-cookie", cookie(config, SESSION_COOKIE, "", 0))
