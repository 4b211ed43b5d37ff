"""One CLI: every command's options, help and output follow the same rules.

The tests walk the whole command tree (hidden aliases included), so a command added later is
held to the rules without a new test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from askback.cli import app, slim_app
from askback.cli.help_format import HIDDEN_NAMES, PANELS, SHORT_OPTIONS, summary
from askback.cli.reference import render

# Commands that print no data of their own, so they need no --json. Each says why.
NO_JSON = {
    # An interactive session: it prompts and saves as it goes; `answer list --json` prints
    # what it saved.
    "log",
    # Starts the web server and runs until stopped.
    "serve",
    # Starts the hub server and runs until stopped.
    "hub serve",
    # Asks to type 'wipe' and deletes everything; there is nothing left to print.
    "wipe",
}


def _walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _walk(sub, (*path, name))


def _tree() -> list[tuple[tuple[str, ...], Any]]:
    return list(_walk(typer.main.get_command(app)))


def _names(param: Any) -> list[str]:
    return [*param.opts, *param.secondary_opts]


def test_one_meaning_for_each_short_option() -> None:
    meanings: dict[str, set[str]] = {}
    where: dict[str, list[str]] = {}
    for path, command in _tree():
        for param in command.params:
            names = _names(param)
            longs = [n for n in names if n.startswith("--")]
            for short in (n for n in names if re.fullmatch(r"-\w", n)):
                meanings.setdefault(short, set()).update(longs[:1])
                where.setdefault(short, []).append(" ".join(path) or "askback")
    clashes = {s: sorted(m) for s, m in meanings.items() if len(m) > 1}
    assert not clashes, f"a short option with two meanings: {clashes}"
    # The documented table is the whole truth: every short option is in it, with its meaning.
    for short, longs in meanings.items():
        assert short in SHORT_OPTIONS, f"{short} ({sorted(longs)}) is missing from SHORT_OPTIONS"
        assert longs == {SHORT_OPTIONS[short]}, (short, longs, where[short][:3])
    assert {"-o", "-O", "-s", "-w"} <= set(meanings)


def test_the_short_option_table_is_in_the_docs() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[3] / "docs" / "cli.md").read_text(encoding="utf-8")
    for short, long in SHORT_OPTIONS.items():
        assert re.search(rf"`{short}`\s*\|\s*`{long}`", doc), f"docs/cli.md lacks {short} {long}"


def run_main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`askback ARGS` through the console entry point: exit code, stdout, stderr."""
    import sys

    from askback.cli import main

    saved = sys.argv
    sys.argv = ["askback", *args]
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.argv = saved
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["log", "-o", "acme"], "-o means --out in every command now, type --opportunity or -O"),
        (["answer", "list", "-o", "acme"], "type --opportunity or -O here"),
        (["contact", "list", "-s", "x"], "-s means --stage in every command now, type --search"),
        (["ad", "batch", "x.csv", "-w", "2"], "-w means --with in every command now"),
    ],
)
def test_a_short_option_that_changed_meaning_says_what_to_type(
    args: list[str], says: str, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(["--db", str(tmp_path / "a.sqlite3"), *args], capsys)
    assert code == 2
    assert says in err
    assert err.startswith("error: ") and "Traceback" not in err
    # A short option that never meant anything there gets no hint.
    code, _, err = run_main(["--db", str(tmp_path / "a.sqlite3"), "today", "-o", "x"], capsys)
    assert code == 2 and "means" not in err


def test_every_command_that_prints_data_has_json() -> None:
    leaves = [(p, c) for p, c in _tree() if p and not getattr(c, "commands", None)]
    assert len(leaves) > 40
    missing = [
        " ".join(path)
        for path, command in leaves
        if " ".join(path) not in NO_JSON
        and path[0] not in ("opp", "contacts", "interviews", "answers", "signals", "my-questions")
        and "--json" not in {n for p in command.params for n in _names(p)}
    ]
    assert not missing, f"commands without --json (add it, or say why in NO_JSON): {missing}"
    for name in NO_JSON:
        assert name in {" ".join(p) for p, _ in leaves}, f"NO_JSON names no command: {name}"


PYTHON_TYPES = re.compile(
    r"<(?:str|int|float|bool|path|list|datetime|int range|float range)\b"
    r"|list\[|\[\[|\]\]|\{[A-Za-z_]+\}|\d<=x|x<=|x>=",
)


def test_help_shows_words_not_python_types() -> None:
    text = render().split("## `askback`", 1)[1]  # every command's help, without the intro
    found = sorted({m.group(0) for m in PYTHON_TYPES.finditer(text)})
    assert not found, f"Python types or doubled brackets in the help: {found}"
    for old in HIDDEN_NAMES:
        assert not re.search(rf"{re.escape(old)}\b", text), f"{old} shows in the help"
    # Arguments and values read as words.
    assert "Usage: askback log [OPTIONS] [INTERVIEW]" in text
    assert "Usage: askback compare [OPTIONS] [OPPORTUNITY...]" in text
    assert "--at WHEN" in text and "--with NAMES" in text and "-o, --out FILE" in text


def test_help_never_breaks_a_hyphenated_word() -> None:
    # At 60 columns options like 'hiring-manager' and 'post-offer' must stay whole.
    result = CliRunner().invoke(app, ["questions", "export", "--help"], terminal_width=60)
    assert result.exit_code == 0
    assert not re.search(r"\w-\n", result.output), result.output


def test_root_help_lists_panels_in_order_with_whole_summaries() -> None:
    # The root help the entry point shows: built from the slim app, as `askback --help` is.
    result = CliRunner().invoke(slim_app(["--help"]), ["--help"], prog_name="askback")
    assert result.exit_code == 0
    out = result.output
    heads = re.findall(r"^(\w+) commands:$", out, flags=re.MULTILINE)
    assert heads == list(PANELS)
    flat = " ".join(out.split())
    root = typer.main.get_command(app)
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        if command.hidden:
            continue
        import inspect

        line = " ".join(inspect.cleandoc(command.help or "").split("\n\n")[0].split())
        assert len(line) > 20, name
        assert summary(command) == line
        assert f"{name} {line}" in flat, f"{name}: its one-line description is cut or missing"


def test_notes_and_no_flags_keep_their_old_spellings(tmp_path: Any) -> None:
    db = ["--db", str(tmp_path / "a.sqlite3")]
    runner = CliRunner()
    assert runner.invoke(app, [*db, "opportunity", "add", "Acme", "DS"]).exit_code == 0
    for spelling in ("--notes", "--note"):
        result = runner.invoke(
            app,
            [*db, "signal", "add", "acme", "--source", "chat", "-d", "growth", spelling, "ok"],
        )
        assert result.exit_code == 0, result.output
    listed = runner.invoke(app, [*db, "signal", "list", "--json"])
    import json

    assert [s["note"] for s in json.loads(listed.output)] == ["ok", "ok"]
    both = runner.invoke(app, [*db, "questions", "--not-sensitive", "--json"])
    new = runner.invoke(app, [*db, "questions", "--no-sensitive", "--json"])
    assert both.exit_code == new.exit_code == 0
    assert both.output == new.output
    assert not any(q["sensitive"] for q in json.loads(new.output))
