"""A header that names one column twice would lose one of the two cells of every row.

Spreadsheets allow two columns with the same heading (two "Notes" columns, a "Company" column
copied next to itself); a reader keyed by heading keeps only one cell of each row, so the other
one vanishes without a word. The import must refuse such a file, naming the file, line 1 and the
heading, and change nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace, opportunities
from askback.app.csv_import import import_csv
from askback.errors import InputError
from tests.integration.tracker.helpers import cli, snapshot

FILES = {
    "two-company-columns": ("opportunities", "Company,Company,Role\nKiel Werft,Nordsee AG,DS\n"),
    "two-notes-columns": ("contacts", "name;notes;Notes \nJule Hahn;met at PyCon;send slides\n"),
    "unmapped-twice": ("opportunities", "Company,Role,Extra,Extra\nA,B,keep me,and me\n"),
}


@pytest.mark.parametrize("name", list(FILES))
def test_a_repeated_heading_is_refused_naming_it_and_nothing_changes(
    database_url: str, tmp_path: Path, name: str
) -> None:
    cli(database_url, "opportunity", "add", "Bestand AG", "Analyst")
    target, text = FILES[name]
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    before = snapshot(database_url)
    run = cli(database_url, "import", "csv", str(path), "--into", target)
    assert run.code == 1, run.output
    assert f"{path}:1:" in run.error and "appears twice" in run.error, run.error
    assert "Traceback" not in run.error
    assert snapshot(database_url) == before
    # A dry run says the same: it is the file, not the database, that is wrong.
    dry = cli(database_url, "import", "csv", str(path), "--into", target, "--dry-run")
    assert dry.code == 1 and "appears twice" in dry.error


HEADINGS = st.sampled_from(
    ["Company", "Role", "Notes", "Location", "Recruiter", "Stelle", "Firma", "Kommentar", "x"]
)


@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    extra=st.lists(HEADINGS, min_size=0, max_size=4),
    repeated=HEADINGS,
    where=st.data(),
    spaces=st.sampled_from(["", " ", "  "]),
)
def test_any_repeated_heading_is_refused(
    workspace: Workspace,
    tmp_path: Path,
    extra: list[str],
    repeated: str,
    where: st.DataObject,
    spaces: str,
) -> None:
    header = ["Company", "Role", *extra]
    header.insert(where.draw(st.integers(0, len(header))), spaces + repeated)
    header.insert(where.draw(st.integers(0, len(header))), repeated + spaces)
    cells = [f"cell {i}" for i in range(len(header))]
    path = tmp_path / "sheet.csv"
    path.write_text(",".join(header) + "\n" + ",".join(cells) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_csv(workspace, path, dry_run=True)
    message = str(caught.value)
    assert message.startswith(f"{path}:1:") and "appears twice" in message, message
    assert opportunities.list_opportunities(workspace) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            '"Com\npany",Role\nA,B\n',
            r"missing columns for company \(columns found: 'Com\\npany', Role\)",
        ),
        (
            "Firma\tStelle\x07\nA\tB\n",
            r"missing columns for role \(columns found: Firma, 'Stelle\\x07'\)",
        ),
    ],
    ids=["line-break-in-heading", "control-character-in-heading"],
)
def test_header_problems_name_line_1_and_show_odd_headings_escaped(
    workspace: Workspace, tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_csv(workspace, path)
    message = str(caught.value)
    assert message.startswith(f"{path}:1: "), message
    assert "\n" not in message and "\x07" not in message, message
    assert re.search(problem, message), message
