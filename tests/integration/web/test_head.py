"""HEAD answers on every page a GET answers: same status and headers, no body."""

from __future__ import annotations

import pytest

from askback.web.app import create_app
from askback.web.routes import api_routes
from tests.e2e.server import Server

PAGES = [
    "/",
    "/questions",
    "/questions?q=salary",
    "/profile",
    "/opportunities",
    "/compare",
    "/contacts",
    "/resources",
    "/data",
    "/settings",
    "/questions/rml-001",
]


@pytest.mark.parametrize("path", PAGES)
def test_head_answers_like_get_without_a_body(server: Server, path: str) -> None:
    with server.client() as client:
        got = client.get(path)
        head = client.head(path)
    assert got.status_code == 200
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    # The security headers come with HEAD too.
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]


def test_head_on_a_missing_page_is_404_and_a_post_only_route_refuses_head(server: Server) -> None:
    with server.client() as client:
        assert client.head("/opportunities/999999").status_code == 404
        assert client.head("/settings/language").status_code == 405


def test_every_get_route_also_answers_head() -> None:
    routes = list(api_routes(create_app().routes))
    gets = [r for r in routes if "GET" in r.methods]
    assert gets
    assert all("HEAD" in r.methods for r in gets)
    # Nothing that changes state gains HEAD.
    assert all("HEAD" not in r.methods for r in routes if "POST" in r.methods)
