"""Cached pages never go stale: a write by another process shows on the next request."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx

from tests.e2e.server import Server


def test_a_write_from_another_process_shows_at_once(client: httpx.Client, server: Server) -> None:
    from askback.app import Workspace, opportunities

    assert client.get("/").status_code == 200  # built and cached
    with Workspace.open(f"sqlite:///{server.database}") as ws:
        row = opportunities.add(ws, company="Written Elsewhere KG", role="Analyst")
        assert "Written Elsewhere KG" in client.get("/").text
        page = client.get(f"/opportunities/{row.id}")
        assert "interested" in page.text
        opportunities.set_status(ws, row.id, "offer", note="from the CLI")
        page = client.get(f"/opportunities/{row.id}")
        assert "from the CLI" in page.text
        dashboard = client.get("/").text
        offer_column = dashboard.split('aria-label="offer"', 1)[1].split("</section>", 1)[0]
        assert "Written Elsewhere KG" in offer_column


def test_each_browser_gets_its_own_token_in_a_cached_page(server: Server) -> None:
    with server.client() as one, server.client() as two:
        a, b = one.get("/").text, two.get("/").text
        assert "placeholder" not in a and "placeholder" not in b
        token_a = one.cookies.get("askback_csrf")
        assert token_a and token_a != two.cookies.get("askback_csrf")
        assert a != b  # same page, different tokens


def test_the_assessment_names_answers_it_could_not_count(
    client: httpx.Client, server: Server
) -> None:
    from askback.app import Workspace, interviews, opportunities
    from askback.app import answers as answer_cases
    from askback.app.answers import NewAnswer

    with Workspace.open(f"sqlite:///{server.database}") as ws:
        opp = opportunities.add(ws, company="Loose Notes GmbH", role="Analyst")
        talk = interviews.add(
            ws, opportunity=opp.id, stage="screen", starts_at=datetime(2031, 1, 1, 9, 0, tzinfo=UTC)
        )
        (loose,) = answer_cases.add_many(
            ws, talk.id, [NewAnswer(question_text="Anything else?", rating=3)], analyze=False
        )
    page = client.get(f"/opportunities/{opp.id}").text
    note = page.split('id="not-counted">', 1)[1].split("</p>", 1)[0]
    assert f"answer #{loose.id}" in note and "1 answer not counted: it has" in note


def test_a_german_page_writes_the_fit_with_a_decimal_comma(server: Server) -> None:
    from askback.app import Workspace, opportunities

    with Workspace.open(f"sqlite:///{server.database}") as ws:
        opp = opportunities.add(ws, company="Komma AG", role="Analyst")
    with server.client(cookies={"askback_lang": "de"}) as german, server.client() as english:
        fit_de = german.get(f"/opportunities/{opp.id}").text.split("<strong>", 1)[1][:12]
        fit_en = english.get(f"/opportunities/{opp.id}").text.split("<strong>", 1)[1][:12]
    assert re.match(r"\d,\d</strong>", fit_de), fit_de
    assert re.match(r"\d\.\d</strong>", fit_en), fit_en
