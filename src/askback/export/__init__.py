"""Output formats, one small class each, over the versioned `Document` (no database here)."""

from askback.export.csvfiles import CsvExport
from askback.export.ics import IcsCalendar
from askback.export.jsonfile import JsonExport
from askback.export.markdown import MarkdownDossier

FORMATS = {
    "json": JsonExport,
    "csv": CsvExport,
    "markdown": MarkdownDossier,
    "ics": IcsCalendar,
}

__all__ = ["FORMATS", "CsvExport", "IcsCalendar", "JsonExport", "MarkdownDossier"]
