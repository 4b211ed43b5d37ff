"""Engines for SQLite (WAL, foreign keys, one writer at a time) and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askback.errors import InputError
from askback.extras import require

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL


# A writer waits this long for another writer to finish before giving up.
# How long a writer waits for another's lock; ASKBACK_BUSY_TIMEOUT_MS changes it (a slow shared
# disk may need longer, a test shorter).
BUSY_TIMEOUT_MS = int(os.environ.get("ASKBACK_BUSY_TIMEOUT_MS", "") or 30_000)
# A PostgreSQL server that does not answer fails the command after this many seconds.
CONNECT_TIMEOUT_S = 10
# Execution option that makes a SQLite transaction take the write lock up front.
WRITE = "askback_write"


def make_url(url: str) -> URL:
    """SQLAlchemy's parse of a URL (imported here: a read on a current SQLite file needs none)."""
    from sqlalchemy.engine import make_url as parse

    return parse(url)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def make_engine(url: str, *, pre_ping: bool = True, pool_size: int | None = None) -> Engine:
    """An engine configured for askback's transaction rules on either backend.

    On PostgreSQL, `pre_ping` tests each pooled connection before use (one round trip per
    checkout) and `pool_size` keeps that many connections open, as many more in a burst.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise InputError(f"not a database URL: {url!r} ({exc})") from None
    if parsed.drivername in ("postgres", "postgresql"):
        # psycopg 3 is the driver we ship; the bare schemes would ask for psycopg2.
        parsed = parsed.set(drivername="postgresql+psycopg")
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url)
    if backend == "postgresql":
        from sqlalchemy import create_engine

        require("postgres")
        sizes = {} if pool_size is None else {"pool_size": pool_size, "max_overflow": pool_size}
        return create_engine(
            parsed,
            pool_pre_ping=pre_ping,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
            **sizes,
        )
    raise InputError(f"unsupported database {backend!r}: use a SQLite file or a PostgreSQL URL")


def _sqlite_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event

    path = sqlite_path(url)
    if path is not None:
        _prepare_file(path)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We emit BEGIN ourselves (below): the driver's implicit transactions break DDL and locks.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted data is overwritten, so `forget` and `wipe` leave nothing in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        if path is not None:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the lock at BEGIN, so two writers queue instead of deadlocking on upgrade.
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _prepare_file(path: Path) -> None:
    """A new database file is created private (0600); its -wal and -shm files inherit that."""
    from askback.export.writing import PRIVATE_FOLDER, create_private, problem

    if path.is_dir():
        raise DatabaseUnavailable(
            f"{path}: is a folder; --db needs a database file, e.g. {path / 'askback.sqlite3'}"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        if not path.exists():
            create_private(path)
    except OSError as exc:
        raise DatabaseUnavailable(f"{path}: cannot create the database ({problem(exc)})") from None


class DatabaseUnavailable(InputError):
    """The database cannot be opened, reached, or written now; the message says why."""


def database_problem(exc: BaseException, url: str) -> str | None:
    """One line about a driver's operational error, or None when it is something else."""
    import sqlite3

    if isinstance(exc, sqlite3.DatabaseError):
        # From a plain read-only connection (see Workspace.query): the driver's own error.
        orig: BaseException | None = exc
        operational = isinstance(exc, sqlite3.OperationalError)
    else:
        from sqlalchemy.exc import DatabaseError, OperationalError

        if not isinstance(exc, DatabaseError):
            return None
        orig = exc.orig
        operational = isinstance(exc, OperationalError)
    text = str(orig) if orig is not None else str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(orig).__name__
    parsed = make_url(url)
    path = sqlite_path(url)
    where = str(path) if path is not None else redact(url)
    if "database is locked" in text or "database table is locked" in text:
        return (
            f"another askback is writing to {where}; waited {BUSY_TIMEOUT_MS / 1000:g} s for it to "
            "finish. Try again when it is done; nothing was changed"
        )
    if "disk is full" in text:
        return f"no space left on the disk that holds {where}; nothing was changed"
    if "unable to open database file" in text:
        return f"{where}: cannot open the database file (check the path and its permissions)"
    if "file is not a database" in text or "malformed" in text:
        return f"{where}: not a SQLite database, or a damaged one; use another --db or restore"
    if "no schema has been selected" in text:
        return f"{where}: the schema it names (search_path) does not exist; create it or fix --db"
    if not operational:
        return None
    if parsed.get_backend_name() != "postgresql":
        if "disk i/o error" in text.lower():
            return f"{where}: disk I/O error (is the disk full or failing?); nothing was changed"
        if "readonly database" in text:
            return f"{where}: the database file is read-only; nothing was changed"
        # Anything else (a missing table, say) is askback's fault, not the user's: not one line.
        return None
    server = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    if "does not exist" in text and "database" in text:
        name = parsed.database or ""
        return (
            f"the PostgreSQL database {name!r} does not exist on {server}; create it "
            f"(createdb {name}) or fix --db"
        )
    if "connection refused" in text.lower() or "timeout" in text.lower() or "could not" in text:
        return f"cannot reach the PostgreSQL server at {server}; is it running? ({first})"
    return f"cannot use {where}: {first.removeprefix('connection failed: ')}"


def writer(engine: Engine) -> Engine:
    """The same engine, marked so that its transactions begin as writers."""
    return engine.execution_options(**{WRITE: True})


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)
