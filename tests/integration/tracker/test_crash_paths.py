"""kill -9 at a random moment of every command that writes several rows: all of it or none.

Each trial starts from the same fresh database, runs the real `askback` program, kills it with
SIGKILL after a random delay, and compares the export with the one before and the one a
complete run gives (times left out: they differ between runs). SQLite also gets an integrity
and foreign-key check, and one kill timed for the moment the write transaction has begun.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from askback.app import Workspace
from askback.app.transfer import ImportMode, import_document
from askback.export.jsonfile import JsonExport
from askback.export.records import Document
from tests.integration.tracker.helpers import snapshot

ASKBACK = str(Path(sys.executable).with_name("askback"))
T = "2025-03-01T10:00:00Z"
PEOPLE = [f"Person {i:03d}" for i in range(40)]
TRIALS = int(os.environ.get("ASKBACK_CRASH_TRIALS", "3"))


def base_document(answers: int) -> Document:
    """One opportunity with many answers, a second small one, and 40 contacts."""
    doc: dict[str, Any] = {
        "format": "askback-export",
        "version": 2,
        "exported_at": T,
        "opportunities": [
            {"id": 1, "company": "Bulk", "role": "DS", "created_at": T, "updated_at": T},
            {"id": 2, "company": "Small", "role": "ML", "created_at": T, "updated_at": T},
        ],
        "status_changes": [{"id": 1, "opportunity_id": 1, "status": "interested", "changed_at": T}],
        "contacts": [
            {"id": i + 1, "name": name, "opportunity_id": 1, "created_at": T, "updated_at": T}
            for i, name in enumerate(PEOPLE)
        ],
        "interviews": [
            {
                "id": 1,
                "opportunity_id": 1,
                "stage": "team",
                "starts_at": T,
                "contact_ids": [1, 2, 3],
                "created_at": T,
                "updated_at": T,
            }
        ],
        "answers": [
            {
                "id": i,
                "interview_id": 1,
                "contact_id": 1 + i % 3,
                "question_text": f"Question number {i}?",
                "notes": f'Answer {i}: "quoted", and a second line\nwith more words. ' * 2,
                "rating": 1 + i % 5,
                "answered_at": T,
                "created_at": T,
            }
            for i in range(1, answers + 1)
        ],
    }
    return Document.model_validate(doc)


@dataclass(frozen=True)
class Case:
    """A command to kill: how to make its inputs, and the arguments after `--db URL`."""

    name: str
    answers: int
    args: Callable[[Path], list[str]]


def _csv(folder: Path) -> list[str]:
    path = folder / "sheet.csv"
    rows = "".join(
        f'Firm {i},Role {i},applied,2025-02-{1 + i % 28:02d},"said ""maybe""\nline two"\r\n'
        for i in range(800)
    )
    path.write_text("Company,Role,Status,Applied,Notes\r\n" + rows, encoding="utf-8")
    return ["import", "csv", str(path)]


def _notes(folder: Path) -> list[str]:
    path = folder / "notes.md"
    entries = "".join(
        f"## Question {i} in my own words?\ncontact: {PEOPLE[i % len(PEOPLE)]}\nrating: "
        f"{1 + i % 5}\n\nThey said {i} things.\n\n"
        for i in range(150)
    )
    path.write_text(
        f"---\nopportunity: Small\nstage: final\ndate: 2025-03-02 10:00\n---\n{entries}",
        encoding="utf-8",
    )
    return ["log", "--from", str(path)]


def _restore_json(folder: Path) -> list[str]:
    path = folder / "backup.json"
    doc = base_document(3000).model_copy(update={"opportunities": base_document(0).opportunities})
    JsonExport().write(doc, path)
    return ["restore", "--yes", str(path)]


def _import_merge(folder: Path) -> list[str]:
    path = folder / "more.json"
    JsonExport().write(base_document(3000), path)
    return ["import", "json", "--merge", str(path)]


CASES = [
    Case("import-csv", 10, _csv),
    Case("log-from-notes", 10, _notes),
    Case("restore", 2000, _restore_json),
    Case("import-json-merge", 10, _import_merge),
    Case("forget", 4000, lambda _f: ["forget", "Bulk", "--yes"]),
    Case("wipe", 4000, lambda _f: ["wipe", "--yes"]),
    Case("opportunity-delete", 4000, lambda _f: ["opportunity", "delete", "Bulk", "--yes"]),
    Case(
        "opportunity-add",
        10,
        lambda _f: ["opportunity", "add", "Newco", "DS", "--status", "interviewing"],
    ),
    Case("opportunity-status", 10, lambda _f: ["opportunity", "status", "Small", "offer"]),
    Case(
        "interview-add",
        10,
        lambda _f: [
            "interview",
            "add",
            "Small",
            "--stage",
            "screen",
            "--at",
            "2025-03-05 09:00",
            *[x for name in PEOPLE[:20] for x in ("--with", name)],
        ],
    ),
]


def _fresh(database_url: str, tmp_path: Path, answers: int) -> str:
    """A new database (a file, or a schema) holding the base document."""
    if database_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / f'db-{uuid.uuid4().hex[:8]}.sqlite3'}"
    else:
        import psycopg

        base = database_url.split("?", 1)[0]
        schema = f"k_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(base.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{base}?options=-csearch_path%3D{schema}"
    with Workspace.open(url) as ws:
        import_document(ws, base_document(answers), mode=ImportMode.EMPTY)
    path = url.removeprefix("sqlite:///")
    if url.startswith("sqlite"):
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return url


def _copies(database_url: str, tmp_path: Path, answers: int) -> Callable[[], str]:
    """A maker of fresh databases holding the base document.

    SQLite: the document is imported once and each database is a copy of that file, the same
    bytes a new import gives, without repeating the import for every trial. PostgreSQL: a new
    schema, imported each time.
    """
    if not database_url.startswith("sqlite"):
        return lambda: _fresh(database_url, tmp_path, answers)
    template = Path(_fresh(database_url, tmp_path, answers).removeprefix("sqlite:///"))

    def copy() -> str:
        path = tmp_path / f"db-{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"

    return copy


def _timeless(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _timeless(v) for k, v in data.items() if not k.endswith("_at")}
    if isinstance(data, list):
        return [_timeless(v) for v in data]
    return data


def _state(url: str) -> Any:
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return _timeless(snapshot(url))


def _wal_grew(url: str) -> bool:
    wal = Path(url.removeprefix("sqlite:///") + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _settle(url: str) -> None:
    """On PostgreSQL, wait until the server has rolled the killed client's transaction back."""
    if url.startswith("sqlite"):
        return
    import psycopg

    schema = url.rsplit("%3D", 1)[1]
    plain = url.split("?", 1)[0].replace("+psycopg", "")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with psycopg.connect(plain, autocommit=True) as conn:
            # Locks on this schema's tables only: other tests (the other xdist worker) write
            # on the same server all the time, and their locks say nothing about this one.
            row = conn.execute(
                "SELECT count(*) FROM pg_locks l "
                "JOIN pg_class c ON c.oid = l.relation "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "JOIN pg_database d ON d.oid = l.database AND d.datname = current_database() "
                "WHERE n.nspname = %s AND l.granted AND l.mode = 'RowExclusiveLock' "
                "AND l.pid <> pg_backend_pid()",
                (schema,),
            ).fetchone()
        if row is not None and row[0] == 0:
            return
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_kill_9_leaves_all_or_nothing(database_url: str, tmp_path: Path, case: Case) -> None:
    args = case.args(tmp_path)
    # A complete run, for the state after, and for how long the command takes.
    fresh = _copies(database_url, tmp_path, case.answers)
    whole = fresh()
    started = time.monotonic()
    done = subprocess.run(
        [ASKBACK, "--db", whole, *args], capture_output=True, text=True, check=False
    )
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    complete = _state(whole)
    before_state: Any = None
    sqlite = database_url.startswith("sqlite")
    # Every SQLite copy starts from the same bytes: its state is read once.
    first = _state(fresh()) if sqlite else None
    rng = random.Random(f"{case.name}-{database_url[:6]}")
    outcomes = []
    delays: list[float | None] = [rng.uniform(0.2 * took, took) for _ in range(TRIALS)]
    if sqlite:
        delays.append(None)  # kill as soon as the write transaction has begun
    for delay in delays:
        url = fresh()
        before = first if sqlite else _state(url)
        before_state = before
        assert before != complete
        proc = subprocess.Popen(
            [ASKBACK, "--db", url, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if delay is None:
            deadline = time.monotonic() + 60
            while not _wal_grew(url) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
        else:
            time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        _settle(url)
        after = _state(url)
        assert after in (before, complete), f"{case.name}: a half-done write after kill -9"
        outcomes.append("none" if after == before else "all")
    assert before_state is not None
    print(f"{case.name}: {json.dumps(outcomes)} (a run takes {took:.1f} s)")
