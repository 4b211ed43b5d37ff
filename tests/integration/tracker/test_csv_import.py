"""Importing a spreadsheet: mapping, dry run, a per-row report, all or nothing, --skip-invalid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askback.app import Workspace, opportunities
from askback.app.csv_import import CsvImportError, import_csv
from askback.errors import InputError
from tests.integration.tracker.helpers import cli, snapshot

SHEET = """Firma;Stelle;Status;Beworben am;Gehalt;Ort;Link;Notizen
Acme;Data Scientist;Interview;03.02.2025;60-70k EUR;Berlin;https://acme.example/1;nice team
Globex;ML Engineer;applied;2025-02-10;€80,000;Remote;;
Initech;Analyst;Absage;2025-01-05;;;;"gone; but ok"
"""

BAD = """Company,Role,Status,Applied,Salary
Acme,DS,applied,2025-02-30,60k
Globex,,applied,2025-02-01,
Initech,Analyst,ghosted,2025-02-01,lots
Hooli,DS,applied,2025-02-01,70k
Acme,DS,applied,2025-02-01,
"""


def write(tmp_path: Path, text: str, name: str = "sheet.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_german_spreadsheet_imports(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, SHEET)
    report = import_csv(
        workspace, path, mapping={"Firma": "company", "Stelle": "role", "Ort": "location"}
    )
    assert (report.rows, report.imported, report.errors) == (3, 3, [])
    assert report.mapping["Gehalt"] == "pay" and report.mapping["Beworben am"] == "applied_on"
    rows = {
        s.opportunity.company: s.opportunity for s in opportunities.list_opportunities(workspace)
    }
    acme = opportunities.show(workspace, rows["Acme"].id)
    assert (acme.status, acme.pay_min, acme.pay_max, acme.currency) == (
        "interviewing",
        60_000,
        70_000,
        "EUR",
    )
    assert [c.status for c in acme.status_changes] == ["applied", "interviewing"]
    assert acme.status_changes[0].changed_at.date().isoformat() == "2025-02-03"
    assert acme.links == ["https://acme.example/1"]
    assert (rows["Globex"].pay_min, rows["Globex"].currency) == (80_000, "EUR")
    assert rows["Initech"].status == "rejected"
    assert rows["Initech"].notes == "gone; but ok"


def test_per_row_report_and_all_or_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, BAD)
    with pytest.raises(CsvImportError) as info:
        import_csv(workspace, path)
    report = info.value.report
    found = {(e.row, e.column) for e in report.errors}
    assert found == {
        (2, "Applied"),
        (3, "Role"),
        (4, "Status"),
        (4, "Salary"),
        (6, "Company"),
    }
    text = str(info.value)
    assert "row 2, column 'Applied': impossible date '2025-02-30'" in text
    assert "row 3, column 'Role': role is empty" in text
    assert "row 6, column 'Company': duplicate of row 2" in text
    assert "4 rows out of 5 have errors, so nothing was imported" in text
    assert opportunities.list_opportunities(workspace) == []


def test_duplicates_within_the_file_and_with_the_database(
    workspace: Workspace, tmp_path: Path
) -> None:
    opportunities.add(workspace, company="Globex", role="MLE")
    path = write(tmp_path, "Company,Role\nAcme,DS\nacme,ds\nGlobex,MLE\n")
    with pytest.raises(CsvImportError) as info:
        import_csv(workspace, path)
    problems = {e.row: e.problem for e in info.value.report.errors}
    assert problems == {3: "duplicate of row 2", 4: "already tracked (id 1); remove the row"}


def test_skip_invalid_imports_the_rest(workspace: Workspace, tmp_path: Path) -> None:
    report = import_csv(workspace, write(tmp_path, BAD), skip_invalid=True)
    assert report.imported == 1
    assert [s.opportunity.company for s in opportunities.list_opportunities(workspace)] == ["Hooli"]


def test_dry_run_checks_but_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    report = import_csv(
        workspace,
        write(tmp_path, SHEET),
        mapping={"Firma": "company", "Stelle": "role"},
        dry_run=True,
    )
    assert (report.valid, report.imported) == (3, 0)
    assert opportunities.list_opportunities(workspace) == []


def test_contacts_sheet(workspace: Workspace, tmp_path: Path) -> None:
    path = write(
        tmp_path, 'Name,Company,Met via,Tags,Follow up\nJane,Acme,meetup,"pydata, ml",2025-04-01\n'
    )
    report = import_csv(workspace, path, target="contacts")
    assert report.imported == 1
    from askback.app import contacts

    jane = contacts.show(workspace, "Jane")
    assert (jane.how_met, jane.tags, str(jane.follow_up)) == (
        "meetup",
        ["pydata", "ml"],
        "2025-04-01",
    )


def test_missing_columns(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing columns for role .*--map COLUMN=role"):
        import_csv(workspace, write(tmp_path, "Company,Notes\nAcme,x\n"))


def test_wrong_encoding(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "Company,Role\nMünchen GmbH,Datenanalyst\n", encoding="cp1252")
    with pytest.raises(InputError, match=r"sheet.csv:2: not valid utf-8 text .*--encoding"):
        import_csv(workspace, path)
    assert opportunities.list_opportunities(workspace) == []
    report = import_csv(workspace, path, encoding="cp1252")
    assert report.imported == 1
    assert opportunities.show(workspace, "münchen").company == "München GmbH"


def test_utf16_is_named(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "\ufeffCompany,Role\nAcme,DS\n", encoding="utf-16")
    with pytest.raises(InputError, match="the file is UTF-16, not UTF-8"):
        import_csv(workspace, path)


def test_size_limit(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path, "Company,Role\n" + "Acme,DS\n" * 2000)
    with pytest.raises(InputError, match=r"over the 1.0 kB limit"):
        import_csv(workspace, path, max_mb=0.001)


def test_csv_cli(database_url: str, tmp_path: Path) -> None:
    path = write(tmp_path, SHEET)
    maps = ["--map", "Firma=company", "--map", "Stelle=role", "--map", "Notizen=-"]
    dry = cli(database_url, "import", "csv", str(path), *maps, "--dry-run")
    assert dry.code == 0 and "3 of 3 rows would be imported" in dry.output
    assert snapshot(database_url)["opportunities"] == []
    done = cli(database_url, "import", "csv", str(path), *maps, "--json")
    report = json.loads(done.output)
    assert (report["imported"], report["ignored"]) == (3, ["Notizen"])
    bad = cli(database_url, "import", "csv", str(write(tmp_path, BAD, "bad.csv")))
    assert bad.code == 1 and "row 4, column 'Status': unknown status 'ghosted'" in bad.error
    assert len(snapshot(database_url)["opportunities"]) == 3


def test_a_dry_run_with_bad_rows_shows_the_mapping_and_the_report(
    database_url: str, tmp_path: Path
) -> None:
    path = write(tmp_path, BAD)
    dry = cli(database_url, "import", "csv", str(path), "--dry-run")
    assert dry.code == 1
    assert "Company → company" in dry.output and "Salary → pay" in dry.output
    assert "row 2, column 'Applied': impossible date '2025-02-30'" in dry.error
    as_json = cli(database_url, "import", "csv", str(path), "--dry-run", "--json")
    report = json.loads(as_json.output)
    assert (report["rows"], report["valid"]) == (5, 1)
    assert {"row": 3, "column": "Role", "problem": "role is empty"} in report["errors"]
    none_valid = write(tmp_path, "Company,Role\nAcme,\n", "none.csv")
    run = cli(database_url, "import", "csv", str(none_valid))
    assert "no row is valid" in run.error and "--skip-invalid" not in run.error
    assert snapshot(database_url)["opportunities"] == []
