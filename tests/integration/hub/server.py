"""A real hub for tests: uvicorn serving the app in a thread, on a free port, over real HTTP."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn

from askback.hub.app import create_app
from askback.hub.config import HubConfig
from askback.hub.core import Hub
from askback.hub.migrate import upgrade
from tests.e2e.server import free_port, tls

SECRET = "test-secret-" + "x" * 40
PASSWORD = "a long test passphrase"


@dataclass
class HubServer:
    url: str
    hub: Hub
    emails: dict[str, str] = field(default_factory=dict)

    def client(self) -> Browser:
        return Browser(
            httpx.Client(base_url=self.url, timeout=30, follow_redirects=False, verify=tls())
        )


class Browser:
    """An httpx client that behaves like a browser: cookies, and the CSRF token on each write."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.token = ""

    def csrf(self) -> str:
        if not self.token:
            self.token = self.http.get("/api/v1/csrf").json()["token"]
        return self.token

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}) or {})
        if method not in ("GET", "HEAD") and "authorization" not in {k.lower() for k in headers}:
            headers.setdefault("x-csrf-token", self.csrf())
        return self.http.request(method, url, headers=headers, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    def log_in(self, email: str, password: str = PASSWORD) -> Browser:
        response = self.post("/api/v1/login", json={"email": email, "password": password})
        assert response.status_code == 200, response.text
        return self

    def close(self) -> None:
        self.http.close()


def make_user(hub: Hub, email: str, role: str = "member", password: str = PASSWORD) -> int:
    from askback.hub import accounts

    with hub.tx() as db:
        return accounts.create_user(db, email, password, role).id


@contextmanager
def running_hub(database_url: str, **settings: Any) -> Iterator[HubServer]:
    """Migrate the database, serve the hub on a free port, stop it after."""
    options: dict[str, Any] = {
        "secure_cookies": False,
        "k": 3,
        "login_attempts_per_window": 1000,
        "signups_per_window": 1000,
        "writes_per_window": 10_000,
        # The smallest argon2id cost the hub accepts: the tests hash and verify a lot.
        "password_memory_kib": 7168,
        "password_time_cost": 1,
        **settings,
    }
    config = HubConfig(database_url=database_url, secret=SECRET, **options)
    hub = Hub(config)
    upgrade(hub.engine)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(config, hub), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the hub did not start")
        time.sleep(0.02)
    try:
        yield HubServer(f"http://127.0.0.1:{port}", hub)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        hub.close()
