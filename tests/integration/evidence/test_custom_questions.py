"""The user's own questions are plan candidates, under the same rules as the bank's."""

from __future__ import annotations

from askback.app import Workspace, evidence, interviews
from askback.app import answers as answer_cases
from askback.app import questions as custom
from askback.app.answers import NewAnswer
from askback.bank.schema import Audience
from tests.integration.evidence.scenario import acme, when


def test_own_questions_are_planned_and_sensitive_ones_kept_from_the_screen(ws: Workspace) -> None:
    case = acme(ws)
    own = custom.add(
        ws,
        qid="my-visa",
        text="How many people on the team came on a work visa, and how long did it take?",
        dimensions=["work-life-remote"],
    )
    quiet = custom.add(
        ws,
        qid="my-leave",
        text="How many people on the team took parental leave, and did it slow their careers?",
        dimensions=["diversity-inclusion"],
        sensitive=True,
        research_first=True,
    )
    # Among questions that score the same, the user's own come first.
    team = evidence.plan(ws, case.opp.id, roles=["team-lead"], stage="team", minutes=60)
    planned = {i.question.id: i for i in team.items}
    assert {own.qid, quiet.qid} <= set(planned)
    assert planned[quiet.qid].to.role == Audience.HIRING_MANAGER
    assert "read up first" in planned[quiet.qid].summary
    # At a recruiter screen, or a screen with nobody named, the sensitive one waits.
    for roles in (["recruiter"], ["any"]):
        screen = evidence.plan(ws, case.opp.id, roles=roles, stage="screen", minutes=60)
        ids = [i.question.id for i in screen.items]
        assert own.qid in ids
        assert quiet.qid not in ids
        later = {s.question.id: s for s in screen.later}
        assert later[quiet.qid].where() == "anyone at the team stage"
        assert "sensitive" in str(later[quiet.qid].reason)
    # Once Hanna has answered it, it is not put to her again.
    hanna = [case.hanna.id]
    before = evidence.plan(ws, case.opp.id, roles=hanna, stage="team", minutes=60)
    assert quiet.qid in [i.question.id for i in before.items]
    talk = interviews.add(
        ws, opportunity=case.opp.id, stage="team", starts_at=when(12), contacts=hanna
    )
    answer_cases.add(
        ws,
        talk.id,
        NewAnswer(question_id=quiet.qid, rating=3, contact=case.hanna.id, notes="Two did."),
        analyze=False,
    )
    after = evidence.plan(ws, case.opp.id, roles=hanna, stage="team", minutes=60)
    assert quiet.qid not in [i.question.id for i in after.items]
