"""Requirement lists that are not bullet lines: Markdown tables, and HTML tags left in text.

Some ads write their requirements as a table (`| Skill | Level |`, `|---|---|`, `| Python |
required |`), and some plain texts keep the HTML they were cut from (`<b>Requirements</b><ul>
<li>SQL</li>`). This module finds the tables and turns the tags into the Markdown the line
reader (requirements.sections) knows; deciding which rows are requirements is left to that
reader, which knows the headings.

Every offset stays that of the original text: the tag view has the same length, character for
character, so the items it finds can be shown in the ad as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(slots=True)
class Row:
    start: int  # the line's start
    end: int  # the line's end (before its newline)
    cells: list[Span]  # each cell's text without the pipes and the spaces around it


@dataclass(slots=True)
class Table:
    start: int  # the first line's start
    end: int  # the last line's end
    header: Row | None  # the row above a |---| line, or a first row of column names
    body: list[Row]  # the other rows, less |---| lines


# A line of a table that only separates the header from the body: |---|:--:|, ---|---.
_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?")


# A pipe, and another on the line after it. From the last pipe of a line ("[^\n|]*", not
# "[^\n]*": from each pipe of a long line the latter read to its end, a quadratic search).
_PIPES_ON_TWO_LINES = re.compile(r"\|[^\n|]*\n[^\n|]*\|")


def is_separator(line: str) -> bool:
    return "|" in line and _SEPARATOR.fullmatch(line) is not None


def _row(text: str, start: int, end: int) -> Row:
    """The cells of the line text[start:end], split at pipes; outer pipes open and close it."""
    a, b = start, end
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t\r":
        b -= 1
    if a < b and text[a] == "|":
        a += 1
    if b > a and text[b - 1] == "|":
        b -= 1
    cells: list[Span] = []
    cell = a
    while True:
        bar = text.find("|", cell, b)
        stop = b if bar < 0 else bar
        c0, c1 = cell, stop
        while c0 < c1 and text[c0].isspace():
            c0 += 1
        while c1 > c0 and text[c1 - 1].isspace():
            c1 -= 1
        cells.append((c0, c1))
        if bar < 0:
            break
        cell = bar + 1
    return Row(start, end, cells)


def tables(text: str, is_header: Callable[[list[str]], bool]) -> list[Table]:
    """The tables of `text`: runs of two or more lines that start with a pipe, or a line with
    pipes over a |---| line and the lines with pipes after it (GitHub's table without outer
    pipes).

    The header is the row above the |---| line; without one, the first row when `is_header`
    says its cells are column names ("Skill", "Level").
    """
    if "|" not in text or _PIPES_ON_TWO_LINES.search(text) is None:
        # Both kinds of table have pipes on two lines in a row (a row and a row, or a row and
        # its |---| line): most pipes stand alone ("Berlin | Remote").
        return []
    return _read_tables(text, is_header)


def _read_tables(text: str, is_header: Callable[[list[str]], bool]) -> list[Table]:
    """tables() line by line, without the test that spares most texts."""
    lines: list[Span] = []
    start = 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        lines.append((start, end))
        start = end + 1
    out: list[Table] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        piped = line.lstrip().startswith("|")
        bare = (
            "|" in line
            and i + 1 < len(lines)
            and is_separator(text[lines[i + 1][0] : lines[i + 1][1]])
        )
        if not (piped or bare):
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            nxt = text[lines[j][0] : lines[j][1]]
            if not (nxt.lstrip().startswith("|") or (bare and "|" in nxt)):
                break
            j += 1
        if j - i >= 2:
            out.append(_table(text, lines[i:j], is_header))
        i = j
    return out


def _table(text: str, rows: list[Span], is_header: Callable[[list[str]], bool]) -> Table:
    header: Row | None = None
    body: list[Row] = []
    seps = [is_separator(text[a:b]) for a, b in rows]
    for k, (a, b) in enumerate(rows):
        if seps[k]:
            continue
        row = _row(text, a, b)
        if k == 0 and (
            (len(rows) > 1 and seps[1]) or is_header([text[c0:c1] for c0, c1 in row.cells])
        ):
            header = row
            continue
        body.append(row)
    return Table(rows[0][0], rows[-1][1], header, body)


# Tags left in plain text, by what they become: a bullet (li), a line break (block tags), a
# heading (h1-h6), a table cell (td, th), or nothing (inline tags).
_BLOCK_TAGS = frozenset(
    [
        "p",
        "br",
        "ul",
        "ol",
        "div",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "dl",
        "dt",
        "dd",
        "hr",
    ]
)
_INLINE_TAGS = frozenset(
    ["b", "strong", "i", "em", "u", "span", "font", "a", "small", "big", "sup", "sub", "mark"]
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,200})?/?>")
_ENTITIES = {"&amp;": "&", "&nbsp;": " ", "&bull;": "•", "&#8226;": "•", "&middot;": "·"}
_ENTITY = re.compile("|".join(re.escape(e) for e in _ENTITIES))


def _tag_view(m: re.Match[str]) -> str:
    closing, name = m[1], m[2].lower()
    n = len(m[0])
    if name == "li":
        # "<li>SQL</li>": a bullet line "-  SQL"; the closing tag is no break (the next <li> is).
        return " " * n if closing else ("\n- " + " " * n)[:n]
    if len(name) == 2 and name[0] == "h" and name[1] in "123456":
        return "\n" + " " * (n - 1) if closing else ("\n## " + " " * n)[:n]
    if name in ("td", "th"):
        # A cell: a pipe before its text (the row's closing tag ends the last cell).
        return " " * n if closing else "|" + " " * (n - 1)
    if name == "tr" and closing:
        return "|" + " " * (n - 1)
    if name in _BLOCK_TAGS:
        return "\n" + " " * (n - 1)
    if name in _INLINE_TAGS:
        return " " * n
    return m[0]


def tag_view(text: str) -> str | None:
    """`text` with the HTML tags it still holds turned into Markdown of the same length (None
    where it has none): "<li>" a bullet, "<h2>" a heading, "<p>", "<br>", "<ul>" a line
    break, "<td>" a table cell, "<b>" nothing; "&amp;" and "&nbsp;" the characters they stand
    for, padded."""
    if "<" not in text or _TAG.search(text) is None:
        return None
    view = _TAG.sub(_tag_view, text)
    if "&" in view:
        view = _ENTITY.sub(lambda m: _ENTITIES[m[0]].ljust(len(m[0])), view)
    return None if view == text else view
