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
from bisect import bisect_left, bisect_right
from itertools import groupby

from askback.text.lexicon import alternation

# A line break, with at most one blank line under it: the gap between two lines of a paragraph.
_BREAK = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*")
# Lines that start something of their own: a Markdown heading, a bullet, a table row, an item
# numbered or lettered ("2. Degree", "b. Payroll experience", "(c) Licence", "iv) Excel": a
# lettered item starts in lower case, as a line cut at a width does, and is no such line).
_OWN_LINE = re.compile(r"#|[-*•·▪◦|]\s|\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{2,4})[.)]\s+[A-Z]")
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
    return _unwrap(text) if _may_join(text) and _may_hold(text) else None


# A line that starts something of its own (_OWN_LINE, read on the line alone): no stretch goes
# over the break before it. Only a blank inside the line counts after a bullet.
_OWN_LINE_START = re.compile(r"\n[ \t]*(?=#|[-*•·▪◦|](?![ \t]*\n)\s|\d{1,2}[.)][^\S\n]+[A-Z])")


def _cut_word_behind(words: frozenset[str]) -> str:
    """Look-behinds, one for each length of `words`, that hold where a line break follows one
    of them as a whole word (a blank or the text's start before it): fixed-width look-behinds,
    as `re` needs them."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(word)
    return "|".join(
        rf"(?<=(?<!\S){alternation(group)}\n)" for _, group in sorted(by_length.items())
    )


# Looser marks of the breaks that may be cuts (_cut), for _may_join: each break _cut counts
# has one of them inside it. A mark is a line break, and the scan tries each line break once:
# - a line after it that may start in lower case (after blanks): anything but ASCII and
#   Latin-1 capitals, digits and marks, and other Latin-1 signs, none of which is lower case;
# - a comma just before it, or a cut word (its last word as str.split reads one, after a
#   blank or the text's start), read by look-behinds of a fixed width, one for each length
#   of the cut words, behind a class of the characters a comma or a cut word ends with;
# - a line that ends in blanks (~0.5 a line an ad): its comma or last word are read in
#   Python (_blank_end_mark), flagged by the empty group.
# Until round sp7 the cut words were found by a scan of the text reversed (~110 thousand
# instructions an ad, the reversal a third of them); tests/unit/text/test_fast_paths_sp7.py
# holds this scan to those three reads.
_MARK = re.compile(
    r"\n(?:[ \t]*(?=[^\x00-\x60\x7b-\xa9\u00c0-\u00d6\u00d8-\u00de])"
    rf"|(?<=[,{''.join(sorted({w[-1] for w in _CUT_WORDS}))}]\n)(?:(?<=,\n)|"
    + _cut_word_behind(_CUT_WORDS)
    + r")|(?<=[^\S\n]\n)())"
)


def _blank_end_mark(text: str, at: int) -> bool:
    """Whether the line break at `at`, after a line that ends in blanks, is a mark: a comma,
    then blanks or tabs; or a cut word, then blanks but line breaks."""
    end = at
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if text[end - 1 : end] == ",":
        return True
    end = at
    while end > 0 and text[end - 1] != "\n" and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end] in _CUT_WORDS


def _marks(text: str) -> list[int]:
    """The offsets of the line breaks that are marks (_MARK), in order."""
    return [
        m.start()
        for m in _MARK.finditer(text)
        if m.start(1) < 0 or _blank_end_mark(text, m.start())
    ]


# Three line breaks with only blanks between: the gap between two lines that is too wide for
# a stretch to go over (_unwrap's `joinable`).
_WIDE_GAP = re.compile(r"\n[ \t]*\n[ \t]*\n")
# The last line break of each gap between two lines: one a break.
_LINE_START = re.compile(r"\n[ \t]*(?=[^ \t\n])")


def _may_join(text: str) -> bool:
    """Whether some stretch of lines between two walls (a line that starts something of its
    own, or a wide gap) holds _MIN_CUTS breaks that may be cuts: a stretch _unwrap joins needs
    that many cuts, each in a break of its own, and no wall inside it. A few scans in C and a
    look at each mark's line; most ads have no such stretch."""
    marks = _marks(text)
    if len(marks) < _MIN_CUTS:
        return False
    cuts = [at for at in marks if _may_cut_at(text, at)]
    if len(cuts) < _MIN_CUTS:
        return False
    walls = [m.start() for m in _OWN_LINE_START.finditer(text)]
    walls += [m.start() for m in _WIDE_GAP.finditer(text)]
    walls.sort()
    starts: list[int] | None = None
    # Between two walls there is one stretch at most, over all the breaks there but the first
    # when the first line is a heading ("#"), whose break no stretch goes over either.
    for wall, group in groupby(cuts, key=lambda at: bisect_left(walls, at)):
        found = len(list(group))
        if found < _MIN_CUTS:
            continue
        if starts is None:
            starts = [m.start() for m in _LINE_START.finditer(text)]
        lo = walls[wall - 1] if wall else -1
        hi = walls[wall] if wall < len(walls) else len(text)
        breaks = bisect_left(starts, hi) - bisect_right(starts, lo)
        if found >= _CUT_SHARE * (breaks - 1):
            return True
    return False


def _may_cut_at(text: str, at: int) -> bool:
    """Whether the line before the gap that holds the line break at `at` may be cut (_cut):
    no longer than a page's width, not ending a sentence or an item."""
    end = at
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    if text[end - 1 : end] in (".", "!", "?", ";", ":", ")"):
        return False
    return len(text[text.rfind("\n", 0, end) + 1 : end].lstrip(" \t")) <= _WIDTH


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


# A numbered item whose line was cut inside its sentence, one line only, its rest on the next
# line in lower case ("1. Where duties involve selling alcohol applicants must meet the age
# requirements for the" / "serving of alcohol at the time of appointment." / "2. Possess …"):
# too few cuts for a stretch (_MIN_CUTS), yet the break ends the list after item 1. The item's
# line ends on no stop; the next line is no lettered item ("a. ", "b) ") and no "o" bullet.
_ITEM_CUT = re.compile(
    r"^[ \t]*\(?\d{1,2}[.)][ \t]+\S[^\n]*?[^.!?;:)\s][ \t]*(\n(?:[ \t]*\n)?[ \t]*)"
    r"(?=[a-z])(?![a-z][.)][ \t]|o[ \t])",
    re.MULTILINE,
)


# A line that opens with an item's number: sre finds its leading line break fast, where
# _ITEM_CUT's "^" in MULTILINE mode would make it try every position of the ad.
_ITEM_LINE = re.compile(r"\n[ \t]*\(?\d{1,2}[.)][ \t]")


def _item_cuts(text: str) -> list[tuple[int, int]]:
    """The spans of _ITEM_CUT's group 1, as `_ITEM_CUT.finditer(text)` gives them, tried only at
    the starts of lines that open with a number: matches do not overlap, and each starts a line
    that does."""
    out: list[tuple[int, int]] = []
    done = 0
    starts = [0, *(line.start() + 1 for line in _ITEM_LINE.finditer(text))]
    for start in starts:
        if start < done:
            continue
        m = _ITEM_CUT.match(text, start)
        if m is not None:
            out.append(m.span(1))
            done = m.end()
    return out


def item_rest_view(text: str) -> str | None:
    """`text` with the break inside each numbered item cut in two lines (_ITEM_CUT) turned into
    blanks (same length), or None where there is none."""
    found = _item_cuts(text)
    if not found:
        return None
    chars = list(text)
    for a, b in found:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
