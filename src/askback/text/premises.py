"""The workplace's own access, as the ad states it: no lift, not step-free, only up stairs.

A building that a wheelchair user cannot get into is a condition of the job, not a fault of the
ad's wording: the ad that says so is telling the reader something worth knowing. So it is an
info finding with the question to ask (what can be arranged, and where interviews and work
would take place), never an exclusion concern (rt37). An office said to be step-free
(*barrierefrei*) is read elsewhere, as a measure (commitments.yaml, `accessibility`).

Cost: one `str.find` for each of a few stems, and the pattern only in a window around a stem
that stands in the ad (every match holds one), never over the whole ad.
"""

from __future__ import annotations

import re

from askback.text.doc import Doc
from askback.text.report import Area, Finding, Level, Span

# Every match holds one of these: the pattern runs only around them.
_STEMS = ("lift", "elevator", "step-free", "wheelchair", "stairs", "barrierefrei", "aufzug",
          "fahrstuhl", "rollstuhl", "treppe", "stufen")  # fmt: skip
# The ad's words of which one must stand for any match (a set test against the ad's
# vocabulary: a find of each stem over every ad cost more than the rest of the check).
_WORDS = frozenset(
    ["lift", "elevator", "step", "wheelchair", "stairs", "barrierefrei", "barrierefreien",
     "aufzug", "fahrstuhl", "rollstuhlgerecht", "rollstuhlzugänglich", "treppe", "treppen",
     "stufen", "stufenlos", "stufenlosen"]
)  # fmt: skip

_NOT = r"(?:not|isn't|is\s+not|aren't|are\s+not|ist\s+nicht|sind\s+nicht|nicht)"
_PLACE = (
    r"(?:office|offices|building|premises|site|studio|workplace|floor|b[üu]ro|b[üu]ros|geb[äa]ude"
    r"|standort|r[äa]ume|r[äa]umlichkeiten|etage|stock|arbeitsplatz|clinic|lab|laboratory|shop|store"
    r"|warehouse|praxis|labor|werkstatt|filiale)"
)
_RX = re.compile(
    # "the office has no lift", "there is no elevator", "without step-free access"
    r"\b(?:no|without(?:\s+an?)?|(?:does|do)\s+not\s+have\s+an?|doesn't\s+have\s+an?|lacks\s+an?)"
    r"\s+(?:working\s+)?(?:lift|elevator|step-free\s+access|wheelchair\s+access)\b"
    r"(?!\s+(?:pitch|pitches|speech))"
    # "the office is not (fully) wheelchair accessible", "is not step-free"
    rf"|\b{_NOT}\s+(?:(?:fully|yet|entirely|completely|currently|leider|vollständig|komplett"
    r"|ganz|durchgehend)\s+)*(?:wheelchair[\s-]+accessible|step-free|accessible\s+(?:by|for|to)"
    r"\s+wheelchair(?:\s+users|s)?|barrierefrei(?:\s+zugänglich|\s+erreichbar)?|rollstuhlgerecht"
    r"|rollstuhlzugänglich|stufenlos(?:\s+erreichbar|\s+zugänglich)?)\b"
    # "kein Aufzug", "ohne Fahrstuhl", "keinen barrierefreien Zugang"
    r"|\b(?:kein|keine|keinen|ohne)\s+(?:aufzug|fahrstuhl|lift|barrierefreien\s+zugang"
    r"|stufenlosen\s+zugang)\b"
    # "only reached by stairs", "nur über Treppen erreichbar"
    r"|\b(?:only|solely)\s+(?:accessible|reached|reachable)\s+(?:by|via)\s+(?:the\s+)?stairs"
    r"\b|\bnur\s+über\s+(?:eine\s+|die\s+)?(?:treppen?|stufen)\s+(?:erreichbar|zugänglich)"
)
# The place named near the match: the workplace's access, not a product's ("our app is not
# wheelchair accessible" is no building) or a duty ("make the site step-free").
_NEAR_PLACE = re.compile(rf"\b{_PLACE}\b|\b(?:kein|keine|no)\s+(?:aufzug|fahrstuhl|lift)\b")
_REACH = 120
# How far before and after a stem a statement may reach (the longest pattern is shorter).
_WINDOW = 80


def _sentence(lower: str, m: re.Match[str]) -> tuple[int, int]:
    """The statement's sentence: from the last full stop or line break before it to the next
    full stop after it, that stop included."""
    lo = max(lower.rfind(".", 0, m.start()), lower.rfind("\n", 0, m.start())) + 1
    dot = lower.find(".", m.end())
    return lo, len(lower) if dot < 0 else dot + 1


def _hit(lower: str) -> re.Match[str] | None:
    """The first statement of no step-free access that has a place near it. The pattern runs
    only in a window around each stem (every match holds one), never over the whole ad."""
    for stem in _STEMS:
        at = lower.find(stem)
        while at >= 0:
            lo = max(0, at - _WINDOW)
            for m in _RX.finditer(lower, lo, min(len(lower), at + len(stem) + _WINDOW)):
                if m.start() <= at < m.end():
                    a, b = _sentence(lower, m)
                    near = lower[max(a, m.start() - _REACH) : min(b, m.end() + _REACH)]
                    if _NEAR_PLACE.search(near) is not None:
                        return m
            at = lower.find(stem, at + len(stem))
    return None


def findings(doc: Doc) -> list[Finding]:
    if _WORDS.isdisjoint(doc.vocab):
        return []
    lower = doc.lower
    m = _hit(lower)
    if m is not None:
        lo, hi = _sentence(lower, m)
        said = doc.text[lo:hi].strip()
        return [
            Finding(
                check="premises-access",
                area=Area.COMMITMENTS,
                level=Level.INFO,
                title="The ad says the workplace is not step-free",
                why=(
                    "The ad is open about the building: no lift, stairs only, or no step-free "
                    "way in. That is a condition of the job, not a fault in the ad, and worth "
                    "settling early if you use a wheelchair or cannot manage stairs."
                ),
                ask=(
                    "Where would the interview and the work take place for someone who cannot "
                    "use stairs, and what has the team arranged for that before?"
                ),
                spans=[Span(m.start(), m.end(), "premises", doc.text[m.start() : m.end()])],
                context=said,
                dimension="diversity-inclusion",
                question_tags=("accessibility", "adjustments"),
            )
        ]
    return []
