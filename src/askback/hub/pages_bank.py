"""Pages of bank contributions: the community bank, proposing, review, and the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from askback.hub import contributions, moderation
from askback.hub.api import _write_limit
from askback.hub.pages import Id, render
from askback.hub.web import admin, hub_of, member, moderator, require_shared

router = APIRouter(include_in_schema=False)
QuestionRef = Annotated[str, Query(max_length=40, pattern=r"^[a-z0-9-]*$")]
# A new proposal starts from this outline: every field the bank's format requires.
OUTLINE = """\
text: ""
summary: ""
dimensions: []
audience: []
stage: []
why: ""
green_flags:
  - ""
red_flags:
  - ""
rubric:
  "1": ""
  "3": ""
  "5": ""
"""


def diff_lines(diff: str) -> list[tuple[str, str]]:
    """Each line of a unified diff with its kind: head, add, remove or same."""
    out = []
    for line in diff.splitlines():
        if line.startswith(("---", "+++", "@@")):
            kind = "head"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "remove"
        else:
            kind = "same"
        out.append((kind, line))
    return out


@router.get("/bank", response_class=HTMLResponse)
def community_bank(request: Request) -> Response:
    with hub_of(request).autocommit() as db:
        questions = contributions.community_questions(db)
    return render(request, "bank.html", {"questions": questions})


@router.get("/bank/community.yaml")
def community_yaml(request: Request) -> Response:
    """The community bank as a YAML file, the same data as GET /api/v1/bank/community."""
    with hub_of(request).autocommit() as db:
        payload = contributions.community_bank(db)
    return Response(
        contributions.to_yaml(payload),
        media_type="application/yaml; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="askback-community-bank.yaml"'},
    )


def _form(
    request: Request,
    based_on: str,
    source: str,
    note: str,
    problems: list[tuple[str, str]] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    context: dict[str, Any] = {
        "based_on": based_on,
        "source": source,
        "note": note,
        "problems": problems or [],
    }
    return render(request, "proposal_form.html", context, status_code=status_code)


@router.get("/proposals/new", response_class=HTMLResponse)
def proposal_form(request: Request, based_on: QuestionRef = "") -> Response:
    """An empty outline, or for an edit the shipped question in the bank's format."""
    member(request)
    hub = hub_of(request)
    source = OUTLINE
    if based_on:
        question = contributions.shipped(hub.bank, based_on)
        source = contributions.to_yaml(contributions.bank_format(question))
    return _form(request, based_on, source, "")


@router.post("/proposals")
def propose(
    request: Request,
    question: Annotated[str, Form(max_length=contributions.MAX_YAML_CHARS)],
    based_on: Annotated[str, Form(max_length=40)] = "",
    note: Annotated[str, Form(max_length=contributions.MAX_NOTE)] = "",
) -> Response:
    who = member(request)
    hub = hub_of(request)
    _write_limit(request, who)
    try:
        body = contributions.parse_yaml(question)
        with hub.tx() as db:
            row = contributions.propose(
                db, hub.bank, who.user_id, based_on.strip() or None, body, note
            )
            proposal_id = row.id
    except contributions.ProposalError as exc:
        return _form(request, based_on, question, note, exc.problems, status_code=400)
    return RedirectResponse(f"/proposals/{proposal_id}", status_code=303)


@router.get("/proposals", response_class=HTMLResponse)
def my_proposals(request: Request) -> Response:
    who = member(request)
    with hub_of(request).autocommit() as db:
        rows = contributions.own(db, who.user_id)
    return render(request, "proposals.html", {"proposals": rows})


@router.get("/proposals/{proposal_id}", response_class=HTMLResponse)
def proposal(request: Request, proposal_id: Id) -> Response:
    who = member(request)
    hub = hub_of(request)
    with hub.autocommit() as db:
        row = contributions.visible(db, who, proposal_id)
        view = contributions.view(db, hub.bank, row)
    return render(request, "proposal.html", {"p": view, "lines": diff_lines(str(view["diff"]))})


@router.post("/proposals/{proposal_id}/comments")
def comment(
    request: Request,
    proposal_id: Id,
    body: Annotated[str, Form(min_length=1, max_length=contributions.MAX_COMMENT)],
) -> Response:
    who = member(request)
    _write_limit(request, who)
    with hub_of(request).tx() as db:
        contributions.comment(db, who, proposal_id, body)
    return RedirectResponse(f"/proposals/{proposal_id}#comments", status_code=303)


@router.post("/proposals/{proposal_id}/decision")
def decide(
    request: Request,
    proposal_id: Id,
    decision: Annotated[str, Form(max_length=10)],
    reason: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    who = moderator(request)
    with hub_of(request).tx() as db:
        contributions.decide(db, who.user_id, proposal_id, decision, reason)
    return RedirectResponse("/moderation/proposals", status_code=303)


@router.get("/moderation/proposals", response_class=HTMLResponse)
def review_queue(request: Request) -> Response:
    moderator(request)
    with hub_of(request).autocommit() as db:
        rows = contributions.queue(db)
    return render(request, "review.html", {"proposals": rows})


@router.get("/admin/audit", response_class=HTMLResponse)
def audit_log(request: Request) -> Response:
    admin(request)
    with hub_of(request).autocommit() as db:
        entries = moderation.audit_log(db)
    return render(request, "audit.html", {"entries": entries})


@router.get("/bank/usefulness", response_class=HTMLResponse)
def usefulness_page(request: Request) -> Response:
    """Usefulness per question and dimension (only over k voters), one's own votes, a vote form."""

    from askback.hub import usefulness

    who = member(request)
    hub = hub_of(request)
    with hub.autocommit() as db:
        require_shared(hub, db, who)
        items = usefulness.published(db, hub.config.k)
        mine = usefulness.own_votes(db, who.user_id)
    texts = {i["question"]: _question_text(hub, i["question"]) for i in [*items, *mine]}
    from askback.bank.schema import Dimension

    context = {
        "items": items,
        "mine": mine,
        "texts": texts,
        "k": hub.config.k,
        "dimensions": [d.value for d in Dimension],
    }
    return render(request, "usefulness.html", context)


def _question_text(hub: Any, qid: str) -> str:
    return str(hub.bank.get(qid).text) if qid in hub.bank else qid


@router.post("/bank/usefulness")
def vote(
    request: Request,
    question: Annotated[str, Form(min_length=1, max_length=40)],
    dimension: Annotated[str, Form(max_length=40)],
    useful: Annotated[int, Form(ge=1, le=5)],
) -> Response:
    from askback.errors import InputError
    from askback.hub import usefulness

    who = member(request)
    hub = hub_of(request)
    _write_limit(request, who)
    try:
        data = usefulness.VoteIn(question=question.strip(), dimension=dimension, useful=useful)
    except ValueError:
        raise InputError(f"dimension: {dimension!r} is not a dimension of the bank") from None
    with hub.tx() as db:
        usefulness.vote(db, hub.bank, who.user_id, data, hub.config.k)
    return RedirectResponse("/bank/usefulness", status_code=303)
