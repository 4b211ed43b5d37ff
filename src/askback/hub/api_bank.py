"""The JSON API of bank contributions: proposals, their review, the community bank, votes."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from pydantic import Field

from askback.hub import contributions, usefulness
from askback.hub.accounts import Principal
from askback.hub.api import Id, Strict, _write_limit
from askback.hub.web import hub_of, member, moderator, require_shared

router = APIRouter(prefix="/api/v1", tags=["bank"])
Member = Annotated[Principal, Depends(member)]
Moderator = Annotated[Principal, Depends(moderator)]
QuestionId = Annotated[str, Field(min_length=1, max_length=40)]


class ProposalIn(Strict):
    """A new question (based_on null) or an edit of a shipped one, in the bank's format."""

    based_on: QuestionId | None = None
    question: dict[str, Any]
    note: Annotated[str, Field(max_length=contributions.MAX_NOTE)] = ""


class CommentIn(Strict):
    body: Annotated[str, Field(min_length=1, max_length=contributions.MAX_COMMENT)]


class DecisionIn(Strict):
    reason: Annotated[str, Field(max_length=500)] = ""


@router.get("/bank/community")
def community_bank(request: Request) -> Response:
    """The community bank: every accepted proposal as a question in the bank's format.

    `{"format": 1, "generated_at": ..., "questions": [...]}`; each question has
    `"id": "community-NNNN"`, `"origin": "community"` and `"based_on"` (a shipped id or null).
    """
    with hub_of(request).autocommit() as db:
        payload = contributions.community_bank(db)
    tag = contributions.etag(payload)
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers={"etag": tag})
    return JSONResponse(payload, headers={"etag": tag})


@router.post("/proposals", status_code=201)
def propose(request: Request, who: Member, body: ProposalIn) -> dict[str, Any]:
    """Propose a question; errors name each field of the bank's format that is wrong."""
    hub = hub_of(request)
    _write_limit(request, who)
    with hub.tx() as db:
        row = contributions.propose(
            db, hub.bank, who.user_id, body.based_on, body.question, body.note
        )
        return contributions.view(db, hub.bank, row)


@router.get("/proposals")
def my_proposals(request: Request, who: Member) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return contributions.own(db, who.user_id)


@router.get("/proposals/{proposal_id}")
def proposal(request: Request, who: Member, proposal_id: Id) -> dict[str, Any]:
    """A proposal with its diff and comments: for its author and moderators."""
    hub = hub_of(request)
    with hub.autocommit() as db:
        return contributions.view(db, hub.bank, contributions.visible(db, who, proposal_id))


@router.post("/proposals/{proposal_id}/comments", status_code=201)
def comment(request: Request, who: Member, proposal_id: Id, body: CommentIn) -> dict[str, bool]:
    _write_limit(request, who)
    with hub_of(request).tx() as db:
        contributions.comment(db, who, proposal_id, body.body)
    return {"ok": True}


@router.post("/proposals/{proposal_id}/{decision}")
def decide(
    request: Request,
    who: Moderator,
    proposal_id: Id,
    decision: Literal["accept", "reject"],
    body: DecisionIn,
) -> dict[str, Any]:
    with hub_of(request).tx() as db:
        row = contributions.decide(db, who.user_id, proposal_id, decision, body.reason)
        return contributions.summary(row)


@router.get("/moderation/proposals")
def review_queue(request: Request, who: Moderator) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return contributions.queue(db)


@router.put("/votes")
def vote(request: Request, who: Member, body: usefulness.VoteIn) -> dict[str, Any]:
    """Say how useful a question was for one of its dimensions (1 to 5); voting again changes it."""
    hub = hub_of(request)
    _write_limit(request, who)
    with hub.tx() as db:
        return usefulness.vote(db, hub.bank, who.user_id, body, hub.config.k)


@router.get("/votes")
def my_votes(request: Request, who: Member) -> list[dict[str, Any]]:
    with hub_of(request).autocommit() as db:
        return usefulness.own_votes(db, who.user_id)


@router.get("/bank/usefulness")
def usefulness_view(request: Request, who: Member) -> dict[str, Any]:
    """Usefulness per question and dimension, only where at least k members voted."""
    hub = hub_of(request)
    with hub.autocommit() as db:
        require_shared(hub, db, who)
        return {"k": hub.config.k, "items": usefulness.published(db, hub.config.k)}
