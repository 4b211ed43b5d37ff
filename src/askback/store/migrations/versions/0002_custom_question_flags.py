"""Custom questions can be marked sensitive or research-first, like the bank's.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # A server default fills the rows that exist: no question was marked before.
    with op.batch_alter_table("custom_questions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sensitive", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("research_first", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("custom_questions", schema=None) as batch_op:
        batch_op.drop_column("research_first")
        batch_op.drop_column("sensitive")
