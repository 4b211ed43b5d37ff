"""Prose cut into lines at a fixed width, read as the paragraph it was.

Some agencies paste their qualifications from a document that breaks lines at about 80
characters, and each of those lines reaches us as a paragraph of its own ("Basic" /
"Requirements: U.S." / "Citizenship. Non-citizens may only be appointed when it is not" /
"possible to recruit …"). Read line by line, the pieces look like items. The same text without
the breaks is the common shape, which the inline reader knows, so a stretch of lines cut this
way is joined again: each break becomes blanks of the same length, and every offset stays.
"""

from __future__ import annotations

import re

# A line break, with at most one blank line under it: the gap between two lines of a paragraph.
_BREAK = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*")
# Lines that start something of their own: a Markdown heading, a bullet, a table row.
_OWN_LINE = re.compile(r"#|[-*•·▪◦|]\s|\d{1,2}[.)]\s+[A-Z]")
# Words a line cut at a width ends on, which no item or sentence ends with.
_CUT_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "that",
        "which",
        "who",
        "than",
        "be",
        "is",
        "are",
        "must",
        "may",
        "has",
        "have",
        "not",
        "into",
        "under",
        "its",
        "their",
        "this",
        "these",
        "your",
    ]
)
# A sentence that ends inside a line and the next that starts there: "… VA Policy. English …".
_MID_LINE_END = re.compile(r"[a-z)][.!?][ \t]+[A-Z][a-z]")
# A full stop that ends an abbreviation, not a sentence: "e.g. Tableau", "i.e. Postgres",
# "etc. ", "approx. ", German "z. B. Power BI", "bzw. ", "u. a. ", "ca. ", "inkl. ".
ABBREVIATION = re.compile(
    r"(?<![\w.])(?:e\.[ \t]?g|i\.[ \t]?e|etc|incl|approx|esp|vs|no|nr|resp|min|max|z\.[ \t]?b"
    r"|u\.[ \t]?a|d\.[ \t]?h|bzw|ca|inkl|evtl|ggf|usw|bspw|sog|mind|zzgl|dr|prof)\.",
    re.IGNORECASE,
)
# At least this many lines cut mid-sentence, and this many sentence ends inside lines, before a
# stretch reads as prose cut at a width rather than a list of short lines.
_MIN_CUTS = 4
# and this share of the stretch's breaks cut mid-sentence.
_CUT_SHARE = 0.25
# The longest line a page's width gives.
_WIDTH = 140
_MIN_MID_ENDS = 2
# Breaks that may be cuts (see _cut), found by scans in C: before a line whose first letter may
# be lower case (every letter but the ASCII and Latin-1 capitals), after a comma.
# The line before must not end a sentence or an item (_cut): checked by look-behinds after the
# break's literal, for up to two trailing blanks (three or more pass, as a cut might).
_BEFORE_LOWER = re.compile(
    r"\n(?:(?<=[^.!?;:)\s]\n)|(?<=[^.!?;:)\s][ \t]\n)|(?<=[^.!?;:)\s][ \t][ \t]\n)"
    r"|(?<=[ \t][ \t][ \t]\n))"
    r"(?:[ \t]*\n)?[ \t]*[^\W\d_A-Z\u00c0-\u00d6\u00d8-\u00de]"
)
_AFTER_COMMA = re.compile(r",[ \t]*\n")


def _cut(before: str, after: str) -> bool:
    """A line of a page's width that stops inside a sentence: on a word or a comma no sentence
    or item ends with ("… recognized by the"), or without a stop before a line in lower case."""
    if len(before) > _WIDTH or before.endswith((".", "!", "?", ";", ":", ")")):
        return False
    words = before.rsplit(None, 1)
    return after[:1].islower() or before.endswith(",") or (bool(words) and words[-1] in _CUT_WORDS)


def _ends_inside(line: str) -> bool:
    """A line of a page's width with a sentence that ends inside it and the next that starts."""
    return len(line) <= _WIDTH and _MID_LINE_END.search(ABBREVIATION.sub("", line)) is not None


def unwrapped_view(text: str) -> str | None:
    """`text` with the breaks of each stretch of width-cut lines turned into blanks (same
    length), or None when it has no such stretch."""
    return _unwrap(text) if _may_hold(text) else None


def _may_hold(text: str) -> bool:
    """Whether the text has enough breaks that may be cuts for a stretch to join: every cut
    _cut counts comes before a line that starts in lower case, after a comma, or after a cut
    word, so a text with fewer than _MIN_CUTS such breaks has none to join. Two scans in C and,
    only when they find too few, a look at each line's last word; most ads stop there."""
    found = len(_BEFORE_LOWER.findall(text)) + len(_AFTER_COMMA.findall(text))
    if found >= _MIN_CUTS:
        return True
    for line in text.split("\n"):
        last = line.rsplit(None, 1)[-1:]
        if last and last[0] in _CUT_WORDS:
            found += 1
            if found >= _MIN_CUTS:
                return True
    return False


def _unwrap(text: str) -> str | None:
    """unwrapped_view without the pre-check."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        if m.start() > pos:
            lines.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        lines.append((pos, len(text)))
    out: list[str] | None = None
    run: list[int] = []  # indexes of the breaks (after line i) in the current stretch
    cuts = 0
    for i in range(len(lines) + 1):
        joinable = False
        if i + 1 < len(lines):
            a, b = lines[i]
            c, d = lines[i + 1]
            gap = text[b:c]
            after = text[c:d]
            joinable = gap.count("\n") <= 2 and not _OWN_LINE.match(after)
            joinable = joinable and not text[a:b].startswith("#")
        if joinable:
            run.append(i)
            cuts += _cut(text[a:b], after)
            continue
        if run and cuts >= max(_MIN_CUTS, _CUT_SHARE * len(run)):
            first, last = lines[run[0]][0], lines[run[-1] + 1][1]
            mids = sum(
                _ends_inside(text[lines[j][0] : lines[j][1]]) for j in range(run[0], run[-1] + 2)
            )
            if mids >= _MIN_MID_ENDS and first < last:
                if out is None:
                    out = list(text)
                for j in run:
                    for k in range(lines[j][1], lines[j + 1][0]):
                        out[k] = " "
        run = []
        cuts = 0
    return None if out is None else "".join(out)
