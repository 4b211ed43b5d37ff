"""Tracker data as pandas DataFrames, one row per record, for your own analysis.

    from askback.app import Workspace, frames

    with Workspace.open() as ws:
        answers = frames.answers(ws)
        answers.groupby("dimension")["rating"].mean()

Every frame is indexed by the record's id and carries the ids and names of what it refers to
(opportunity, interview, contact), so frames join on those columns. Times are UTC
(timezone-aware); calendar dates are dates. pandas is imported only when a frame is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app.contacts import FIELDS as CONTACT_FIELDS
from askback.app.workspace import Workspace
from askback.store.models import Answer, Contact, Interview, Opportunity, Signal

if TYPE_CHECKING:
    import pandas as pd

OPPORTUNITY_COLUMNS = (
    "company",
    "role",
    "status",
    "location",
    "remote",
    "pay_min",
    "pay_max",
    "currency",
    "pay_period",
    "source",
    "links",
    "notes",
    "created_at",
    "updated_at",
)
# The contact's own fields (those `contacts.add` takes), then the derived ones.
CONTACT_COLUMNS = (*CONTACT_FIELDS, "opportunity", "created_at", "updated_at")
INTERVIEW_COLUMNS = (
    "opportunity_id",
    "opportunity",
    "stage",
    "starts_at",
    "timezone",
    "duration_minutes",
    "location",
    "contact_ids",
    "contacts",
    "notes",
)
ANSWER_COLUMNS = (
    "opportunity_id",
    "opportunity",
    "interview_id",
    "stage",
    "contact_id",
    "contact",
    "question_id",
    "question",
    "dimension",
    "rating",
    "suggested_rating",
    "red_flag",
    "concreteness",
    "notes",
    "answered_at",
)
SIGNAL_COLUMNS = (
    "opportunity_id",
    "opportunity",
    "source",
    "dimension",
    "rating",
    "red_flag",
    "note",
    "url",
    "observed_on",
    "created_at",
)

# Each frame's columns besides its `id` index, listed in docs/api.md.
COLUMNS = {
    "opportunities": OPPORTUNITY_COLUMNS,
    "contacts": CONTACT_COLUMNS,
    "interviews": INTERVIEW_COLUMNS,
    "answers": ANSWER_COLUMNS,
    "signals": SIGNAL_COLUMNS,
}


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=["id", *columns])
    return frame.set_index("id")


def _utc(moment: Any) -> Any:
    # SQLite hands back naive datetimes; every stored moment is UTC.
    from datetime import UTC, datetime

    if isinstance(moment, datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def opportunities(ws: Workspace) -> pd.DataFrame:
    """Every opportunity: company, role, status, pay, links and when it was added and active."""
    with ws.read() as s:
        rows = s.scalars(
            select(Opportunity).where(Opportunity.owner == ws.owner).order_by(Opportunity.id)
        ).all()
        data = [
            {
                "id": o.id,
                **{c: getattr(o, c) for c in OPPORTUNITY_COLUMNS},
                "links": list(o.links),
                "created_at": _utc(o.created_at),
                "updated_at": _utc(o.updated_at),
            }
            for o in rows
        ]
    return _frame(data, OPPORTUNITY_COLUMNS)


def contacts(ws: Workspace) -> pd.DataFrame:
    """Every contact, with the id and label of the opportunity each is linked to."""
    with ws.read() as s:
        labels = _opportunity_labels(ws)
        rows = s.scalars(
            select(Contact).where(Contact.owner == ws.owner).order_by(Contact.id)
        ).all()
        data = [
            {
                "id": c.id,
                **{k: getattr(c, k) for k in CONTACT_COLUMNS if hasattr(Contact, k)},
                "tags": list(c.tags),
                "opportunity": labels.get(c.opportunity_id) if c.opportunity_id else None,
                "created_at": _utc(c.created_at),
                "updated_at": _utc(c.updated_at),
            }
            for c in rows
        ]
    return _frame(data, CONTACT_COLUMNS)


def interviews(ws: Workspace) -> pd.DataFrame:
    """Every interview: its opportunity, stage, start (UTC) and zone, and who took part."""
    with ws.read() as s:
        rows = s.scalars(
            select(Interview)
            .where(Interview.owner == ws.owner)
            .options(selectinload(Interview.opportunity), selectinload(Interview.contacts))
            .order_by(Interview.id)
        ).all()
        data = [
            {
                "id": i.id,
                "opportunity_id": i.opportunity_id,
                "opportunity": i.opportunity.label,
                "stage": i.stage,
                "starts_at": _utc(i.starts_at),
                "timezone": i.timezone,
                "duration_minutes": i.duration_minutes,
                "location": i.location,
                "contact_ids": [c.id for c in i.contacts],
                "contacts": [c.name for c in i.contacts],
                "notes": i.notes,
            }
            for i in rows
        ]
    return _frame(data, INTERVIEW_COLUMNS)


def answers(ws: Workspace, lang: str = "en") -> pd.DataFrame:
    """Every answer with its question's id and text (in `lang`), interview, contact and rating.

    A bank question's text comes from the bank; a question you typed yourself keeps its text.
    """
    bank = ws.bank
    with ws.read() as s:
        rows = s.scalars(
            select(Answer)
            .where(Answer.owner == ws.owner)
            .options(
                selectinload(Answer.interview).selectinload(Interview.opportunity),
                selectinload(Answer.contact),
            )
            .order_by(Answer.id)
        ).all()
        data = [
            {
                "id": a.id,
                "opportunity_id": a.interview.opportunity_id,
                "opportunity": a.interview.opportunity.label,
                "interview_id": a.interview_id,
                "stage": a.interview.stage,
                "contact_id": a.contact_id,
                "contact": a.contact.name if a.contact else None,
                "question_id": a.question_id,
                "question": _question_text(bank, a, lang),
                "dimension": a.dimension or _question_dimension(bank, a),
                "rating": a.rating,
                "suggested_rating": a.suggested_rating,
                "red_flag": a.red_flag,
                "concreteness": a.concreteness,
                "notes": a.notes,
                "answered_at": _utc(a.answered_at),
            }
            for a in rows
        ]
    return _frame(data, ANSWER_COLUMNS)


def signals(ws: Workspace) -> pd.DataFrame:
    """Every signal (outside evidence): its opportunity, source, dimension, rating and day seen."""
    with ws.read() as s:
        rows = s.scalars(
            select(Signal)
            .where(Signal.owner == ws.owner)
            .options(selectinload(Signal.opportunity))
            .order_by(Signal.id)
        ).all()
        data = [
            {
                "id": g.id,
                **{k: getattr(g, k) for k in SIGNAL_COLUMNS if k != "opportunity"},
                "opportunity": g.opportunity.label,
                "created_at": _utc(g.created_at),
            }
            for g in rows
        ]
    return _frame(data, SIGNAL_COLUMNS)


def _opportunity_labels(ws: Workspace) -> dict[int, str]:
    rows = ws.session.execute(
        select(Opportunity.id, Opportunity.company, Opportunity.role).where(
            Opportunity.owner == ws.owner
        )
    ).all()
    return {row.id: f"{row.company} — {row.role}" for row in rows}


def _question_text(bank: Any, answer: Answer, lang: str) -> str | None:
    if answer.question_id and answer.question_id in bank:
        text: str = bank.get(answer.question_id).text_in(lang)
        return text
    return answer.question_text


def _question_dimension(bank: Any, answer: Answer) -> str | None:
    if answer.question_id and answer.question_id in bank:
        value: str = bank.get(answer.question_id).dimension.value
        return value
    return None
