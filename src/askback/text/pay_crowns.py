"""Whose crowns a bare "kr" is: Swedish, Danish or Norwegian, read from the rest of the ad.

Language detection (text/lang.py) knows Swedish but not Danish or Norwegian, and Danish text
shares enough function words with Swedish to be taken for it, so the ad's own words decide:
an explicit code, the pay words, the places and country words, and a few everyday words that
only one of the three languages spells that way.
"""

from __future__ import annotations

import re
from functools import cache

from askback.text import lexicon
from askback.text.doc import Doc


@cache
def _words() -> dict[str, frozenset[str]]:
    """The word lists of lexicons/pay.yaml `crowns`: swedish, danish, norwegian, dano_norwegian
    (Danish and Norwegian alike, never Swedish: they say the crowns are not Swedish, not whose)."""
    data = lexicon.read("pay").get("crowns")
    names = ("swedish", "danish", "norwegian", "dano_norwegian")
    if not isinstance(data, dict) or any(not isinstance(data.get(k), list) for k in names):
        raise lexicon.LexiconError(f"pay.yaml: crowns must hold the lists {', '.join(names)}")
    return {k: frozenset(str(w).lower() for w in data[k]) for k in names}


@cache
def _code_rx() -> re.Pattern[str]:
    # Written in capitals only: "sek" in lower case is as often an abbreviation of seconds.
    return re.compile(r"(?<![A-Za-z])(DKK|NOK|SEK)(?![A-Za-z])")


def crowns(doc: Doc) -> tuple[str, bool]:
    """The currency of a bare "kr" in this ad, and whether it is a guess.

    One of DKK, NOK, SEK written in the ad decides. Otherwise the words count: the language
    with the most distinct words of its own wins, Danish and Norwegian words adding to both of
    them; with no winner the crowns are Swedish, as a guess.
    """
    text = doc.text
    # Three finds in C before the pattern, which `re` tries at every character: most ads that
    # get here write no code at all.
    has_code = "DKK" in text or "NOK" in text or "SEK" in text
    codes = set(_code_rx().findall(text)) if has_code else set()
    if len(codes) == 1:
        return codes.pop(), False
    vocab = doc.vocab
    words = _words()
    sv = len(words["swedish"] & vocab)
    da = len(words["danish"] & vocab)
    no = len(words["norwegian"] & vocab)
    both = len(words["dano_norwegian"] & vocab)
    if da != no and max(da, no) + both > sv:
        return ("DKK" if da > no else "NOK"), False
    if sv > max(da, no) + both:
        return "SEK", False
    return "SEK", True
