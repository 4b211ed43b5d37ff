"""The check that holds back free text naming a person or giving an email address or phone.

It errs towards holding: a held text waits for a moderator, which costs little; a published
name cannot be taken back. The reasons it gives are shown to the moderator, never the match.
"""

from __future__ import annotations

import re

EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+", re.I
)
# Seven or more digits, allowing the separators people type in phone numbers.
PHONE = re.compile(r"(?:\+|00)?\d(?:[\s./()-]{0,2}\d){6,}")
TITLES = r"mr|mrs|ms|miss|mx|dr|prof|sir|madam|herr|frau|hr|fr|doktor|professor"
TITLED = re.compile(rf"\b(?:{TITLES})\.?\s+[A-ZÄÖÜ][\w'-]+", re.I)
# "named X", "called X", "a recruiter, Anna, said", "X from HR"
NAMED = re.compile(r"\b(?:named|called|namens|hei(?:ß|ss)t|hie(?:ß|ss))\s+[A-ZÄÖÜ][\w'-]+")
SOCIAL = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}|linkedin\.com/in/", re.I)
# Two capitalised words in a row inside a sentence look like a first and a last name.
FULL_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]{2,}\b")
# Capitalised pairs that are not names (dimensions, roles and common terms).
NOT_NAMES = frozenset(
    {
        "hiring manager",
        "human resources",
        "machine learning",
        "data science",
        "responsible ml",
        "team lead",
        "head of",
        "vice president",
        "the company",
    }
)


def held_reasons(text: str) -> list[str]:
    """Why the text must wait for review; empty when nothing in it looks personal."""
    reasons: list[str] = []
    if EMAIL.search(text):
        reasons.append("email address")
    if PHONE.search(text):
        reasons.append("phone number")
    if SOCIAL.search(text):
        reasons.append("social-media handle")
    if TITLED.search(text) or NAMED.search(text) or _full_name(text):
        reasons.append("person's name")
    return reasons


def _full_name(text: str) -> bool:
    return any(m.group(0).lower() not in NOT_NAMES for m in FULL_NAME.finditer(text))
