"""Turn HTML form strings into the values the core API takes (empty means 'not given')."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from askback.errors import InputError


def text(value: str | None) -> str | None:
    """A stripped string, or None when empty."""
    value = (value or "").strip()
    return value or None


def integer(value: str | None, field: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        raise InputError(f"{field}: {value!r} is not a whole number") from None


def lines(value: str | None) -> list[str]:
    """One item per line (or comma), without empties."""
    out: list[str] = []
    for line in (value or "").replace(",", "\n").splitlines():
        if line.strip():
            out.append(line.strip())
    return out


def local_datetime(value: str | None, field: str) -> datetime:
    """A datetime-local input value (YYYY-MM-DDTHH:MM), naive: the time zone comes separately."""
    value = (value or "").strip()
    if not value:
        raise InputError(f"{field}: a date and time is required")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{field}: {value!r} is not a date and time (YYYY-MM-DD HH:MM)") from None


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments whose value is not None."""
    return {k: v for k, v in values.items() if v is not None}


def back_to(request: Request, url: str) -> Response:
    """After a successful POST: redirect (303) so a reload does not post again."""
    if request.headers.get("hx-request") == "true":
        # htmx follows redirects inside the fetch; tell it to change page instead.
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)
