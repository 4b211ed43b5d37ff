"""Custom questions: the user's own, stored per owner and merged into the bank as `my-...` ids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from askback.app.common import now, validated

# The bank a workspace sees lives in app.question_bank (plain reads); imported here as before.
from askback.app.question_bank import base_bank as base_bank
from askback.app.question_bank import load_bank as load_bank
from askback.app.question_bank import to_question as to_question
from askback.app.workspace import Workspace
from askback.errors import InputError, NotFoundError
from askback.export.records import CustomQuestionRecord, slug
from askback.i18n import ngettext
from askback.store.models import Answer, CustomQuestion

if TYPE_CHECKING:
    from askback.bank import Question


def _rows(ws: Workspace) -> Sequence[CustomQuestion]:
    return ws.session.scalars(
        select(CustomQuestion).where(CustomQuestion.owner == ws.owner).order_by(CustomQuestion.qid)
    ).all()


def known_question_ids(ws: Workspace, *, include_custom: bool = True) -> set[str]:
    """Ids an answer may refer to."""
    return set((ws.bank if include_custom else base_bank(ws)).by_id)


def question_info(ws: Workspace, qid: str) -> Question:
    """A question from the bank or the custom ones; NotFoundError names a close match."""
    return ws.bank.get(qid)


def add(
    ws: Workspace,
    *,
    text: str,
    dimensions: Sequence[str],
    qid: str | None = None,
    summary: str | None = None,
    tags: Sequence[str] = (),
    audience: Sequence[str] = (),
    stage: Sequence[str] = (),
    why: str | None = None,
    sensitive: bool = False,
    research_first: bool = False,
    notes: str = "",
) -> CustomQuestion:
    """Add a question of your own; its id is `my-<slug>` unless you give one."""
    with ws.transaction() as s:
        taken = set(ws.bank.by_id)
        if qid is None:
            base = "my-" + slug(text)[:40].strip("-")
            qid, n = base, 2
            while qid in taken:
                qid, n = f"{base}-{n}", n + 1
        elif qid in taken:
            raise InputError(f"duplicate question id {qid!r}: it is already in the bank")
        record = validated(
            CustomQuestionRecord,
            {
                "id": qid,
                "text": text.strip(),
                "summary": summary,
                "dimensions": list(dimensions),
                "tags": list(tags),
                "audience": list(audience),
                "stage": list(stage),
                "why": why,
                "sensitive": sensitive,
                "research_first": research_first,
                "notes": notes,
                "created_at": now(),
            },
            "question",
        )
        row = CustomQuestion(owner=ws.owner, qid=record.id, **record.model_dump(exclude={"id"}))
        to_question(row)
        s.add(row)
        s.flush()
    ws.forget_bank()
    return row


def get(ws: Workspace, qid: str) -> CustomQuestion:
    """Your custom question with this id, else NotFoundError."""
    with ws.read() as s:
        row = s.scalar(
            select(CustomQuestion).where(
                CustomQuestion.owner == ws.owner, CustomQuestion.qid == qid
            )
        )
    if row is None:
        raise NotFoundError(f"no custom question with id {qid!r}")
    return row


def list_questions(ws: Workspace) -> list[CustomQuestion]:
    """All your custom questions, oldest first."""
    with ws.read():
        return list(_rows(ws))


def edit(ws: Workspace, qid: str, **changes: Any) -> CustomQuestion:
    """Change fields of a custom question (its id stays)."""
    with ws.transaction():
        row = get(ws, qid)
        current = {
            "id": row.qid,
            "text": row.text,
            "summary": row.summary,
            "dimensions": row.dimensions,
            "tags": row.tags,
            "audience": row.audience,
            "stage": row.stage,
            "why": row.why,
            "sensitive": row.sensitive,
            "research_first": row.research_first,
            "notes": row.notes,
            "created_at": row.created_at,
        }
        unknown = set(changes) - set(current) | ({"id"} & set(changes))
        if unknown:
            raise InputError(f"cannot change {', '.join(sorted(unknown))} of a question")
        record = validated(CustomQuestionRecord, {**current, **changes}, "question")
        for key, value in record.model_dump(exclude={"id", "created_at"}).items():
            setattr(row, key, value)
        to_question(row)
    ws.forget_bank()
    return row


def delete(ws: Workspace, qid: str, *, force: bool = False) -> int:
    """Delete a custom question; with force, answers to it keep its text as free text."""
    with ws.transaction() as s:
        row = get(ws, qid)
        used = s.scalar(
            select(func.count()).where(Answer.owner == ws.owner, Answer.question_id == qid)
        )
        if used and not force:
            raise InputError(
                ngettext(
                    "{n} answer refers to {qid}; pass --force to keep it as a free-text answer",
                    "{n} answers refer to {qid}; pass --force to keep them as free-text answers",
                    used,
                    qid=qid,
                )
            )
        if used:
            s.execute(
                update(Answer)
                .where(Answer.owner == ws.owner, Answer.question_id == qid)
                .values(
                    question_id=None, question_text=func.coalesce(Answer.question_text, row.text)
                )
            )
        s.delete(row)
    ws.forget_bank()
    return int(used or 0)
