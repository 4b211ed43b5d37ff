"""Whose crowns a bare "kr" is: Swedish, Danish or Norwegian, read from the rest of the ad.

Language detection (text/lang.py) knows Swedish but not Danish or Norwegian, and Danish text
shares enough function words with Swedish to be taken for it, so the ad's own words decide:
an explicit code, the pay words, the places and country words, and a few everyday words that
only one of the three languages spells that way.
"""

from __future__ import annotations

import re
from functools import cache

from askback.text.doc import Doc

# Words only one of the three languages writes this way (lower case, whole tokens).
_SWEDISH = frozenset(
    [
        "lön",
        "lönen",
        "månadslön",
        "årslön",
        "timlön",
        "grundlön",
        "månad",
        "månaden",
        "månadsvis",
        "timme",
        "timmen",
        "sverige",
        "sweden",
        "swedish",
        "svensk",
        "svenska",
        "stockholm",
        "göteborg",
        "gothenburg",
        "malmö",
        "uppsala",
        "linköping",
        "västerås",
        "örebro",
        "helsingborg",
        "norrköping",
        "umeå",
        "lund",
        "och",
        "att",
        "är",
        "inte",
        "eller",
        "också",
        "arbete",
        "arbetet",
        "söker",
        "ansökan",
        "tjänsten",
    ]
)
_DANISH = frozenset(
    [
        "løn",
        "lønnen",
        "månedsløn",
        "årsløn",
        "timeløn",
        "grundløn",
        "danmark",
        "denmark",
        "danish",
        "dansk",
        "danske",
        "københavn",
        "copenhagen",
        "aarhus",
        "århus",
        "odense",
        "aalborg",
        "esbjerg",
        "vejle",
        "billund",
        "kolding",
        "horsens",
        "randers",
        "arbejde",
        "arbejdet",
        "søger",
        "virksomhed",
        "medarbejder",
        "medarbejdere",
        "ansøgning",
        "vores",
        "efter",
        "meget",
        "hvad",
        "nogle",
    ]
)
_NORWEGIAN = frozenset(
    [
        "lønn",
        "lønnen",
        "månedslønn",
        "årslønn",
        "timelønn",
        "grunnlønn",
        "norge",
        "norway",
        "norwegian",
        "norsk",
        "norske",
        "oslo",
        "bergen",
        "trondheim",
        "stavanger",
        "tromsø",
        "drammen",
        "kristiansand",
        "fredrikstad",
        "bodø",
        "ålesund",
        "arbeid",
        "arbeidet",
        "søker",
        "virksomhet",
        "medarbeider",
        "medarbeidere",
        "søknad",
        "etter",
        "mye",
        "hva",
        "noen",
    ]
)
# Danish and Norwegian alike, never Swedish: they say the crowns are not Swedish, not whose.
_DANO_NORWEGIAN = frozenset(["måned", "måneden", "og", "ikke", "også", "hvis", "til"])


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
    codes = set(_code_rx().findall(doc.text))
    if len(codes) == 1:
        return codes.pop(), False
    vocab = doc.vocab
    sv = len(_SWEDISH & vocab)
    da = len(_DANISH & vocab)
    no = len(_NORWEGIAN & vocab)
    both = len(_DANO_NORWEGIAN & vocab)
    if da != no and max(da, no) + both > sv:
        return ("DKK" if da > no else "NOK"), False
    if sv > max(da, no) + both:
        return "SEK", False
    return "SEK", True
