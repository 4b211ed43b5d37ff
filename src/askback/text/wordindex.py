"""Where the lexicons' words stand in an ad, found for all of them in one automaton pass.

The checks ask a Doc for the offsets of many words: coded words, phrase literals, trigger words,
currency codes, language names, tools. A text search per word scans the ad once per word; one
Aho-Corasick pass over the ad finds every listed word at once, and `Doc.positions` reads its
answer from here (a word not listed falls back to the plain search, with the same result).

The index is built from the checks' word lists, so this module sits after them: the caller
(jobad) builds it and hands it to `doc.prepare`, which imports no check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from askback.text import conditions, lexicon, pay, phrases, requirements, senses
from askback.text.doc import tokenize

if TYPE_CHECKING:
    from ahocorasick_rs import BytesAhoCorasick


@dataclass(frozen=True, slots=True)
class WordIndex:
    """An automaton over the listed words, each written " word " to match whole words only."""

    matcher: BytesAhoCorasick
    words: list[str]  # by pattern number
    listed: frozenset[str]
    spaced: frozenset[int]  # the pattern numbers of phrases (words with a space between)

    def find(self, lower: str, blank: bytes, odd: bool = True) -> dict[str, list[int]]:
        """The offsets of every listed word that stands in the text, as find_word gives them.

        `blank` is blanked(lower): the text as Latin-1 bytes with every non-word character a
        space and a space added either side, so that a pattern's leading space stands at the
        word's own offset in the text. The automaton matched word characters only; find_word
        also wants no letter or digit of any script either side, and the words of a phrase
        separated by exactly one space, which is checked here on the text. In ASCII text every
        letter and digit is a word character, so only the single spaces need checking there.
        `odd` False says that no letter or digit beyond ASCII stands in `lower` but Latin-1
        word characters (doc.odd_letters: most ads beyond ASCII hold only marks such as ’ – €
        and umlauts); then the same holds as in ASCII text.
        """
        words = self.words
        spaced = self.spaced
        out: dict[str, list[int]] = {}
        matches = self.matcher.find_matches_as_indexes(blank, overlapping=True)
        # In ASCII text every letter and digit is a word character, which the automaton has
        # already checked for: only the phrases' single spaces are left to check.
        plain = not odd or lower.isascii()
        n = len(lower)
        for pattern, start, end in matches:
            word = words[pattern]
            if not plain:
                # The same holds for an ASCII character beside the word in any text (a lower-case
                # text has no capitals): only one past "\x7f" can be a letter or digit the
                # automaton let pass, and most are none, so the cheaper test comes first.
                after = end - 2  # the offset just after the word in the text
                if start and lower[start - 1] > "\x7f" and lower[start - 1].isalnum():
                    continue
                if after < n and lower[after] > "\x7f" and lower[after].isalnum():
                    continue
            if pattern in spaced and not lower.startswith(word, start):
                continue
            found = out.get(word)
            if found is None:
                out[word] = [start]
            else:
                found.append(start)
        return out


def indexable(word: str) -> bool:
    """Can the automaton find `word` at exactly the places `doc.find_word` finds it?

    Yes for words of word characters separated by single spaces, with one exception: a phrase
    that can overlap itself after a space ("ab ab" in "xab ab ab"), where the plain search skips
    a place that the automaton would report.
    """
    if not word or " ".join(tokenize(word)) != word:
        return False
    return not any(word[k - 1] == " " and word.startswith(word[k:]) for k in range(1, len(word)))


def build(words: Iterable[str]) -> WordIndex:
    from ahocorasick_rs import BytesAhoCorasick, Implementation

    listed = sorted({w for w in words if indexable(w)})
    # The compact automaton, not the DFA: alone on a warm cache the DFA scans ~20 % faster, but
    # between the checks of a whole analysis its larger tables fall out of the cache, and there
    # the compact one costs ~10 µs an ad less (45 against 56 µs over the 440 EU ads).
    matcher = BytesAhoCorasick(
        [f" {w} ".encode("latin-1") for w in listed], implementation=Implementation.ContiguousNFA
    )
    spaced = frozenset(i for i, w in enumerate(listed) if " " in w)
    return WordIndex(matcher, listed, frozenset(listed), spaced)


def _lexicon_words() -> set[str]:
    words: set[str] = set()
    for lang in ("en", "de"):
        lex = lexicon.gender(lang)
        words.update(lex.forms, lex.by_phrase)
    words.update(senses.thing_heads())
    for name, group in phrases.CATALOG:
        idx = phrases.load(name, group)
        words.update(p.literal for _, p in idx.pairs)
        for entry in idx.patterned:
            words.update(entry.triggers)
    words.update(requirements.index_words())
    words.update(pay.index_words())
    words.update(conditions.index_words())
    return words


@cache
def word_index() -> WordIndex:
    """The index of every word the job-ad checks look up, built on first use."""
    return build(_lexicon_words())
