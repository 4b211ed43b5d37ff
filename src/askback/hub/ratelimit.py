"""Fixed-window counters in the database, so that every worker and host sees the same limits."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as Db

from askback.errors import AskbackError
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
    dialect = db.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        pg = pg_insert(RateCounter).values(key=key, slot=slot, count=1)
        pg = pg.on_conflict_do_update(
            index_elements=["key", "slot"], set_={"count": RateCounter.count + 1}
        )
        db.execute(pg)
    else:
        from sqlalchemy.dialects.sqlite import insert as lite_insert

        lite = lite_insert(RateCounter).values(key=key, slot=slot, count=1)
        lite = lite.on_conflict_do_update(
            index_elements=["key", "slot"], set_={"count": RateCounter.count + 1}
        )
        db.execute(lite)
    count = db.scalar(
        select(RateCounter.count).where(RateCounter.key == key, RateCounter.slot == slot)
    )
    return int(count or 0)


def prune(db: Db, window_s: int) -> None:
    """Drop counters of windows that have passed."""
    slot = int(datetime.now(UTC).timestamp()) // window_s
    db.execute(delete(RateCounter).where(RateCounter.slot < slot - 1))
