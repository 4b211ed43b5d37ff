"""Whole-workspace export to the versioned JSON document, and import back, losslessly."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, false, func, insert, or_, select, text

from askback import __version__
from askback.app.common import now
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.records import Document
from askback.store.models import (
    HUB_TABLES,
    OWNER_TABLES,
    TABLES_IN_ORDER,
    Answer,
    Base,
    Contact,
    CustomQuestion,
    HubShare,
    Interview,
    InterviewContact,
    Opportunity,
    Profile,
    Signal,
    StatusChange,
)

# Document list -> model, for tables whose rows map column for column (plus the owner).
PLAIN: dict[str, Any] = {
    "opportunities": Opportunity,
    "status_changes": StatusChange,
    "contacts": Contact,
    "interviews": Interview,
    "answers": Answer,
    "signals": Signal,
}

# Where each table's rows go in the document: the list key, or the part that carries them.
EXPORTED: dict[str, str] = {
    **{model.__tablename__: key for key, model in PLAIN.items()},
    "interview_contacts": "interviews[].contact_ids",
    "custom_questions": "custom_questions",
    "profiles": "profile",
    "hub_shares": "hub_shares",
}

# Tables the document leaves out on purpose, and why (docs/tracker.md says the same).
NOT_EXPORTED: dict[str, str] = {
    "alembic_version": "schema bookkeeping: which migration the database is at, not data",
    "hub_aggregates": "a cache of community figures that `askback hub pull` fetches again",
    "hub_bank_questions": "a cache of the community bank that `askback hub pull` fetches again",
}


class ImportMode(StrEnum):
    """What an import does with data already in the workspace."""

    EMPTY = "empty"  # refuse when the workspace already holds data
    REPLACE = "replace"  # delete the workspace's data first, in the same transaction
    MERGE = "merge"  # add next to what is there, under new ids where needed


@dataclass
class ImportResult:
    """What an import did (or, with dry_run, would do)."""

    counts: dict[str, int]
    mode: ImportMode
    dry_run: bool
    remapped: list[str] = field(default_factory=list)


def table_of(model: type[Base]) -> Table:
    """The Core table behind a mapped class."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "owner"]


def export_document(
    ws: Workspace, *, opportunity_id: int | None = None, answers: bool = True
) -> Document:
    """The owner's whole tracker as one validated document (or one opportunity's part of it)."""
    data: dict[str, Any] = {
        "askback_version": __version__,
        "exported_at": now(),
        "owner": ws.owner,
    }
    with ws.read() as s:
        for key, model in PLAIN.items():
            table = table_of(model)
            cols = [table.c[name] for name in _columns(table)]
            query = select(*cols).where(table.c.owner == ws.owner)
            if opportunity_id is not None:
                query = query.where(_belongs(key, table, opportunity_id))
            if key == "answers" and not answers:
                query = query.where(false())
            rows = s.execute(query.order_by(table.c.id))
            data[key] = [dict(r._mapping) for r in rows]
        links: dict[int, list[int]] = defaultdict(list)
        pairs = s.execute(
            select(InterviewContact.interview_id, InterviewContact.contact_id)
            .where(InterviewContact.owner == ws.owner)
            .order_by(InterviewContact.interview_id, InterviewContact.contact_id)
        )
        for interview_id, contact_id in pairs:
            links[interview_id].append(contact_id)
        for row in data["interviews"]:
            row["contact_ids"] = links.get(row["id"], [])
        questions = s.scalars(
            select(CustomQuestion)
            .where(CustomQuestion.owner == ws.owner)
            .order_by(CustomQuestion.qid)
        )
        data["custom_questions"] = [
            {
                "id": q.qid,
                "text": q.text,
                "summary": q.summary,
                "dimensions": q.dimensions,
                "tags": q.tags,
                "audience": q.audience,
                "stage": q.stage,
                "why": q.why,
                "sensitive": q.sensitive,
                "research_first": q.research_first,
                "notes": q.notes,
                "created_at": q.created_at,
            }
            for q in questions
        ]
        profile = s.get(Profile, ws.owner) if opportunity_id is None else None
        data["profile"] = profile.document if profile is not None else None
        data["hub_shares"] = _hub_shares(ws, opportunity_id) if answers else []
    return Document.model_validate(data)


def _hub_shares(ws: Workspace, opportunity_id: int | None) -> list[dict[str, Any]]:
    """What was shared to hubs: the user's own record (the pulled community data is a cache)."""
    query = select(HubShare).where(HubShare.owner == ws.owner)
    if opportunity_id is not None:
        query = query.where(HubShare.opportunity_id == opportunity_id)
    return [
        {
            "opportunity_id": row.opportunity_id,
            "hub_url": row.hub_url,
            "hub_share_id": row.hub_share_id,
            "company_slug": row.company_slug,
            "answer_ids": [int(i) for i in row.answer_ids],
            "payload": row.payload,
            "shared_at": row.shared_at,
        }
        for row in ws.session.scalars(query.order_by(HubShare.opportunity_id))
    ]


def _belongs(key: str, table: Table, opportunity_id: int) -> ColumnElement[bool]:
    """Rows of one table that belong to an opportunity (contacts: linked or met there)."""
    interviews = select(Interview.id).where(Interview.opportunity_id == opportunity_id)
    if key == "opportunities":
        return table.c.id == opportunity_id
    if key == "answers":
        return table.c.interview_id.in_(interviews)
    if key == "contacts":
        met = select(InterviewContact.contact_id).where(
            InterviewContact.interview_id.in_(interviews)
        )
        said = select(Answer.contact_id).where(Answer.interview_id.in_(interviews))
        return or_(
            table.c.opportunity_id == opportunity_id, table.c.id.in_(met), table.c.id.in_(said)
        )
    return table.c.opportunity_id == opportunity_id


def has_data(ws: Workspace, *, hub: bool = False) -> dict[str, int]:
    """Row counts of the owner's data, table by table (only tables with rows).

    With hub, the hub client's tables count too (what `wipe` deletes); without, only the
    tracker's own data (what makes an import refuse an already filled workspace).
    """
    counts: dict[str, int] = {}
    s = ws.session
    for model in OWNER_TABLES if hub else TABLES_IN_ORDER:
        table = table_of(model)
        n = s.scalar(select(func.count()).select_from(table).where(table.c.owner == ws.owner)) or 0
        if n:
            counts[table.name] = n
    return counts


def delete_owner_data(ws: Workspace) -> dict[str, int]:
    """Delete every row the owner has, children first; returns rows deleted per table.

    The hub tables go first and explicitly: they hang off opportunities (ON DELETE CASCADE),
    but the pulled bank does not, and a count of what went must not depend on the cascade.
    """
    counts: dict[str, int] = {}
    for model in (*reversed(HUB_TABLES), *reversed(TABLES_IN_ORDER)):
        table = table_of(model)
        result = ws.session.execute(delete(table).where(table.c.owner == ws.owner))
        counts[table.name] = int(getattr(result, "rowcount", 0) or 0)
    ws.session.expunge_all()
    ws.forget_bank()
    return counts


def _unknown_questions(ws: Workspace, doc: Document, mode: ImportMode) -> list[str]:
    from askback.app.questions import known_question_ids

    known = known_question_ids(ws, include_custom=mode is not ImportMode.REPLACE)
    known |= {q.id for q in doc.custom_questions}
    return [
        f"answers[{i}].question_id: unknown question id {a.question_id!r}"
        for i, a in enumerate(doc.answers)
        if a.question_id is not None and a.question_id not in known
    ]


def _id_map(ws: Workspace, table: Table, ids: list[int]) -> tuple[dict[int, int], bool]:
    """Keep the document's ids when they are free in the table, else number after the highest."""
    if not ids:
        return {}, False
    s = ws.session
    taken = s.scalar(
        select(func.count()).select_from(table).where(table.c.id.between(min(ids), max(ids)))
    )
    if not taken:
        return {i: i for i in ids}, False
    top = s.scalar(select(func.max(table.c.id))) or 0
    return {old: top + n for n, old in enumerate(sorted(ids), start=1)}, True


def import_document(
    ws: Workspace, doc: Document, *, mode: ImportMode = ImportMode.EMPTY, dry_run: bool = False
) -> ImportResult:
    """Write a document into the workspace in one transaction: all of it, or nothing."""
    result = ImportResult(doc.counts(), mode, dry_run)
    with ws.transaction() as s:
        unknown = _unknown_questions(ws, doc, mode)
        if unknown:
            more = f"\n  ... and {len(unknown) - 10} more" if len(unknown) > 10 else ""
            raise InputError(
                "the export refers to questions this bank does not have (add the question files "
                "with --bank):\n  " + "\n  ".join(unknown[:10]) + more
            )
        if doc.profile is not None:
            from askback.app.profile import validate

            doc.profile = validate(doc.profile)
        existing = has_data(ws)
        if existing and mode is ImportMode.EMPTY:
            what = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in existing.items())
            raise InputError(
                f"this workspace already holds data ({what}); import with --replace to "
                "replace it, or --merge to add to it"
            )
        if mode is ImportMode.REPLACE:
            delete_owner_data(ws)
        if mode is ImportMode.MERGE:
            _check_merge(ws, doc)
        if ws.backend == "postgresql":
            # Explicit ids and the sequence fix-up below must not race other writers.
            names = ", ".join(m.__tablename__ for m in TABLES_IN_ORDER)
            s.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))
        # A savepoint lets --dry-run do every write and check, then undo them.
        savepoint = s.begin_nested()
        _write(ws, doc, result)
        if dry_run:
            savepoint.rollback()
        else:
            savepoint.commit()
    ws.forget_bank()
    return result


def _check_merge(ws: Workspace, doc: Document) -> None:
    theirs = {q.id for q in doc.custom_questions}
    ours = set(
        ws.session.scalars(select(CustomQuestion.qid).where(CustomQuestion.owner == ws.owner))
    )
    clash = sorted(theirs & ours)
    if clash:
        raise InputError(f"custom questions already exist with these ids: {', '.join(clash)}")


def _write(ws: Workspace, doc: Document, result: ImportResult) -> None:
    s = ws.session
    maps: dict[str, dict[int, int]] = {}
    for key, model in PLAIN.items():
        table = table_of(model)
        maps[key], moved = _id_map(ws, table, [r.id for r in getattr(doc, key)])
        if moved:
            result.remapped.append(key)

    def ref(key: str, value: int | None) -> int | None:
        return None if value is None else maps[key][value]

    parents = {"opportunity_id": "opportunities", "interview_id": "interviews"}
    parents["contact_id"] = "contacts"
    for key, model in PLAIN.items():
        table = table_of(model)
        rows = []
        for record in getattr(doc, key):
            values = record.model_dump(exclude={"contact_ids"})
            values["id"] = maps[key][record.id]
            values["owner"] = ws.owner
            for column, target in parents.items():
                if column in values:
                    values[column] = ref(target, values[column])
            rows.append(values)
        if rows:
            s.execute(insert(table), rows)
    pairs = [
        {
            "interview_id": maps["interviews"][i.id],
            "contact_id": maps["contacts"][c],
            "owner": ws.owner,
        }
        for i in doc.interviews
        for c in i.contact_ids
    ]
    if pairs:
        s.execute(insert(table_of(InterviewContact)), pairs)
    questions = [
        {**q.model_dump(exclude={"id"}), "qid": q.id, "owner": ws.owner}
        for q in doc.custom_questions
    ]
    if questions:
        s.execute(insert(table_of(CustomQuestion)), questions)
    shares = [
        {
            **share.model_dump(exclude={"opportunity_id", "answer_ids"}),
            "owner": ws.owner,
            "opportunity_id": maps["opportunities"][share.opportunity_id],
            "answer_ids": [str(maps["answers"][i]) for i in share.answer_ids],
        }
        for share in doc.hub_shares
    ]
    if shares:
        s.execute(insert(table_of(HubShare)), shares)
    if doc.profile is not None and s.get(Profile, ws.owner) is None:
        s.add(Profile(owner=ws.owner, document=doc.profile, updated_at=now()))
        s.flush()
    if ws.backend == "postgresql":
        for key, model in PLAIN.items():
            table = table_of(model)
            if maps[key]:
                s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT MAX(id) FROM {table.name}))"
                    )
                )
