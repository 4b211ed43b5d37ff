"""The tracker's tables: every private row carries its owner, so one schema serves many users."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from askback.store.types import JSONDoc, UTCDateTime, utcnow
from askback.store.values import (
    AUDIENCES,
    STAGES,
    PayPeriod,
    Remote,
    SignalSource,
    Status,
    opportunity_label,
)

# Stable constraint names so that Alembic migrations can refer to them on both backends.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: Any) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _rating(column: str) -> str:
    return f"{column} IS NULL OR ({column} >= 1 AND {column} <= 5)"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONDoc,
        list[str]: JSONDoc,
    }


def _owner() -> Mapped[str]:
    return mapped_column(String(100), index=True)


class Opportunity(Base):
    """A company and role under consideration."""

    __tablename__ = "opportunities"
    __table_args__ = (
        CheckConstraint(_one_of("status", [s.value for s in Status]), name="status"),
        CheckConstraint(
            f"remote IS NULL OR {_one_of('remote', [r.value for r in Remote])}", name="remote"
        ),
        CheckConstraint(
            f"pay_period IS NULL OR {_one_of('pay_period', [p.value for p in PayPeriod])}",
            name="pay_period",
        ),
        CheckConstraint(
            "pay_min IS NULL OR pay_max IS NULL OR pay_min <= pay_max", name="pay_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default=Status.INTERESTED.value)
    links: Mapped[list[str]] = mapped_column(default=list)
    location: Mapped[str | None] = mapped_column(String(200))
    remote: Mapped[str | None] = mapped_column(String(20))
    pay_min: Mapped[int | None] = mapped_column(Integer)
    pay_max: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    pay_period: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="opportunity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(StatusChange.changed_at, StatusChange.id)",
    )
    interviews: Mapped[list[Interview]] = relationship(
        back_populates="opportunity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Interview.starts_at, Interview.id)",
    )
    signals: Mapped[list[Signal]] = relationship(
        back_populates="opportunity",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Signal.id",
    )

    @property
    def label(self) -> str:
        return opportunity_label(self.company, self.role)


class StatusChange(Base):
    """One step in an opportunity's status history."""

    __tablename__ = "status_changes"
    __table_args__ = (CheckConstraint(_one_of("status", [s.value for s in Status]), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    opportunity: Mapped[Opportunity] = relationship(back_populates="status_changes")


class Contact(Base):
    """A person: interviewer, recruiter, referral, someone met at an event."""

    __tablename__ = "contacts"
    __table_args__ = (CheckConstraint(_one_of("audience", AUDIENCES), name="audience"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    how_met: Mapped[str | None] = mapped_column(String(100))
    audience: Mapped[str] = mapped_column(String(20), default="any")
    email: Mapped[str | None] = mapped_column(String(320))
    tags: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[date | None] = mapped_column(Date)
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class InterviewContact(Base):
    """A contact who took part in an interview."""

    __tablename__ = "interview_contacts"

    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    owner: Mapped[str] = _owner()


class Interview(Base):
    """A conversation at a stage, at a time, with contacts."""

    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint(_one_of("stage", STAGES), name="stage"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes > 0", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    opportunity: Mapped[Opportunity] = relationship(back_populates="interviews")
    # Read through `contacts`; write through `links`, which carry the owner like every row.
    contacts: Mapped[list[Contact]] = relationship(
        secondary="interview_contacts", order_by="Contact.id", viewonly=True
    )
    links: Mapped[list[InterviewContact]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    answers: Mapped[list[Answer]] = relationship(
        back_populates="interview",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Answer.answered_at, Answer.id)",
    )


class Answer(Base):
    """What a contact said to a question, with the candidate's rating."""

    __tablename__ = "answers"
    __table_args__ = (
        CheckConstraint(_rating("rating"), name="rating"),
        CheckConstraint(_rating("suggested_rating"), name="suggested_rating"),
        CheckConstraint(
            "concreteness IS NULL OR (concreteness >= 0 AND concreteness <= 1)", name="concreteness"
        ),
        CheckConstraint("question_id IS NOT NULL OR question_text IS NOT NULL", name="question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    # Indexed together with answered_at below.
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    question_id: Mapped[str | None] = mapped_column(String(80), index=True)
    question_text: Mapped[str | None] = mapped_column(Text)
    dimension: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    red_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    concreteness: Mapped[float | None] = mapped_column(Float)
    suggested_rating: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    interview: Mapped[Interview] = relationship(back_populates="answers")
    contact: Mapped[Contact | None] = relationship()


class Signal(Base):
    """Evidence from outside an interview: a job-ad finding, a report, a chat."""

    __tablename__ = "signals"
    __table_args__ = (
        CheckConstraint(_one_of("source", [s.value for s in SignalSource]), name="source"),
        CheckConstraint(_rating("rating"), name="rating"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(20))
    dimension: Mapped[str] = mapped_column(String(40))
    rating: Mapped[int | None] = mapped_column(Integer)
    red_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(1000))
    observed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    opportunity: Mapped[Opportunity] = relationship(back_populates="signals")


class CustomQuestion(Base):
    """A question of the user's own, kept next to the bank's (id `my-...`)."""

    __tablename__ = "custom_questions"
    __table_args__ = (UniqueConstraint("owner", "qid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    qid: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    dimensions: Mapped[list[str]] = mapped_column(default=list)
    tags: Mapped[list[str]] = mapped_column(default=list)
    audience: Mapped[list[str]] = mapped_column(default=list)
    stage: Mapped[list[str]] = mapped_column(default=list)
    why: Mapped[str | None] = mapped_column(Text)
    # The planner keeps a sensitive question from a recruiter or HR at the screen.
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Worth reading up on before asking (the bank's `research_first`).
    research_first: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Profile(Base):
    """The candidate's profile: one JSON document per owner, validated by the app layer."""

    __tablename__ = "profiles"

    owner: Mapped[str] = mapped_column(String(100), primary_key=True)
    document: Mapped[dict[str, Any]] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubShare(Base):
    """What this owner sent to a hub about an opportunity: the answers, the JSON, the hub's id."""

    __tablename__ = "hub_shares"
    __table_args__ = (UniqueConstraint("owner", "opportunity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    hub_url: Mapped[str] = mapped_column(String(500))
    hub_share_id: Mapped[int] = mapped_column(Integer)
    company_slug: Mapped[str | None] = mapped_column(String(200))
    answer_ids: Mapped[list[str]] = mapped_column(default=list)
    payload: Mapped[dict[str, Any]] = mapped_column()
    shared_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubAggregate(Base):
    """A community aggregate pulled from a hub: one company (opportunity) and dimension."""

    __tablename__ = "hub_aggregates"
    __table_args__ = (UniqueConstraint("owner", "opportunity_id", "dimension"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    hub_url: Mapped[str] = mapped_column(String(500))
    company_slug: Mapped[str] = mapped_column(String(200))
    dimension: Mapped[str] = mapped_column(String(40))
    mean: Mapped[float] = mapped_column(Float)
    low: Mapped[float] = mapped_column(Float)
    high: Mapped[float] = mapped_column(Float)
    members_low: Mapped[int] = mapped_column(Integer)
    members_high: Mapped[int] = mapped_column(Integer)
    red_flags_low: Mapped[int] = mapped_column(Integer)
    red_flags_high: Mapped[int] = mapped_column(Integer)
    questions: Mapped[list[str]] = mapped_column(default=list)
    period: Mapped[str] = mapped_column(String(40))
    pulled_at: Mapped[datetime] = mapped_column(default=utcnow)


class HubBankQuestion(Base):
    """A question of a hub's community bank, as pulled (the bank format, kept whole)."""

    __tablename__ = "hub_bank_questions"
    __table_args__ = (UniqueConstraint("owner", "qid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = _owner()
    hub_url: Mapped[str] = mapped_column(String(500))
    qid: Mapped[str] = mapped_column(String(80))
    dimension: Mapped[str] = mapped_column(String(40))
    document: Mapped[dict[str, Any]] = mapped_column()
    pulled_at: Mapped[datetime] = mapped_column(default=utcnow)


# Answers are read per opportunity through their interview: keep that join and sort cheap.
Index("ix_answers_interview_answered", Answer.interview_id, Answer.answered_at)

# Tables in the order rows must be inserted (parents first); deletes go the other way.
TABLES_IN_ORDER: tuple[type[Base], ...] = (
    Opportunity,
    StatusChange,
    Contact,
    Interview,
    InterviewContact,
    Answer,
    Signal,
    CustomQuestion,
    Profile,
)

# The hub client's tables, also the owner's: deleted with the rest (children of opportunities,
# so before them). hub_shares is exported; the pulled ones are a cache `hub pull` rebuilds.
HUB_TABLES: tuple[type[Base], ...] = (HubShare, HubAggregate, HubBankQuestion)

# Every table that holds an owner's rows: `wipe` empties all of them.
OWNER_TABLES: tuple[type[Base], ...] = TABLES_IN_ORDER + HUB_TABLES
