"""Heading shapes of the requirement lists (req38): two headings joined on one line ("Dein Profil
– das bringst du mit", "Profil: Das bringst du mit"), and a requirements heading made a plus by
a hedge word inside it ("Das bringst du idealerweise mit", "What you'd ideally bring")."""

from __future__ import annotations

import re

# Words that make a wish of what a heading asks: the items under it are a plus. German ones
# stand before the separable "mit" of "mitbringen"; English ones after the "you" that asks.
HEDGES_DE = ("idealerweise", "im idealfall", "optimalerweise", "bestenfalls", "im besten fall")
HEDGES_EN = ("ideally", "preferably")
# The modal a hedge follows in English: "you should ideally have", "you'll ideally bring".
_MODALS = frozenset(["will", "should", "would", "must", "can", "could"])
_YOU = frozenset(["you", "you'll", "you'd", "you've"])


def hedged(headings: list[str]) -> list[str]:
    """The requirement headings of `headings` with a hedge word put where a writer puts one:
    before the separable "mit" ("das bringst du idealerweise mit", "was du im Idealfall
    mitbringst") or after the "you" that asks, past its modal ("what you'd ideally bring",
    "you should ideally have")."""
    out: list[str] = []
    for heading in headings:
        words = heading.split()
        for i, word in enumerate(words):
            if (word == "mit" and i == len(words) - 1) or word.startswith("mitbring"):
                out.extend(" ".join([*words[:i], h, *words[i:]]) for h in HEDGES_DE)
            elif word in _YOU and i + 1 < len(words):
                at = i + 1 + (words[i + 1] in _MODALS and i + 2 < len(words))
                out.extend(" ".join([*words[:at], h, *words[at:]]) for h in HEDGES_EN)
    return out


# What joins two headings on one line: a dash or a colon with blanks around it, a bar.
JOINER = re.compile(r"[ \t]*[-–—|:][ \t]*")


def joined(first: str, second: str | None) -> str | None:
    """The kind of two list headings joined on one line: a plus where either says so ("Profil –
    wünschenswert"), a must-have list where either asks ("Your profile – you'll thrive if"),
    and None unless both are list headings."""
    lists = ("must", "nice", "fit")
    if first not in lists or second not in lists:
        return None
    if "nice" in (first, second):
        return "nice"
    return "must" if "must" in (first, second) else "fit"
