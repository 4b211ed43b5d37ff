"""In a real browser: the profile's confidence box, the language switch, the phone menu."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from askback.bank.schema import Dimension

pytestmark = pytest.mark.e2e


def _free_dimension(page: Any) -> str:
    """A dimension with no deal breaker in the demo profile."""
    for d in Dimension:
        if page.locator(f"#at_least-{d.value}").input_value() == "":
            return d.value
    raise AssertionError("every dimension has a deal breaker")


def test_the_confidence_box_is_live_only_with_a_deal_breaker(page: Any) -> None:
    page.goto("/profile")
    dim = _free_dimension(page)
    level, confidence = page.locator(f"#at_least-{dim}"), page.locator(f"#confidence-{dim}")
    assert confidence.is_disabled()
    level.select_option("3")
    assert confidence.is_enabled()
    level.select_option("")
    assert confidence.is_disabled()
    # A dimension that has one starts enabled.
    ruled = [d.value for d in Dimension if page.locator(f"#at_least-{d.value}").input_value()]
    assert ruled and all(page.locator(f"#confidence-{d}").is_enabled() for d in ruled)


@pytest.fixture()
def plain(browser: Any, server: Any) -> Iterator[Any]:
    context = browser.new_context(base_url=server.url, java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_without_javascript_a_new_deal_breaker_saves_and_then_takes_a_confidence(
    plain: Any,
) -> None:
    page = plain
    page.goto("/profile")
    dim = _free_dimension(page)
    assert page.locator(f"#confidence-{dim}").is_disabled()
    try:
        page.locator(f"#at_least-{dim}").select_option("4")
        page.get_by_role("button", name="Save profile").click()
        page.wait_for_url(re.compile(r"/profile"))
        assert page.locator(f"#at_least-{dim}").input_value() == "4"
        confidence = page.locator(f"#confidence-{dim}")
        assert confidence.is_enabled() and confidence.input_value() == "0.8"
        confidence.select_option("0.9")
        page.get_by_role("button", name="Save profile").click()
        assert page.locator(f"#confidence-{dim}").input_value() == "0.9"
    finally:
        page.goto("/profile")
        page.locator(f"#at_least-{dim}").select_option("")
        page.get_by_role("button", name="Save profile").click()
    assert page.locator(f"#confidence-{dim}").is_disabled()


def test_switching_language_keeps_the_search_query_and_the_page(page: Any) -> None:
    page.goto("/questions")
    page.get_by_label("Search").fill("on-call rota")
    page.wait_for_url(re.compile(r"q=on-call"))  # htmx pushed the query into the address
    page.get_by_role("button", name="DE").click()
    page.wait_for_url(re.compile(r"/questions\?.*q=on-call"))
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("#q").input_value() == "on-call rota"
    page.get_by_role("button", name="EN").click()
    page.wait_for_url(re.compile(r"/questions\?.*q=on-call"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#q").input_value() == "on-call rota"


@pytest.mark.parametrize("path", ["/", "/questions", "/settings"])
def test_on_a_phone_the_menu_takes_one_line(page: Any, path: str) -> None:
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(path)
    tops = page.evaluate(
        "() => [...document.querySelectorAll('header.site nav li')]"
        ".map(li => Math.round(li.getBoundingClientRect().top))"
    )
    assert len(tops) >= 8 and len(set(tops)) == 1, tops
    # The page itself never scrolls sideways; the current entry is in view.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    current = page.locator("header.site nav a[aria-current=page]")
    box = current.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
    header = page.locator("header.site").bounding_box()
    assert header is not None and header["height"] < 110  # brand and languages, then the menu


def test_the_browser_stops_at_the_servers_limit(page: Any) -> None:
    from askback.web.limits import bounds

    page.goto("/contacts")
    field = page.locator("#new-how_met")
    field.press_sequentially("x" * 130, delay=0)
    assert len(field.input_value()) == bounds("contact", "how_met")["maxlength"] == 100
