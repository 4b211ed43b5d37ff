"""The unit of work: nested use cases commit together, errors roll back, owners stay apart."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from askback.app import Workspace, contacts, opportunities
from askback.errors import InputError, NotFoundError
from askback.store.engine import sqlite_path
from askback.store.models import Opportunity, StatusChange
from tests.integration.tracker.helpers import cli


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_nested_use_cases_commit_together(workspace: Workspace) -> None:
    with workspace.transaction():
        opp = opportunities.add(workspace, company="Acme", role="DS")
        contacts.add(workspace, name="Jane", opportunity=opp.id)
    assert _count(workspace, Opportunity) == 1


def test_an_error_rolls_back_the_whole_transaction(workspace: Workspace) -> None:
    with pytest.raises(InputError), workspace.transaction():
        opportunities.add(workspace, company="Acme", role="DS")
        opportunities.add(workspace, company="Acme", role="DS", status="ghosted")
    assert _count(workspace, Opportunity) == 0
    assert _count(workspace, StatusChange) == 0


def test_write_inside_read_is_refused(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError, match="cannot nest"), workspace.read():
        opportunities.add(workspace, company="Acme", role="DS")


def test_session_outside_a_transaction(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError, match="no transaction"):
        _ = workspace.session


def test_owners_do_not_see_each_other(database_url: str) -> None:
    with (
        Workspace.open(database_url, owner="alice") as alice,
        Workspace.open(database_url, owner="bob") as bob,
    ):
        mine = opportunities.add(alice, company="Acme", role="DS")
        opportunities.add(bob, company="Globex", role="MLE")
        assert [s.opportunity.company for s in opportunities.list_opportunities(alice)] == ["Acme"]
        with pytest.raises(NotFoundError):
            opportunities.show(bob, mine.id)
        with pytest.raises(NotFoundError):
            opportunities.show(bob, "acme")


def test_objects_stay_readable_after_the_transaction(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Acme", role="DS")
    shown = opportunities.show(workspace, opp.id)
    assert shown.label == "Acme — DS"
    assert [c.status for c in shown.status_changes] == ["interested"]


def test_where_the_database_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(os.environ["ASKBACK_HOME"])  # a temporary home, set for every test
    with Workspace.open() as ws:  # default: one WAL SQLite file in the data directory
        assert sqlite_path(ws.url) == home / "askback.sqlite3"
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    other = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("ASKBACK_DATABASE_URL", f"sqlite:///{other}")
    with Workspace.open() as ws:
        assert sqlite_path(ws.url) == other
    # --db takes a plain path too, and wins over the environment.
    chosen = tmp_path / "chosen.sqlite3"
    assert cli(str(chosen), "opportunity", "add", "Acme", "DS").code == 0
    with sqlite3.connect(chosen) as conn:
        assert conn.execute("SELECT company FROM opportunities").fetchall() == [("Acme",)]
    with sqlite3.connect(other) as conn:
        assert conn.execute("SELECT count(*) FROM opportunities").fetchone() == (0,)
