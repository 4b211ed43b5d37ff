"""`askback backup` and `restore`: SQLite's online backup, or the JSON document on PostgreSQL."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from askback.app.transfer import ImportMode, export_document, import_document
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.jsonfile import JsonExport
from askback.export.reading import MAX_IMPORT_MB
from askback.export.records import Document
from askback.i18n import count_rows
from askback.store.backup import (
    default_backup_dir,
    file_safe,
    is_sqlite_file,
    sqlite_backup,
    sqlite_check,
    sqlite_restore,
    stamp,
)
from askback.store.engine import sqlite_path
from askback.store.migrate import check_revision, ensure_schema


@dataclass(frozen=True)
class BackupResult:
    """A backup written: its file and kind (a SQLite copy or a JSON export)."""

    path: Path
    kind: str  # "sqlite" (a copy of the database file) or "json" (the export document)
    size: int


def backup(ws: Workspace, dest: Path | None = None) -> BackupResult:
    """Copy the database: the whole SQLite file, or on PostgreSQL this owner's JSON document."""
    path = sqlite_path(ws.url)
    if ws.backend == "sqlite" and path is not None:
        target = _file(
            dest or default_backup_dir(ws.url) / f"askback-{stamp()}.sqlite3", ".sqlite3"
        )
        sqlite_backup(path, target)
        kind = "sqlite"
    else:
        target = (
            dest or default_backup_dir(ws.url) / f"askback-{file_safe(ws.owner)}-{stamp()}.json"
        )
        target = _file(target, ".json")
        JsonExport().write(export_document(ws), target)
        kind = "json"
    return BackupResult(target, kind, target.stat().st_size)


def _file(target: Path, suffix: str) -> Path:
    if target.is_dir():
        return target / f"askback-{stamp()}{suffix}"
    return target


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file is, shown before the user confirms a restore."""

    path: Path
    kind: str
    detail: str


def inspect_backup(path: Path, *, max_mb: float = MAX_IMPORT_MB) -> BackupInfo:
    """Identify and check a backup file without changing anything."""
    if is_sqlite_file(path):
        revision = sqlite_check(path)
        check_revision(revision, f"sqlite:///{path}")
        return BackupInfo(path, "sqlite", f"SQLite database, schema revision {revision}")
    if _looks_binary(path):
        raise InputError(
            f"{path}: neither a SQLite database nor an askback JSON export (a binary file; a "
            "SQLite file whose header is damaged looks like this); use another backup"
        )
    doc = JsonExport().read(path, max_mb=max_mb)
    counts = ", ".join(count_rows(doc.counts()))
    return BackupInfo(
        path,
        "json",
        f"askback export of {doc.exported_at:%Y-%m-%d %H:%M} UTC ({counts or 'empty'})",
    )


SQLITE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def _looks_binary(path: Path) -> bool:
    """A damaged database, not a JSON file: a database name, or NUL bytes near the start."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b"\0" in head or (path.suffix.lower() in SQLITE_SUFFIXES and head.lstrip()[:1] != b"{")


@dataclass(frozen=True)
class RestoreResult:
    """A backup restored: what it held and the safety copy made before."""

    info: BackupInfo
    safety_copy: Path


def restore(ws: Workspace, path: Path, *, max_mb: float = MAX_IMPORT_MB) -> RestoreResult:
    """Replace the workspace's data with a backup's; the current data is first copied aside.

    The copy is a SQLite file beside the database, or on PostgreSQL this owner's JSON export in
    askback's backups folder: `askback-before-restore-*` either way, named in the result.
    """
    info = inspect_backup(path, max_mb=max_mb)
    target = sqlite_path(ws.url)
    folder = default_backup_dir(ws.url)
    if ws.backend == "sqlite" and target is not None:
        safety = backup(ws, folder / f"askback-before-restore-{stamp()}.sqlite3").path
    else:
        name = f"askback-before-restore-{file_safe(ws.owner)}-{stamp()}.json"
        safety = backup(ws, folder / name).path
    if info.kind == "sqlite" and ws.backend == "sqlite" and target is not None:
        ws.engine.dispose()
        sqlite_restore(path, target)
        ensure_schema(ws.engine, ws.url)
        ws.forget_bank()
        return RestoreResult(info, safety)
    if info.kind == "sqlite":
        doc = _document_from_sqlite(path, ws.owner)
    else:
        doc = JsonExport().read(path, max_mb=max_mb)
    import_document(ws, doc, mode=ImportMode.REPLACE)
    return RestoreResult(info, safety)


def _document_from_sqlite(path: Path, owner: str) -> Document:
    # Work on a copy: opening the backup may upgrade its schema, and the file must stay as it was.
    with tempfile.TemporaryDirectory(prefix="askback-restore-") as tmp:
        copy = Path(tmp) / "backup.sqlite3"
        shutil.copyfile(path, copy)
        source = Workspace.open(f"sqlite:///{copy}", owner, backup_dir=Path(tmp))
        try:
            doc = export_document(source)
        finally:
            source.close()
    if not any(doc.counts().values()):
        raise InputError(f"{path}: the backup holds no data for owner {owner!r}")
    return doc
