"""The hub's core: one engine, the config and the bank; every face calls through here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session as Db
from sqlalchemy.orm import sessionmaker

from askback.hub.config import HubConfig
from askback.store.engine import make_engine

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from askback.bank.bank import Bank


def now() -> datetime:
    return datetime.now(UTC)


def upsert(db: Db, model: type[Any]) -> Any:
    """An INSERT of the session's dialect (PostgreSQL or SQLite), which takes ON CONFLICT."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive times (stored as UTC); PostgreSQL aware ones."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class Hub:
    """The open hub: call `tx()` for one transaction; nothing commits inside a helper."""

    def __init__(self, config: HubConfig, engine: Engine | None = None) -> None:
        from askback.hub import secrets

        self.config = config
        secrets.configure(config.password_memory_kib, config.password_time_cost)
        # No ping per checkout: a request checks out a connection twice or more, and a
        # connection the server dropped costs one request a 503 (app.py) instead.
        self.engine = engine or make_engine(
            config.database_url, pre_ping=False, pool_size=config.db_pool
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Reads on PostgreSQL run without BEGIN and COMMIT: two round trips fewer per request.
        # SQLite keeps its transactions (its engine emits BEGIN itself; see store.engine).
        reads = self.engine
        if self.engine.dialect.name == "postgresql":
            reads = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._reads = sessionmaker(reads, expire_on_commit=False)

    @contextmanager
    def tx(self) -> Iterator[Db]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with self._sessions() as db, db.begin():
            yield db

    @contextmanager
    def autocommit(self) -> Iterator[Db]:
        """Statements that each stand alone (reads, a counter's upsert): autocommit on PostgreSQL.

        Each statement sees the data committed when it starts; use `tx()` when several
        statements must see one state or change data together.
        """
        with self._reads() as db, db.begin():
            yield db

    @cached_property
    def bank(self) -> Bank:
        from askback.bank import load

        return load()

    def close(self) -> None:
        self.engine.dispose()
