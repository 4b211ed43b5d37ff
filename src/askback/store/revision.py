"""The schema revision this askback writes, and a check of it that needs no SQLAlchemy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The revision this code writes. Checked against Alembic's head by a test, so that opening an
# up-to-date database needs one query and never loads the migration scripts.
HEAD = "0003"


def sqlite_at_head(path: Path, *, timeout: float = 5.0) -> sqlite3.Connection | None:
    """A read-only connection to the SQLite file when its schema is at HEAD, else None.

    Commands that only read take this instead of SQLAlchemy, whose imports cost more than the
    rest of the command. Anything unexpected (no file, an older schema, a lock, damage)
    answers None, and the caller takes the full path, which migrates or reports the problem.
    """
    try:
        # Read-only, so that a quick look never creates or changes the file.
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=timeout,
            isolation_level=None,
            # Queries run only on the opening thread (the Workspace checks); closing may happen
            # on another, when a web server's thread first needs the engine.
            check_same_thread=False,
        )
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        revisions = []
    if revisions != [HEAD]:
        conn.close()
        return None
    return conn


def sqlite_has_no_custom_questions(path: Path, owner: str = "local") -> bool:
    """True when the SQLite file is at HEAD and this owner has no custom questions (nor
    community questions pulled from a hub).

    A command that only reads the bank asks this instead of opening a Workspace.
    """
    conn = sqlite_at_head(path)
    if conn is None:
        return False
    try:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM custom_questions WHERE owner = ?)"
            " + (SELECT count(*) FROM hub_bank_questions WHERE owner = ?)",
            (owner, owner),
        ).fetchone()
        return row is not None and row[0] == 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()
