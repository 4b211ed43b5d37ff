"""Turn HTML form strings into the values the core API takes (empty means 'not given')."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Annotated, Any

from fastapi import Path, Request
from fastapi.responses import RedirectResponse, Response

from askback.app.limits import FIRST_YEAR, LAST_YEAR, YEARS, check_year
from askback.errors import InputError
from askback.i18n import N_
from askback.problems import FieldProblem, InvalidFields

# Both databases store whole numbers in 64 bits; a larger one must never reach them.
MAX_ID = 2**63 - 1
MAX_INT = 2**63 - 1

# Every `{..._id}` in a route's path: a whole number from 1 to MAX_ID, refused with 400 otherwise.
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def text(value: str | None) -> str | None:
    """A stripped string, or None when empty."""
    value = (value or "").strip()
    return value or None


def integer(
    value: str | None, field: str, *, low: int = -MAX_INT, high: int = MAX_INT
) -> int | None:
    """A whole number within low..high (by default what the database can hold), or None."""
    value = (value or "").strip()
    if not value:
        return None
    limits = {"ge": low, "le": high}
    if len(value) > 30:
        english = f"{field}: {value[:20]!r}… is not a whole number from {low} to {high}"
        raise _refused(english, field, "int_parsing", value[:20] + "…", limits)
    try:
        number = int(value)
    except ValueError:
        english = f"{field}: {value!r} is not a whole number"
        raise _refused(english, field, "int_parsing", value) from None
    if not low <= number <= high:
        kind = "greater_than_equal" if number < low else "less_than_equal"
        english = f"{field}: {number} is out of range ({low} to {high})"
        raise _refused(english, field, kind, number, limits)
    return number


def _refused(
    english: str, field: str, kind: str, value: object, limits: dict[str, Any] | None = None
) -> InvalidFields:
    problem = FieldProblem(field, kind, value, limits or {}, english)
    return InvalidFields(english, [problem])


def identifier(value: str | None, field: str) -> int | None:
    """The id of a stored object (1 to MAX_ID), or None when empty."""
    return integer(value, field, low=1, high=MAX_ID)


def identifiers(values: list[str] | None, field: str) -> list[int]:
    """Ids from repeated form fields or query parameters, without empties and repeats."""
    found = (identifier(v, field) for v in values or ())
    return list(dict.fromkeys(i for i in found if i is not None))


def number(value: str | None, field: str, *, low: float, high: float) -> float | None:
    """A decimal number within low..high, or None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = float(value[:40])
    except ValueError:
        english = f"{field}: {value[:40]!r} is not a number"
        raise _refused(english, field, "float_parsing", value[:40]) from None
    if not low <= parsed <= high:  # also refuses nan
        english = f"{field}: {value[:40]} is out of range ({low} to {high})"
        kind = "less_than_equal" if parsed > high else "greater_than_equal"
        raise _refused(english, field, kind, value[:40], {"ge": low, "le": high})
    return parsed


def choice(value: str | None, allowed: Sequence[str], field: str) -> str | None:
    """One of the allowed values, or None when empty; anything else is refused with a
    'did you mean', never silently ignored (a filter that is ignored shows the wrong list)."""
    from askback.suggest import did_you_mean

    value = (value or "").strip()
    if not value:
        return None
    if value in allowed:
        return value
    hint = did_you_mean(value, allowed) or f" (use one of: {', '.join(allowed)})"
    raise InputError(f"{field}: unknown value {value[:40]!r}{hint}").worded(
        field,
        N_("{field}: “{value}” is not one of the choices; choose one of: {expected}."),
        value=value[:40],
        expected=", ".join(allowed),
    )


def lines(value: str | None) -> list[str]:
    """One item per line (or comma), without empties."""
    out: list[str] = []
    for line in (value or "").replace(",", "\n").splitlines():
        if line.strip():
            out.append(line.strip())
    return out


def moment(value: str | None, tz: str, field: str) -> datetime:
    """A date and time read in zone tz, as UTC; only years FIRST_YEAR to LAST_YEAR."""
    from askback.app.common import parse_datetime

    raw = (value or "").strip()
    if not raw:
        raise InputError(f"{field}: a date and time is required").worded(
            field, N_("{field} is required: fill it in.")
        )
    head = raw[:4]
    if head.isdigit() and not FIRST_YEAR <= int(head) <= LAST_YEAR:
        raise InputError(
            f"{field}: {raw!r} is not between the years {FIRST_YEAR} and {LAST_YEAR}"
        ).worded(field, YEARS, value=raw[:40], first=FIRST_YEAR, last=LAST_YEAR)
    try:
        parsed = parse_datetime(raw, tz, field)
    except OverflowError:
        raise InputError(f"{field}: {raw!r} is out of range").worded(
            field, YEARS, value=raw[:40], first=FIRST_YEAR, last=LAST_YEAR
        ) from None
    # The one check every way in shares: the year in UTC and in the zone given.
    check_year(parsed, field, tz)
    return parsed


def email(value: str | None, field: str = "email") -> str | None:
    """An email address in its normal form (syntax only: nothing is looked up), or None."""
    from askback.app.contacts import normal_email

    return normal_email(value, field)


_ROW_KEY = re.compile(r"[A-Za-z0-9_-]{1,80}")


def row_key(value: str) -> str:
    """The interview screen's key for a row ('new', 'a12', 'q-rml-001'); it goes into ids and
    the address, so it is refused unless it is a short word of letters, digits, - and _."""
    if not _ROW_KEY.fullmatch(value):
        raise InputError(f"key: {value[:40]!r} is not a row key (letters, digits, - and _)")
    return value


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments whose value is not None."""
    return {k: v for k, v in values.items() if v is not None}


def back_to(request: Request, url: str) -> Response:
    """After a successful POST: redirect (303) so a reload does not post again."""
    if request.headers.get("hx-request") == "true":
        # htmx follows redirects inside the fetch; tell it to change page instead.
        return Response(status_code=204, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)


_FIELD_MESSAGE = re.compile(r"^(?:[a-z_]+\.)?([a-z_ -]+): (.+)$", re.S)


def field_errors(message: str, fields: Iterable[str]) -> dict[str, str]:
    """An InputError's text split by form field ('contact.how_met: too long' -> how_met), so that
    each message shows next to its field; what names no field is kept under ''."""
    known = set(fields)
    out: dict[str, str] = {}
    for part in message.split("; "):
        found = _FIELD_MESSAGE.match(part.strip())
        name = found.group(1).replace("-", "_").replace(" ", "_") if found else ""
        key = name if name in known else ""
        text = found.group(2) if found and key else part.strip()
        out[key] = f"{out[key]}; {text}" if key in out else text
    return out
