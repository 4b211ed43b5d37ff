"""Alembic environment of the hub: its own tables and version table, an open connection given."""

from __future__ import annotations

from alembic import context

from askback.hub.migrate import VERSION_TABLE
from askback.hub.models import HubBase

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs the alembic CLI
    raise RuntimeError("run hub migrations with `askback hub migrate`, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=HubBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
