"""CSV: one file per table, for spreadsheets and pandas."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from askback.export.records import Document

TABLES = (
    "opportunities",
    "status_changes",
    "contacts",
    "interviews",
    "answers",
    "signals",
    "custom_questions",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


class CsvExport:
    """Writes `<table>.csv` for every table of a document (UTF-8 with a BOM, for Excel)."""

    encoding = "utf-8-sig"

    def render(self, doc: Document, table: str) -> str:
        rows = [r.model_dump(mode="json") for r in getattr(doc, table)]
        fields = self.columns(table)
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        for row in rows:
            writer.writerow([_cell(row.get(f)) for f in fields])
        return out.getvalue()

    def columns(self, table: str) -> list[str]:
        from askback.export import records

        models: dict[str, type[records.Record]] = {
            "opportunities": records.OpportunityRecord,
            "status_changes": records.StatusChangeRecord,
            "contacts": records.ContactRecord,
            "interviews": records.InterviewRecord,
            "answers": records.AnswerRecord,
            "signals": records.SignalRecord,
            "custom_questions": records.CustomQuestionRecord,
        }
        return list(models[table].model_fields)

    def write(self, doc: Document, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            path = folder / f"{table}.csv"
            path.write_text(self.render(doc, table), encoding=self.encoding, newline="")
            written.append(path)
        return written
