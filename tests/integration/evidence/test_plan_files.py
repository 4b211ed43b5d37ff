"""A written plan is what `askback log --plan FILE` walks: exactly the planned questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from askback import cheatsheet
from askback.app import Workspace, evidence
from askback.app.log import read_plan
from tests.integration.evidence.scenario import acme


@pytest.mark.parametrize("suffix", [".md", ".json"])
def test_log_reads_back_the_planned_questions(ws: Workspace, tmp_path: Path, suffix: str) -> None:
    case = acme(ws)
    # A screen with the recruiter also carries suggestions for elsewhere: they are not walked.
    for roles, stage in ((["team-lead", "peer"], "team"), (["recruiter"], "screen")):
        plan = evidence.plan(ws, case.opp.id, roles=roles, stage=stage, minutes=30)
        path = cheatsheet.write(plan, tmp_path / f"plan-{stage}{suffix}")
        assert read_plan(ws, path) == [i.question.id for i in plan.items]


def test_plan_for_a_scheduled_interview_uses_its_people_and_stage(ws: Workspace) -> None:
    from askback.app import interviews
    from tests.integration.evidence.scenario import when

    case = acme(ws)
    talk = interviews.add(
        ws,
        opportunity=case.opp.id,
        stage="backchannel",
        starts_at=when(20),
        contacts=[case.paul.id],
        duration_minutes=20,
    )
    plan = evidence.plan_for_interview(ws, talk.id)
    assert plan.stage.value == "backchannel" and plan.minutes == 20
    assert [a.name for a in plan.addressees] == ["Paul Novak"]
    assert plan.items[0].question.id == "rml-001"
    assert plan.items[0].to.person == str(case.paul.id)
