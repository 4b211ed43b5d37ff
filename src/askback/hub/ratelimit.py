"""Fixed-window counters in the database, so that every worker and host sees the same limits."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session as Db

from askback.errors import AskbackError
from askback.hub.core import upsert
from askback.hub.models import RateCounter


class RateLimited(AskbackError):
    """Too many attempts in a window; the message says when to try again."""

    def __init__(self, what: str, retry_after: int) -> None:
        super().__init__(f"too many {what}; try again in {retry_after} seconds")
        self.retry_after = retry_after


def hit(db: Db, key: str, limit: int, window_s: int, what: str) -> None:
    """Count one attempt for key; raise RateLimited when it passes limit in this window."""
    now = int(datetime.now(UTC).timestamp())
    slot = now // window_s
    count = _increment(db, key[:200], slot)
    if count == 1:
        prune(db, window_s)  # a new window began: drop the counters of the ones before
    if count > limit:
        raise RateLimited(what, (slot + 1) * window_s - now)


def _increment(db: Db, key: str, slot: int) -> int:
    """Add one to the counter and read it back in one statement (an upsert with RETURNING)."""
    stmt = upsert(db, RateCounter).values(key=key, slot=slot, count=1)
    returning = stmt.on_conflict_do_update(
        index_elements=["key", "slot"], set_={"count": RateCounter.count + 1}
    ).returning(RateCounter.count)
    return int(db.execute(returning).scalar_one())


def prune(db: Db, window_s: int) -> None:
    """Drop counters of windows that have passed."""
    slot = int(datetime.now(UTC).timestamp()) // window_s
    db.execute(delete(RateCounter).where(RateCounter.slot < slot - 1))
