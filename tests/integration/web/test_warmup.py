"""Start-up warms the slow pages: the first dashboard and comparison come from the cache."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from askback.app.workspace import Workspace
from askback.web import warmup
from askback.web.app import create_app
from askback.web.config import WebConfig
from tests.e2e.server import running_server


@pytest.fixture()
def demo_workspace(tmp_path: Path) -> Workspace:
    from askback.demo import build_demo

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    build_demo(url)
    return Workspace.open(url)


def test_warming_fills_the_cache_for_the_first_visitors(demo_workspace: Workspace) -> None:
    app = create_app(WebConfig(), workspace=demo_workspace)

    async def scenario() -> None:
        async with app.router.lifespan_context(app):
            assert await asyncio.to_thread(warmup.warm, app) == []
            cache = app.state.cache
            built = cache.misses
            assert built >= 4  # the pages and their data, in two languages
            pages = ("/", "/compare", *warmup.opportunity_pages(app))
            assert len(pages) > 2
            for lang in ("en", "de"):
                for path in pages:
                    assert await warmup._get(app, path, lang) == 200
            assert cache.misses == built  # nothing was built again: every page was ready

    # A loop of its own in a thread of its own: an earlier test in this worker (a browser test)
    # may have left an event loop on the main thread, where asyncio.run() refuses to start.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, scenario()).result()
    demo_workspace.close()


def test_a_served_app_warms_itself_before_the_first_visitor(tmp_path: Path) -> None:
    # That the warmed pages then come from the cache is checked above with the cache's own
    # counters, not with a clock (how fast they come is `make bench`'s business).
    with running_server(tmp_path, "--demo") as server, server.client() as client:
        log = tmp_path / "server.log"
        deadline = time.monotonic() + 60
        while "pages warmed" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "pages warmed" in log.read_text()
        assert "warming: no page for" not in log.read_text()
        for path in ("/compare", "/"):
            assert client.get(path).status_code == 200
