"""The fixed vocabularies of the tracker: statuses, remote policies, signal sources."""

from __future__ import annotations

from enum import StrEnum

from askback.bank.schema import Audience, Stage
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

STAGES = tuple(s.value for s in Stage)
AUDIENCES = tuple(a.value for a in Audience)
