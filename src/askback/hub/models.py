"""The hub's tables, in their own metadata: the local app's tables never mix with these.

What is stored is listed in docs/hub.md. Secrets (passwords, session and API tokens, reset
and invite codes) are stored only as hashes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: dict[Any, Any] = {  # noqa: RUF012
        datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


ROLES = ("member", "moderator", "admin")


class User(HubBase):
    __tablename__ = "hub_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="member")
    created_at: Mapped[datetime]
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]


class Session(HubBase):
    __tablename__ = "hub_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class ApiToken(HubBase):
    __tablename__ = "hub_api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    last_used_at: Mapped[datetime | None]


class ResetCode(HubBase):
    __tablename__ = "hub_reset_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime]


class Invite(HubBase):
    __tablename__ = "hub_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("hub_users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class RateCounter(HubBase):
    """Attempts per key and window: shared by every worker, so limits hold across processes."""

    __tablename__ = "hub_rate_counters"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Company(HubBase):
    __tablename__ = "hub_companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    # Serialises aggregate publication per company across workers (SELECT ... FOR UPDATE).
    created_at: Mapped[datetime]


class CompanyAlias(HubBase):
    """Every normalised name that leads to a company (merges move aliases along)."""

    __tablename__ = "hub_company_aliases"

    normalized: Mapped[str] = mapped_column(String(200), primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("hub_companies.id", ondelete="CASCADE"), index=True
    )


class Share(HubBase):
    """One member's experience with one company; sharing again replaces it."""

    __tablename__ = "hub_shares"
    __table_args__ = (UniqueConstraint("user_id", "company_id", name="uq_hub_shares_member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_users.id", ondelete="CASCADE"))
    company_id: Mapped[int] = mapped_column(
        ForeignKey("hub_companies.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[int] = mapped_column(SmallInteger)
    year: Mapped[int] = mapped_column(SmallInteger)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ShareAnswer(HubBase):
    """A bank question asked, of whom (a role, never a name), at which stage, and the rating."""

    __tablename__ = "hub_share_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(
        ForeignKey("hub_shares.id", ondelete="CASCADE"), index=True
    )
    dimension: Mapped[str] = mapped_column(String(40))
    question_id: Mapped[str] = mapped_column(String(40))
    audience: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(20))
    rating: Mapped[int] = mapped_column(SmallInteger)
    red_flag: Mapped[bool] = mapped_column(Boolean, default=False)


TEXT_STATES = ("pending", "approved", "hidden")


class FreeText(HubBase):
    """A share's optional short text: shown only once a moderator approved it."""

    __tablename__ = "hub_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    share_id: Mapped[int] = mapped_column(
        ForeignKey("hub_shares.id", ondelete="CASCADE"), unique=True
    )
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    # Why the automatic check held it back (a name, an email address, a phone number).
    held_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class Report(HubBase):
    __tablename__ = "hub_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("hub_texts.id", ondelete="CASCADE"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("hub_users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime]
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(HubBase):
    """Every moderation and admin action; the actor is anonymised when their account goes."""

    __tablename__ = "hub_audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("hub_users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(String(500), default="")


class Snapshot(HubBase):
    """The published aggregate of one company and dimension, and whose shares it holds.

    `contributors` maps a per-company pseudonym of each member to the version of their share;
    a new snapshot is published only when at least k members differ (docs/hub.md).
    """

    __tablename__ = "hub_snapshots"
    __table_args__ = (Index("ix_hub_snapshots_company", "company_id"),)

    company_id: Mapped[int] = mapped_column(
        ForeignKey("hub_companies.id", ondelete="CASCADE"), primary_key=True
    )
    dimension: Mapped[str] = mapped_column(String(40), primary_key=True)
    quarter: Mapped[str] = mapped_column(String(8))
    payload: Mapped[dict[str, Any]]
    contributors: Mapped[dict[str, Any]]


PROPOSAL_STATES = ("pending", "accepted", "rejected", "superseded")


class Proposal(HubBase):
    """A member's new question or edit of a shipped one, in the bank's format, under review.

    An accepted proposal is a question of the community bank, `community-NNNN`; an accepted
    edit of the same shipped question later takes over that number (the earlier one is
    superseded), so a client never sees two versions of one question.
    """

    __tablename__ = "hub_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Kept (author anonymised) when the member's account goes: the community bank stays whole.
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("hub_users.id", ondelete="SET NULL"), index=True
    )
    # The shipped question this edits; None for a new question.
    based_on: Mapped[str | None] = mapped_column(String(40))
    # The question in the bank's format, without id (the hub gives one when it is accepted).
    question: Mapped[dict[str, Any]]
    note: Mapped[str] = mapped_column(String(1000), default="")
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    community_number: Mapped[int | None] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]


class ProposalComment(HubBase):
    __tablename__ = "hub_proposal_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(
        ForeignKey("hub_proposals.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("hub_users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(String(2000))
    created_at: Mapped[datetime]


class UsefulnessVote(HubBase):
    """How useful a member found a question for one dimension; voting again changes it."""

    __tablename__ = "hub_usefulness_votes"
    __table_args__ = (
        UniqueConstraint("user_id", "question_id", "dimension", name="uq_hub_usefulness_votes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hub_users.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(40), index=True)
    dimension: Mapped[str] = mapped_column(String(40))
    useful: Mapped[int] = mapped_column(SmallInteger)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]


class UsefulnessSnapshot(HubBase):
    """The published usefulness of a question for a dimension; changes only when k voters did."""

    __tablename__ = "hub_usefulness_snapshots"

    question_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(40), primary_key=True)
    payload: Mapped[dict[str, Any]]
    contributors: Mapped[dict[str, Any]]
