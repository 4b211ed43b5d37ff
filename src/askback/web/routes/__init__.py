"""The web app's routes: one small module per page."""

from __future__ import annotations

from fastapi import APIRouter

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
)
