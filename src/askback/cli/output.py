"""Rendering helpers shared by the CLI commands: one console, JSON output, language choice."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LangOption = Annotated[
    str,
    typer.Option(
        "--lang", metavar="LANG", help="Language of question texts: en or de.", show_default=True
    ),
]


def console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def check_lang(lang: str) -> str:
    from askback.bank.bank import LANGUAGES
    from askback.errors import InputError

    if lang not in LANGUAGES:
        raise InputError(f"--lang {lang!r} is not supported; choose one of: {', '.join(LANGUAGES)}")
    return lang


def split_csv(values: list[str] | None) -> list[str]:
    """Repeated options and comma-separated values, read by the one list rule of every command."""
    from askback.app.names import split_list

    return split_list(values)
