"""HTML text extraction: selectolax (askback now) against BeautifulSoup (before), same pages.

The pages are the shared real ads turned into job-board-like HTML (header, nav, main, footer,
a script and a style), plus their JSON-LD variant; both extractors run in the same process,
alternating, and the faster of REPEAT passes counts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from benchmarks.common import Row, at_least
from benchmarks.eval_text import real_ads
from benchmarks.html_reference import markdown_page

REPEAT = 5


def pages() -> list[str]:
    """One HTML page per shared real ad (its Markdown turned into HTML)."""
    return [markdown_page(ad.text, ad.id) for ad in real_ads()]


def _best(fn: Callable[[str], object], docs: list[str]) -> float:
    start = time.perf_counter()
    for doc in docs:
        fn(doc)
    return time.perf_counter() - start


def run() -> list[Row]:
    from askback.text.html import main_text
    from benchmarks.html_reference import main_text as bs4_main_text

    docs = pages()
    if not docs:
        return [
            Row("text", "HTML pages not found (set ASKBACK_SHARED_DATA)", 0, "pages", "", False)
        ]
    kb = sum(len(d) for d in docs) / len(docs) / 1024
    for doc in docs[:20]:
        main_text(doc)
        bs4_main_text(doc)
    new = old = float("inf")
    for _ in range(REPEAT):
        new = min(new, _best(main_text, docs))
        old = min(old, _best(bs4_main_text, docs))
    ratio = old / new
    note = f"{len(docs)} pages of the shared ads, {kb:.1f} KiB each on average, best of {REPEAT}"
    target, ok = at_least(ratio, 5, "x")
    return [
        Row("text", "HTML to text, selectolax (askback)", new / len(docs) * 1000, "ms", note=note),
        Row(
            "text", "HTML to text, BeautifulSoup (before)", old / len(docs) * 1000, "ms", note=note
        ),
        Row("text", "HTML to text: speed-up", ratio, "x", target, ok, note="same pages, same run"),
    ]


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row.__dict__))
