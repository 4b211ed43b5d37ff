"""docs/cli.md is generated from the code; this fails when it is stale."""

from __future__ import annotations

from pathlib import Path

from askback.cli.reference import render

DOC = Path(__file__).parents[2] / "docs" / "cli.md"


def test_cli_reference_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "docs/cli.md is stale: run `make docs`"


def test_every_command_is_documented_with_an_example() -> None:
    text = render()
    for block in text.split("## `")[1:]:
        name = block.split("`", 1)[0]
        if name.count(" ") >= 1 and "Commands:" not in block:
            assert "Example:" in block, f"{name} has no example in its help"
