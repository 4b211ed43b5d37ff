"""The link checker against a real local HTTP server: live, dead and unreachable URLs."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from types import ModuleType

import httpx
import pytest

SCRIPT = Path(__file__).parents[3] / "scripts" / "check_links.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_links", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_links"] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        if self.path == "/no-head":
            self.send_response(405)
        else:
            self.send_response(200 if self.path in ("/ok", "/") else 404)
        self.end_headers()

    def do_GET(self) -> None:
        self.send_response(200 if self.path in ("/ok", "/no-head") else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def base() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_live_dead_and_unreachable_links(base: str) -> None:
    links = _module()
    with httpx.Client(timeout=5) as client:
        ok = links.check(client, "res-1", f"{base}/ok")
        fallback = links.check(client, "res-2", f"{base}/no-head")
        dead = links.check(client, "res-3", f"{base}/gone")
        down = links.check(client, "res-4", "http://127.0.0.1:9/")
    assert ok.ok and fallback.ok and fallback.status == 200
    assert not dead.ok and dead.status == 404
    assert not down.ok and down.status is None and down.error
    report = links.render([ok, fallback, dead, down], "2026-12-03")
    assert report.index("res-3") < report.index("res-1"), "failures come first"
    assert "4 URLs" in report and "2 failed" in report
