"""Wipe and forget reach the hub client's tables too: nothing of the owner's is left behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from askback.app import Workspace, hub
from askback.app.forget import forget, plan_forget, summary
from askback.app.transfer import import_document
from askback.export.jsonfile import JsonExport
from askback.hubclient.replies import BankReply, CompanyReply, ShareReply
from askback.store.models import Base
from tests.integration.hubclient.hostile import GOOD_COMPANY
from tests.integration.hubclient.test_store import _opportunity
from tests.integration.tracker.helpers import cli

URL = "https://hub.example.org"
SAMPLE = Path(__file__).parents[1] / "tracker" / "data" / "sample.json"
# Schema bookkeeping: not the owner's data, and it must survive a wipe.
BOOKKEEPING = {"alembic_version"}

BANK: dict[str, Any] = {
    "format": 1,
    "generated_at": "2026-12-01T00:00:00+00:00",
    "questions": [
        {
            "id": "community-0001",
            "origin": "community",
            "based_on": None,
            "text": "Who signs off a model before it ships here?",
            "summary": "Sign-off before shipping",
            "dimensions": ["responsible-ml"],
            "audience": ["peer"],
            "stage": ["team"],
            "why": "A named sign-off shows that risk is weighed before launch.",
            "green_flags": ["A written gate"],
            "red_flags": ["Nobody signs off"],
            "rubric": {"1": "None.", "3": "Informal.", "5": "Written and enforced."},
        }
    ],
}


def _shared_and_pulled(ws: Workspace) -> int:
    """Tracker data, one opportunity shared to a hub, and a pull with figures and a bank."""
    import_document(ws, JsonExport().read(SAMPLE))
    opp = _opportunity(ws, "Alpha", {"rml-001": 1, "rml-002": 2})
    hub.record_share(ws, hub.share_payload(ws, opp), URL, ShareReply(id=7, company_slug="alpha"))
    reply = CompanyReply.model_validate(GOOD_COMPANY)
    hub.store_pull(ws, URL, {"alpha": ([opp], reply)}, BankReply.model_validate(BANK).questions)
    return opp


def _rows_per_table(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        names = [
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def test_wipe_leaves_no_row_in_any_table(tmp_path: Path) -> None:
    path = tmp_path / "askback.sqlite3"
    url = f"sqlite:///{path}"
    with Workspace.open(url) as ws:
        _shared_and_pulled(ws)
        listed = summary(ws)
    before = _rows_per_table(path)
    # Every table the schema has is one this test sees, hub tables included.
    assert set(Base.metadata.tables) <= set(before)
    assert all(before[t] for t in ("hub_shares", "hub_aggregates", "hub_bank_questions"))
    # The confirmation names the hub rows too.
    assert {"hub_shares", "hub_aggregates", "hub_bank_questions"} <= set(listed)

    result = cli(url, "wipe", "--yes")
    assert result.code == 0, result.error
    after = _rows_per_table(path)
    left = {t: n for t, n in after.items() if n and t not in BOOKKEEPING}
    assert left == {}
    assert after["alembic_version"] == 1


def test_wipe_of_one_owner_keeps_another_owners_hub_rows(database_url: str) -> None:
    from askback.app.forget import wipe

    with Workspace.open(database_url, owner="someone-else") as other:
        _shared_and_pulled(other)
        theirs = summary(other)
    with Workspace.open(database_url) as ws:
        _shared_and_pulled(ws)
        counts = wipe(ws).counts
        assert counts["hub_bank_questions"] == 1 and counts["hub_shares"] == 1
        assert summary(ws) == {}
    with Workspace.open(database_url, owner="someone-else") as other:
        assert summary(other) == theirs


def test_forget_takes_the_opportunitys_hub_rows_with_it(workspace: Workspace) -> None:
    opp = _shared_and_pulled(workspace)
    forget(workspace, plan_forget(workspace, opp))
    left = summary(workspace)
    assert "hub_shares" not in left and "hub_aggregates" not in left
    # The pulled bank belongs to no opportunity: forgetting one keeps it.
    assert left["hub_bank_questions"] == 1


def test_forget_and_wipe_say_the_share_stays_on_the_hub(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    with Workspace.open(url) as ws:
        opp = _shared_and_pulled(ws)
        assert plan_forget(ws, opp).shared_to == URL
        assert plan_forget(ws, "acme").shared_to is None
    quiet = cli(url, "forget", "acme", "--yes")
    assert quiet.code == 0 and "stays there" not in quiet.error
    forgot = cli(url, "forget", str(opp), "--yes")
    assert forgot.code == 0
    assert f"Its share on {URL} stays there" in forgot.error
    assert f"askback unshare {opp}" in forgot.error

    with Workspace.open(url) as ws:
        beta = _opportunity(ws, "Beta", {"rml-001": 3})
        preview = hub.share_payload(ws, beta)
        hub.record_share(ws, preview, URL, ShareReply(id=8, company_slug="beta"))
    wiped = cli(url, "wipe", "--yes")
    assert wiped.code == 0
    assert "What you shared stays on the hub" in wiped.error
