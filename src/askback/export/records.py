"""The versioned whole-database document: what `askback export json` writes and import reads."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, date
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    model_validator,
)

from askback.bank.schema import QUESTION_ID, Audience, Dimension, Stage
from askback.errors import WordedValueError
from askback.i18n import N_
from askback.store.values import PayPeriod, Remote, SignalSource, Status

FORMAT = "askback-export"
# Bump when the document's shape changes; import reads every version up to this one.
# Version 2 added `sensitive` and `research_first` to custom questions (false when absent).
# Version 3 added `hub_shares`, what was sent to a community hub (none when absent).
VERSION = 3


def _clean_text(value: str) -> str:
    # Both databases reject NUL, and lone surrogates cannot be stored as UTF-8.
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains characters that are not valid Unicode text") from None
    return value


def _timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        from askback.app.names import ZONE, unknown_zone

        error = WordedValueError(str(unknown_zone(value)))
        raise error.worded("timezone", ZONE, value=value[:40]) from None
    return value


def _utc(value: AwareDatetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


Text = Annotated[str, AfterValidator(_clean_text)]
Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_clean_text)]
Short = Annotated[str, Field(max_length=200), AfterValidator(_clean_text)]
Id = Annotated[int, Field(ge=1, le=2**31 - 1)]
Rating = Annotated[int, Field(ge=1, le=5)]
Money = Annotated[int, Field(ge=0, le=2**31 - 1)]
Timestamp = Annotated[AwareDatetime, PlainSerializer(_utc, return_type=str, when_used="json")]
TimeZone = Annotated[str, AfterValidator(_timezone)]
QuestionId = Annotated[str, Field(pattern=QUESTION_ID.pattern, max_length=80)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class OpportunityRecord(Record):
    id: Id
    company: Name
    role: Name
    status: Status = Status.INTERESTED
    links: list[Text] = Field(default_factory=list)
    location: Short | None = None
    remote: Remote | None = None
    pay_min: Money | None = None
    pay_max: Money | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    pay_period: PayPeriod | None = None
    source: Short | None = None
    notes: Text = ""
    created_at: Timestamp
    updated_at: Timestamp

    @model_validator(mode="after")
    def _pay_range(self) -> Self:
        if self.pay_min is not None and self.pay_max is not None and self.pay_min > self.pay_max:
            raise WordedValueError(
                f"pay_min {self.pay_min} is above pay_max {self.pay_max}"
            ).worded(
                "pay_min",
                N_("{field}: {low:,} is above {other} ({high:,}); type the lower amount first."),
                other="pay_max",
                low=self.pay_min,
                high=self.pay_max,
            )
        return self


class StatusChangeRecord(Record):
    id: Id
    opportunity_id: Id
    status: Status
    changed_at: Timestamp
    note: Text = ""


class ContactRecord(Record):
    id: Id
    name: Name
    role: Short | None = None
    company: Short | None = None
    how_met: Annotated[str, Field(max_length=100), AfterValidator(_clean_text)] | None = None
    audience: Audience = Audience.ANY
    email: Annotated[str, Field(max_length=320), AfterValidator(_clean_text)] | None = None
    tags: list[Text] = Field(default_factory=list)
    notes: Text = ""
    follow_up: date | None = None
    opportunity_id: Id | None = None
    created_at: Timestamp
    updated_at: Timestamp


class InterviewRecord(Record):
    id: Id
    opportunity_id: Id
    stage: Stage
    starts_at: Timestamp
    timezone: TimeZone = "UTC"
    duration_minutes: Annotated[int, Field(ge=1, le=24 * 60)] | None = None
    location: Annotated[str, Field(max_length=500), AfterValidator(_clean_text)] | None = None
    notes: Text = ""
    contact_ids: list[Id] = Field(default_factory=list)
    created_at: Timestamp
    updated_at: Timestamp


class AnswerRecord(Record):
    id: Id
    interview_id: Id
    contact_id: Id | None = None
    question_id: QuestionId | None = None
    question_text: Text | None = None
    dimension: Dimension | None = None
    notes: Text = ""
    rating: Rating | None = None
    red_flag: bool = False
    concreteness: Annotated[float, Field(ge=0, le=1)] | None = None
    suggested_rating: Rating | None = None
    answered_at: Timestamp
    created_at: Timestamp

    @model_validator(mode="after")
    def _has_question(self) -> Self:
        if self.question_id is None and self.question_text is None:
            raise ValueError("needs a question_id or a question_text")
        return self


class SignalRecord(Record):
    id: Id
    opportunity_id: Id
    source: SignalSource
    dimension: Dimension
    rating: Rating | None = None
    red_flag: bool = False
    note: Text = ""
    url: Annotated[str, Field(max_length=1000), AfterValidator(_clean_text)] | None = None
    observed_on: date | None = None
    created_at: Timestamp


class CustomQuestionRecord(Record):
    id: Annotated[str, Field(pattern=r"^my-[a-z0-9-]+$", max_length=80)]
    text: Annotated[str, Field(min_length=3), AfterValidator(_clean_text)]
    summary: Text | None = None
    dimensions: list[Dimension] = Field(min_length=1)
    tags: list[Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]] = Field(
        default_factory=list
    )
    audience: list[Audience] = Field(default_factory=list)
    stage: list[Stage] = Field(default_factory=list)
    why: Text | None = None
    sensitive: bool = False
    research_first: bool = False
    notes: Text = ""
    created_at: Timestamp


class HubShareRecord(Record):
    """One opportunity's share sent to a hub: where to, the hub's id for it, exactly what left.

    Kept so that `askback unshare` can withdraw it from a restored or moved workspace, and so
    that the community figures leave the user's own answers out (answer_ids) after an import.
    """

    opportunity_id: Id
    hub_url: Annotated[str, Field(min_length=1, max_length=500), AfterValidator(_clean_text)]
    hub_share_id: Id
    company_slug: Short | None = None
    answer_ids: list[Id] = Field(default_factory=list)
    payload: dict[str, Any]
    shared_at: Timestamp


_ONE = {
    "opportunities": "opportunity",
    "contacts": "contact",
    "interviews": "interview",
    "answers": "answer",
}
# (table, field, referenced table) for every id that must point at a row of the document.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("status_changes", "opportunity_id", "opportunities"),
    ("contacts", "opportunity_id", "opportunities"),
    ("interviews", "opportunity_id", "opportunities"),
    ("interviews", "contact_ids", "contacts"),
    ("answers", "interview_id", "interviews"),
    ("answers", "contact_id", "contacts"),
    ("signals", "opportunity_id", "opportunities"),
    ("hub_shares", "opportunity_id", "opportunities"),
    ("hub_shares", "answer_ids", "answers"),
)


class Document(Record):
    """One owner's whole tracker, self-contained and versioned."""

    format: Literal["askback-export"] = "askback-export"
    version: Annotated[int, Field(ge=1)] = VERSION
    askback_version: str = ""
    exported_at: Timestamp
    owner: str = "local"
    opportunities: list[OpportunityRecord] = Field(default_factory=list)
    status_changes: list[StatusChangeRecord] = Field(default_factory=list)
    contacts: list[ContactRecord] = Field(default_factory=list)
    interviews: list[InterviewRecord] = Field(default_factory=list)
    answers: list[AnswerRecord] = Field(default_factory=list)
    signals: list[SignalRecord] = Field(default_factory=list)
    custom_questions: list[CustomQuestionRecord] = Field(default_factory=list)
    profile: dict[str, Any] | None = None
    hub_shares: list[HubShareRecord] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _version_first(cls, data: Any) -> Any:
        # Say "newer askback" before listing fields this version does not know.
        if isinstance(data, dict):
            version = data.get("version")
            if isinstance(version, int) and version > VERSION:
                raise ValueError(
                    f"export format version {version} was written by a newer askback; "
                    f"this one reads up to version {VERSION}"
                )
        return data

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems = self.integrity_problems()
        if problems:
            raise ValueError("; ".join(problems[:10]))
        return self

    def integrity_problems(self) -> list[str]:
        """Duplicate ids and references to rows that are not in the document."""
        problems: list[str] = []
        ids: dict[str, set[Any]] = {}
        for table in (
            "opportunities",
            "status_changes",
            "contacts",
            "interviews",
            "answers",
            "signals",
            "custom_questions",
        ):
            seen: set[Any] = set()
            for index, row in enumerate(getattr(self, table)):
                if row.id in seen:
                    problems.append(f"{table}[{index}].id: duplicate id {row.id!r}")
                seen.add(row.id)
            ids[table] = seen
        for table, field, target in REFERENCES:
            for index, row in enumerate(getattr(self, table)):
                value = getattr(row, field)
                for ref in value if isinstance(value, list) else [value]:
                    if ref is not None and ref not in ids[target]:
                        problems.append(
                            f"{table}[{index}].{field}: no {_ONE[target]} with id {ref}"
                        )
        for index, row in enumerate(self.interviews):
            if len(set(row.contact_ids)) != len(row.contact_ids):
                problems.append(f"interviews[{index}].contact_ids: a contact is listed twice")
        shared: set[int] = set()
        for index, share in enumerate(self.hub_shares):
            if share.opportunity_id in shared:
                problems.append(
                    f"hub_shares[{index}].opportunity_id: opportunity {share.opportunity_id} "
                    "is shared twice (a share replaces the earlier one)"
                )
            shared.add(share.opportunity_id)
        return problems

    def question_ids(self) -> set[str]:
        """Every question id the answers refer to."""
        return {a.question_id for a in self.answers if a.question_id is not None}

    def counts(self) -> dict[str, int]:
        return {
            "opportunities": len(self.opportunities),
            "status changes": len(self.status_changes),
            "contacts": len(self.contacts),
            "interviews": len(self.interviews),
            "answers": len(self.answers),
            "signals": len(self.signals),
            "custom questions": len(self.custom_questions),
            "profile": int(self.profile is not None),
            "hub shares": len(self.hub_shares),
        }


def slug(text: str) -> str:
    """A lowercase, dash-separated slug for ids and file names."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "item"
