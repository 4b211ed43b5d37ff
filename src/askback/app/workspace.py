"""The Workspace: one owner's view of one database, and the unit of work every use case runs in."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askback.errors import AskbackError
from askback.store.engine import DatabaseUnavailable, database_problem, make_engine, writer
from askback.store.rows import backend_of, bind, sqlite_file

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from askback.bank import Bank
    from askback.store.migrate import Migration

# Runs one SELECT with named parameters (`:name`) and returns its rows as dicts.
Query = Callable[..., list[dict[str, Any]]]


class Workspace:
    """The core API object: open it, then call use cases from `askback.app.*` with it.

    Every use case runs inside `ws.transaction()`. Calls nest: an inner transaction joins the
    outer one, so several use cases inside one `with ws.transaction():` commit together.
    """

    def __init__(
        self,
        engine: Engine | None,
        url: str,
        owner: str = "local",
        bank_paths: Sequence[Path] = (),
        *,
        plain: sqlite3.Connection | None = None,
    ) -> None:
        self._engine = engine
        self.url = url
        self.owner = owner
        self.bank_paths = tuple(bank_paths)
        self.migration: Migration | None = None
        # A read-only connection to a current SQLite file: `query` reads through it, and the
        # engine (SQLAlchemy, a third of a second to import) waits until something needs it.
        self._plain = plain
        # sqlite3 connections belong to one thread; other threads (a web server's) use the engine.
        self._plain_thread = threading.get_ident()
        self._session: ContextVar[tuple[Session, bool] | None] = ContextVar(
            f"askback-session-{id(self)}", default=None
        )
        self._bank: Bank | None = None

    @classmethod
    def open(
        cls,
        url: str | None = None,
        owner: str = "local",
        *,
        bank_paths: Sequence[Path] = (),
        migrate: bool = True,
        backup_dir: Path | None = None,
    ) -> Workspace:
        """Connect (default: the user's SQLite file) and bring the schema up to date."""
        from askback.config import Settings

        if url is None:
            settings = Settings()
            url = settings.database_url
            bank_paths = bank_paths or settings.all_bank_paths()
        if not owner or len(owner) > 100:
            raise AskbackError("the owner must be 1 to 100 characters")
        path = sqlite_file(url)
        if migrate and path is not None and path.is_file():
            from askback.store.revision import sqlite_at_head

            plain = sqlite_at_head(path)
            if plain is not None:
                return cls(None, url, owner, bank_paths, plain=plain)
        engine = make_engine(url)
        ws = cls(engine, url, owner, bank_paths)
        if migrate:
            from askback.store.migrate import ensure_schema

            try:
                ws.migration = ensure_schema(engine, url, backup_dir=backup_dir)
            except Exception as exc:
                engine.dispose()
                problem = database_problem(exc, url)
                if problem is not None:
                    raise DatabaseUnavailable(problem) from None
                raise
        return ws

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use."""
        if self._engine is None:
            self._engine = make_engine(self.url)
            # From now on every read goes through the engine: one connection sees its own writes.
            if self._plain is not None:
                self._plain.close()
                self._plain = None
        return self._engine

    @property
    def _writer(self) -> Engine:
        return writer(self.engine)

    def close(self) -> None:
        """Close the database connections (a `with` block does this for you)."""
        if self._plain is not None:
            self._plain.close()
            self._plain = None
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        from askback.store.engine import redact

        return f"Workspace({redact(self.url)!r}, owner={self.owner!r})"

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self._engine.dialect.name if self._engine is not None else backend_of(self.url)

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error."""
        current = self._session.get()
        if current is not None:
            session, writing = current
            if write and not writing:
                raise RuntimeError("a write transaction cannot nest inside a read-only one")
            yield session
            return
        from sqlalchemy.orm import Session

        engine = self._writer if write else self.engine
        session = Session(engine, expire_on_commit=False, autoflush=True)
        token = self._session.set((session, write))
        try:
            session.begin()
            yield session
            if write:
                session.commit()
            # A read just closes below: the pool rolls the connection back, and unlike
            # session.rollback() that leaves the loaded objects usable.
        except BaseException as exc:
            session.rollback()
            problem = database_problem(exc, self.url)
            if problem is not None:
                raise DatabaseUnavailable(problem) from None
            raise
        finally:
            self._session.reset(token)
            session.close()

    def read(self) -> AbstractContextManager[Session]:
        """Shorthand for a read-only transaction (no write lock taken on SQLite)."""
        return self.transaction(write=False)

    @contextmanager
    def query(self) -> Iterator[Query]:
        """Plain SQL reads in one read-only transaction: `rows = q("SELECT ...", name=value)`.

        Inside a transaction the reads join it. On a current SQLite file they need no
        SQLAlchemy; elsewhere they run through the engine. Parameters are bound as the
        columns store them (see `askback.store.rows`).
        """
        backend = self.backend
        if (
            self._session.get() is None
            and self._plain is not None
            and threading.get_ident() == self._plain_thread
        ):
            conn = self._plain

            def plain(sql: str, **params: Any) -> list[dict[str, Any]]:
                cursor = conn.execute(sql, {k: bind(v, backend) for k, v in params.items()})
                names = [c[0] for c in cursor.description]
                return [dict(zip(names, row, strict=True)) for row in cursor]

            try:
                conn.execute("BEGIN")
                try:
                    yield plain
                finally:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
            except sqlite3.Error as exc:
                problem = database_problem(exc, self.url)
                if problem is not None:
                    raise DatabaseUnavailable(problem) from None
                raise
            return
        from sqlalchemy import text

        with self.read() as session:
            # Plain SQL does not autoflush as ORM queries do: show it what this transaction wrote.
            session.flush()

            def through(sql: str, **params: Any) -> list[dict[str, Any]]:
                bound = {k: bind(v, backend) for k, v in params.items()}
                return [dict(r) for r in session.execute(text(sql), bound).mappings()]

            yield through

    @property
    def session(self) -> Session:
        """The session of the transaction in progress (use cases call this)."""
        current = self._session.get()
        if current is None:
            raise RuntimeError("no transaction in progress: wrap the call in ws.transaction()")
        return current[0]

    @property
    def bank(self) -> Bank:
        """The question bank: shipped questions, the user's files, and custom questions."""
        if self._bank is None:
            from askback.app.question_bank import load_bank

            self._bank = load_bank(self)
        return self._bank

    @property
    def bank_loaded(self) -> bool:
        """Whether the bank has been loaded (or set) for this workspace."""
        return self._bank is not None

    def forget_bank(self) -> None:
        """Drop the cached bank (after custom questions change)."""
        self._bank = None
