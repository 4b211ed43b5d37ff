"""Pages the audit of the web app added to: must-ask questions, coming interviews, contacts."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

import httpx

from tests.integration.web.conftest import form_token, shown


def _post(client: httpx.Client, path: str, data: dict[str, object], page: str = "/") -> str:
    response = client.post(path, data={**data, "csrf_token": form_token(client, page)})
    assert response.status_code == 303, response.text[:500]
    return str(response.headers["location"])


def _must_ask(client: httpx.Client) -> list[str]:
    page = client.get("/profile").text
    found = re.search(r"<textarea id=\"must_ask\"[^>]*>(.*?)</textarea>", page, re.S)
    assert found
    return found.group(1).split()


def _coming(client: httpx.Client, qid: str) -> str:
    found = re.search(
        r'<ul class="small" id="coming-interviews">(.*?)</ul>',
        client.get(f"/questions/{qid}").text,
        re.S,
    )
    assert found
    return found.group(1)


def test_a_question_goes_on_the_must_ask_list_and_comes_off_again(client: httpx.Client) -> None:
    qid = "rml-001"  # for the team stage and the backchannel, hiring managers and peers
    opp = _post(client, "/opportunities", {"company": "Mustask AG", "role": "DS"}, "/opportunities")
    soon = (date.today() + timedelta(days=3)).isoformat()
    for stage, who in (("team", "peer"), ("screen", "peer"), ("team", "recruiter")):
        _post(
            client,
            f"{opp}/interviews",
            {
                "stage": stage,
                "starts_at": f"{soon}T10:00",
                "new_contact_name": f"{stage} {who}",
                "new_contact_audience": who,
            },
            opp,
        )
    location = _post(client, "/plan/add", {"question_id": qid}, f"/questions/{qid}")
    assert location.startswith(f"/questions/{qid}?added=1")
    assert qid in _must_ask(client)
    page = client.get(location).text
    assert "Added to your must-ask list." in page
    coming = [li for li in _coming(client, qid).split("<li>") if "Mustask AG" in li]
    screen_li = next(li for li in coming if "· screen" in li)
    assert "not for this stage" in screen_li
    badges = sorted(re.findall(r'class="badge[^"]*">([^<]+)<', "".join(coming)))
    assert badges == ["not for these people", "not for this stage", "suits it"]
    suited = next(li for li in coming if "suits it" in li)
    interview = re.search(rf"/interviews/(\d+)\?ask={qid}", suited)
    assert interview

    # The question asked for by id is on that interview's screen, ready for notes.
    screen = f"/interviews/{interview.group(1)}"
    assert f'id="row-q-{qid}"' in client.get(screen, params={"ask": qid}).text
    assert "added by you" in client.get(screen, params={"ask": qid}).text
    assert "added by you" not in client.get(screen).text

    _post(client, "/plan/remove", {"question_id": qid}, f"/questions/{qid}")
    assert qid not in _must_ask(client)
    assert "On your must-ask list." not in client.get(f"/questions/{qid}").text


def test_contacts_show_their_opportunity_and_the_follow_ups_due(client: httpx.Client) -> None:
    opp = _post(
        client, "/opportunities", {"company": "Netzwerk KG", "role": "DS"}, "/opportunities"
    )
    opp_id = opp.rsplit("/", 1)[1]
    day = date.today() - timedelta(days=1)
    yesterday = day.isoformat()
    # The page writes the day in English as "Dec 2, 2026".
    written = f"{day:%b} {day.day}, {day.year}"
    person = _post(
        client,
        "/contacts",
        {
            "name": "Nele Netz",
            "how_met": "online-event",
            "follow_up": yesterday,
            "opportunity_id": opp_id,
        },
        "/contacts",
    )
    _post(
        client,
        f"{opp}/interviews",
        {"stage": "screen", "starts_at": "2031-01-01T09:00", "contact_ids": person.rsplit("/")[-1]},
        opp,
    )
    listed = client.get("/contacts", params={"q": "Nele Netz"}).text
    row = re.search(r"<tr><td><a href=\"/contacts/\d+\">Nele Netz</a>.*?</tr>", listed, re.S)
    assert row, listed
    assert "online-event" in row.group(0) and f'href="/opportunities/{opp_id}"' in row.group(0)
    assert written in row.group(0) and ">due<" in row.group(0)
    assert "Nele Netz" in client.get("/contacts", params={"due": "1"}).text

    page = client.get(person).text
    assert re.search(r'id="their-opportunities">\s*<li><a href="/opportunities/' + opp_id, page)
    assert re.search(r'id="their-interviews">\s*<li><a href="/interviews/\d+">Netzwerk KG', page)
    _post(client, f"{person}/followed-up", {}, person)
    assert written not in client.get(person).text
    assert "Nele Netz" not in client.get("/contacts", params={"due": "1"}).text


def test_weekdays_and_whom_to_ask_follow_the_language(client: httpx.Client) -> None:
    opp = _post(client, "/opportunities", {"company": "Sprache SE", "role": "DS"}, "/opportunities")
    interview = _post(
        client,
        f"{opp}/interviews",
        {
            "stage": "team",
            "starts_at": "2031-01-06T09:00",  # a Monday
            "timezone": "Europe/Berlin",
            "new_contact_name": "Lena Lead",
            "new_contact_audience": "hiring-manager",
        },
        opp,
    )
    english = shown(client.get(interview).text)
    assert "Mon, Jan 6, 2031 08:00 UTC (09:00 CET Europe/Berlin)" in english
    assert "Lena Lead (hiring manager)" in english
    _post(client, "/settings/language", {"lang": "de", "next": "/"}, "/settings")
    try:
        german = shown(client.get(interview).text)
        assert "Mo., 6. Jan. 2031 08:00 UTC (09:00 CET Europe/Berlin)" in german
        assert "Lena Lead (Teamleitung)" in german
    finally:
        _post(client, "/settings/language", {"lang": "en", "next": "/"}, "/settings")


def test_one_row_sent_twice_is_stored_once(client: httpx.Client) -> None:
    """A closing tab's beacon and its restored draft carry the same new row: one answer."""
    opp = _post(client, "/opportunities", {"company": "Twice AG", "role": "DS"}, "/opportunities")
    interview = _post(
        client,
        f"{opp}/interviews",
        {"stage": "team", "starts_at": "2031-02-03T10:00", "new_contact_name": "Tim Twice"},
        opp,
    )
    row = {"key": "new", "question_text": "Who reviews models?", "dimension": "responsible-ml"}
    for notes in ("Nobody, really.", "Nobody, really.", "A board, monthly."):
        _post(client, f"{interview}/answers", {**row, "notes": notes}, interview)
    page = client.get(interview).text
    assert page.count(">Nobody, really.</textarea>") == 1
    assert page.count(">A board, monthly.</textarea>") == 1


def test_question_page_shows_the_german_guidance(client: httpx.Client) -> None:
    from askback.bank import load

    q = next(q for q in load().questions if q.fully_translated("de"))
    de = q.localized("de")
    english = html.unescape(client.get(f"/questions/{q.id}").text)
    assert q.why in english and de.why not in english
    long = next(x for x in load().questions if x.spoken)
    page = re.sub(r"<[^>]+>", "", html.unescape(client.get(f"/questions/{long.id}").text))
    assert f"Say it: {long.spoken}" in page
    _post(client, "/settings/language", {"lang": "de", "next": "/"}, "/settings")
    try:
        german = html.unescape(client.get(f"/questions/{q.id}").text)
        for text in (de.why, *de.green_flags, *de.red_flags, de.rubric.five, *de.follow_ups):
            assert text in german, text
        assert q.why not in german and q.follow_ups[0] not in german
        long = next(x for x in load().questions if x.spoken and x.fully_translated("de"))
        page = html.unescape(client.get(f"/questions/{long.id}").text)
        assert f"Kurz gesagt: {long.spoken_in('de')}" in re.sub(r"<[^>]+>", "", page)
        guidance = german[german.index("<h1>") : german.index('id="plan-h"')]
        assert 'lang="en"' not in guidance and "Englisch" not in guidance
    finally:
        _post(client, "/settings/language", {"lang": "en", "next": "/"}, "/settings")


def test_cheat_sheet_and_interview_guidance_follow_the_language(client: httpx.Client) -> None:
    from askback.bank import load

    bank = load()
    opp = _post(
        client, "/opportunities", {"company": "Spickzettel AG", "role": "DS"}, "/opportunities"
    )
    interview = _post(
        client,
        f"{opp}/interviews",
        {"stage": "team", "starts_at": "2031-02-03T10:00", "timezone": "Europe/Berlin"},
        opp,
    )
    iid = interview.rstrip("/").rsplit("/", 1)[-1]
    _post(client, "/settings/language", {"lang": "de", "next": "/"}, "/settings")
    try:
        for path in (f"/interviews/{iid}/sheet", interview):
            page = html.unescape(client.get(path).text)
            shown = [q for q in bank.questions if q.text_in("de") in page]
            assert shown, path
            for q in shown:
                de = q.localized("de")
                assert de.green_flags[0] in page and q.green_flags[0] not in page, (path, q.id)
    finally:
        _post(client, "/settings/language", {"lang": "en", "next": "/"}, "/settings")


def test_interview_screen_plan_and_sheet_say_the_short_form_and_keep_the_full_question(
    client: httpx.Client,
) -> None:
    from askback.bank import load

    bank = load()
    qid = "rml-001"  # a long question with a spoken form
    q = bank.get(qid)
    assert q.spoken
    opp = _post(
        client, "/opportunities", {"company": "Spoken GmbH", "role": "DS"}, "/opportunities"
    )
    soon = (date.today() + timedelta(days=2)).isoformat()
    _post(
        client,
        f"{opp}/interviews",
        {
            "stage": "team",
            "starts_at": f"{soon}T10:00",
            "new_contact_name": "Pat Peer",
            "new_contact_audience": "peer",
        },
        opp,
    )
    listed = re.search(r'href="(/interviews/\d+)"', client.get(opp).text)
    assert listed
    screen = html.unescape(client.get(listed.group(1), params={"ask": qid}).text)
    heading = re.search(rf'<h2 id="qh-q-{qid}">(.*?)</h2>', screen, re.S)
    assert heading and heading.group(1).strip() == q.spoken
    assert f"Full question: {q.text}" in screen

    # The plan and its printed sheet: every planned long question is said short, kept in full.
    interview_id = listed.group(1).rsplit("/", 1)[1]
    plan = html.unescape(client.get(f"{opp}/plan", params={"interview": interview_id}).text)
    planned = [bank.get(i) for i in dict.fromkeys(re.findall(r"/questions/([a-z]+-\d{3})", plan))]
    long = [p for p in planned if p.spoken]
    assert long, "the plan should hold at least one long question"
    sheet = html.unescape(
        client.get(f"{opp}/plan", params={"interview": interview_id, "sheet": "1"}).text
    )
    for page in (plan, sheet):
        for item in long:
            if item.text in page:  # the sheet may hold only the first few
                assert page.index(item.spoken) < page.index(f"Full question: {item.text}")
    assert any(item.text in sheet for item in long)
