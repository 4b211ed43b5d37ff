"""Security middleware: Host check, access token, CSRF cookie and the security headers.

One pure ASGI middleware so that every response, including errors and static files, carries
the same headers, and a request with a foreign Host header never reaches a route.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

from askback.web import guards
from askback.web.config import WebConfig
from askback.web.guards import CSRF_FIELD, CSRF_HEADER
from askback.web.i18n import LANG_COOKIE, languages, translate

__all__ = ["CSRF_FIELD", "CSRF_HEADER", "SecurityMiddleware", "csrf_token", "host_name", "sign"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "askback_csrf"
AUTH_COOKIE = "askback_auth"

# No inline script or style, nothing from another origin: an injected tag can do nothing.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "manifest-src 'self'",
    ]
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (
        b"permissions-policy",
        b"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ),
)


def sign(secret: str, value: str) -> str:
    """An HMAC of value under the server's secret, as hex."""
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()


def csrf_token(secret: str, cookie_value: str) -> str:
    """The token a form must echo for the browser that holds cookie_value."""
    return sign(secret, "csrf:" + cookie_value)


def host_name(host_header: str) -> str:
    """The name part of a Host header, lowercased, without the port."""
    host = host_header.strip().lower()
    if host.startswith("["):
        end = host.find("]")
        return host[: end + 1] if end > 0 else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookies(scope: Scope) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is ignored, not fatal
                continue
    return {k: m.value for k, m in jar.items()}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _cookie_header(name: str, value: str, *, max_age: int | None = None) -> tuple[bytes, bytes]:
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Strict"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    return b"set-cookie", "; ".join(parts).encode()


async def _plain(send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]]) -> None:
    body = text.encode()
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        *SECURITY_HEADERS,
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _FormRefused(Exception):
    """A form whose text cannot be stored; its message says which field and why."""


def server_error(lang: str) -> str:
    return translate(
        lang, "Something went wrong on askback's side; the server's log has the details."
    )


class SecurityMiddleware:
    """Refuse foreign hosts and missing tokens; issue the CSRF cookie; add the security headers."""

    def __init__(self, app: ASGIApp, config: WebConfig) -> None:
        self.app = app
        self.config = config
        self.hosts = config.host_names()
        self.auth_value = sign(config.secret, "auth:" + config.token) if config.token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if host_name(_header(scope, b"host") or "") not in self.hosts:
            # A DNS-rebinding page reaches us under its own name: refuse it before any route.
            await _plain(send, 400, "Invalid Host header: askback only answers to its own.", [])
            return
        cookies = _cookies(scope)
        extra: list[tuple[bytes, bytes]] = []
        if self.auth_value is not None:
            decision = self._authenticate(scope, cookies)
            if decision == "redirect":
                await self._redirect_without_token(scope, send)
                return
            if decision == "refuse":
                await _plain(
                    send,
                    401,
                    "This askback server needs its access token: open the URL printed "
                    "in the terminal where `askback serve` runs.",
                    [],
                )
                return
        csrf_cookie = cookies.get(CSRF_COOKIE, "")
        if len(csrf_cookie) < 32:
            csrf_cookie = secrets.token_urlsafe(32)
            extra.append(_cookie_header(CSRF_COOKIE, csrf_cookie))
        scope.setdefault("state", {})
        scope["state"]["csrf_cookie"] = csrf_cookie
        token = csrf_token(self.config.secret, csrf_cookie)
        scope["state"]["csrf_token"] = token
        is_static = str(scope.get("path", "")).startswith("/static/")
        lang = cookies.get(LANG_COOKIE, "en")
        lang = lang if lang in languages() else "en"
        refusal = guards.before_body(scope, token, lang)
        if refusal is not None:
            await _plain(send, refusal.status, refusal.message, extra)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in names)
                if b"cache-control" not in names:
                    # Pages hold private notes: never keep them in a shared or disk cache.
                    value = b"public, max-age=3600" if is_static else b"no-store"
                    headers.append((b"cache-control", value))
                headers.extend(extra)
                message["headers"] = headers
            await send(message)

        try:
            receive = await self._checked_body(scope, receive, lang)
            await self.app(scope, receive, send_with_headers)
        except guards.BodyTooLarge as exc:
            if started:
                raise
            await _plain(send, exc.status_code, str(exc.detail), extra)
        except _FormRefused as exc:
            await _plain(send, 400, str(exc), extra)
        except Exception:
            # Starlette's last-resort 500 goes out past this middleware, without the headers;
            # answer here instead, and keep the details in the server's log, not on the page.
            if started:
                raise
            logging.getLogger("askback.web").exception(
                "unhandled error on %s %s", scope.get("method"), scope.get("path")
            )
            await _plain(send, 500, server_error(lang), extra)

    async def _checked_body(self, scope: Scope, receive: Receive, lang: str) -> Receive:
        """For a state change: a form's text checked whole, an upload counted as it arrives."""
        if scope.get("method", "GET") in guards.SAFE_METHODS:
            return receive
        limit = guards.limit_for(scope)
        if guards.content_type(scope) != "application/x-www-form-urlencoded":
            return guards.counted(receive, limit, lang)
        body, messages = await guards.read_all(receive, limit, lang)
        problem = guards.form_text_problem(body, lang)
        if problem is not None:
            raise _FormRefused(problem)
        return guards.replay(messages, receive)

    def _authenticate(self, scope: Scope, cookies: dict[str, str]) -> str:
        """'ok', 'redirect' (a valid ?token= to trade for a cookie) or 'refuse'."""
        assert self.auth_value is not None and self.config.token is not None
        path = str(scope.get("path", ""))
        if path.startswith("/static/"):
            return "ok"
        if hmac.compare_digest(cookies.get(AUTH_COOKIE, ""), self.auth_value):
            return "ok"
        bearer = _header(scope, b"authorization") or ""
        if bearer.startswith("Bearer ") and hmac.compare_digest(
            bearer[7:].strip(), self.config.token
        ):
            return "ok"
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if hmac.compare_digest(query.get("token", ""), self.config.token):
            return "redirect"
        return "refuse"

    async def _redirect_without_token(self, scope: Scope, send: Send) -> None:
        # Trade the token in the URL for a cookie, so it does not stay in the address bar.
        query = [
            (k, v)
            for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"))
            if k != "token"
        ]
        location = str(scope.get("path", "/")) + (f"?{urlencode(query)}" if query else "")
        assert self.auth_value is not None
        headers = [
            (b"location", location.encode()),
            _cookie_header(AUTH_COOKIE, self.auth_value, max_age=30 * 24 * 3600),
            (b"content-length", b"0"),
            (b"cache-control", b"no-store"),
            *SECURITY_HEADERS,
        ]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
