"""Every table the CLI prints, at 80 and 120 columns, keeps each token whole.

A token is what lies between spaces in a cell: a word, a number, a date, an amount, an id.
The commands run on the demo workspace (five opportunities, nine contacts, answers, signals,
a profile with deal breakers). Each rich table is caught as it renders; the test then reads
the printed text column by column and checks that the tokens of each column, in order, are
exactly the tokens of its cells: a token folded over two lines ("compan" / "y") fails.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.testing import CliRunner

from askback.cli import app
from askback.cli.output import Col, FitTable

SEPARATORS = re.compile("[│┃]")
NOW = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)

AD = """\
Senior Data Scientist (m/w/d), Hamburg. Salary 85,000–100,000 EUR a year, hybrid, two office
days. You will build forecasting models with our data engineering team and present results to
stakeholders. We offer 30 days of leave, a learning budget and a works council.
"""

COMMANDS: list[tuple[str, ...]] = [
    ("opportunity", "list"),
    ("contact", "list"),
    ("interview", "list"),
    ("answer", "list"),
    ("signal", "list"),
    ("assess", "1"),
    ("assess", "2"),
    ("plan", "1", "--with", "peer", "--minutes", "20"),
    ("plan", "2", "--with", "hiring-manager", "--stage", "final", "--verbose"),
    ("compare",),
    ("compare", "1", "2"),
    ("profile", "show"),
    ("questions",),
    ("questions", "-d", "compensation-contract"),
    ("questions", "search", "salary range"),
    ("questions", "--lang", "de", "-d", "growth"),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from askback.app.workspace import Workspace
    from askback.demo import populate

    home = tmp_path_factory.mktemp("tables")
    url = f"sqlite:///{home / 'demo.sqlite3'}"
    with Workspace.open(url) as ws:
        populate(ws, now=NOW)
    (home / "ad.txt").write_text(AD, encoding="utf-8")
    yield url


@pytest.fixture
def caught(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Table, int]]:
    """Every rich Table rendered during the test, with the width it was given."""
    seen: list[tuple[Table, int]] = []
    render = Table.__rich_console__

    def spy(self: Table, console: Any, options: Any) -> Any:
        seen.append((self, options.max_width))
        return render(self, console, options)

    monkeypatch.setattr(Table, "__rich_console__", spy)
    return seen


def rendered(table: Table, width: int) -> str:
    out = Console(width=width, file=io.StringIO(), color_system=None, highlight=False)
    out.print(table)
    assert isinstance(out.file, io.StringIO)
    return out.file.getvalue()


def column_tokens(text: str, columns: int) -> list[list[str]]:
    """The tokens of each column, read off the printed table line by line."""
    out: list[list[str]] = [[] for _ in range(columns)]
    for line in text.splitlines():
        if not SEPARATORS.search(line):
            continue  # title, borders and rules between rows
        fields = SEPARATORS.split(line)
        if len(fields) == columns + 2:  # a boxed table: edges on both sides
            fields = fields[1:-1]
        assert len(fields) == columns, f"cannot read the columns of: {line!r}"
        for j, field in enumerate(fields):
            out[j] += field.split()
    return out


def cell_tokens(table: Table) -> list[list[str]]:
    """The tokens each column holds: its header's, then its cells', in row order."""
    out = []
    for col in table.columns:
        tokens = str(col.header).split()
        for cell in col.cells:
            assert isinstance(cell, Text | str), f"unexpected cell {cell!r}"
            plain = cell.plain if isinstance(cell, Text) else Text.from_markup(cell).plain
            tokens += plain.split()
        out.append(tokens)
    return out


def same_tokens(where: str, expected: list[str], shown: list[str], cut_ok: bool) -> None:
    """Equal token lists; with cut_ok a token may end early in "…" (never fold or vanish)."""
    if not cut_ok:
        assert shown == expected, f"{where}: a token was split or lost"
        return
    merged: list[str] = []
    for s in shown:  # rich pads a cut before a wide character: "ーーー …" is one cut token
        if s == "…" and merged and not merged[-1].endswith("…"):
            merged[-1] += s
        else:
            merged.append(s)
    shown = merged
    assert len(shown) == len(expected), f"{where}: tokens lost: {expected} → {shown}"
    for e, s in zip(expected, shown, strict=True):
        assert s == e or (s.endswith("…") and e.startswith(s[:-1])), (where, e, s)


def check(table: Table, width: int, printed: str, *, cut_ok: bool) -> None:
    text = rendered(table, width)
    assert text in printed, "the table checked is not the one printed"
    lines = text.splitlines()
    assert all(cell_len(line) <= width for line in lines)
    want, got = cell_tokens(table), column_tokens(text, len(table.columns))
    for col, expected, shown in zip(table.columns, want, got, strict=True):
        same_tokens(f"column {col.header!r}", expected, shown, cut_ok)
    if table.title:
        first = next(i for i, line in enumerate(lines) if SEPARATORS.search(line) or "━" in line)
        title = Text.from_markup(str(table.title)).plain.split()
        same_tokens("title", title, " ".join(lines[:first]).split(), cut_ok=True)


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_table_keeps_tokens_whole(
    demo: str, caught: list[tuple[Table, int]], width: int, args: tuple[str, ...]
) -> None:
    result = CliRunner().invoke(
        app, ["--db", demo, *args], env={"COLUMNS": str(width), "NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.output
    assert caught, f"askback {' '.join(args)} printed no table"
    for table, max_width in list(caught):  # checking renders again: no new entries
        assert max_width <= width
        check(table, max_width, result.stdout, cut_ok=False)


@pytest.mark.parametrize("width", [80, 120])
def test_ad_analysis_table(demo: str, caught: list[tuple[Table, int]], width: int) -> None:
    ad = Path(demo.removeprefix("sqlite:///")).with_name("ad.txt")
    result = CliRunner().invoke(app, ["ad", "analyze", str(ad)], env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    assert caught
    for table, max_width in list(caught):  # checking renders again: no new entries
        check(table, max_width, result.stdout, cut_ok=False)


def test_opportunity_list_keeps_the_issue_tokens(demo: str) -> None:
    """The issue's examples, in a workspace of their own shape: a long company, pay, a date."""
    from askback.app import opportunities
    from askback.app.workspace import Workspace

    with Workspace.open(demo) as ws, ws.transaction():
        opportunities.add(
            ws,
            company="Hanseatic Reinsurance company",
            role="Lead Insurance Pricing Scientist",
            location="Hamburg",
            pay_min=85000,
            pay_max=100000,
            currency="EUR",
        )
    for width in (80, 120):
        result = CliRunner().invoke(
            app, ["--db", demo, "opportunity", "list"], env={"COLUMNS": str(width)}
        )
        lines = result.stdout.splitlines()
        for token in ("Reinsurance", "company", "Insurance", "85,000–100,000"):
            assert any(token in line for line in lines), (width, token, result.stdout)


def test_narrow_tables_say_what_they_left_out(demo: str) -> None:
    result = CliRunner().invoke(app, ["--db", demo, "opportunity", "list"], env={"COLUMNS": "80"})
    assert "Left out for width: location, interviews, answers" in result.stdout
    wide = CliRunner().invoke(app, ["--db", demo, "opportunity", "list"], env={"COLUMNS": "160"})
    assert "Left out" not in wide.stdout and "interviews" in wide.stdout


def test_assess_fits_one_line_per_dimension_at_80_columns(demo: str) -> None:
    from askback.bank.schema import DIMENSION_LABELS

    result = CliRunner().invoke(app, ["--db", demo, "assess", "1"], env={"COLUMNS": "80"})
    lines = result.stdout.splitlines()
    for label in DIMENSION_LABELS.values():
        (row,) = [line for line in lines if line.startswith(label + " (")]
        assert "━" in row and "●" in row and cell_len(row) <= 80  # the whole bar on its line
        after = lines[lines.index(row) + 1]
        assert not ("│" in after and not after.split("│")[0].strip()), f"{label} wraps"


def test_only_the_table_helper_builds_rich_tables() -> None:
    """Every CLI table goes through output.FitTable, so the policy holds in one place."""
    cli = Path(__file__).parents[3] / "src" / "askback" / "cli"
    for path in cli.rglob("*.py"):
        if path.name == "output.py":
            continue
        source = path.read_text(encoding="utf-8")
        assert "rich.table" not in source, f"{path.name} builds a rich Table directly"


# Cell values in the shapes a tracker holds: words of any length, numbers with separators,
# dates, money ranges, accented and CJK (double-width) words.
WORDS = st.one_of(
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÄÖÜäöüßéñ-'"), min_size=1, max_size=24),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.dates().map(lambda d: d.isoformat()),
    st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(lambda t: f"{t[0]:,}–{t[1]:,}"),
    st.text(st.sampled_from("数据科学家保险公司東京ー"), min_size=1, max_size=9),
    st.sampled_from(["EUR", "2026-12-10", "85,000–100,000", "●●●○○", "—", "(remote)"]),
)
CELLS = st.lists(WORDS, max_size=6).map(" ".join)


@st.composite
def tables(draw: st.DrawFn) -> FitTable:
    n = draw(st.integers(1, 6))
    columns = [
        Col(
            draw(st.text(st.sampled_from("abcdefgh "), min_size=1, max_size=12)).strip() or "c",
            wrap=draw(st.booleans()),
            drop=draw(st.integers(0, 3)),
        )
        for _ in range(n)
    ]
    # A compact table of one column has no separator to read columns by: boxed then.
    compact = n > 1 and draw(st.booleans())
    table = FitTable(columns, title=draw(st.none() | CELLS), compact=compact)
    for _ in range(draw(st.integers(0, 5))):
        table.add_row(*(Text(draw(CELLS)) for _ in range(n)))
    return table


@settings(max_examples=120, deadline=None)
@given(tables(), st.integers(20, 160))
def test_the_table_helper_never_splits_a_token(fit: FitTable, width: int) -> None:
    out = Console(width=width, file=io.StringIO(), color_system=None, highlight=False)
    out.print(fit)
    assert isinstance(out.file, io.StringIO)
    printed = out.file.getvalue()
    table, left_out = fit.table(width)
    kept, _, squeezed = fit.layout(width)
    assert left_out == [c.header for i, c in enumerate(fit.columns) if i not in kept]
    # Only optional columns are left out, except where not even "x…" fits in every column.
    if not squeezed:
        assert all(fit.columns[i].drop for i in range(len(fit.columns)) if i not in kept)
    check(table, width, printed, cut_ok=squeezed)
