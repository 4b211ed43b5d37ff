"""Starter kits on the web: listed from the bank page, one page per kit, printable sheets."""

from __future__ import annotations

import httpx


def test_bank_page_links_to_the_kits(client: httpx.Client) -> None:
    bank = client.get("/questions")
    assert bank.status_code == 200 and 'href="/questions/kits"' in bank.text
    kits = client.get("/questions/kits")
    assert kits.status_code == 200
    assert "Gender diversity: active measures or wishes?" in kits.text
    assert 'href="/questions/kits/ml-ethics"' in kits.text


def test_kit_page_lists_questions_in_order_with_whom_and_when(client: httpx.Client) -> None:
    page = client.get("/questions/kits/gender-diversity")
    assert page.status_code == 200
    text = page.text
    first, last = text.index('href="/questions/dei-007"'), text.index('href="/questions/dei-027"')
    assert first < last
    assert "Reading mixed signals" in text and "Whom to ask" in text


def test_kit_sheets_and_unknown_kit(client: httpx.Client) -> None:
    html = client.get("/questions/kits/ml-ethics.html")
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert html.text.count("<article") == 12
    md = client.get("/questions/kits/ml-ethics.md")
    assert md.status_code == 200 and md.text.startswith("# ML ethics and bias")
    assert client.get("/questions/kits/nope").status_code == 404
    assert client.get("/questions/kits/" + "g" * 5000).status_code == 404
    assert client.get("/questions/kits/ml-ethics.exe").status_code in (400, 422)


def test_a_retired_question_id_redirects_to_the_kept_question(client: httpx.Client) -> None:
    old = client.get("/questions/rml-032", follow_redirects=False)
    assert old.status_code == 301 and old.headers["location"] == "/questions/rml-001"
    assert client.get("/questions/rml-032", follow_redirects=True).status_code == 200
    assert client.get("/questions/rml-999").status_code == 404
