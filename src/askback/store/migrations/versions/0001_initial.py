"""Initial schema: opportunities, contacts, interviews, answers, signals, questions, profiles.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

# Frozen copies of the column types, so that later changes to the models never alter this file.
TIMESTAMP = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
STATUS_CHECK = (
    "status IN ('interested', 'applied', 'screening', 'interviewing', 'offer', "
    "'accepted', 'declined', 'rejected', 'withdrawn')"
)


def upgrade() -> None:
    op.create_table(
        "custom_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("qid", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("dimensions", JSON_DOC, nullable=False),
        sa.Column("tags", JSON_DOC, nullable=False),
        sa.Column("audience", JSON_DOC, nullable=False),
        sa.Column("stage", JSON_DOC, nullable=False),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_questions")),
        sa.UniqueConstraint("owner", "qid", name=op.f("uq_custom_questions_owner_qid")),
    )
    with op.batch_alter_table("custom_questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_custom_questions_owner"), ["owner"], unique=False)

    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("links", JSON_DOC, nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("remote", sa.String(length=20), nullable=True),
        sa.Column("pay_min", sa.Integer(), nullable=True),
        sa.Column("pay_max", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("pay_period", sa.String(length=10), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "pay_period IS NULL OR pay_period IN ('year', 'month', 'day', 'hour')",
            name=op.f("ck_opportunities_pay_period"),
        ),
        sa.CheckConstraint(
            "remote IS NULL OR remote IN ('onsite', 'hybrid', 'remote')",
            name=op.f("ck_opportunities_remote"),
        ),
        sa.CheckConstraint(
            STATUS_CHECK,
            name=op.f("ck_opportunities_status"),
        ),
        sa.CheckConstraint(
            "pay_min IS NULL OR pay_max IS NULL OR pay_min <= pay_max",
            name=op.f("ck_opportunities_pay_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunities_owner"), ["owner"], unique=False)

    op.create_table(
        "profiles",
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("document", JSON_DOC, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("owner", name=op.f("pk_profiles")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("how_met", sa.String(length=100), nullable=True),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("tags", JSON_DOC, nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Date(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "audience IN ('recruiter', 'hr', 'hiring-manager', 'peer', 'leadership', 'any')",
            name=op.f("ck_contacts_audience"),
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_contacts_opportunity_id_opportunities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contacts_owner"), ["owner"], unique=False)

    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("starts_at", TIMESTAMP, nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "stage IN ('screen', 'team', 'final', 'post-offer', 'backchannel')",
            name=op.f("ck_interviews_stage"),
        ),
        sa.CheckConstraint(
            "duration_minutes IS NULL OR duration_minutes > 0", name=op.f("ck_interviews_duration")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_interviews_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interviews_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interviews_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_interviews_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "signals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("dimension", sa.String(length=40), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("red_flag", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("observed_on", sa.Date(), nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "source IN ('job-ad', 'public-report', 'employee-review', 'chat', 'other')",
            name=op.f("ck_signals_source"),
        ),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 1 AND rating <= 5)", name=op.f("ck_signals_rating")
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_signals_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signals")),
    )
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signals_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_signals_owner"), ["owner"], unique=False)

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", TIMESTAMP, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            STATUS_CHECK,
            name=op.f("ck_status_changes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_status_changes_opportunity_id_opportunities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_changes_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_status_changes_owner"), ["owner"], unique=False)

    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.String(length=80), nullable=True),
        sa.Column("question_text", sa.Text(), nullable=True),
        sa.Column("dimension", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("red_flag", sa.Boolean(), nullable=False),
        sa.Column("concreteness", sa.Float(), nullable=True),
        sa.Column("suggested_rating", sa.Integer(), nullable=True),
        sa.Column("answered_at", TIMESTAMP, nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "concreteness IS NULL OR (concreteness >= 0 AND concreteness <= 1)",
            name=op.f("ck_answers_concreteness"),
        ),
        sa.CheckConstraint(
            "question_id IS NOT NULL OR question_text IS NOT NULL", name=op.f("ck_answers_question")
        ),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 1 AND rating <= 5)", name=op.f("ck_answers_rating")
        ),
        sa.CheckConstraint(
            "suggested_rating IS NULL OR (suggested_rating >= 1 AND suggested_rating <= 5)",
            name=op.f("ck_answers_suggested_rating"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_answers_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_answers_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
    )
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answers_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(
            "ix_answers_interview_answered", ["interview_id", "answered_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_answers_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_answers_question_id"), ["question_id"], unique=False)

    op.create_table(
        "interview_contacts",
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_interview_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_contacts_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interview_id", "contact_id", name=op.f("pk_interview_contacts")),
    )
    with op.batch_alter_table("interview_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interview_contacts_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interview_contacts_owner"), ["owner"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interview_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_contacts_owner"))
        batch_op.drop_index(batch_op.f("ix_interview_contacts_contact_id"))

    op.drop_table("interview_contacts")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answers_question_id"))
        batch_op.drop_index(batch_op.f("ix_answers_owner"))
        batch_op.drop_index("ix_answers_interview_answered")
        batch_op.drop_index(batch_op.f("ix_answers_contact_id"))

    op.drop_table("answers")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_owner"))
        batch_op.drop_index(batch_op.f("ix_status_changes_opportunity_id"))

    op.drop_table("status_changes")
    with op.batch_alter_table("signals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signals_owner"))
        batch_op.drop_index(batch_op.f("ix_signals_opportunity_id"))

    op.drop_table("signals")
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_starts_at"))
        batch_op.drop_index(batch_op.f("ix_interviews_owner"))
        batch_op.drop_index(batch_op.f("ix_interviews_opportunity_id"))

    op.drop_table("interviews")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_owner"))
        batch_op.drop_index(batch_op.f("ix_contacts_opportunity_id"))

    op.drop_table("contacts")
    op.drop_table("profiles")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunities_owner"))

    op.drop_table("opportunities")
    with op.batch_alter_table("custom_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_custom_questions_owner"))

    op.drop_table("custom_questions")
