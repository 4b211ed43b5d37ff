"""Does an answer echo one of its question's red flags? A word-overlap matcher, EN and DE.

Pure and advisory: it points at the flag an answer resembles, next to the analyzer's
suggestion; it never sets a rating and never changes how much an answer counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.bank.schema import Question

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

# Words that carry no topic in either language.
STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "we",
        "we'd",
        "we'll",
        "we're",
        "our",
        "us",
        "you",
        "your",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "i",
        "me",
        "my",
        "not",
        "no",
        "nor",
        "so",
        "than",
        "then",
        "too",
        "very",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "about",
        "after",
        "before",
        "into",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "again",
        "once",
        "only",
        "own",
        "same",
        "just",
        "also",
        "any",
        "all",
        "each",
        "every",
        "some",
        "such",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "said",
        "ever",
        "never",
        "nothing",
        "nobody",
        "anyone",
        "someone",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "und",
        "oder",
        "aber",
        "wenn",
        "als",
        "im",
        "in",
        "an",
        "auf",
        "zu",
        "zum",
        "zur",
        "von",
        "vom",
        "mit",
        "ohne",
        "für",
        "bei",
        "aus",
        "nach",
        "vor",
        "über",
        "unter",
        "ist",
        "sind",
        "war",
        "waren",
        "sein",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "hatte",
        "es",
        "sie",
        "er",
        "wir",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "unser",
        "unsere",
        "uns",
        "man",
        "nicht",
        "kein",
        "keine",
        "keinen",
        "nur",
        "auch",
        "noch",
        "schon",
        "so",
        "wie",
        "was",
        "wer",
        "wen",
        "wem",
        "wo",
        "warum",
        "dass",
        "da",
        "dann",
        "denn",
        "doch",
        "ja",
        "nein",
        "nie",
        "niemand",
        "nichts",
        "etwas",
        "alle",
        "jede",
        "jeder",
        "jedes",
        "sehr",
        "gesagt",
        "kann",
        "könnte",
        "würde",
        "würden",
        "soll",
        "sollte",
        "muss",
        "müssen",
        "darf",
    ]
)

# A few families of words that name the same thing in a red flag and in an answer.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "person": (
        "people",
        "person",
        "employee",
        "staff",
        "worker",
        "user",
        "candidate",
        "applicant",
        "colleague",
        "mensch",
        "mitarbeitend",
        "mitarbeiter",
        "beschäftigt",
        "person",
        "nutzer",
        "bewerb",
        "kolleg",
    ),
    "score": ("score", "rank", "rate", "rating", "bewert", "scor", "rang", "einstuf"),
    "stop": ("stop", "halt", "cancel", "kill", "gestopp", "abbrech", "abgebroch", "einstell"),
    "pride": ("pride", "proud", "stolz"),
    "monitor": (
        "monitor",
        "surveil",
        "track",
        "watch",
        "read",
        "überwach",
        "beobacht",
        "mitles",
        "lesen",
        "ausles",
    ),
    "complaint": ("complaint", "complain", "beschwerd", "beschwer"),
    "press": ("journalist", "press", "media", "presse", "medien"),
    "follow": ("follow", "befolg", "einhalt", "hält", "halten"),
    "ask": ("ask", "frag", "einford"),
    "interview": ("interview", "gespräch"),
    "prepare": ("prepar", "vorbereit"),
}
_SUFFIXES = (
    "ungen",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ers",
    "er",
    "ed",
    "es",
    "en",
    "em",
    "e",
    "s",
)
# A flag of at most this many topic words matches on one shared family word; longer flags on two.
SHORT_FLAG = 3


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'").split("'")[0]
    for family, prefixes in _FAMILIES.items():
        if any(w.startswith(p) for p in prefixes):
            return family
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def topics(text: str) -> frozenset[str]:
    """The stems of a text's topic words (stop words left out)."""
    words = (m.group(0) for m in _WORD.finditer(text))
    return frozenset(_stem(w) for w in words if w.lower().split("'")[0] not in STOP and len(w) > 2)


@dataclass(frozen=True)
class FlagMatch:
    """A red flag an answer resembles, and the topic words they share."""

    flag: str
    shared: tuple[str, ...]


def question_flags(question: Question, lang: str = "de") -> tuple[str, ...]:
    """A bank question's red flags in English and in lang, each once: what `analyze` is given
    so that notes typed in either language can echo one."""
    return tuple(dict.fromkeys((*question.red_flags, *question.red_flags_in(lang))))


def matching_flags(notes: str, red_flags: Sequence[str]) -> list[FlagMatch]:
    """The red flags the notes resemble, closest first (none for empty notes)."""
    said = topics(notes)
    if not said:
        return []
    found: list[tuple[float, FlagMatch]] = []
    for flag in red_flags:
        wanted = topics(flag)
        shared = said & wanted
        if not shared:
            continue
        families = shared & _FAMILIES.keys()
        # Two shared topics (at least one a named family), or most of a short flag's topics.
        strong = len(shared) >= 2 and bool(families)
        short = len(wanted) <= SHORT_FLAG and len(shared) * 2 >= len(wanted) + 1
        if strong or short or len(shared) >= 3:
            share = len(shared) / len(wanted)
            found.append((share, FlagMatch(flag, tuple(sorted(shared)))))
    found.sort(key=lambda pair: -pair[0])
    return [m for _, m in found]
