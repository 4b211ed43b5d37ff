"""Output formats, one small class each, over the versioned `Document` (no database here).

The formats load on first use: the record models in `askback.export.records` are needed by
every write, the writers only by an export.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from askback.export.csvfiles import CsvExport
    from askback.export.ics import IcsCalendar
    from askback.export.jsonfile import JsonExport
    from askback.export.markdown import MarkdownDossier

_HOME = {
    "CsvExport": "askback.export.csvfiles",
    "IcsCalendar": "askback.export.ics",
    "JsonExport": "askback.export.jsonfile",
    "MarkdownDossier": "askback.export.markdown",
}

__all__ = ["FORMATS", "CsvExport", "IcsCalendar", "JsonExport", "MarkdownDossier"]


def __getattr__(name: str) -> Any:
    if name == "FORMATS":
        value: Any = {
            "json": __getattr__("JsonExport"),
            "csv": __getattr__("CsvExport"),
            "markdown": __getattr__("MarkdownDossier"),
            "ics": __getattr__("IcsCalendar"),
        }
    elif name in _HOME:
        value = getattr(importlib.import_module(_HOME[name]), name)
    else:
        raise AttributeError(f"module 'askback.export' has no attribute {name!r}")
    globals()[name] = value
    return value
