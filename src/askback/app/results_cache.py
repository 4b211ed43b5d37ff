"""Assessments and plans kept on disk, keyed by everything they are computed from.

`askback assess` and `askback plan` run many times a day on evidence that changes a few times
a day. Computing them needs NumPy and SciPy, whose imports alone cost more than the rest of
the command; reading back a stored result needs neither. The key is a hash of:

- every row the result reads: the opportunities' ids and labels, each answer and signal
  (with its contact), and the profile document;
- the question bank (its own cache key: the bank's files, the user's question files, the
  custom questions, and the versions of askback, Python, NumPy and pydantic);
- the code that computes the result (askback.domain and the evidence use cases, by size and
  modification time, so an editable install that changes them misses too);
- the call's own arguments (the people, stage and minutes of a plan).

Any write that changes what a result reads changes its key, so a stale result is never
served; the first run after a change computes and stores. There is no time-to-live to tune.
The entries live in the bank's cache folder (`askback.bank.cache.cache_dir()`:
ASKBACK_CACHE_DIR, else <ASKBACK_HOME>/cache, else the user cache directory), as
`assess-*.pickle` and `plan-*.pickle`; deleting them is always safe. A cache that cannot be
read or written is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

T = TypeVar("T")
# Bumped when the shape of what is stored, or of the key, changes.
FORMAT = "2"
# Entries kept per kind: enough for every live opportunity and a few plans each.
KEEP = 64
_PACKAGE = Path(__file__).resolve().parent.parent
# The code a result depends on beyond the bank's own (which the bank's key covers).
_CODE = (
    "domain/*.py",
    "app/evidence.py",
    "app/community.py",
    "app/question_bank.py",
    "app/results_cache.py",
)


def _code_stamp() -> str:
    parts = []
    for pattern in _CODE:
        for path in sorted(_PACKAGE.glob(pattern)):
            st = path.stat()
            parts.append(f"{path.relative_to(_PACKAGE)}:{st.st_size}:{st.st_mtime_ns}")
    return "\n".join(parts)


def key(ws: Workspace, kind: str, *inputs: Any) -> str | None:
    """The key of a `kind` result computed from `inputs` (rows, documents, arguments).

    `inputs` must print (repr) the same exactly when they hold the same values: tuples,
    named tuples, frozen dataclasses, strings, numbers, dicts of JSON data. None when the
    bank has no key (a bank that could not be keyed is never cached, nor is what uses it).
    """
    from askback.app.question_bank import bank_key as current_bank_key

    bank_key = current_bank_key(ws)
    if bank_key is None:
        return None
    h = hashlib.sha256()
    for part in (FORMAT, kind, ws.owner, bank_key, _code_stamp()):
        h.update(part.encode())
        h.update(b"\0")
    for value in inputs:
        text = json.dumps(value, sort_keys=True) if isinstance(value, dict) else repr(value)
        h.update(text.encode())
        h.update(b"\0")
    return h.hexdigest()


def read(kind: str, key: str | None, expected: type[T]) -> T | None:
    """The stored result for the key when there is one of the expected type, else None."""
    if key is None:
        return None
    from askback.bank import cache

    value = cache.read(kind, key)
    return value if isinstance(value, expected) else None


def write(kind: str, key: str | None, value: object) -> None:
    """Store a result under its key (nothing when the key is None)."""
    if key is None:
        return
    from askback.bank import cache

    cache.write(kind, key, value, keep=KEEP)


def clear() -> int:
    """Delete every stored assessment and plan; the number of files deleted."""
    from askback.bank import cache

    removed = 0
    for kind in ("assess", "plan"):
        for path in cache.cache_dir().glob(f"{kind}-*.pickle"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed
