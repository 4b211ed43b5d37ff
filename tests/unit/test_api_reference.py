"""docs/api.md is generated from signatures and docstrings; this fails when it is stale."""

from __future__ import annotations

from pathlib import Path

from askback.apidoc import MODULES, render, undocumented

DOC = Path(__file__).parents[2] / "docs" / "api.md"


def test_api_reference_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "docs/api.md is stale: run `make docs`"


def test_every_public_function_of_the_api_has_a_docstring() -> None:
    assert undocumented() == []


def test_the_reference_covers_every_module_and_the_frames() -> None:
    text = render()
    for name in MODULES:
        assert f"## `{name}`" in text
    for frame in ("opportunities", "contacts", "interviews", "answers", "signals"):
        assert f"### `{frame}(ws: Workspace" in text
    assert "`question_id`, `question`" in text
    assert "#### `Bank.get(qid: str) -> Question`" in text
    assert "#### `Bank.filter(" in text
