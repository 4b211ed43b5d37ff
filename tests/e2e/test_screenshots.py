"""Screenshots of the demo workspace for the README (ASKBACK_UPDATE_SCREENSHOTS=1 refreshes)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import publish, screenshot

pytestmark = pytest.mark.e2e


def test_demo_pages(page: Any) -> None:
    page.set_viewport_size({"width": 1200, "height": 860})
    page.goto("/")
    assert page.locator("#alerts li").count() >= 1  # the demo's red flag and conflicts
    publish(screenshot(page, "demo-dashboard", full_page=False), "dashboard.png")

    page.goto("/opportunities/1#assessment")
    page.locator("#assessment-chart g.item").nth(1).hover()
    assert "Responsible ML" in page.locator(".chart-detail").first.inner_text()
    page.locator("#assessment").scroll_into_view_if_needed()
    publish(screenshot(page, "demo-assessment", full_page=False), "assessment.png")

    page.goto("/interviews/3")  # Northwind's coming final interview, planned
    row = page.locator("form.interview-q").first
    row.get_by_label("Notes").press_sequentially(
        "The review board can veto: it stopped two models last year, minutes are published.",
        delay=3,
    )
    row.locator(".suggestion strong").wait_for()
    page.keyboard.press("Control+Enter")
    page.keyboard.press("4")
    row.locator(".save-status", has_text="Saved").wait_for()
    publish(screenshot(page, "demo-interview", full_page=False), "interview.png")

    page.goto("/compare")
    page.locator("#best-chart").scroll_into_view_if_needed()
    publish(screenshot(page, "demo-compare", full_page=False), "compare.png")
