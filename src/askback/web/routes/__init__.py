"""The web app's routes: one small module per page."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from fastapi import APIRouter
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from askback.web.routes import (
    compare,
    contacts,
    dashboard,
    data,
    interviews,
    opportunities,
    plans,
    profile,
    questions,
    resources,
    settings,
    share,
)

ROUTERS: tuple[APIRouter, ...] = (
    dashboard.router,
    questions.router,
    profile.router,
    opportunities.router,
    interviews.router,
    plans.router,
    compare.router,
    contacts.router,
    resources.router,
    data.router,
    settings.router,
    share.router,
)


def api_routes(routes: Iterable[BaseRoute]) -> Iterator[APIRoute]:
    """Every route of an app (its `app.routes`), descending into included routers."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        # FastAPI keeps an included router as one entry that holds the router's own routes.
        inner = getattr(route, "original_router", None) or getattr(route, "app", None)
        if isinstance(inner, APIRouter):
            yield from api_routes(inner.routes)
