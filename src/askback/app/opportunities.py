"""Opportunities: add, list, show, edit, change status (with its history), delete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from askback.app.common import now, pick_opportunity, resolve_opportunity, validated
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.store.rows import json_list, utc, utc_required
from askback.store.values import Status, opportunity_label

if TYPE_CHECKING:
    from askback.store.models import Opportunity, StatusChange
from askback.i18n import ngettext

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
    from askback.store.models import Opportunity, StatusChange

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
class OpportunityRow:
    """An opportunity's own columns, as a list shows them (read without the ORM)."""

    id: int
    company: str
    role: str
    status: str
    links: list[str]
    location: str | None
    remote: str | None
    pay_min: int | None
    pay_max: int | None
    currency: str | None
    pay_period: str | None
    source: str | None
    notes: str
    created_at: datetime
    updated_at: datetime

    @property
    def label(self) -> str:
        """'Company — role', as lists and messages name it."""
        return opportunity_label(self.company, self.role)


@dataclass(frozen=True)
class OpportunitySummary:
    """A row of `askback opportunity list`."""

    opportunity: OpportunityRow
    interviews: int
    answers: int
    next_interview: datetime | None


# Plain SQL: `opportunity list` runs many times a day, and SQLAlchemy's import costs more.
_SUMMARY = """
SELECT {columns},
    (SELECT count(*) FROM interviews i WHERE i.opportunity_id = o.id) AS n_interviews,
    (SELECT count(*) FROM answers a JOIN interviews i ON i.id = a.interview_id
        WHERE i.opportunity_id = o.id) AS n_answers,
    (SELECT min(i.starts_at) FROM interviews i
        WHERE i.opportunity_id = o.id AND i.starts_at >= :now) AS next_at
FROM opportunities o
WHERE o.owner = :owner {where}
ORDER BY o.updated_at DESC, o.id DESC
"""


def list_opportunities(
    ws: Workspace,
    *,
    statuses: Sequence[str] = (),
    search: str | None = None,
) -> list[OpportunitySummary]:
    """The owner's opportunities, newest first, with interview and answer counts."""
    wanted = {f"s{n}": _check_status(s) for n, s in enumerate(statuses)}
    where = ""
    if wanted:
        where += f" AND o.status IN ({', '.join(f':{k}' for k in wanted)})"
    params: dict[str, Any] = {"owner": ws.owner, "now": now(), **wanted}
    if search:
        # What SQLAlchemy's ilike() writes on SQLite; the same meaning on PostgreSQL.
        where += " AND (lower(o.company) LIKE lower(:like) OR lower(o.role) LIKE lower(:like))"
        params["like"] = f"%{search.strip()}%"
    with ws.query() as q:
        rows = q(_SUMMARY.format(columns=ROW_COLUMNS, where=where), **params)
    return [
        OpportunitySummary(opportunity_row(r), r["n_interviews"], r["n_answers"], utc(r["next_at"]))
        for r in rows
    ]


# The columns of OpportunityRow, in its order.
ROW_COLUMNS = (
    "o.id, o.company, o.role, o.status, o.links, o.location, o.remote, o.pay_min, o.pay_max, "
    "o.currency, o.pay_period, o.source, o.notes, o.created_at, o.updated_at"
)


def opportunity_row(r: dict[str, Any]) -> OpportunityRow:
    """An OpportunityRow from a plain read of ROW_COLUMNS."""
    return OpportunityRow(
        id=r["id"],
        company=r["company"],
        role=r["role"],
        status=r["status"],
        links=json_list(r["links"]),
        location=r["location"],
        remote=r["remote"],
        pay_min=r["pay_min"],
        pay_max=r["pay_max"],
        currency=r["currency"],
        pay_period=r["pay_period"],
        source=r["source"],
        notes=r["notes"],
        created_at=utc_required(r["created_at"]),
        updated_at=utc_required(r["updated_at"]),
    )


def all_rows(ws: Workspace) -> list[OpportunityRow]:
    """Every opportunity of the owner, in id order (a plain read)."""
    with ws.query() as q:
        found = q(
            f"SELECT {ROW_COLUMNS} FROM opportunities o WHERE o.owner = :owner ORDER BY o.id",
            owner=ws.owner,
        )
    return [opportunity_row(r) for r in found]


def find(ws: Workspace, ref: str | int) -> OpportunityRow:
    """An opportunity by id or name, as `resolve_opportunity` finds it, read without the ORM."""
    return pick_opportunity(ref, all_rows(ws))


def _aware(value: datetime | None) -> datetime | None:
    # Aggregates may come back without the column type on some backends: normalise to aware UTC.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def show(ws: Workspace, ref: str | int) -> Opportunity:
    """One opportunity with its history, interviews (contacts, answers) and signals loaded."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from askback.store.models import Answer, Interview, Opportunity

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
    from sqlalchemy import func, select

    from askback.store.models import StatusChange

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
