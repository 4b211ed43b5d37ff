"""docs/cli.md is generated from the code; this fails when it is stale."""

from __future__ import annotations

import re
from pathlib import Path

from askback.cli.reference import render

DOC = Path(__file__).parents[2] / "docs" / "cli.md"


def test_cli_reference_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "docs/cli.md is stale: run `make docs`"


def test_every_command_is_documented_with_an_example() -> None:
    sections = re.split(r"^#+ `([^`]+)`$", render(), flags=re.MULTILINE)[1:]
    commands = dict(zip(sections[::2], sections[1::2], strict=True))
    assert "askback questions search" in commands
    for name, block in commands.items():
        if name != "askback":
            assert "Example:" in block, f"{name} has no example in its help"
