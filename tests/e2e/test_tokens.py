"""Dates, intervals and pay never break mid-token, and pages show words, not slugs."""

from __future__ import annotations

import re
from typing import Any

import pytest

from askback.bank.schema import Audience, Dimension
from tests.e2e.server import Server

# Finds every date, range of two numbers and amount in the page's text, and for each returns
# how many distinct lines its characters occupy (1 = it did not break).
MEASURE = r"""
() => {
  const token = /\d{4}-\d{2}-\d{2}|\d+(?:[.,]\d+)*\s?[–-]\s?\d+(?:[.,]\d+)*/g;
  const out = [];
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("svg, option, script, textarea, details:not([open])")) continue;
    if (!el.getClientRects().length) continue;  // not rendered
    for (const m of node.data.matchAll(token)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set();
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
      out.push([m[0], tops.size]);
    }
  }
  return out;
}
"""


def _pages(server: Server) -> list[str]:
    with server.client() as client:
        listing = client.get("/opportunities").text
        ids = sorted(set(re.findall(r'href="/opportunities/(\d+)"', listing)))[:2]
        first = client.get(f"/opportunities/{ids[0]}").text
        interviews = sorted(set(re.findall(r'href="/interviews/(\d+)"', first)))[:1]
    pages = ["/", "/compare", "/contacts"]
    pages += [f"/opportunities/{i}" for i in ids] + [f"/opportunities/{ids[0]}/plan"]
    return pages + [f"/interviews/{i}" for i in interviews]


@pytest.mark.parametrize("width", [375, 1280])
def test_no_date_interval_or_amount_breaks_across_lines(
    page: Any, server: Server, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    checked = 0
    for path in _pages(server):
        page.goto(path)
        # Open every folded section so that its tokens are laid out and measured too.
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        tokens = page.evaluate(MEASURE)
        broken = [t for t, lines in tokens if lines != 1]
        assert not broken, f"{path} at {width}px breaks {broken}"
        checked += len(tokens)
    assert checked > 20  # the demo workspace shows dates, intervals and pay on these pages


# Stored values that are slugs; none may show as it is. (One-word values such as "growth"
# read as words already.)
SLUGS = sorted(
    {d.value for d in Dimension if "-" in d.value} | {a.value for a in Audience if "-" in a.value}
)


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style|code|svg)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<select\b.*?</select>", " ", html, flags=re.S)  # option labels checked apart
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_pages_show_words_not_slugs(server: Server, lang: str) -> None:
    paths = [*_pages(server), "/profile", "/questions", "/opportunities"]
    with server.client(cookies={"askback_lang": lang}) as client:
        for path in paths:
            text = _visible_text(client.get(path).text)
            for slug in [*SLUGS, "nats"]:
                found = re.search(rf"(?<![\w/-]){re.escape(slug)}(?![\w-])", text)
                context = text[max(0, found.start() - 60) : found.end() + 60] if found else ""
                assert not found, f"{path} ({lang}) shows the slug {slug!r}: …{context}…"
