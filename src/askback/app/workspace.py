"""The Workspace: one owner's view of one database, and the unit of work every use case runs in."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from askback.errors import AskbackError
from askback.store.engine import (
    DatabaseUnavailable,
    database_problem,
    make_engine,
    redact,
    writer,
)
from askback.store.migrate import Migration, ensure_schema

if TYPE_CHECKING:
    from askback.bank import Bank


class Workspace:
    """The core API object: open it, then call use cases from `askback.app.*` with it.

    Every use case runs inside `ws.transaction()`. Calls nest: an inner transaction joins the
    outer one, so several use cases inside one `with ws.transaction():` commit together.
    """

    def __init__(
        self,
        engine: Engine,
        url: str,
        owner: str = "local",
        bank_paths: Sequence[Path] = (),
    ) -> None:
        self.engine = engine
        self.url = url
        self.owner = owner
        self.bank_paths = tuple(bank_paths)
        self.migration: Migration | None = None
        self._writer = writer(engine)
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
        engine = make_engine(url)
        ws = cls(engine, url, owner, bank_paths)
        if migrate:
            try:
                ws.migration = ensure_schema(engine, url, backup_dir=backup_dir)
            except Exception as exc:
                engine.dispose()
                problem = database_problem(exc, url)
                if problem is not None:
                    raise DatabaseUnavailable(problem) from None
                raise
        return ws

    def close(self) -> None:
        """Close the database connections (a `with` block does this for you)."""
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Workspace({redact(self.url)!r}, owner={self.owner!r})"

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

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
            from askback.app.questions import load_bank

            self._bank = load_bank(self)
        return self._bank

    def forget_bank(self) -> None:
        """Drop the cached bank (after custom questions change)."""
        self._bank = None
