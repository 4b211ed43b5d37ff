"""Bank contributions over HTTP on PostgreSQL: proposals, review, the community bank, votes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import pytest
import yaml

from askback.bank.schema import Question
from tests.integration.hub.server import PASSWORD, Browser, HubServer, make_user

pytestmark = pytest.mark.postgres


def member(server: HubServer, role: str = "member") -> Browser:
    address = f"b-{uuid.uuid4().hex[:8]}@example.org"
    make_user(server.hub, address, role)
    return server.client().log_in(address)


def new_question(
    text: str = "How does the team decide which model goes live first?",
) -> dict[str, Any]:
    return {
        "text": text,
        "summary": "How models are chosen for release",
        "dimensions": ["responsible-ml"],
        "audience": ["peer"],
        "stage": ["team"],
        "why": "A release rule shows whether risk is weighed before launch.",
        "green_flags": ["A written release checklist"],
        "red_flags": ["Whoever shouts loudest decides"],
        "rubric": {"1": "No rule at all.", "3": "An informal habit.", "5": "A written gate."},
    }


def pull(server: HubServer) -> list[dict[str, Any]]:
    """The community bank's questions, as an anonymous client pulls them."""
    client = server.client()
    try:
        questions: list[dict[str, Any]] = client.get("/api/v1/bank/community").json()["questions"]
    finally:
        client.close()
    return questions


def shipped_as_proposal(server: HubServer, qid: str) -> dict[str, Any]:
    from askback.hub.contributions import bank_format

    return bank_format(server.hub.bank.get(qid))


def test_a_broken_proposal_names_each_field(hub_server: HubServer) -> None:
    author = member(hub_server)
    body = new_question()
    del body["rubric"]
    body["stage"] = ["lunch"]
    body["colour"] = "blue"
    response = author.post("/api/v1/proposals", json={"question": body})
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "question.colour: is not a field of a bank question" in detail
    assert "question.rubric: is required but missing" in detail
    assert "question.stage.0" in detail
    unknown = author.post(
        "/api/v1/proposals", json={"question": new_question(), "based_on": "zzz-999"}
    )
    assert unknown.status_code == 400 and "based_on: no shipped question" in unknown.text
    long_why = {**new_question(), "why": "w " * 20_000}
    huge = author.post("/api/v1/proposals", json={"question": long_why})
    assert huge.status_code == 400 and "characters in all" in huge.text
    same = author.post(
        "/api/v1/proposals",
        json={"question": shipped_as_proposal(hub_server, "rml-003"), "based_on": "rml-003"},
    )
    assert same.status_code == 400 and "changes nothing" in same.text
    author.close()


def test_review_accepts_into_the_community_bank_and_audits(hub_server: HubServer) -> None:
    author, other = member(hub_server), member(hub_server)
    mod, admin = member(hub_server, "moderator"), member(hub_server, "admin")
    created = author.post(
        "/api/v1/proposals", json={"question": new_question(), "note": "asked it twice"}
    )
    assert created.status_code == 201, created.text
    new_id = created.json()["id"]
    assert created.json()["state"] == "pending"
    assert "+text: How does the team decide" in created.json()["diff"]
    edit = shipped_as_proposal(hub_server, "dei-001")
    edit["summary"] = "A changed summary for review"
    edited = author.post("/api/v1/proposals", json={"question": edit, "based_on": "dei-001"})
    assert edited.status_code == 201, edited.text
    diff = edited.json()["diff"]
    assert "--- dei-001 (shipped)" in diff and "+summary: A changed summary for review" in diff
    assert sum(line.startswith("+") for line in diff.splitlines()) == 2  # header and one line
    edit_id = edited.json()["id"]

    assert other.get(f"/api/v1/proposals/{new_id}").status_code == 404
    queue = mod.get("/api/v1/moderation/proposals").json()
    assert {new_id, edit_id} <= {p["id"] for p in queue}
    assert (
        mod.post(f"/api/v1/proposals/{new_id}/comments", json={"body": "Clear."}).status_code == 201
    )
    assert (
        author.post(f"/api/v1/proposals/{new_id}/comments", json={"body": "Thanks"}).status_code
        == 201
    )
    seen = author.get(f"/api/v1/proposals/{new_id}").json()
    assert [(c["by"], c["body"]) for c in seen["comments"]] == [
        ("moderator", "Clear."),
        ("author", "Thanks"),
    ]
    assert author.post(f"/api/v1/proposals/{new_id}/accept", json={}).status_code == 403
    no_reason = mod.post(f"/api/v1/proposals/{edit_id}/reject", json={"reason": " "})
    assert no_reason.status_code == 400
    accepted = mod.post(f"/api/v1/proposals/{new_id}/accept", json={"reason": "good"})
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
    number = accepted.json()["community_id"]
    again = mod.post(f"/api/v1/proposals/{new_id}/reject", json={"reason": "late"})
    assert again.status_code == 400 and "already accepted" in again.text
    assert mod.post(f"/api/v1/proposals/{edit_id}/accept", json={}).status_code == 200

    anonymous = hub_server.client()
    pulled = anonymous.get("/api/v1/bank/community")
    assert pulled.status_code == 200
    bank = pulled.json()
    assert bank["format"] == 1
    assert datetime.fromisoformat(bank["generated_at"]).tzinfo is not None
    by_id = {q["id"]: q for q in bank["questions"]}
    mine = by_id[number]
    assert mine["origin"] == "community" and mine["based_on"] is None
    assert mine["text"] == new_question()["text"]
    assert mine["rubric"] == new_question()["rubric"]
    based = [q for q in bank["questions"] if q["based_on"] == "dei-001"]
    assert len(based) == 1 and based[0]["summary"] == "A changed summary for review"
    for record in bank["questions"]:
        fields = {k: v for k, v in record.items() if k not in ("origin", "based_on")}
        Question.model_validate({**fields, "id": "my-check"})  # the bank's format
    cached = anonymous.get(
        "/api/v1/bank/community", headers={"if-none-match": pulled.headers["etag"]}
    )
    assert cached.status_code == 304

    audit = admin.get("/api/v1/admin/audit").json()
    actions = {(a["action"], a["target"]) for a in audit}
    assert ("proposal-comment", f"proposal:{new_id}") in actions
    assert ("proposal-accept", f"proposal:{new_id}") in actions
    assert ("proposal-accept", f"proposal:{edit_id}") in actions
    for client in (author, other, mod, admin, anonymous):
        client.close()


def test_a_later_edit_of_one_question_takes_over_its_number(hub_server: HubServer) -> None:
    author, mod = member(hub_server), member(hub_server, "moderator")
    ids = []
    for summary in ("First rewording of the summary", "Second rewording of the summary"):
        edit = shipped_as_proposal(hub_server, "rml-001")
        edit["summary"] = summary
        ids.append(
            author.post("/api/v1/proposals", json={"question": edit, "based_on": "rml-001"}).json()[
                "id"
            ]
        )
    first = mod.post(f"/api/v1/proposals/{ids[0]}/accept", json={}).json()["community_id"]
    second = mod.post(f"/api/v1/proposals/{ids[1]}/accept", json={}).json()["community_id"]
    assert first == second
    based = [q for q in pull(hub_server) if q["based_on"] == "rml-001"]
    assert [q["summary"] for q in based] == ["Second rewording of the summary"]
    assert author.get(f"/api/v1/proposals/{ids[0]}").json()["state"] == "superseded"
    rejected = author.post("/api/v1/proposals", json={"question": new_question("Who signs off?")})
    mod.post(f"/api/v1/proposals/{rejected.json()['id']}/reject", json={"reason": "duplicate"})
    texts = [q["text"] for q in pull(hub_server)]
    assert "Who signs off?" not in texts
    author.close()
    mod.close()


def test_usefulness_shows_from_k_voters_and_hides_a_single_change(hub_server: HubServer) -> None:
    k = hub_server.hub.config.k
    voters = [member(hub_server) for _ in range(k)]
    vote = {"question": "team-001", "dimension": "team-practices"}

    def shown() -> list[dict[str, Any]]:
        items = voters[0].get("/api/v1/bank/usefulness").json()["items"]
        return [i for i in items if i["question"] == "team-001"]

    for who in voters[:-1]:
        assert who.put("/api/v1/votes", json={**vote, "useful": 5}).status_code == 200
    assert shown() == []
    voters[-1].put("/api/v1/votes", json={**vote, "useful": 2})
    (item,) = shown()
    assert item["mean"] == round((5 * (k - 1) + 2) / k, 1)
    assert item["voters"]["low"] >= k
    # One member changes their vote: the published number must not move (it would reveal it).
    changed = voters[-1].put("/api/v1/votes", json={**vote, "useful": 5})
    assert changed.status_code == 200 and changed.json()["useful"] == 5
    assert shown() == [item]
    assert voters[-1].get("/api/v1/votes").json() == [changed.json()]
    # Once k votes differ from the published ones, the figure moves to the current votes.
    for who in voters[:-1]:
        assert shown() == [item]
        who.put("/api/v1/votes", json={**vote, "useful": 1})
    assert shown()[0]["mean"] == round((1 * (k - 1) + 5) / k, 1)
    wrong = voters[0].put(
        "/api/v1/votes", json={"question": "team-001", "dimension": "growth", "useful": 3}
    )
    assert wrong.status_code == 400 and "belongs to team-practices" in wrong.text
    missing = voters[0].put(
        "/api/v1/votes", json={"question": "nope-001", "dimension": "growth", "useful": 3}
    )
    assert missing.status_code == 400
    for who in voters:
        who.close()


def test_erasure_drops_pending_proposals_and_keeps_accepted_ones(hub_server: HubServer) -> None:
    author, mod = member(hub_server), member(hub_server, "moderator")
    kept = author.post(
        "/api/v1/proposals", json={"question": new_question("What would make you stop a model?")}
    ).json()["id"]
    gone = author.post(
        "/api/v1/proposals", json={"question": new_question("Who reviews fairness metrics?")}
    ).json()["id"]
    mod.post(f"/api/v1/proposals/{kept}/accept", json={})
    exported = author.get("/api/v1/me/export").json()
    assert {p["id"] for p in exported["proposals"]} == {kept, gone}
    assert author.delete("/api/v1/me", json={"password": PASSWORD}).status_code == 200
    assert mod.get(f"/api/v1/proposals/{gone}").status_code == 404
    assert mod.get(f"/api/v1/proposals/{kept}").json()["state"] == "accepted"
    texts = [q["text"] for q in pull(hub_server)]
    assert "What would make you stop a model?" in texts
    author.close()
    mod.close()


def test_the_yaml_download_is_the_same_bank(hub_server: HubServer) -> None:
    client = hub_server.client()
    response = client.get("/bank/community.yaml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/yaml")
    assert "attachment" in response.headers["content-disposition"]
    data = yaml.safe_load(response.text)
    assert data["format"] == 1
    assert data["questions"] == client.get("/api/v1/bank/community").json()["questions"]
    client.close()


def test_the_migration_adds_the_tables_to_a_hub_at_h0001(pg_url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from askback.hub.migrate import HEAD, alembic_config, current_revision, upgrade
    from askback.store.engine import make_engine

    engine = make_engine(pg_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "h0001")
        assert "hub_proposals" not in inspect(engine).get_table_names()
        assert upgrade(engine) == "h0001"
        assert current_revision(engine) == HEAD
        tables = set(inspect(engine).get_table_names())
        assert {"hub_proposals", "hub_proposal_comments", "hub_usefulness_votes"} <= tables
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "h0001")
        assert "hub_proposals" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_voting_on_the_page(hub_server: HubServer) -> None:
    voter = member(hub_server)
    form = {"question": "grow-001", "dimension": "growth", "useful": "4"}
    assert voter.post("/bank/usefulness", data=form).status_code == 303
    assert voter.get("/api/v1/votes").json()[0] | {"updated_at": ""} == {
        "question": "grow-001",
        "dimension": "growth",
        "useful": 4,
        "updated_at": "",
    }
    page = voter.get("/bank/usefulness")
    assert page.status_code == 200 and "<code>grow-001</code> · Growth: 4" in page.text
    bad = voter.post("/bank/usefulness", data={**form, "dimension": "karma"})
    assert bad.status_code == 400 and "karma" in bad.text
    voter.close()
