"""A real `askback serve` (uvicorn on a free port, a fresh SQLite file) for API-level tests."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.server import Server, running_server


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("askback-web")) as srv:
        yield srv


@pytest.fixture()
def client(server: Server) -> Iterator[httpx.Client]:
    """A browser-like client with its own cookies (so its own CSRF token)."""
    with server.client() as c:
        yield c


def token_from(html: str) -> str:
    """The CSRF token a page's forms carry."""
    found = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def form_token(client: httpx.Client, path: str = "/") -> str:
    response = client.get(path)
    assert response.status_code == 200
    return token_from(response.text)


def shown(html: str) -> str:
    """A page's text as read: unbreakable-token spans (class "nw") dissolved into their text,
    no-break spaces read as spaces."""
    return re.sub(r'<span class="nw">([^<]*)</span>', r"\1", html).replace("\u00a0", " ")
