"""Main text of a job-ad web page: its JobPosting data when it has some, else its main block.

Parsed with selectolax (the lexbor HTML5 parser), ~10x faster than BeautifulSoup was.
"""

from __future__ import annotations

import html as html_entities
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from askback.errors import InputError

DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "head",
)
BLOCKS = (
    "p",
    "div",
    "section",
    "article",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dd",
    "dt",
    "main",
    "blockquote",
)
_DROP_CSS = ",".join(DROP)
# Page furniture that is not a landmark element: ARIA landmarks for navigation, header and
# footer, and cookie-consent boxes (OneTrust, Cookiebot, Complianz, Usercentrics, StepStone's
# ccmgt and the many home-made "cookie-banner" divs). Their words ("strictly necessary",
# "required", "at least 16 years old") are no part of the ad.
_CHROME_CSS = ",".join(
    [
        '[role="navigation"]',
        '[role="banner"]',
        '[role="contentinfo"]',
        '[id*="cookie" i]',
        '[class*="cookie" i]',
        '[id*="consent" i]',
        '[class*="consent" i]',
        '[id^="onetrust" i]',
        '[class*="cmplz" i]',
        '[id^="ccmgt" i]',
        '[id*="usercentrics" i]',
    ]
)
# Never dropped as chrome, however they are named: a page's own frame (a body class like
# "cookies-accepted") and the blocks that hold the ad.
_KEEP = frozenset(["html", "body", "main", "article", "h1"])
_BLOCKS_CSS = ",".join(BLOCKS)


@cache
def _tag_rx() -> re.Pattern[str]:
    return re.compile(
        r"<(?:!doctype html|html|body|div|p|br|li|ul|h[1-6]|span|section|article|meta)\b",
        re.IGNORECASE,
    )


def looks_like_html(text: str) -> bool:
    """True for a web page or an HTML fragment with several tags."""
    head = text[:4000]
    return len(_tag_rx().findall(head)) >= 3 or head.lstrip().lower().startswith(
        ("<!doctype", "<html")
    )


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    source: str  # json-ld, main, article, body, embedded (iframe srcdoc or template)
    script_chars: int


def _job_posting(data: Any) -> dict[str, Any] | None:
    if isinstance(data, list):
        for item in data:
            found = _job_posting(item)
            if found:
                return found
        return None
    if not isinstance(data, dict):
        return None
    kind = data.get("@type")
    if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
        return data
    return _job_posting(data.get("@graph")) if "@graph" in data else None


def _salary_line(posting: dict[str, Any]) -> str:
    salary = posting.get("baseSalary")
    if isinstance(salary, list):  # several MonetaryAmounts: the first one
        salary = next((s for s in salary if isinstance(s, dict)), None)
    if not isinstance(salary, dict):
        return ""
    value = salary.get("value")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    # The currency may sit on the amount, on its value or (schema.org's salaryCurrency) on the
    # posting itself.
    currency = (
        salary.get("currency")
        or (value.get("currency") if isinstance(value, dict) else None)
        or posting.get("salaryCurrency")
        or ""
    )
    if not isinstance(currency, str):
        currency = ""
    if isinstance(value, dict):
        low, high = value.get("minValue"), value.get("maxValue")
        unit = str(value.get("unitText", "")).lower()
        amount = f"{low}–{high}" if low and high else str(low or high or value.get("value") or "")
    else:
        amount, unit = str(value or ""), ""
    if not amount:
        return ""
    period = {
        "year": "per year",
        "month": "per month",
        "hour": "per hour",
        "week": "per week",
        "day": "per day",
    }.get(unit, "")
    return " ".join(p for p in ("Salary:", currency, amount, period) if p)


def _text_of(node: Any, chrome: bool = False) -> str:
    """The readable text under a parsed node: "## " headings, "- " list items, a line a block.
    With `chrome`, site chrome (menus, footers, blocks of links) is kept.

    The markers are inserted as text into the tree (and the dropped elements removed) so that
    one C-level text walk gives the text; Python only tidies the lines.
    """
    for tag in node.css(_DROP_CSS):
        tag.decompose()
    if not chrome:
        _drop_chrome(node)
    for tag in node.css("h1,h2,h3,h4,h5,h6"):
        tag.insert_before("\n## ")
    for tag in node.css("li"):
        tag.insert_before("\n" + NEST * _list_depth(tag) + "- ")
    for tag in node.css(_BLOCKS_CSS):
        tag.insert_after("\n")
    return tidy(node.text(deep=True, separator="", strip=False))


def _drop_chrome(node: Any) -> None:
    """Remove cookie boxes and ARIA navigation, banner and footer landmarks (see _CHROME_CSS),
    unless the element is the page's frame or holds the ad (a main, article or h1 inside);
    then site chrome in plain elements (see _drop_named_chrome)."""
    for tag in node.css(_CHROME_CSS):
        if tag.tag in _KEEP or tag.css_first("main,article,h1") is not None:
            continue
        tag.decompose()
    _drop_named_chrome(node)


# Site chrome named by its class or id: "footer", "site-footer", "icl-GlobalFooter", "gnav",
# "site-menu", "breadcrumb", German "fuss" (footer); "site-bottom", "page-top".
_CHROME_WORDS = frozenset(
    [
        "footer", "fuss", "fusszeile", "fußzeile", "nav", "gnav", "navbar", "navigation",
        "menu", "menubar", "breadcrumb", "breadcrumbs", "sitemap",
    ]
)  # fmt: skip
_CHROME_PAIRS = re.compile(r"\b(?:site|page|global)\s+(?:bottom|top|foot)\b")
# A name that says the element is part of the posting: "job-footer", "posting-footer".
_POSTING_WORDS = frozenset(
    [
        "job", "jobs", "posting", "vacancy", "description", "stelle", "stellen", "jobad",
        "advert", "ad", "content",
    ]
)  # fmt: skip
# What a posting keeps in a footer of its own: the equal-opportunity statement.
_EEO = re.compile(
    r"equal\s+opportunit|\beeo\b|affirmative\s+action|disabilit|divers|chancengleich"
    r"|gleichberechtig|\bagg\b|benachteilig|schwerbehindert|accommodation",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"[^A-Za-zÀ-ÿ]+|(?<=[a-zß-ÿ])(?=[A-Z])")


def _name_words(tag: Any) -> list[str]:
    """The words of an element's class and id, in order: "icl-GlobalFooter" gives icl, global,
    footer."""
    attrs = tag.attributes
    name = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return [w.lower() for w in _NAME_SPLIT.split(name) if w]


_CANDIDATES = frozenset(["div", "section", "aside", "ul", "ol", "table", "td", "p", "form", "span"])


def _tally(root: Any) -> dict[int, tuple[int, int, int, bool]]:
    """For each element under root (by mem_id): its words, the words inside its links, its
    links, and whether it holds a main, article or h1. One walk, children before parents, so a
    page of deeply nested blocks costs no more than a flat one."""
    out: dict[int, tuple[int, int, int, bool]] = {}
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if not done:
            stack.append((node, True))
            stack.extend((c, False) for c in node.iter(include_text=False))
            continue
        words = linked = links = 0
        key = node.tag in ("main", "article", "h1")
        for c in node.iter(include_text=True):
            if c.tag == "-text":
                words += len((c.text_content or "").split())
                continue
            w, lw, n, k = out.get(c.mem_id, (0, 0, 0, False))
            words += w
            linked += w if c.tag == "a" else lw
            links += n + (c.tag == "a")
            key = key or k
        out[node.mem_id] = (words, linked, links, key)
    return out


def _chrome(tag: Any, tally: tuple[int, int, int, bool], page_words: int) -> bool | None:
    """True: drop the block; False: keep it and what it holds; None: keep it, look inside."""
    words, linked, links, key = tally
    if tag.tag in _KEEP or key or 2 * words >= page_words:
        return None
    order = _name_words(tag)
    name = set(order)
    # The pairs in the name's own order: "site-bottom", not "bottom site".
    named = not name.isdisjoint(_CHROME_WORDS) or bool(_CHROME_PAIRS.search(" ".join(order)))
    if named and not name.isdisjoint(_POSTING_WORDS):
        return False  # the posting's own footer: "job-footer"
    only_links = tag.tag in ("td", "div", "p", "ul") and links >= 3 and linked >= 0.8 * words > 0
    if not (named or tag.tag == "form" or only_links):
        return None
    return _EEO.search(tag.text(deep=True, separator=" ", strip=False)) is None or None


def _drop_named_chrome(node: Any) -> None:
    """Site chrome in plain elements: footers, menus and breadcrumbs named by class or id, a
    block of nothing but links (three links or more), and an application form. Never what holds
    the h1, a main or article, or half the page's words; nor a footer that the posting names its
    own ("job-footer") or that holds the equal-opportunity statement. Nothing is dropped when
    what would be left holds fewer than _KEEP_WORDS words: a page made of link lists (a list of
    openings, say) keeps them rather than lose all its text."""
    tally = _tally(node)
    page_words = tally[node.mem_id][0]
    stack = list(node.iter(include_text=False))
    chrome = []
    while stack:
        tag = stack.pop()
        verdict = (
            _chrome(tag, tally.get(tag.mem_id, (0, 0, 0, True)), page_words)
            if tag.tag in _CANDIDATES
            else None
        )
        if verdict:
            chrome.append(tag)  # not looked inside: the blocks found are disjoint
        elif verdict is None:
            stack.extend(tag.iter(include_text=False))
    dropped = sum(tally.get(tag.mem_id, (0, 0, 0, True))[0] for tag in chrome)
    if page_words - dropped < _KEEP_WORDS:
        return
    for tag in chrome:
        tag.decompose()


# Chrome is dropped only while this many words of the page are left (source.MIN_WORDS is the
# least an ad may have; a page left with fewer would be refused as empty).
_KEEP_WORDS = 20


# Marks one level of list nesting in the raw text: a character no page holds (Unicode's private
# use area), turned into two spaces of indent once the source's own whitespace is collapsed.
NEST = "\ue000"


def _list_depth(li: Any) -> int:
    """How deep a list item is nested: the lists around it that stand inside an item of another
    list (0 at the top level).

    Only a list inside an item is nested for a reader ("- one of:" with its choices under it). A
    <ul> put straight into another <ul>, as some editors write a plain list, is not, and unclosed
    <li> tags (which some parsers nest in each other) stay at the depth of their list.
    """
    return list_depth(li.parent, lambda n: n.tag, lambda n: n.parent)


def list_depth(node: Any, tag: Any, parent: Any) -> int:
    """list_depth for any parse tree: `tag(node)` its name, `parent(node)` the node above."""
    depth = pending = 0
    while node is not None:
        name = tag(node)
        if name in ("ul", "ol"):
            pending += 1
        elif name == "li":
            depth += pending
            pending = 0
        node = parent(node)
    return depth


def tidy(raw: str) -> str:
    """Lines of extracted text: whitespace collapsed, empty runs and bare markers dropped, and
    a nested list item indented two spaces a level ("  - Kafka" under "- two or more of:"), as
    the same list written in Markdown or plain text is."""
    out: list[str] = []
    for part in raw.split("\n"):
        line = " ".join(part.split())
        if NEST in line:
            depth = line.count(NEST)
            line = line.replace(NEST, "").lstrip()
            if line.startswith("- ") and depth:
                line = "  " * depth + line
        if line.strip() in ("-", "##"):
            continue
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _parse(html: str) -> Any:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(html)


def _json_ld(raw: str) -> Any:
    """A JSON-LD block as sites write it: raw line breaks inside strings (which strict JSON
    refuses), an HTML comment or CDATA wrapper, a trailing comma. None if it still fails."""
    raw = raw.strip()
    for wrapper in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if raw.startswith(wrapper[0]) and raw.endswith(wrapper[1]):
            raw = raw[len(wrapper[0]) : -len(wrapper[1])].strip()
    try:
        return json.loads(raw or "null", strict=False)
    except ValueError:
        pass
    try:
        return json.loads(_trailing_comma_rx().sub(r"\1", raw), strict=False)
    except ValueError:
        return None


@cache
def _trailing_comma_rx() -> re.Pattern[str]:
    return re.compile(r",(\s*[}\]])")


def _description_html(description: str) -> str:
    """The posting's description as HTML. Some boards escape it a second time
    ("&lt;p&gt;…&lt;/p&gt;", "f&amp;uuml;r"): with no tag but escaped ones, it is unescaped once."""
    if "&lt;" in description and not _real_tag_rx().search(description):
        return html_entities.unescape(description)
    return description


@cache
def _real_tag_rx() -> re.Pattern[str]:
    return re.compile(r"<[A-Za-z/!]")


# schema.org's jobLocationType has one value: TELECOMMUTE, a job done from home.
_LOCATION_TYPES = {"telecommute": "Work arrangement: remote (work from home)."}


def _location_line(posting: dict[str, Any]) -> str:
    kinds = posting.get("jobLocationType")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return next(
        (
            _LOCATION_TYPES[k.strip().lower()]
            for k in kinds
            if isinstance(k, str) and k.strip().lower() in _LOCATION_TYPES
        ),
        "",
    )


def _embedded_text(tree: Any) -> str:
    """The text of documents a page carries inside itself: an <iframe srcdoc="…"> and the
    content of a <template> that a script clones into the page."""
    parts: list[str] = []
    for frame in tree.css("iframe[srcdoc]"):
        parts.append(str(frame.attributes.get("srcdoc") or ""))
    for template in tree.css("template"):
        inner = template.html or ""
        start, end = inner.find(">") + 1, inner.rfind("</template>")
        parts.append(inner[start:end] if 0 < start <= end else "")
    texts = [_text_of(_parse(p).root) for p in parts if p.strip()]
    return "\n\n".join(t for t in texts if t)


def main_text(html: str, name: str = "the page") -> Extracted:
    """The readable ad text of an HTML page, or a clear error when there is none."""
    tree = _parse(html)
    scripts = tree.css("script")
    script_chars = sum(len(s.text(deep=True, separator="", strip=False)) for s in scripts)
    for script in scripts:
        if script.attributes.get("type") != "application/ld+json":
            continue
        posting = _job_posting(_json_ld(script.text(deep=True, strip=False)))
        if posting and isinstance(posting.get("description"), str):
            body = _text_of(_parse(_description_html(posting["description"])).root)
            title = str(posting.get("title") or "").strip()
            head = (f"# {title}" if title else "", _salary_line(posting), _location_line(posting))
            parts = [p for p in (*head, body) if p]
            if len(body.split()) >= 20:
                return Extracted("\n\n".join(parts), "json-ld", script_chars)
    root = tree.css_first("main") or tree.css_first('[role="main"]') or tree.css_first("article")
    source = root.tag if root is not None else "body"
    text = _text_of(root if root is not None else tree.root)
    if root is not None and len(text.split()) < 40:
        text, source = _text_of(_parse(html).root), "body"
    if len(text.split()) < 40 and ("srcdoc" in html or "<template" in html.lower()):
        embedded = _embedded_text(_parse(html))
        if len(embedded.split()) > len(text.split()):
            text, source = embedded, "embedded"
    if len(text.split()) < _KEEP_WORDS:
        # Chrome is dropped only while enough words are left, counted element by element; links
        # written side by side without a space ("<a>Jobs</a><a>Login</a>") read as one word, so
        # the page can come out shorter than counted. A page read with its chrome then keeps
        # the text it has.
        whole = _text_of(_parse(html).root, chrome=True)
        if len(whole.split()) > len(text.split()):
            text, source = whole, "body"
    if len(text.split()) < 5:
        if script_chars > 200:
            raise InputError(
                f"{name}: the HTML is almost all scripts ({len(scripts)} script blocks, "
                f"{script_chars:,} characters) and holds no readable ad text; the page builds its "
                "text in the browser. Open it in a browser, copy the ad text into a .txt file and "
                "analyze that file."
            )
        raise InputError(f"{name}: the HTML holds no readable text to analyze.")
    return Extracted(text, source, script_chars)
