"""Forget one opportunity, or wipe everything: both ask first, and leave nothing behind."""

from __future__ import annotations

from pathlib import Path

from askback.app import Workspace, contacts, opportunities
from askback.app.forget import forget, plan_forget, wipe
from askback.app.transfer import import_document
from askback.export.jsonfile import JsonExport
from tests.integration.tracker.helpers import cli, snapshot

SAMPLE = Path(__file__).parent / "data" / "sample.json"


def _filled(url: str) -> None:
    with Workspace.open(url) as ws:
        import_document(ws, JsonExport().read(SAMPLE))


def test_forget_removes_the_opportunity_and_people_met_only_there(workspace: Workspace) -> None:
    import_document(workspace, JsonExport().read(SAMPLE))
    contacts.add(workspace, name="Shared Person")
    plan = plan_forget(workspace, "acme")
    assert (plan.interviews, plan.answers, plan.signals, plan.status_changes) == (2, 3, 1, 2)
    assert plan.contact_names == ("Jane Doe", "Sam Lee")
    forget(workspace, plan)
    left = [s.opportunity.company for s in opportunities.list_opportunities(workspace)]
    assert sorted(left) == ["Globex", "Initech"]
    assert sorted(c.name for c in contacts.list_contacts(workspace)) == [
        "Priya Raman",
        "Shared Person",
    ]


def test_forget_keeps_people_seen_elsewhere(workspace: Workspace) -> None:
    import_document(workspace, JsonExport().read(SAMPLE))
    from askback.app import interviews

    interviews.add_contact(workspace, 3, "Sam Lee")  # Sam also sat in on a Globex call
    plan = plan_forget(workspace, "acme")
    assert plan.contact_names == ("Jane Doe",)
    keep = plan_forget(workspace, "acme", keep_contacts=True)
    assert keep.contact_names == ()


def test_wipe_touches_only_this_owner(database_url: str) -> None:
    _filled(database_url)
    with Workspace.open(database_url, owner="someone-else") as other:
        opportunities.add(other, company="Theirs", role="DS")
    with Workspace.open(database_url) as ws:
        counts = wipe(ws).counts
        assert counts["answers"] == 4 and counts["opportunities"] == 3
    assert snapshot(database_url)["opportunities"] == []
    with Workspace.open(database_url, owner="someone-else") as other:
        assert [s.opportunity.company for s in opportunities.list_opportunities(other)] == [
            "Theirs"
        ]


def test_forgotten_text_is_gone_from_the_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    _filled(url)
    secret = b"Someone copies a pickle to a server."
    files = [tmp_path / "db.sqlite3", tmp_path / "db.sqlite3-wal"]
    assert any(secret in f.read_bytes() for f in files if f.exists())
    assert cli(url, "forget", "acme", "--yes").code == 0
    assert not any(secret in f.read_bytes() for f in files if f.exists())


def test_confirmation(database_url: str) -> None:
    _filled(database_url)
    before = snapshot(database_url)
    no = cli(database_url, "forget", "acme", input="n\n")
    assert no.code == 1 and "Nothing was changed" in no.error
    wrong = cli(database_url, "wipe", input="yes\n")
    assert wrong.code == 1
    assert snapshot(database_url) == before
    assert cli(database_url, "forget", "acme", input="y\n").code == 0
    assert len(snapshot(database_url)["opportunities"]) == 2
    assert cli(database_url, "wipe", input="wipe\n").code == 0
    after = snapshot(database_url)
    assert all(after[t] == [] for t in ("opportunities", "contacts", "answers", "custom_questions"))
    assert after["profile"] is None
    assert "nothing to wipe" in cli(database_url, "wipe").output
