"""The core forms work without JavaScript: plain POSTs, redirects, pages that show the result."""

from __future__ import annotations

import html
import json
import re

import httpx

from tests.integration.web.conftest import form_token, shown, token_from


def _post(
    client: httpx.Client, path: str, data: dict[str, object], page: str = "/"
) -> httpx.Response:
    token = form_token(client, page)
    response = client.post(path, data={**data, "csrf_token": token})
    assert response.status_code == 303, response.text[:500]
    return client.get(response.headers["location"])


def _id(url: httpx.URL, kind: str) -> int:
    found = re.search(rf"/{kind}/(\d+)", str(url))
    assert found
    return int(found.group(1))


def test_track_an_opportunity_log_an_answer_and_see_it_assessed(client: httpx.Client) -> None:
    page = _post(
        client,
        "/opportunities",
        {
            "company": "Formwerk AG",
            "role": "Data Scientist",
            "status": "applied",
            "pay_min": "70000",
            "pay_max": "80000",
            "currency": "eur",
            "remote": "hybrid",
        },
    )
    assert "Formwerk AG" in page.text and "€70,000–80,000" in page.text
    opp = _id(page.url, "opportunities")

    page = _post(
        client,
        f"/opportunities/{opp}/status",
        {"status": "interviewing", "note": "invited"},
        f"/opportunities/{opp}",
    )
    assert "invited" in page.text

    page = _post(
        client,
        f"/opportunities/{opp}/interviews",
        {
            "stage": "team",
            "starts_at": "2030-03-14T15:30",
            "timezone": "Europe/Berlin",
            "duration_minutes": "45",
            "new_contact_name": "Petra Peer",
            "new_contact_audience": "peer",
        },
        f"/opportunities/{opp}",
    )
    assert "Petra Peer" in page.text
    assert "Thu, Mar 14, 2030 14:30 UTC (15:30 CET Europe/Berlin)" in shown(page.text)
    interview = _id(page.url, "interviews")
    contact = re.search(r'<option value="(\d+)"[^>]*>Petra Peer</option>', page.text)
    assert contact

    saved = client.post(
        f"/interviews/{interview}/answers",
        data={
            "csrf_token": token_from(page.text),
            "key": "q-rml-026",
            "question_id": "rml-026",
            "notes": "Nobody may switch a model off without the VP.",
            "rating": "2",
            "contact_id": contact.group(1),
        },
    )
    assert saved.status_code == 303
    assert saved.headers["location"] == f"/interviews/{interview}#row-q-rml-026"
    page = client.get(f"/interviews/{interview}")
    assert "Nobody may switch a model off without the VP." in page.text
    answer = re.search(r'name="answer_id" id="answer-id-(a\d+)" value="(\d+)"', page.text)
    assert answer

    # Saving the same row again edits that answer instead of adding another.
    client.post(
        f"/interviews/{interview}/answers",
        data={
            "csrf_token": token_from(page.text),
            "key": answer.group(1),
            "answer_id": answer.group(2),
            "question_id": "rml-026",
            "notes": "Only the VP may switch a model off.",
            "rating": "",
            "red_flag": "1",
        },
    )
    page = client.get(f"/interviews/{interview}")
    assert page.text.count('name="answer_id" id="answer-id-a') == 1
    assert "Only the VP may switch a model off." in page.text

    assessment = client.get(f"/opportunities/{opp}").text
    assert "Only the VP may switch a model off." in assessment  # moved the estimate
    assert client.get("/").status_code == 200


def test_profile_weights_and_deal_breakers_save_without_javascript(client: httpx.Client) -> None:
    form = {
        "weight-responsible-ml": "10",
        "at_least-responsible-ml": "3",
        "confidence-responsible-ml": "0.9",
        "weight-growth": "2",
        "must_ask": "rml-001\ndei-001",
    }
    page = _post(client, "/profile", form, "/profile")
    assert "Profile saved." in page.text
    assert re.search(r'id="weight-responsible-ml"[^>]*value="10"', page.text)
    assert re.search(r'<option value="3" selected>3</option>', page.text)
    assert re.search(r'<option value="0.9" selected>90 %</option>', page.text)
    assert "rml-001\ndei-001" in page.text


def test_a_bad_form_value_gets_a_clear_message_and_changes_nothing(client: httpx.Client) -> None:
    token = form_token(client, "/opportunities")
    response = client.post(
        "/opportunities",
        data={"company": "Broken Pay", "role": "x", "pay_min": "lots", "csrf_token": token},
    )
    assert response.status_code == 400
    assert "Pay from: “lots” is not a whole number" in html.unescape(response.text)
    response = client.post(
        "/opportunities",
        data={
            "company": "Broken Range",
            "role": "x",
            "pay_min": "9",
            "pay_max": "1",
            "csrf_token": token,
        },
    )
    assert response.status_code == 400
    listing = client.get("/opportunities").text
    assert "Broken Pay" not in listing and "Broken Range" not in listing


def test_language_switch_to_german_and_back(client: httpx.Client) -> None:
    page = _post(client, "/settings/language", {"lang": "de", "next": "/questions"}, "/settings")
    assert str(page.url).endswith("/questions")
    assert '<html lang="de">' in page.text and "Fragenkatalog" in page.text
    assert "Welche" in page.text or "Wie" in page.text  # question texts in German
    page = _post(client, "/settings/language", {"lang": "en", "next": "//evil.example"})
    assert str(page.url).endswith("/settings")  # never redirected off-site
    assert '<html lang="en">' in page.text


def test_export_then_import_round_trip(client: httpx.Client) -> None:
    _post(client, "/contacts", {"name": "Export Erna", "how_met": "meetup"}, "/contacts")
    exported = client.get("/data/export.json")
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    doc = exported.json()
    assert any(c["name"] == "Export Erna" for c in doc["contacts"])
    token = form_token(client, "/data")
    # An upload's token travels in the URL, as the page's form sends it: checked before the body.
    checked = client.post(
        "/data/import",
        params={"csrf_token": token},
        data={"mode": "merge", "dry_run": "1"},
        files={"file": ("export.json", json.dumps(doc), "application/json")},
    )
    assert checked.status_code == 200 and "Would import" in checked.text
    broken = client.post(
        "/data/import",
        params={"csrf_token": token},
        data={"mode": "merge"},
        files={"file": ("broken.json", "{not json", "application/json")},
    )
    assert broken.status_code == 400 and "not valid JSON" in broken.text
    for path, kind in (("/data/export-csv.zip", "zip"), ("/data/interviews.ics", "calendar")):
        response = client.get(path)
        assert response.status_code == 200 and kind in response.headers["content-type"]


def test_user_text_is_escaped_in_every_page(client: httpx.Client) -> None:
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&"
    page = _post(client, "/opportunities", {"company": payload, "role": payload, "notes": payload})
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text
