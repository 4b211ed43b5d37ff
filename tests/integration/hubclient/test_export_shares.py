"""Export and import carry what was shared; each table is exported or listed as left out."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from askback.app import Workspace, hub
from askback.app.transfer import (
    EXPORTED,
    NOT_EXPORTED,
    ImportMode,
    export_document,
    import_document,
)
from askback.export.records import Document
from askback.store.models import Answer, HubShare, Interview
from tests.integration.hubclient.test_store import _opportunity
from tests.integration.hubclient.test_wipe import _rows_per_table, _shared_and_pulled


def test_every_table_is_exported_or_left_out_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "askback.sqlite3"
    Workspace.open(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as db:
        tables = {
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    assert not set(EXPORTED) & set(NOT_EXPORTED)
    assert tables == set(EXPORTED) | set(NOT_EXPORTED)
    assert all(reason.strip() for reason in NOT_EXPORTED.values())
    # Every exported table names a part of the document that exists.
    assert {part.split("[")[0] for part in EXPORTED.values()} <= set(Document.model_fields)


def test_shares_survive_export_and_import(database_url: str, tmp_path: Path) -> None:
    with Workspace.open(database_url) as ws:
        opp = _shared_and_pulled(ws)
        doc = export_document(ws)
        before = hub.shared(ws, opp)
    assert len(doc.hub_shares) == 1 and doc.hub_shares[0].hub_share_id == 7
    text = doc.model_dump_json()

    target = tmp_path / "moved.sqlite3"
    with Workspace.open(f"sqlite:///{target}") as ws:
        # Into a workspace that already has answers: ids move, the share follows.
        _opportunity(ws, "Existing", {"rml-001": 4})
        result = import_document(ws, Document.model_validate_json(text), mode=ImportMode.MERGE)
        assert "opportunities" in result.remapped and "answers" in result.remapped
        with ws.read() as s:
            (row,) = s.query(HubShare).all()
            moved_to = row.opportunity_id
            theirs = {
                a.id
                for a in s.query(Answer)
                .join(Interview)
                .filter(Interview.opportunity_id == moved_to)
            }
        after = hub.shared(ws, moved_to)
    assert moved_to != opp
    assert (after.hub_share_id, after.hub_url, after.payload) == (
        before.hub_share_id,
        before.hub_url,
        before.payload,
    )
    # The answer ids point at the imported copies of the shared answers.
    assert len(after.answer_ids) == len(before.answer_ids) == len(theirs)
    assert set(after.answer_ids) == theirs and set(after.answer_ids) != set(before.answer_ids)
    # The pulled cache stays behind: `hub pull` fetches it again.
    rows = _rows_per_table(target)
    assert rows["hub_aggregates"] == 0 and rows["hub_bank_questions"] == 0


def test_a_share_pointing_nowhere_is_refused() -> None:
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="no opportunity with id 9"):
        Document.model_validate(
            {
                "exported_at": "2026-12-01T00:00:00Z",
                "hub_shares": [
                    {
                        "opportunity_id": 9,
                        "hub_url": "https://hub.example.org",
                        "hub_share_id": 1,
                        "payload": {},
                        "shared_at": "2026-12-01T00:00:00Z",
                    }
                ],
            }
        )


def test_backup_and_restore_keep_the_hub_tables(database_url: str, tmp_path: Path) -> None:
    from askback.app.backup import backup, restore
    from askback.app.forget import summary

    with Workspace.open(database_url) as ws:
        opp = _shared_and_pulled(ws)
        before = summary(ws)
        copy = backup(ws, tmp_path / "copy").path
        hub.forget_share(ws, hub.shared(ws, opp).id)
        assert "hub_shares" not in summary(ws)
        restore(ws, copy)
        after = summary(ws)
        assert hub.shared(ws, opp).hub_share_id == 7
    if database_url.startswith("sqlite"):
        # A SQLite backup is the whole file: every table, the pulled cache included.
        assert after == before
    else:
        # On PostgreSQL a backup is the JSON export: the pulled cache is not in it.
        cache = {"hub_aggregates", "hub_bank_questions"}
        assert after == {t: n for t, n in before.items() if t not in cache}
