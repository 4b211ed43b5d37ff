"""The interview screen's suggestion points at the bank question's red flag an answer echoes."""

from __future__ import annotations

import html

import httpx

from askback.bank.bank import load
from tests.integration.web.conftest import form_token

FLAGS = load().get("rml-001")


def _hint(client: httpx.Client, notes: str, question_id: str, lang: str = "en") -> str:
    token = form_token(client, "/")
    client.cookies.set("askback_lang", lang)
    response = client.post(
        "/analyze/answer",
        data={"csrf_token": token, "notes": notes, "key": "q-rml-001", "question_id": question_id},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    return html.unescape(response.text)


def test_a_red_flag_answer_is_pointed_out_next_to_the_suggestion(client: httpx.Client) -> None:
    page = _hint(client, "we'd score employees' Slack messages for flight risk", "rml-001")
    assert "red-flag-match" in page and FLAGS.red_flags[1] in page
    assert "Suggestion" in page  # the analyzer's own suggestion is still there


def test_in_german_the_flag_is_quoted_in_german(client: httpx.Client) -> None:
    page = _hint(client, "Wir bewerten die Nachrichten der Mitarbeitenden", "rml-001", "de")
    assert FLAGS.red_flags_in("de")[1] in page
    # English notes on a German page still match, and quote the German flag.
    page = _hint(client, "we'd score employees' Slack messages", "rml-001", "de")
    assert FLAGS.red_flags_in("de")[1] in page
    client.cookies.set("askback_lang", "en")


def test_no_pointer_without_a_bank_question_or_for_an_unrelated_answer(
    client: httpx.Client,
) -> None:
    assert "red-flag-match" not in _hint(client, "we'd score employees' messages", "")
    assert "red-flag-match" not in _hint(client, "we'd score employees' messages", "nope-1")
    assert "red-flag-match" not in _hint(
        client, "We ship weekly; on-call is one week in six.", "rml-001"
    )
