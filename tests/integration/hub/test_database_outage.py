"""Connections the database server drops: one request gets a 503, the next ones work again."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from askback.hub import accounts
from tests.integration.hub.server import make_user, running_hub

pytestmark = pytest.mark.postgres


def _drop_connections(plain_url: str, application: str) -> int:
    """End every server process that serves the hub (as a restart or a proxy time-out would)."""
    with psycopg.connect(plain_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (application,),
        ).fetchall()
    return len(rows)


def test_dropped_connections_cost_one_request_a_503(pg_url: str, pg_database: str) -> None:
    application = f"hubtest-{uuid.uuid4().hex[:8]}"
    with running_hub(f"{pg_url}&application_name={application}") as server:
        user = make_user(server.hub, f"m-{uuid.uuid4().hex[:8]}@example.org")
        with server.hub.tx() as db:
            _, token = accounts.create_api_token(db, user, "outage")
        browser = server.client()
        headers = {"authorization": f"Bearer {token}"}
        assert browser.get("/api/v1/me", headers=headers).status_code == 200
        assert _drop_connections(pg_database.replace("+psycopg", ""), application) >= 1
        statuses = []
        for _ in range(3):
            answer = browser.get("/api/v1/me", headers=headers)
            statuses.append(answer.status_code)
            if answer.status_code == 503:
                assert int(answer.headers["retry-after"]) > 0
                assert "try again" in answer.json()["detail"]
        # The pool notices the dropped connection on its first use and starts afresh: at most
        # one request fails, and it fails as "try again", never as a 500.
        assert statuses.count(503) <= 1 and 500 not in statuses
        assert statuses[-1] == 200
        browser.close()
