"""A hub that misbehaves on purpose: a real HTTP server on loopback, one behaviour at a time."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

GOOD_COMPANY = {
    "company": "Alpha",
    "slug": "alpha",
    "k": 5,
    "dimensions": [
        {
            "dimension": "responsible-ml",
            "published": "2026-Q4",
            "mean": 2.0,
            "interval": [1.5, 2.6],
            "interval_level": 0.8,
            "members": {"low": 5, "high": 9},
            "red_flags": {"low": 1, "high": 4},
            "questions": [{"id": "rml-001", "asked_by": {"low": 5, "high": 9}}],
            "period": {"from": "2026-Q3", "to": "2026-Q4"},
        }
    ],
}

HUGE = 8 * 1024 * 1024


def _body(mode: str) -> tuple[int, dict[str, str], bytes | None]:
    """Status, headers and body for the second company; None: the handler streams by itself."""
    wrong = dict(GOOD_COMPANY, dimensions=[dict(GOOD_COMPANY["dimensions"][0], mean=9.5)])  # type: ignore[call-overload]
    table: dict[str, tuple[int, dict[str, str], bytes | None]] = {
        "garbage": (200, {}, b"\x00\xffnot json at all <html>"),
        "html": (200, {"content-type": "text/html"}, b"<html><body>hello</body></html>"),
        "wrong-schema": (200, {}, json.dumps(wrong).encode()),
        "wrong-type": (200, {}, json.dumps([1, 2, 3]).encode()),
        "deep": (200, {}, b"[" * 100_000 + b"]" * 100_000),
        "big-declared": (200, {"content-length": str(HUGE)}, None),
        "big-chunked": (200, {}, None),
        "hang": (200, {}, None),
        "drip": (200, {}, None),
        "error-escape": (
            500,
            {},
            json.dumps({"detail": "\x1b[31mowned\x1b[0m\r\nfake: line" + "x" * 5000}).encode(),
        ),
        "redirect": (302, {"location": "http://169.254.169.254/"}, b""),
        "gzip": (200, {"content-encoding": "gzip"}, b"\x1f\x8b\x08\x00garbage"),
    }
    return table[mode]


class Handler(BaseHTTPRequestHandler):
    server: HostileServer

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.path.endswith("/companies/alpha"):
            self._send(200, {}, json.dumps(GOOD_COMPANY).encode())
            return
        if self.path.endswith("/bank/community"):
            self._send(404, {}, b'{"detail": "Not Found"}')
            return
        mode = self.server.mode
        status, headers, body = _body(mode)
        if body is not None:
            self._send(status, headers, body)
            return
        self.send_response(status)
        if mode == "big-declared":
            self.send_header("content-length", str(HUGE))
        self.end_headers()
        try:
            if mode == "hang":
                self.server.stop.wait(30)
            elif mode == "drip":
                for _ in range(200):
                    if self.server.stop.wait(0.3):
                        break
                    self.wfile.write(b" ")
                    self.wfile.flush()
            else:
                chunk = b"[" + b"1," * 32768
                for _ in range(HUGE // len(chunk) + 1):
                    self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        headers = {"content-type": "application/json", **headers}
        for name, value in headers.items():
            self.send_header(name, value)
        if "content-length" not in headers:
            self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.mode = "garbage"
        self.stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def hostile_hub() -> Iterator[HostileServer]:
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        time.sleep(0.05)
        server.shutdown()
        server.server_close()
