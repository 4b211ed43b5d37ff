"""CSRF check on every request that changes state: a signed double-submit token plus Origin."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

from askback.web import guards
from askback.web.security import CSRF_FIELD, CSRF_HEADER
from askback.web.templating import lang_of

SAFE_METHODS = guards.SAFE_METHODS


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request without this browser's token or from another site.

    The security middleware has already checked the origin and an upload's token before its
    body; this checks again for every route, and reads a typed form's token from its body.
    """
    if request.method in SAFE_METHODS:
        return
    lang = lang_of(request)
    refusal = guards.before_body(request.scope, str(getattr(request.state, "csrf_token", "")), lang)
    if refusal is not None:
        raise HTTPException(refusal.status, refusal.message)
    expected = getattr(request.state, "csrf_token", "")
    sent = request.headers.get(CSRF_HEADER, "")
    content_type = guards.content_type(request.scope)
    if not sent and content_type == "multipart/form-data":
        sent = guards.query_token(request.scope)
    elif not sent and content_type == "application/x-www-form-urlencoded":
        form = await request.form()
        value = form.get(CSRF_FIELD, "")
        sent = value if isinstance(value, str) else ""
    if not expected or not sent or not hmac.compare_digest(sent, expected):
        raise HTTPException(403, guards.stale_token(lang))
