"""The askback command line: thin commands over the core API.

Each submodule registers its commands on the root app. Heavy imports (SQLAlchemy, NumPy,
pandas, FastAPI) happen inside command functions so that `askback --help` starts fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

# Plain help text: Typer's rich help pulls in rich.markdown and doubles the start-up time.
os.environ.setdefault("TYPER_USE_RICH", "0")

import typer

from askback import __version__
from askback.config import ENV_BANK_PATH, ENV_DATABASE_URL, Settings

if TYPE_CHECKING:
    from typer._click.exceptions import UsageError

app = typer.Typer(
    name="askback",
    help=(
        "Interview the employer: curated questions, a tracker for what each interviewer said, "
        "and an honest assessment of where each company stands.\n\n"
        "Your data stays on this machine, in a SQLite file in your user data directory, "
        "unless --db names another file or a PostgreSQL URL."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"askback {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="PATH|URL",
            envvar=ENV_DATABASE_URL,
            help="SQLite file or database URL (postgresql+psycopg://...). "
            "Default: askback.sqlite3 in your user data directory.",
            show_default=False,
        ),
    ] = None,
    bank: Annotated[
        list[Path] | None,
        typer.Option(
            "--bank",
            metavar="PATH",
            envvar=ENV_BANK_PATH,
            help="Extra question file or folder (repeatable). <data dir>/bank/ is always read.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    ctx.obj = Settings(db=db, bank_paths=tuple(bank or ()))


def settings(ctx: typer.Context) -> Settings:
    """The Settings the root callback resolved (a default when a command runs alone)."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings()


def _register() -> None:
    from askback.cli import questions, resources

    for module in (questions, resources):
        module.register(app)
    # Optional faces built by other parts of the tree register themselves when present.
    import importlib

    for name in ("tracker", "evidence", "ad", "serve", "prefs"):
        try:
            module = importlib.import_module(f"askback.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"askback.cli.{name}":
                raise
            continue
        module.register(app)
    from askback.hub.cli import register as register_hub

    register_hub(app)
    from askback.hubclient.cli import register as register_hubclient

    register_hubclient(app)
    _plain_help(app)
    from askback.cli.help_format import apply

    apply(app)


def _plain_help(typer_app: typer.Typer) -> None:
    """Plain click help everywhere, whatever imported Typer first (the reference depends on it)."""
    typer_app.rich_markup_mode = None
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _plain_help(group.typer_instance)


_register()


ROOT_OPTIONS_WITH_VALUE = frozenset({"--db", "--bank"})


def _target(args: list[str]) -> str | None:
    """The subcommand named on the command line, if any."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ROOT_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _group_help(info: typer.models.TyperInfo) -> str:
    import inspect

    for text in (info.help, info.typer_instance.info.help if info.typer_instance else None):
        if isinstance(text, str):
            return text
    callback = info.typer_instance.registered_callback if info.typer_instance else None
    return inspect.getdoc(callback.callback) or "" if callback and callback.callback else ""


def slim_app(args: list[str]) -> typer.Typer:
    """The root app cut to what this command line needs.

    Typer converts every command's signature before it runs one, which costs more than all
    the imports for ninety commands; a run builds only the subcommand it names, and the
    top-level listing builds each group as a shell that carries only its help text.
    """
    import copy

    target = _target(args)
    slim = copy.copy(app)
    if target is not None:
        commands = [
            c
            for c in app.registered_commands
            if c.callback is not None
            and (c.name or typer.main.get_command_name(c.callback.__name__)) == target
        ]
        groups = [g for g in app.registered_groups if g.name == target]
        if not commands and not groups:
            return app  # an unknown name: click reports it against the full list
        slim.registered_commands = commands
        slim.registered_groups = groups
        return slim
    shells = []
    for group in app.registered_groups:
        shell = copy.copy(group)
        shell.typer_instance = typer.Typer(help=_group_help(group), rich_markup_mode=None)
        shells.append(shell)
    slim.registered_groups = shells
    return slim


def main() -> None:
    """Console entry point: user errors print one clear line and exit 1, no traceback."""
    # Typer carries its own copy of click; its exceptions are the ones a command line raises.
    from typer._click import exceptions as click

    from askback.cli.completion import allow_explicit_shell, completion_words
    from askback.errors import AskbackError

    args = sys.argv[1:]
    # While the shell asks for completions, the command line is in the environment.
    words = completion_words()
    allow_explicit_shell(args)
    try:
        code = slim_app(args if words is None else words)(
            args=args, prog_name="askback", standalone_mode=False
        )
    except click.NoArgsIsHelpError as exc:
        exc.show()  # a bare group prints its help, as `-h` would
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        _usage(exc, args)
    except click.ClickException as exc:
        _fail(exc.format_message(), exc.exit_code)
    except typer.Abort:
        _fail("aborted")
    except AskbackError as exc:
        _fail(str(exc))
    except OSError as exc:
        # A file the command could not write or read (a full disk, a folder in the way).
        from askback.export.writing import problem

        _fail(f"{exc.filename}: {problem(exc)}" if exc.filename else problem(exc))
    # Without standalone mode click hands back the code of a `typer.Exit` instead of exiting.
    if isinstance(code, int) and not isinstance(code, bool) and code:
        sys.exit(code)


def _usage(exc: UsageError, args: list[str]) -> None:
    """A usage error as one line, and one hint naming the command's --help; exit 2."""
    from askback.cli.help_format import bad_value, retired_hint

    message = " ".join((bad_value(exc) or exc.format_message()).split())
    message += retired_hint(message, exc.ctx.command if exc.ctx is not None else None)
    target = _target(args)
    # An option's error may come without its command; the group's help then lists it.
    path = exc.ctx.command_path if exc.ctx is not None else f"askback {target or ''}".strip()
    _fail(f"{message}\nhint: see `{path} --help`", exc.exit_code)


def _fail(message: str, code: int = 1) -> None:
    from rich.console import Console
    from rich.text import Text

    Console(stderr=True, soft_wrap=True).print(Text.assemble(("error: ", "bold red"), message))
    sys.exit(code)
