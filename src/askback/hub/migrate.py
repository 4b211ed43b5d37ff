"""Hub schema migrations (Alembic), apart from the local app's: own scripts, own version table."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from askback.errors import AskbackError
from askback.store.engine import redact, writer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
VERSION_TABLE = "hub_alembic_version"
HEAD = "h0002"
# Workers starting together queue on this lock instead of migrating twice.
PG_LOCK_KEY = 0x6875626D

log = logging.getLogger(__name__)


class HubSchemaError(AskbackError):
    """The database is not (yet) at the hub's schema."""


def alembic_config(connection: object | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The hub schema revision stored in the database, or None for none."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return rows[0] if rows else None


def upgrade(engine: Engine) -> str | None:
    """Bring the hub's tables to HEAD in one transaction; the revision it started from."""
    from alembic import command

    before = current_revision(engine)
    if before == HEAD:
        return before
    with writer(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        command.upgrade(alembic_config(conn), "head")
    log.info("hub schema upgraded %s -> %s", before, HEAD)
    return before


def check_current(engine: Engine, url: str) -> None:
    """Refuse to serve a database whose hub schema is missing or not this version's."""
    revision = current_revision(engine)
    if revision != HEAD:
        raise HubSchemaError(
            f"{redact(url)}: hub schema is at {revision or 'nothing'}, this askback needs "
            f"{HEAD}; run `askback hub migrate --db ...` first (back up with pg_dump before)"
        )
