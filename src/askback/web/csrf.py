"""CSRF check on every request that changes state: a signed double-submit token plus Origin."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

from askback.web.security import CSRF_FIELD, CSRF_HEADER, host_name

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request without this browser's token or from another site."""
    if request.method in SAFE_METHODS:
        return
    # Browsers say where a request comes from; a cross-site one is refused whatever it carries.
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise HTTPException(403, "Cross-site request refused.")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        origin_host = host_name(origin.split("://", 1)[-1])
        if origin_host != host_name(request.headers.get("host", "")):
            raise HTTPException(403, "Request from another origin refused.")
    expected = getattr(request.state, "csrf_token", "")
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD, "")
            sent = value if isinstance(value, str) else ""
    if not expected or not sent or not hmac.compare_digest(sent, expected):
        raise HTTPException(
            403, "The form's security token is missing or stale: reload the page and try again."
        )
