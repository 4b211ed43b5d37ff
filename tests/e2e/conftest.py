"""Browser tests: Debian's Chromium driven by Playwright against a real `askback serve`.

One server (with a fresh database) and one browser per session; a fresh browser context
(cookies, storage) per test. Without /usr/bin/chromium the tests skip, unless CI=true.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.server import Server, running_server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


def _need_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but /usr/bin/chromium is missing: .ci/run must install it")
    pytest.skip(
        "Debian's Chromium is not installed at /usr/bin/chromium "
        "(apt-get install chromium); the browser tests run when it is, and always with CI=true"
    )


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _need_chromium()
    # The demo workspace: every page has something to show (and `serve --demo` is tested).
    with running_server(tmp_path_factory.mktemp("askback-e2e"), "--demo") as srv:
        yield srv


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any, server: Server) -> Iterator[Any]:
    """A page in a fresh context; console errors and CSP violations fail the test."""
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    tab = context.new_page()
    problems: list[str] = []
    tab.on(
        "console",
        lambda msg: problems.append(msg.text) if msg.type == "error" else None,
    )
    tab.on("pageerror", lambda exc: problems.append(str(exc)))
    tab.problems = problems
    yield tab
    context.close()
    assert not problems, f"browser errors: {problems}"


def screenshot(page: Any, name: str, *, full_page: bool = True) -> Path:
    """Save a screenshot under artifacts/screenshots/ (gitignored)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # caret="initial": hiding the caret injects a <style>, which the CSP (rightly) refuses.
    page.screenshot(path=str(path), full_page=full_page, caret="initial")
    return path


def publish(path: Path, name: str) -> None:
    """Copy a screenshot to docs/screenshots/ for the README (only when asked to)."""
    if os.environ.get("ASKBACK_UPDATE_SCREENSHOTS") == "1":
        target = ROOT / "docs" / "screenshots" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
