"""SQLite engine settings: WAL, foreign keys, busy timeout, writers that lock at BEGIN."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from askback.app import Workspace
from askback.errors import InputError
from askback.store.engine import BUSY_TIMEOUT_MS, make_engine, redact, sqlite_path
from askback.store.types import UTCDateTime


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    yield workspace  # type: ignore[misc]
    workspace.close()


def test_sqlite_pragmas(ws: Workspace) -> None:
    with ws.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
        assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_write_transaction_takes_the_lock_at_begin(ws: Workspace, tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "db.sqlite3", timeout=0, isolation_level=None)
    try:
        with ws.transaction():
            ws.session.execute(text("SELECT 1"))
            # A second writer cannot start while ours is open, even before we wrote anything.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            # Readers are not blocked (WAL).
            assert other.execute("SELECT count(*) FROM opportunities").fetchone() == (0,)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_transaction_does_not_lock(ws: Workspace, tmp_path: Path) -> None:
    other = sqlite3.connect(tmp_path / "db.sqlite3", timeout=0, isolation_level=None)
    try:
        with ws.read():
            ws.session.execute(text("SELECT count(*) FROM opportunities"))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(ws: Workspace) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), ws.transaction() as s:
        s.execute(
            text(
                "INSERT INTO status_changes (owner, opportunity_id, status, changed_at, note) "
                "VALUES ('local', 999, 'applied', '2025-01-01 00:00:00', '')"
            )
        )


def test_unsupported_and_broken_urls() -> None:
    with pytest.raises(InputError, match="unsupported database"):
        make_engine("mysql://u@h/db")
    with pytest.raises(InputError, match="not a database URL"):
        make_engine("::::")


def test_helpers() -> None:
    assert sqlite_path("sqlite:////tmp/x.db") == Path("/tmp/x.db")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql+psycopg://u@h/db") is None
    assert "secret" not in redact("postgresql+psycopg://u:secret@h/db")


def test_utc_datetime_round_trip(ws: Workspace) -> None:
    from askback.app import opportunities

    berlin = timezone(timedelta(hours=2))
    opp = opportunities.add(
        ws, company="A", role="B", at=datetime(2025, 6, 1, 12, 30, 15, 123456, tzinfo=berlin)
    )
    shown = opportunities.show(ws, opp.id)
    assert shown.created_at == datetime(2025, 6, 1, 10, 30, 15, 123456, tzinfo=UTC)
    assert shown.created_at.tzinfo is UTC


def test_naive_datetime_is_refused() -> None:
    from sqlalchemy.dialects import sqlite

    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2025, 1, 1), sqlite.dialect())
