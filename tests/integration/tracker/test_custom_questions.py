"""Custom questions can be sensitive or research-first, like the bank's; plans respect that."""

from __future__ import annotations

import json

from askback.app import Workspace, opportunities, questions
from askback.app.evidence import plan, save_profile
from askback.domain.model import Profile
from tests.integration.tracker.helpers import cli

QID = "my-who-left"


def test_flags_through_the_cli(database_url: str) -> None:
    url = database_url
    added = cli(
        url,
        "custom-question",
        "add",
        "Who left the team last year, and why?",
        "-d",
        "management-culture",
        "--id",
        QID,
        "--sensitive",
        "--json",
    )
    assert added.code == 0, added.error
    assert (json.loads(added.output)["sensitive"], json.loads(added.output)["research_first"]) == (
        True,
        False,
    )
    edited = cli(
        url,
        "custom-question",
        "edit",
        QID,
        "--not-sensitive",
        "--research-first",
        "--audience",
        "peer,hiring-manager",
        "--stage",
        "team",
    )
    assert edited.code == 0, edited.error
    shown = json.loads(cli(url, "custom-question", "show", QID, "--json").output)
    assert (shown["sensitive"], shown["research_first"]) == (False, True)
    assert (shown["audience"], shown["stage"]) == (["peer", "hiring-manager"], ["team"])
    listed = json.loads(cli(url, "custom-question", "list", "--json").output)
    assert [(q["id"], q["sensitive"], q["research_first"]) for q in listed] == [(QID, False, True)]
    text = cli(url, "custom-question", "list").output
    assert "research first" in text and "sensitive" not in text


def _screen_plan(ws: Workspace, *, sensitive: bool) -> tuple[list[str], list[str]]:
    questions.edit(ws, QID, sensitive=sensitive)
    result = plan(ws, "acme", roles=("recruiter",), stage="screen", minutes=30)
    return [i.question.id for i in result.items], [s.question.id for s in result.later]


def test_the_planner_keeps_a_sensitive_custom_question_from_the_screen(
    workspace: Workspace,
) -> None:
    opportunities.add(workspace, company="Acme", role="DS")
    questions.add(
        workspace,
        qid=QID,
        text="Who left the team last year, and why?",
        dimensions=["management-culture"],
        audience=["recruiter", "peer"],
        stage=["screen", "team"],
    )
    # A must-ask question is always planned, unless it may not be asked here.
    save_profile(workspace, Profile(must_ask=[QID]))
    planned, later = _screen_plan(workspace, sensitive=False)
    assert QID in planned and QID not in later
    planned, later = _screen_plan(workspace, sensitive=True)
    assert QID not in planned and QID in later
