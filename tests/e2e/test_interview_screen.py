"""The interview screen during a call: keyboard-fast, a suggestion as you type, nothing lost."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.e2e


def _new_interview(page: Any, company: str) -> int:
    page.goto("/opportunities")
    form = page.locator("#new form")
    form.get_by_label("Company").fill(company)
    form.get_by_label("Role", exact=True).fill("Data Scientist")
    form.get_by_role("button", name="Add opportunity").click()
    page.wait_for_url(re.compile(r"/opportunities/\d+$"))
    page.locator("#interviews details").evaluate("d => { d.open = true; }")
    page.get_by_label("Date and time").fill("2031-01-02T09:30")
    page.get_by_label("Someone new: name").fill(f"Interviewer at {company}")
    page.get_by_label("Their role").select_option("hiring-manager")
    page.get_by_role("button", name="Add interview").click()
    page.wait_for_url(re.compile(r"/interviews/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def _saved(page: Any, form_id: str) -> None:
    page.wait_for_function(
        """([id]) => {
            const f = document.getElementById(id);
            return f.querySelector('input[name=answer_id]').value !== '' && !f.dataset.dirty;
        }""",
        arg=[form_id],
    )


def test_keyboard_only_rating_and_flag_with_autosave(page: Any) -> None:
    interview = _new_interview(page, "Keyboard Corp")
    first = page.locator("form.interview-q").first
    form_id = first.get_attribute("id")
    assert form_id and form_id.startswith("row-q-")  # a planned bank question
    notes = first.get_by_label("Notes")
    notes.focus()
    page.keyboard.type("They showed me the review checklist and the last two vetoes.")
    page.keyboard.press("Control+Enter")
    assert page.evaluate("document.activeElement.name") == "rating"
    page.keyboard.press("4")
    page.keyboard.press("f")
    page.keyboard.press("f")  # toggled back off
    page.keyboard.press("Enter")  # on to the next question's notes
    second = page.locator("form.interview-q").nth(1)
    assert page.evaluate("document.activeElement.id") == second.get_by_label("Notes").get_attribute(
        "id"
    )
    page.keyboard.press("Alt+ArrowUp")
    assert page.evaluate("document.activeElement.id") == notes.get_attribute("id")
    _saved(page, form_id)
    # Nothing was clicked, yet a reload shows it all stored.
    page.goto(f"/interviews/{interview}")
    stored = page.locator("form.interview-q", has_text="the last two vetoes")
    assert stored.locator("input[name=rating][value='4']").is_checked()
    assert not stored.locator("input[name=red_flag]").is_checked()
    assert "Saved" in stored.locator(".save-status").inner_text()


def test_the_analyzer_suggests_a_rating_as_you_type(page: Any) -> None:
    _new_interview(page, "Suggest GmbH")
    row = page.locator("form.interview-q").first
    row.get_by_label("Notes").press_sequentially(
        "We value fairness and would like to do more at some point, that is HR's topic.",
        delay=5,
    )
    suggestion = row.locator(".suggestion")
    suggestion.locator("strong", has_text="Suggestion").wait_for()
    text = suggestion.inner_text()
    assert re.search(r"rating [1-5]", text), text
    use = row.locator("button.use-suggestion")
    rating = use.get_attribute("data-rating")
    use.click()
    assert row.locator(f"input[name=rating][value='{rating}']").is_checked()


def test_notes_typed_offline_survive_a_closed_tab(page: Any, browser: Any, server: Any) -> None:
    interview = _new_interview(page, "Offline AG")
    context = page.context
    context.set_offline(True)
    row = page.locator("form.interview-q").first
    form_id = row.get_attribute("id")
    row.get_by_label("Notes").press_sequentially("Typed while the network was down.", delay=5)
    row.locator(".save-status.error").wait_for()
    page.problems.clear()  # the failed saves were expected: the network was down
    page.close()  # the tab closes before anything reached the server
    context.set_offline(False)
    tab = context.new_page()
    tab.on("console", lambda m: None)
    tab.goto(f"/interviews/{interview}")
    restored = tab.locator(f"#{form_id}")
    assert restored.get_by_label("Notes").input_value() == "Typed while the network was down."
    _saved(tab, str(form_id))
    assert (
        tab.evaluate(
            "() => Object.keys(localStorage).filter(k => k.startsWith('askback:draft')).length"
        )
        == 0
    )
    tab.goto(f"/interviews/{interview}")
    assert tab.locator("textarea", has_text="Typed while the network was down.").count() == 1


def test_leaving_the_page_mid_sentence_still_saves(page: Any) -> None:
    interview = _new_interview(page, "Beacon BV")
    row = page.locator("form.interview-q").first
    row.get_by_label("Notes").fill("Left the page right after typing this.")
    page.goto("/")  # well within the autosave delay: the page sends what is unsaved as it goes
    saved = page.locator("textarea", has_text="Left the page right after typing this.")
    # The beacon may still be on its way when the page comes back (a busy machine); then the
    # draft left in the browser is saved instead, and the server takes it for the same row.
    for _ in range(40):
        page.goto(f"/interviews/{interview}")
        if saved.count():
            break
        page.wait_for_timeout(250)
    assert saved.count() == 1
    assert (
        page.evaluate(
            "() => Object.keys(localStorage).filter(k => k.startsWith('askback:draft')).length"
        )
        == 0
    )


def test_the_closing_pages_beacon_itself_is_accepted(page: Any) -> None:
    """The beacon, not the draft, saves: the interview screen is not opened again to restore it."""
    _new_interview(page, "Beacon Only GmbH")
    notes = "Sent by the beacon as the page went away."
    page.locator("form.interview-q").first.get_by_label("Notes").fill(notes)
    page.problems.clear()  # the autosave cut short by leaving is expected
    page.goto("/questions")  # within the autosave delay: only the beacon can carry the notes
    for _ in range(40):
        doc = page.request.get("/data/export.json").json()
        if any(a["notes"] == notes for a in doc["answers"]):
            break
        page.wait_for_timeout(250)
    else:
        raise AssertionError("the beacon's save never arrived")
