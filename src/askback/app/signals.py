"""Signals: evidence from outside an interview (a job-ad finding, a report, a chat)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app.common import now, owned, resolve_opportunity, touch, validated
from askback.app.names import known_dimension
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.records import SignalRecord
from askback.i18n import ngettext
from askback.store.models import Signal

FIELDS = ("source", "dimension", "rating", "red_flag", "note", "url", "observed_on")


def _check(changes: dict[str, Any]) -> None:
    """Name the field and the values to type, before the record's own checks."""
    from askback.app.names import unknown
    from askback.store.values import SignalSource

    if changes.get("dimension") is not None:
        changes["dimension"] = known_dimension(str(changes["dimension"]).strip())
    if changes.get("source") is not None:
        sources = [v.value for v in SignalSource]
        value = str(changes["source"]).strip().lower()
        if value not in sources:
            raise unknown("source", str(changes["source"]), sources)
        changes["source"] = value


def add(
    ws: Workspace,
    *,
    opportunity: str | int,
    source: str,
    dimension: str,
    rating: int | None = None,
    note: str = "",
    red_flag: bool = False,
    url: str | None = None,
    observed_on: date | None = None,
) -> Signal:
    """Record a piece of outside evidence about an opportunity."""
    checked = {"source": source, "dimension": dimension}
    _check(checked)
    source, dimension = checked["source"], checked["dimension"]
    with ws.transaction() as s:
        opp = resolve_opportunity(ws, opportunity)
        record = validated(
            SignalRecord,
            {
                "id": 1,
                "opportunity_id": opp.id,
                "source": source,
                "dimension": dimension,
                "rating": rating,
                "red_flag": red_flag,
                "note": note,
                "url": url,
                "observed_on": observed_on,
                "created_at": now(),
            },
            "signal",
        )
        row = Signal(owner=ws.owner, **record.model_dump(exclude={"id"}))
        s.add(row)
        s.flush()
        touch(ws, opp.id)
    return row


def list_signals(
    ws: Workspace, *, opportunity: str | int | None = None, dimension: str | None = None
) -> list[Signal]:
    """Signals in the order they were added, optionally of one opportunity or dimension.

    An unknown dimension is an error rather than an empty list."""
    with ws.read() as s:
        query = (
            select(Signal).where(Signal.owner == ws.owner).options(selectinload(Signal.opportunity))
        )
        if opportunity is not None:
            query = query.where(Signal.opportunity_id == resolve_opportunity(ws, opportunity).id)
        if dimension is not None:
            # A misspelt filter would list nothing, which reads as "no signals": refuse it.
            query = query.where(Signal.dimension == known_dimension(dimension))
        return list(s.scalars(query.order_by(Signal.id)).all())


def show(ws: Workspace, signal_id: int) -> Signal:
    """One signal by id, with its opportunity loaded."""
    with ws.read() as s:
        row = owned(ws, Signal, signal_id, "signal")
        s.refresh(row, ["opportunity"])
        return row


def edit(ws: Workspace, signal_id: int, **changes: Any) -> Signal:
    """Change fields of a signal (see `FIELDS`); the same rules as `add` apply."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InputError(
            ngettext(
                "unknown signal field: {names}",
                "unknown signal fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    _check(changes)
    with ws.transaction():
        row = owned(ws, Signal, signal_id, "signal")
        current = {c.name: getattr(row, c.name) for c in Signal.__table__.columns}
        current.pop("owner")
        record = validated(SignalRecord, {**current, **changes}, "signal", changes)
        for name in changes:
            setattr(row, name, getattr(record, name))
    return row


def delete(ws: Workspace, signal_id: int) -> Signal:
    """Delete one signal by id and return it."""
    with ws.transaction() as s:
        row = owned(ws, Signal, signal_id, "signal")
        s.delete(row)
    return row
