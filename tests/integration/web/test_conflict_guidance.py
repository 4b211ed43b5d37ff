"""The web assessment explains a conflict and what would settle it, in English and German."""

from __future__ import annotations

import html

from askback.app import Workspace
from askback.domain.guidance import conflict_guidance
from tests.e2e.server import Server
from tests.integration.evidence.scenario import RML, acme
from tests.integration.web.conftest import form_token


def test_the_conflict_comes_with_guidance_in_both_languages(server: Server) -> None:
    with Workspace.open(f"sqlite:///{server.database}") as ws:
        from askback.app import evidence

        case = acme(ws)
        conflict = evidence.assess(ws, case.opp.id)[RML].conflict
    assert conflict is not None
    with server.client() as client:
        page = client.get(f"/opportunities/{case.opp.id}").text
        assert "What it means and what would settle it" in page
        for line in conflict_guidance(conflict, "en").lines():
            assert html.escape(line, quote=True) in page, line
        assert "how the team and its leads responded" in page
        # The verdict says why it is not clear although the pooled risk is low.
        assert "sources disagree across the line" in page

        token = form_token(client, "/settings")
        switched = client.post(
            "/settings/language", data={"lang": "de", "next": "/", "csrf_token": token}
        )
        assert switched.status_code == 303
        german = client.get(f"/opportunities/{case.opp.id}").text
        assert "Was das bedeutet und was es klären würde" in german
        for line in conflict_guidance(conflict, "de").lines():
            assert html.escape(line, quote=True) in german, line
        assert "wie das Team und seine Führung reagiert haben" in german
        assert "What it means" not in german


def test_the_concreteness_hint_says_it_does_not_weigh_the_answer(server: Server) -> None:
    with server.client() as client:
        token = form_token(client)
        notes = "Their review board of five stopped a churn model in March 2024."
        hint = client.post("/analyze/answer", data={"notes": notes, "csrf_token": token})
        assert hint.status_code == 200
        assert "it never changes how much the answer counts" in hint.text
