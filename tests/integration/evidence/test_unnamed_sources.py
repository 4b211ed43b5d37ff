"""Answers logged without a contact: one unnamed source per interview, on real databases."""

from __future__ import annotations

from askback.app import Workspace, evidence, interviews, opportunities
from askback.app import answers as answer_cases
from askback.app.answers import NewAnswer
from askback.domain.model import Profile
from tests.integration.evidence.scenario import RML, when

PROFILE = Profile.model_validate(
    {"weights": {RML: 8}, "deal_breakers": [{"dimension": RML, "at_least": 3}]}
)
QUESTIONS = ("rml-001", "rml-002", "rml-004", "rml-014", "rml-026")


def _talk(ws: Workspace, opp: int, day: int, ratings: list[int]) -> None:
    talk = interviews.add(ws, opportunity=opp, stage="team", starts_at=when(day))
    answer_cases.add_many(
        ws,
        talk.id,
        [NewAnswer(question_id=q, rating=r) for q, r in zip(QUESTIONS, ratings, strict=False)],
        analyze=False,
    )


def test_one_unnamed_interviewer_is_one_source(ws: Workspace) -> None:
    evidence.save_profile(ws, PROFILE)
    opp = opportunities.add(ws, company="Nameless", role="DS", status="interviewing")
    # Five answers from one unnamed interviewer, from 1 to 5: one source, however mixed.
    _talk(ws, opp.id, 3, [1, 5, 1, 5, 3])
    d = evidence.assess(ws, opp.id)[RML]
    assert d.n_items == 5 and d.n_sources == 1
    assert d.conflict is None
    # One source is not enough for a verdict, however many answers it gave.
    assert d.deal_breaker is not None and d.deal_breaker.verdict.value == "not enough evidence"
    assert "interview #" in d.moved_by[0].item.who
    # A second unnamed interview is a second source.
    _talk(ws, opp.id, 5, [4, 4])
    d = evidence.assess(ws, opp.id)[RML]
    assert d.n_sources == 2
    assert d.deal_breaker is not None and d.deal_breaker.verdict.value != "not enough evidence"
