"""Dates as people type them, through every entry path: CLI, CSV import and notes files."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from askback.app import Workspace, contacts, interviews, opportunities
from askback.app.csv_import import CsvImportError, import_csv
from askback.times import zone
from tests.integration.tracker.helpers import cli


def _today(tz: str) -> date:
    return datetime.now(zone(tz) or UTC).date()


def test_the_cli_reads_words_and_written_dates(workspace: Workspace) -> None:
    url = workspace.url
    assert cli(url, "contact", "add", "Ana", "--follow-up", "tomorrow").code == 0
    assert cli(url, "contact", "add", "Bo", "--follow-up", "Nov 21 2026").code == 0
    assert cli(url, "opportunity", "add", "Nordlicht", "DS").code == 0
    done = cli(
        url,
        *("interview", "add", "nordlicht", "--stage", "team"),
        *("--at", "21.11.2026 15:00", "--tz", "Europe/Berlin"),
    )
    assert done.code == 0, done.error
    follow = {c.name: c.follow_up for c in contacts.list_contacts(workspace)}
    assert follow["Bo"] == date(2026, 11, 21)
    tomorrow = _today("UTC") + timedelta(days=1)
    assert follow["Ana"] in {tomorrow, tomorrow + timedelta(days=1), tomorrow - timedelta(days=1)}
    (talk,) = interviews.list_interviews(workspace)
    assert talk.starts_at.replace(tzinfo=UTC) == datetime(2026, 11, 21, 14, 0, tzinfo=UTC)


def test_an_ambiguous_date_is_refused_until_an_order_is_set(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = workspace.url
    refused = cli(url, "contact", "add", "Ana", "--follow-up", "05/06/2027")
    assert refused.code != 0
    assert "5 June 2027" in refused.error and "May 6, 2027" in refused.error
    assert "date-order" in refused.error
    assert contacts.list_contacts(workspace) == []
    monkeypatch.setenv("ASKBACK_DATE_ORDER", "MDY")
    assert cli(url, "contact", "add", "Ana", "--follow-up", "05/06/2027").code == 0
    assert contacts.show(workspace, "Ana").follow_up == date(2027, 5, 6)


def test_the_setting_is_saved_and_read(workspace: Workspace) -> None:
    url = workspace.url
    assert cli(url, "settings", "date-order", "dmy").code == 0
    shown = cli(url, "settings", "show", "--json")
    assert json.loads(shown.output)["date_order"] == "DMY"
    assert cli(url, "contact", "add", "Ana", "--follow-up", "05/06/2027").code == 0
    assert contacts.show(workspace, "Ana").follow_up == date(2027, 6, 5)
    assert cli(url, "settings", "date-order", "--reset").code == 0
    assert cli(url, "contact", "add", "Bo", "--follow-up", "05/06/2027").code != 0
    bad = cli(url, "settings", "date-order", "YMD")
    assert bad.code != 0 and "use DMY or MDY" in bad.error


def test_csv_import_names_the_row_and_both_readings(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "apps.csv"
    path.write_text(
        "Company,Role,Applied\nNordlicht,DS,Nov 3 2026\nKettle,ML,04/07/2026\n", encoding="utf-8"
    )
    with pytest.raises(CsvImportError) as info:
        import_csv(workspace, path)
    text = str(info.value)
    assert "row 3, column 'Applied'" in text and "4 July 2026" in text and "April 7, 2026" in text
    assert "--date-format" in text
    assert opportunities.list_opportunities(workspace) == []
    # An explicit format settles it for the whole file.
    path.write_text("Company,Role,Applied\nKettle,ML,04/07/2026\n", encoding="utf-8")
    import_csv(workspace, path, date_format="%m/%d/%Y")
    (row,) = opportunities.list_opportunities(workspace)
    assert row.opportunity.company == "Kettle"
    first = opportunities.show(workspace, "kettle").status_changes[0]
    assert first.changed_at.date() == date(2026, 4, 7)
