"""Output that fits a terminal: whole URLs, a concise plan, a paged bank, settlers by chance."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from askback.cli import app
from askback.cli.questions import PAGE

NOW = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from askback.app.workspace import Workspace
    from askback.demo import populate

    url = f"sqlite:///{tmp_path_factory.mktemp('fits') / 'demo.sqlite3'}"
    with Workspace.open(url) as ws:
        populate(ws, now=NOW)
    yield url


def askback(*args: str, width: int = 80) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("width", [40, 80])
def test_resource_urls_are_printed_whole(width: int) -> None:
    from askback.bank import load_resources

    urls = [r.url for r in load_resources()]
    assert any(len(u) > 40 for u in urls)  # some are wider than the narrow terminal
    lines = askback("resources", width=width).splitlines()
    for url in urls:
        assert any(line.strip() == url for line in lines), url
    searched = askback("resources", "search", "women in data science events", width=width)
    assert "…" not in searched
    for line in searched.splitlines():
        if "http" in line:
            assert line.strip() in urls


def test_plan_is_one_row_per_question_without_nats(demo: str, tmp_path: Path) -> None:
    args = ("--db", demo, "plan", "1", "--with", "peer", "--stage", "team", "--minutes", "30")
    data = json.loads(askback(*args, "--json"))
    ids = [q["id"] for q in data["questions"]]
    assert len(ids) >= 4
    short = askback(*args)
    assert "nats" not in short and "You weigh" not in short  # the long reasons wait for -v
    assert "why now" in short
    rows = [re.match(r"│\s*(\d+)\s*│ (\S+)", line) for line in short.splitlines()]
    assert [(int(m[1]), m[2]) for m in rows if m] == list(enumerate(ids, start=1))
    for q in data["questions"]:
        assert " ".join(q["summary"].split()[:2]) in " ".join(short.split())
    long = askback(*args, "--verbose")
    assert "You weigh" in long and "nats" not in long
    assert len(long.splitlines()) > len(short.splitlines())

    sheet = tmp_path / "sheet.md"
    written = askback(*args, "--out", str(sheet))
    assert sheet.read_text(encoding="utf-8").count("### ") >= len(ids)
    assert "┃" not in written and len(written.splitlines()) <= 6
    assert f"Wrote {sheet}: {len(ids)} questions" in written
    assert f"askback log --plan {sheet}\n" in written  # the path whole, on one line


def test_questions_without_a_filter_show_a_page_and_the_counts() -> None:
    total = len(json.loads(askback("questions", "--json")))
    assert total > 100
    first_column = re.compile(r"^│ ([a-z]+-\d{3}) +│", re.MULTILINE)
    page = askback("questions")
    assert len(first_column.findall(page)) == PAGE < total
    flat = " ".join(page.split())
    assert f"Showing {PAGE} of {total} questions" in flat and "--all" in flat
    assert "responsible-ml" in flat and "--dimension" in flat
    everything = askback("questions", "--all", width=120)
    assert len(first_column.findall(everything)) == total
    growth = askback("questions", "-d", "growth")
    assert "Showing" not in growth
    assert len(first_column.findall(growth)) == len(
        json.loads(askback("questions", "-d", "growth", "--json"))
    )


def test_what_would_settle_it_runs_by_the_chance_it_prints(demo: str) -> None:
    from askback.app import evidence
    from askback.app.workspace import Workspace
    from askback.cli.evidence_render import show_comparison

    with Workspace.open(demo) as ws:
        result = evidence.compare(ws, [], draws=2000)
    assert len(result.settle) >= 2
    # Whatever order the domain ranks them in (by value per answer), the list reads by chance.
    for order in (result.settle, tuple(reversed(result.settle))):
        out = Console(width=100, file=io.StringIO(), color_system=None)
        show_comparison(out, dataclasses.replace(result, settle=order))
        assert isinstance(out.file, io.StringIO)
        text = " ".join(out.file.getvalue().split("What would settle it")[1].split())
        chances = [int(p) for p in re.findall(r"(\d+)% chance", text)]
        assert len(chances) == len(order)
        assert chances == sorted(chances, reverse=True)
