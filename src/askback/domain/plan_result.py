"""What the planner returns: addressees, planned questions with their reasons, suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from askback.bank.schema import Audience, Dimension, Question, Stage
from askback.i18n import N_, Message, term

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Addressee:
    """Someone in the coming interview: a role, and the contact when it is known."""

    role: Audience
    person: str | None = None  # the contact's key, as in EvidenceItem.person
    name: str = ""

    def label(self) -> str:
        role = "anyone" if self.role == Audience.ANY else f"the {self.role}"
        return f"{self.name} ({self.role})" if self.name else role

    def message(self) -> Message:
        """Whom to ask, for any language: 'Maya (hiring manager)', 'the recruiter', 'anyone'."""
        role = term(self.role.value)  # the catalog's word for the role: "hiring manager"
        if self.name:
            return Message("addressee", N_("{name} ({role})"), name=self.name, role=role)
        if self.role == Audience.ANY:
            return Message("addressee", N_("anyone"))
        return Message("addressee", N_("the {role}"), role=role)


@dataclass(frozen=True)
class PlanItem:
    """One planned question, whom to ask, and why it made the cut."""

    question: Question
    to: Addressee
    score: float
    minutes: int
    info: float  # expected information gain, nats
    var_cut: float  # expected share of the dimension's variance removed
    risk_move: float  # expected movement of the deal-breaker risk
    kg: float  # knowledge gradient across live offers, fit points
    p_switch: float  # chance the answer changes which offer leads
    conflict: float  # conflict-settling part of the score
    must_ask: bool
    reasons: tuple[Message, ...]  # each written in English by str(), in any language by .text()
    summary: str = ""  # the reasons in a few words, for the printed cheat sheet

    def to_dict(self) -> dict[str, Any]:
        q = self.question
        return {
            "id": q.id,
            "text": q.text,
            "spoken": q.spoken_in(),
            "dimension": q.dimension.value,
            "to": self.to.role.value,
            "person": self.to.person,
            "name": self.to.name,
            "minutes": self.minutes,
            "score": self.score,
            "info": self.info,
            "var_cut": self.var_cut,
            "risk_move": self.risk_move,
            "kg": self.kg,
            "p_switch": self.p_switch,
            "conflict": self.conflict,
            "must_ask": self.must_ask,
            "sensitive": q.sensitive,
            "research_first": q.research_first,
            "why": [str(r) for r in self.reasons],
            "reasons": [r.to_dict() for r in self.reasons],
            "summary": self.summary,
            "listen_for": list(q.green_flags[:2]),
            "warning_signs": list(q.red_flags[:2]),
            "follow_up": q.follow_ups[0] if q.follow_ups else None,
        }


@dataclass(frozen=True)
class Suggestion:
    """A question worth asking, but in another talk: who and where."""

    question: Question
    audience: Audience
    stage: Stage
    reason: Message

    def where(self) -> str:
        if self.stage == Stage.BACKCHANNEL:
            who = "an employee" if self.audience == Audience.ANY else f"a {self.audience}"
            return f"{who} in a backchannel talk"
        who = "anyone" if self.audience == Audience.ANY else f"the {self.audience}"
        return f"{who} at the {self.stage} stage"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question.id,
            "text": self.question.text,
            "audience": self.audience.value,
            "stage": self.stage.value,
            "where": self.where(),
            "reason": str(self.reason),
            "reason_kind": self.reason.kind,
        }


@dataclass(frozen=True)
class Plan:
    """The questions for one coming interview, in the order to ask them."""

    label: str
    stage: Stage
    minutes: int
    addressees: tuple[Addressee, ...]
    items: tuple[PlanItem, ...]
    later: tuple[Suggestion, ...]
    skipped: tuple[tuple[Dimension, Message], ...]
    # The tracker's opportunity id, so that `askback log --plan` needs not ask for it again.
    opportunity_id: int | None = None

    @property
    def used_minutes(self) -> int:
        return sum(i.minutes for i in self.items)

    def to_frame(self) -> pd.DataFrame:
        """One row per planned question, in order."""
        import pandas as pd

        rows = [i.to_dict() | {"why": " · ".join(map(str, i.reasons))} for i in self.items]
        columns = ["id", "dimension", "to", "minutes", "score", "text", "why"]
        return pd.DataFrame(rows, columns=None if rows else columns).set_index("id")

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON: `askback log --plan FILE` walks through `questions` in order."""
        return {
            "kind": "askback-plan",
            "version": 1,
            "opportunity": self.label,
            "opportunity_id": self.opportunity_id,
            "stage": self.stage.value,
            "minutes": self.minutes,
            "used_minutes": self.used_minutes,
            "with": [
                {"role": a.role.value, "person": a.person, "name": a.name} for a in self.addressees
            ],
            "questions": [i.to_dict() for i in self.items],
            # Suggestions name their question under "question", not "id": `askback log --plan`
            # walks the ids of `questions` only.
            "later": [s.to_dict() for s in self.later],
            "skipped": [
                {"dimension": d.value, "reason": str(r), "reason_kind": r.kind}
                for d, r in self.skipped
            ],
        }
