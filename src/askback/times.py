"""One rule for showing times: in the user's zone, plus the original zone where it differs.

A stored moment is UTC. It is shown in the user's zone (ASKBACK_TZ, else the `timezone` saved
by `askback settings timezone` or the web settings page, else this machine's zone), and an
interview also names the zone it was arranged in when that zone shows another clock time.
A calendar date (a follow-up, the day a signal was seen) is a date: it never shifts.
"""

from __future__ import annotations

import contextlib
import os
import zoneinfo
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from pathlib import Path

ENV_TZ = "ASKBACK_TZ"
SETTING = "timezone"


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo | None:
    """The zone with this IANA name, or None when there is none."""
    if not name or name != name.strip():
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


def machine_zone() -> str:
    """The IANA name of this machine's time zone (TZ, /etc/timezone, /etc/localtime), else UTC."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    return next((n for n in candidates if zone(n) is not None), "UTC")


def user_zone_source() -> tuple[str, str]:
    """The user's zone and where it came from: ASKBACK_TZ, the settings file or this machine."""
    from askback.config import read_user_settings, settings_file

    env = os.environ.get(ENV_TZ, "").strip()
    if env and zone(env) is not None:
        return env, ENV_TZ
    saved = read_user_settings().get(SETTING)
    if isinstance(saved, str) and zone(saved) is not None:
        return saved, str(settings_file())
    return machine_zone(), "this machine"


def user_zone() -> str:
    """The zone times are shown in (see the module docstring for the order)."""
    return user_zone_source()[0]


def _in(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    tz = zone(name)
    if tz is None:
        return moment.astimezone(UTC)
    try:
        return moment.astimezone(tz)
    except (OverflowError, ValueError):
        # A moment at the very edge of the calendar cannot move; show it in UTC, never fail.
        return moment.astimezone(UTC)


def in_zone(moment: datetime, name: str | None = None) -> datetime:
    """A stored moment in a named zone (default: the user's; UTC when the name is unknown)."""
    return _in(moment, name or user_zone())


def _clock(local: datetime) -> str:
    return f"{local:%H:%M} {local.tzname() or ''}".rstrip()


def show_time(
    moment: datetime | None,
    origin: str | None = None,
    *,
    user: str | None = None,
    with_date: bool = True,
    day: Callable[[date], str] = date.isoformat,
) -> str:
    """'2026-11-19 04:00 EST', plus '(10:00 CET Europe/Berlin)' when `origin` shows it otherwise.

    `day` writes the calendar days (ISO by default; the web app writes them in the page's language).
    """
    if moment is None:
        return ""
    mine = in_zone(moment, user)
    # isoformat, not %Y: strftime writes the year 1 as '1' on some platforms.
    text = f"{day(mine.date())} {_clock(mine)}" if with_date else _clock(mine)
    if origin and zone(origin) is not None:
        theirs = _in(moment, origin)
        if (theirs.utcoffset(), theirs.tzname()) != (mine.utcoffset(), mine.tzname()):
            other = f"{day(theirs.date())} " if theirs.date() != mine.date() else ""
            text += f" ({other}{_clock(theirs)} {origin})"
    return text


def day_of(moment: datetime, user: str | None = None) -> date:
    """The calendar day a stored moment falls on where the user is."""
    return in_zone(moment, user).date()


def show_day(value: datetime | date | None, user: str | None = None) -> str:
    """A day as YYYY-MM-DD: a date as it is, a moment as the day it is in the user's zone."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return day_of(value, user).isoformat()
    return value.isoformat()


def today(user: str | None = None) -> date:
    """Today's date where the user is."""
    return day_of(datetime.now(UTC), user)
