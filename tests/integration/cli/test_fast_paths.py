"""Commands that only read the bank skip the ORM, and still see custom questions and old schemas."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from askback.app import Workspace
from askback.app import questions as custom
from askback.store.revision import HEAD, sqlite_at_head, sqlite_has_no_custom_questions

PROBE = """
import sys
from askback.cli import main
try:
    main()
finally:
    heavy = sorted(m for m in {modules!r} if m in sys.modules)
    print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""
# What a command that only reads must not import: each costs more than `askback --help` itself.
HEAVY = ("sqlalchemy", "pandas", "alembic", "scipy", "matplotlib")


def run(home: Path, *args: str, modules: tuple[str, ...] = HEAVY) -> tuple[str, str]:
    env = {**os.environ, "ASKBACK_HOME": str(home), "COLUMNS": "200"}
    probe = PROBE.format(modules=modules)
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], env=env, capture_output=True, text=True, check=True
    )
    heavy = done.stderr.strip().splitlines()[-1].removeprefix("HEAVY=")
    return done.stdout, heavy


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def _db(home: Path) -> Path:
    return home / "askback.sqlite3"


def test_search_and_show_need_no_orm_with_or_without_a_database(home: Path) -> None:
    for _ in range(2):  # without a database file, then with an empty, current one
        out, heavy = run(home, "questions", "search", "pay gap", "--json")
        assert json.loads(out) and heavy == ""
        out, heavy = run(home, "questions", "show", "rml-001")
        assert "rml-001" in out and heavy == ""
        Workspace.open(f"sqlite:///{_db(home)}").close()
    assert sqlite_has_no_custom_questions(_db(home))
    # With the index read from the cache (the runs above wrote it), a search needs no NumPy.
    out, heavy = run(home, "questions", "search", "pay gap", "--json", modules=(*HEAVY, "numpy"))
    assert json.loads(out) and heavy == ""
    # The table comes from the search snapshot (taken by the first table search): neither the
    # bank's schema nor its Bank class, and the same questions as the JSON.
    found = [q["id"] for q in json.loads(out)]
    light = (*HEAVY, "numpy", "askback.bank.schema", "askback.bank.bank")
    first, _ = run(home, "questions", "search", "pay gap")
    out, heavy = run(home, "questions", "search", "pay gap", modules=light)
    assert out == first and heavy == ""
    assert [
        line.split()[1]
        for line in out.splitlines()
        if line.startswith("│ ") and "-" in line.split()[1]
    ][:3] == found[:3]


def test_today_and_the_list_read_a_current_database_without_sqlalchemy(home: Path) -> None:
    from askback.app import opportunities

    with Workspace.open(f"sqlite:///{_db(home)}") as ws:
        opportunities.add(ws, company="Quokka Freight", role="Analyst", status="offer")
    # Nor NumPy, nor the bank's schema (pydantic models): only the tables' vocabularies.
    reads = (*HEAVY, "numpy", "askback.bank.schema")
    out, heavy = run(home, "today", modules=reads)
    assert "Quokka Freight — Analyst: offer, decide on the offer" in out
    assert heavy == ""
    out, heavy = run(home, "opportunity", "list", "--search", "QUOKKA", modules=reads)
    assert "Quokka" in out and heavy == ""


def test_custom_questions_are_found_through_the_workspace_path(home: Path) -> None:
    with Workspace.open(f"sqlite:///{_db(home)}") as ws:
        custom.add(
            ws,
            text="How often does the platform team rotate its zeppelin pilots?",
            dimensions=["team-practices"],
            qid="my-zeppelin",
        )
    assert not sqlite_has_no_custom_questions(_db(home))
    out, heavy = run(home, "questions", "search", "zeppelin pilots", "--json")
    assert [row["id"] for row in json.loads(out)][:1] == ["my-zeppelin"]
    # The custom questions are read in plain SQL too: the workspace path needs no ORM either.
    assert heavy == ""
    # Another owner's questions do not count for the local one.
    assert sqlite_has_no_custom_questions(_db(home), owner="someone-else")


def test_an_older_schema_takes_the_full_path_and_is_upgraded(home: Path) -> None:
    Workspace.open(f"sqlite:///{_db(home)}").close()
    with sqlite3.connect(_db(home)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert not sqlite_has_no_custom_questions(_db(home))
    assert sqlite_at_head(_db(home)) is None  # so `today` takes the full path, which migrates


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_damaged_or_foreign_file_is_left_to_the_full_path(home: Path, content: bytes) -> None:
    _db(home).write_bytes(content)
    assert not sqlite_has_no_custom_questions(_db(home))
    assert _db(home).read_bytes() == content  # the quick look never writes


def test_a_missing_file_is_not_created(home: Path) -> None:
    assert not sqlite_has_no_custom_questions(_db(home))
    assert not _db(home).exists()


def test_head_is_alembic_head() -> None:
    from askback.store import migrate

    assert migrate.HEAD == HEAD == migrate.script_directory().get_current_head()


def test_show_assess_and_plan_read_without_the_orm_and_read_back_without_numpy(home: Path) -> None:
    from askback.app import answers, interviews, opportunities
    from askback.app.answers import NewAnswer

    with Workspace.open(f"sqlite:///{_db(home)}") as ws:
        opp = opportunities.add(ws, company="Quokka Freight", role="Analyst", status="offer")
        talk = interviews.add(
            ws, opportunity=opp.id, stage="team", starts_at=datetime(2026, 3, 2, tzinfo=UTC)
        )
        answers.add(ws, talk.id, NewAnswer(question_id="rml-001", rating=2, notes="Rarely."))
    out, heavy = run(home, "opportunity", "show", "quokka", modules=(*HEAVY, "numpy"))
    assert "rml-001" in out and heavy == ""
    plan = ("plan", "quokka", "--with", "peer", "--stage", "team", "--minutes", "10")
    for args in (("assess", "quokka"), plan):
        # The first run computes (NumPy and SciPy's special functions), without the ORM.
        first, heavy = run(home, *args, modules=(*HEAVY, "numpy"))
        assert "Quokka" in first and "sqlalchemy" not in heavy and "numpy" in heavy
        # An unchanged result is read back: no NumPy, no SciPy.
        again, heavy = run(home, *args, modules=(*HEAVY, "numpy"))
        assert again == first and heavy == ""
