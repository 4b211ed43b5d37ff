"""A page whose text is mostly links written side by side keeps its text.

Chrome (menus, link blocks) is dropped only while 20 words of the page are left, counted
element by element; links with no space between them read as one glued word, so the words left
could be fewer than counted, and a page of link lists came out empty. Such a page is read with
its chrome. Pages written for this test: a board's list of openings, a sitemap-like page.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.errors import InputError
from askback.text import html
from askback.text.html import main_text


def _links(words: list[str]) -> str:
    return "".join(f"<a href='/j/{i}'>{w}</a>" for i, w in enumerate(words))


def _list(words: list[str]) -> str:
    return "<ul>" + "".join(f"<li><a href='/x'>{w}</a></li>" for w in words) + "</ul>"


def test_a_page_of_openings_keeps_its_links() -> None:
    jobs = ["Analyst", "Engineer", "Scientist", "Manager", "Nurse", "Porter", "Chef", "Clerk"]
    page = (
        "<html><body><div>"
        + _list(jobs[:4])
        + _list(jobs[4:])
        + _links(["Home", "Jobs", "Login", "Help"] * 6)
        + "</div></body></html>"
    )
    text = main_text(page).text
    for job in jobs:
        assert job in text


def test_a_page_with_an_ad_still_drops_its_menus() -> None:
    # The near-miss: enough words of its own, so the menu goes.
    ad = " ".join(["We are hiring a data analyst for our clinics in Leeds."] * 4)
    page = (
        "<html><body><div>"
        + _list(["Home", "Jobs", "Login", "Help"])
        + f"<p>{ad}</p>"
        + "</div></body></html>"
    )
    text = main_text(page).text
    assert "data analyst" in text
    assert "Login" not in text


@settings(max_examples=100, deadline=None)
@example(lists=[["Jobs", "Login", "Analyst"]], glued=["Home"] * 22)
@given(
    lists=st.lists(
        st.lists(
            st.sampled_from(["Jobs", "Login", "Analyst", "0", "Über"]), min_size=3, max_size=6
        ),
        max_size=3,
    ),
    glued=st.lists(st.sampled_from(["Home", "Help", "Kontakt", "1"]), min_size=1, max_size=30),
)
def test_links_never_empty_a_page_of_twenty_words(lists: list[list[str]], glued: list[str]) -> None:
    page = (
        "<html><body><div>"
        + "".join(_list(w) for w in lists)
        + _links(glued)
        + "</div></body></html>"
    )
    # What the page reads as with its chrome kept: glued links are one word there too.
    whole = html._text_of(html._parse(page).root, chrome=True)
    try:
        text = main_text(page).text
    except InputError:
        # Only a page that holds too few words even with its chrome may be refused.
        assert len(whole.split()) < 5
        return
    assert text.strip()
