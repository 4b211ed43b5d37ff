"""A hub that is down, slow, oversized, malformed or hostile: one clear line, local data unchanged.

The first company answers well and the second misbehaves, so a pull that stored as it went would
leave half of it behind: the database dump must be the same before and after.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from askback.hubclient import login as saved
from tests.integration.hubclient.hostile import HostileServer, hostile_hub
from tests.integration.tracker.helpers import cli

TOKEN = "abh_" + "t" * 43
MODES = (
    "garbage",
    "html",
    "wrong-schema",
    "wrong-type",
    "deep",
    "big-declared",
    "big-chunked",
    "hang",
    "drip",
    "error-escape",
    "redirect",
    "gzip",
)


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with hostile_hub() as server:
        yield server


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def tracker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hostile: HostileServer) -> Path:
    """Two tracked companies, an earlier pull stored, and a sign-in to the hostile hub."""
    from askback.app import Workspace, opportunities
    from askback.app.hub import companies, store_pull
    from askback.hubclient.replies import CompanyReply
    from tests.integration.hubclient.hostile import GOOD_COMPANY

    monkeypatch.setenv("ASKBACK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ASKBACK_HUB_TIMEOUT", "1")
    path = tmp_path / "askback.sqlite3"
    with Workspace.open(f"sqlite:///{path}") as ws:
        opportunities.add(ws, company="Alpha", role="DS")
        opportunities.add(ws, company="Beta GmbH", role="DS")
        earlier = CompanyReply.model_validate(dict(GOOD_COMPANY, slug="beta"))
        found = {slug: (ids, earlier) for slug, ids in companies(ws).items()}
        store_pull(ws, "http://earlier.example", found, None)
    saved.save(
        saved.Login(url=hostile.url, email="me@example.org", token="abh_" + "t" * 43, token_id=1)
    )
    return path


@pytest.mark.parametrize("mode", MODES)
def test_hostile_reply_leaves_data_unchanged(
    mode: str, tracker: Path, hostile: HostileServer
) -> None:
    hostile.mode = mode
    before = _dump(tracker)
    assert any("hub_aggregates" in line and "INSERT" in line for line in before)
    started = time.monotonic()
    result = cli(f"sqlite:///{tracker}", "hub", "pull")
    elapsed = time.monotonic() - started
    assert result.code == 1
    assert result.error.startswith("error: GET http://127.0.0.1:")
    assert "\n" not in result.error.strip() and "\x1b" not in result.error
    assert len(result.error) < 400
    assert "Traceback" not in result.error + result.output
    assert _dump(tracker) == before
    assert elapsed < 10, f"{mode} took {elapsed:.1f} s"


def test_hub_down_is_one_line(tracker: Path, hostile: HostileServer) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    saved.save(
        saved.Login(
            url=f"http://127.0.0.1:{port}", email="a@b.c", token="abh_" + "t" * 43, token_id=1
        )
    )
    before = _dump(tracker)
    result = cli(f"sqlite:///{tracker}", "hub", "pull")
    assert result.code == 1 and "cannot reach the hub" in result.error
    assert _dump(tracker) == before
