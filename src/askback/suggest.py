"""'Did you mean': the known names closest to one that matched nothing (pure, no I/O)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A candidate must score at least this (0-100, rapidfuzz WRatio) to be suggested.
SUGGEST_CUTOFF = 75
MAX_SUGGESTIONS = 3
NEAR_BEST = 5


def suggestions(name: str, choices: Iterable[str], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """The choices closest to `name`, best first, that are close enough to be a typo."""
    from rapidfuzz import fuzz, process, utils

    options = list(dict.fromkeys(c for c in choices if c))
    if not name.strip() or not options:
        return []
    found = process.extract(
        name,
        options,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=limit,
        score_cutoff=SUGGEST_CUTOFF,
    )
    if not found:
        return []
    # Only those about as close as the best: a clear winner is suggested alone.
    best = found[0][1]
    return [choice for choice, score, _index in found if score >= best - NEAR_BEST]


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    """'; did you mean 'X' or 'Y'?' for a near miss, else ''."""
    near = suggestions(name, choices)
    if not near:
        return ""
    quoted = [repr(n) for n in near]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
    return f"; did you mean {listed}?"


def near_expected(value: str, expected: str) -> str:
    """did_you_mean against pydantic's "'a', 'b' or 'c'" list of allowed values."""
    return did_you_mean(value, re.findall(r"'([^']*)'", expected))
