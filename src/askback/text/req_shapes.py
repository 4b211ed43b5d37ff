"""List shapes of ordinary private-sector ads (reqshapes18): a bare sub-heading line inside a
requirement list ("Technical", "Soft skills" over bullets), and an item whose indented sub-bullets
are its examples ("- Strong SQL, for example:" over "  - window functions")."""

from __future__ import annotations

import re

# Words of a bare line that names a part of the requirement list (a kind of skill or background).
_PART = re.compile(
    r"(?:technical|soft|hard|core|personal|professional|key|other|general|domain|business)?"
    r"[ \t]*(?:skills?|skill[ \t]?set|expertise|knowledge|experience|competenc(?:e|ies|y)"
    r"|education|qualifications?|languages?|tools|tooling|tech|technical|mindset|attitude"
    r"|certifications?|background|personality|fachlich|persönlich|sprachen|kenntnisse"
    r"|erfahrung|ausbildung|soft[ \t]skills|methodisch)",
    re.IGNORECASE,
)
_PART_WORDS_MAX = 3
_PART_LEN_MAX = 40


def plain_part_label(bare: str) -> bool:
    """A short bare line of part words only ("Technical", "Soft skills", "Education", "Core
    Experience"): a sub-heading of the requirement list when bullets follow it, no item."""
    body = bare.strip(" \t*_#").rstrip(" \t:")
    if not body or len(body) > _PART_LEN_MAX or not body[0].isupper():
        return False
    if len(body.split()) > _PART_WORDS_MAX:
        return False
    return _PART.fullmatch(body) is not None


# An item that introduces its own examples ("Strong SQL, for example:", "BI tools such as:") or
# the alternatives it asks one of ("Experience with at least one BI tool:").
_EXAMPLES_END = re.compile(
    r"(?<![a-zäöü])(?:for example|for instance|e\.g\.?|such as|including|like|in particular"
    r"|especially|z\.[ \t]?b\.?|zum beispiel|beispielsweise|insbesondere|etwa)[ \t]*:[ \t*_]*$"
    # "at least one BI tool:" (not "at least one of the following:", which the choice reader of
    # requirements.py reads).
    r"|(?<![a-zäöü])(?:at least one|mindestens eine?[mnrs]?)[ \t]+(?!of(?![a-z])|der(?![a-zä]))"
    r"[^:\n]{1,60}:[ \t*_]*$"
)


_INDENTS = " \t\u00a0"


def _any_indented(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether an item after the first stands on an indented line: only such an item can sit
    under another (fold_examples). A look back to each item's line start, not a scan of the
    whole text for an indented line."""
    prev = start = 0  # the item before: where it starts, where its line starts
    for i, (a, _) in enumerate(items):
        # From the item before when it stands earlier: items on one long line are not each
        # looked back over the whole line.
        nl = text.rfind("\n", prev, a) if a >= prev else text.rfind("\n", 0, a)
        start = start if nl < 0 and a >= prev else nl + 1
        prev = a
        if i and text[start : start + 1] in _INDENTS:  # (an empty slice at the end reads as in)
            return True
    return False


# A label that offers its sub-bullets as alternatives ("Experience with one of:", "eine der
# folgenden Sprachen:", "een of meer van de volgende:"): the choice reader counts those.
_ALTERNATIVES = re.compile(
    r"(?<![a-zäöü])(?:one|any|either|or|some|two|three|following|below|these|eine[mnrs]?|einer"
    r"|oder|folgende[mnrs]?|beide[mnrs]?|een|één|volgende|suivante?s?|une?|ou)(?![a-zäöü])"
)


def _indent(text: str, start: int) -> int:
    line = text.rfind("\n", 0, start) + 1
    i = line
    while i < len(text) and text[i] in _INDENTS:
        i += 1
    return i - line


def fold_examples(
    text: str, lower: str, items: list[tuple[int, int]], soft: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """The items, without the deeper-indented sub-bullets under an item that ends by introducing
    examples ("- Strong SQL, for example:" / "  - window functions" / "  - CTEs"): they belong to
    that item and are no requirements of their own. Sub-bullets under a bare label
    ("- Tools:" / "  - Python") stay items, and the label is none (rt37); so under an item
    without a colon ("- Strong programming skills" / "  - Python" / "  - Go") that heads two or
    more (req38), unless a sub-bullet has words of a plus (`soft`: "  - Django is a plus")."""
    if not _any_indented(text, items):
        return items  # nothing sits under another item (most lists)
    return _fold(text, lower, items, soft)


# How much deeper than the item above a sub-bullet stands, in columns (a tab is four): one
# blank more is a slip of the hand (req38).
_SUB_DEPTH = 2
_SUBS_MIN = 2


def _width(text: str, start: int) -> int:
    """The columns of blanks that open the line of `start`, a tab four."""
    line = text.rfind("\n", 0, start) + 1
    i = line
    cols = 0
    while i < len(text) and text[i] in _INDENTS:
        cols += 4 if text[i] == "\t" else 1
        i += 1
    return cols


def _heads_subs(
    text: str, lower: str, items: list[tuple[int, int]], i: int, soft: re.Pattern[str] | None
) -> bool:
    """Items[i] stands over two or more sub-bullets, each at least _SUB_DEPTH columns deeper,
    none of which is a plus: a label of the items under it, asking nothing of its own."""
    top = _width(text, items[i][0])
    subs = 0
    for a, b in items[i + 1 :]:
        if _width(text, a) < top + _SUB_DEPTH:
            break
        if soft is not None and soft.search(lower, a, b) is not None:
            return False
        subs += 1
    return subs >= _SUBS_MIN


def _fold(
    text: str, lower: str, items: list[tuple[int, int]], soft: re.Pattern[str] | None = None
) -> list[tuple[int, int]]:
    """fold_examples without the look that spares most lists."""
    out: list[tuple[int, int]] = []
    parent = -1  # indentation of the open item that introduced examples
    for i, (a, b) in enumerate(items):
        ind = _indent(text, a)
        if out and parent >= 0 and ind > parent:
            # Left out, not joined to the item: the item keeps its own line (a long joined item
            # would read as prose).
            continue
        parent = -1
        first = lower[a:b].split("\n", 1)[0].rstrip()
        if _EXAMPLES_END.search(first) is not None:
            parent = ind
        elif (
            first.rstrip(" \t*_").endswith(":")
            and _ALTERNATIVES.search(first) is None
            and i + 1 < len(items)
            and _indent(text, items[i + 1][0]) > ind
        ):
            # "- Cloud:" over "  - AWS or GCP": a label whose sub-bullets are the items; the
            # label itself asks nothing more (rt37: it was counted beside them).
            continue
        elif (
            i + 1 < len(items)
            and _indent(text, items[i + 1][0]) > ind
            and _ALTERNATIVES.search(first) is None
            and _heads_subs(text, lower, items, i, soft)
        ):
            # "- Strong programming skills" over "  - Python" / "  - Go": the same label
            # without its colon (req38).
            continue
        out.append((a, b))
    # A list that is nothing but one such item and its sub-bullets ("- Experience with one or
    # more of:" over the tools) is left to the alternatives reader, which counts it once.
    return out if len(out) >= 2 else items
