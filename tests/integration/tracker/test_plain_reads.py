"""Reads in plain SQL: the same rows through sqlite3 on a reopened file as through the engine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from askback.app import Workspace, answers, interviews, opportunities
from askback.app.opportunities import OpportunitySummary


def _listings(ws: Workspace) -> list[list[OpportunitySummary]]:
    return [
        opportunities.list_opportunities(ws),
        opportunities.list_opportunities(ws, statuses=["Offer", "interviewing"]),
        opportunities.list_opportunities(ws, search="  zürich "),
        opportunities.list_opportunities(ws, search="ENGINEER"),
    ]


def test_the_list_is_the_same_through_sqlite3_and_the_engine(database_url: str) -> None:
    soon = datetime.now(UTC) + timedelta(days=3, microseconds=7)
    with Workspace.open(database_url) as ws:
        acme = opportunities.add(
            ws,
            company="Acme",
            role="ML Engineer",
            status="interviewing",
            links=["https://acme.example/jobs/1", "https://acme.example/team"],
            location="Zürich",
            remote="hybrid",
            pay_min=90_000,
            pay_max=110_000,
            currency="CHF",
            pay_period="year",
            notes="met at a meetup",
        ).id
        opportunities.add(ws, company="Birch", role="Data Engineer", status="offer")
        opportunities.add(ws, company="Cedar", role="Analyst")
        for offset in (timedelta(days=-4), timedelta(days=9)):
            interviews.add(ws, opportunity=acme, stage="team", starts_at=soon + offset)
        later = interviews.add(ws, opportunity=acme, stage="final", starts_at=soon).id
        answers.add(ws, later, answers.NewAnswer(question_id="grow-001", rating=4))
        answers.add(ws, later, answers.NewAnswer(question_id="rml-001", rating=2))
        with ws.transaction():
            through_engine = _listings(ws)
    with Workspace.open(database_url) as again:
        plain = _listings(again)
        if database_url.startswith("sqlite"):
            assert again._engine is None  # read through sqlite3 alone
    assert plain == through_engine
    everything, live, zurich, engineers = plain
    assert [r.opportunity.company for r in everything] == ["Acme", "Cedar", "Birch"]
    assert [r.opportunity.company for r in live] == ["Acme", "Birch"]
    assert [r.opportunity.company for r in zurich] == []  # search reads company and role only
    assert [r.opportunity.company for r in engineers] == ["Acme", "Birch"]
    top = everything[0]
    assert (top.interviews, top.answers, top.next_interview) == (3, 2, soon)
    assert top.opportunity.links == ["https://acme.example/jobs/1", "https://acme.example/team"]
    assert top.opportunity.label == "Acme — ML Engineer"
    assert top.opportunity.pay_max == 110_000 and top.opportunity.updated_at.tzinfo is UTC
    assert everything[1].next_interview is None and everything[1].interviews == 0


def test_a_file_damaged_after_opening_is_one_clear_line(tmp_path: Path) -> None:
    from askback.app import agenda
    from askback.store.engine import DatabaseUnavailable

    path = tmp_path / "askback.sqlite3"
    Workspace.open(f"sqlite:///{path}").close()
    with Workspace.open(f"sqlite:///{path}") as ws:
        for name in ("askback.sqlite3-wal", "askback.sqlite3-shm"):
            (tmp_path / name).unlink(missing_ok=True)
        path.write_bytes(b"not a database at all, not any more " * 200)
        with pytest.raises(DatabaseUnavailable, match="not a SQLite database, or a damaged one"):
            agenda.today(ws)


def test_after_a_write_the_same_workspace_reads_what_it_wrote(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    Workspace.open(url).close()
    with Workspace.open(url) as ws:
        assert opportunities.list_opportunities(ws) == []  # through sqlite3
        opportunities.add(ws, company="Dahlia", role="Analyst")  # makes the engine
        assert [r.opportunity.company for r in opportunities.list_opportunities(ws)] == ["Dahlia"]
