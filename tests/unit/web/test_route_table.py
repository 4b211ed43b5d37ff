"""The app refuses to start with an unbounded whole-number id in a route's path."""

from __future__ import annotations

import pytest
from fastapi import APIRouter, FastAPI

from askback.web import forms
from askback.web.app import _check_path_ids, create_app
from askback.web.routes import api_routes


def test_every_id_in_a_path_is_bounded() -> None:
    routes = list(api_routes(create_app().routes))
    assert len(routes) > 30
    params = [(r, p) for r in routes for p in r.dependant.path_params]
    numbered = [(r, p) for r, p in params if p.field_info.annotation is int]
    assert len(numbered) >= 10
    # Text ids (a bank question's or a starter kit's) are the only other kind.
    texts = {"question_id", "kit_id", "fmt"}
    assert {p.name for r, p in params if (r, p) not in numbered} <= texts
    for route, param in numbered:
        bounds = {type(m).__name__: m for m in param.field_info.metadata}
        assert bounds["Le"].le == forms.MAX_ID and bounds["Ge"].ge == 1, route.path


def test_a_route_with_a_plain_int_id_stops_the_app_at_build() -> None:
    router = APIRouter()

    @router.get("/things/{thing_id}")
    def thing(thing_id: int) -> None:
        return None

    app = FastAPI()
    app.include_router(router)
    with pytest.raises(RuntimeError, match="thing_id"):
        _check_path_ids(app)
