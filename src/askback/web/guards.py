"""Checks on a state-changing request before its body is read: origin, size, token, text.

The security middleware runs these, so a request from another origin, a form larger than
allowed or an upload without this browser's token is refused before a byte of its body is
read, and a form whose text is not valid UTF-8 never reaches a route.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes, urlsplit

from starlette.exceptions import HTTPException

from askback.web.i18n import translate

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
# A file to import may be this large; the multipart wrapping around it adds little.
MAX_UPLOAD_BYTES = 50_000_000
MAX_MULTIPART_BYTES = MAX_UPLOAD_BYTES + 1_000_000
# A typed form (a pasted job ad included) is far smaller than this.
MAX_FORM_BYTES = 2_000_000
# Control characters a browser never sends from a text field; PostgreSQL cannot store NUL.
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\r") | {"\x7f"}


@dataclass(frozen=True)
class Refusal:
    """A request refused before any route: its status and the message that says why."""

    status: int
    message: str


class BodyTooLarge(HTTPException):
    """The body went past its limit while being read (a request without Content-Length)."""

    def __init__(self, lang: str, limit: int) -> None:
        super().__init__(413, too_large(lang, limit))


def too_large(lang: str, limit: int) -> str:
    mb = max(1, limit // 1_000_000)
    return translate(lang, "The request is too large: at most {mb} MB are accepted.", mb=mb)


def origin_of(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of a URL or an Origin header, the port filled in; None if unclear."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def own_origin(scope: MutableMapping[str, Any], host_header: str) -> tuple[str, str, int] | None:
    """This server's origin as the browser sees it: the request's scheme and its Host header."""
    return origin_of(f"{scope.get('scheme', 'http')}://{host_header.strip()}")


def header(scope: MutableMapping[str, Any], name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return ""


def content_type(scope: MutableMapping[str, Any]) -> str:
    return header(scope, b"content-type").split(";", 1)[0].strip().lower()


def limit_for(scope: MutableMapping[str, Any]) -> int:
    """The largest body this request may have (uploads are larger than typed forms)."""
    return MAX_MULTIPART_BYTES if content_type(scope) == "multipart/form-data" else MAX_FORM_BYTES


def query_token(scope: MutableMapping[str, Any]) -> str:
    raw: bytes = scope.get("query_string", b"")
    return dict(parse_qsl(raw.decode("latin-1"))).get(CSRF_FIELD, "")


def before_body(scope: MutableMapping[str, Any], expected: str, lang: str) -> Refusal | None:
    """Refuse a state-changing request from elsewhere, too large, or an upload without token."""
    if scope.get("method", "GET") in SAFE_METHODS:
        return None
    # Browsers say where a request comes from; a cross-site one is refused whatever it carries.
    if header(scope, b"sec-fetch-site") == "cross-site":
        return Refusal(403, translate(lang, "Cross-site request refused."))
    mine = own_origin(scope, header(scope, b"host"))
    origin = header(scope, b"origin")
    # A page under Referrer-Policy no-referrer sends 'Origin: null'; its token still decides.
    referer = header(scope, b"referer")
    claimed = origin if origin and origin != "null" else None
    if claimed is None and not origin and referer:
        claimed = referer  # no Origin at all: the Referer, when sent, must be ours too
    if claimed is not None and origin_of(claimed) != mine:
        return Refusal(403, translate(lang, "Request from another origin refused."))
    if content_type(scope) == "multipart/form-data":
        # An upload is never read to find its token: it must come in the header or the URL.
        sent = header(scope, CSRF_HEADER.encode()) or query_token(scope)
        if not expected or not sent or not hmac.compare_digest(sent, expected):
            return Refusal(403, stale_token(lang))
    length = header(scope, b"content-length")
    if length:
        if not length.isdigit():
            return Refusal(400, translate(lang, "The request's Content-Length is not a number."))
        if int(length) > limit_for(scope):
            return Refusal(413, too_large(lang, limit_for(scope)))
    return None


def stale_token(lang: str) -> str:
    return translate(
        lang, "The form's security token is missing or stale: reload the page and try again."
    )


def form_text_problem(body: bytes, lang: str) -> str | None:
    """Why a urlencoded form body cannot be stored as text (bad UTF-8, control characters)."""
    for pair in body.split(b"&"):
        raw_name, _, raw_value = pair.partition(b"=")
        name_bytes = unquote_to_bytes(raw_name.replace(b"+", b" "))
        name = name_bytes.decode("utf-8", "replace")[:60]
        for part in (name_bytes, unquote_to_bytes(raw_value.replace(b"+", b" "))):
            try:
                value = part.decode("utf-8")
            except UnicodeDecodeError:
                return translate(
                    lang,
                    "The form field “{field}” is not valid UTF-8 text, so nothing was saved.",
                    field=name,
                )
            bad = next((c for c in value if c in _CONTROL), None)
            if bad is not None:
                return translate(
                    lang,
                    "The form field “{field}” holds control character U+{code}: nothing saved.",
                    field=name,
                    code=format(ord(bad), "04X"),
                )
    return None


async def read_all(receive: Receive, limit: int, lang: str) -> tuple[bytes, list[Message]]:
    """The whole body (at most limit bytes) and the messages that carried it, to replay."""
    messages: list[Message] = []
    size = 0
    chunks: list[bytes] = []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(lang, limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), messages


def replay(messages: list[Message], receive: Receive) -> Receive:
    """A receive that hands out the messages already read, then goes on with the real one."""
    pending = list(messages)

    async def again() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return again


def counted(receive: Receive, limit: int, lang: str) -> Receive:
    """A receive that stops a body (e.g. a chunked upload) once it passes limit bytes."""
    size = 0

    async def guarded() -> Message:
        nonlocal size
        message = await receive()
        if message["type"] == "http.request":
            size += len(message.get("body", b""))
            if size > limit:
                raise BodyTooLarge(lang, limit)
        return message

    return guarded
