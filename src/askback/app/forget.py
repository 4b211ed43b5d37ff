"""Forget one opportunity, or wipe the whole workspace: deletes that leave nothing behind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from askback.app.common import resolve_opportunity
from askback.app.transfer import delete_owner_data, has_data
from askback.app.workspace import Workspace
from askback.store.models import (
    Answer,
    Base,
    Contact,
    Interview,
    InterviewContact,
    Signal,
    StatusChange,
)


@dataclass(frozen=True)
class ForgetPlan:
    """What `forget` deletes, shown before the user confirms."""

    opportunity_id: int
    label: str
    interviews: int
    answers: int
    signals: int
    status_changes: int
    contact_ids: tuple[int, ...]
    contact_names: tuple[str, ...]


def plan_forget(ws: Workspace, ref: str | int, *, keep_contacts: bool = False) -> ForgetPlan:
    """Count what forgetting an opportunity removes; contacts only seen through it go too."""
    with ws.read() as s:
        opp = resolve_opportunity(ws, ref)
        interview_ids = select(Interview.id).where(Interview.opportunity_id == opp.id)

        def count(model: type[Base], column: ColumnElement[bool]) -> int:
            return int(s.scalar(select(func.count()).select_from(model).where(column)) or 0)

        contacts: list[Contact] = []
        if not keep_contacts:
            linked = set(
                s.scalars(select(Contact.id).where(Contact.opportunity_id == opp.id))
            ) | set(
                s.scalars(
                    select(InterviewContact.contact_id).where(
                        InterviewContact.interview_id.in_(interview_ids)
                    )
                )
            )
            # Someone who also took part elsewhere, or is linked elsewhere, stays.
            elsewhere = set(
                s.scalars(
                    select(InterviewContact.contact_id)
                    .join(Interview, Interview.id == InterviewContact.interview_id)
                    .where(
                        Interview.opportunity_id != opp.id, InterviewContact.contact_id.in_(linked)
                    )
                )
            ) | set(
                s.scalars(
                    select(Contact.id).where(
                        Contact.id.in_(linked),
                        Contact.opportunity_id.is_not(None),
                        Contact.opportunity_id != opp.id,
                    )
                )
            )
            contacts = list(
                s.scalars(
                    select(Contact).where(Contact.id.in_(linked - elsewhere)).order_by(Contact.id)
                )
            )
        return ForgetPlan(
            opportunity_id=opp.id,
            label=opp.label,
            interviews=count(Interview, Interview.opportunity_id == opp.id),
            answers=count(Answer, Answer.interview_id.in_(interview_ids)),
            signals=count(Signal, Signal.opportunity_id == opp.id),
            status_changes=count(StatusChange, StatusChange.opportunity_id == opp.id),
            contact_ids=tuple(c.id for c in contacts),
            contact_names=tuple(c.name for c in contacts),
        )


def forget(ws: Workspace, plan: ForgetPlan) -> None:
    """Delete what the plan lists, in one transaction."""
    with ws.transaction() as s:
        opp = resolve_opportunity(ws, plan.opportunity_id)
        s.delete(opp)
        for contact_id in plan.contact_ids:
            contact = s.get(Contact, contact_id)
            if contact is not None and contact.owner == ws.owner:
                s.delete(contact)
    _scrub(ws)


def wipe(ws: Workspace) -> dict[str, int]:
    """Delete all of the owner's data (other owners on a shared server are untouched)."""
    with ws.transaction():
        counts = delete_owner_data(ws)
    _scrub(ws)
    return {k: v for k, v in counts.items() if v}


def summary(ws: Workspace) -> dict[str, int]:
    """Rows per table the owner has (for the wipe confirmation)."""
    with ws.read():
        return has_data(ws)


def _scrub(ws: Workspace) -> None:
    # secure_delete zeroed the pages; a checkpoint also clears the old copies from the WAL file.
    if ws.backend == "sqlite":
        raw = ws.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.close()
        finally:
            raw.close()
