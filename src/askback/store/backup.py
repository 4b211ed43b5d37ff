"""Database copies: SQLite's online backup API, and pg_dump before a PostgreSQL migration."""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from askback.errors import AskbackError, InputError
from askback.export.writing import create_private, make_folder, partial_file
from askback.store.engine import BUSY_TIMEOUT_MS, sqlite_path

SQLITE_MAGIC = b"SQLite format 3\x00"
log = logging.getLogger(__name__)


def stamp() -> str:
    """A sortable local timestamp for backup file names."""
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def file_safe(name: str) -> str:
    """A name (an owner) as a safe part of a file name."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)[:60] or "_"


def default_backup_dir(url: str) -> Path:
    """Backups sit next to a SQLite file, else in the askback data directory."""
    path = sqlite_path(url)
    if path is not None:
        return path.parent / "askback-backups"
    from askback.config import data_dir

    return data_dir() / "backups"


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def sqlite_backup(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database with the online backup API into one self-contained file.

    The copy is private (0600) and appears whole or not at all: a failure removes the partial file.
    """
    if not source.exists():
        raise InputError(f"{source}: no database file to back up")
    with partial_file(dest) as partial:
        src = _connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A backup is one file: no -wal beside it to lose when it is copied elsewhere.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        except sqlite3.Error as exc:
            raise InputError(
                f"{dest}: the backup failed ({_sqlite_problem(exc)}); nothing was written"
            ) from None
        finally:
            src.close()
    return dest


def _sqlite_problem(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "disk is full" in text or "disk I/O error" in text:
        return "no space left on the disk" if "full" in text else text
    return text


def sqlite_restore(backup: Path, target: Path) -> None:
    """Replace the live database's content with a backup's, page by page, under its write lock.

    SQLite copies all pages in one transaction: a failure (a full disk) leaves the data as it was.
    """
    src = _connect(backup, readonly=True)
    try:
        dst = _connect(target)
        try:
            src.backup(dst)
        except sqlite3.Error as exc:
            raise InputError(
                f"{target}: the restore failed ({_sqlite_problem(exc)}); the data is unchanged"
            ) from None
        finally:
            dst.close()
    finally:
        src.close()


def sqlite_check(path: Path) -> str | None:
    """Integrity-check a SQLite file; return its askback schema revision (None if it has none)."""
    if not is_sqlite_file(path):
        raise InputError(f"{path}: not a SQLite database file")
    if path.stat().st_size % 512:
        raise InputError(
            f"{path}: a damaged SQLite database (cut short: its size is not a whole number of "
            "pages); use another backup"
        )
    conn = _connect(path, readonly=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise InputError(
                f"{path}: the backup is damaged ({result[0] if result else 'no result'})"
            )
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_version:
            raise InputError(f"{path}: not an askback database (no schema revision)")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: a damaged SQLite database ({exc}); use another backup") from None
    finally:
        conn.close()
    return str(row[0]) if row else None


def libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as a libpq URI for pg_dump and friends."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def pre_migration_backup(
    engine: Engine, url: str, revision: str, folder: Path | None
) -> Path | None:
    """Save the database before a migration: a SQLite copy, or pg_dump where it is installed."""
    folder = folder or default_backup_dir(url)
    name = f"before-{revision}-to-new-{stamp()}"
    path = sqlite_path(url)
    if path is not None:
        engine.dispose()
        saved = sqlite_backup(path, folder / f"{path.stem}-{name}.sqlite3")
        # Info, not a warning: the CLI and `askback serve` report the upgrade with this path.
        log.info("backed up %s to %s before upgrading its schema", path, saved)
        return saved
    if engine.dialect.name != "postgresql":
        return None
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        # The migration still runs in one transaction, so a failure changes nothing.
        log.warning("pg_dump not found: upgrading the schema without a backup (transactional)")
        return None
    with engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    make_folder(folder)
    dest = folder / f"postgresql-{name}.dump"
    create_private(dest)  # pg_dump writes into it and keeps its mode 0600
    cmd = [pg_dump, "--format=custom", "--no-owner", f"--schema={schema}", f"--file={dest}"]
    done = subprocess.run([*cmd, libpq_url(url)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        dest.unlink(missing_ok=True)
        raise AskbackError(
            "pg_dump failed before the schema upgrade, so nothing was changed: "
            + done.stderr.strip()
        )
    log.info("backed up the PostgreSQL schema %s to %s before upgrading it", schema, dest)
    return dest
