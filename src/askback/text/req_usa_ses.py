"""The Executive Core Qualifications of a Senior Executive Service ad (USAJOBS) as items.

Every SES announcement asks for the five Executive Core Qualifications that OPM sets for all
SES posts (Leading Change, Leading People, Results Driven, Business Acumen, Building
Coalitions; OPM, "Guide to Senior Executive Service Qualifications", as of 2017) and most add
professional or technical qualifications ("PTQ #1 - …", "TQ2: …"). The USAJOBS hand labels
count each ECQ and each PTQ as a must-have (tests/data/text/usajobs/README.md: "SES Executive
Core Qualifications and Professional/Technical Qualifications all count"). The ads write them
as labelled paragraphs run together ("ECQ 1 - Leading Change: This core qualification
involves …ECQ 2 - Leading People: …"), which the list readers often take for prose, and number
the technical qualifications under their heading ("MANDATORY TECHNICAL QUALIFICATIONS: … 1. …
2. … 3. …").
`executive_items` returns the ECQs and PTQs that no item read holds.
"""

from __future__ import annotations

import re
from itertools import pairwise

# The five ECQs by name, each where it opens a labelled part or an item: after a sentence's or
# an item's start, a number or "ECQ 1 -" ("ECQ #1 - Leading Change:", "1. Leading Change -").
_ECQ = re.compile(
    r"(?:(?:(?<=[.:;)\]\n])|(?<=[.:;)\]][ \t])|(?<=^))[ \t]*"
    r"(?:(?:ECQ[ \t]*#?[ \t]*\d|\(?\d[.)])[ \t]*[-–:]?[ \t]*)?"
    # "ECQ 2 -" glued to the last word of the part before ("… VisionECQ 2 - LEADING PEOPLE:"),
    # or the name itself, in capitals, glued so ("… QualificationsLeading Change - …").
    r"|(?<![A-Z])ECQ[ \t]*#?[ \t]*\d[ \t]*[-–:]?[ \t]*|(?<=[a-z])(?=[A-Z]))"
    r"(?P<name>(?i:Leading[ \t]+Change|Leading[ \t]+People|Results[ \t]+Driven"
    r"|Business[ \t]+Acumen|Building[ \t]+Coalitions))[ \t]*(?:\(ECQ[ \t]*\d\))?[ \t]*[-–:.]",
    re.MULTILINE,
)
# The heading of the technical qualifications: "MANDATORY TECHNICAL QUALIFICATIONS:",
# "Professional/Technical Qualifications (PTQs)", "TECHNICAL QUALIFICATIONS (TQs) – MANDATORY".
_TQ_HEAD = re.compile(r"(?i:technical[ \t]+qualifications?)")
# A numbered part under it: "1. Comprehensive knowledge …", "2) …", "(3) …", "(a) …".
_TQ_NUMBER = re.compile(
    r"(?:(?<=[.:;)\]\n])|(?<=[.:;)\]][ \t])|(?<=^))[ \t]*\(?(?P<n>[1-9a-h])[.)][ \t]*(?=[A-Z])",
    re.MULTILINE,
)
# Where the technical qualifications end: the ECQs' heading or another part's.
_TQ_END = re.compile(r"(?i:executive[ \t]+core[ \t]+qualifications?)|\n[ \t]*\n(?=[A-Z ]{6,}:)")
# How far the numbered parts reach after their heading, at most.
_TQ_REACH = 4000
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


def _numbered_tqs(text: str, q: int, ecqs: list[int]) -> list[int]:
    """Where the numbered technical qualifications start ("MANDATORY TECHNICAL QUALIFICATIONS:
    … 1. Comprehensive knowledge … 2. Broad knowledge … 3. Experience leading …"): the parts
    numbered 1, 2, 3 … (or a, b, c …) in order after the heading, up to the ECQs' heading, the
    first ECQ after it or the reach; none where fewer than two are numbered so."""
    for head in _TQ_HEAD.finditer(text, q):
        end = min(len(text), head.end() + _TQ_REACH)
        stop = _TQ_END.search(text, head.end(), end)
        if stop is not None:
            end = stop.start()
        end = min([end, *(at for at in ecqs if at > head.end())])
        found: list[int] = []
        want = 0
        kind: bool | None = None  # numbers (True) or letters (False), as the first part has
        for m in _TQ_NUMBER.finditer(text, head.end(), end):
            n = m["n"]
            if kind is not None and n.isdigit() != kind:
                continue  # "(a) …" under "1. …": a part of that qualification, not one more
            k = int(n) - 1 if n.isdigit() else ord(n) - ord("a")
            if k == want:
                kind = n.isdigit()
                found.append(m.start("n") - (1 if text[m.start("n") - 1] == "(" else 0))
                want += 1
        if len(found) >= 2:
            return found
    return []


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
    tq_starts = [] if ptqs else _numbered_tqs(text, q, [m.start("name") for m in firsts.values()])
    starts = sorted(
        [m.start("name") for m in firsts.values()] + [m.start() for m in ptqs.values()] + tq_starts
    )
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
    # competencies ("a. Creativity and Innovation: …" under Leading Change): part of it. The
    # steps of the model the narratives are written in ("Challenge: Describe a specific
    # problem …", "Context: …", "Action: …", "Result: …") say how to write, not what to have.
    # So is an item between the numbered technical qualifications ("(a) Justify requirements
    # …" under "1. A comprehensive knowledge of the budget process").
    tq_end = min([at for at in ecqs if tq_starts and at > tq_starts[0]] or [len(text)])
    return sorted(
        (a, b)
        for a, b in out
        if (
            not (ecqs[0] < a < ecqs[-1] or (tq_starts and tq_starts[0] < a < tq_end))
            or any(a <= at < b for at in starts)
        )
        and _CCAR.match(text, a, b) is None
    )


# A step of the Challenge-Context-Action-Result model at an item's start.
_CCAR = re.compile(
    r"[ \t\-•·]*(?:Challenge|Context|Action|Results?)[ \t]*[:–-][ \t]*"
    r"(?:Describe|Discuss|Give|Explain|Identify|Provide)\b"
)
