"""Warm the slow pages right after start-up, in the background, so no user waits for them.

The first dashboard and comparison after a start used to take seconds: imports, the bank, the
assessments and the templates all load on first use. A daemon thread requests those pages once
through the app itself (no socket), which fills the page cache for the current data version.
A user who comes first simply shares the build (the cache builds each key once).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

log = logging.getLogger("askback.web")

# The pages worth warming, in the order a user usually opens them.
PAGES = ("/", "/compare")
# Opportunity pages warmed after those, furthest along first.
MAX_OPPORTUNITIES = 8


async def _get(app: Any, path: str, lang: str) -> int:
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])

    path, _, query = path.partition("?")
    headers = [(b"host", b"127.0.0.1"), (b"cookie", f"askback_lang={lang}".encode())]
    token = app.state.config.token
    if token:  # a non-local bind asks every request for the access token
        headers.append((b"authorization", f"Bearer {token}".encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 0),
        "app": app,
    }
    await app(scope, receive, send)
    return status


def opportunity_pages(app: Any) -> list[str]:
    """The live opportunities' pages, furthest along first."""
    from askback.app import opportunities
    from askback.web.views.compare import DEFAULT_STATUSES

    rows = opportunities.list_opportunities(app.state.workspace)
    rank = {s: i for i, s in enumerate(DEFAULT_STATUSES)}
    live = [r.opportunity for r in rows if r.opportunity.status in rank]
    live.sort(key=lambda o: rank[o.status])
    return [f"/opportunities/{o.id}" for o in live[:MAX_OPPORTUNITIES]]


def warm(app: Any, pages: Sequence[str] = PAGES, langs: Sequence[str] = ()) -> list[str]:
    """Request each page once in each language (default: all); return those not answering 200."""
    from askback.i18n import languages

    langs = langs or languages()

    async def run() -> list[str]:
        failed = []
        for path in [*pages, *opportunity_pages(app)]:
            for lang in langs:
                if await _get(app, path, lang) != 200:
                    failed.append(f"{path} ({lang})")
        return failed

    return asyncio.run(run())


def start(app: Any) -> threading.Thread:
    """Warm the pages in a daemon thread; a failure is logged and never stops the server."""

    def work() -> None:
        start = time.perf_counter()
        try:
            failed = warm(app)
        except Exception:  # a warm-up must never take the server down
            log.warning("warming the pages failed", exc_info=True)
            return
        if failed:
            log.warning("warming: no page for %s", ", ".join(failed))
        log.warning("askback: pages warmed in %.1f s", time.perf_counter() - start)

    thread = threading.Thread(target=work, name="askback-warm-up", daemon=True)
    thread.start()
    return thread
