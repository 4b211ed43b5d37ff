"""Plan files for `askback log --plan`: the questions, and the opportunity, stage and people."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.reading import read_text
from askback.i18n import ngettext

MAX_PLAN_BYTES = 2_000_000
_PLAN_MD = re.compile(r"^### \d+\. (\S+) ·", re.M)
_PLAN_HTML = re.compile(r'<div class="tag">([^ <]+) ·')
_PLAN_MARKER = re.compile(r"<!-- askback-plan (\{.*?\}) -->")
_ID_TOKEN = re.compile(r"(?<![\w-])([a-z]+-\d{3}|my-[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w-])")


@dataclass
class PlanSheet:
    """What `askback log --plan` takes from a plan file: the questions, and where known the
    opportunity, the stage and whom each question was meant for (contact ids)."""

    ids: list[str]
    opportunity_id: int | None = None
    stage: str | None = None
    ask: dict[str, int] = field(default_factory=dict)


def read_plan(ws: Workspace, path: Path) -> list[str]:
    """Question ids from a plan file: `askback plan --out` JSON or Markdown, or one id per line."""
    return read_plan_sheet(ws, path).ids


def _sheet_meta(text: str, data: Any) -> dict[str, Any]:
    if isinstance(data, dict) and data.get("kind") == "askback-plan":
        ask = {
            str(q.get("id")): q.get("person")
            for q in data.get("questions", [])
            if isinstance(q, dict) and q.get("person")
        }
        return {
            "opportunity_id": data.get("opportunity_id"),
            "label": data.get("opportunity"),
            "stage": data.get("stage"),
            "ask": ask,
        }
    found = _PLAN_MARKER.search(text)
    if found is None:
        return _older_sheet(text, data)
    try:
        meta = json.loads(found.group(1))
    except json.JSONDecodeError:
        return {}  # a hand-edited marker: the questions still count, the rest is asked for
    return meta if isinstance(meta, dict) else {}


_SHEET_TITLE = re.compile(r"(?:^# |<title>)Interview plan: (.+?)(?:</title>|$)", re.M)
_SHEET_STAGE = re.compile(r"(?:^|<p class=\"meta\">)([a-z-]+) interview with ", re.M)


def _older_sheet(text: str, data: Any) -> dict[str, Any]:
    """A sheet written before sheets named the opportunity's id: its label and stage line."""
    from html import unescape

    title, stage = _SHEET_TITLE.search(text), _SHEET_STAGE.search(text)
    return {
        "label": unescape(title.group(1)).strip() if title else None,
        "stage": stage.group(1) if stage else None,
    }


def _by_label(ws: Workspace, label: Any) -> int | None:
    """The one opportunity whose label ("Acme — DS", or "… (#3)" for twins) is `label`."""
    from askback.store.models import Opportunity

    if not isinstance(label, str) or not label.strip():
        return None
    twin = re.fullmatch(r".+ \(#(\d+)\)", label.strip())
    if twin:
        return int(twin.group(1))
    with ws.read() as session:
        rows = session.scalars(select(Opportunity).where(Opportunity.owner == ws.owner)).all()
        found = [o.id for o in rows if o.label == label.strip()]
    return found[0] if len(found) == 1 else None


def _contact_id(value: Any) -> int | None:
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def read_plan_sheet(ws: Workspace, path: Path) -> PlanSheet:
    """A plan file read whole: the question ids, plus the opportunity, stage and people it names."""
    text = read_text(path, max_bytes=MAX_PLAN_BYTES, size_option=None, encoding_option=None)
    ids = _plan_ids(ws, path, text)
    data: Any = None
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        data = json.loads(text)  # valid: _plan_ids has read it
    meta = _sheet_meta(text, data)
    stage = meta.get("stage")
    ask_raw = meta.get("ask")
    ask = {}
    if isinstance(ask_raw, dict):
        live = ws.bank.by_id
        for qid, person in ask_raw.items():
            contact = _contact_id(person)
            if contact is not None and qid in live:
                ask[live[qid].id] = contact
    opportunity_id = _contact_id(meta.get("opportunity_id"))
    if opportunity_id is None:
        opportunity_id = _by_label(ws, meta.get("label"))
    return PlanSheet(
        ids=ids,
        opportunity_id=opportunity_id,
        stage=str(stage) if isinstance(stage, str) and stage else None,
        ask=ask,
    )


def _plan_ids(ws: Workspace, path: Path, text: str) -> list[str]:
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
        raise InputError(
            ngettext(
                "{path}: unknown question id: {ids}",
                "{path}: unknown question ids: {ids}",
                len(unknown),
                path=path,
                ids=", ".join(unknown),
            )
        )
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
