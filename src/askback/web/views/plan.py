"""The plan page and cheat sheet: which questions to ask in a coming interview, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

DEFAULT_MINUTES = 30
# The printed cheat sheet is one page: two columns hold about this many questions.
SHEET_MAX_ITEMS = 14


def plan_view(
    ws: Workspace,
    opportunity_id: int,
    *,
    interview_id: int | None = None,
    stage: str | None = None,
    minutes: int | None = None,
    roles: Sequence[str] = (),
) -> dict[str, Any]:
    """The plan for an interview (its stage, people and length) or for the given choices."""
    from askback.app import evidence, opportunities
    from askback.bank.schema import Audience, Stage

    opp = opportunities.show(ws, opportunity_id)
    interview = next((i for i in opp.interviews if i.id == interview_id), None)
    if interview is not None:
        plan = evidence.plan_for_interview(ws, interview.id)
    else:
        plan = evidence.plan(
            ws,
            opportunity_id,
            roles=list(roles) or ["any"],
            stage=stage or "team",
            minutes=minutes or DEFAULT_MINUTES,
        )
    return {
        "opp": opp,
        "interview": interview,
        "plan": plan,
        "stage": stage or plan.stage.value,
        "minutes": minutes or plan.minutes,
        "roles": list(roles),
        "stages": [s.value for s in Stage],
        "audiences": [a.value for a in Audience],
        "max_items": SHEET_MAX_ITEMS,
    }
