"""Items whose line breaks were lost: a list run together into one line.

Scraped pages sometimes drop the breaks between the lines of a list, so that each item runs
straight into the next with no blank between them: "... or a similar roleStrong hands-on
experience with dbtAdvanced SQL skills ..." or "... professional competency.Documented mastery
of ...". Under a requirements heading such a line is the list, one item a piece (the EU labels'
rule, as the USAJOBS labels do), not a paragraph.

A piece ends where a lower-case letter, a digit or a closing bracket meets a capital that
starts a word with no blank between them ("roleStrong"). Sentences glued at their stops ("… the
position.Applicants must …") are how pages run paragraphs together: a line with such a point
is left alone, as is one that holds more prose than items. Words written in
camel case ("JavaScript", "ClickHouse", "DevOps") meet the same way: their second halves are no
glue points, nor is any that leaves a piece too short to be an item.
"""

from __future__ import annotations

import re

# A lower-case letter, a digit or a closing bracket, then at once a capital and a lower-case
# letter: "roleStrong", "(e.g. Snowflake)Working".
# (The match is the capital after the point, whose start is the point.)
_GLUE = re.compile(r"(?<=[a-zß-ÿ0-9)\]])[A-ZÄÖÜ](?=[a-zß-ÿ'’])")
# The same with a sentence's stop between: "… the position.Applicants must …".
_STOP_GLUE = re.compile(r"[a-zß-ÿ0-9)\]][.!?][A-ZÄÖÜ][a-zß-ÿ'’]")
# The second halves of words written in camel case: tools and terms, not a new item.
_CAMEL_TAILS = frozenset(
    [
        "script", "house", "hub", "lab", "ops", "point", "sight", "spark", "shell", "in",
        "query", "flow", "base", "lake", "cloud", "store", "stack", "db", "sql", "map", "book",
        "kinsey", "donald", "net", "case", "mind", "force", "desk", "suite", "tube", "camp",
        "studio", "gres", "code", "office", "works", "ware", "chain", "pay", "link", "bot", "corps",
    ]
)  # fmt: skip
# Fewest glue points for a run of items: three items at least, two meeting points.
_MIN_GLUES = 2
# Fewest characters and words of a piece: an item, not a word cut off.
_MIN_PIECE = 20
_MIN_WORDS = 3


def items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the line text[start:end] when it is a list run together, else []."""
    cuts: list[int] = []
    last = start
    for m in _GLUE.finditer(text, start, end):
        at = m.start()
        word = re.match(r"[A-ZÄÖÜ][a-zß-ÿ]*", text[at : at + 30])
        if word is not None and word.group().lower() in _CAMEL_TAILS:
            continue
        piece = text[last:at]
        if len(piece.strip()) < _MIN_PIECE or len(piece.split()) < _MIN_WORDS:
            continue
        cuts.append(at)
        last = at
    if len(cuts) < _MIN_GLUES or _STOP_GLUE.search(text, start, end) is not None:
        return []
    tail = text[last:end]
    if len(tail.strip()) < _MIN_PIECE or len(tail.split()) < _MIN_WORDS:
        cuts.pop()
        if len(cuts) < _MIN_GLUES:
            return []
    bounds = [start, *cuts, end]
    found = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    # Items, not sentences of a paragraph glued together: most pieces are one sentence, of an
    # item's length.
    prose = sum(1 for a, b in found if _prose(text[a:b]))
    return found if prose * _PROSE_SHARE <= len(found) else []


# An inner sentence end: a full stop, ? or ! and a blank before a capital ("… ahead. This …").
_INNER_END = re.compile(r"[a-z)][.!?][ \t]+[A-Z]")
# A full stop that ends an abbreviation, not a sentence: "e.g. Snowflake", "i.e. dbt".
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:e\.[ \t]?g|i\.[ \t]?e|etc|incl|approx|esp|vs|z\.[ \t]?b|bzw)\.", re.I
)
# Longest item, in characters.
_MAX_PIECE = 300
# At most one piece in this many may read as prose (a second sentence that explains the item).
_PROSE_SHARE = 4


def _prose(piece: str) -> bool:
    """A piece that reads as prose: long, or more than one sentence."""
    return len(piece) > _MAX_PIECE or _INNER_END.search(_ABBREVIATION.sub("", piece)) is not None
