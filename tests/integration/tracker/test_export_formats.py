"""Each output format against stored expected output (regenerate with ASKBACK_UPDATE_EXPECTED=1)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from askback.app import Workspace, exports
from askback.app.transfer import import_document
from askback.export.jsonfile import JsonExport

DATA = Path(__file__).parent / "data"
EXPECTED = DATA / "expected"


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    import_document(workspace, JsonExport().read(DATA / "sample.json"))
    return workspace


def check(name: str, text: str) -> None:
    path = EXPECTED / name
    if os.environ.get("ASKBACK_UPDATE_EXPECTED") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    assert text == path.read_text(encoding="utf-8")


def test_markdown_dossier(filled: Workspace) -> None:
    # The bank's wording may change; the dossier must show whatever it is today.
    text = filled.bank.get("grow-001").text
    dossier = exports.dossier(filled, "acme")
    assert f"#### grow-001 · {text}\n" in dossier
    check("dossier-acme.md", dossier.replace(text, "<text of grow-001 in the bank>"))
    check("dossier-initech.md", exports.dossier(filled, 3))


def test_csv_tables(filled: Workspace, tmp_path: Path) -> None:
    paths = exports.write_csv(filled, tmp_path)
    assert [p.name for p in paths] == [
        "opportunities.csv",
        "status_changes.csv",
        "contacts.csv",
        "interviews.csv",
        "answers.csv",
        "signals.csv",
        "custom_questions.csv",
    ]
    for p in paths:
        raw = p.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so that Excel reads UTF-8
        check(f"csv/{p.name}", raw.decode("utf-8-sig"))


def _without_timezones(ics: str) -> str:
    # VTIMEZONE blocks come from the system's tz database, whose version varies.
    return re.sub(r"BEGIN:VTIMEZONE.*?END:VTIMEZONE\r\n", "", ics, flags=re.S)


def test_ics_calendar(filled: Workspace) -> None:
    ics = exports.calendar(filled).decode("utf-8")
    assert ics.count("BEGIN:VTIMEZONE") == 2  # Europe/Berlin and America/New_York
    check("interviews.ics", _without_timezones(ics).replace("\r\n", "\n"))
    one = exports.calendar(filled, "globex").decode("utf-8")
    assert one.count("BEGIN:VEVENT") == 1


def test_ics_parses_back(filled: Workspace) -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(exports.calendar(filled))
    events = sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    first = events[0]
    assert str(first["summary"]) == "Screen interview: Globex — ML Engineer"
    assert first.decoded("dtstart").isoformat() == "2025-02-10T10:00:00-05:00"
    assert str(first["uid"]) == "interview-3.local@askback"
