"""Contributions to the bank: proposals and their comments, usefulness votes and snapshots.

Revision ID: h0002
Revises: h0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "h0002"
down_revision: str | None = "h0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "hub_proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("based_on", sa.String(length=40), nullable=True),
        sa.Column("question", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("community_number", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_proposals_author_id_hub_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_proposals")),
        sa.UniqueConstraint("community_number", name=op.f("uq_hub_proposals_community_number")),
    )
    with op.batch_alter_table("hub_proposals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_proposals_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hub_proposals_state"), ["state"], unique=False)

    op.create_table(
        "hub_proposal_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_proposal_comments_author_id_hub_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["hub_proposals.id"],
            name=op.f("fk_hub_proposal_comments_proposal_id_hub_proposals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_proposal_comments")),
    )
    with op.batch_alter_table("hub_proposal_comments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hub_proposal_comments_proposal_id"), ["proposal_id"], unique=False
        )

    op.create_table(
        "hub_usefulness_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=40), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("useful", sa.SmallInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_usefulness_votes_user_id_hub_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_usefulness_votes")),
        sa.UniqueConstraint("user_id", "question_id", "dimension", name="uq_hub_usefulness_votes"),
    )
    with op.batch_alter_table("hub_usefulness_votes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hub_usefulness_votes_question_id"), ["question_id"], unique=False
        )

    op.create_table(
        "hub_usefulness_snapshots",
        sa.Column("question_id", sa.String(length=40), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("contributors", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(
            "question_id", "dimension", name=op.f("pk_hub_usefulness_snapshots")
        ),
    )


def downgrade() -> None:
    op.drop_table("hub_usefulness_snapshots")
    with op.batch_alter_table("hub_usefulness_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_usefulness_votes_question_id"))
    op.drop_table("hub_usefulness_votes")
    with op.batch_alter_table("hub_proposal_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_proposal_comments_proposal_id"))
    op.drop_table("hub_proposal_comments")
    with op.batch_alter_table("hub_proposals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_proposals_state"))
        batch_op.drop_index(batch_op.f("ix_hub_proposals_author_id"))
    op.drop_table("hub_proposals")
