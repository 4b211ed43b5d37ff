"""Crashes and concurrency: kill -9 in the middle of an import; two processes writing at once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import snapshot

ASKBACK = str(Path(sys.executable).with_name("askback"))
T = "2025-03-01T10:00:00Z"


def _big_document(path: Path, answers: int) -> None:
    doc = {
        "format": "askback-export",
        "version": 1,
        "exported_at": T,
        "opportunities": [
            {"id": 1, "company": "Bulk", "role": "DS", "created_at": T, "updated_at": T}
        ],
        "interviews": [
            {
                "id": 1,
                "opportunity_id": 1,
                "stage": "team",
                "starts_at": T,
                "created_at": T,
                "updated_at": T,
            }
        ],
        "answers": [
            {
                "id": i,
                "interview_id": 1,
                "question_text": f"Question number {i}?",
                "notes": "Notes long enough to make the write take a while. " * 3,
                "rating": 1 + i % 5,
                "answered_at": T,
                "created_at": T,
            }
            for i in range(1, answers + 1)
        ],
    }
    path.write_text(json.dumps(doc), encoding="utf-8")


def _writing(url: str, db_file: Path | None, tag: str) -> bool:
    """True once the importing process has started writing rows."""
    if db_file is not None:
        wal = Path(f"{db_file}-wal")
        return wal.exists() and wal.stat().st_size > 1_000_000
    import psycopg

    plain = url.split("?", 1)[0].replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s "
            "AND query ILIKE 'INSERT INTO answers%%'",
            (tag,),
        ).fetchone()
    return bool(row and row[0])


def _gone(url: str, tag: str) -> None:
    """Wait until the server has noticed the dead client and rolled its transaction back."""
    import psycopg

    plain = url.split("?", 1)[0].replace("+psycopg", "")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with psycopg.connect(plain, autocommit=True) as conn:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (tag,)
            ).fetchone()
        if row and row[0] == 0:
            return
        time.sleep(0.05)
    raise AssertionError("the killed client's session never ended")


@pytest.mark.slow
def test_kill_9_in_the_middle_of_an_import(database_url: str, tmp_path: Path) -> None:
    # Large enough that the write lasts well past the first megabyte of WAL (or the first
    # INSERT on PostgreSQL), when the kill lands; the exit status below proves it was killed,
    # and the unchanged snapshot that it died before the commit. With 5,000 answers the write
    # still ran for 3 to 4 s after that point on a loaded machine (20,000 took 23 s a test),
    # but 6,000 once finished before the kill under `-n 2` beside other heavy tests: 12,000
    # leaves a margin.
    n = 12_000
    big = tmp_path / "big.json"
    _big_document(big, n)
    db_file = None
    url = database_url
    tag = f"askback-kill-{os.getpid()}"
    if url.startswith("sqlite"):
        db_file = Path(url.removeprefix("sqlite:///"))
    else:
        url = f"{url}&application_name={tag}"
    from askback.app import Workspace, opportunities

    with Workspace.open(url) as ws:  # migrate first, and keep one row that must survive
        opportunities.add(ws, company="Before", role="DS")
    if db_file is not None:
        with sqlite3.connect(db_file) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(url)

    proc = subprocess.Popen(
        [ASKBACK, "--db", url, "import", "json", str(big), "--merge"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not _writing(url, db_file, tag):
        assert proc.poll() is None, (
            f"the import ended before we could kill it: {proc.stderr.read()!r}"
        )
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stderr.close()  # type: ignore[union-attr]
    if db_file is None:
        _gone(url, tag)

    if db_file is not None:
        with sqlite3.connect(db_file) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    after = snapshot(url)
    assert after == before  # wholly absent: not one answer of the import is there

    # The database still works, and the same import then goes through whole.
    done = subprocess.run(
        [ASKBACK, "--db", url, "import", "json", str(big), "--merge"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    final = snapshot(url)
    assert len(final["answers"]) == n
    assert [o["company"] for o in final["opportunities"]] == ["Before", "Bulk"]


WRITER = """
import sys, time
from pathlib import Path
from askback.app import Workspace, opportunities, contacts
url, tag, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
with Workspace.open(url) as ws:
    while not go.exists():
        time.sleep(0.001)
    for i in range(n):
        with ws.transaction():
            opp = opportunities.add(ws, company=f"{tag}-{i}", role="DS")
            opportunities.set_status(ws, opp.id, "applied", note=tag)
            contacts.add(ws, name=f"{tag} person {i}", opportunity=opp.id)
"""


def test_two_processes_write_at_once(database_url: str, tmp_path: Path) -> None:
    from askback.app import Workspace

    Workspace.open(database_url).close()  # migrate once, before the race
    go = tmp_path / "go"
    n = 25
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, database_url, tag, str(n), str(go)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("cli", "web")
    ]
    time.sleep(0.5)
    go.touch()
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    data = snapshot(database_url)
    names = sorted(o["company"] for o in data["opportunities"])
    assert names == sorted(f"{tag}-{i}" for tag in ("cli", "web") for i in range(n))
    assert len(data["status_changes"]) == 4 * n
    assert len(data["contacts"]) == 2 * n
    by_id = {o["id"]: o for o in data["opportunities"]}
    for c in data["contacts"]:
        tag, _, i = c["name"].partition(" person ")
        assert by_id[c["opportunity_id"]]["company"] == f"{tag}-{i}"
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.slow
def test_the_cli_and_another_writer_at_once(database_url: str, tmp_path: Path) -> None:
    from askback.app import Workspace

    Workspace.open(database_url).close()
    go = tmp_path / "go"
    other = subprocess.Popen(
        [sys.executable, "-c", WRITER, database_url, "web", "30", str(go)],
        stderr=subprocess.PIPE,
        text=True,
    )
    go.touch()
    for i in range(4):
        done = subprocess.run(
            [ASKBACK, "--db", database_url, "opportunity", "add", f"cli-{i}", "DS"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    _, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    names = {o["company"] for o in snapshot(database_url)["opportunities"]}
    assert names == {f"cli-{i}" for i in range(4)} | {f"web-{i}" for i in range(30)}
