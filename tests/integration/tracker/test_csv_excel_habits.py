"""Two habits of spreadsheet programs that lose no data and so must not block an import.

- Empty columns past the data: a column that was once formatted stays in Excel's "used range",
  so its CSV ends every line with one more delimiter (`Firma;Stelle;` / `Acme;DS;`), or only the
  rows do. Nothing is in those columns, so the file imports as if they were not there; a value
  in a column without a heading is still refused, naming the file, the row and the column.
- `sep=;` as the first line: Excel writes and reads it to fix the delimiter. It is not a header.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace, opportunities
from askback.app.csv_import import import_csv
from askback.errors import InputError
from tests.integration.tracker.helpers import cli, snapshot


def _rows(ws: Workspace) -> list[tuple[str, str, str | None]]:
    return sorted(
        (s.opportunity.company, s.opportunity.role, s.opportunity.notes)
        for s in opportunities.list_opportunities(ws)
    )


FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
CELL = st.text(
    st.characters(
        whitelist_categories=("Lu", "Ll", "Nd", "Po", "Zs"),
        max_codepoint=0x2FFF,
        blacklist_characters='"',
    ),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() == s and s)


@FUZZ
@given(
    data=st.lists(
        st.tuples(CELL, CELL, CELL), min_size=1, max_size=4, unique_by=lambda r: r[0].casefold()
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    empty_columns=st.integers(1, 3),
    in_header=st.booleans(),
    line_end=st.sampled_from(["\n", "\r\n"]),
)
def test_empty_columns_past_the_data_change_nothing(
    workspace: Workspace,
    tmp_path: Path,
    data: list[tuple[str, str, str]],
    delimiter: str,
    empty_columns: int,
    in_header: bool,
    line_end: str,
) -> None:
    def quoted(cell: str) -> str:
        return f'"{cell}"'

    tail = delimiter * empty_columns
    lines = [delimiter.join(["Company", "Role", "Notes"]) + (tail if in_header else "")]
    lines += [delimiter.join(map(quoted, row)) + tail for row in data]
    path = tmp_path / "sheet.csv"
    path.write_text(line_end.join(lines) + line_end, encoding="utf-8-sig", newline="")
    report = import_csv(workspace, path, dry_run=True)
    assert (report.rows, report.valid, report.errors) == (len(data), len(data), [])
    assert report.ignored == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Company;Role;\nAcme;DS;\nGlobex;ML;keep this\n", "row 3: column 3 has a value"),
        ("Company,Role\nAcme,DS\nGlobex,ML,,keep this\n", "row 3: has 4 cells"),
    ],
    ids=["unnamed-column", "past-the-header"],
)
def test_a_value_in_a_column_without_a_heading_is_refused(
    database_url: str, tmp_path: Path, text: str, where: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    before = snapshot(database_url)
    run = cli(database_url, "import", "csv", str(path))
    assert run.code == 1, run.output
    assert str(path) in run.error and where in run.error, run.error
    assert snapshot(database_url) == before


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_excel_sep_line_names_the_delimiter_and_is_not_the_header(
    workspace: Workspace, tmp_path: Path, delimiter: str
) -> None:
    # The notes hold the other delimiters, so only the sep= line can tell which one splits.
    path = tmp_path / "sheet.csv"
    lines = [
        f"sep={delimiter}",
        delimiter.join(["Firma", "Stelle", "Notizen"]),
        delimiter.join(["Nordlicht", "DS", '"a,b;c|d\te"']),
    ]
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    report = import_csv(workspace, path)
    assert report.mapping == {"Firma": "company", "Stelle": "role", "Notizen": "notes"}
    assert _rows(workspace) == [("Nordlicht", "DS", "a,b;c|d\te")]


def test_after_a_sep_line_errors_still_name_the_file_line(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text('sep=;\nFirma;Stelle\nA;B\nC;"never closed\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"sheet\.csv:4: not readable as CSV"):
        import_csv(workspace, path)
    assert _rows(workspace) == []
