"""Contacts: the people you meet, with how you met them and when to follow up."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from askback.app.common import now, resolve_contact, resolve_opportunity, validated
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.records import ContactRecord
from askback.i18n import N_, ngettext
from askback.store.models import Contact

FIELDS = (
    "name",
    "role",
    "company",
    "how_met",
    "audience",
    "email",
    "tags",
    "notes",
    "follow_up",
    "opportunity_id",
)


def _values(row: Contact) -> dict[str, Any]:
    return {name: getattr(row, name) for name in (*FIELDS, "created_at", "updated_at")}


def normal_email(value: str | None, field: str = "email") -> str | None:
    """An email address in its normal form (syntax only: nothing is looked up), or None."""
    from email_validator import EmailNotValidError, validate_email

    value = (value or "").strip()
    if not value:
        return None
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InputError(f"{field}: {value[:80]!r} is not an email address ({exc})").worded(
            field,
            N_("{field}: “{value}” is not an email address; type it as name@example.com."),
            value=value[:80],
        ) from None


def _prepare(ws: Workspace, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(FIELDS) - {"opportunity"}
    if unknown:
        raise InputError(
            ngettext(
                "unknown contact field: {names}",
                "unknown contact fields: {names}",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    if "opportunity" in fields:
        ref = fields.pop("opportunity")
        fields["opportunity_id"] = None if ref is None else resolve_opportunity(ws, ref).id
    if isinstance(fields.get("email"), str):
        fields["email"] = normal_email(fields["email"], "contact.email")
    if isinstance(fields.get("tags"), (list, tuple)):
        fields["tags"] = list(dict.fromkeys(t.strip() for t in fields["tags"] if t.strip()))
    return fields


def add(ws: Workspace, *, name: str, **fields: Any) -> Contact:
    """Add a person; `opportunity=` (id or company) links them to an opportunity."""
    with ws.transaction() as s:
        fields = _prepare(ws, fields)
        stamp = now()
        record = validated(
            ContactRecord,
            {"id": 1, "name": name.strip(), "created_at": stamp, "updated_at": stamp, **fields},
            "contact",
        )
        row = Contact(owner=ws.owner, **record.model_dump(exclude={"id"}))
        s.add(row)
        s.flush()
    return row


def list_contacts(
    ws: Workspace,
    *,
    search: str | None = None,
    tags: Sequence[str] = (),
    due_by: date | None = None,
) -> list[Contact]:
    """Contacts by name; filter by text, by tags (all must match) or by follow-up due date."""
    with ws.read() as s:
        query = select(Contact).where(Contact.owner == ws.owner)
        if search:
            like = f"%{search.strip()}%"
            query = query.where(
                or_(Contact.name.ilike(like), Contact.company.ilike(like), Contact.role.ilike(like))
            )
        if due_by is not None:
            query = query.where(Contact.follow_up.is_not(None), Contact.follow_up <= due_by)
        rows = list(s.scalars(query.order_by(Contact.name, Contact.id)).all())
    wanted = set(tags)
    return [r for r in rows if wanted <= set(r.tags)]


def show(ws: Workspace, ref: str | int) -> Contact:
    """One contact by id or by a name that matches exactly one."""
    with ws.read():
        return resolve_contact(ws, ref)


def edit(ws: Workspace, ref: str | int, **changes: Any) -> Contact:
    """Change fields of a contact (e.g. `follow_up=None` clears the date)."""
    with ws.transaction():
        row = resolve_contact(ws, ref)
        changes = _prepare(ws, changes)
        record = validated(
            ContactRecord, {"id": row.id, **_values(row), **changes}, "contact", changes
        )
        for name in changes:
            setattr(row, name, getattr(record, name))
        row.updated_at = now()
    return row


def delete(ws: Workspace, ref: str | int) -> Contact:
    """Delete a contact; their answers stay, without a name attached."""
    with ws.transaction() as s:
        row = resolve_contact(ws, ref)
        s.delete(row)
    return row
