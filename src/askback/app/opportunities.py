"""Opportunities: add, list, show, edit, change status (with its history), delete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from askback.app.common import now, resolve_opportunity, validated
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.i18n import ngettext
from askback.store.models import Answer, Interview, Opportunity, StatusChange
from askback.store.values import Status

FIELDS = (
    "company",
    "role",
    "links",
    "location",
    "remote",
    "pay_min",
    "pay_max",
    "currency",
    "pay_period",
    "source",
    "notes",
)


def _values(row: Opportunity) -> dict[str, Any]:
    return {name: getattr(row, name) for name in (*FIELDS, "status", "created_at", "updated_at")}


def _check_status(status: str) -> str:
    try:
        return Status(status.strip().lower()).value
    except ValueError:
        from askback.app.names import unknown

        raise unknown("status", status, [s.value for s in Status]) from None


def add(
    ws: Workspace,
    *,
    company: str,
    role: str,
    status: str = Status.INTERESTED,
    at: datetime | None = None,
    note: str = "",
    **fields: Any,
) -> Opportunity:
    """Track a new opportunity; its first status opens the status history."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise InputError(
            ngettext(
                "unknown opportunity field: {names}",
                "unknown opportunity fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    from askback.export.records import OpportunityRecord  # writes only: reads skip its import

    stamp = at or now()
    record = validated(
        OpportunityRecord,
        {
            "id": 1,
            "company": company.strip(),
            "role": role.strip(),
            "status": _check_status(status),
            "created_at": stamp,
            "updated_at": stamp,
            **fields,
        },
        "opportunity",
    )
    with ws.transaction() as s:
        row = Opportunity(owner=ws.owner, **record.model_dump(exclude={"id"}))
        row.status_changes.append(
            StatusChange(owner=ws.owner, status=record.status, changed_at=stamp, note=note)
        )
        s.add(row)
        s.flush()
    return row


@dataclass(frozen=True)
class OpportunitySummary:
    """A row of `askback opportunity list`."""

    opportunity: Opportunity
    interviews: int
    answers: int
    next_interview: datetime | None


def list_opportunities(
    ws: Workspace,
    *,
    statuses: Sequence[str] = (),
    search: str | None = None,
) -> list[OpportunitySummary]:
    """The owner's opportunities, newest first, with interview and answer counts."""
    wanted = [_check_status(s) for s in statuses]
    with ws.read() as s:
        query = select(Opportunity).where(Opportunity.owner == ws.owner)
        if wanted:
            query = query.where(Opportunity.status.in_(wanted))
        if search:
            like = f"%{search.strip()}%"
            query = query.where(or_(Opportunity.company.ilike(like), Opportunity.role.ilike(like)))
        rows = s.scalars(query.order_by(Opportunity.updated_at.desc(), Opportunity.id.desc())).all()
        ids = [r.id for r in rows]
        n_interviews: dict[int, int] = dict(
            s.execute(
                select(Interview.opportunity_id, func.count())
                .where(Interview.opportunity_id.in_(ids))
                .group_by(Interview.opportunity_id)
            ).all()
        )
        n_answers: dict[int, int] = dict(
            s.execute(
                select(Interview.opportunity_id, func.count(Answer.id))
                .join(Answer, Answer.interview_id == Interview.id)
                .where(Interview.opportunity_id.in_(ids))
                .group_by(Interview.opportunity_id)
            ).all()
        )
        upcoming: dict[int, datetime] = dict(
            s.execute(
                select(Interview.opportunity_id, func.min(Interview.starts_at))
                .where(Interview.opportunity_id.in_(ids), Interview.starts_at >= now())
                .group_by(Interview.opportunity_id)
            ).all()
        )
    return [
        OpportunitySummary(
            r,
            n_interviews.get(r.id, 0),
            n_answers.get(r.id, 0),
            _aware(upcoming.get(r.id)),
        )
        for r in rows
    ]


def _aware(value: datetime | None) -> datetime | None:
    # Aggregates may come back without the column type on some backends: normalise to aware UTC.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def show(ws: Workspace, ref: str | int) -> Opportunity:
    """One opportunity with its history, interviews (contacts, answers) and signals loaded."""
    with ws.read() as s:
        found = resolve_opportunity(ws, ref)
        row = s.scalars(
            select(Opportunity)
            .where(Opportunity.id == found.id)
            .options(
                selectinload(Opportunity.status_changes),
                selectinload(Opportunity.signals),
                selectinload(Opportunity.interviews).selectinload(Interview.contacts),
                selectinload(Opportunity.interviews)
                .selectinload(Interview.answers)
                .selectinload(Answer.contact),
            )
            .execution_options(populate_existing=True)
        ).one()
    return row


def edit(ws: Workspace, ref: str | int, **changes: Any) -> Opportunity:
    """Change fields; a new status goes through `set_status` so the history stays complete."""
    unknown = set(changes) - set(FIELDS) - {"status"}
    if unknown:
        raise InputError(
            ngettext(
                "unknown opportunity field: {names}",
                "unknown opportunity fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    from askback.export.records import OpportunityRecord

    with ws.transaction():
        row = resolve_opportunity(ws, ref)
        status = changes.pop("status", None)
        record = validated(
            OpportunityRecord, {"id": row.id, **_values(row), **changes}, "opportunity", changes
        )
        for name in changes:
            setattr(row, name, getattr(record, name))
        row.updated_at = now()
        if status is not None and _check_status(status) != row.status:
            set_status(ws, row.id, status)
    return row


def set_status(
    ws: Workspace, ref: str | int, status: str, *, at: datetime | None = None, note: str = ""
) -> StatusChange:
    """Move an opportunity to a new status and record the step."""
    value = _check_status(status)
    with ws.transaction() as s:
        row = resolve_opportunity(ws, ref)
        stamp = at or now()
        change = StatusChange(
            owner=ws.owner, opportunity_id=row.id, status=value, changed_at=stamp, note=note
        )
        s.add(change)
        latest = s.scalar(
            select(func.max(StatusChange.changed_at)).where(StatusChange.opportunity_id == row.id)
        )
        latest = _aware(latest)
        # A back-dated step joins the history without overriding a later current status.
        if latest is None or stamp >= latest:
            row.status = value
        row.updated_at = now()
        s.flush()
    return change


def delete(ws: Workspace, ref: str | int) -> Opportunity:
    """Delete an opportunity with its history, interviews, answers and signals."""
    with ws.transaction() as s:
        row = resolve_opportunity(ws, ref)
        s.delete(row)
    return row
