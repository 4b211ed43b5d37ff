"""Answers: what a contact said to a question in an interview, and how you rate it."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app.common import (
    now,
    owned,
    resolve_contact,
    resolve_interview,
    resolve_opportunity,
    touch,
    validated,
)
from askback.app.names import known_dimension
from askback.app.workspace import Workspace
from askback.errors import InputError, NotFoundError
from askback.export.records import AnswerRecord
from askback.i18n import ngettext
from askback.store.models import Answer, Interview

FIELDS = (
    "question_id",
    "question_text",
    "dimension",
    "notes",
    "rating",
    "red_flag",
    "answered_at",
    "contact_id",
)


@dataclass(frozen=True)
class Suggestion:
    """The answer analyzer's reading of the notes; the user decides the rating."""

    rating: int | None
    concreteness: float | None
    explanation: str = ""
    spans: list[Any] = field(default_factory=list)
    red_flag: bool = False  # the notes tell of a red flag (a stopped measure, a bank flag echoed)


def suggest(
    notes: str, lang: str | None = None, red_flags: Sequence[str] = ()
) -> Suggestion | None:
    """Run the answer analyzer when it is installed and there are notes to read."""
    if not notes.strip():
        return None
    try:
        analyzer = importlib.import_module("askback.text.answers")
    except ModuleNotFoundError as exc:
        if exc.name not in ("askback.text.answers", "askback.text"):
            raise
        return None
    if not analyzer.normalize(notes).strip():
        return None  # only invisible characters (zero-width spaces, soft hyphens): no notes
    result = analyzer.analyze(notes, lang=lang, red_flags=tuple(red_flags))
    rating = getattr(result, "suggested_rating", None)
    concreteness = getattr(result, "concreteness", None)
    return Suggestion(
        rating=int(rating) if rating is not None else None,
        concreteness=None if concreteness is None else min(1.0, max(0.0, float(concreteness))),
        explanation=str(getattr(result, "explanation", "")),
        spans=list(getattr(result, "spans", [])),
        red_flag=bool(getattr(result, "red_flag", False)),
    )


@dataclass
class NewAnswer:
    """One answer to record: a bank/custom question id, or free question text."""

    question_id: str | None = None
    question_text: str | None = None
    notes: str = ""
    rating: int | None = None
    red_flag: bool = False
    contact: str | int | None = None
    dimension: str | None = None
    answered_at: datetime | None = None


def _build(ws: Workspace, interview: Interview, item: NewAnswer, analyze: bool) -> Answer:
    qid = item.question_id.strip() if item.question_id else None
    dimension = item.dimension
    if qid:
        question = ws.bank.get(qid)
        qid = question.id  # a retired (merged) id is stored as the id that replaced it
        dimension = dimension or question.dimension.value
    elif not (item.question_text or "").strip():
        raise InputError("an answer needs a question: a bank id, or the question's text")
    contact_id = resolve_contact(ws, item.contact).id if item.contact is not None else None
    hint = suggest(item.notes) if analyze else None
    stamp = now()
    record = validated(
        AnswerRecord,
        {
            "id": 1,
            "interview_id": interview.id,
            "contact_id": contact_id,
            "question_id": qid,
            "question_text": item.question_text.strip() if item.question_text else None,
            "dimension": dimension,
            "notes": item.notes,
            "rating": item.rating,
            "red_flag": item.red_flag,
            "concreteness": hint.concreteness if hint else None,
            "suggested_rating": hint.rating if hint else None,
            "answered_at": item.answered_at or stamp,
            "created_at": stamp,
        },
        "answer",
    )
    return Answer(owner=ws.owner, **record.model_dump(exclude={"id"}))


def add(ws: Workspace, interview: str | int, item: NewAnswer, *, analyze: bool = True) -> Answer:
    """Record one answer (the analyzer's suggestion is stored next to your own rating)."""
    with ws.transaction() as s:
        target = resolve_interview(ws, interview)
        row = _build(ws, target, item, analyze)
        s.add(row)
        s.flush()
        touch(ws, target.opportunity_id)
    return row


def add_many(
    ws: Workspace, interview: str | int, items: Iterable[NewAnswer], *, analyze: bool = True
) -> list[Answer]:
    """Record many answers to one interview in one transaction: all of them or none."""
    with ws.transaction() as s:
        target = resolve_interview(ws, interview)
        rows = [_build(ws, target, item, analyze) for item in items]
        s.add_all(rows)
        s.flush()
        if rows:
            touch(ws, target.opportunity_id)
    return rows


def list_answers(
    ws: Workspace,
    *,
    opportunity: str | int | None = None,
    interview: str | int | None = None,
    contact: str | int | None = None,
    dimension: str | None = None,
    red_flags_only: bool = False,
) -> list[Answer]:
    """Answers in the order they were given, with interview, opportunity and contact loaded."""
    with ws.read() as s:
        query = (
            select(Answer)
            .where(Answer.owner == ws.owner)
            .options(
                selectinload(Answer.interview).selectinload(Interview.opportunity),
                selectinload(Answer.contact),
            )
        )
        if opportunity is not None:
            opp = resolve_opportunity(ws, opportunity)
            query = query.join(Interview, Answer.interview_id == Interview.id).where(
                Interview.opportunity_id == opp.id
            )
        if interview is not None:
            query = query.where(Answer.interview_id == resolve_interview(ws, interview).id)
        if contact is not None:
            query = query.where(Answer.contact_id == resolve_contact(ws, contact).id)
        if dimension is not None:
            query = query.where(Answer.dimension == known_dimension(dimension))
        if red_flags_only:
            query = query.where(Answer.red_flag.is_(True))
        return list(s.scalars(query.order_by(Answer.answered_at, Answer.id)).all())


def show(ws: Workspace, answer_id: int) -> Answer:
    """One answer by id, with its interview, opportunity and contact loaded."""
    with ws.read() as s:
        row = owned(ws, Answer, answer_id, "answer")
        return s.scalars(
            select(Answer)
            .where(Answer.id == row.id)
            .options(
                selectinload(Answer.interview).selectinload(Interview.opportunity),
                selectinload(Answer.contact),
            )
        ).one()


def edit(
    ws: Workspace,
    answer_id: int,
    *,
    contact: str | int | None = None,
    interview: int | None = None,
    **changes: Any,
) -> Answer:
    """Change an answer; new notes are analysed again (your rating stays yours).

    With `interview`, the answer must belong to that interview (a form names both).
    """
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InputError(
            ngettext(
                "unknown answer field: {names}",
                "unknown answer fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    with ws.transaction():
        row = owned(ws, Answer, answer_id, "answer")
        if interview is not None and row.interview_id != interview:
            raise NotFoundError(f"answer {answer_id} is not in interview {interview}")
        if contact is not None:
            changes["contact_id"] = resolve_contact(ws, contact).id
        if changes.get("question_id"):
            question = ws.bank.get(changes["question_id"])
            changes["question_id"] = question.id
            changes.setdefault("dimension", question.dimension.value)
        if "notes" in changes:
            hint = suggest(changes["notes"])
            changes["concreteness"] = hint.concreteness if hint else None
            changes["suggested_rating"] = hint.rating if hint else None
        current = {c.name: getattr(row, c.name) for c in Answer.__table__.columns}
        current.pop("owner")
        record = validated(AnswerRecord, {**current, **changes}, "answer", changes)
        for name in changes:
            setattr(row, name, getattr(record, name))
    return row


def delete(ws: Workspace, answer_id: int) -> Answer:
    """Delete one answer by id and return it."""
    with ws.transaction() as s:
        row = owned(ws, Answer, answer_id, "answer")
        s.delete(row)
    return row
