"""A text prepared once for every check: lower case, tokens, paragraphs and their languages.

The first step of the one-way flow: prepare the document (here), run the checks on it, build
the report. This module imports no check; the word index the checks' words make is handed in
by the caller (see jobad and wordindex).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol

from askback.text import lang as langs
from askback.text.normalize import beyond_ascii

# Letters askback treats as word characters: ASCII, digits and the Latin-1 accented letters
# (German umlauts and ß, French and Spanish accents). A char class is ~2x faster than \w.
WORD_CHARS = "0-9a-zß-öø-ÿ"


@cache
def token_rx() -> re.Pattern[str]:
    return re.compile(f"[{WORD_CHARS}]+")


@cache
def _token_table() -> bytes:
    """A byte table that keeps askback's word characters and turns every other byte to a space."""
    word = token_rx()
    return bytes(c if word.fullmatch(chr(c)) else 0x20 for c in range(256))


def blanked(lower: str) -> bytes:
    """The text as Latin-1 bytes with every non-word character a space, and a space either side.

    Every word character is in Latin-1, so encoding maps each character to one byte (anything
    else becomes "?", which is not a word character either) and offset i of the text is byte
    i + 1 here.
    """
    return b" " + lower.encode("latin-1", "replace").translate(_token_table()) + b" "


def tokenize(lower: str) -> list[str]:
    """The words of a lower-cased text: the same list as token_rx().findall(lower), ~3x faster."""
    return blanked(lower).decode("latin-1").split()


@cache
def block_rx() -> re.Pattern[str]:
    return re.compile(r"\n[ \t]*\n\s*")


def _lower_ascii_only(text: str) -> str | None:
    """text.lower() for a text in which no character beyond ASCII has a lower case of its own
    (’ – € • ä é ß, but not Ä or É); None for any other text (and one that is not valid
    UTF-8: a lone surrogate). Then only the ASCII letters change, and bytes.lower changes them
    in the text's UTF-8 at a fraction of what str.lower costs once a text holds one character
    beyond ASCII (it looks up every character's case). The UTF-8 and the characters beyond
    ASCII are normalize's (beyond_ascii), which read them of the same text just before."""
    found = beyond_ascii(text, keep=False)
    if found is None:
        return None
    utf8, others = found
    if others.lower() != others:
        return None
    return utf8.lower().decode("utf-8")


# A letter or digit beyond ASCII that is none of askback's word characters (ł, ², µ, ª, ч):
# the word index must look at such a character beside a word (see WordIndex.find).
_ODD_LETTER = re.compile(r"[^\W_\x00-\x7fß-öø-ÿ]")


def odd_letters(text: str) -> bool:
    """Whether lowered(text) may hold a letter or digit beyond ASCII that is no word character;
    False only when it surely holds none. Read from the lower case of the text's characters
    beyond ASCII (normalize's beyond_ascii, kept from its read of the same text): where each of
    them lowers to one character, those are the characters beyond ASCII that lowered(text)
    can hold ("Ä" becomes "ä", a word character; "K", the Kelvin sign, becomes "k")."""
    if text.isascii():
        return False
    found = beyond_ascii(text)
    if found is None:
        return True  # a lone surrogate: no shortcut
    others = found[1]
    low = others.lower()
    return len(low) != len(others) or _ODD_LETTER.search(low) is not None


def lowered(text: str) -> str:
    """text.lower(), keeping offsets aligned even where a letter's lower case is longer."""
    if not text.isascii() and (fast := _lower_ascii_only(text)) is not None:
        return fast
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# Whether a word index's words (its `listed`) hold every word of a set that could be a token
# (see Doc.standing); a few lexicon sets each, worked out once.
_COVERED: dict[tuple[frozenset[str], frozenset[str]], bool] = {}


class WordFinder(Protocol):
    """Finds many listed words in one pass (wordindex.WordIndex): what `Doc.positions` reads."""

    @property
    def listed(self) -> frozenset[str]: ...

    def find(self, lower: str, blank: bytes, odd: bool = True) -> dict[str, list[int]]: ...


@dataclass(slots=True)
class Block:
    """A paragraph: its [start, end) offsets, its tokens and the language it is written in."""

    start: int
    end: int
    tokens: list[str]
    lang: str = "unknown"


@dataclass(slots=True)
class Doc:
    """The text and everything derived from it that more than one check needs."""

    text: str
    lower: str
    blocks: list[Block]
    lang: str
    shares: dict[str, float]
    vocab: set[str]
    vocab_by_lang: dict[str, set[str]]
    words: int
    forced: bool = False
    blank: bytes = b""  # blanked(lower), for the word index
    _positions: dict[str, list[int]] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)  # results shared between checks
    _listed: frozenset[str] | None = None  # the word index's words, once it has run
    finder: WordFinder | None = None  # the checks' word index, if the caller gave one
    odd: bool = True  # lower may hold a letter or digit beyond ASCII that is no word character

    def _index(self) -> frozenset[str]:
        """Run the word index over the text once: every listed word's offsets, in one pass.

        Without one, every word is looked up by the plain search, with the same offsets.
        """
        if self.finder is None:
            self._listed = frozenset()
            return self._listed
        found = self.finder.find(self.lower, self.blanked(), self.odd)
        if self._positions:
            found.update(self._positions)  # the index's answers are the same; keep what was asked
        self._positions = found
        self._listed = self.finder.listed
        return self._listed

    def index(self) -> None:
        """Run the word index now (else the first `positions` call runs it)."""
        if self._listed is None:
            self._index()

    def blanked(self) -> bytes:
        """The text as blanked(lower) gives it (see there), made once."""
        if not self.blank:
            self.blank = blanked(self.lower)
        return self.blank

    def has(self, *tokens: str) -> bool:
        return any(t in self.vocab for t in tokens)

    def positions(self, word: str) -> list[int]:
        """Start offsets of `word` (a lower-case token or phrase) standing as a whole word."""
        found = self._positions.get(word)
        if found is None:
            listed = self._index() if self._listed is None else self._listed
            found = self._positions.get(word)
            if found is None:
                found = [] if word in listed else find_word(self.lower, word)
                self._positions[word] = found
        return found

    def standing(
        self, words: frozenset[str], vocab: set[str] | None = None
    ) -> frozenset[str] | set[str]:
        """The words of `words` in `vocab` (default: the whole vocabulary) that may stand in the
        text as whole words: `words & vocab`, less some words that `positions` finds nowhere.

        With a word index that lists every word of `words` that could be a token, these are
        read from its finds (a few dozen words an ad) instead of testing every word of
        `words` or of the vocabulary: a token in the vocabulary that the index lists and
        finds no whole-word place for has no positions either, so a caller that reads each
        word's positions loses nothing. `words` should be a long-lived set (a lexicon's):
        whether the index covers it is worked out once.
        """
        if vocab is None:
            vocab = self.vocab
        listed = self._index() if self._listed is None else self._listed
        found = self._positions
        if len(found) >= min(len(words), len(vocab)):
            return words.intersection(vocab)  # no fewer tests this way
        key = (listed, words)
        covered = _COVERED.get(key)
        if covered is None:
            covered = all(w in listed for w in words if tokenize(w) == [w])
            _COVERED[key] = covered
        if not covered:
            return words.intersection(vocab)
        return {w for w in words.intersection(found) if w in vocab}

    def first(self, word: str) -> int:
        """The first offset of `word` as a whole word, or -1."""
        found = self.positions(word)
        return found[0] if found else -1

    def lang_at(self, offset: int) -> str:
        """The language of the paragraph holding `offset`."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block.lang
        return self.lang

    def mixed(self) -> bool:
        """True when a second language covers at least a fifth of the text."""
        return sum(1 for share in self.shares.values() if share >= 0.2) > 1


def find_word(lower: str, word: str) -> list[int]:
    """Offsets where `word` occurs in `lower` with no letter or digit directly before or after."""
    out: list[int] = []
    n = len(word)
    i = lower.find(word)
    while i >= 0:
        before = lower[i - 1] if i else " "
        after = lower[i + n] if i + n < len(lower) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = lower.find(word, i + n)
    return out


def _blocks(lower: str, blank: bytes) -> list[Block]:
    """The paragraphs of `lower`; their tokens split from `blank` (blanked(lower)), where
    offset i of the text is byte i + 1."""
    blocks: list[Block] = []
    start = 0
    for m in block_rx().finditer(lower):
        if m.start() > start:
            words = blank[start + 1 : m.start() + 1].decode("latin-1").split()
            blocks.append(Block(start, m.start(), words))
        start = m.end()
    if start < len(lower):
        blocks.append(Block(start, len(lower), blank[start + 1 : -1].decode("latin-1").split()))
    return blocks


def _maybe_mixed(found: Counter[str]) -> bool:
    """Cheap first look: does a second language have enough function words for a split?"""
    # The two largest counts (most_common(2) would run heapq for a handful of languages).
    top = sorted(found.values(), reverse=True)
    return len(top) >= 2 and top[1] >= 5 and top[1] * 4 >= top[0]


def prepare(text: str, lang: str | None = None, finder: WordFinder | None = None) -> Doc:
    """Tokenise `text` once and find its language, paragraph by paragraph when it looks mixed.

    `finder` (the checks' word index, wordindex.word_index()) makes `Doc.positions` one pass
    over the text for every listed word; the offsets are the same without it.
    """
    # (Before lowered: it lets beyond_ascii's kept answer go, which odd_letters reads.)
    odd = odd_letters(text)
    lower = lowered(text)
    blank = blanked(lower)
    tokens = blank.decode("latin-1").split()
    vocab = set(tokens)
    found = langs.counts(vocab)
    main = lang or langs.best(found, minimum=2)
    if main == "unknown" and sum(found.values()) < 5:
        # Too short to tell: most such snippets are English, and the warning says so.
        main = max(found, key=found.__getitem__) if found else "en"
    whole = Block(0, len(lower), tokens, main)
    if lang or not _maybe_mixed(found):
        return Doc(
            text,
            lower,
            [whole],
            main,
            {main: 1.0} if tokens else {},
            vocab,
            {main: vocab},
            len(tokens),
            forced=bool(lang),
            blank=blank,
            finder=finder,
            odd=odd,
        )
    blocks = _blocks(lower, blank)
    sizes: Counter[str] = Counter()
    for block in blocks:
        own = langs.best(langs.counts(block.tokens), minimum=4)
        block.lang = main if own == "unknown" else own
        sizes[block.lang] += len(block.tokens)
    total = sum(sizes.values()) or 1
    shares = {k: round(v / total, 3) for k, v in sizes.most_common()}
    main = next(iter(shares))
    vocab_by_lang: dict[str, set[str]] = {}
    for block in blocks:
        vocab_by_lang.setdefault(block.lang, set()).update(block.tokens)
    return Doc(
        text,
        lower,
        blocks,
        main,
        shares,
        vocab,
        vocab_by_lang,
        len(tokens),
        blank=blank,
        finder=finder,
        odd=odd,
    )


def context(text: str, start: int, end: int, width: int = 70) -> str:
    """The hit with up to `width` characters either side, cut at word and line boundaries."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    line_start = text.rfind("\n", lo, start)
    if line_start >= 0:
        lo = line_start + 1
    line_end = text.find("\n", end, hi)
    if line_end >= 0:
        hi = line_end
    if lo > 0 and lo < start:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text) and hi > end:
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    prefix = "…" if lo > 0 and text[lo - 1] != "\n" else ""
    suffix = "…" if hi < len(text) and text[hi] != "\n" else ""
    return prefix + " ".join(text[lo:hi].split()) + suffix
