"""Page data that is expensive to compute (assessments, the dashboard), kept per data version.

The version changes whenever anyone commits: this app (it calls `changed()`), or another
process such as the CLI (seen in the SQLite file's size and time, or PostgreSQL's latest
completed transaction id).
A page built from a stale version is never served.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

T = TypeVar("T")
MAX_ENTRIES = 1024


def _stat(path: Path) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


class Cache:
    """Values keyed by (key, data version); the whole cache empties when the version moves."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._local = 0
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        # One lock per key while it is being built: twenty clients missing at once build once.
        self._building: weakref.WeakValueDictionary[Hashable, threading.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._sqlite_file = self._sqlite_path(ws)
        self.hits = 0
        self.misses = 0

    @staticmethod
    def _sqlite_path(ws: Workspace) -> Path | None:
        from askback.store.engine import is_sqlite, sqlite_path

        return sqlite_path(ws.url) if is_sqlite(ws.url) else None

    def changed(self) -> None:
        """This process wrote: forget everything at once, without waiting for the file time."""
        with self._lock:
            self._local += 1
            self._values.clear()

    def version(self) -> Hashable:
        """A value that differs after any committed write, by any process."""
        if self._sqlite_file is not None:
            base = str(self._sqlite_file)
            # In WAL mode every commit appends to -wal; a checkpoint rewrites the main file.
            outside: Hashable = (_stat(self._sqlite_file), _stat(Path(base + "-wal")))
        elif self.ws.backend == "postgresql":
            outside = self._postgres_position()
        else:
            outside = None  # an in-memory database has no other writer
        return (self._local, outside)

    def _postgres_position(self) -> Hashable:
        from sqlalchemy import text

        # xmax moves when any writing transaction in the cluster ends (reads take no xid):
        # safe, if eager, and unlike the WAL position deaf to vacuum and checkpoints.
        with self.ws.engine.connect() as conn:
            query = text("SELECT txid_snapshot_xmax(txid_current_snapshot())")
            return str(conn.execute(query).scalar())

    def peek(self, key: Hashable) -> Any:
        """The cached value for key at the current version, or None (never computes)."""
        version = self.version()
        with self._lock:
            found = self._values.get(key)
            if found is not None and found[0] == version:
                self.hits += 1
                self._values.move_to_end(key)
                return found[1]
        return None

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached value for key at the current version, computing it (once) when missing."""
        found = self.peek(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
        with self._lock:
            building = self._building.get(key)
            if building is None:
                building = self._building[key] = threading.Lock()
        with building:
            found = self.peek(key)
            if found is not None:
                return found  # type: ignore[no-any-return]
            return self._compute(key, compute)

    def _compute(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = self.version()
        value = compute()
        with self._lock:
            self.misses += 1
            self._values[key] = (version, value)
            while len(self._values) > MAX_ENTRIES:
                self._values.popitem(last=False)  # the least recently used
        return value
