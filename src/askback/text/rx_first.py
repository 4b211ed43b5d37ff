"""A regex's possible first characters, put in front of it as a one-class look-ahead.

`re` tries a pattern at every place of a search. A pattern that starts with a look-behind or a
word boundary, or is compiled with IGNORECASE, gets no quick skip to the places where it can
start, so each place runs through its alternatives one by one (the pay periods: a hundred of
them, ~20 µs over a 45-character window). A look-ahead of the characters any match can start
with turns most places away with one class test. The set is read from the parsed pattern; with
the pattern's own flags the class matches exactly the case variants its letters do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

# Python's own regex parser, a private module (as Hypothesis's `from_regex` reads it too). It is
# used only to derive a speed gate: where it is missing or reads differently in another Python
# version, first_chars says None and every pattern runs as written, with the same matches.
try:
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not on the Pythons we support
    _c = _p = None

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


# Every character that [^\S\n] matches (str.isspace() less the newline), to merge into classes.
BLANKS = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

# Stands for the class \d (every Unicode decimal digit) among the first characters.
DIGIT = "\\d"


class _Open(Exception):
    """The pattern can start with a character this module does not list (\\w, ., [^...])."""


def _first(items: Any) -> tuple[set[str], bool]:
    """The characters a parsed (sub)pattern can start with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for o, a in av:
                if o is _c.LITERAL:
                    out.add(chr(a))
                elif o is _c.RANGE:
                    out.update(chr(c) for c in range(a[0], a[1] + 1))
                elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                    out.add(DIGIT)
                else:
                    raise _Open(o)
            return out, False
        if op is _c.BRANCH:
            empty = False
            for alt in av[1]:
                chars, e = _first(alt)
                out |= chars
                empty |= e
            if not empty:
                return out, False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Open("a group of its own flags")  # "(?i:...)": the class would miss them
            chars, e = _first(av[-1])
            out |= chars
            if not e:
                return out, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _, sub = av
            chars, e = _first(sub)
            out |= chars
            if lo > 0 and not e:
                return out, False
        elif op not in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            # Look-arounds and anchors consume nothing: the next item starts the match.
            raise _Open(op)
    return out, True


def first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of `rx` can start with (before case folding), DIGIT for any of
    \\d, or None when that is not a short list: a match may be empty, or start with a class
    such as \\w."""
    if _p is None:  # pragma: no cover
        return None
    try:
        chars, empty = _first(_p.parse(rx.pattern, rx.flags))
    except (_Open, AttributeError, TypeError, ValueError):
        # _Open: a first class this module does not list; the others: a parser that is not
        # the one this module was written for.
        return None
    return None if empty or len(chars) > 200 else frozenset(chars)


def lookahead(rx: re.Pattern[str]) -> str:
    """The look-ahead of `rx`'s first characters, "(?=[...])", to put in front of it under its
    own flags; "" when they are not a short list or a pattern-wide inline flag group must
    stay first."""
    chars = first_chars(rx)
    if chars is None or _GLOBAL_FLAGS.match(rx.pattern):
        return ""
    cls = "".join(c if c == DIGIT else re.escape(c) for c in sorted(chars))
    return f"(?=[{cls}])"


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead of its first characters: the same matches, found faster where
    most places cannot start one. `rx` itself when its first characters are not a short list."""
    ahead = lookahead(rx)
    if not ahead:
        return rx
    return re.compile(f"{ahead}(?:{rx.pattern})", rx.flags)


class Gate:
    """A pattern's builder made a cached builder of its gated copy (see gated); `full` builds
    the pattern as written, which the tests hold the gated one to."""

    def __init__(self, build: Callable[[], re.Pattern[str]]) -> None:
        self.full = cache(build)
        self.__doc__ = build.__doc__
        self._rx: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = gated(self.full())
        return self._rx


def gate(build: Callable[[], re.Pattern[str]]) -> Gate:
    """Decorate a pattern's builder (in place of @cache): it returns the gated pattern."""
    return Gate(build)


def line_start_gate(marks: str, tries: list[str]) -> str:
    """A look-ahead of the characters a line may start with, to put after the line break of
    a pattern searched for line by line: `marks` (the inside of a class) and the first
    characters of the patterns `tries`; "" (no gate) when first_chars cannot list those. Most
    lines (blank lines, bullets) are then passed with one class test, where the pattern tried
    each of its branches."""
    chars: set[str] = set()
    for trie in tries:
        first = first_chars(re.compile(trie))
        if first is None:
            return ""
        chars |= first
    listed = "".join(c if c == DIGIT else re.escape(c) for c in sorted(chars))
    return f"(?=[{marks}{listed}])"
