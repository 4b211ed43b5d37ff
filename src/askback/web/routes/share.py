"""Sharing an opportunity with a hub: the preview screen, sending, and withdrawal.

The page shows exactly the JSON that would leave the machine; nothing is sent until the user
presses Send. The hub calls go through askback.hubclient (imported here, on use only).
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from askback.i18n import N_
from askback.web import deps, forms
from askback.web.templating import render

router = APIRouter()
MAX_NOTES = 50


def _notes(values: list[str]) -> list[int]:
    from askback.errors import InputError

    if len(values) > MAX_NOTES:
        raise InputError(f"note_ids: at most {MAX_NOTES} notes")
    out = []
    for v in values:
        if not v.isdigit() or not 1 <= int(v) <= forms.MAX_ID:
            raise InputError(f"note_ids: {v[:20]!r} is not an answer id").worded(
                None, N_("“{value}” is not an answer id."), value=v[:20]
            )
        out.append(int(v))
    return out


@router.get("/opportunities/{opportunity_id}/share")
def share_page(
    request: Request,
    opportunity_id: forms.Id,
    note_ids: Annotated[list[str] | None, Query()] = None,
    done: str = "",
) -> Response:
    from sqlalchemy import select

    from askback.app import hub
    from askback.errors import InputError, NotFoundError
    from askback.hubclient import login as saved
    from askback.store.models import Answer, Interview

    ws = deps.workspace(request)
    picked = _notes(note_ids or [])
    problem = None
    try:
        preview = hub.share_payload(ws, opportunity_id, picked)
    except InputError as exc:
        from askback.web.problems import message

        preview, problem = None, message(exc, deps.lang(request))
    with ws.read() as s:
        from askback.app.common import resolve_opportunity

        opp = resolve_opportunity(ws, opportunity_id)
        label = opp.label
        noted = s.execute(
            select(Answer.id, Answer.question_id, Answer.notes)
            .join(Interview, Answer.interview_id == Interview.id)
            .where(
                Answer.owner == ws.owner,
                Interview.opportunity_id == opportunity_id,
                Answer.notes != "",
                Answer.rating.is_not(None),
            )
            .order_by(Answer.id)
        ).all()
    try:
        earlier = hub.shared(ws, opportunity_id)
    except NotFoundError:
        earlier = None
    try:
        login = saved.load()
    except Exception:  # a damaged sign-in file reads as none here; the CLI explains it
        login = None
    body = json.dumps(preview.body, ensure_ascii=False, indent=2) if preview else ""
    return render(
        request,
        "share.html",
        {
            "opp_id": opportunity_id,
            "label": label,
            "preview": preview,
            "body": body,
            "problem": problem,
            "login": login,
            "noted": noted,
            "picked": set(picked),
            "earlier": earlier,
            "done": done if done in ("sent", "withdrawn") else "",
        },
    )


@router.post("/opportunities/{opportunity_id}/share")
def share_send(
    request: Request,
    opportunity_id: forms.Id,
    action: Annotated[str, Form()] = "send",
    note_ids: Annotated[list[str] | None, Form()] = None,
) -> Response:
    from askback.app import hub
    from askback.app.common import resolve_opportunity
    from askback.errors import InputError
    from askback.hubclient import login as saved
    from askback.hubclient.client import API, HubClient
    from askback.hubclient.replies import Reply, ShareReply

    ws = deps.workspace(request)
    with ws.read():
        resolve_opportunity(ws, opportunity_id)  # a missing one is a 404 before anything else
    if action not in ("send", "withdraw"):
        raise InputError(f"action: {action[:20]!r} is neither send nor withdraw").worded(
            None, N_("“{value}” is neither send nor withdraw."), value=action[:20]
        )
    picked = _notes(note_ids or [])
    found = saved.load()
    if found is None:
        raise InputError("not signed in to a hub; run `askback hub login URL` first").worded(
            None, N_("Not signed in to a hub: run “askback hub login URL” first.")
        )
    if action == "withdraw":
        row = hub.shared(ws, opportunity_id)
        with HubClient(row.hub_url, found.token if found.url == row.hub_url else None) as client:
            client.call("DELETE", f"{API}/shares/{row.hub_share_id}", Reply, missing_ok=True)
        hub.forget_share(ws, row.id)
        done = "withdrawn"
    else:
        preview = hub.share_payload(ws, opportunity_id, picked)
        with HubClient(found.url, found.token) as client:
            reply = client.call("PUT", f"{API}/shares", ShareReply, body=preview.body)
        assert reply is not None
        hub.record_share(ws, preview, found.url, reply)
        done = "sent"
    deps.cache(request).changed()
    return forms.back_to(request, f"/opportunities/{opportunity_id}/share?done={done}")
