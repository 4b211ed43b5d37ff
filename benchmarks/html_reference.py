"""The BeautifulSoup extraction askback used before selectolax, kept to compare against.

`make bench` times both on the same pages and tests/unit/text/test_html_differential.py checks
that they give the same text. BeautifulSoup is a dev dependency only.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from typing import Any

from askback.errors import InputError
from askback.text.html import (
    BLOCKS,
    DROP,
    NEST,
    Extracted,
    _job_posting,
    _salary_line,
    list_depth,
    tidy,
)


def _text_of(node: Any) -> str:
    for tag in node.find_all(DROP):
        tag.decompose()
    for tag in node.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        tag.insert_before("\n## ")
    for tag in node.find_all("li"):
        depth = list_depth(tag.parent, lambda n: n.name, lambda n: n.parent)
        tag.insert_before("\n" + NEST * depth + "- ")
    for tag in node.find_all(BLOCKS):
        tag.insert_after("\n")
    return tidy(node.get_text(""))


def main_text(html: str, name: str = "the page") -> Extracted:
    """askback's extraction as it was with BeautifulSoup's html.parser."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    scripts = soup.find_all("script")
    script_chars = sum(len(s.get_text()) for s in scripts)
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            posting = _job_posting(json.loads(script.get_text() or "null"))
        except ValueError:
            continue
        if posting and isinstance(posting.get("description"), str):
            body = _text_of(BeautifulSoup(posting["description"], "html.parser"))
            title = str(posting.get("title") or "").strip()
            parts = [p for p in (f"# {title}" if title else "", _salary_line(posting), body) if p]
            if len(body.split()) >= 20:
                return Extracted("\n\n".join(parts), "json-ld", script_chars)
    root = soup.find("main") or soup.find(role="main") or soup.find("article")
    source = root.name if root is not None else "body"
    text = _text_of(root if root is not None else soup)
    if root is not None and len(text.split()) < 40:
        text, source = _text_of(BeautifulSoup(html, "html.parser")), "body"
    if len(text.split()) < 5:
        if script_chars > 200:
            raise InputError(f"{name}: the HTML is almost all scripts")
        raise InputError(f"{name}: the HTML holds no readable text to analyze.")
    return Extracted(text, source, script_chars)


def markdown_page(md: str, title: str = "Job ad") -> str:
    """A job-board-like page around an ad written in Markdown (headings, lists, paragraphs).

    Small on purpose: enough to turn the shared ads into real-looking HTML for comparisons.
    """

    def inline(s: str) -> str:
        s = html_lib.escape(s, quote=False)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', s)
        return s

    body: list[str] = []
    para: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if para:
            body.append("<p>" + "<br>\n".join(inline(p) for p in para) + "</p>")
            para.clear()
        if items:
            body.append("<ul>\n" + "\n".join(f"  <li>{inline(i)}</li>" for i in items) + "\n</ul>")
            items.clear()

    for line in md.splitlines():
        stripped = line.strip()
        heading = re.match(r"(#{1,6})\s+(.*)", stripped)
        bullet = re.match(r"[-*•]\s+(.*)", stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            level = len(heading.group(1))
            body.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif bullet:
            if para:
                flush()
            items.append(bullet.group(1))
        else:
            if items:
                flush()
            para.append(stripped)
    flush()
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html_lib.escape(title)}</title>"
        "<style>body{font-family:sans-serif}</style>"
        "<script>window.dataLayer=window.dataLayer||[];</script></head>\n<body>\n"
        '<header><nav><a href="/">Jobs</a> <a href="/login">Sign in</a></nav></header>\n'
        '<main>\n<article class="job">\n' + "\n".join(body) + "\n</article>\n</main>\n"
        '<footer><p>&copy; Job board &middot; <a href="/privacy">Privacy</a></p></footer>\n'
        "</body></html>\n"
    )
