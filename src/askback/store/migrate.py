"""Bring a database to the schema this askback writes: back up first, refuse newer ones."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from askback.errors import AskbackError
from askback.store.engine import redact, writer
from askback.store.revision import HEAD

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"
# Any fixed number: concurrent askback processes migrating one PostgreSQL database queue on it.
PG_LOCK_KEY = 0x61736B62

log = logging.getLogger(__name__)


class SchemaError(AskbackError):
    """The database cannot be used by this version of askback."""


@dataclass(frozen=True)
class Migration:
    """What `ensure_schema` did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        """An existing schema was upgraded (not a fresh database created)."""
        return self.from_revision is not None

    def describe(self) -> str:
        """The one line askback prints about an upgrade, with the backup's path."""
        where = f"; backup at {self.backup}" if self.backup else ""
        return f"upgraded the database schema {self.from_revision} → {self.to_revision}{where}"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the shipped migrations (no alembic.ini needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise SchemaError(
            f"the database has several schema heads {rows}; it was not made by askback"
        )
    return rows[0] if rows else None


def _known(revision: str) -> bool:
    return any(s.revision == revision for s in script_directory().walk_revisions())


def check_revision(revision: str | None, url: str) -> None:
    """Refuse a database written by a newer askback, whose schema we do not know."""
    if revision is None or revision == HEAD or _known(revision):
        return
    raise SchemaError(
        f"{redact(url)} was written by a newer askback (schema revision {revision!r}; this "
        f"askback knows up to {HEAD!r}). Upgrade askback, or restore an older backup with "
        "`askback restore`. Nothing was changed."
    )


def _has_our_tables(engine: Engine) -> bool:
    from askback.store.models import Base

    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    return bool(names & set(Base.metadata.tables))


def ensure_schema(
    engine: Engine, url: str, *, backup: bool = True, backup_dir: Path | None = None
) -> Migration | None:
    """Migrate to HEAD when needed, taking a backup of a non-empty database first."""
    revision = current_revision(engine)
    if revision == HEAD:
        return None
    check_revision(revision, url)
    if revision is None and _has_our_tables(engine):
        raise SchemaError(
            f"{redact(url)} has askback's tables but no schema revision; it was not created by "
            "askback. Use another --db."
        )
    saved: Path | None = None
    if revision is not None and backup:
        from askback.store.backup import pre_migration_backup

        saved = pre_migration_backup(engine, url, revision, backup_dir)
    _upgrade(engine)
    return Migration(revision, HEAD, saved)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    # One transaction: a failed migration leaves the old schema as it was, on both backends.
    with writer(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        command.upgrade(alembic_config(conn), "head")
    log.info("database schema upgraded to %s", HEAD)
