"""Exclusionary wording: age-, ability-, nationality-coded and bro-culture phrases."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from askback.text import lexicon, phrases
from askback.text.doc import Doc

CATEGORIES = ("age", "ability", "nationality", "bro-culture")


@cache
def entries() -> phrases.Index:
    return phrases.load("exclusion", "exclusion")


@cache
def categories() -> dict[str, dict[str, Any]]:
    """Title and reason of each category, from the lexicon file."""
    data = lexicon.read("exclusion")["categories"]
    assert isinstance(data, dict)
    return {str(k): dict(v) for k, v in data.items()}


# Words that make an ad one for physical work, where lifting or standing may be the job itself.
# Each is matched as a whole word, with a plural or feminine ending ("couriers", "Monteurin"),
# never inside another word: "stocker" is not in "Stockerau", "kurier" not in "Nordkurier".
_PHYSICAL_WORDS = (
    "warehouse",
    "forklift",
    "picker",
    "packer",
    "labourer",
    "laborer",
    "construction site",
    "installer",
    "technician",
    "mechanic",
    "electrician",
    "nurse",
    "caregiver",
    "courier",
    "delivery driver",
    "cleaner",
    "stocker",
    "material handler",
    "baggage handler",
    "housekeeper",
    "landscaper",
    "kurier",
    "lagerlogistik",
    "baustelle",
    "reinigungskraft",
)
# German job nouns that head a compound, matched at a word's end too: the head of a German
# compound names what it is ("Paketzusteller", "Staplerfahrer", "Kfz-Monteurin" are a
# Zusteller, Fahrer, Monteurin). "Kurier" is not one: "Nordkurier" is a newspaper.
_PHYSICAL_HEADS = (
    "lagerist",
    "lagermitarbeiter",
    "kommissionierer",
    "pflegekraft",
    "pflegekräfte",
    "monteur",
    "handwerker",
    "fahrer",
    "lagerhelfer",
    "lagerlogistiker",  # "Fachkraft für Lagerlogistik" is a word above; the person is a head
    "lagerfachkraft",
    "lagerfachkräfte",
    "lagerarbeiter",
    "zusteller",
    "produktionshelfer",
    "pflegehelfer",
    "altenpfleger",
    "krankenpfleger",
)
# German stems that begin a compound: "Pflegefachkraft", "Pflegefachfrau".
_PHYSICAL_STEMS = ("pflegefach",)


@cache
def _physical_rx() -> re.Pattern[str]:
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    ends = r"(?:s|es|n|en|in|innen)?"  # plural and feminine endings
    return re.compile(
        rf"(?<![\w])(?:{alt(_PHYSICAL_WORDS)}){ends}(?![\w])"
        rf"|(?:{alt(_PHYSICAL_HEADS)}){ends}(?![\w])"
        rf"|(?<![\w])(?:{alt(_PHYSICAL_STEMS)})"
    )


def physical_job(doc: Doc) -> str:
    """The word that makes this an ad for physical work ('' for desk work)."""
    m = _physical_rx().search(doc.lower, 0, 300)
    return m[0] if m else ""


# A match whose entry names a context that makes the phrase the subject of the work rather than a
# condition on the applicant (lexicon keys `not_after`: a regex the text just before the match
# ends with; `not_before`: a regex the text just after it starts with) is dropped.
_CONTEXT = 60  # characters either side that such a context may take


@cache
def _context_rx(key: str, source: str) -> re.Pattern[str]:
    return re.compile(f"(?:{source})$" if key == "not_after" else source)


def _is_subject(doc: Doc, m: phrases.Match) -> bool:
    """The phrase is what the job is about ("analyse recent graduate outcomes", "Fragen der
    deutschen Staatsangehörigkeit"), not asked of the applicant."""
    lower = doc.lower
    if before := m.entry.get("not_after"):
        rx = _context_rx("not_after", before)
        if rx.search(lower, max(0, m.start - _CONTEXT), m.start):
            return True
    if after := m.entry.get("not_before"):
        rx = _context_rx("not_before", after)
        if rx.match(lower, m.end, m.end + _CONTEXT):
            return True
    return False


def check(doc: Doc) -> list[phrases.Match]:
    """Every exclusionary phrase in the ad, in text order, one per stretch of text."""
    out: list[phrases.Match] = []
    for m in phrases.find(doc, entries()):
        if out and m.start < out[-1].end:
            continue
        if _is_subject(doc, m):
            continue
        out.append(m)
    return out
