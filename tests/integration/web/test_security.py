"""Security of the running app: headers, Host check, CSRF on every state change, access token."""

from __future__ import annotations

import re
import subprocess
import sys

import httpx
import pytest

from tests.e2e.server import Server, running_server, tls
from tests.integration.web.conftest import form_token

TOKEN = "s3cret-token-for-tests"
PAGES = [
    "/",
    "/questions",
    "/questions/rml-001",
    "/profile",
    "/opportunities",
    "/compare",
    "/contacts",
    "/resources",
    "/data",
    "/settings",
]


@pytest.mark.parametrize("path", [*PAGES, "/static/app.js", "/no-such-page"])
def test_every_response_carries_the_security_headers(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp and "form-action 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in response.headers["permissions-policy"]
    if not path.startswith("/static/"):
        assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_nothing_from_another_origin(client: httpx.Client, path: str) -> None:
    html = client.get(path).text
    # What a page loads (scripts, styles, icons, images) is local; links to sites are only links.
    loaded = re.findall(r'src="([^"]+)"', html) + re.findall(r'<link[^>]*href="([^"]+)"', html)
    assert loaded and all(url.startswith("/static/") for url in loaded), loaded
    assert "<script>" not in html and " on" + "click=" not in html


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", "localhost.evil", ""]
)
def test_a_foreign_host_header_is_refused(server: Server, host: str) -> None:
    response = httpx.get(f"{server.url}/", headers={"Host": host}, verify=tls())
    assert response.status_code == 400
    assert "Host" in response.text
    assert "content-security-policy" in response.headers


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST:1234"])
def test_local_host_names_are_served(server: Server, host: str) -> None:
    response = httpx.get(f"{server.url}/", headers={"Host": host}, verify=tls())
    assert response.status_code == 200


def test_a_post_without_the_token_is_refused_and_changes_nothing(
    client: httpx.Client, server: Server
) -> None:
    form_token(client)
    name = "CSRF Victim GmbH"
    refused = client.post("/opportunities", data={"company": name, "role": "x"})
    assert refused.status_code == 403
    wrong = client.post(
        "/opportunities", data={"company": name, "role": "x", "csrf_token": "0" * 64}
    )
    assert wrong.status_code == 403
    assert name not in client.get("/opportunities").text


def test_a_token_from_another_browser_is_refused(server: Server) -> None:
    with server.client() as alice, server.client() as mallory:
        stolen = form_token(mallory)
        form_token(alice)
        response = alice.post("/contacts", data={"name": "Planted", "csrf_token": stolen})
        assert response.status_code == 403
        assert "Planted" not in alice.get("/contacts").text


def test_a_cross_site_request_is_refused_even_with_a_valid_token(client: httpx.Client) -> None:
    token = form_token(client)
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        response = client.post(
            "/contacts", data={"name": "Cross", "csrf_token": token}, headers=headers
        )
        assert response.status_code == 403
    assert "Cross" not in client.get("/contacts").text


@pytest.mark.parametrize(
    "path",
    [
        "/opportunities",
        "/contacts",
        "/profile",
        "/plan/add",
        "/settings/language",
        "/settings/backup",
        "/data/import",
        "/analyze/answer",
        "/interviews/1/answers",
        "/opportunities/1/status",
        "/opportunities/1/delete",
        "/contacts/1/delete",
    ],
)
def test_every_state_changing_route_checks_the_token(client: httpx.Client, path: str) -> None:
    form_token(client)
    assert client.post(path, data={"x": "1"}).status_code == 403


def test_the_token_travels_in_a_header_for_htmx(client: httpx.Client) -> None:
    token = form_token(client)
    response = client.post(
        "/contacts",
        data={"name": "Header Token"},
        headers={"X-CSRF-Token": token, "HX-Request": "true"},
    )
    assert response.status_code == 204
    assert response.headers["HX-Redirect"].startswith("/contacts/")


def test_a_non_local_host_warns_and_then_requires_the_token(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    home = tmp_path_factory.mktemp("askback-remote")
    with running_server(home, "--host", "0.0.0.0", "--token", TOKEN) as srv:
        log = (home / "server.log").read_text()
        assert "warning" in log and "other machines can reach askback" in log
        assert httpx.get(f"{srv.url}/", verify=tls()).status_code == 401
        assert httpx.get(f"{srv.url}/?token=wrong", verify=tls()).status_code == 401
        assert httpx.get(f"{srv.url}/static/app.css", verify=tls()).status_code == 200
        bearer = httpx.get(
            f"{srv.url}/", headers={"Authorization": f"Bearer {TOKEN}"}, verify=tls()
        )
        assert bearer.status_code == 200
        with httpx.Client(base_url=srv.url, verify=tls()) as browser:
            trade = browser.get(f"/questions?token={TOKEN}&q=pay")
            assert trade.status_code == 303
            assert trade.headers["location"] == "/questions?q=pay"
            assert browser.get("/questions?q=pay").status_code == 200


def test_serve_without_a_token_on_a_non_local_host_makes_one_up(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    home = tmp_path_factory.mktemp("askback-remote2")
    with running_server(home, "--host", "0.0.0.0") as srv:
        log = (home / "server.log").read_text()
        found = re.search(r"\?token=([\w-]+)", log)
        assert found, log
        assert httpx.get(f"{srv.url}/", verify=tls()).status_code == 401
        ok = httpx.get(
            f"{srv.url}/", headers={"Authorization": f"Bearer {found.group(1)}"}, verify=tls()
        )
        assert ok.status_code == 200


def test_serve_help_explains_the_local_default() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "from askback.cli import main; main()", "serve", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "127.0.0.1" in out and "token" in out and "Example: askback serve" in out
