"""End to end: five members share experiences of one company, a sixth pulls the aggregate.

The hub runs on PostgreSQL on loopback with k = 5; every member has their own SQLite file and
config directory and uses the real CLI (login, share, pull, assess).
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from tests.integration.hub.server import HubServer
from tests.integration.hubclient.conftest import Member

pytestmark = pytest.mark.postgres

COMPANY = "Acme Analytics GmbH"
# Ratings low on responsible ML: the community figure must sit low, apart from own answers.
RML = {"rml-001": (2, True), "rml-002": (1, False)}


def test_five_share_sixth_pulls(
    hub_server: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = Member(tmp_path, hub_server, "reader")
    reader.login(monkeypatch)
    reader_opp = reader.track("ACME Analytics", {"rml-003": (4, False)})

    members = [Member(tmp_path, hub_server, f"m{i}") for i in range(5)]
    for i, member in enumerate(members):
        member.login(monkeypatch)
        member.track(COMPANY, RML)
        shared = member.run(monkeypatch, "share", "1", "--yes", "--json")
        assert shared.code == 0, shared.error
        pulled = reader.run(monkeypatch, "hub", "pull", "--json")
        assert pulled.code == 0, pulled.error
        result = json.loads(pulled.output)
        if i < 4:
            # Fewer than k members: the hub shows nothing, and nothing is stored.
            assert result["dimensions"] == 0, (i, result)
            shown = json.loads(reader.run(monkeypatch, "assess", str(reader_opp), "--json").output)
            assert not shown.get("community"), shown.get("community")
            before = next(d for d in shown["dimensions"] if d["dimension"] == "responsible-ml")
    assert result["dimensions"] == 1
    assert result["with_aggregates"] == 1

    text = reader.run(monkeypatch, "assess", str(reader_opp))
    assert text.code == 0, text.error
    shown_apart = r"responsible-ml: community: 1\.\d \(\d\.\d–\d\.\d\), 5–9 candidates"
    assert re.search(shown_apart, text.output), text.output
    data = json.loads(reader.run(monkeypatch, "assess", str(reader_opp), "--json").output)
    community = {c["dimension"]: c for c in data["community"]}
    rml = community["responsible-ml"]
    assert rml["mean"] < 2.5 and rml["members"]["low"] >= 5
    assert rml["own_excluded"] is False
    own = next(d for d in data["dimensions"] if d["dimension"] == "responsible-ml")
    # A member who shared pulls too: their own answers are taken out of the figure.
    sharer = members[0]
    assert sharer.run(monkeypatch, "hub", "pull").code == 0
    theirs = json.loads(sharer.run(monkeypatch, "assess", "1", "--json").output)
    mine_out = {c["dimension"]: c for c in theirs["community"]}["responsible-ml"]
    assert mine_out["own_excluded"] is True and mine_out["members"]["low"] == 4
    assert "(your own share taken out)" in sharer.run(monkeypatch, "assess", "1").output
    compared = json.loads(reader.run(monkeypatch, "compare", "--json").output)
    assert compared["opportunities"][0]["community"][0]["dimension"] == "responsible-ml"
    planned = reader.run(
        monkeypatch, "plan", str(reader_opp), "--with", "peer", "--minutes", "240", "--json"
    )
    assert planned.code == 0, planned.error
    items = {i["id"]: i for i in json.loads(planned.output)["questions"]}
    asked_here = [q for q in ("rml-001", "rml-002") if q in items]
    assert asked_here, sorted(items)
    for q in asked_here:
        assert any("Candidates asked it at this company" in r for r in items[q]["why"])
    # The community moved the posterior down, as one item of its own source, not an answer.
    assert own["mean"] < before["mean"] - 0.05
    assert own["items"] == before["items"] + 1 and own["evidence"] == before["evidence"]


def test_token_file_is_private(
    hub_server: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = Member(tmp_path, hub_server, "private")
    data = json.loads(member.login(monkeypatch).output)
    path = Path(data["file"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["token"].startswith("abh_")
    status = member.run(monkeypatch, "hub", "status", "--json")
    assert json.loads(status.output)["url"] == hub_server.url
    assert "abh_" not in status.output
    out = member.run(monkeypatch, "hub", "logout", "--json")
    assert json.loads(out.output)["token_revoked"] is True
    assert not path.exists()


def test_preview_is_what_is_sent_and_reshare_replaces(
    hub_server: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = Member(tmp_path, hub_server, "sharer")
    member.login(monkeypatch)
    opp = member.track("Preview Corp", {"rml-001": (3, False), "dei-001": (2, True)})
    preview = member.run(monkeypatch, "share", str(opp), "--preview")
    assert preview.code == 0, preview.error
    body = json.loads(preview.output)
    assert "Erika" not in preview.output and "text" not in body
    assert body["company"] == "Preview Corp" and (body["month"], body["year"]) == (10, 2026)
    assert {a["question"] for a in body["answers"]} == {"rml-001", "dei-001"}
    assert all(a["audience"] == "peer" and a["stage"] == "team" for a in body["answers"])

    sent = json.loads(member.run(monkeypatch, "share", str(opp), "--yes", "--json").output)
    assert sent["sent"] == body and sent["replaced"] is False
    browser = hub_server.client()
    try:
        browser.log_in(member.email)
        mine = browser.get("/api/v1/shares").json()
        assert len(mine) == 1 and len(mine[0]["answers"]) == 2

        # One note picked by its answer id goes along; the other stays.
        with_note = member.run(monkeypatch, "share", str(opp), "--include-note", "1", "--preview")
        assert json.loads(with_note.output)["text"] == "Erika said something about rml-001"
        again = json.loads(member.run(monkeypatch, "share", str(opp), "--yes", "--json").output)
        assert again["replaced"] is True and again["share_id"] == sent["share_id"]
        assert len(browser.get("/api/v1/shares").json()) == 1

        gone = member.run(monkeypatch, "unshare", str(opp), "--json")
        assert gone.code == 0, gone.error
        assert browser.get("/api/v1/shares").json() == []
        again_gone = member.run(monkeypatch, "unshare", str(opp))
        assert again_gone.code == 1 and "was not shared" in again_gone.error
    finally:
        browser.close()


def test_community_bank_in_search_with_origin_and_a_switch(
    hub_server: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.integration.hub.server import make_user
    from tests.integration.hub.test_bank_contributions import new_question

    reader = Member(tmp_path, hub_server, "banker")
    reader.login(monkeypatch)
    reader.track("Bank Corp", {"rml-001": (3, False)})
    first = json.loads(reader.run(monkeypatch, "hub", "pull", "--json").output)
    assert first["bank_questions"] == 0

    make_user(hub_server.hub, "mod@example.org", "moderator")
    author, mod = hub_server.client(), hub_server.client()
    try:
        author.log_in(reader.email)
        mod.log_in("mod@example.org")
        text = "Which zeppelin rollout checklist gates each model release here?"
        made = author.post("/api/v1/proposals", json={"question": new_question(text)})
        assert made.status_code == 201, made.text
        accepted = mod.post(f"/api/v1/proposals/{made.json()['id']}/accept", json={})
        assert accepted.status_code == 200, accepted.text
        qid = accepted.json()["community_id"]
    finally:
        author.close()
        mod.close()

    pulled = json.loads(reader.run(monkeypatch, "hub", "pull", "--json").output)
    assert pulled["bank_questions"] == 1
    found = reader.run(monkeypatch, "questions", "search", "zeppelin rollout", "--json")
    assert found.code == 0, found.error
    hits = json.loads(found.output)
    assert hits[0]["id"] == qid and hits[0]["origin"] == "community"

    off = reader.run(monkeypatch, "settings", "community-questions", "off")
    assert off.code == 0, off.error
    hidden = json.loads(
        reader.run(monkeypatch, "questions", "search", "zeppelin rollout", "--json").output
    )
    assert all(h["id"] != qid for h in hidden)


def test_a_wrong_password_is_one_line_and_keeps_nothing(
    hub_server: HubServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = Member(tmp_path, hub_server, "wrongpw")
    with monkeypatch.context() as m:
        m.setenv("ASKBACK_CONFIG_DIR", str(member.root / "config"))
        m.setenv("ASKBACK_HUB_PASSWORD", "not the password at all")
        from tests.integration.tracker.helpers import cli

        result = cli(member.url, "hub", "login", hub_server.url, "--email", member.email)
    assert result.code == 1 and "the hub refused" in result.error
    assert "\n" not in result.error.strip()
    assert not (member.root / "config" / "hub.json").exists()
    status = member.run(monkeypatch, "hub", "status", "--json")
    assert json.loads(status.output)["signed_in"] is False
    nothing = member.run(monkeypatch, "hub", "pull")
    assert nothing.code == 1 and "not signed in" in nothing.error
