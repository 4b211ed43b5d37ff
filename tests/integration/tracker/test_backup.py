"""Backup and restore: SQLite's online backup, the JSON path on PostgreSQL, and the refusals."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from askback.app import Workspace, opportunities
from askback.app.backup import backup, inspect_backup, restore
from askback.app.transfer import import_document
from askback.errors import InputError
from askback.export.jsonfile import JsonExport
from askback.store.migrate import SchemaError
from tests.integration.tracker.helpers import cli, snapshot

SAMPLE = Path(__file__).parent / "data" / "sample.json"


def _filled(url: str) -> None:
    with Workspace.open(url) as ws:
        import_document(ws, JsonExport().read(SAMPLE))


def test_backup_then_restore(database_url: str, tmp_path: Path) -> None:
    _filled(database_url)
    before = snapshot(database_url)
    with Workspace.open(database_url) as ws:
        saved = backup(ws, tmp_path / "copy")
        expected_kind = "sqlite" if ws.backend == "sqlite" else "json"
        assert saved.kind == expected_kind and saved.path.exists()
        opportunities.add(ws, company="After the backup", role="DS")
        opportunities.delete(ws, 1)
    assert snapshot(database_url) != before
    with Workspace.open(database_url) as ws:
        done = restore(ws, saved.path)
        if ws.backend == "sqlite":
            assert done.safety_copy is not None and done.safety_copy.exists()
    assert snapshot(database_url) == before


def test_sqlite_backup_is_one_consistent_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    _filled(url)
    with Workspace.open(url) as ws:
        saved = backup(ws, tmp_path / "b.sqlite3").path
    assert not Path(f"{saved}-wal").exists()
    with sqlite3.connect(saved) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT count(*) FROM answers").fetchone() == (4,)


def test_backup_while_another_connection_writes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    _filled(url)
    other = sqlite3.connect(tmp_path / "live.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN")
        other.execute("UPDATE opportunities SET notes = 'uncommitted' WHERE id = 1")
        with Workspace.open(url) as ws:
            saved = backup(ws, tmp_path / "b.sqlite3").path
        other.execute("ROLLBACK")
    finally:
        other.close()
    with sqlite3.connect(saved) as conn:
        assert (
            conn.execute("SELECT notes FROM opportunities WHERE id = 1").fetchone()[0]
            != "uncommitted"
        )


def test_restore_refuses_a_backup_from_a_newer_askback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    _filled(url)
    with Workspace.open(url) as ws:
        saved = backup(ws, tmp_path / "b.sqlite3").path
    with sqlite3.connect(saved) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = snapshot(url)
    with Workspace.open(url) as ws, pytest.raises(SchemaError, match="newer askback"):
        restore(ws, saved)
    assert snapshot(url) == before


def test_restore_refuses_files_that_are_not_backups(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\x00\x01 not a backup")
    with pytest.raises(InputError):
        inspect_backup(junk)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).close()
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(InputError, match="not an askback database"):
        inspect_backup(other)


def test_a_sqlite_backup_restores_into_postgresql(pg_url: str, tmp_path: Path) -> None:
    local = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    _filled(local)
    with Workspace.open(local) as ws:
        saved = backup(ws, tmp_path / "b.sqlite3").path
    with Workspace.open(pg_url) as ws:
        restore(ws, saved)
    assert snapshot(pg_url) == snapshot(local)
    assert saved.read_bytes()[:16] == b"SQLite format 3\x00"


def test_backup_and_restore_cli(database_url: str, tmp_path: Path) -> None:
    _filled(database_url)
    before = snapshot(database_url)
    made = cli(database_url, "backup", "--out", str(tmp_path), "--json")
    assert made.code == 0, made.error
    path = Path(json.loads(made.output)["path"])
    assert path.parent == tmp_path and path.stat().st_size > 5_000
    cli(database_url, "opportunity", "delete", "1", "--yes")
    refused = cli(database_url, "restore", str(path), input="n\n")
    assert refused.code == 1
    assert snapshot(database_url) != before
    done = cli(database_url, "restore", str(path), "--yes")
    assert done.code == 0, done.error
    assert snapshot(database_url) == before
