"""The fixed vocabularies of the tracker: statuses, remote policies, signal sources."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from askback.i18n import N_


class Status(StrEnum):
    INTERESTED = "interested"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


# An opportunity in one of these is over; `today` and the planner leave it alone.
CLOSED_STATUSES = frozenset({Status.ACCEPTED, Status.DECLINED, Status.REJECTED, Status.WITHDRAWN})
# The next move is the candidate's: apply, or decide on an offer.
WAITING_ON_YOU = {
    Status.INTERESTED: N_("decide whether to apply"),
    Status.OFFER: N_("decide on the offer"),
}


def opportunity_label(company: str, role: str) -> str:
    """How an opportunity is named in lists and messages."""
    return f"{company} — {role}"


class Remote(StrEnum):
    ONSITE = "onsite"
    HYBRID = "hybrid"
    REMOTE = "remote"


class PayPeriod(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"


class SignalSource(StrEnum):
    JOB_AD = "job-ad"
    PUBLIC_REPORT = "public-report"
    EMPLOYEE_REVIEW = "employee-review"
    CHAT = "chat"
    OTHER = "other"


# Suggestions shown by the CLI; any short text is accepted.
HOW_MET = (
    "referral",
    "online-event",
    "meetup",
    "conference",
    "cold-message",
    "recruiter-outreach",
    "job-board",
    "former-colleague",
    "community",
    "other",
)

if TYPE_CHECKING:
    STAGES: tuple[str, ...]  # the bank's stages and audiences, as stored
    AUDIENCES: tuple[str, ...]


def __getattr__(name: str) -> tuple[str, ...]:
    # Made on first use: the bank's schema (pydantic models) costs more to import than the
    # queries of `today` or `opportunity list`, which read this module for Status.
    if name == "STAGES":
        from askback.bank.schema import Stage

        return tuple(s.value for s in Stage)
    if name == "AUDIENCES":
        from askback.bank.schema import Audience

        return tuple(a.value for a in Audience)
    # Anything else (the import system asks for __path__) is missing, and imports nothing.
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
