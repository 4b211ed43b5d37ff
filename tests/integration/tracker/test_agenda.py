"""`today` and `timeline` at a fixed moment: what is due, what is coming, what happened."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from askback.app import Workspace, agenda, answers, contacts, interviews, opportunities, signals

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def _interview(ws: Workspace, opp: int, offset: timedelta, stage: str = "team") -> int:
    return interviews.add(ws, opportunity=opp, stage=stage, starts_at=NOW + offset).id


def test_today_lists_what_needs_you(workspace: Workspace) -> None:
    ws = workspace
    acme = opportunities.add(ws, company="Acme", role="DS", status="interviewing").id
    opportunities.add(ws, company="Wish", role="DS", status="interested")
    opportunities.add(ws, company="Offer", role="DS", status="offer")
    opportunities.add(ws, company="Sent", role="DS", status="applied")
    opportunities.add(ws, company="Done", role="DS", status="declined")
    for name, day in (("Overdue", 9), ("Due today", 10), ("Tomorrow", 11)):
        contacts.add(ws, name=name, follow_up=date(2025, 3, day))
    contacts.add(ws, name="No date")
    soon = _interview(ws, acme, timedelta(days=2))
    _interview(ws, acme, timedelta(days=8))
    unlogged = _interview(ws, acme, -timedelta(days=3), "screen")
    logged = _interview(ws, acme, -timedelta(days=2), "screen")
    answers.add(ws, logged, answers.NewAnswer(question_id="grow-001", rating=3))
    _interview(ws, acme, -timedelta(days=20), "screen")

    t = agenda.today(ws, at=NOW, days=7, tz="UTC")
    assert t.day == date(2025, 3, 10)
    assert [c.name for c in t.follow_ups] == ["Overdue", "Due today"]
    assert [i.id for i in t.upcoming] == [soon]
    assert [i.id for i in t.to_log] == [unlogged]
    assert sorted((o.company, why) for o, why in t.waiting) == [
        ("Offer", "decide on the offer"),
        ("Wish", "decide whether to apply"),
    ]
    assert not t.empty
    further = agenda.today(ws, at=NOW, days=9, tz="UTC")
    assert [i.starts_at - NOW for i in further.upcoming] == [timedelta(days=2), timedelta(days=8)]


def test_today_is_the_calendar_day_where_you_are(workspace: Workspace) -> None:
    contacts.add(workspace, name="Kenji", follow_up=date(2025, 3, 2))
    late = datetime(2025, 3, 1, 23, 30, tzinfo=UTC)  # already 2 March in Tokyo
    assert agenda.today(workspace, at=late, tz="UTC").follow_ups == []
    tokyo = agenda.today(workspace, at=late, tz="Asia/Tokyo")
    assert tokyo.day == date(2025, 3, 2)
    assert [c.name for c in tokyo.follow_ups] == ["Kenji"]


def test_timeline_tells_the_story_in_order(workspace: Workspace) -> None:
    ws = workspace
    opp = opportunities.add(ws, company="Acme", role="DS", status="applied", at=NOW).id
    opportunities.set_status(ws, opp, "interviewing", at=NOW + timedelta(days=1), note="booked")
    iv = interviews.add(
        ws,
        opportunity=opp,
        stage="team",
        starts_at=NOW + timedelta(days=3),
        timezone="Europe/Berlin",
        contacts=[contacts.add(ws, name="Jane").id],
    )
    for rating, flag in ((4, False), (2, True)):
        answers.add(
            ws,
            iv.id,
            answers.NewAnswer(
                question_id="grow-001",
                rating=rating,
                red_flag=flag,
                answered_at=NOW + timedelta(days=3, minutes=30),
            ),
        )
    signals.add(
        ws,
        opportunity=opp,
        source="employee-review",
        dimension="growth",
        rating=2,
        observed_on=date(2025, 3, 12),
        note="no promotions",
    )
    found, events = agenda.timeline(ws, "acme", tz="America/New_York")
    assert found.id == opp
    assert [e.kind for e in events] == [
        "created",
        "status",
        "status",
        "signal",
        "interview",
        "answers",
        "red flag",
    ]
    texts = [e.text for e in events]
    assert texts[2] == "status: interviewing (booked)"
    # Shown in the user's zone (tz=America/New_York), with the zone it was arranged in.
    assert texts[4] == "team interview at 08:00 EDT (13:00 CET Europe/Berlin) with Jane"
    assert texts[5] == "2 answers logged, mean rating 3.0, 1 red flag"
    signal = events[3]
    assert signal.all_day and not any(e.all_day for e in events if e is not signal)
    # A date-only signal is placed at midnight where the user is, so it keeps its day.
    assert signal.at == datetime(2025, 3, 12, tzinfo=ZoneInfo("America/New_York"))


def test_a_reopened_file_gives_the_same_agenda_without_the_engine(database_url: str) -> None:
    """A current SQLite file is read through plain sqlite3; the agenda is the same as the ORM's."""
    with Workspace.open(database_url) as ws:
        acme = opportunities.add(ws, company="Acme", role="DS", status="offer").id
        opportunities.add(ws, company="Wish", role="ML", status="interested")
        jane = contacts.add(ws, name="Jane", company="Acme", follow_up=date(2025, 3, 9)).id
        contacts.add(ws, name="Ada", follow_up=date(2025, 3, 10))
        contacts.add(ws, name="Later", follow_up=date(2025, 3, 11))
        bob = contacts.add(ws, name="Bob").id
        for offset in (timedelta(hours=1), timedelta(days=6, hours=23), -timedelta(days=13)):
            interviews.add(
                ws,
                opportunity=acme,
                stage="team",
                starts_at=NOW + offset,
                timezone="Asia/Tokyo",
                contacts=[bob, jane],
            )
        # A moment with microseconds: the stored text must still compare in time order.
        edge = NOW + timedelta(days=7, microseconds=-1)
        interviews.add(ws, opportunity=acme, stage="final", starts_at=edge)
        interviews.add(ws, opportunity=acme, stage="final", starts_at=NOW + timedelta(days=7))
        # Inside a transaction, with the engine open: the reads join it.
        with ws.transaction():
            through_engine = agenda.today(ws, at=NOW, days=7, tz="UTC")
    assert [i.starts_at for i in through_engine.upcoming][-1] == edge
    assert [c.name for c in through_engine.upcoming[0].contacts] == ["Jane", "Bob"]  # by id
    with Workspace.open(database_url) as again:
        plain = agenda.today(again, at=NOW, days=7, tz="UTC")
        if database_url.startswith("sqlite"):
            assert again._engine is None  # read through sqlite3 alone
    assert plain == through_engine
    assert [c.name for c in plain.follow_ups] == ["Jane", "Ada"]
    # Least recently active first: each interview added made Acme active again.
    assert [(o.label, why) for o, why in plain.waiting] == [
        ("Wish — ML", "decide whether to apply"),
        ("Acme — DS", "decide on the offer"),
    ]
    assert len(plain.upcoming) == 3 and len(plain.to_log) == 1
