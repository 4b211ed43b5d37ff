"""The differencing attack must fail: one member's ratings cannot be read back from aggregates.

The attacker is a member who polls every view the hub offers (the API with every parameter its
schema lists and some it does not, the company page, the home page) after every single event
and knows exactly when the target shared, changed and withdrew. Two worlds differ only in who
of the target and a newcomer, who changes in the same k-batch, rated 1 and who 5. If the
observations are identical in both worlds, nothing computed from them (a before/after
difference of means included) tells the target's rating. An attacker who knows the other k-1
members of a batch is the limit of any k-threshold; docs/hub.md says how the hub counters it.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from askback.hub import sharing
from tests.integration.hub.server import HubServer, make_user, running_hub

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

K = 3
COMPANY = "Differencing Labs"
SLUG = "differencing-labs"


def share(
    server: HubServer,
    user: int,
    rating: int,
    *,
    company: str = COMPANY,
    flag: bool = False,
    month: int = 4,
) -> int:
    data = sharing.ShareIn.model_validate(
        {
            "company": company,
            "month": month,
            "year": 2025,
            "answers": [
                {
                    "question": "rml-003",
                    "audience": "peer",
                    "stage": "team",
                    "rating": rating,
                    "red_flag": flag,
                },
                {"question": "dei-001", "audience": "hr", "stage": "screen", "rating": rating},
            ],
        }
    )
    row, _ = sharing.share(server.hub, user, data)
    return row.id


def observe(server: HubServer, attacker: Any) -> list[Any]:
    """Everything the attacker can see of the company, through every filter the API offers."""
    schema = attacker.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/companies/{slug}"]["get"]
    params = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
    filters: list[dict[str, str]] = [{}]
    filters += [{name: value} for name in params for value in ("screen", "peer", "2025-Q2", "1")]
    # Filters a client might guess: they must not narrow the view either.
    filters += [
        {"stage": "team"},
        {"audience": "peer"},
        {"quarter": "2025-Q2"},
        {"question": "rml-003"},
    ]
    seen: list[Any] = []
    for query in filters:
        response = attacker.get(f"/api/v1/companies/{SLUG}", params=query)
        body = response.json()
        seen.append((response.status_code, body))
    page = attacker.get(f"/companies/{SLUG}").text
    seen.append(page.split('<main id="main"', 1)[1])
    seen.append(attacker.get("/").text.split('<main id="main"', 1)[1])
    return seen


def world(database_url: str, target_rating: int, newcomer_rating: int) -> list[list[Any]]:
    """Run the same story; the observations after every event."""
    with running_hub(database_url, k=K) as server:
        users = {
            name: make_user(server.hub, f"{name}-{uuid.uuid4().hex[:6]}@example.org")
            for name in ("a", "b", "c", "d", "e", "target", "newcomer", "attacker", "small")
        }
        attacker = server.client().log_in(next(e for e in [_email(server, users["attacker"])]))
        steps: list[list[Any]] = []

        def step() -> None:
            steps.append(observe(server, attacker))

        for name, rating in (("a", 2), ("b", 3), ("c", 4)):
            share(server, users[name], rating)
        step()  # 0: the first publication, k members
        target_share = share(server, users["target"], target_rating, flag=target_rating == 1)
        step()  # 1: right after the target: the attacker differences this against step 0
        share(server, users["d"], 2)
        step()  # 2
        share(server, users["target"], target_rating, month=5, flag=target_rating == 1)
        step()  # 3: the target shares again (the same member: still one change)
        newcomer_share = share(
            server, users["newcomer"], newcomer_rating, flag=newcomer_rating == 1
        )
        step()  # 4: k changes: the view moves, by target, d and newcomer together
        share(server, users["small"], 5, company="Differencing Labs Subsidiary Ltd")
        with server.hub.tx() as db:
            small = sharing.company_for(db, "Differencing Labs Subsidiary", create=False).slug
        sharing.merge_companies(server.hub, users["a"], small, SLUG, "same employer")
        step()  # 5: a merge adds one member: too few changes to publish
        sharing.withdraw(server.hub, users["target"], target_share)
        step()  # 6: the target leaves
        sharing.withdraw(server.hub, users["newcomer"], newcomer_share)
        step()  # 7: so does the newcomer: k changes, the view moves again
        share(server, users["e"], 3)
        step()  # 8
        attacker.close()
        return steps


def _email(server: HubServer, user_id: int) -> str:
    from askback.hub.models import User

    with server.hub.tx() as db:
        user = db.get(User, user_id)
        assert user is not None
        return user.email


@pytest.fixture
def second_url(pg_database: str) -> Any:
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = pg_database.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{pg_database}?options=-csearch_path%3D{schema}"


def test_differencing_cannot_tell_the_target_rating(pg_url: str, second_url: str) -> None:
    low = world(pg_url, target_rating=1, newcomer_rating=5)
    high = world(second_url, target_rating=5, newcomer_rating=1)
    assert len(low) == len(high)
    for i, (seen_low, seen_high) in enumerate(zip(low, high, strict=True)):
        assert seen_low == seen_high, f"observation {i} tells the target's rating apart"
    # The views are not frozen: the company is shown, and it moved once k members changed.
    first, last = low[0][0], low[-1][0]
    assert first[0] == 200 and first[1]["dimensions"], "the aggregate never showed"
    assert low[1][0] == first, "the view changed on the target's share alone"
    assert low[4][0] != low[3][0], "the view did not move after k changes"
    assert low[6][0] == low[5][0], "the view changed on the target's withdrawal alone"
    assert last[0] == 200
