"""Sharing, aggregates and moderation through the API, on PostgreSQL over HTTP."""

from __future__ import annotations

import uuid

import pytest

from tests.integration.hub.server import HubServer, make_user

pytestmark = pytest.mark.postgres


def member(server: HubServer, role: str = "member"):  # type: ignore[no-untyped-def]
    address = f"s-{uuid.uuid4().hex[:8]}@example.org"
    make_user(server.hub, address, role)
    return server.client().log_in(address)


def experience(company: str, rating: int, text: str | None = None, flag: bool = False) -> dict:  # type: ignore[type-arg]
    return {
        "company": company,
        "month": 2,
        "year": 2025,
        "answers": [
            {
                "question": "rml-003",
                "audience": "peer",
                "stage": "team",
                "rating": rating,
                "red_flag": flag,
            },
            {
                "question": "rml-001",
                "audience": "hiring-manager",
                "stage": "final",
                "rating": rating,
            },
        ],
        "text": text,
    }


def test_aggregate_appears_at_k_members_and_resharing_replaces(hub_server: HubServer) -> None:
    company = f"Aggregate {uuid.uuid4().hex[:6]} GmbH"
    members = [member(hub_server) for _ in range(3)]
    first = members[0].put("/api/v1/shares", json=experience(company, 2, flag=True))
    assert first.status_code == 201
    slug = first.json()["company_slug"]
    assert (
        members[1]
        .put("/api/v1/shares", json=experience(company.replace("GmbH", "gmbh."), 3))
        .status_code
        == 201
    )
    view = members[0].get(f"/api/v1/companies/{slug}").json()
    assert view["dimensions"] == []  # two members: nothing shown
    again = members[0].put("/api/v1/shares", json=experience(company, 4))
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert len(members[0].get("/api/v1/shares").json()) == 1
    assert members[2].put("/api/v1/shares", json=experience(company, 5)).status_code == 201
    view = members[2].get(f"/api/v1/companies/{slug}").json()
    [dim] = view["dimensions"]
    assert dim["dimension"] == "responsible-ml"
    assert dim["members"] == {"low": 3, "high": 4}
    assert dim["red_flags"] == {"low": 0, "high": 0}  # the flag went with the replaced share
    assert dim["period"] == {"from": "2025-Q1", "to": "2025-Q1"}
    assert dim["interval"][0] <= dim["mean"] <= dim["interval"][1]
    assert [q["id"] for q in dim["questions"]] == ["rml-001", "rml-003"]
    page = members[2].get(f"/companies/{slug}")
    assert page.status_code == 200 and "<svg" in page.text and "Responsible ML" in page.text
    for m in members:
        m.close()


def test_share_is_validated_against_the_bank(hub_server: HubServer) -> None:
    browser = member(hub_server)
    bad = experience("Validation Labs", 3)
    bad["answers"][0]["question"] = "rml-999"
    response = browser.put("/api/v1/shares", json=bad)
    assert response.status_code == 400 and "answers.0.question" in response.text
    named = experience("Validation Labs", 3)
    named["answers"][0]["audience"] = "Anna Schmidt"
    assert browser.put("/api/v1/shares", json=named).status_code == 422
    future = experience("Validation Labs", 3)
    future["year"] = 2099
    assert "future" in browser.put("/api/v1/shares", json=future).text
    browser.close()


def test_free_text_moderation_flow(hub_server: HubServer) -> None:
    author, reader, mod, admin = (
        member(hub_server),
        member(hub_server),
        member(hub_server, "moderator"),
        member(hub_server, "admin"),
    )
    company = f"Moderated {uuid.uuid4().hex[:6]}"
    shared = author.put(
        "/api/v1/shares", json=experience(company, 3, text="Ask Dr Novak on +49 151 2345 6789")
    ).json()
    text_id, slug = shared["text"]["id"], shared["company_slug"]
    assert shared["text"]["state"] == "pending"
    assert "person's name" in shared["text"]["held"] and "phone number" in shared["text"]["held"]
    assert reader.get(f"/api/v1/companies/{slug}").json()["texts"] == []
    queue = mod.get("/api/v1/moderation/queue").json()
    item = next(i for i in queue if i["id"] == text_id)
    assert item["held"]
    assert (
        mod.post(
            f"/api/v1/texts/{text_id}/approve", json={"reason": "checked: a public spokesperson"}
        ).status_code
        == 200
    )
    assert [t["id"] for t in reader.get(f"/api/v1/companies/{slug}").json()["texts"]] == [text_id]
    assert (
        reader.post(
            f"/api/v1/texts/{text_id}/report", json={"reason": "names a person"}
        ).status_code
        == 201
    )
    assert any(
        i["id"] == text_id and i["reports"] == 1 for i in mod.get("/api/v1/moderation/queue").json()
    )
    refused = mod.post(f"/api/v1/texts/{text_id}/hide", json={"reason": ""})
    assert refused.status_code == 400 and "reason" in refused.text
    assert (
        mod.post(f"/api/v1/texts/{text_id}/hide", json={"reason": "names a person"}).status_code
        == 200
    )
    assert reader.get(f"/api/v1/companies/{slug}").json()["texts"] == []
    assert (
        mod.post(f"/api/v1/texts/{text_id}/restore", json={"reason": "consent given"}).status_code
        == 200
    )
    log = admin.get("/api/v1/admin/audit").json()
    actions = [(e["action"], e["reason"]) for e in log if e["target"] == f"text:{text_id}"]
    assert actions == [
        ("text-restore", "consent given"),
        ("text-hide", "names a person"),
        ("text-approve", "checked: a public spokesperson"),
    ]
    page = mod.get("/moderation")
    assert page.status_code == 200
    for b in (author, reader, mod, admin):
        b.close()


def test_merge_companies(hub_server: HubServer) -> None:
    mod = member(hub_server, "moderator")
    a = mod.put("/api/v1/shares", json=experience("Merge Source Analytics", 3)).json()[
        "company_slug"
    ]
    other = member(hub_server)
    b = other.put("/api/v1/shares", json=experience("Merge Target Analytics", 4)).json()[
        "company_slug"
    ]
    merged = mod.post(f"/api/v1/companies/{a}/merge", json={"into": b, "reason": "rebrand"})
    assert merged.status_code == 200 and merged.json()["slug"] == b
    assert mod.get(f"/api/v1/companies/{a}").status_code == 404
    # The old name now leads to the kept company.
    again = mod.put("/api/v1/shares", json=experience("Merge Source Analytics GmbH", 2))
    assert again.status_code == 200 and again.json()["company_slug"] == b
    mod.close()
    other.close()


def test_members_naming_a_new_company_at_once_share_one_company(hub_server: HubServer) -> None:
    import threading

    from askback.hub import sharing

    users = [make_user(hub_server.hub, f"c-{uuid.uuid4().hex[:8]}@example.org") for _ in range(6)]
    name = f"Simultaneous {uuid.uuid4().hex[:6]} AG"
    data = sharing.ShareIn.model_validate(experience(name, 3))
    start = threading.Barrier(len(users))
    slugs: list[str] = []
    failures: list[BaseException] = []

    def share(user: int) -> None:
        start.wait()
        try:
            row, _ = sharing.share(hub_server.hub, user, data)
            with hub_server.hub.tx() as db:
                slugs.append(str(sharing.share_view(db, row)["company_slug"]))
        except BaseException as exc:  # collected: a thread's exception is otherwise lost
            failures.append(exc)

    threads = [threading.Thread(target=share, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not failures, failures
    assert len(slugs) == len(users) and len(set(slugs)) == 1
