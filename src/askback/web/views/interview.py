"""The interview screen's rows: answers already logged, then the planned questions, then a blank."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.bank import Question
    from askback.domain.plan_result import Addressee
    from askback.i18n import Message
    from askback.store.models import Answer, Interview


@dataclass(frozen=True)
class Row:
    """One question on the screen, with what was noted so far (if anything)."""

    key: str  # stable per row on this page: the DOM ids and the draft key use it
    question: Question | None = None
    question_text: str = ""
    answer: Answer | None = None
    reasons: tuple[Message, ...] = ()
    to: Addressee | None = None  # whom the plan says to ask
    contact_id: int | None = None
    free: bool = False  # a question of the user's own, typed on the screen
    added: bool = False  # a bank question the user brought in (?ask=), not from the plan

    @property
    def question_id(self) -> str:
        return self.question.id if self.question is not None else ""


@dataclass(frozen=True)
class Screen:
    interview: Interview
    rows: list[Row] = field(default_factory=list)
    minutes: int = 0


def _answer_row(ws: Workspace, answer: Answer) -> Row:
    question = ws.bank.by_id.get(answer.question_id) if answer.question_id else None
    return Row(
        key=f"a{answer.id}",
        question=question,
        question_text=answer.question_text or "",
        answer=answer,
        contact_id=answer.contact_id,
        free=question is None,
    )


def planned(
    ws: Workspace, interview: Interview
) -> list[tuple[Question, tuple[Message, ...], Addressee, int | None]]:
    """The plan for this interview: its stage, its people and its length."""
    from askback.app import evidence

    plan = evidence.plan_for_interview(ws, interview.id)
    out = []
    for item in plan.items:
        contact_id = int(item.to.person) if item.to.person and item.to.person.isdigit() else None
        out.append((item.question, item.reasons, item.to, contact_id))
    return out


def screen(ws: Workspace, interview_id: int, ask: tuple[str, ...] = ()) -> Screen:
    """Answers logged in this interview, questions asked for by id, then the rest of the plan."""
    from askback.app import answers, interviews

    interview = interviews.show(ws, interview_id)
    logged = answers.list_answers(ws, interview=interview_id)
    rows = [_answer_row(ws, a) for a in logged]
    answered = {a.question_id for a in logged if a.question_id}
    for qid in ask:
        question = ws.bank.get(qid)
        if question.id not in answered:
            answered.add(question.id)
            rows.append(Row(key=f"q-{question.id}", question=question, added=True))
    minutes = 0
    for question, reasons, to, contact_id in planned(ws, interview):
        if question.id in answered:
            continue
        minutes += question.minutes
        rows.append(
            Row(
                key=f"q-{question.id}",
                question=question,
                reasons=reasons,
                to=to,
                contact_id=contact_id,
            )
        )
    rows.append(Row(key="new", free=True))
    return Screen(interview, rows, minutes)
