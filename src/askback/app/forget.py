"""Forget one opportunity, or wipe the whole workspace: deletes that leave nothing behind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, func, select

from askback.app.common import resolve_opportunity
from askback.app.transfer import delete_owner_data, has_data
from askback.app.workspace import Workspace
from askback.store.backup import default_backup_dir, file_safe
from askback.store.engine import BUSY_TIMEOUT_MS, sqlite_path
from askback.store.models import (
    Answer,
    Base,
    Contact,
    HubShare,
    Interview,
    InterviewContact,
    Signal,
    StatusChange,
)

# How long `forget` and `wipe` wait for readers before saying what is still on disk.
SCRUB_WAIT_MS = 5_000


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
    # The hub this opportunity was shared to: forgetting does not withdraw the share there.
    shared_to: str | None = None


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
            shared_to=s.scalar(
                select(HubShare.hub_url).where(
                    HubShare.owner == ws.owner, HubShare.opportunity_id == opp.id
                )
            ),
        )


@dataclass(frozen=True)
class Scrub:
    """Whether deleted text is gone from the SQLite file and its WAL, or still waiting there."""

    pending: bool = False
    wal: Path | None = None
    frames_left: int = 0

    def problem(self) -> str:
        """What is left and how to finish, for the user; empty when nothing is pending."""
        if not self.pending:
            return ""
        database = str(self.wal).removesuffix("-wal") if self.wal else "the database"
        return (
            f"another program is reading {database} (an open `askback serve`, a second "
            f"terminal), so the deleted text is still on disk in it and in {database}-wal "
            f"({self.frames_left} pages not yet written over). Close that program, then run "
            "`askback forget --finish`"
        )


@dataclass(frozen=True)
class WipeResult:
    """What forgetting removed: rows per table, and what was scrubbed."""

    counts: dict[str, int]
    scrub: Scrub


def forget(ws: Workspace, plan: ForgetPlan) -> Scrub:
    """Delete what the plan lists, in one transaction; then clear the old copies from the WAL."""
    with ws.transaction() as s:
        opp = resolve_opportunity(ws, plan.opportunity_id)
        s.delete(opp)
        for contact_id in plan.contact_ids:
            contact = s.get(Contact, contact_id)
            if contact is not None and contact.owner == ws.owner:
                s.delete(contact)
    return scrub(ws)


def wipe(ws: Workspace) -> WipeResult:
    """Delete all of the owner's data (other owners on a shared server are untouched)."""
    with ws.transaction():
        counts = delete_owner_data(ws)
    return WipeResult({k: v for k, v in counts.items() if v}, scrub(ws))


def automatic_copies(ws: Workspace) -> list[Path]:
    """Copies askback made on its own (before a restore or a schema upgrade) of this data."""
    folder = default_backup_dir(ws.url)
    if not folder.is_dir():
        return []
    path = sqlite_path(ws.url)
    if path is not None:
        patterns = ["askback-before-restore-*.sqlite3", f"{path.stem}-before-*-to-new-*.sqlite3"]
    else:
        patterns = [f"askback-before-restore-{file_safe(ws.owner)}-*.json"]
    found = {p for pattern in patterns for p in folder.glob(pattern) if p.is_file()}
    return sorted(found)


def summary(ws: Workspace) -> dict[str, int]:
    """Rows per table the owner has (for the wipe confirmation)."""
    with ws.read():
        return has_data(ws, hub=True)


def scrub(ws: Workspace, *, wait_ms: int | None = None) -> Scrub:
    """Copy the WAL into the database file and empty it, so deleted text is nowhere on disk.

    secure_delete zeroes freed pages, but those zeroed pages and the old ones sit in the WAL
    until a checkpoint; a reader still open keeps the checkpoint from finishing (busy).
    """
    path = sqlite_path(ws.url)
    if ws.backend != "sqlite" or path is None:
        return Scrub()
    raw = ws.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SCRUB_WAIT_MS if wait_ms is None else wait_ms}")
        busy, log, done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()
    finally:
        raw.close()
    wal = path.with_name(path.name + "-wal")
    # TRUNCATE leaves log = 0 when it emptied the WAL; otherwise frames are still there.
    pending = bool(busy) or (log > 0 and done < log) or (wal.exists() and wal.stat().st_size > 0)
    return Scrub(pending, wal, max(0, log - max(done, 0)) if pending else 0)
