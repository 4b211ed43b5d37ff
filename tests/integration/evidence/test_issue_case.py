"""THE case of the issue, end to end through the Workspace on real databases.

Three interviewers answer well on responsible ML and the job ad states strong values; a future
teammate proposes a questionable use case and the candidate marks it as a red flag.
"""

from __future__ import annotations

from askback.app import Workspace, evidence
from askback.bank.schema import Audience, Stage
from askback.domain.evidence import Verdict
from tests.integration.evidence.scenario import RML, TOM_ASKED, TOM_SAID, acme


def test_conflict_raised_risk_and_the_question_that_settles_it(ws: Workspace) -> None:
    case = acme(ws, with_red_flag=False)
    calm = evidence.assess(ws, case.opp.id)[RML]
    assert calm.conflict is None
    assert calm.deal_breaker is not None and calm.deal_breaker.verdict == Verdict.CLEAR

    acme_tom = acme(ws)  # a second opportunity, now with Tom's red flag
    a = evidence.assess(ws, acme_tom.opp.id)
    rml = a[RML]

    # A conflict on responsible ML, quoting the answers that disagree.
    assert rml.conflict is not None
    assert [i.who for i in rml.conflict.low] == ["Tom Weiss"]
    assert rml.conflict.low[0].quote == TOM_SAID
    assert {i.who for i in rml.conflict.high} >= {"Hanna Berg", "Paul Novak", "Lena Ortiz"}
    assert "Slack messages" in rml.conflict.describe()

    # The deal-breaker risk is raised, but not certain.
    risk = rml.deal_breaker
    assert risk is not None and calm.deal_breaker is not None
    assert risk.risk > calm.deal_breaker.risk + 0.1
    assert risk.risk < risk.rule.confidence
    assert risk.verdict == Verdict.AT_RISK
    # Sources on both sides of the line: at risk because they are split, not by the risk alone.
    assert risk.split and rml.conflict.p_value < 0.05
    assert rml.moved_by[0].item.who == "Tom Weiss"

    # The top of the plan re-asks the disputed question of someone new: the team lead ...
    lead = evidence.plan(ws, acme_tom.opp.id, roles=["team-lead"], stage="team", minutes=30)
    first = lead.items[0]
    assert first.question.id == "rml-001"
    assert "who reviews it, who has the power to stop it" in first.question.text
    assert first.to.role == Audience.HIRING_MANAGER
    assert any(r.kind == "conflict" and "Settles a conflict" in str(r) for r in first.reasons)
    # ... or a peer in a backchannel talk.
    side = evidence.plan(ws, acme_tom.opp.id, roles=["peer"], stage="backchannel", minutes=20)
    assert side.items[0].question.id == "rml-001"
    assert side.items[0].to.role == Audience.PEER
    assert side.stage == Stage.BACKCHANNEL


def test_the_question_is_never_put_to_tom_again(ws: Workspace) -> None:
    case = acme(ws)
    plan = evidence.plan(ws, case.opp.id, roles=[case.tom.id], stage="backchannel", minutes=30)
    assert "rml-001" not in [i.question.id for i in plan.items]
    assert all(i.to.person == str(case.tom.id) for i in plan.items)
    # Hanna is on the other side of the conflict: the question still goes to her, for less.
    with_hanna = evidence.plan(ws, case.opp.id, roles=[case.hanna.id], stage="team", minutes=30)
    with_lead = evidence.plan(ws, case.opp.id, roles=["hiring-manager"], stage="team", minutes=30)
    assert with_hanna.items[0].question.id == "rml-001"
    assert with_hanna.items[0].conflict < with_lead.items[0].conflict


def test_a_recruiter_screen_points_the_conflict_to_a_backchannel(ws: Workspace) -> None:
    case = acme(ws)
    plan = evidence.plan(ws, case.opp.id, roles=["recruiter"], stage="screen", minutes=20)
    assert plan.items, "a screen still has questions for the recruiter"
    assert all(not i.question.sensitive for i in plan.items)
    assert all(Stage.SCREEN in i.question.stage for i in plan.items)
    later = {s.question.id: s for s in plan.later}
    assert later["rml-001"].where() == "a peer in a backchannel talk"


def test_a_red_flag_in_free_text_still_points_to_the_bank_question(ws: Workspace) -> None:
    case = acme(ws, free_text=True)
    rml = evidence.assess(ws, case.opp.id)[RML]
    assert rml.conflict is not None
    tom = rml.conflict.low[0]
    assert tom.question_id is None and tom.question_text == TOM_ASKED
    # The candidate's own words match the bank's question on use-case review ...
    assert rml.conflict.disputed_topics == {"rml-001"}
    assert rml.conflict.disputed_questions == frozenset()
    # ... so the plan still leads with it, to someone new,
    lead = evidence.plan(ws, case.opp.id, roles=["team-lead"], stage="team", minutes=30)
    assert lead.items[0].question.id == "rml-001"
    assert lead.items[0].conflict > 0
    # and never puts it to Tom, who has in effect answered it already.
    again = evidence.plan(ws, case.opp.id, roles=[case.tom.id], stage="backchannel", minutes=30)
    assert "rml-001" not in [i.question.id for i in again.items]
    # At a recruiter screen the open conflict is pointed to a backchannel talk with it.
    screen = evidence.plan(ws, case.opp.id, roles=["recruiter"], stage="screen", minutes=20)
    assert {s.question.id: s.where() for s in screen.later}["rml-001"] == (
        "a peer in a backchannel talk"
    )
