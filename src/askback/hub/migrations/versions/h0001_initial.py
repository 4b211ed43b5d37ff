"""The hub's first schema: accounts, sessions, companies, shares, moderation, snapshots.

Revision ID: h0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "h0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "hub_companies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("slug", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_companies")),
        sa.UniqueConstraint("slug", name=op.f("uq_hub_companies_slug")),
    )
    op.create_table(
        "hub_rate_counters",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "slot", name=op.f("pk_hub_rate_counters")),
    )
    op.create_table(
        "hub_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_users")),
        sa.UniqueConstraint("email", name=op.f("uq_hub_users_email")),
    )
    op.create_table(
        "hub_api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_api_tokens_user_id_hub_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_hub_api_tokens_token_hash")),
    )
    with op.batch_alter_table("hub_api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_api_tokens_user_id"), ["user_id"], unique=False)

    op.create_table(
        "hub_audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=80), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_audit_log_actor_id_hub_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_audit_log")),
    )
    op.create_table(
        "hub_company_aliases",
        sa.Column("normalized", sa.String(length=200), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["hub_companies.id"],
            name=op.f("fk_hub_company_aliases_company_id_hub_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("normalized", name=op.f("pk_hub_company_aliases")),
    )
    with op.batch_alter_table("hub_company_aliases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hub_company_aliases_company_id"), ["company_id"], unique=False
        )

    op.create_table(
        "hub_invites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["hub_users.id"],
            name=op.f("fk_hub_invites_created_by_hub_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_invites")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_hub_invites_code_hash")),
    )
    op.create_table(
        "hub_reset_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_reset_codes_user_id_hub_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_reset_codes")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_hub_reset_codes_code_hash")),
    )
    with op.batch_alter_table("hub_reset_codes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_reset_codes_user_id"), ["user_id"], unique=False)

    op.create_table(
        "hub_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_sessions_user_id_hub_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_hub_sessions_token_hash")),
    )
    with op.batch_alter_table("hub_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_sessions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "hub_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.SmallInteger(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["hub_companies.id"],
            name=op.f("fk_hub_shares_company_id_hub_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_shares_user_id_hub_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_shares")),
        sa.UniqueConstraint("user_id", "company_id", name="uq_hub_shares_member"),
    )
    with op.batch_alter_table("hub_shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_shares_company_id"), ["company_id"], unique=False)

    op.create_table(
        "hub_snapshots",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("quarter", sa.String(length=8), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("contributors", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["hub_companies.id"],
            name=op.f("fk_hub_snapshots_company_id_hub_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("company_id", "dimension", name=op.f("pk_hub_snapshots")),
    )
    with op.batch_alter_table("hub_snapshots", schema=None) as batch_op:
        batch_op.create_index("ix_hub_snapshots_company", ["company_id"], unique=False)

    op.create_table(
        "hub_share_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("question_id", sa.String(length=40), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("rating", sa.SmallInteger(), nullable=False),
        sa.Column("red_flag", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["hub_shares.id"],
            name=op.f("fk_hub_share_answers_share_id_hub_shares"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_share_answers")),
    )
    with op.batch_alter_table("hub_share_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hub_share_answers_share_id"), ["share_id"], unique=False
        )

    op.create_table(
        "hub_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("held_reason", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["share_id"],
            ["hub_shares.id"],
            name=op.f("fk_hub_texts_share_id_hub_shares"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_texts")),
        sa.UniqueConstraint("share_id", name=op.f("uq_hub_texts_share_id")),
    )
    op.create_table(
        "hub_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=False),
        sa.Column("reporter_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reporter_id"],
            ["hub_users.id"],
            name=op.f("fk_hub_reports_reporter_id_hub_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["text_id"],
            ["hub_texts.id"],
            name=op.f("fk_hub_reports_text_id_hub_texts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_reports")),
    )
    with op.batch_alter_table("hub_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_reports_text_id"), ["text_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hub_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_reports_text_id"))

    op.drop_table("hub_reports")
    op.drop_table("hub_texts")
    with op.batch_alter_table("hub_share_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_share_answers_share_id"))

    op.drop_table("hub_share_answers")
    with op.batch_alter_table("hub_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_hub_snapshots_company")

    op.drop_table("hub_snapshots")
    with op.batch_alter_table("hub_shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_shares_company_id"))

    op.drop_table("hub_shares")
    with op.batch_alter_table("hub_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_sessions_user_id"))

    op.drop_table("hub_sessions")
    with op.batch_alter_table("hub_reset_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_reset_codes_user_id"))

    op.drop_table("hub_reset_codes")
    op.drop_table("hub_invites")
    with op.batch_alter_table("hub_company_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_company_aliases_company_id"))

    op.drop_table("hub_company_aliases")
    op.drop_table("hub_audit_log")
    with op.batch_alter_table("hub_api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_api_tokens_user_id"))

    op.drop_table("hub_api_tokens")
    op.drop_table("hub_users")
    op.drop_table("hub_rate_counters")
    op.drop_table("hub_companies")
