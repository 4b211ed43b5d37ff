"""Answers stored under a question id that was later merged keep working everywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from askback.app import Workspace, answers, evidence, exports, interviews, opportunities
from askback.app.answers import NewAnswer
from askback.app.log import read_plan
from askback.store.models import Answer

RETIRED, KEPT = "rml-014", "rml-001"
WHEN = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def stored_under_retired_id(ws: Workspace) -> int:
    """An opportunity with one answer whose row still says the retired id, as old data would."""
    opp = opportunities.add(ws, company="Acme", role="Data Scientist")
    talk = interviews.add(ws, opportunity=opp.id, stage="team", starts_at=WHEN)
    saved = answers.add(ws, talk.id, NewAnswer(question_id=KEPT, rating=2, red_flag=True))
    with ws.transaction() as session:
        session.execute(update(Answer).where(Answer.id == saved.id).values(question_id=RETIRED))
    return opp.id


def test_old_answers_count_for_the_kept_question(workspace: Workspace) -> None:
    opp = stored_under_retired_id(workspace)
    items = evidence.evidence_items(workspace, [opp])[opp]
    assert [i.question_id for i in items] == [KEPT]
    assert items[0].question_text == workspace.bank.get(KEPT).text
    assessment = evidence.assess(workspace, opp)
    assert assessment is not None


def test_dossier_shows_the_kept_question_text(workspace: Workspace) -> None:
    stored_under_retired_id(workspace)
    dossier = exports.dossier(workspace, "acme")
    assert RETIRED in dossier and workspace.bank.get(KEPT).text in dossier


def test_new_answers_under_a_retired_id_are_stored_under_the_kept_one(
    workspace: Workspace,
) -> None:
    opp = opportunities.add(workspace, company="Initech", role="ML Engineer")
    talk = interviews.add(workspace, opportunity=opp.id, stage="team", starts_at=WHEN)
    saved = answers.add(workspace, talk.id, NewAnswer(question_id="rml-032", rating=4))
    assert saved.question_id == KEPT
    edited = answers.edit(workspace, saved.id, question_id="dei-016")
    assert edited.question_id == "grow-021"


def test_a_plan_naming_retired_ids_logs_the_kept_ones(workspace: Workspace, tmp_path: Path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text('["rml-014", "rml-032", "role-013", "dat-001"]', encoding="utf-8")
    assert read_plan(workspace, plan) == ["rml-001", "hire-013", "dat-001"]
