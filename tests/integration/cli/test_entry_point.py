"""The console entry point builds only the part of the command tree a command line needs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from askback.cli import _target, app, slim_app


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "askback", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "ASKBACK_HOME": str(home), "COLUMNS": "80"},
        timeout=120,
    )


def command_names(help_text: str) -> list[str]:
    # The commands are listed under panels ("Bank commands:", ...), after the options.
    listing = help_text.split("Options:", 1)[1]
    sections = re.split(r"^\w+ commands:$", listing, flags=re.MULTILINE)[1:]
    return [
        line.split()[0]
        for section in sections
        for line in section.splitlines()
        if line.startswith("  ") and not line.startswith("   ")
    ]


def test_listing_matches_the_full_app(tmp_path: Path) -> None:
    full = CliRunner().invoke(app, ["--help"], prog_name="askback")
    assert full.exit_code == 0
    slim = run("--help", home=tmp_path)
    assert slim.returncode == 0
    assert command_names(slim.stdout) == command_names(full.stdout)
    for name in ("questions", "opportunity", "assess", "serve", "ad"):
        assert name in command_names(slim.stdout)
    assert "Browse the question bank" in slim.stdout


def test_a_group_command_runs(tmp_path: Path) -> None:
    proc = run(
        "--db", str(tmp_path / "x.sqlite3"), "questions", "show", "rml-001", "--json", home=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "rml-001"


def test_unknown_command_is_reported(tmp_path: Path) -> None:
    proc = run("nosuch", home=tmp_path)
    assert proc.returncode == 2
    assert "No such command 'nosuch'" in proc.stderr


@pytest.mark.parametrize(
    ("args", "target"),
    [
        (["--db", "plan.sqlite3", "today"], "today"),
        (["--bank", "x.yaml", "--bank", "y.yaml", "questions", "show"], "questions"),
        (["--help"], None),
        ([], None),
    ],
)
def test_target_skips_root_option_values(args: list[str], target: str | None) -> None:
    assert _target(args) == target


def test_slim_app_keeps_only_the_named_group() -> None:
    slim = slim_app(["questions", "search", "x"])
    assert [g.name for g in slim.registered_groups] == ["questions"]
    assert slim.registered_commands == []
    assert len(app.registered_groups) > 5, "the full app is untouched"
