"""Exclusionary wording: age-, ability-, nationality-coded, bro-culture and sex-preference
phrases."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from askback.text import lexicon, phrases
from askback.text.doc import Doc

CATEGORIES = ("age", "ability", "nationality", "bro-culture", "sex")


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


# A preference for one sex that the law allows as positive action: a tie-break at equal merit
# ("Frauen werden bei gleicher Eignung bevorzugt berücksichtigt", BGleiG § 8; "preference to
# women where candidates are equally qualified", Equality Act 2010 s.159). Said in the same
# sentence, it is no concern; the commitments area reads it as a measure. Under-representation
# alone does not make a preference lawful ("women preferred, as they are under-represented" is
# more than s.158 allows), and an invitation ("we particularly welcome applications from
# women") is no preference, so the patterns do not match it.
_POSITIVE_ACTION = re.compile(
    r"\bbei\s+gleicher\s+(?:eignung|qualifikation|befähigung)|\bgleich(?:er|wertiger)\s+"
    r"qualifikation|\b(?:equal(?:ly)?|equivalent|same)\s+(?:qualifi\w+|merit|suitab\w+)"
    r"|\bqualifications\s+are\s+(?:equal|equivalent|the\s+same)|\bpositive\s+action"
    r"|gleichstellungsgesetz|\bbgleig\b"
)
# A ground for one sex that the ad names: the law's exception by name, anywhere in the ad
# ("a genuine occupational qualification applies to this post", "exemption is claimed under
# the Equality Act 2010 Part 1 Schedule 9", "§ 8 AGG") ...
_OCCUPATIONAL_LAW = re.compile(
    r"\bgenuine\s+occupational|\bgo[qr]\b|schedule\s+9\b|sex\s+discrimination\s+act|bona\s+fide\s+"
    r"occupational|\bbfoq\b|occupational\s+requirement\s+(?:under|applies|exemption)|§\s*8\s*"
    r"(?:abs\.?\s*1\s*)?agg\b|wesentliche\s+und\s+entscheidende\s+berufliche"
)
# ... or the nature of the work beside the preference: same-sex care, a women's refuge,
# survivors of abuse, a single-sex ward, body searches, breast screening.
_OCCUPATIONAL_WORK = re.compile(
    r"\bdue\s+to\s+the\s+(?:nature|care\s+needs)|\bbecause\s+(?:of\s+)?the\s+(?:nature|role"
    r"\s+involves)|\b(?:intimate|personal)\s+care\b|\bsame[\s\-]sex\b|\bwomen[\x27’]?s\s+(?:refuge|"
    r"shelter|aid)|\brefuges?\b|\bdomestic\s+(?:abuse|violence)|\bsurvivors?\s+of\b|\brape\b|"
    r"\bsexual\s+(?:violence|abuse)|\b(?:female|male|women|men)[\s\-]+only\s+(?:ward|unit|service"
    r"|setting)|\bcare\s+needs\s+of\b|mammograph\w*|\bbreast\s+screening|\bchanging\s+rooms?"
    r"|\bbody\s+search\w*|\bfrauenhaus\w*|\bintimpflege|gleichgeschlechtlich\w*|\bart\s+der\s+"
    r"tätigkeit|\bopfer\s+(?:von|sexueller|häuslicher)"
)
_STOP = re.compile(r"[.!?;\n]")
_AROUND = 250  # characters either side in which the nature of the work counts


def _sentence(lower: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around start..end (at most 300 characters either side)."""
    lo = max(0, start - 300)
    stops = [m.end() for m in _STOP.finditer(lower, lo, start)]
    hi_m = _STOP.search(lower, end, end + 300)
    return (stops[-1] if stops else lo), (hi_m.start() if hi_m else min(len(lower), end + 300))


def positive_action(doc: Doc, m: phrases.Match) -> bool:
    """The sex preference at m is lawful positive action said in the same sentence."""
    lo, hi = _sentence(doc.lower, m.start, m.end)
    return _POSITIVE_ACTION.search(doc.lower, lo, hi) is not None


def occupational_ground(doc: Doc, m: phrases.Match) -> str:
    """The words by which the ad explains a requirement of one sex ('' when it gives none)."""
    lower = doc.lower
    if law := _OCCUPATIONAL_LAW.search(lower):
        return doc.text[law.start() : law.end()]
    near = _OCCUPATIONAL_WORK.search(lower, max(0, m.start - _AROUND), m.end + _AROUND)
    return doc.text[near.start() : near.end()] if near else ""


def check(doc: Doc) -> list[phrases.Match]:
    """Every exclusionary phrase in the ad, in text order, one per stretch of text."""
    out: list[phrases.Match] = []
    for m in phrases.find(doc, entries()):
        if out and m.start < out[-1].end:
            continue
        if _is_subject(doc, m):
            continue
        if m.entry.get("category") == "sex" and positive_action(doc, m):
            continue
        out.append(m)
    return out
