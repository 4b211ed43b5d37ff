"""A bank question's page: is it on the must-ask list, and which coming interviews it suits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.bank import Question
    from askback.store.models import Interview

# The question page lists this many of the coming interviews.
SHOWN_INTERVIEWS = 6


@dataclass(frozen=True)
class Upcoming:
    """A coming interview, and whether the question suits its stage and its people."""

    interview: Interview
    stage_fits: bool
    people_fit: bool

    @property
    def fits(self) -> bool:
        return self.stage_fits and self.people_fit


def suits(question: Question, interview: Interview) -> Upcoming:
    """The planner's first test: the interview's stage, and someone in it the question is for."""
    from askback.bank.schema import Audience

    stage_fits = interview.stage in {s.value for s in question.stage}
    wanted = {a.value for a in question.audience}
    roles = {c.audience for c in interview.contacts} or {Audience.ANY.value}
    people_fit = Audience.ANY.value in wanted or Audience.ANY.value in roles or bool(roles & wanted)
    return Upcoming(interview, stage_fits, people_fit)


def question_context(ws: Workspace, question: Question) -> dict[str, object]:
    """Whether the question is a must-ask, and how it fits each coming interview."""
    from datetime import UTC, datetime

    from askback.app import evidence, interviews
    from askback.store.values import CLOSED_STATUSES, Status

    coming = [
        iv
        for iv in interviews.list_interviews(ws, since=datetime.now(UTC))
        if Status(iv.opportunity.status) not in CLOSED_STATUSES
    ]
    return {
        "must_ask": question.id in evidence.get_profile(ws).must_ask,
        "upcoming": [suits(question, iv) for iv in coming[:SHOWN_INTERVIEWS]],
    }
