"""How every command's help reads: words for values, panels in order, whole one-line summaries.

`askback.cli` gives every command and group these classes, so the rules hold for commands
added later as well:

- a value's placeholder is a word (``--at WHEN``, ``--out FILE``), never a Python type such as
  ``<list[str]>``; an argument shows as ``NAME`` or ``[NAME]``, never ``{NAME}`` or ``[[NAME]]``;
- names in `HIDDEN_NAMES` keep working but are left out of the help (old spellings);
- a group lists its commands under the panels of `PANELS`, in that order, each with the whole
  first line of its help.

The short options, one meaning each across all commands (a test walks the tree):

==== ==================  ====  ==================
 -a   --audience          -o    --out (a file written)
 -d   --dimension         -O    --opportunity
 -f   --format            -p    --port
 -h   --help              -q    --question
 -i   --interview         -s    --stage
 -k   --kind              -t    --tag
 -m   --minutes           -w    --with
 -n   --limit             -y    --yes
==== ==================  ====  ==================
"""

from __future__ import annotations

import re
from typing import Any

from typer.core import TyperCommand, TyperGroup

#: One meaning for each short option, across all commands.
SHORT_OPTIONS: dict[str, str] = {
    "-a": "--audience",
    "-d": "--dimension",
    "-f": "--format",
    "-h": "--help",
    "-i": "--interview",
    "-k": "--kind",
    "-m": "--minutes",
    "-n": "--limit",
    "-o": "--out",
    "-O": "--opportunity",
    "-p": "--port",
    "-q": "--question",
    "-s": "--stage",
    "-t": "--tag",
    "-w": "--with",
    "-y": "--yes",
}

#: Short options that meant something else before one meaning each; an error then says so.
RETIRED_SHORT: dict[str, tuple[str, ...]] = {
    "-o": ("--opportunity", "-O"),
    "-s": ("--search",),
    "-w": ("--workers",),
}

#: Old spellings that still work, left out of the help (the help shows the current one).
HIDDEN_NAMES = frozenset({"--note", "--not-sensitive", "--not-research-first"})

#: The root help's panels, in this order.
PANELS = ("Bank", "Tracker", "Evidence", "Text", "Data", "Server")

#: Placeholders where the option's own name does not read as what to type.
WORDS: dict[str, str] = {
    "--allow-host": "HOST",
    "--append-notes": "TEXT",
    "--at": "WHEN",
    "--contact": "CONTACT",
    "--date-format": "FORMAT",
    "--draws": "N",
    "--duration": "MINUTES",
    "--email": "ADDRESS",
    "--follow-up": "DATE",
    "--from": "FILE",
    "--host": "ADDRESS",
    "--id": "ID",
    "--id-column": "COLUMN",
    "--interview": "ID",
    "--into": "KIND",
    "--link": "URL",
    "--location": "PLACE",
    "--map": "COLUMN=FIELD",
    "--max-size": "MB",
    "--met": "HOW",
    "--notes": "TEXT",
    "--on": "DATE",
    "--opportunity": "OPPORTUNITY",
    "--out": "FILE",
    "--plan": "FILE",
    "--question": "ID",
    "--questions": "IDS",
    "--remote": "WHERE",
    "--role": "TITLE",
    "--search": "TEXT",
    "--text": "TEXT",
    "--text-column": "COLUMN",
    "--tz": "ZONE",
    "--why": "TEXT",
    "--with": "NAMES",
    "--workers": "N",
}

_RANGES = (
    (re.compile(r"(-?[\d.]+)<=x<=(-?[\d.]+)"), r"\1 to \2"),
    (re.compile(r"(-?[\d.]+)<x<(-?[\d.]+)"), r"over \1 and under \2"),
    (re.compile(r"x>=(-?[\d.]+)"), r"at least \1"),
    (re.compile(r"x<=(-?[\d.]+)"), r"at most \1"),
    (re.compile(r"x>(-?[\d.]+)"), r"over \1"),
    (re.compile(r"x<(-?[\d.]+)"), r"under \1"),
)


def _plain_ranges(text: str) -> str:
    for pattern, words in _RANGES:
        text = pattern.sub(words, text)
    return text


def value_word(param: Any) -> str:
    """The placeholder for an option's value or an argument: a word, never a Python type."""
    if param.metavar:
        return str(param.metavar).strip("[]").removesuffix("]...").strip("[]")
    if param.param_type_name == "argument":
        return str(param.name).upper()
    longs = [o for o in param.opts if o.startswith("--")]
    if longs and longs[0] in WORDS:
        return WORDS[longs[0]]
    desc = param.type_descriptor
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    if desc.is_path:
        return "FILE"
    return longs[0].removeprefix("--").upper() if longs else str(param.name).upper()


def _argument_usage(param: Any) -> str:
    word = value_word(param)
    if param.nargs != 1:
        word += "..."
    return word if param.required else f"[{word}]"


def _names(param: Any) -> str:
    def visible(names: list[str]) -> list[str]:
        shown = [n for n in names if n not in HIDDEN_NAMES]
        return sorted(shown, key=lambda n: n.startswith("--"))

    first = ", ".join(visible(param.opts))
    second = ", ".join(visible(param.secondary_opts))
    return f"{first} / {second}" if second else first


def _records(command: Any, ctx: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    args: list[tuple[str, str]] = []
    opts: list[tuple[str, str]] = []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None:
            continue
        text = _plain_ranges(record[1])
        if param.param_type_name == "argument":
            args.append((value_word(param), text))
        elif param.is_flag or getattr(param, "count", False):
            opts.append((_names(param), text))
        else:
            opts.append((f"{_names(param)} {value_word(param)}", text))
    return args, opts


def write_rows(formatter: Any, rows: list[tuple[str, str]], col_max: int = 30) -> None:
    """Two columns, as click's write_dl, but a line never breaks inside a word: not at a hyphen
    (hiring-manager, post-offer) and not inside a long word (a path or URL)."""
    import textwrap

    first = min(max(len(name) for name, _ in rows), col_max) + 2
    indent = formatter.current_indent
    width = max(formatter.width - first - indent, 20)
    for name, text in rows:
        formatter.write(f"{'':>{indent}}{name}")
        if not text:
            formatter.write("\n")
            continue
        if len(name) <= first - 2:
            formatter.write(" " * (first - len(name)))
        else:
            formatter.write("\n" + " " * (first + indent))
        lines = textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)
        formatter.write(lines[0] + "\n")
        for line in lines[1:]:
            formatter.write(f"{'':>{first + indent}}{line}\n")


class _Help:
    """Help formatting shared by commands and groups."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []  # type: ignore[attr-defined]
        pieces += [
            _argument_usage(p)
            for p in self.get_params(ctx)  # type: ignore[attr-defined]
            if p.param_type_name == "argument" and not p.hidden
        ]
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        args, opts = _records(self, ctx)
        if args:
            with formatter.section("Arguments"):
                write_rows(formatter, args)
        if opts:
            with formatter.section("Options"):
                write_rows(formatter, opts)
        format_commands = getattr(self, "format_commands", None)
        if format_commands is not None:
            format_commands(ctx, formatter)


class Command(_Help, TyperCommand):
    """A command whose help follows the rules of this module."""


def summary(command: Any) -> str:
    """A command's whole one-line description: its short help, else its help's first paragraph."""
    import inspect

    text = command.short_help or (command.help or "").partition("\f")[0]
    first = inspect.cleandoc(text).split("\n\n")[0]
    return " ".join(first.split())


class Group(_Help, TyperGroup):
    """A group whose listing shows panels in the order of `PANELS` and whole summaries."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*super().collect_usage_pieces(ctx), self.subcommand_metavar]

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        panels: dict[str, list[tuple[str, str]]] = {}
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            panel = getattr(command, "rich_help_panel", None)
            panel = panel if isinstance(panel, str) else "Commands"
            panels.setdefault(panel, []).append((name, summary(command)))
        order = [p for p in PANELS if p in panels] + [p for p in panels if p not in PANELS]
        for panel in order:
            with formatter.section(panel if panel == "Commands" else f"{panel} commands"):
                write_rows(formatter, panels[panel])


#: Each top-level command's panel in the root help.
PANEL_OF: dict[str, str] = {
    "questions": "Bank",
    "resources": "Bank",
    "custom-question": "Bank",
    "log": "Tracker",
    "today": "Tracker",
    "timeline": "Tracker",
    "opportunity": "Tracker",
    "contact": "Tracker",
    "interview": "Tracker",
    "answer": "Tracker",
    "signal": "Tracker",
    "assess": "Evidence",
    "plan": "Evidence",
    "compare": "Evidence",
    "profile": "Evidence",
    "ad": "Text",
    "export": "Data",
    "import": "Data",
    "backup": "Data",
    "restore": "Data",
    "forget": "Data",
    "wipe": "Data",
    "settings": "Data",
    "share": "Data",
    "unshare": "Data",
    "serve": "Server",
    "hub": "Server",
}


def apply(typer_app: Any, top: bool = True) -> None:
    """Give every command and group of `typer_app` the classes above, and top-level panels."""
    from typer.main import get_command_name

    typer_app.info.cls = Group
    for command in typer_app.registered_commands:
        if command.cls in (None, TyperCommand):
            command.cls = Command
        if top and command.callback is not None:
            name = command.name or get_command_name(command.callback.__name__)
            if name in PANEL_OF:
                command.rich_help_panel = PANEL_OF[name]
    for group in typer_app.registered_groups:
        group.cls = Group
        if top and group.name in PANEL_OF:
            group.rich_help_panel = PANEL_OF[group.name]
        if group.typer_instance is not None:
            apply(group.typer_instance, top=False)


def retired_hint(message: str, command: Any) -> str:
    """For a short option that used to mean something else on this command: what to type now."""
    found = re.match(r"No such option: (-\w)\b", message)
    if found is None or found[1] not in RETIRED_SHORT:
        return ""
    short = found[1]
    old = RETIRED_SHORT[short]
    names = {n for p in getattr(command, "params", ()) for n in (*p.opts, *p.secondary_opts)}
    if old[0] not in names:
        return ""
    now = " or ".join(old)
    return f"; {short} means {SHORT_OPTIONS[short]} in every command now, type {now} here"


def bad_value(exc: Exception) -> str | None:
    """A bad option or argument value as one line: which one, what is wrong, what to type.

    Typer checks types with pydantic and says "Invalid value for '--rating': Input should be a
    valid integer, ..."; this names the option, the value typed and the range it takes."""
    from pydantic import ValidationError
    from typer._click.exceptions import BadParameter, MissingParameter

    from askback.app.names import value_problem

    if not isinstance(exc, BadParameter) or isinstance(exc, MissingParameter):
        return None
    param = exc.param
    if exc.param_hint is not None:
        hint = exc.param_hint
        name = hint if isinstance(hint, str) else " / ".join(hint)
    elif param is not None and param.param_type_name == "argument":
        name = value_word(param)
    elif param is not None:
        longs = [o for o in param.opts if o.startswith("--") and o not in HIDDEN_NAMES]
        name = longs[0] if longs else param.opts[0]
    else:
        return None
    cause = exc.__cause__
    if not isinstance(cause, ValidationError) or not cause.errors():
        return f"{name}: {exc.message}"
    error = cause.errors()[0]
    problem = value_problem(error, name.lstrip("-").lower().replace("-", " "))
    info = getattr(getattr(param, "type_descriptor", None), "parameter_info", None)
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    shown_range = re.fullmatch(r"(\d+)-(\d+)", str(getattr(param, "metavar", "") or ""))
    if shown_range is not None:  # an option checked by its callback, e.g. --rating 1-5
        low, high = shown_range[1], shown_range[2]
    numeric = str(error.get("type", "")).startswith(("int_", "greater_", "less_"))
    if numeric and low is not None and high is not None:
        problem = problem.split(" (")[0] + f" (type a whole number from {low} to {high})"
    return f"{name}: {problem}"
