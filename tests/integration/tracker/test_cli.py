"""The tracker CLI end to end, on both backends: each command calls the core and renders."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from tests.integration.tracker.helpers import cli, snapshot


def test_track_an_opportunity_from_the_cli(database_url: str) -> None:
    url = database_url
    assert (
        cli(
            url,
            "opportunity",
            "add",
            "Acme",
            "Data Scientist",
            "--status",
            "applied",
            "--pay",
            "70-85k EUR",
            "--location",
            "Berlin",
            "--remote",
            "hybrid",
            "--link",
            "https://acme.example/job",
        ).code
        == 0
    )
    assert (
        cli(
            url,
            "contact",
            "add",
            "Jane Doe",
            "--role",
            "Head of Data",
            "--company",
            "Acme",
            "--audience",
            "hiring-manager",
            "--met",
            "meetup",
            "--tag",
            "pydata,berlin",
        ).code
        == 0
    )
    added = cli(
        url,
        "interview",
        "add",
        "acme",
        "--stage",
        "team",
        "--at",
        "2031-03-14 15:00",
        "--tz",
        "Europe/Berlin",
        "--with",
        "Jane Doe",
        "--with",
        "Sam Lee",
        "--duration",
        "45",
    )
    assert added.code == 0, added.error
    assert "new contact: Sam Lee" in added.output
    qid = "grow-001"
    assert (
        cli(
            url,
            "answer",
            "add",
            "1",
            "-q",
            qid,
            "--rating",
            "4",
            "--contact",
            "Jane",
            "--notes",
            "Five levels, written down",
        ).code
        == 0
    )
    assert (
        cli(
            url, "answer", "add", "1", "--text", "How do you deploy?", "--rating", "1", "--red-flag"
        ).code
        == 0
    )
    assert (
        cli(
            url,
            "signal",
            "add",
            "acme",
            "--source",
            "job-ad",
            "-d",
            "growth",
            "--rating",
            "2",
            "--note",
            "nothing on growth",
        ).code
        == 0
    )
    assert cli(url, "opportunity", "status", "acme", "interviewing", "--note", "booked").code == 0

    shown = json.loads(cli(url, "opportunity", "show", "acme", "--json").output)
    assert shown["status"] == "interviewing"
    assert [h["status"] for h in shown["status_history"]] == ["applied", "interviewing"]
    assert (shown["pay_min"], shown["pay_max"], shown["currency"]) == (70000, 85000, "EUR")
    interview = shown["interviews"][0]
    assert interview["contacts"] == ["Jane Doe", "Sam Lee"]
    assert interview["timezone"] == "Europe/Berlin"
    assert interview["starts_at"] == "2031-03-14T14:00:00Z"
    assert [
        (a["question_id"], a["rating"], a["red_flag"], a["contact"]) for a in interview["answers"]
    ] == [
        (qid, 4, False, "Jane Doe"),
        (None, 1, True, None),
    ]
    assert shown["signals"][0]["note"] == "nothing on growth"

    listed = json.loads(cli(url, "opportunity", "list", "--json").output)
    assert [(o["company"], o["interviews"], o["answers"]) for o in listed] == [("Acme", 1, 2)]
    people = json.loads(cli(url, "contact", "list", "--json").output)
    assert [p["name"] for p in people] == ["Jane Doe", "Sam Lee"]
    assert people[0]["tags"] == ["pydata", "berlin"]
    answers = json.loads(cli(url, "answer", "list", "--red-flags", "--json").output)
    assert [a["question_text"] for a in answers] == ["How do you deploy?"]
    human = cli(url, "opportunity", "show", "acme")
    assert "Acme" in human.output and "RED FLAG" in human.output


def test_edit_and_delete_from_the_cli(database_url: str) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    cli(url, "contact", "add", "Jane")
    cli(
        url,
        "interview",
        "add",
        "acme",
        "--stage",
        "screen",
        "--at",
        "2025-01-02 10:00",
        "--tz",
        "UTC",
    )
    cli(url, "answer", "add", "1", "--text", "Q?", "--rating", "3")
    cli(url, "signal", "add", "acme", "--source", "chat", "-d", "growth")
    cli(url, "custom-question", "add", "How many people left last year?", "-d", "growth")
    assert (
        cli(url, "opportunity", "edit", "acme", "--role", "Senior DS", "--remote", "remote").code
        == 0
    )
    assert cli(url, "contact", "edit", "Jane", "--follow-up", "2025-05-01").code == 0
    assert cli(url, "interview", "edit", "1", "--stage", "team", "--with", "Jane").code == 0
    assert cli(url, "answer", "edit", "1", "--unrated", "--red-flag").code == 0
    assert cli(url, "signal", "edit", "1", "--rating", "4").code == 0
    data = snapshot(url)
    assert data["opportunities"][0]["role"] == "Senior DS"
    assert data["contacts"][0]["follow_up"] == "2025-05-01"
    assert data["interviews"][0]["stage"] == "team"
    assert data["interviews"][0]["contact_ids"] == [1]
    assert (data["answers"][0]["rating"], data["answers"][0]["red_flag"]) == (None, True)
    assert data["signals"][0]["rating"] == 4
    # Saying no to a confirmation changes nothing.
    refused = cli(url, "opportunity", "delete", "acme", input="n\n")
    assert refused.code == 1
    assert snapshot(url) == data
    for args in (
        ("answer", "delete", "1", "--yes"),
        ("signal", "delete", "1", "--yes"),
        ("interview", "delete", "1", "--yes"),
        ("contact", "delete", "Jane", "--yes"),
        ("custom-question", "delete", "my-how-many-people-left-last-year", "--yes"),
        ("opportunity", "delete", "acme", "--yes"),
    ):
        assert cli(url, *args).code == 0, args
    after = snapshot(url)
    assert all(after[t] == [] for t in ("opportunities", "contacts", "answers", "custom_questions"))


def test_user_errors_are_one_clear_line(database_url: str) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS")
    before = snapshot(url)
    cases = [
        (("opportunity", "show", "globex"), "no opportunity matches 'globex'"),
        (("opportunity", "status", "acme", "ghosted"), "unknown status 'ghosted'"),
        (("contact", "add", "Jane", "--follow-up", "2025-02-30"), "impossible date"),
        (
            ("interview", "add", "acme", "--stage", "team", "--at", "2025-02-30 10:00"),
            "impossible date",
        ),
        (("interview", "add", "acme", "--stage", "team", "--tz", "Mars/Base"), "unknown time zone"),
        (("opportunity", "add", "X", "Y", "--pay", "competitive"), "cannot read pay"),
    ]
    for args, message in cases:
        run = cli(url, *args)
        assert run.code == 1, args
        assert message in run.error, (args, run.error)
    assert snapshot(url) == before


def test_today_and_timeline(database_url: str) -> None:
    url = database_url
    cli(url, "opportunity", "add", "Acme", "DS", "--status", "interviewing")
    cli(url, "opportunity", "add", "Globex", "MLE", "--status", "offer")
    cli(url, "contact", "add", "Jane", "--follow-up", "2020-01-01")
    cli(url, "contact", "add", "Later", "--follow-up", "2999-01-01")
    soon = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    cli(url, "interview", "add", "acme", "--stage", "final", "--at", soon, "--tz", "UTC")
    today = json.loads(cli(url, "today", "--json").output)
    assert [f["name"] for f in today["follow_ups"]] == ["Jane"]
    assert [u["opportunity"] for u in today["upcoming"]] == ["Acme — DS"]
    assert [(w["opportunity"], w["next"]) for w in today["waiting"]] == [
        ("Globex — MLE", "decide on the offer")
    ]
    assert "Follow-ups due" in cli(url, "today").output
    events = json.loads(cli(url, "timeline", "acme", "--json").output)
    assert [e["kind"] for e in events] == ["created", "status", "interview"]
    assert "final interview" in cli(url, "timeline", "acme").output


def test_networking_contacts_from_the_cli(database_url: str) -> None:
    url = database_url
    past = (date.today() - timedelta(days=1)).isoformat()
    later = (date.today() + timedelta(days=30)).isoformat()
    added = cli(
        url,
        "contact",
        "add",
        "Ana Ruiz",
        "--met",
        "online-event",
        "--tag",
        "pydata-virtual",
        "--notes",
        "Asked about her drift-monitoring talk",
        "--follow-up",
        past,
        "--json",
    )
    assert added.code == 0, added.error
    assert json.loads(added.output)["how_met"] == "online-event"
    cli(
        url,
        "contact",
        "add",
        "Omar",
        "--met",
        "LinkedIn message after a webinar",
        "--follow-up",
        later,
    )
    due = json.loads(cli(url, "contact", "list", "--due", "--json").output)
    assert [(c["name"], c["follow_up"]) for c in due] == [("Ana Ruiz", past)]
    assert [f["name"] for f in json.loads(cli(url, "today", "--json").output)["follow_ups"]] == [
        "Ana Ruiz"
    ]
    shown = cli(url, "contact", "show", "Omar").output
    assert "LinkedIn message after a webinar" in shown and later in shown
    assert cli(url, "contact", "edit", "Ana", "--follow-up", "").code == 0
    assert json.loads(cli(url, "contact", "list", "--due", "--json").output) == []
