"""`askback log`: record an interview from a notes file, or answer by answer as it happens."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from askback.app import answers as answer_cases
from askback.app import interviews
from askback.app.common import (
    local_timezone,
    parse_datetime,
    resolve_contact,
    resolve_interview,
    resolve_opportunity,
)
from askback.app.notes import NotesFile
from askback.app.workspace import Workspace
from askback.errors import AskbackError, InputError, NotFoundError
from askback.export.reading import read_text
from askback.store.models import Answer, Contact, Interview

MAX_PLAN_BYTES = 2_000_000
_PLAN_MD = re.compile(r"^### \d+\. (\S+) ·", re.M)
_PLAN_HTML = re.compile(r'<div class="tag">([^ <]+) ·')
_ID_TOKEN = re.compile(r"(?<![\w-])([a-z]+-\d{3}|my-[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w-])")


@dataclass
class LogResult:
    interview: Interview
    answers: list[Answer] = field(default_factory=list)
    created_interview: bool = False
    created_contacts: list[str] = field(default_factory=list)


def find_or_add_contacts(
    ws: Workspace, names: Sequence[str], company: str | None
) -> tuple[list[Contact], list[str]]:
    """Contacts by id or name; a name nobody has yet becomes a new contact at the company."""
    from askback.app import contacts

    found: list[Contact] = []
    created: list[str] = []
    with ws.transaction():
        for name in names:
            try:
                found.append(resolve_contact(ws, name))
            except NotFoundError:
                if str(name).strip().isdigit():
                    raise
                found.append(contacts.add(ws, name=str(name).strip(), company=company))
                created.append(str(name).strip())
    return found, created


def start_interview(
    ws: Workspace,
    *,
    opportunity: str | int,
    stage: str,
    starts_at: datetime,
    timezone: str | None = None,
    contacts: Sequence[str] = (),
    duration_minutes: int | None = None,
    location: str | None = None,
    notes: str = "",
) -> LogResult:
    """Create the interview being logged, adding contacts met for the first time."""
    with ws.transaction():
        opp = resolve_opportunity(ws, opportunity)
        people, created = find_or_add_contacts(ws, contacts, opp.company)
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
    if isinstance(value, list):
        return [str(v) for v in value]
    return [p.strip() for p in str(value).split(",") if p.strip()]


def log_notes(
    ws: Workspace,
    notes: NotesFile,
    *,
    interview: str | int | None = None,
    opportunity: str | int | None = None,
) -> LogResult:
    """Save a whole notes file in one transaction; any bad entry (file:line) saves nothing."""
    meta = notes.meta
    path = notes.path
    with ws.transaction():
        target = interview if interview is not None else meta.get("interview")
        if target is not None:
            result = LogResult(resolve_interview(ws, target))
        else:
            opp = opportunity if opportunity is not None else meta.get("opportunity")
            if opp is None:
                raise InputError(
                    f"{path}: name the opportunity (front matter 'opportunity:' or --opportunity) "
                    "or an existing interview"
                )
            if "stage" not in meta:
                raise InputError(f"{path}: the front matter needs 'stage:' to create the interview")
            tz = str(meta.get("timezone") or local_timezone())
            when = str(meta.get("date", "now"))
            duration = meta.get("duration")
            if duration is not None and not (isinstance(duration, int) and duration > 0):
                raise InputError(f"{path}: duration {duration!r} must be a number of minutes")
            result = start_interview(
                ws,
                opportunity=str(opp),
                stage=str(meta["stage"]),
                starts_at=parse_datetime(when, tz, f"{path}: date"),
                timezone=tz,
                contacts=_as_list(meta.get("contacts")),
                duration_minutes=duration,
                location=str(meta["location"]) if meta.get("location") else None,
                notes=notes.preamble,
            )
        default_contact = meta.get("contact")
        people = {c.id for c in result.interview.contacts}
        for entry in notes.entries:
            item = entry.answer
            if item.contact is None and default_contact is not None:
                item.contact = str(default_contact)
            if item.contact is None and len(people) == 1:
                item.contact = next(iter(people))
            try:
                if item.contact is not None and not isinstance(item.contact, int):
                    found, created = find_or_add_contacts(
                        ws, [item.contact], result.interview.opportunity.company
                    )
                    item.contact = found[0].id
                    result.created_contacts.extend(created)
                    if found[0].id not in people:
                        interviews.add_contact(ws, result.interview.id, found[0].id)
                        people.add(found[0].id)
                result.answers.append(answer_cases.add(ws, result.interview.id, item))
            except AskbackError as exc:
                raise InputError(f"{path}:{entry.line}: {exc}") from None
    return result


def read_plan(ws: Workspace, path: Path) -> list[str]:
    """Question ids from a plan file: `askback plan --out` JSON or Markdown, or one id per line."""
    text = read_text(path, max_bytes=MAX_PLAN_BYTES, size_option=None, encoding_option=None)
    ids: list[str] = []
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
        if isinstance(data, dict) and data.get("kind") == "askback-plan":
            # `askback plan --out x.json`: walk `questions` only, never the `later` suggestions.
            ids = [str(q.get("id")) for q in data.get("questions", []) if isinstance(q, dict)]
        else:
            ids = _ids_in_json(data)
    else:
        # `askback plan --out` Markdown and HTML name each planned question in a fixed place.
        ids = _PLAN_MD.findall(text) or _PLAN_HTML.findall(text) or _ID_TOKEN.findall(text)
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise InputError(f"{path}: no question ids found (expected ids like 'dei-012')")
    known = ws.bank.by_id
    unknown = [q for q in ids if q not in known]
    if unknown:
        raise InputError(f"{path}: unknown question id(s): {', '.join(unknown)}")
    # A plan written before a merge names retired ids: log them under the live ones.
    return list(dict.fromkeys(known[q].id for q in ids))


def _ids_in_json(data: Any) -> list[str]:
    # A plan may be a list of ids, or objects holding them under question_id / id / questions.
    out: list[str] = []
    if isinstance(data, str):
        if _ID_TOKEN.fullmatch(data):
            out.append(data)
    elif isinstance(data, list):
        for item in data:
            out.extend(_ids_in_json(item))
    elif isinstance(data, dict):
        for key in ("question_id", "id", "qid"):
            value = data.get(key)
            if isinstance(value, str) and _ID_TOKEN.fullmatch(value):
                out.append(value)
                break
        for key, value in data.items():
            if isinstance(value, (list, dict)) and key not in ("related", "follow_ups"):
                out.extend(_ids_in_json(value))
    return out
