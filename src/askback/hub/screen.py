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
# Short English titles are never common words: a name after one may be typed in lower case.
SHORT_TITLES = r"mr|mrs|ms|mx|dr"
# Longer titles are also nouns ("eine Frau im Team", "a professor at"): a name after one must
# be capitalised.
TITLES = r"miss|prof|sir|madam|herr|herrn|frau|hr|fr|doktor|professor"
TITLED = re.compile(
    rf"\b(?:(?i:{SHORT_TITLES})\.?\s+[A-Za-zÄÖÜäöü][\w'-]+"
    rf"|(?i:{TITLES})\.?\s+[A-ZÄÖÜ][\w'-]+)"
)
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


# German capitalises every noun, so two nouns in a row ("das Team Diversität", "im Gespräch
# Fragen") look like a first and a last name. In German text a pair is taken for two nouns
# when an article or a possessive comes just before it, or when a word of it ends as only
# nouns end. A name after an article ("die Anna Schmidt", colloquial) is then missed; every
# text still waits for a moderator.
#
# Whether a text is German: askback.text.lang's function words (a plain module, no heavy
# import), plus the words of a told experience that its list leaves out: lang drops words
# other languages share ("die", "war", "es") and was built on job ads, which rarely say "ich",
# "aber" or "gab". A text counts as German with two such words and more German than English
# ones; one it cannot place is screened as English, which holds more, not less.
GERMAN_NARRATIVE = frozenset(
    {"die", "des", "ich", "war", "wurde", "hat", "haben", "aber", "sehr", "wenig", "gab", "es"}
)
GERMAN_DETERMINERS = frozenset(
    {
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
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "beim",
        "ins",
        "ans",
        "mein",
        "meine",
        "meinen",
        "meinem",
        "meiner",
        "unser",
        "unsere",
        "unseren",
        "unserem",
        "unserer",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
        "sein",
        "seine",
        "seinen",
        "seinem",
        "seiner",
        "dein",
        "deine",
        "dieser",
        "diese",
        "dieses",
        "diesen",
        "diesem",
        "jede",
        "jeder",
        "jedes",
        "jeden",
        "jedem",
        "alle",
        "viele",
        "einige",
        "mehrere",
        "welche",
        "welcher",
        "welches",
    }
)
GERMAN_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tät", "ität", "ismus", "nis", "tum", "tion", "sion",
    "ment", "gespräch", "fragen", "team", "runde",
)  # fmt: skip
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def _full_name(text: str) -> bool:
    german = _is_german({w.lower() for w in WORD.findall(text)})
    for match in FULL_NAME.finditer(text):
        pair = match.group(0)
        if pair.lower() in NOT_NAMES:
            continue
        if german and _german_nouns(text[: match.start()], pair):
            continue
        return True
    return False


def _is_german(words: set[str]) -> bool:
    from askback.text import lang

    found = lang.counts(words)
    german = found["de"] + len(GERMAN_NARRATIVE & words)
    return german >= 2 and german > found["en"]


def _german_nouns(before: str, pair: str) -> bool:
    previous = WORD.findall(before[-40:])
    if previous and previous[-1].lower() in GERMAN_DETERMINERS:
        return True
    return any(w.lower().endswith(GERMAN_NOUN_ENDINGS) for w in pair.split())
