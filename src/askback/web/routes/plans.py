"""Plans: the questions for a coming interview, why each, and a one-page cheat sheet."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from askback.web import deps, forms
from askback.web.templating import render

router = APIRouter()


@router.get("/opportunities/{opportunity_id}/plan")
def plan_page(
    request: Request,
    opportunity_id: forms.Id,
    interview: str = "",
    stage: str = "",
    minutes: str = "",
    roles: Annotated[list[str] | None, Query(alias="with")] = None,
    audience: Annotated[list[str] | None, Query()] = None,
    sheet: str = "",
) -> Response:
    from askback.bank.schema import Audience
    from askback.web.views.plan import plan_view

    # `with` names whom you meet; `audience` is the same thing in the bank's own word.
    known = [a.value for a in Audience]
    sheet = forms.choice(sheet, ["1", "0"], "sheet") or ""
    chosen = [forms.choice(r, known, "with") for r in [*(roles or []), *(audience or [])]]

    context = plan_view(
        deps.workspace(request),
        opportunity_id,
        interview_id=forms.identifier(interview, "interview"),
        stage=forms.text(stage),
        minutes=forms.integer(minutes, "minutes", low=1, high=24 * 60),
        roles=[r for r in chosen if r],
    )
    return render(request, "sheet.html" if sheet == "1" else "plan.html", context)


@router.get("/interviews/{interview_id}/sheet")
def interview_sheet(request: Request, interview_id: forms.Id) -> Response:
    from askback.app import interviews
    from askback.web.views.plan import plan_view

    ws = deps.workspace(request)
    iv = interviews.show(ws, interview_id)
    context = plan_view(ws, iv.opportunity_id, interview_id=interview_id)
    return render(request, "sheet.html", context)


def _must_ask(request: Request, question_id: str, *, keep: bool) -> str:
    """Put a question on the must-ask list, or take it off; returns its id."""
    from askback.app import profile
    from askback.domain.model import Profile

    ws = deps.workspace(request)
    qid = deps.bank(request).get(question_id).id
    with ws.transaction():
        doc = Profile.model_validate(profile.load(ws) or {}).model_dump(mode="json")
        listed: list[str] = doc["must_ask"]
        if keep and qid not in listed:
            listed.append(qid)
        elif not keep:
            doc["must_ask"] = [q for q in listed if q != qid]
        profile.save(ws, doc)
    deps.cache(request).changed()
    return qid


@router.post("/plan/add")
def add_to_plan(request: Request, question_id: Annotated[str, Form()]) -> Response:
    """Put a question on the must-ask list: plans take it first wherever it suits, until asked."""
    qid = _must_ask(request, question_id, keep=True)
    return forms.back_to(request, f"/questions/{qid}?added=1#plan-h")


@router.post("/plan/remove")
def remove_from_plan(request: Request, question_id: Annotated[str, Form()]) -> Response:
    """Take a question off the must-ask list (the planner may still choose it on its merits)."""
    qid = _must_ask(request, question_id, keep=False)
    return forms.back_to(request, f"/questions/{qid}?added=0#plan-h")
