"""`askback log`: record an interview from a notes file, or answer by answer as it happens."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app import answers as answer_cases
from askback.app import interviews
from askback.app.answers import NewAnswer
from askback.app.common import (
    local_timezone,
    parse_datetime,
    resolve_contact,
    resolve_opportunity,
)
from askback.app.names import split_list, suggestions
from askback.app.notes import NotesFile
from askback.app.plan_sheet import PlanSheet, read_plan, read_plan_sheet
from askback.app.workspace import Workspace
from askback.errors import AskbackError, InputError, NotFoundError
from askback.store.models import Answer, Contact, Interview


@dataclass
class LogResult:
    """What logging a notes file recorded: the interview and its answers."""

    interview: Interview
    answers: list[Answer] = field(default_factory=list)
    created_interview: bool = False
    created_contacts: list[str] = field(default_factory=list)
    # True when the interview already held every answer of the notes file: nothing was saved.
    already_logged: bool = False


# Given a name that matches no contact and the contacts it is close to: the one meant, or None
# for "add it as a new contact". It may raise to cancel (the transaction then saves nothing).
ChooseContact = Callable[[str, list[Contact]], Contact | None]


def find_or_add_contacts(
    ws: Workspace,
    names: Sequence[str | int],
    company: str | None,
    *,
    choose: ChooseContact | None = None,
    yes: bool = False,
) -> tuple[list[Contact], list[str]]:
    """Contacts by id or name; a name nobody has yet becomes a new contact at the company.

    A new name close to an existing contact's ("Sofia Alvares" when "Sofia Alvarez" exists) is
    put to `choose`; without one it is an error unless `yes` says to add it anyway.
    """
    from askback.app import contacts

    found: list[Contact] = []
    created: list[str] = []
    with ws.transaction():
        everyone = ws.session.scalars(select(Contact).where(Contact.owner == ws.owner)).all()
        # One name each: the caller splits lists (a single name may hold a comma).
        for ref in (str(n).strip() for n in names):
            if not ref:
                raise InputError("a contact needs a name")
            try:
                person = resolve_contact(ws, ref)
            except NotFoundError:
                if ref.lstrip("#").isdigit():
                    raise
                by_name = {c.name: c for c in everyone}
                near = [by_name[n] for n in suggestions(ref, by_name)]
                chosen: Contact | None = None
                if choose is not None:
                    chosen = choose(ref, near)
                elif near and not yes:
                    listed = " or ".join(f"{c.name!r} (#{c.id})" for c in near)
                    raise InputError(
                        f"no contact is named {ref!r}; did you mean {listed}? Give the exact "
                        f"name or id, or add --yes to add {ref!r} as a new contact"
                    ) from None
                if chosen is None:
                    chosen = contacts.add(ws, name=ref, company=company)
                    created.append(ref)
                person = chosen
            if all(p.id != person.id for p in found):
                found.append(person)
    return found, created


def start_interview(
    ws: Workspace,
    *,
    opportunity: str | int,
    stage: str,
    starts_at: datetime,
    timezone: str | None = None,
    contacts: Sequence[str] = (),
    choose: ChooseContact | None = None,
    yes: bool = False,
    duration_minutes: int | None = None,
    location: str | None = None,
    notes: str = "",
) -> LogResult:
    """Create the interview being logged, adding contacts met for the first time."""
    with ws.transaction():
        opp = resolve_opportunity(ws, opportunity)
        people, created = find_or_add_contacts(ws, contacts, opp.company, choose=choose, yes=yes)
        row = interviews.add(
            ws,
            opportunity=opp.id,
            stage=stage,
            starts_at=starts_at,
            timezone=timezone,
            contacts=[p.id for p in people],
            duration_minutes=duration_minutes,
            location=location,
            notes=notes,
        )
    return LogResult(row, created_interview=True, created_contacts=created)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return split_list([str(v) for v in value] if isinstance(value, list) else str(value))


def _entry_key(item: NewAnswer) -> tuple[Any, ...]:
    qid = item.question_id.strip() if item.question_id else None
    text = None if qid else (item.question_text or "").strip()
    return (qid, text, item.notes.strip(), item.rating, bool(item.red_flag))


def _answer_key(row: Answer) -> tuple[Any, ...]:
    text = None if row.question_id else (row.question_text or "").strip()
    return (row.question_id, text, row.notes.strip(), row.rating, bool(row.red_flag))


def _holding(ws: Workspace, notes: NotesFile, candidates: Sequence[Interview]) -> Interview | None:
    """The first candidate that already holds every answer of the notes file."""
    wanted = Counter(_entry_key(e.answer) for e in notes.entries)
    for row in candidates:
        if not wanted - Counter(_answer_key(a) for a in row.answers):
            return row
    return None


def _same_interviews(
    ws: Workspace, opportunity_id: int, stage: str, starts_at: datetime | None
) -> list[Interview]:
    query = (
        select(Interview)
        .where(
            Interview.owner == ws.owner,
            Interview.opportunity_id == opportunity_id,
            Interview.stage == stage,
        )
        .options(selectinload(Interview.answers))
        .order_by(Interview.id)
    )
    if starts_at is not None:
        query = query.where(Interview.starts_at == starts_at)
    return list(ws.session.scalars(query))


def log_notes(
    ws: Workspace,
    notes: NotesFile,
    *,
    interview: str | int | None = None,
    opportunity: str | int | None = None,
    stage: str | None = None,
    choose: ChooseContact | None = None,
    yes: bool = False,
) -> LogResult:
    """Save a whole notes file in one transaction; any bad entry (file:line) saves nothing.

    Contact names nobody has yet are added; `choose` and `yes` treat near misses as in
    find_or_add_contacts. Saving the same notes again saves nothing: when the interview it
    names (or, for a new interview, one of the same opportunity and stage, and date if the file
    gives one) already holds every answer of the file, the result says `already_logged`.
    """
    meta = notes.meta
    path = notes.path
    with ws.transaction():
        target = interview if interview is not None else meta.get("interview")
        if target is not None:
            found = interviews.show(ws, target)
            if _holding(ws, notes, [found]) is not None:
                return LogResult(found, already_logged=True)
            result = LogResult(found)
        else:
            opp = opportunity if opportunity is not None else meta.get("opportunity")
            if opp is None:
                raise InputError(
                    f"{path}: name the opportunity (front matter 'opportunity:' or --opportunity) "
                    "or an existing interview"
                )
            stage_name = meta.get("stage", stage)
            if stage_name is None:
                raise InputError(
                    f"{path}: name the stage to create the interview (front matter 'stage:' "
                    "or --stage)"
                )
            tz = str(meta.get("timezone") or local_timezone())
            when = str(meta.get("date", "now"))
            starts_at = parse_datetime(when, tz, f"{path}: date")
            duration = meta.get("duration")
            if duration is not None and not (isinstance(duration, int) and duration > 0):
                raise InputError(f"{path}: duration {duration!r} must be a number of minutes")
            try:
                opp_row = resolve_opportunity(ws, str(opp))
                same = _same_interviews(
                    ws, opp_row.id, str(stage_name), starts_at if "date" in meta else None
                )
                done = _holding(ws, notes, same)
                if done is not None:
                    return LogResult(interviews.show(ws, done.id), already_logged=True)
                result = start_interview(
                    ws,
                    opportunity=opp_row.id,
                    stage=str(stage_name),
                    starts_at=starts_at,
                    timezone=tz,
                    contacts=_as_list(meta.get("contacts")),
                    choose=choose,
                    yes=yes,
                    duration_minutes=duration,
                    location=str(meta["location"]) if meta.get("location") else None,
                    notes=notes.preamble,
                )
            except AskbackError as exc:
                # Name the file: the front matter is where the mistake is.
                message = str(exc)
                raise type(exc)(
                    message if message.startswith(str(path)) else f"{path}: {message}"
                ) from None
        _save_entries(ws, notes, result, choose=choose, yes=yes)
        # Loaded here, in the transaction: the caller reads them after the session is closed.
        result.interview = interviews.show(ws, result.interview.id)
    return result


def _save_entries(
    ws: Workspace,
    notes: NotesFile,
    result: LogResult,
    *,
    choose: ChooseContact | None = None,
    yes: bool = False,
) -> None:
    default_contact = notes.meta.get("contact")
    people = {c.id for c in result.interview.contacts}
    company = result.interview.opportunity.company
    for entry in notes.entries:
        item = entry.answer
        if item.contact is None and default_contact is not None:
            item.contact = str(default_contact)
        if item.contact is None and len(people) == 1:
            item.contact = next(iter(people))
        try:
            if item.contact is not None and not isinstance(item.contact, int):
                found, created = find_or_add_contacts(
                    ws, [item.contact], company, choose=choose, yes=yes
                )
                item.contact = found[0].id
                result.created_contacts.extend(created)
                if found[0].id not in people:
                    interviews.add_contact(ws, result.interview.id, found[0].id)
                    people.add(found[0].id)
            result.answers.append(answer_cases.add(ws, result.interview.id, item))
        except AskbackError as exc:
            raise InputError(f"{notes.path}:{entry.line}: {exc}") from None


__all__ = ["PlanSheet", "find_or_add_contacts", "log_notes", "read_plan", "read_plan_sheet"]
