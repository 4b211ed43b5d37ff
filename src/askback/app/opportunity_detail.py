"""One opportunity with its history, interviews, answers and signals, read in plain SQL.

`askback opportunity show` runs many times a day; SQLAlchemy's ORM costs more to import than
the rest of the command, so this read returns frozen rows instead of ORM objects, in the
order the ORM's relationships use.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from askback.app.opportunities import OpportunityRow, find
from askback.app.workspace import Workspace
from askback.store.rows import day, utc_required


@dataclass(frozen=True)
class ContactRef:
    """The contact an answer or interview names."""

    id: int
    name: str
    audience: str


@dataclass(frozen=True)
class StatusStep:
    status: str
    changed_at: datetime
    note: str


@dataclass(frozen=True)
class AnswerView:
    id: int
    question_id: str | None
    question_text: str | None
    dimension: str | None
    notes: str
    rating: int | None
    red_flag: bool
    answered_at: datetime
    contact: ContactRef | None


@dataclass(frozen=True)
class InterviewView:
    id: int
    stage: str
    starts_at: datetime
    timezone: str
    duration_minutes: int | None
    location: str | None
    notes: str
    contacts: tuple[ContactRef, ...]
    answers: tuple[AnswerView, ...]


@dataclass(frozen=True)
class SignalView:
    id: int
    source: str
    dimension: str
    rating: int | None
    red_flag: bool
    note: str
    url: str | None
    observed_on: date | None


@dataclass(frozen=True)
class OpportunityDetail(OpportunityRow):
    """An opportunity's columns plus its status history, interviews and signals."""

    status_changes: tuple[StatusStep, ...] = ()
    interviews: tuple[InterviewView, ...] = ()
    signals: tuple[SignalView, ...] = ()


def detail(ws: Workspace, ref: str | int) -> OpportunityDetail:
    """The opportunity `ref` names (id or company), with everything recorded about it."""
    found = find(ws, ref)
    params = {"owner": ws.owner, "opp": found.id}
    with ws.query() as q:
        steps = q(
            "SELECT status, changed_at, note FROM status_changes"
            " WHERE opportunity_id = :opp AND owner = :owner ORDER BY changed_at, id",
            **params,
        )
        interviews = q(
            "SELECT id, stage, starts_at, timezone, duration_minutes, location, notes"
            " FROM interviews WHERE opportunity_id = :opp AND owner = :owner"
            " ORDER BY starts_at, id",
            **params,
        )
        people = q(
            "SELECT ic.interview_id, c.id, c.name, c.audience FROM interview_contacts ic"
            " JOIN contacts c ON c.id = ic.contact_id"
            " JOIN interviews i ON i.id = ic.interview_id"
            " WHERE i.opportunity_id = :opp AND i.owner = :owner ORDER BY c.id",
            **params,
        )
        answers = q(
            "SELECT a.id, a.interview_id, a.question_id, a.question_text, a.dimension, a.notes,"
            " a.rating, a.red_flag, a.answered_at, c.id AS contact_id, c.name, c.audience"
            " FROM answers a JOIN interviews i ON i.id = a.interview_id"
            " LEFT JOIN contacts c ON c.id = a.contact_id"
            " WHERE i.opportunity_id = :opp AND a.owner = :owner"
            " ORDER BY a.answered_at, a.id",
            **params,
        )
        signals = q(
            "SELECT id, source, dimension, rating, red_flag, note, url, observed_on FROM signals"
            " WHERE opportunity_id = :opp AND owner = :owner ORDER BY id",
            **params,
        )
    contacts: dict[int, list[ContactRef]] = {}
    for p in people:
        contacts.setdefault(p["interview_id"], []).append(
            ContactRef(p["id"], p["name"], p["audience"])
        )
    said: dict[int, list[AnswerView]] = {}
    for a in answers:
        who = a["contact_id"]
        said.setdefault(a["interview_id"], []).append(
            AnswerView(
                id=a["id"],
                question_id=a["question_id"],
                question_text=a["question_text"],
                dimension=a["dimension"],
                notes=a["notes"],
                rating=a["rating"],
                red_flag=bool(a["red_flag"]),
                answered_at=utc_required(a["answered_at"]),
                contact=None if who is None else ContactRef(who, a["name"], a["audience"]),
            )
        )
    base = {f.name: getattr(found, f.name) for f in fields(OpportunityRow)}
    return OpportunityDetail(
        **base,
        status_changes=tuple(
            StatusStep(s["status"], utc_required(s["changed_at"]), s["note"]) for s in steps
        ),
        interviews=tuple(
            InterviewView(
                id=i["id"],
                stage=i["stage"],
                starts_at=utc_required(i["starts_at"]),
                timezone=i["timezone"],
                duration_minutes=i["duration_minutes"],
                location=i["location"],
                notes=i["notes"],
                contacts=tuple(contacts.get(i["id"], ())),
                answers=tuple(said.get(i["id"], ())),
            )
            for i in interviews
        ),
        signals=tuple(
            SignalView(
                id=s["id"],
                source=s["source"],
                dimension=s["dimension"],
                rating=s["rating"],
                red_flag=bool(s["red_flag"]),
                note=s["note"],
                url=s["url"],
                observed_on=day(s["observed_on"]),
            )
            for s in signals
        ),
    )
