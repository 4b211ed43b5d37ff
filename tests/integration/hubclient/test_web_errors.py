"""A hub that cannot be used is named on the web page in the page's language, not in English."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from askback.app import Workspace
from askback.hubclient.login import Login, save
from tests.e2e.server import free_port, running_server
from tests.integration.hubclient.test_store import _opportunity
from tests.integration.web.conftest import form_token


def test_an_unreachable_hub_is_worded_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    monkeypatch.setenv("ASKBACK_CONFIG_DIR", str(config))
    save(Login(url=dead, email="me@example.org", token="abh_" + "x" * 40, token_id=1))
    with running_server(tmp_path, env={"ASKBACK_CONFIG_DIR": str(config)}) as srv:
        with Workspace.open(f"sqlite:///{srv.database}") as ws:
            opp = _opportunity(ws, "Alpha", {"rml-001": 2})
        with srv.client() as client:
            english = client.post(
                f"/opportunities/{opp}/share",
                data={"action": "send", "csrf_token": form_token(client)},
            )
            assert english.status_code == 422
            assert "cannot reach the hub; is the address right and the hub up?" in english.text

            token = form_token(client, "/settings")
            client.post("/settings/language", data={"lang": "de", "next": "/", "csrf_token": token})
            german = client.post(
                f"/opportunities/{opp}/share",
                data={"action": "send", "csrf_token": form_token(client)},
            )
            assert german.status_code == 422
            text = html.unescape(german.text)
            assert "der Hub ist nicht erreichbar; stimmt die Adresse, und läuft der Hub?" in text
            assert "cannot reach the hub" not in text
            # Where it tried is still named, so the user can check the address.
            assert f"PUT {dead}/api/v1/shares" in text
