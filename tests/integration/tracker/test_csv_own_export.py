"""askback's own `export csv`, imported again, keeps every column the import can hold; a
failed import names file, line and problem and leaves the database as it was."""

from __future__ import annotations

import csv
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace, opportunities
from askback.app.csv_import import CsvImportError, import_csv
from askback.app.exports import write_csv
from askback.errors import InputError
from askback.store.values import PayPeriod, Remote, Status
from tests.integration.tracker.helpers import cli

# Deliberately not imported: the id is the new database's to give, and updated_at is the time
# of the last change in this database (the import is one).
NOT_IMPORTED = {"id", "updated_at"}

# Quotes, the delimiters the reader guesses between, line breaks and text beyond ASCII.
ODD = st.sampled_from([*"aZ9 ,;|\t\"'\n\r-–€$£éüß中😀", "\r\n", '""', "Ü"])
TEXT = st.lists(ODD, min_size=1, max_size=12).map("".join).map(str.strip).filter(bool)
URL = st.lists(st.sampled_from(list("abc019/?=&,.%-_~é中")), max_size=12).map(
    lambda path: "https://jobs.example/" + "".join(path)
)
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7))])
MOMENT = st.datetimes(datetime(1971, 1, 1), datetime(2090, 1, 1), timezones=ZONES)


@st.composite
def opportunity(draw: st.DrawFn) -> dict[str, Any]:
    low = draw(st.none() | st.integers(0, 2_000_000))
    high = draw(st.none() | st.integers(low or 0, 3_000_000))
    return {
        "company": draw(TEXT),
        "role": draw(TEXT),
        "status": draw(st.sampled_from(list(Status))).value,
        "links": draw(st.lists(URL, max_size=3)),
        "location": draw(st.none() | TEXT),
        "remote": draw(st.none() | st.sampled_from([r.value for r in Remote])),
        "pay_min": low,
        "pay_max": high,
        "currency": draw(st.none() | st.sampled_from(["EUR", "USD", "GBP", "CHF"])),
        "pay_period": draw(st.none() | st.sampled_from([p.value for p in PayPeriod])),
        "source": draw(st.none() | TEXT),
        "notes": draw(st.just("") | TEXT),
        "at": draw(MOMENT),
    }


def _key(row: dict[str, Any]) -> tuple[str, str]:
    return (row["company"].casefold(), row["role"].casefold())


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = [{k: v for k, v in r.items() if k not in NOT_IMPORTED} for r in csv.DictReader(f)]
    return sorted(rows, key=_key)


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(opportunity(), min_size=1, max_size=4, unique_by=_key))
def test_export_import_export_keeps_every_imported_column(items: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Workspace.open(f"sqlite:///{folder / 'one.sqlite3'}") as one:
            for item in items:
                opportunities.add(one, **item)
            write_csv(one, folder / "first")
        with Workspace.open(f"sqlite:///{folder / 'two.sqlite3'}") as two:
            report = import_csv(two, folder / "first" / "opportunities.csv")
            write_csv(two, folder / "second")
        assert report.ignored == sorted(NOT_IMPORTED)
        first = _rows(folder / "first" / "opportunities.csv")
        assert _rows(folder / "second" / "opportunities.csv") == first
        assert len(first) == len(items)


def test_every_exported_column_is_imported_or_named_as_not(
    workspace: Workspace, tmp_path: Path
) -> None:
    opportunities.add(workspace, company="Acme", role="DS", pay_min=50, pay_period="hour")
    write_csv(workspace, tmp_path)
    with (tmp_path / "opportunities.csv").open(encoding="utf-8-sig") as f:
        header = next(csv.reader(f))
    report = import_csv(workspace, tmp_path / "opportunities.csv", dry_run=True, skip_invalid=True)
    assert set(report.mapping) == set(header) - NOT_IMPORTED
    assert all(column == field for column, field in report.mapping.items())


def test_created_on_and_created_at_together_are_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Company,Role,Date added,Created at\nAcme,DS,2026-04-01,2026-04-02T10:00Z\n")
    with pytest.raises(InputError) as err:
        import_csv(workspace, path)
    assert f"{path}:1:" in str(err.value) and "--map Created at=-" in str(err.value)
    assert "'Date added' and 'Created at' both say when you started tracking it" in str(err.value)


def test_a_midnight_date_imports_as_its_day(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "pandas.csv"
    path.write_text(
        "Company,Role,Date applied,Date added\n"
        "Acme,DS,2026-04-10 00:00:00,\n"
        "Globex,ML,10.04.2026 00:00,\n"
        "Initech,BI,,2026-04-10T00:00:00\n"
        "Hooli,PM,2026-04-10 18:45,\n"
    )
    report = import_csv(workspace, path)
    assert report.imported == 4
    for opp_id in report.ids:
        row = opportunities.show(workspace, opp_id)
        assert row.status_changes[0].changed_at.date().isoformat() == "2026-04-10"


def _export(url: str, folder: Path) -> dict[str, bytes]:
    assert cli(url, "export", "csv", "--out", str(folder)).code == 0
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


BROKEN = {
    # A bad row among good ones: every row is checked, nothing written.
    "bad_row.csv": "Company,Role,Pay period,Date applied\nNew,DS,year,2026-04-10 00:00:00\n"
    "Other,ML,weekly,2026-04-11\n",
    # A quote never closed on line 3.
    "quote.csv": 'Company,Role\nNew,DS\nOther,"ML\n',
    # A header with two columns for when tracking started.
    "header.csv": "Company,Role,Created,Created at\nNew,DS,2026-04-10,2026-04-10T09:00:00Z\n",
    # Already tracked, from a re-import of the own export.
    "again.csv": "company,role,pay_period\nAcme,Data Scientist,month\n",
}
WHERE = {
    "bad_row.csv": ["row 3, column 'Pay period': unknown pay period 'weekly'"],
    "quote.csv": [":3: not readable as CSV"],
    "header.csv": [":1: columns 'Created' and 'Created at'"],
    "again.csv": ["row 2, column 'company': already tracked (id 1)"],
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_failed_import_names_the_place_and_changes_nothing(
    database_url: str, tmp_path: Path, name: str
) -> None:
    assert (
        cli(
            database_url,
            "opportunity",
            "add",
            "Acme",
            "Data Scientist",
            "--pay",
            "5k EUR",
            "--period",
            "month",
        ).code
        == 0
    )
    before = _export(database_url, tmp_path / "before")
    path = tmp_path / name
    path.write_text(BROKEN[name], encoding="utf-8")
    run = cli(database_url, "import", "csv", str(path))
    assert run.code != 0
    assert str(path) in run.error
    for part in WHERE[name]:
        assert part in run.error
    assert _export(database_url, tmp_path / "after") == before


def test_a_bad_row_report_is_the_api_error_too(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(BROKEN["bad_row.csv"])
    with pytest.raises(CsvImportError) as err:
        import_csv(workspace, path)
    assert [(e.row, e.column) for e in err.value.report.errors] == [(3, "Pay period")]
    assert opportunities.list_opportunities(workspace) == []
