"""Language detection by distinctive function words: no model, no dependency, microseconds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from operator import itemgetter

# Languages whose word lists askback ships; others get the language-independent checks only.
SUPPORTED = ("en", "de")

NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "nl": "Dutch",
    "es": "Spanish",
    "it": "Italian",
    "sv": "Swedish",
    "pl": "Polish",
    "unknown": "unknown",
}

# Function words that occur in one of these languages only (shared ones such as "in", "die",
# "de", "en" are left out on purpose), so one lookup per token decides.
_WORDS: dict[str, str] = {
    "en": "the and of to with you we our your is are will this that for be have who what from it "
    "as or at by on can about their they us which into would should were been has",
    "de": "und der das mit für wir sie ist ein eine einen zu den dem im von auf bei dich du dein "
    "deine ihre uns unser unsere sowie oder nicht auch wie sich werden wird bist hast als "
    "über nach zum zur durch ihr euch dir mehr wenn dass",
    "fr": "et le la les des pour avec nous vous est une du dans sur au aux ce cette qui tu ton ta "
    "tes "
    "votre vos nos notre être sont où ou pas chez",
    "nl": "het een voor met wij jij je zijn naar onze ons jouw ook niet worden wordt heb hebt op "
    "te "
    "dat deze bij wat",
    "es": "el los las para con nosotros una del por como su sus tus más somos eres y",
    "it": "il della delle degli che sono nel nella gli lavoro siamo",
    "sv": "och att är som för med vi det på av inte eller du",
    "pl": "się oraz jest dla nie jako będzie",
}


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    clash: set[str] = set()
    for lang, words in _WORDS.items():
        for word in words.split():
            if word in table and table[word] != lang:
                clash.add(word)
            table[word] = lang
    for word in clash:
        del table[word]
    return table


@cache
def _by_lang() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each language's distinctive function words, in the order _WORDS lists the languages."""
    table = _lookup()
    return tuple(
        (lang, frozenset(w for w, owner in table.items() if owner == lang)) for lang in _WORDS
    )


def counts(tokens: Iterable[str]) -> Counter[str]:
    """How many distinct tokens are distinctive function words of each language."""
    words = tokens if isinstance(tokens, (set, frozenset)) else set(tokens)
    found: Counter[str] = Counter()
    for lang, function_words in _by_lang():
        n = len(function_words.intersection(words))
        if n:
            found[lang] = n
    return found


def best(found: Counter[str], *, minimum: int = 3) -> str:
    """The language with the most function words, or 'unknown' when the evidence is thin."""
    if not found:
        return "unknown"
    # found.most_common(2), ties in the same order, without heapq (a handful of languages).
    (lang, n), *rest = sorted(found.items(), key=itemgetter(1), reverse=True)[:2]
    if n < minimum:
        return "unknown"
    if rest and rest[0][1] * 1.25 >= n and n < 8:
        return "unknown"
    return lang


def detect(tokens: Iterable[str], *, minimum: int = 3) -> str:
    """The language of a tokenised, lower-cased text ('unknown' for very short or unclear text)."""
    return best(counts(tokens), minimum=minimum)


def name(code: str) -> str:
    return NAMES.get(code, code)
