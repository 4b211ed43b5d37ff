"""CSV: one file per table, for spreadsheets and pandas."""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path
from typing import Any

from askback.export.records import Document
from askback.export.writing import write_all

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
        # The minimal quoting leaves a lone carriage return (a line end only to "\r\n"
        # writers) bare, and readers then split the record there: such a row is fully quoted.
        quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
        writer.writerow(fields)
        for row in rows:
            cells = [_cell(row.get(f)) for f in fields]
            (quoted if any("\r" in c for c in cells) else writer).writerow(cells)
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
        """Every table's file, all written or none (files written before a failure are removed)."""
        files = {f"{table}.csv": functools.partial(self._encoded, doc, table) for table in TABLES}
        return write_all(folder, files)

    def _encoded(self, doc: Document, table: str) -> bytes:
        return self.render(doc, table).encode(self.encoding)
