"""The hub client's tables: what was shared, and the community aggregates and bank pulled.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

TIMESTAMP = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _opportunity_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["opportunity_id"],
        ["opportunities.id"],
        name=op.f(f"fk_{table}_opportunity_id_opportunities"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "hub_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("hub_url", sa.String(length=500), nullable=False),
        sa.Column("hub_share_id", sa.Integer(), nullable=False),
        sa.Column("company_slug", sa.String(length=200), nullable=True),
        sa.Column("answer_ids", JSON_DOC, nullable=False),
        sa.Column("payload", JSON_DOC, nullable=False),
        sa.Column("shared_at", TIMESTAMP, nullable=False),
        _opportunity_fk("hub_shares"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_shares")),
        sa.UniqueConstraint(
            "owner", "opportunity_id", name=op.f("uq_hub_shares_owner_opportunity_id")
        ),
    )
    op.create_table(
        "hub_aggregates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("hub_url", sa.String(length=500), nullable=False),
        sa.Column("company_slug", sa.String(length=200), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("mean", sa.Float(), nullable=False),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("members_low", sa.Integer(), nullable=False),
        sa.Column("members_high", sa.Integer(), nullable=False),
        sa.Column("red_flags_low", sa.Integer(), nullable=False),
        sa.Column("red_flags_high", sa.Integer(), nullable=False),
        sa.Column("questions", JSON_DOC, nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("pulled_at", TIMESTAMP, nullable=False),
        _opportunity_fk("hub_aggregates"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_aggregates")),
        sa.UniqueConstraint(
            "owner",
            "opportunity_id",
            "dimension",
            name=op.f("uq_hub_aggregates_owner_opportunity_id_dimension"),
        ),
    )
    op.create_table(
        "hub_bank_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("hub_url", sa.String(length=500), nullable=False),
        sa.Column("qid", sa.String(length=80), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("document", JSON_DOC, nullable=False),
        sa.Column("pulled_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_bank_questions")),
        sa.UniqueConstraint("owner", "qid", name=op.f("uq_hub_bank_questions_owner_qid")),
    )
    for table in ("hub_shares", "hub_aggregates"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{table}_opportunity_id"), ["opportunity_id"], unique=False
            )
            batch_op.create_index(batch_op.f(f"ix_{table}_owner"), ["owner"], unique=False)
    with op.batch_alter_table("hub_bank_questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_bank_questions_owner"), ["owner"], unique=False)


def downgrade() -> None:
    op.drop_table("hub_bank_questions")
    op.drop_table("hub_aggregates")
    op.drop_table("hub_shares")
