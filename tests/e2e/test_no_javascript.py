"""With JavaScript switched off, the core forms still work: plain HTML forms and redirects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture()
def plain(browser: Any, server: Any) -> Iterator[Any]:
    context = browser.new_context(base_url=server.url, java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_core_forms_without_javascript(plain: Any) -> None:
    page = plain
    page.goto("/questions")
    page.get_by_label("Search").fill("parental leave")
    page.get_by_role("button", name="Filter").click()
    assert "q=parental+leave" in page.url
    assert page.locator(".qlist > li").count() >= 1

    page.goto("/opportunities")
    form = page.locator("#new form")
    form.get_by_label("Company").fill("NoScript SE")
    form.get_by_label("Role", exact=True).fill("Analyst")
    form.get_by_role("button", name="Add opportunity").click()
    page.wait_for_url(re.compile(r"/opportunities/\d+$"))
    if not page.locator("#interviews details[open]").count():
        page.get_by_text("Schedule or record an interview").click()
    page.get_by_label("Date and time").fill("2031-04-01T14:00")
    page.get_by_label("Someone new: name").fill("Nora NoScript")
    page.get_by_role("button", name="Add interview").click()
    page.wait_for_url(re.compile(r"/interviews/\d+$"))

    row = page.locator("form.interview-q").first
    row.get_by_label("Notes").fill("Answered plainly, saved with the button.")
    row.locator("label", has_text="3").click()
    row.get_by_label("Red flag").check()
    row.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(r"/interviews/\d+#row-"))
    saved = page.locator("form.interview-q", has_text="Answered plainly")
    assert saved.locator("input[name=rating][value='3']").is_checked()
    assert saved.locator("input[name=red_flag]").is_checked()

    page.goto("/settings")
    page.get_by_label("Language of the app and the questions").select_option("de")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Einstellungen"


def test_importing_a_file_through_the_page(plain: Any, tmp_path: Any) -> None:
    """The import forms send their token in the address, so the upload is checked before it is
    read; an error names the file the user chose, not the server's temporary copy."""
    page = plain
    page.goto("/data")
    with page.expect_download() as download:
        page.get_by_role("link", name="Everything as JSON").click()
    exported = tmp_path / "my-askback.json"
    exported.write_bytes(Path(download.value.path()).read_bytes())
    form = page.locator("form[action^='/data/import?']")
    form.get_by_label("JSON file").set_input_files(str(exported))
    form.get_by_label("Only check, change nothing").check()
    form.get_by_role("button", name="Import").click()
    assert "Would import" in page.locator("main").inner_text()

    broken = tmp_path / "broken notes.csv"
    broken.write_text("company,role,pay_min\nAcme,,lots\n", encoding="utf-8")
    page.goto("/data")
    form = page.locator("form[action^='/data/import-csv?']")
    form.get_by_label("CSV file").set_input_files(str(broken))
    form.get_by_role("button", name="Import").click()
    text = page.locator("main").inner_text()
    assert "broken notes.csv: 1 row out of 1 has errors" in text, text
    assert "/tmp/" not in page.content() and "askback-import-" not in page.content()
