"""Helpers the use cases share: owned lookups, validation into clear errors, times and dates."""

from __future__ import annotations

import contextlib
import os
import re
import zoneinfo
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import select, update

from askback.app.workspace import Workspace
from askback.errors import InputError, NotFoundError
from askback.export.jsonfile import error_lines
from askback.store.models import Base, Contact, Interview, Opportunity

M = TypeVar("M", bound=Base)
R = TypeVar("R", bound=BaseModel)


def owned(ws: Workspace, model: type[M], row_id: int, what: str | None = None) -> M:
    """The row with this id belonging to the workspace's owner, else NotFoundError."""
    # An id past 64 bits cannot be stored, so no row has it (and SQLite would overflow on it).
    row = ws.session.get(model, row_id) if 0 < row_id < 2**63 else None
    if row is None or getattr(row, "owner", ws.owner) != ws.owner:
        name = what or model.__tablename__.rstrip("s").replace("_", " ")
        raise NotFoundError(f"no {name} with id {row_id}")
    return row


def validated(model: type[R], data: dict[str, Any], what: str) -> R:
    """Validate through the export record model, so that every entry path checks the same rules."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = [
            f"{what}.{line}" if not line.startswith("...") else line for line in error_lines(exc)
        ]
        raise InputError("; ".join(lines)) from None


def _ref_id(ref: str | int) -> int | None:
    if isinstance(ref, int):
        return ref
    text = ref.strip().lstrip("#")
    return int(text) if text.isdigit() else None


def resolve_opportunity(ws: Workspace, ref: str | int) -> Opportunity:
    """An opportunity by id, or by a company (or 'company/role') name that matches exactly one."""
    row_id = _ref_id(ref)
    if row_id is not None:
        return owned(ws, Opportunity, row_id, "opportunity")
    text = str(ref).strip().lower()
    company, _, role = text.partition("/")
    rows = ws.session.scalars(
        select(Opportunity).where(Opportunity.owner == ws.owner).order_by(Opportunity.id)
    ).all()

    def matches(o: Opportunity, exact: bool) -> bool:
        c, r = o.company.lower(), o.role.lower()
        if exact:
            return c == company.strip() and (not role or r == role.strip())
        return company.strip() in c and (not role or role.strip() in r)

    found = [o for o in rows if matches(o, True)] or [o for o in rows if matches(o, False)]
    if not found:
        raise NotFoundError(f"no opportunity matches {ref!r}; see `askback opportunity list`")
    if len(found) > 1:
        options = ", ".join(f"#{o.id} {o.label}" for o in found[:8])
        raise InputError(f"{ref!r} matches {len(found)} opportunities ({options}); use the id")
    return found[0]


def resolve_contact(ws: Workspace, ref: str | int) -> Contact:
    """A contact by id, or by a name that matches exactly one."""
    row_id = _ref_id(ref)
    if row_id is not None:
        return owned(ws, Contact, row_id, "contact")
    text = str(ref).strip().lower()
    rows = ws.session.scalars(
        select(Contact).where(Contact.owner == ws.owner).order_by(Contact.id)
    ).all()
    found = [c for c in rows if c.name.lower() == text] or [
        c for c in rows if text in c.name.lower()
    ]
    if not found:
        raise NotFoundError(f"no contact matches {ref!r}; see `askback contact list`")
    if len(found) > 1:
        options = ", ".join(f"#{c.id} {c.name}" for c in found[:8])
        raise InputError(f"{ref!r} matches {len(found)} contacts ({options}); use the id")
    return found[0]


def resolve_interview(ws: Workspace, ref: str | int) -> Interview:
    row_id = _ref_id(ref)
    if row_id is None:
        raise InputError(f"an interview is named by its id (a number), not {ref!r}")
    return owned(ws, Interview, row_id, "interview")


def now() -> datetime:
    return datetime.now(UTC)


def touch(ws: Workspace, opportunity_id: int) -> None:
    """Mark an opportunity as active now: a new interview, answer or signal is news about it,
    and lists put the most recently active first."""
    ws.session.execute(
        update(Opportunity)
        .where(Opportunity.id == opportunity_id, Opportunity.owner == ws.owner)
        .values(updated_at=now())
    )


def local_timezone() -> str:
    """The IANA name of this machine's time zone, or UTC when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name and check_timezone(name, quiet=True):
            return name
    return "UTC"


def check_timezone(name: str, *, quiet: bool = False) -> str | None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        if quiet:
            return None
        raise InputError(f"unknown time zone {name!r} (use a name like Europe/Berlin)") from None
    return name


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(text: str, field: str = "date", fmt: str | None = None) -> date:
    """A calendar date (YYYY-MM-DD or DD.MM.YYYY); impossible dates get their own message."""
    value = text.strip()
    if fmt:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError as exc:
            raise InputError(
                f"{field}: {value!r} does not fit the date format {fmt!r} ({exc})"
            ) from None
    iso, dmy = _ISO_DATE.match(value), _DMY_DATE.match(value)
    if iso:
        y, m, d = (int(g) for g in iso.groups())
    elif dmy:
        d, m, y = (int(g) for g in dmy.groups())
    else:
        raise InputError(f"{field}: {value!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)")
    try:
        return date(y, m, d)
    except ValueError as exc:
        raise InputError(f"{field}: impossible date {value!r} ({exc})") from None


_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(.*)$")


def parse_datetime(text: str, tz: str, field: str = "time") -> datetime:
    """A date and time; without an offset it is read in `tz` (an IANA name)."""
    value = text.strip()
    if value.lower() == "now":
        return now()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        match = _TIME.match(value)
        if match is None:
            try:
                day = parse_date(value, field)
            except InputError:
                raise InputError(
                    f"{field}: {value!r} is not a date and time (e.g. 2025-03-14 15:30)"
                ) from None
            parsed = datetime(day.year, day.month, day.day, 9, 0)
        else:
            raise InputError(f"{field}: impossible date or time {value!r}") from None
    if parsed.tzinfo is None:
        check_timezone(tz)
        parsed = parsed.replace(tzinfo=zoneinfo.ZoneInfo(tz))
    return parsed.astimezone(UTC)


def in_zone(moment: datetime, tz: str) -> datetime:
    """A stored UTC time shown in a named zone (UTC when the name is unknown)."""
    try:
        return moment.astimezone(zoneinfo.ZoneInfo(tz))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, OverflowError):
        # OverflowError: a time at the calendar's edge (year 1, 9999) has no local form there.
        return moment
