"""The question bank and the resources pages in the browser: instant search, filters, guidance."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.e2e


def test_bank_search_updates_as_you_type_without_reloading(page: Any) -> None:
    page.goto("/questions")
    total = page.locator(".qlist > li").count()
    assert total > 100
    page.evaluate("window.__sameDocument = true")
    page.locator("#q").press_sequentially("who can stop a model", delay=20)
    page.wait_for_url(lambda url: "stop%20a%20model" in url or "stop+a+model" in url)
    page.wait_for_function(f"() => document.querySelectorAll('.qlist > li').length < {total}")
    first = page.locator(".qlist > li").first.inner_text().lower()
    assert "model" in first or "stop" in first
    # htmx swapped the results in place (same document) and kept the URL shareable.
    assert page.evaluate("window.__sameDocument") is True
    page.select_option("#dimension", "responsible-ml")
    page.wait_for_url(lambda url: "dimension=responsible-ml" in url)
    page.wait_for_load_state("networkidle")
    metas = page.locator(".qlist .meta").all_inner_texts()
    # A question may have responsible ML as its second dimension; most have it first.
    assert metas and sum("Responsible ML" in m for m in metas) > len(metas) / 2
    screenshot(page, "bank-search")


def test_question_shows_full_guidance_and_can_be_added_to_a_plan(page: Any) -> None:
    page.goto("/questions/rml-001")
    for heading in ("Why ask", "Green flags", "Red flags", "Rubric"):
        assert page.get_by_role("heading", name=heading).is_visible()
    page.get_by_role("button", name="Add to plan").click()
    assert page.locator("p.alert[role=status]").inner_text().startswith("Added")
    page.goto("/profile")
    assert "rml-001" in page.locator("#must_ask").input_value()


def test_resources_search(page: Any) -> None:
    page.goto("/resources")
    before = page.locator(".qlist > li").count()
    page.locator("#q").fill("online networking events")
    page.wait_for_function(f"() => document.querySelectorAll('.qlist > li').length !== {before}")
    assert page.locator(".qlist > li").count() >= 1
