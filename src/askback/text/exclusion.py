"""Exclusionary wording: age-, ability-, nationality-coded and bro-culture phrases."""

from __future__ import annotations

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
_PHYSICAL = (
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
    "lagerist",
    "lagermitarbeiter",
    "kommissionierer",
    "pflegekraft",
    "monteur",
    "handwerker",
    "baustelle",
    "fahrer",
    "lagerhelfer",
    "lagerarbeiter",
    "lagerlogistik",
    "stocker",
    "material handler",
    "baggage handler",
    "zusteller",
    "kurier",
    "produktionshelfer",
    "pflegefach",
    "pflegehelfer",
    "altenpfleger",
    "krankenpfleger",
    "reinigungskraft",
    "housekeeper",
    "landscaper",
)


def physical_job(doc: Doc) -> str:
    """The word that makes this an ad for physical work ('' for desk work)."""
    head = doc.lower[:300]
    return next((w for w in _PHYSICAL if w in head), "")


def check(doc: Doc) -> list[phrases.Match]:
    """Every exclusionary phrase in the ad, in text order, one per stretch of text."""
    out: list[phrases.Match] = []
    for m in phrases.find(doc, entries()):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
