"""The web app's share flow against a real hub: the preview screen, sending, and withdrawal.

The hub runs on PostgreSQL on loopback; the local app is a real `askback serve` whose config
directory holds a sign-in made with `askback hub login`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import _need_chromium
from tests.e2e.server import Server, running_server
from tests.integration.hub.conftest import pg_module_url as pg_module_url
from tests.integration.hub.server import PASSWORD, HubServer, running_hub
from tests.integration.hubclient.conftest import Member

pytestmark = [pytest.mark.postgres, pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture(scope="module")
def hub_server(pg_module_url: str) -> Iterator[HubServer]:
    with running_hub(pg_module_url, k=5) as server:
        yield server


@pytest.fixture(scope="module")
def sharer(
    hub_server: HubServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, Member, int]]:
    _need_chromium()
    root = tmp_path_factory.mktemp("askback-share")
    member = Member(root, hub_server, "webuser")
    member.url = f"sqlite:///{member.root / 'askback-test.sqlite3'}"
    opp = member.track("Web Share AG", {"rml-001": (2, True), "dei-001": (4, False)})
    with pytest.MonkeyPatch.context() as m:
        member.login(m)
    env = {"ASKBACK_CONFIG_DIR": str(member.root / "config")}
    with running_server(member.root, env=env) as srv:
        yield srv, member, opp


@pytest.fixture()
def share_page(browser: Any, sharer: tuple[Server, Member, int]) -> Iterator[Any]:
    srv = sharer[0]
    context = browser.new_context(base_url=srv.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.problems = errors
    yield tab
    context.close()
    assert not errors, errors


def _hub_shares(hub: HubServer, email: str) -> list[dict[str, Any]]:
    client = hub.client()
    try:
        client.log_in(email, PASSWORD)
        shares: list[dict[str, Any]] = client.get("/api/v1/shares").json()
        return shares
    finally:
        client.close()


def test_preview_send_and_withdraw(
    share_page: Any, sharer: tuple[Server, Member, int], hub_server: HubServer
) -> None:
    _, member, opp = sharer
    page = share_page
    page.goto(f"/opportunities/{opp}")
    page.click("#share-link")
    preview = json.loads(page.inner_text("#share-preview"))
    assert preview["company"] == "Web Share AG" and "text" not in preview
    assert {a["question"] for a in preview["answers"]} == {"rml-001", "dei-001"}
    assert "Erika" not in page.inner_text("#share-preview")
    assert _hub_shares(hub_server, member.email) == []

    # Pick one note: the preview shows it before anything is sent.
    page.check("input[name=note_ids][value='1']")
    page.click("text=Update the preview")
    with_note = json.loads(page.inner_text("#share-preview"))
    assert with_note["text"] == "Erika said something about rml-001"
    assert _hub_shares(hub_server, member.email) == []

    page.click("#share-send")
    page.wait_for_selector("#share-done")
    shares = _hub_shares(hub_server, member.email)
    assert len(shares) == 1 and len(shares[0]["answers"]) == 2
    assert shares[0]["text"]["body"] == "Erika said something about rml-001"
    assert page.is_visible("#share-withdraw")

    page.click("#share-withdraw")
    page.wait_for_selector("#share-done")
    assert "Withdrawn" in page.inner_text("#share-done")
    assert _hub_shares(hub_server, member.email) == []
    assert not page.is_visible("#share-withdraw")


def test_without_a_sign_in_nothing_can_be_sent(
    share_page: Any, sharer: tuple[Server, Member, int], tmp_path: Path
) -> None:
    _, member, opp = sharer
    saved = member.root / "config" / "hub.json"
    kept = saved.read_bytes()
    saved.unlink()
    try:
        share_page.goto(f"/opportunities/{opp}/share")
        assert share_page.is_visible("#not-signed-in")
        share_page.click("#share-send")
        assert "not signed in to a hub" in share_page.content().lower()
        # The refusal is a 400, which the browser logs; nothing else may be.
        share_page.problems[:] = [p for p in share_page.problems if "400" not in p]
    finally:
        saved.write_bytes(kept)
        saved.chmod(0o600)
