"""Generate docs/cli.md from the command tree, so the reference cannot drift from the code."""

from __future__ import annotations

import sys
from typing import Any


def _walk(cmd: Any, path: list[str], out: list[str]) -> None:
    # Typer vendors its own click, so commands are duck-typed here.
    ctx = cmd.context_class(cmd, info_name=" ".join(path), terminal_width=88, max_content_width=88)
    level = min(len(path) + 1, 4)
    out.append(f"{'#' * level} `{' '.join(path)}`")
    out.append("")
    out.append("```text")
    out.append(cmd.get_help(ctx).rstrip())
    out.append("```")
    out.append("")
    if hasattr(cmd, "list_commands"):
        for name in cmd.list_commands(ctx):
            sub = cmd.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                _walk(sub, [*path, name], out)


def render() -> str:
    """The whole CLI reference as Markdown."""
    import typer

    from askback.cli import app  # first: it configures Typer's plain help

    root = typer.main.get_command(app)
    out = [
        "# CLI reference",
        "",
        "Generated from the code by `make docs`; a test fails when this file is stale.",
        "",
    ]
    _walk(root, ["askback"], out)
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
