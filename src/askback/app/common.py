"""Helpers the use cases share: owned lookups, validation into clear errors, times and dates."""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

from askback.app.names import not_found
from askback.app.workspace import Workspace
from askback.errors import InputError, NotFoundError
from askback.i18n import N_

if TYPE_CHECKING:
    from askback.dates import DateOrder
    from askback.store.models import Base, Contact, Interview, Opportunity

# The tables are imported where a lookup needs them: reads in plain SQL skip the ORM.
M = TypeVar("M", bound="Base")
R = TypeVar("R", bound=BaseModel)


# Ids are 32-bit integers on PostgreSQL; a larger number names no row on either backend.
MAX_ID = 2**31 - 1


def owned(ws: Workspace, model: type[M], row_id: int, what: str | None = None) -> M:
    """The row with this id belonging to the workspace's owner, else NotFoundError."""
    name = what or model.__tablename__.rstrip("s").replace("_", " ")
    # Out of range, the database would fail on the number itself (SQLite: OverflowError).
    row = ws.session.get(model, row_id) if 0 < row_id <= MAX_ID else None
    if row is None or getattr(row, "owner", ws.owner) != ws.owner:
        raise NotFoundError(f"no {name} with id {row_id}")
    return row


def validated(
    model: type[R], data: dict[str, Any], what: str, changes: dict[str, Any] | None = None
) -> R:
    """Validate through the export record model, so that every entry path checks the same rules.

    An edit passes its `changes`: only they meet the shared limits, so that a row stored before
    a limit existed can still be edited (and so brought within it)."""
    from askback.app.limits import check_values

    zone = data.get("timezone")
    check_values(
        data if changes is None else changes, what, zone if isinstance(zone, str) else None
    )
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        from askback.export.jsonfile import error_lines
        from askback.problems import InvalidFields, problems_of

        lines = [
            f"{what}.{line}" if not line.startswith("...") else line for line in error_lines(exc)
        ]
        raise InvalidFields("; ".join(lines), problems_of(exc.errors(), lines)) from None


def _ref_id(ref: str | int) -> int | None:
    if isinstance(ref, int):
        return ref
    text = ref.strip().lstrip("#")
    return int(text) if text.isdigit() else None


class _Named(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def company(self) -> str: ...
    @property
    def role(self) -> str: ...

    @property
    def label(self) -> str: ...


N = TypeVar("N", bound=_Named)


def resolve_opportunity(ws: Workspace, ref: str | int) -> Opportunity:
    """An opportunity by id, or by a company (or 'company/role') name that matches exactly one."""
    from sqlalchemy import select

    from askback.store.models import Opportunity

    row_id = _ref_id(ref)
    if row_id is not None:
        return owned(ws, Opportunity, row_id, "opportunity")
    rows = ws.session.scalars(
        select(Opportunity).where(Opportunity.owner == ws.owner).order_by(Opportunity.id)
    ).all()
    return pick_opportunity(ref, rows)


def pick_opportunity(ref: str | int, rows: Sequence[N]) -> N:
    """The one row (in id order) that a company or 'company/role' name names, else an error.

    Exact names win over parts of names; the ORM and the plain reads resolve names through
    this, so they agree on what a name means.
    """
    row_id = _ref_id(ref)
    if row_id is not None:
        by_id = [o for o in rows if o.id == row_id]
        if not by_id:
            raise NotFoundError(f"no opportunity with id {row_id}")
        return by_id[0]
    text = str(ref).strip().lower()
    company, _, role = text.partition("/")

    def matches(o: N, exact: bool) -> bool:
        c, r = o.company.lower(), o.role.lower()
        if exact:
            return c == company.strip() and (not role or r == role.strip())
        return company.strip() in c and (not role or role.strip() in r)

    found = [o for o in rows if matches(o, True)] or [o for o in rows if matches(o, False)]
    if not found:
        raise not_found(
            "opportunity",
            str(ref),
            [o.company for o in rows] + [f"{o.company}/{o.role}" for o in rows],
            "; see `askback opportunity list`",
        )
    if len(found) > 1:
        options = ", ".join(f"#{o.id} {o.label}" for o in found[:8])
        raise InputError(f"{ref!r} matches {len(found)} opportunities ({options}); use the id")
    return found[0]


def resolve_contact(ws: Workspace, ref: str | int) -> Contact:
    """A contact by id, or by a name that matches exactly one."""
    from sqlalchemy import select

    from askback.store.models import Contact

    row_id = _ref_id(ref)
    if row_id is not None:
        return owned(ws, Contact, row_id, "contact")
    rows = ws.session.scalars(
        select(Contact).where(Contact.owner == ws.owner).order_by(Contact.id)
    ).all()
    return pick_contact(ref, rows)


class _Person(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=_Person)


def pick_contact(ref: str | int, rows: Sequence[P]) -> P:
    """The one contact (rows in id order) an id or name names: an exact name, else a part."""
    row_id = _ref_id(ref)
    if row_id is not None:
        by_id = [c for c in rows if c.id == row_id]
        if not by_id:
            raise NotFoundError(f"no contact with id {row_id}")
        return by_id[0]
    text = str(ref).strip().lower()
    found = [c for c in rows if c.name.lower() == text] or [
        c for c in rows if text in c.name.lower()
    ]
    if not found:
        raise not_found("contact", str(ref), [c.name for c in rows], "; see `askback contact list`")
    if len(found) > 1:
        options = ", ".join(f"#{c.id} {c.name}" for c in found[:8])
        raise InputError(f"{ref!r} matches {len(found)} contacts ({options}); use the id")
    return found[0]


def resolve_interview(ws: Workspace, ref: str | int) -> Interview:
    """An interview by its id (a number, optionally with '#'), else an error."""
    from askback.store.models import Interview

    row_id = _ref_id(ref)
    if row_id is None:
        raise InputError(f"an interview is named by its id (a number), not {ref!r}")
    return owned(ws, Interview, row_id, "interview")


def now() -> datetime:
    """This moment in UTC, the time every record is stamped with."""
    return datetime.now(UTC)


def touch(ws: Workspace, opportunity_id: int) -> None:
    """Mark an opportunity as active now: a new interview, answer or signal is news about it,
    and lists put the most recently active first."""
    from sqlalchemy import update

    from askback.store.models import Opportunity

    ws.session.execute(
        update(Opportunity)
        .where(Opportunity.id == opportunity_id, Opportunity.owner == ws.owner)
        .values(updated_at=now())
    )


def local_timezone() -> str:
    """The user's time zone: ASKBACK_TZ, else the saved setting, else this machine's zone."""
    from askback.times import user_zone

    return user_zone()


def check_timezone(name: str, *, quiet: bool = False) -> str | None:
    """The name when it is a known IANA zone; else None (quiet) or an error with suggestions."""
    from askback.times import zone

    if zone(name) is not None:
        return name
    if quiet:
        return None
    from askback.app.names import unknown_zone

    raise unknown_zone(name)


def date_order_setting() -> DateOrder | None:
    """The day order for dates like 03/11/2026: ASKBACK_DATE_ORDER, else the saved setting."""
    import os

    from askback.config import read_user_settings
    from askback.dates import ORDER_ENV, ORDER_SETTING, date_order

    value = os.environ.get(ORDER_ENV) or read_user_settings().get(ORDER_SETTING)
    try:
        return date_order(value if isinstance(value, str) else None)
    except InputError:
        # A hand-edited setting that names no order: refuse ambiguous dates as when unset.
        return None


def _today(tz: str | None = None) -> date:
    from askback.times import zone

    return datetime.now(zone(tz or local_timezone()) or UTC).date()


# A time after a date, as spreadsheets write it: ` 00:00`, `T00:00:00.000`, ` 2:30 PM`, `Z`.
_TIME_TAIL = re.compile(
    r"(?:[ T]+|(?<=\d)T)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp][Mm]))?"
    r"\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$"
)


def split_time(text: str, *, checked: bool = True) -> tuple[str, str]:
    """A cell split into its date and a trailing clock time ('' when it has none, or, when
    `checked`, when the time is not a time of day: 25:00, 10:61)."""
    match = _TIME_TAIL.search(text)
    if match is None:
        return text, ""
    hour, minute, second, half = match.groups()
    limit = 12 if half else 23
    if checked and (int(hour) > limit or int(minute) > 59 or int(second or 0) > 59):
        return text, ""
    return text[: match.start()], match.group(0).strip()


def parse_date(
    text: str, field: str = "date", fmt: str | None = None, *, drop_time: bool = False
) -> date:
    """A calendar date as people type it (see askback.dates); `fmt` forces a strftime format.

    A time after the date is refused, or with `drop_time` read and left out: the written day.
    """
    value = text.strip()
    if fmt:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError as exc:
            day, clock = split_time(value) if drop_time else (value, "")
            if clock:
                try:
                    return datetime.strptime(day, fmt).date()
                except ValueError:
                    pass
            raise InputError(
                f"{field}: {value!r} does not fit the date format {fmt!r} ({exc})"
            ) from None
    from askback.dates import read_date, read_typed

    if drop_time:
        typed = read_typed(value, _today(), field=field, order=date_order_setting())
        return typed.moment.date()
    return read_date(value, _today(), field=field, order=date_order_setting())


def parse_datetime(text: str, tz: str, field: str = "time") -> datetime:
    """A date and time as people type it; without an offset it is read in `tz` (an IANA name).

    A day alone means 09:00 that day; "now" is this moment.
    """
    from askback.dates import read_typed

    value = text.strip()
    if value.lower() == "now":
        return now()
    typed = read_typed(
        value,
        _today(tz),
        field=field,
        order=date_order_setting(),
        example="e.g. 2026-11-21 15:30, 21.11.2026 15:00 or tomorrow 10:00",
        noun="a date and time",
    )
    parsed = typed.moment if typed.has_time else typed.moment.replace(hour=9, minute=0)
    if parsed.tzinfo is None:
        check_timezone(tz)
        parsed = _wall_time(parsed, tz, field, value)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        raise InputError(f"{field}: {value!r} is too close to the ends of the calendar") from None


def _wall_time(parsed: datetime, tz: str, field: str, value: str) -> datetime:
    """A clock time read in `tz`; a time the clocks skip (a DST gap) is an error, not a guess."""
    zone = zoneinfo.ZoneInfo(tz)
    local = parsed.replace(tzinfo=zone)
    try:
        back = local.astimezone(UTC).astimezone(zone)
    except (OverflowError, ValueError):
        raise InputError(f"{field}: {value!r} is too close to the ends of the calendar") from None
    if back.replace(tzinfo=None) != parsed:
        raise InputError(
            f"{field}: {value!r} does not exist in {tz} (the clocks skip it when daylight "
            "saving time starts); give a time outside that hour"
        ).worded(
            field,
            N_(
                "{field}: “{value}” does not exist in {zone}: the clocks skip that hour when "
                "daylight saving time starts; type a time outside it."
            ),
            value=value,
            zone=tz,
        )
    return local


def in_zone(moment: datetime, tz: str) -> datetime:
    """A stored UTC time shown in a named zone (UTC when the name is unknown)."""
    from askback.times import in_zone as shift

    return shift(moment, tz)
