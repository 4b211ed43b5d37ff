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
    "/questions/kits",
    "/questions/kits/gender-diversity",
    "/profile",
    "/contacts",
    "/contacts/1",
    "/resources",
    "/data",
    "/settings",
    "/opportunities/1/share",
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
    for path in (
        "/",
        "/opportunities",
        "/opportunities/1",
        "/interviews/2",
        "/questions",
        "/questions/rml-001",
        "/questions/kits/ml-ethics",
        "/profile",
        "/compare",
        "/contacts",
        "/contacts/1",
        "/resources",
        "/data",
        "/settings",
    ):
        phone.goto(path)
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375 + 1, (path, width)
    screenshot(phone, "phone-interview")
    phone.goto("/")
    screenshot(phone, "phone-dashboard")
    context.close()


def test_the_keyboard_reaches_every_control_with_a_visible_focus(page: Any) -> None:
    """Tab through a page: each stop is outlined (or, in a chart, its row is shaded)."""
    page.goto("/opportunities/1")
    unmarked: list[str] = []
    chart_rows = 0
    for _ in range(45):
        page.keyboard.press("Tab")
        stop = page.evaluate(
            """() => {
                const el = document.activeElement;
                const row = el.closest && el.closest('g.item');
                if (row) {
                    const band = row.querySelector('.band');
                    const label = row.querySelector('text.label');
                    const box = label.getBoundingClientRect();
                    // The shading must not hide the row's own label.
                    const top = document.elementFromPoint(
                        box.x + box.width / 2, box.y + box.height / 2);
                    return {chart: true, marked: getComputedStyle(band).fill !== 'transparent'
                        && getComputedStyle(band).fill !== 'rgba(0, 0, 0, 0)' && top === label,
                        detail: document.querySelector('.chart-detail').textContent,
                        label: row.querySelector('text.label').textContent};
                }
                const style = getComputedStyle(el);
                return {chart: false, name: el.tagName + ' ' + (el.textContent || '').trim(),
                        marked: style.outlineStyle !== 'none' && style.outlineWidth !== '0px'};
            }"""
        )
        if stop["chart"]:
            chart_rows += 1
            # Focus shows the row's numbers under the chart, as hovering does.
            assert stop["detail"].startswith(stop["label"].rsplit(" (", 1)[0] + ": mean")
        if not stop["marked"]:
            unmarked.append(stop.get("name", "chart row"))
    assert chart_rows == 11, "every row of the assessment chart is a stop"
    assert not unmarked, unmarked


def test_the_interview_screen_names_its_shortcuts(page: Any) -> None:
    page.goto("/interviews/3")
    hint = page.locator("#shortcut-hint")
    assert hint.is_visible()
    for key in ("Ctrl", "Enter", "1", "5", "F", "Alt"):
        assert key in hint.inner_text()
