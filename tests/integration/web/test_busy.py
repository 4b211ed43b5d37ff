"""A busy or full database is no fault of the request: 503, one line and Retry-After."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tests.e2e.server import running_server
from tests.integration.web.conftest import form_token


def test_a_locked_database_answers_503_with_retry_after(tmp_path: Path) -> None:
    env = {"ASKBACK_BUSY_TIMEOUT_MS": "300"}
    with running_server(tmp_path, env=env) as srv, srv.client() as client:
        token = form_token(client)
        made = client.post(
            "/opportunities", data={"company": "Ada", "role": "ML", "csrf_token": token}
        )
        assert made.status_code in (200, 303)
        # Another program holds the write lock for as long as the request waits.
        other = sqlite3.connect(tmp_path / "askback-test.sqlite3", timeout=5)
        other.execute("BEGIN IMMEDIATE")
        try:
            response = client.post(
                "/opportunities", data={"company": "Bo", "role": "DS", "csrf_token": token}
            )
        finally:
            other.rollback()
            other.close()
        assert response.status_code == 503, response.text[:300]
        assert int(response.headers["Retry-After"]) > 0
        alerts = re.findall(r'role="alert"><p>(.*?)</p>', response.text, re.S)
        assert len(alerts) == 1 and "another askback is writing" in alerts[0], alerts
        assert "Traceback" not in response.text
        assert "Bo" not in client.get("/opportunities").text
