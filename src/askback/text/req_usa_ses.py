"""The Executive Core Qualifications of a Senior Executive Service ad (USAJOBS) as items.

Every SES announcement asks for the five Executive Core Qualifications that OPM sets for all
SES posts (Leading Change, Leading People, Results Driven, Business Acumen, Building
Coalitions; OPM, "Guide to Senior Executive Service Qualifications", as of 2017) and most add
professional or technical qualifications ("PTQ #1 - …", "TQ2: …"). The USAJOBS hand labels
count each ECQ and each PTQ as a must-have (tests/data/text/usajobs/README.md: "SES Executive
Core Qualifications and Professional/Technical Qualifications all count"). The ads write them
as labelled paragraphs run together ("ECQ 1 - Leading Change: This core qualification
involves …ECQ 2 - Leading People: …"), which the list readers often take for prose.
`executive_items` returns the ECQs and PTQs that no item read holds.
"""

from __future__ import annotations

import re
from itertools import pairwise

# The five ECQs by name, each where it opens a labelled part or an item: after a sentence's or
# an item's start, a number or "ECQ 1 -" ("ECQ #1 - Leading Change:", "1. Leading Change -").
_ECQ = re.compile(
    r"(?:(?<=[.:;)\]\n])|(?<=[.:;)\]][ \t])|(?<=^))[ \t]*"
    r"(?:(?:ECQ[ \t]*#?[ \t]*\d|\(?\d[.)])[ \t]*[-–:]?[ \t]*)?"
    r"(?P<name>Leading[ \t]+Change|Leading[ \t]+People|Results[ \t]+Driven|Business[ \t]+Acumen"
    r"|Building[ \t]+Coalitions)[ \t]*(?:\(ECQ[ \t]*\d\))?[ \t]*[-–:.]",
    re.MULTILINE,
)
# A professional or technical qualification's label: "PTQ #1 -", "TQ2:", "MTQ 3."
_PTQ = re.compile(r"\b(?:M?P?TQ)[ \t]*#?[ \t]*(?P<n>\d)(?!\d)[ \t]*[-–:.)]")
# The ECQs are asked only where the ad names them so.
_NAMED = "Executive Core Qualification"
# How far one part reaches at most, when the next part or a line break does not end it first.
_REACH = 800
# A list of ECQs names this many of the five at least.
_MIN_ECQS = 4
# An item's head before its first part, at most: "ECQ #1 - ", "1) ".
_HEAD = 12
# A heading over the parts is shorter than this.
_HEADING = 80
# A part's number right before its name: "ECQ 2 - ", "ECQ #2: ", "2) ", "(2) ".
_NUMBER = re.compile(r"(?:\bECQ[ \t]*#?[ \t]*\d[ \t]*[-–:]?|\(?\d[.)])[ \t]*$")


def _heading(piece: str) -> bool:
    """The item's head before its first part is only the parts' heading ("Executive Core
    Qualifications:", "Technical Qualifications (TQs):"), no requirement of its own."""
    piece = piece.strip()
    return len(piece) < _HEADING and piece.endswith((":", "-", "–")) and ". " not in piece


def _number_start(text: str, lo: int, at: int) -> int:
    """Where the part whose name starts at `at` starts: at its number, if one stands before."""
    m = _NUMBER.search(text, lo, at)
    return at if m is None else m.start()


def executive_items(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with the ECQs and PTQs of the ad's Qualifications part (see the module
    docstring) as items of their own: an item that holds two parts or more is cut at each, and
    a part that no item holds is added. The items as they are where fewer than four of the five
    ECQs open a part of their own."""
    q = text.find("Qualifications")
    if q < 0 or (text.find(_NAMED, q) < 0 and text.find(_NAMED.upper(), q) < 0):
        return items
    firsts: dict[str, re.Match[str]] = {}
    for m in _ECQ.finditer(text, q):
        firsts.setdefault(" ".join(m["name"].split()), m)
    if len(firsts) < _MIN_ECQS:
        return items
    ptqs: dict[str, re.Match[str]] = {}
    for m in _PTQ.finditer(text, q):
        ptqs.setdefault(m["n"], m)
    starts = sorted([m.start("name") for m in firsts.values()] + [m.start() for m in ptqs.values()])
    out: list[tuple[int, int]] = []
    held: set[int] = set()
    for a, b in items:
        inside = [at for at in starts if a <= at < b]
        held.update(inside)
        if not inside:
            out.append((a, b))
            continue
        # "Executive Core Qualifications:ECQ 1 - Leading Change: … ECQ 2 - …": one item per
        # part, the item's head before its first part ("ECQ 1 - ") part of that one.
        cuts = inside[1:] if inside[0] - a <= _HEAD else inside
        # A part's number ("ECQ 2 - ", "2) ") belongs to it: the cut goes before the number.
        cuts = [_number_start(text, max(a, c - _HEAD), c) for c in cuts]
        bounds = [a, *cuts, b]
        out.extend(
            (x, y)
            for x, y in pairwise(bounds)
            if text[x:y].strip() and not (x == a and _heading(text[x:y]))
        )
    ecqs = sorted(m.start("name") for m in firsts.values())
    for k, at in enumerate(starts):
        if at in held:
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if k + 1 < len(starts):
            end = min(end, starts[k + 1])
        end = min(end, at + _REACH)
        if at not in ecqs and any(at <= a < end for a, _ in items):
            continue  # an item starts in the PTQ's part: the part is that item
        out.append((at, end))
    # Between the first ECQ and the last, an item that opens no part is one of an ECQ's own
    # competencies ("a. Creativity and Innovation: …" under Leading Change): part of it.
    return sorted(
        (a, b) for a, b in out if not ecqs[0] < a < ecqs[-1] or any(a <= at < b for at in starts)
    )
