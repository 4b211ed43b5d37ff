"""Exports for people and other tools: CSV per table, a Markdown dossier, an ICS calendar."""

from __future__ import annotations

from pathlib import Path

from askback.app.common import resolve_opportunity
from askback.app.transfer import export_document
from askback.app.workspace import Workspace
from askback.export import CsvExport, IcsCalendar, JsonExport, MarkdownDossier


def json_text(ws: Workspace) -> str:
    """The whole workspace as the versioned JSON document."""
    return JsonExport().render(export_document(ws))


def write_json(ws: Workspace, path: Path) -> Path:
    """Write the whole workspace as one JSON document and return its path."""
    return JsonExport().write(export_document(ws), path)


def write_csv(ws: Workspace, folder: Path) -> list[Path]:
    """One CSV file per table in `folder`."""
    return CsvExport().write(export_document(ws), folder)


def dossier(ws: Workspace, ref: str | int) -> str:
    """One opportunity as a Markdown dossier, with question texts from the bank."""
    with ws.read():
        opp_id = resolve_opportunity(ws, ref).id
    doc = export_document(ws, opportunity_id=opp_id)
    bank = ws.bank
    wanted = doc.question_ids()
    texts = {qid: bank.by_id[qid].text for qid in wanted if qid in bank.by_id}
    return MarkdownDossier().render(doc, opp_id, texts)


def calendar(ws: Workspace, ref: str | int | None = None) -> bytes:
    """Interviews as an ICS calendar: all of them, or one opportunity's."""
    opp_id = None
    if ref is not None:
        with ws.read():
            opp_id = resolve_opportunity(ws, ref).id
    return IcsCalendar().render(export_document(ws, opportunity_id=opp_id, answers=False))
