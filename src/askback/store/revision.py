"""The schema revision this askback writes, and a check of it that needs no SQLAlchemy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The revision this code writes. Checked against Alembic's head by a test, so that opening an
# up-to-date database needs one query and never loads the migration scripts.
HEAD = "0002"


def sqlite_has_no_custom_questions(path: Path, owner: str = "local") -> bool:
    """True when the SQLite file is at HEAD and this owner has no custom questions.

    A command that only reads the bank asks this instead of opening a Workspace, whose
    imports (SQLAlchemy, the tables) cost more than the rest of the command. Anything
    unexpected (no file, an older schema, a lock, damage) answers False, and the caller
    takes the full path, which migrates or reports the problem.
    """
    try:
        # Read-only, so that a quick look never creates or changes the file.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except (sqlite3.Error, ValueError, OSError):
        return False
    try:
        revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        if revisions != [HEAD]:
            return False
        row = conn.execute(
            "SELECT count(*) FROM custom_questions WHERE owner = ?", (owner,)
        ).fetchone()
        return row is not None and row[0] == 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()
