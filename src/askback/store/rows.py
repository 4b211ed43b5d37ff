"""Plain SQL parameters and values that mean the same on SQLite and PostgreSQL, without SQLAlchemy.

The tables store times as SQLAlchemy's `UTCDateTime` does: aware UTC on PostgreSQL, naive UTC
text (`2026-03-10 12:00:00.000000`) on SQLite, and dates as ISO text on SQLite. A read that
writes its own SQL binds and reads values through these, so it compares and returns exactly
what the ORM would.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

# SQLAlchemy's storage format for DATETIME on SQLite; text compares in time order.
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL; None for anything needing SQLAlchemy's parser."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url.removeprefix("sqlite:///")
    return Path(path) if path and path != ":memory:" else None


def backend_of(url: str) -> str:
    """'sqlite' or 'postgresql' from a URL's scheme (`postgresql+psycopg` is 'postgresql')."""
    scheme = url.split(":", 1)[0].split("+", 1)[0]
    return "postgresql" if scheme == "postgres" else scheme


def bind(value: Any, backend: str) -> Any:
    """A parameter as the column stores it on `backend`."""
    if backend != "sqlite":
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()}: askback stores aware times")
        return value.astimezone(UTC).strftime(SQLITE_TIME)
    if isinstance(value, date):
        return value.isoformat()
    return value


def utc(value: datetime | str | None) -> datetime | None:
    """A stored time as an aware UTC datetime."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def utc_required(value: datetime | str) -> datetime:
    """A stored time of a NOT NULL column as an aware UTC datetime."""
    moment = utc(value)
    assert moment is not None  # the column is NOT NULL
    return moment


def in_list(ids: Sequence[int]) -> tuple[str, dict[str, Any]]:
    """An `IN (...)` list of named parameters for ids (`NULL` for none, which matches nothing)."""
    params = {f"o{n}": i for n, i in enumerate(ids)}
    return ", ".join(f":{k}" for k in params) or "NULL", params


def day(value: date | str | None) -> date | None:
    """A stored date as a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def json_list(value: Any) -> list[str]:
    """A stored JSON list as a list of strings (JSON text on SQLite; tolerates NULL)."""
    if isinstance(value, str):
        value = json.loads(value)
    return [str(v) for v in value] if isinstance(value, list) else []


def json_document(value: Any) -> dict[str, Any]:
    """A stored JSON object as a dict (JSON text on SQLite)."""
    if isinstance(value, str):
        value = json.loads(value)
    return dict(value) if isinstance(value, dict) else {}
