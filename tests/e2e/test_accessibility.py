"""axe-core in the browser on every page, in English and German: no serious or critical issue."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# The demo workspace: opportunity 1 is Northwind (interview 2 is its team interview).
PAGES = [
    "/",
    "/opportunities",
    "/opportunities/1",
    "/opportunities/1/plan?interview=3",
    "/opportunities/1/plan?sheet=1&interview=3",
    "/interviews/2",
    "/compare",
    "/questions",
    "/questions/rml-001",
    "/profile",
    "/contacts",
    "/contacts/1",
    "/resources",
    "/data",
    "/settings",
    "/no-such-page",
]


def _serious(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_serious_accessibility_violations(page: Any, lang: str) -> None:
    page.goto("/settings")
    page.locator("header form.lang").get_by_role("button", name=lang.upper()).click()
    found: dict[str, list[str]] = {}
    for path in PAGES:
        page.goto(path)
        issues = _serious(page)
        if issues:
            found[path] = issues
    page.problems.clear()  # the 404 page is expected to log its status
    assert not found, found


def test_every_form_control_has_a_label(page: Any) -> None:
    unlabeled: dict[str, list[str]] = {}
    for path in PAGES[:-1]:
        page.goto(path)
        missing = page.evaluate(
            """() => Array.from(document.querySelectorAll('input, select, textarea'))
                .filter(el => el.type !== 'hidden' && !(el.labels && el.labels.length)
                    && !el.getAttribute('aria-label') && !el.closest('label'))
                .map(el => el.name || el.id)"""
        )
        if missing:
            unlabeled[path] = missing
    assert not unlabeled, unlabeled


def test_small_screens_get_no_sideways_scrolling(browser: Any, server: Any) -> None:
    context = browser.new_context(base_url=server.url, viewport={"width": 375, "height": 800})
    phone = context.new_page()
    for path in ("/", "/opportunities/1", "/interviews/2", "/questions", "/profile"):
        phone.goto(path)
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375 + 1, (path, width)
    screenshot(phone, "phone-interview")
    phone.goto("/")
    screenshot(phone, "phone-dashboard")
    context.close()
