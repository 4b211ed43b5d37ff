"""Generate docs/cli.md from the command tree, so the reference cannot drift from the code."""

from __future__ import annotations

import sys
from typing import Any


def _walk(cmd: Any, path: list[str], out: list[str], parent: Any = None) -> None:
    # Typer vendors its own click, so commands are duck-typed here. Each context has its
    # parent's, as on the command line, so that settings such as -h for --help carry down.
    ctx = cmd.context_class(
        cmd,
        info_name=path[-1],
        parent=parent,
        terminal_width=88,
        max_content_width=88,
        **cmd.context_settings,
    )
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
                _walk(sub, [*path, name], out, ctx)


def _conventions() -> list[str]:
    from askback.cli.help_format import HIDDEN_NAMES, SHORT_OPTIONS

    lines = [
        "## Conventions",
        "",
        "Every command follows the same rules (tests walk the command tree to hold them):",
        "",
        "- A short option has one meaning in every command:",
        "",
        "  | Short | Long |",
        "  | --- | --- |",
        *(f"  | `{s}` | `{long}` |" for s, long in sorted(SHORT_OPTIONS.items(), key=_short_key)),
        "",
        "  `--search` and `--workers` have no short form. Before this table, `-o` also meant",
        "  `--opportunity`, `-s` `--search` and `-w` `--workers`; typed where they meant that,",
        "  the error says what to type now.",
        "- A command that writes a file takes it as `--out FILE` (`-o`). `backup` and",
        "  `profile export` still read a bare path, with a note that it is deprecated.",
        "- A command that prints data takes `--json`. Edits, status changes and deletions print",
        "  the changed record (or what was deleted); commands that write a file print the file",
        "  written (path and size), and then need `--out`.",
        "- Old spellings still work and are not shown in the help:",
        "  " + ", ".join(f"`{n}`" for n in sorted(HIDDEN_NAMES)) + ".",
        "  They are now `--notes`, `--no-sensitive` and `--no-research-first`.",
        "- A wrong value says which option or field, what is wrong and what to type, on one",
        "  line starting `error:`. The exit code is 2 when the command line itself is wrong",
        "  (an unknown option, a value of the wrong type) and 1 when askback refuses a value.",
        "",
    ]
    return lines


def _short_key(item: tuple[str, str]) -> tuple[str, bool]:
    return item[0].lower(), item[0].isupper()


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
        *_conventions(),
    ]
    _walk(root, ["askback"], out)
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
