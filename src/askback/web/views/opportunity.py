"""One opportunity's page: details, history, job ad, interviews, timeline and assessment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastapi import Request

from askback.web import deps
from askback.web.views.charts import assessment_chart

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

# Timelines of busy opportunities are long: show the latest events, the rest on request.
TIMELINE_LIMIT = 60


def _page_data(ws: Workspace, opportunity_id: int) -> dict[str, Any]:
    from askback.app import agenda, contacts
    from askback.web.views.assessment import assess
    from askback.web.views.jobad import kept_findings

    opp, events = agenda.timeline(ws, opportunity_id)
    people = contacts.list_contacts(ws)
    return {
        "opp": opp,
        "events": events,
        "contacts": people,
        "assessment": assess(ws, opp.id),
        "ad": None,
        "ad_findings": kept_findings(opp),
    }


def opportunity_view(request: Request, opportunity_id: int) -> dict[str, Any]:
    """The template context for /opportunities/{id}."""
    from askback.app.common import local_timezone
    from askback.bank.schema import Audience, Stage
    from askback.store.values import PayPeriod, Remote, SignalSource, Status

    ws = deps.workspace(request)
    data = deps.cache(request).get(
        ("opportunity", opportunity_id), lambda: _page_data(ws, opportunity_id)
    )
    lang = deps.lang(request)
    events = data["events"]
    return {
        **data,
        "events": events[-TIMELINE_LIMIT:][::-1],
        "hidden_events": max(0, len(events) - TIMELINE_LIMIT),
        "chart": assessment_chart(data["assessment"], lang),
        "statuses": [s.value for s in Status],
        "stages": [s.value for s in Stage],
        "audiences": [a.value for a in Audience],
        "remotes": [r.value for r in Remote],
        "periods": [p.value for p in PayPeriod],
        "signal_sources": [s.value for s in SignalSource],
        "timezone": local_timezone(),
    }


def analyze_ad(request: Request, opportunity_id: int, text: str) -> dict[str, Any]:
    """Analyse a pasted ad, keep its findings as signals, and show the page with the report."""
    from askback.web.views.jobad import analyze_and_store

    ad = analyze_and_store(deps.workspace(request), opportunity_id, text)
    deps.cache(request).changed()
    return {**opportunity_view(request, opportunity_id), "ad": ad}
