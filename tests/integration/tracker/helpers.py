"""Helpers for tracker tests: run the CLI like `askback` does, and snapshot a database."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from unittest import mock

import typer
import typer.testing
from typer.testing import CliRunner


@dataclass
class Run:
    code: int
    output: str
    error: str


@functools.cache
def _command() -> Any:
    from askback.cli import app

    return typer.main.get_command(app)


def cli(url: str, *args: str, input: str | None = None) -> Run:
    """Invoke `askback --db URL ARGS` in-process; user errors end as `askback` shows them."""
    from askback.cli import app
    from askback.errors import AskbackError

    # Build the command tree once: Typer rebuilds it on every invoke, which costs ~0.1 s.
    with mock.patch.object(typer.testing, "_get_command", lambda _app: _command()):
        result = CliRunner().invoke(app, ["--db", url, *args], input=input)
    exc = result.exception
    if isinstance(exc, AskbackError):
        return Run(1, result.stdout, f"error: {exc}")
    if exc is not None and not isinstance(exc, SystemExit):
        raise exc
    return Run(result.exit_code, result.stdout, result.stderr)


def snapshot(url: str) -> dict[str, Any]:
    """Everything the owner has, without the export time: equal snapshots mean equal data."""
    from askback.app import Workspace
    from askback.app.transfer import export_document

    with Workspace.open(url) as ws:
        return export_document(ws).model_dump(mode="json", exclude={"exported_at"})
