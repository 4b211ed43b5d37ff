"""Shapes of US federal qualification texts (USAJOBS) that the general list readers miss.

Grade-by-grade blocks. A federal ad open at several grades often writes the requirements of
each grade under its own label: "GS-04: General Experience: … AND Specialized Experience: …
GS-05: At least one year …", "For GS-7: … the following: A; B; C. For GS-9: …", "GS-12 and
above (or equivalent): …", "For GS-13 -- 3 years of …", "For the GS-07, specialized experience
includes: …". Only one of those blocks applies to a candidate, so an item that
stands inside one of them is no must-have of the ad (the USAJOBS labels' grade-by-grade rule);
the requirements every grade shares stand outside the blocks and are kept. An ad that names
one grade only keeps its block: there the grade's list is the position's own.

Three more shapes, read on the must-have items the list readers found (see each function):
two alternative paths split by a paragraph that is only "OR" (first_path), a numbered item
whose line break was lost (split_glued_numbers), and a block of requirements pasted twice
(without_repeats, which holds for any ad, though federal templates are where it was seen).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

# A grade label that opens a block: "GS-04:", "For GS-7:", "SPECIALIZED EXPERIENCE GS13:",
# "GS-09 (or equivalent):", "GS-12 and above (or equivalent):", "GS-11 level:". The pay plan in
# capitals, the colon right after the grade (not "Grade Determinations for GS-13 Clinical
# Pharmacy Specialist:" or "equivalent to the GS-09 level in the Federal service").
# The look-behind (no letter, digit or hyphen before the plan) stands after the plan's two letters
# and looks three back: the same matches as before them, and the pattern then starts with its
# literals, which `re` finds with a fast scan (~15 µs an ad instead of ~65).
_GRADE_LABEL = re.compile(
    r"(?:GS|GP|GL|WG|WS|WL|NA|NL|NS|NF)(?<![\w-]..)[ \t]?-?[ \t]?(?P<grade>\d{1,2})(?!\d)"
    r"(?:[ \t]+(?:and|or)[ \t]+(?:above|higher))?(?:[ \t]*\((?i:or[ \t]+equivalent)\))?"
    r"(?:[ \t]+(?i:level))?"
    # The label's end: a colon, or a dash or ", specialized experience" after it ("For GS-13 --
    # 3 years of graduate training …", "For the GS-07, specialized experience includes: …").
    r"(?:[ \t]*:|[ \t]+(?:--|–)[ \t]|,[ \t]+(?i:specialized[ \t]+experience)\b)"
)


# The grades of a VA Title 38 qualification standard (physician assistants, podiatrists,
# physicians), each opening the requirements of its grade: "Associate Grade. None beyond the
# basic requirements. Full Grade. Two years of …", "Full Grade. In addition to meeting the basic
# requirements …, you must meet all the following requirements: … 1. … 4. … Intermediate Grade.
# …". A capital "Grade" and its stop or colon right after (not "for Full Grade through VA
# employment", "the requirements for Senior grade").
_VA_GRADE_LABEL = re.compile(
    r"\b(?P<grade>Associate|Entry|Full|Intermediate|Senior|Chief|Executive)[ \t]+Grade[ \t]*[.:]"
)


# Where a VA grade's block ends before its paragraph does, in a text whose line breaks were
# lost: the next part of the standard ("5. Graduate Training: …", "Physical Standards: …",
# "Preferred Experience: …"), which every grade shares.
_VA_PART = re.compile(
    r"(?:\d\.[ \t]*)?(?:Graduate[ \t]+Training|Physical[ \t]+(?:Standards|Requirements)"
    r"|Preferred[ \t]+Experience|English[ \t]+Language[ \t]+Proficiency|Licensure)[ \t]*:"
)


def _labels(text: str) -> list[tuple[int, int, str]]:
    """The grade labels of the text (_GRADE_LABEL, _VA_GRADE_LABEL) in order: start, end and
    the grade they name; the VA names are looked for only where "Grade" stands in the text."""
    labels = [(m.start(), m.end(), m["grade"].lstrip("0")) for m in _GRADE_LABEL.finditer(text)]
    if va := _va_labels(text):
        labels = sorted([*labels, *va])
    return labels


def _va_labels(text: str) -> list[tuple[int, int, str]]:
    """The VA grade labels of the text (_VA_GRADE_LABEL), where they name two grades or more;
    empty otherwise (and without a search where "Grade" is not in the text)."""
    if "Grade" not in text:
        return []
    va = [(m.start(), m.end(), m["grade"]) for m in _VA_GRADE_LABEL.finditer(text)]
    return va if len({g for _, _, g in va}) >= 2 else []


def grade_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of the grade-by-grade blocks of an ad that names two grades or more in
    labels: each from its label to the next label or the end of its paragraph, whichever
    comes first. Empty when the labels name fewer than two grades."""
    labels = _labels(text)
    if len({grade for _, _, grade in labels}) < 2:
        return []
    blocks = []
    for i, (start, stop, grade) in enumerate(labels):
        end = text.find("\n", stop)
        if end < 0:
            end = len(text)
        if i + 1 < len(labels):
            end = min(end, labels[i + 1][0])
        if not grade.isdigit() and (part := _VA_PART.search(text, stop, end)) is not None:
            end = part.start()
        blocks.append((start, end))
    return blocks


def outside_grade_blocks(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items that do not start inside a grade-by-grade block (see grade_blocks)."""
    if not items:
        return items  # no list read: the text need not be scanned for grade labels
    if not _label_by_an_item(text, items) and not _va_labels(text):
        # A block lies on its label's line, from the label on: an item inside one has a label
        # on its own line, at or before its start. Most items have none, and the lines of the
        # items are read instead of the whole text (~13 µs an ad). VA grade blocks run across
        # lines, so their labels are looked for in the whole text.
        return items
    return items_outside(text, items)


def items_outside(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """outside_grade_blocks without its gate: the whole text read for grade labels."""
    blocks = grade_blocks(text)
    if not blocks:
        return items
    starts = [a for a, _ in blocks]

    def inside(pos: int) -> bool:
        # Blocks do not overlap and come in order: the last one that starts at or before pos.
        i = bisect_right(starts, pos) - 1
        return i >= 0 and pos < blocks[i][1]

    return [it for it in items if not inside(it[0])]


def _label_by_an_item(text: str, items: list[tuple[int, int]]) -> bool:
    """A grade label (_GRADE_LABEL, as grade_blocks reads them) starts on the line of an item's
    start, at or before it. (A label holds no line break and no label starts inside another, so
    the labels of one line are those the whole text's reading finds there.) Each line is read
    once, however many items it holds."""
    first: dict[int, int] = {}  # a line's start: where its first label starts, or -1
    for pos, _ in items:
        start = text.rfind("\n", 0, pos) + 1
        if start == pos:
            # An item that starts its line (most do): the label can only start there.
            if _GRADE_LABEL.match(text, pos) is not None:
                return True
            continue
        at = first.get(start)
        if at is None:
            end = text.find("\n", pos)
            m = _GRADE_LABEL.search(text, start, len(text) if end < 0 else end)
            at = first[start] = -1 if m is None else m.start()
        if 0 <= at <= pos:
            return True
    return False


# Two paths to the same post, each with its own list, between them a paragraph that is only
# "OR" ("1. A degree … 2. the following is required: - … - …\n\nOR\n\n1. 24 semester hours …
# 2. … - … - …"): the paths are alternatives, and the labels count the first (as the
# grade-by-grade rule counts the entry list). The second path reaches to a paragraph that is only
# "AND" (what every path needs) or to the end.
_OR_LINE = re.compile(r"\n[ \t]*-{0,2}[ \t]*OR[ \t]*-{0,2}[ \t]*,?[ \t]*(?=\n)")
_AND_LINE = re.compile(r"\n[ \t]*-{0,2}[ \t]*AND[ \t]*-{0,2}[ \t]*,?[ \t]*(?=\n)")
# The first path is a list of its own: this many items or more on each side.
_PATH_ITEMS = 2


def first_path(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items without those of a second path of requirements (see _OR_LINE): after a
    paragraph that is only "OR", when that many items stand both before it and after it."""
    if len(items) < 2 * _PATH_ITEMS:
        return items
    items = sorted(items)
    if text.find("OR", items[0][1]) < 0:
        return items  # _OR_LINE holds "OR": most ads have none past their first item
    starts = [a for a, _ in items]
    ends = sorted(b for _, b in items)
    for m in _OR_LINE.finditer(text, items[0][1]):
        if m.start() >= items[-1][0]:
            break
        end_m = _AND_LINE.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        before = bisect_right(ends, m.start())
        lo, hi = bisect_left(starts, m.end()), bisect_left(starts, end)
        if before >= _PATH_ITEMS and hi - lo >= _PATH_ITEMS:
            return items[:lo] + items[hi:]
    return items


# A numbered item at the start of an item: "3. ", "3) ", "(3) ".
_ITEM_NUMBER = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]")


def split_glued_numbers(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Numbered items whose line break was lost: item "2. Customer Service - … and services.
    3. Oral Communication - …" holds item 3 after a sentence's stop; it is split there, and
    again for 4 and so on. Only the next number after a full stop splits, so that "2. Degree.
    1995 or later." or "(3) see 4. below" stay whole."""
    out = []
    for a, b in items:
        m = _ITEM_NUMBER.match(text, a, b)
        if m is None:
            out.append((a, b))
            continue
        number = int(m[1])
        start = a
        while True:
            number += 1
            glued = re.compile(rf"(?<=[a-z)\]][.!?])[ \t]+\(?{number}[.)][ \t]+(?=[A-Z])")
            nxt = glued.search(text, start, b)
            if nxt is None:
                break
            out.append((start, nxt.start()))
            start = nxt.start()
        out.append((start, b))
    return out


# A list marker at the start of an item: "- ", "1. ", "(b) ".
_MARKER = re.compile(r"\W*(?:\(?(?:\d{1,2}|[a-hA-H])[.)])?")


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    text = text[_MARKER.match(text).end() :]  # type: ignore[union-attr]
    return " ".join(_WORD.findall(text.lower()))


# Every item's list marker, behind the NUL that starts the item (as _MARKER after _words' cut).
_KEY_MARKER = re.compile(r"\x00[^\w\x00]*(?:\(?(?:\d{1,2}|[a-h])[.)])?")
# What stands between two words of an item: blanks, marks, underscores (not the NUL).
_KEY_GAP = re.compile(r"(?:[^\w\x00]|_)+")


def _keys(text: str, items: list[tuple[int, int]]) -> list[str]:
    """[_words(text[a:b]) for a, b in items], in three regex passes over all items at once
    instead of one an item: each item's words are what stands between its gaps."""
    joined = _KEY_MARKER.sub("\x00", "".join("\x00" + text[a:b] for a, b in items).lower())
    return [part.strip(" ") for part in _KEY_GAP.sub(" ", joined).split("\x00")[1:]]


def without_repeats(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items without a block that repeats earlier items word for word: an ad that pastes
    the same block twice ("Basic Requirement for Nurse: Degree: … Licensure: …" once per title)
    asks each requirement once (the labels count a repeated requirement once). An item is such
    a repeat when it and its neighbour before or after stood side by side, in that order,
    earlier in the list, both of four words or more: one line that comes back ("Two years on a
    ward") is left alone, as are short items ("Degree.", "- SQL"), which repeat by chance."""
    if len(items) < 4:
        return items  # a repeat needs a pair of items and the same pair again
    if not _may_repeat(text, items):
        return items
    return _without_repeated_keys(items, _keys(text, items))


def _may_repeat(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether two items have the same words of four or more (_keys), as a repeat has the
    words of an earlier item. Words alike hold as many of each letter from i to z, which no
    list marker holds: only items alike in how many "t", "n" and "s" they hold (a few counts
    in C an item) need their words read, by a regex over every character."""
    if "\x00" in text:
        return True  # an item's words would be cut at it (_keys): read them all
    # (A list marker holds none of these letters: they count the same with it or without.)
    parts = "\x00".join([text[a:b] for a, b in items]).lower().split("\x00")
    counts = [(p.count("t"), p.count("n"), p.count("s")) for p in parts]
    if len(set(counts)) == len(counts):
        return False
    seen = Counter(counts)
    twins = _keys(text, [it for it, c in zip(items, counts, strict=True) if seen[c] > 1])
    long = [k for k in twins if k.count(" ") >= 3]
    return len(set(long)) < len(long)


def _without_repeated_keys(items: list[tuple[int, int]], keys: list[str]) -> list[tuple[int, int]]:
    """without_repeats on the items' words, without the test that spares most of it."""
    first: dict[tuple[str, str], int] = {}
    for j in range(len(keys) - 1):
        if keys[j] != keys[j + 1]:
            first.setdefault((keys[j], keys[j + 1]), j)
    n = len(keys)

    def long(i: int) -> bool:
        return keys[i].count(" ") >= 3

    def repeat(i: int) -> bool:
        if not long(i):
            return False
        before = i > 0 and long(i - 1) and first.get((keys[i - 1], keys[i]), n) < i - 1
        after = i + 1 < n and long(i + 1) and first.get((keys[i], keys[i + 1]), n) + 1 < i
        return before or after

    return [it for i, it in enumerate(items) if not repeat(i)]
