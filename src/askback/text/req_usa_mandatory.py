"""Mandatory qualification criteria of an intelligence-agency template (USAJOBS).

Some federal ads (the National Geospatial-Intelligence Agency's) give their must-haves in one
run with few line breaks: "MANDATORY QUALIFICATION CRITERIA: For this particular job, applicants
must meet all competencies … specified in this vacancy announcement: 1.Demonstrated … 2) … 3. …
EDUCATION REQUIREMENT: A. Education: … -OR- B. Combination of Education and Experience: …
PHYSICAL REQUIREMENT: colours; near acuity; far acuity DESIRABLE QUALIFICATION CRITERIA: In
addition to the mandatory qualifications, … 1. … 2. …". The numbers are often glued to the text
("1.Demonstrated") and several items share a line, so the list readers miss the list or read
the desirable items with it.

The USAJOBS hand labels (tests/data/text/usajobs/README.md, #939: 5 + 1 + 3) count each
numbered criterion, the education requirement once (its *-OR-* paths are alternatives, one
item), a licence or certificate part once, and each semicolon clause of the physical
requirement; the desirable criteria are no must-haves, nor is a description of the working
environment. `mandatory_items` reads the template that way; an ad whose only requirement is the
education (alternatives, one item) has no list.
"""

from __future__ import annotations

import re

_HEAD = re.compile(r"MANDATORY QUALIFICATION CRITERIA[ \t]*:")
# What ends the mandatory part: the desirable criteria, or the next heading of the ad.
_END = re.compile(r"DESIRABLE QUALIFICATION CRITERIA|^#+ ", re.MULTILINE)
# A part of the mandatory criteria under its capitalised label.
_PART = re.compile(
    r"(?P<label>EDUCATION REQUIREMENTS?|LICEN[SC]ES?(?:/|[ \t]+AND[ \t]+)CERTIFICATIONS?"
    r"|PHYSICAL REQUIREMENTS?|ENVIRONMENTAL REQUIREMENTS?)[ \t]*:"
)
# A criterion's number, glued to its text or not: "1.Demonstrated", "2) Experience", "(3) Ability".
_NUMBER = re.compile(r"(?:(?<=[\s:;.])|^)\(?(?P<n>\d{1,2})[.)](?![\d)])[ \t]*(?=[A-Z(\"'])")


def mandatory_items(text: str) -> list[tuple[int, int]] | None:
    """The must-haves of the mandatory-criteria template as (start, end) spans: the numbered
    criteria, the education and licence parts one item each, the physical requirement one item
    a semicolon clause; [] where fewer than two are read (the education alone is alternatives,
    no list); None where the ad is not in this template."""
    head = _HEAD.search(text)
    if head is None:
        return None
    stop = _END.search(text, head.end())
    end = len(text) if stop is None else stop.start()
    parts = list(_PART.finditer(text, head.end(), end))
    numbered_end = parts[0].start() if parts else end
    out = _numbered(text, head.end(), numbered_end)
    for i, part in enumerate(parts):
        a = part.end()
        b = parts[i + 1].start() if i + 1 < len(parts) else end
        if not text[a:b].strip(" \t\n.;"):
            continue
        label = part["label"]
        if label.startswith("ENVIRONMENTAL"):
            continue  # working conditions, described: no must-have
        if label.startswith("PHYSICAL"):
            out += _clauses(text, a, b)
        else:
            out.append((part.start(), b))
    return out if len(out) >= 2 else []


def _numbered(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The criteria numbered 1, 2, 3, … rising by one, each to the next number or `end`."""
    starts: list[int] = []
    for m in _NUMBER.finditer(text, start, end):
        if int(m["n"]) == len(starts) + 1:
            starts.append(m.start())
    bounds = [*starts, end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The semicolon clauses of text[start:end] that hold words."""
    out: list[tuple[int, int]] = []
    a = start
    for b in [*(m.start() for m in re.finditer(";", text[start:end])), end - start]:
        b += start
        if text[a:b].strip(" \t\n.;"):
            out.append((a, b))
        a = b + 1
    return out
