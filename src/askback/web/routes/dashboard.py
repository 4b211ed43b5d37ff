"""The dashboard: the pipeline, what is due, and the deal-breaker alerts."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from askback.web import deps
from askback.web.pages import cached_page

router = APIRouter()


@router.get("/")
async def dashboard_page(request: Request) -> Response:
    from askback.web.views.dashboard import dashboard

    ws = deps.workspace(request)
    cache = deps.cache(request)
    return await cached_page(
        request,
        "dashboard",
        "dashboard.html",
        lambda: {"d": cache.get("dashboard-data", lambda: dashboard(ws))},
    )
