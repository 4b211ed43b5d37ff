"""Spreadsheet CSV quoting: doubled quotes, cells over several lines, BOMs, ; and tab, big cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from askback.app import Workspace, contacts, opportunities
from askback.app.csv_import import import_csv
from askback.errors import InputError
from tests.integration.tracker.helpers import cli, snapshot


def _notes_by_company(ws: Workspace) -> dict[str, str]:
    return {
        s.opportunity.company: s.opportunity.notes for s in opportunities.list_opportunities(ws)
    }


# Files as the spreadsheet programs write them (bytes, so that line ends and BOMs stay exact).
EXCEL_UTF8 = (
    b"\xef\xbb\xbfCompany,Role,Notes\r\n"
    b'Acme,Data Scientist,"He said ""no"""\r\n'
    b'"Globex, Inc.",ML Engineer,"first line\nsecond line"\r\n'
    b'Initech,Analyst,"""quoted"" at the start"\r\n'
)
LIBREOFFICE_SEMICOLON = (
    b'"Company";"Role";"Notes"\n'
    b'"Acme";"Data Scientist";"He said ""no"""\n'
    b'"Globex, Inc.";"ML Engineer";"first line\nsecond line"\n'
    b'"Initech";"Analyst";"""quoted"" at the start"\n'
)
GOOGLE_SHEETS = (
    b"Company,Role,Notes\r\n"
    b'Acme,Data Scientist,"He said ""no"""\r\n'
    b'"Globex, Inc.",ML Engineer,"first line\nsecond line"\r\n'
    b'Initech,Analyst,"""quoted"" at the start"'
)
TAB_SEPARATED = (
    b"Company\tRole\tNotes\n"
    b'Acme\tData Scientist\t"He said ""no"""\n'
    b'"Globex, Inc."\tML Engineer\t"first line\nsecond line"\n'
    b'Initech\tAnalyst\t"""quoted"" at the start"\n'
)
HAND_TYPED = (
    b"Company, Role, Notes\n"
    b'Acme, Data Scientist, "He said ""no"""\n'
    b'"Globex, Inc.", ML Engineer, "first line\nsecond line"\n'
    b'Initech, Analyst, """quoted"" at the start"\n'
)
EXPECTED = {
    "Acme": 'He said "no"',
    "Globex, Inc.": "first line\nsecond line",
    "Initech": '"quoted" at the start',
}


@pytest.mark.parametrize(
    "data",
    [EXCEL_UTF8, LIBREOFFICE_SEMICOLON, GOOGLE_SHEETS, TAB_SEPARATED, HAND_TYPED],
    ids=["excel", "libreoffice-semicolon", "google-sheets", "tab", "hand-typed"],
)
def test_spreadsheet_exports_keep_every_cell(
    workspace: Workspace, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    report = import_csv(workspace, path)
    assert (report.rows, report.imported, report.errors) == (3, 3, [])
    assert _notes_by_company(workspace) == EXPECTED


def test_the_issue_case_keeps_the_follow_up_and_makes_no_extra_contact(
    database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        'name,notes,follow_up\nAna Ruiz,"Asked about her ""drift"" talk\nsend paper",2025-04-10\n',
        encoding="utf-8",
    )
    run = cli(database_url, "import", "csv", str(path), "--into", "contacts")
    assert run.code == 0, run.error
    people = snapshot(database_url)["contacts"]
    assert [(p["name"], p["notes"], p["follow_up"]) for p in people] == [
        ("Ana Ruiz", 'Asked about her "drift" talk\nsend paper', "2025-04-10")
    ]


def test_a_semicolon_inside_a_comma_file_does_not_decide_the_dialect(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The header has one ';' inside a quoted name and two commas between cells.
    path = tmp_path / "sheet.csv"
    path.write_text('Company,"Role; level",Notes\nAcme,DS,"a;b;c;d"\n', encoding="utf-8")
    import_csv(workspace, path, mapping={"Role; level": "role"})
    [summary] = opportunities.list_opportunities(workspace)
    assert (summary.opportunity.role, summary.opportunity.notes) == ("DS", "a;b;c;d")


def test_a_cell_over_128_kb_imports_whole(workspace: Workspace, tmp_path: Path) -> None:
    big = ("All about the team. " * 10_000).strip()
    assert len(big) > 131_072
    path = tmp_path / "big.csv"
    path.write_text(f'name,notes\nAna Ruiz,"{big}"\n', encoding="utf-8")
    import_csv(workspace, path, target="contacts")
    [person] = contacts.list_contacts(workspace)
    assert person.notes == big


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('Company,Role\nAcme,DS\nGlobex,"ML\nEngineer\n', 3),
        ('Company,Role\nAcme,DS\n"Globex" Inc,ML\n', 3),
    ],
    ids=["never-closed", "text-after-closing-quote"],
)
def test_broken_quoting_names_the_line_and_imports_nothing(
    workspace: Workspace, tmp_path: Path, text: str, line: int
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=rf"bad\.csv:{line}: not readable as CSV .*twice"):
        import_csv(workspace, path)
    assert opportunities.list_opportunities(workspace) == []
