"""Interviews: a conversation at a stage, at a time in a time zone, with the contacts present."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app.common import (
    local_timezone,
    now,
    resolve_contact,
    resolve_interview,
    resolve_opportunity,
    touch,
    validated,
)
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.records import InterviewRecord
from askback.i18n import ngettext
from askback.store.models import Answer, Contact, Interview, InterviewContact

FIELDS = ("stage", "starts_at", "timezone", "duration_minutes", "location", "notes")


def _contacts(ws: Workspace, refs: Sequence[str | int]) -> list[Contact]:
    found: dict[int, Contact] = {}
    for ref in refs:
        contact = resolve_contact(ws, ref)
        found.setdefault(contact.id, contact)
    return list(found.values())


def add(
    ws: Workspace,
    *,
    opportunity: str | int,
    stage: str,
    starts_at: datetime,
    timezone: str | None = None,
    contacts: Sequence[str | int] = (),
    **fields: Any,
) -> Interview:
    """Schedule or record an interview for an opportunity."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise InputError(
            ngettext(
                "unknown interview field: {names}",
                "unknown interview fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    with ws.transaction() as s:
        opp = resolve_opportunity(ws, opportunity)
        people = _contacts(ws, contacts)
        stamp = now()
        record = validated(
            InterviewRecord,
            {
                "id": 1,
                "opportunity_id": opp.id,
                "stage": stage,
                "starts_at": starts_at,
                "timezone": timezone or local_timezone(),
                "created_at": stamp,
                "updated_at": stamp,
                **fields,
            },
            "interview",
        )
        row = Interview(owner=ws.owner, **record.model_dump(exclude={"id", "contact_ids"}))
        s.add(row)
        s.flush()
        _set_contacts(ws, row, people)
        touch(ws, opp.id)
    return row


def _set_contacts(ws: Workspace, row: Interview, people: Sequence[Contact]) -> None:
    wanted = {p.id for p in people}
    row.links = [link for link in row.links if link.contact_id in wanted]
    have = {link.contact_id for link in row.links}
    for person in people:
        if person.id not in have:
            row.links.append(InterviewContact(owner=ws.owner, contact_id=person.id))
    ws.session.flush()
    ws.session.refresh(row, ["contacts"])


def list_interviews(
    ws: Workspace,
    *,
    opportunity: str | int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[Interview]:
    """Interviews in time order, with their opportunity and contacts loaded."""
    with ws.read() as s:
        query = (
            select(Interview)
            .where(Interview.owner == ws.owner)
            .options(selectinload(Interview.opportunity), selectinload(Interview.contacts))
        )
        if opportunity is not None:
            query = query.where(Interview.opportunity_id == resolve_opportunity(ws, opportunity).id)
        if since is not None:
            query = query.where(Interview.starts_at >= since)
        if until is not None:
            query = query.where(Interview.starts_at < until)
        return list(s.scalars(query.order_by(Interview.starts_at, Interview.id)).all())


def show(ws: Workspace, ref: str | int) -> Interview:
    """One interview with its opportunity, contacts and answers."""
    with ws.read() as s:
        found = resolve_interview(ws, ref)
        return s.scalars(
            select(Interview)
            .where(Interview.id == found.id)
            .options(
                selectinload(Interview.opportunity),
                selectinload(Interview.contacts),
                selectinload(Interview.answers).selectinload(Answer.contact),
            )
            .execution_options(populate_existing=True)
        ).one()


def edit(
    ws: Workspace, ref: str | int, *, contacts: Sequence[str | int] | None = None, **changes: Any
) -> Interview:
    """Change fields; `contacts=` replaces the list of people present."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InputError(
            ngettext(
                "unknown interview field: {names}",
                "unknown interview fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    with ws.transaction():
        row = show(ws, ref)
        current = {name: getattr(row, name) for name in FIELDS}
        record = validated(
            InterviewRecord,
            {
                "id": row.id,
                "opportunity_id": row.opportunity_id,
                "created_at": row.created_at,
                "updated_at": row.updated_at,
                **current,
                **changes,
            },
            "interview",
            # A new zone moves the clock time: check the time in it too.
            {**changes, "starts_at": changes.get("starts_at", row.starts_at)}
            if "timezone" in changes
            else changes,
        )
        for name in changes:
            setattr(row, name, getattr(record, name))
        row.updated_at = now()
        if contacts is not None:
            _set_contacts(ws, row, _contacts(ws, contacts))
    return row


def add_contact(ws: Workspace, ref: str | int, contact: str | int) -> Interview:
    """Add one person to an interview's participants."""
    with ws.transaction():
        row = show(ws, ref)
        person = resolve_contact(ws, contact)
        if person.id not in {c.id for c in row.contacts}:
            _set_contacts(ws, row, [*row.contacts, person])
    return row


def delete(ws: Workspace, ref: str | int) -> Interview:
    """Delete an interview and the answers recorded in it."""
    with ws.transaction() as s:
        row = resolve_interview(ws, ref)
        s.delete(row)
    return row
