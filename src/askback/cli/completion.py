"""Shell completion of values: opportunity and contact names, question ids, dimensions, stages.

A completer runs on every Tab press, so it must answer in milliseconds and never fail: it reads
the SQLite file with the standard library (read-only, no SQLAlchemy, no migration), scans the
bank's YAML for ids instead of loading it, and answers nothing when there is no database yet.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable
from pathlib import Path

import click

COMPLETE_VAR = "_ASKBACK_COMPLETE"


def completion_words() -> list[str] | None:
    """The finished words of the command line being completed (None when not completing).

    The CLI builds only the subcommand it is asked for; during completion the command line
    is in the environment rather than in sys.argv.
    """
    mode = os.environ.get(COMPLETE_VAR)
    if not mode:
        return None
    from click.shell_completion import split_arg_string

    if mode.endswith("bash"):
        words = split_arg_string(os.environ.get("COMP_WORDS", ""))
        try:
            cword = int(os.environ.get("COMP_CWORD", ""))
        except ValueError:
            cword = len(words)
        return words[1:cword]
    line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
    words = split_arg_string(line)[1:]
    # The last word is still being typed unless the line ends with a space.
    return words if line.endswith(" ") or not words else words[:-1]


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def allow_explicit_shell(args: list[str]) -> None:
    """Let `--show-completion zsh` and `--install-completion bash` name the shell.

    Typer detects the running shell and takes no shell name unless its detection is switched
    off; a name given on the command line should win over a guess from the process tree.
    """
    for option, value in itertools.pairwise(args):
        if option in ("--install-completion", "--show-completion") and value in SHELLS:
            os.environ["_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION"] = "1"


def _matching(values: Iterable[str], incomplete: str) -> list[str]:
    """The values that start with what was typed, ignoring case, in the shell's quoting."""
    typed = incomplete.lower()
    bash = os.environ.get(COMPLETE_VAR, "").endswith("bash")
    seen: dict[str, None] = {}
    for value in values:
        if not value or not value.lower().startswith(typed):
            continue
        # Typer keeps only candidates that start with the typed text, case and all; names
        # resolve ignoring case, so the typed part keeps the case it was typed in.
        candidate = incomplete + value[len(incomplete) :]
        if bash:
            # bash inserts a candidate as it is: "Acme Corp" would become two words.
            candidate = candidate.replace(" ", "\\ ")
        seen.setdefault(candidate, None)
    return list(seen)


def _database_file(ctx: click.Context) -> Path | None:
    """The SQLite file the command would use, or None for another backend."""
    from askback.config import database_url

    root = ctx.find_root()
    db = root.params.get("db") if root.params else None
    url = database_url(db if isinstance(db, str) else None)
    if not url.startswith("sqlite:///"):
        return None
    return Path(url.removeprefix("sqlite:///"))


def _rows(ctx: click.Context, sql: str) -> list[tuple[object, ...]]:
    """Rows of a read-only query on the SQLite file; none when it is missing or unreadable."""
    import sqlite3

    path = _database_file(ctx)
    if path is None or not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return []
    try:
        return conn.execute(sql, {"owner": "local"}).fetchall()
    except sqlite3.Error:
        return []  # an older schema, or a file that is not an askback database
    finally:
        conn.close()


def opportunities(ctx: click.Context, incomplete: str) -> list[str]:
    """Company names of your opportunities (and their ids, when you type a number)."""
    rows = _rows(
        ctx, "SELECT id, company FROM opportunities WHERE owner = :owner ORDER BY updated_at DESC"
    )
    if incomplete[:1].isdigit():
        return _matching((str(row[0]) for row in rows), incomplete)
    return _matching((str(row[1]) for row in rows), incomplete)


def contacts(ctx: click.Context, incomplete: str) -> list[str]:
    """Names of your contacts (and their ids, when you type a number)."""
    rows = _rows(ctx, "SELECT id, name FROM contacts WHERE owner = :owner ORDER BY name")
    if incomplete[:1].isdigit():
        return _matching((str(row[0]) for row in rows), incomplete)
    return _matching((str(row[1]) for row in rows), incomplete)


def _bank_files() -> list[Path]:
    from askback.config import ENV_BANK_PATH, user_bank_dir

    folders = [Path(__file__).parents[1] / "bank" / "questions", user_bank_dir()]
    folders += [Path(p) for p in os.environ.get(ENV_BANK_PATH, "").split(os.pathsep) if p]
    files: list[Path] = []
    for folder in folders:
        if folder.is_file():
            files.append(folder)
        elif folder.is_dir():
            files.extend(sorted(folder.glob("*.yaml")))
    return files


def question_ids(ctx: click.Context, incomplete: str) -> list[str]:
    """Ids of the bank's questions, your question files' and your custom questions."""
    ids: list[str] = []
    for path in _bank_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        # A scan, not a YAML load: loading the whole bank would take a noticeable pause.
        for line in text.splitlines():
            item = line.strip()
            if item.startswith("- id:"):
                ids.append(item.removeprefix("- id:").strip().strip("'\""))
    rows = _rows(ctx, "SELECT qid FROM custom_questions WHERE owner = :owner ORDER BY qid")
    ids += [str(row[0]) for row in rows]
    return _matching(ids, incomplete)


def dimensions(incomplete: str) -> list[str]:
    """The bank's dimension ids."""
    from askback.bank.schema import Dimension

    return _matching((d.value for d in Dimension), incomplete)


def audiences(incomplete: str) -> list[str]:
    """Whom a question is for: recruiter, hr, hiring-manager, peer, leadership, any."""
    from askback.bank.schema import Audience

    return _matching((a.value for a in Audience), incomplete)


def languages(incomplete: str) -> list[str]:
    """The languages of the question bank (en, de)."""
    from askback.bank.loader import LANGUAGES

    return _matching(LANGUAGES, incomplete)


def date_orders(incomplete: str) -> list[str]:
    """How a date like 03/11/2026 is read: DMY or MDY."""
    return _matching(("DMY", "MDY"), incomplete)


def stages(incomplete: str) -> list[str]:
    """Interview stages."""
    from askback.bank.schema import Stage

    return _matching((s.value for s in Stage), incomplete)


def statuses(incomplete: str) -> list[str]:
    """Opportunity statuses."""
    from askback.store.values import Status

    return _matching((s.value for s in Status), incomplete)


def signal_sources(incomplete: str) -> list[str]:
    """Where a signal came from."""
    from askback.store.values import SignalSource

    return _matching((s.value for s in SignalSource), incomplete)
