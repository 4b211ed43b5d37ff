"""Phrase lists from lexicon files, matched fast.

One pass of an Aho-Corasick automaton over an ad's words finds the candidate phrases of every
list at once; only those are then located in the text, from the word index (see wordindex) or,
where punctuation or a line break stands between the words, by a regex that starts with a
literal word (a fast search). A regex pattern runs only in small windows around its trigger
words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from askback.text import lexicon, rx_first
from askback.text.doc import WORD_CHARS, Doc, token_rx

if TYPE_CHECKING:
    from ahocorasick_rs import BytesAhoCorasick

PATTERN_REACH = 120  # characters a pattern may extend either side of its trigger word
# A numbered backreference ("\1", "(?P=name)" is by name and safe) in a pattern's source.
_BACKREF = re.compile(r"\\[1-9]|\(\?\(\d")


@dataclass(frozen=True, slots=True, eq=False)
class Phrase:
    """One literal phrase: its words and the regex that locates it in the text."""

    words: tuple[str, ...]
    rx: re.Pattern[str]
    literal: str  # the words joined by single spaces: the common way the phrase is written
    padded: str  # the literal with a space either side, to test against the joined tokens


@dataclass(slots=True, eq=False)
class Entry:
    """One phrase-list entry: how to find it (phrases and/or a pattern) and what it means."""

    id: str
    group: str
    lang: str  # en, de, or any
    phrases: tuple[Phrase, ...]
    triggers: frozenset[str]  # for the pattern
    pattern: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    reach: int = PATTERN_REACH
    # Literal pieces of which every match of the pattern holds one (lexicon key `needs`): where
    # none stands in a window, the pattern is not run there. An optimisation only: leaving it out
    # changes no result.
    needs: tuple[str, ...] = ()
    _rx: re.Pattern[str] | None = None
    _seek: re.Pattern[str] | None = None
    _seek_made: bool = False
    _text: dict[str, str] = field(init=False)  # str() of each metadata value, made once

    def __post_init__(self) -> None:
        self._text = {k: str(v) for k, v in self.meta.items()}

    @property
    def rx(self) -> re.Pattern[str] | None:
        if self._rx is None and self.pattern:
            self._rx = re.compile(self.pattern, re.MULTILINE)
        return self._rx

    @property
    def seek(self) -> re.Pattern[str] | None:
        """The pattern as group 1 after a lazy skip of at most `reach` characters: matched at a
        place, it finds the pattern's first match that starts within `reach` of it (see
        _window). None where the pattern cannot be wrapped so: a global flag such as a leading
        "(?i)" must stay at the start, and a numbered backreference would count one group more.
        """
        if not self._seek_made and self.pattern:
            self._seek_made = True
            if not _BACKREF.search(self.pattern):
                try:
                    self._seek = re.compile(
                        rf"(?s:.{{0,{self.reach}}}?)({self._gate()}(?:{self.pattern}))",
                        re.MULTILINE,
                    )
                except re.error:
                    self._seek = None
        return self._seek

    def _gate(self) -> str:
        """The look-ahead of the pattern's first characters (rx_first), or "": the lazy skip
        tries the pattern at every place up to the trigger, and most places cannot start a
        match. A pattern that does not compile alone gets none (its seek fails as well)."""
        try:
            rx = self.rx
        except re.error:
            return ""
        return rx_first.lookahead(rx) if rx is not None else ""

    def get(self, key: str, default: str = "") -> str:
        return self._text.get(key, default)

    def words(self, key: str) -> tuple[str, ...]:
        """A list-valued field ('tags: [a, b]') as strings; () when absent."""
        value = self.meta.get(key)
        if not value:
            return ()
        return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


class Match(NamedTuple):
    """One place a list entry stands in the text (a tuple, like gender.Hit: an ad has some ten,
    made in the scan's loop, and a frozen dataclass takes three times as long to make)."""

    entry: Entry
    start: int
    end: int


def words_of(phrase: str) -> tuple[str, ...]:
    words = tuple(token_rx().findall(phrase.lower()))
    if not words:
        raise lexicon.LexiconError(f"phrase {phrase!r} has no words")
    return words


def phrase(text: str) -> Phrase:
    """A literal phrase: its words in order, separated by one to four non-word characters."""
    words = words_of(text)
    sep = f"[^{WORD_CHARS}]{{1,4}}"
    rx = re.compile(sep.join(re.escape(w) for w in words) + f"(?![{WORD_CHARS}])")
    literal = " ".join(words)
    return Phrase(words, rx, literal, f" {literal} ")


def build(group: str, items: list[dict[str, Any]], where: str) -> list[Entry]:
    """Entries from a lexicon list: phrases and/or a pattern with triggers, a lang, metadata."""
    out: list[Entry] = []
    for i, item in enumerate(items):
        ident = str(item.get("id") or f"{group}-{i}")
        texts = [str(p) for p in item.get("phrases", ())]
        pattern = item.get("pattern")
        if pattern and not item.get("trigger"):
            raise lexicon.LexiconError(f"{where}: {ident}: a pattern needs a trigger list")
        if not texts and not pattern:
            raise lexicon.LexiconError(f"{where}: {ident}: give phrases or a pattern")
        needs = tuple(str(n) for n in item.get("needs", ()))
        if needs and not pattern:
            raise lexicon.LexiconError(f"{where}: {ident}: `needs` goes with a pattern")
        if any(not n or n != n.lower() for n in needs):
            raise lexicon.LexiconError(f"{where}: {ident}: `needs` are lower-case literals")
        skip = ("phrases", "pattern", "trigger", "reach", "needs")
        out.append(
            Entry(
                id=ident,
                group=group,
                lang=str(item.get("lang", "any")),
                phrases=tuple(phrase(p) for p in texts),
                triggers=frozenset(str(t).lower() for t in item.get("trigger", ())),
                pattern=str(pattern) if pattern else None,
                meta={k: v for k, v in item.items() if k not in skip},
                reach=int(item.get("reach", PATTERN_REACH)),
                needs=needs,
            )
        )
    return out


@dataclass(slots=True)
class Index:
    """The entries of one list: each (entry, phrase) pair, and the entries with patterns."""

    name: str
    entries: list[Entry]
    pairs: list[tuple[Entry, Phrase]]
    patterned: list[Entry]
    triggers: frozenset[str]  # every trigger word of the patterned entries
    by_trigger: dict[str, tuple[int, ...]]  # trigger word -> the patterned entries it starts
    plans: list[_Plan | None]  # per patterned entry, made when first used (see _patterns)
    # The automaton over `pairs` for a list outside CATALOG, made by find when first used (each
    # build cost 60-140 µs: the data-work words are such a list, read on a few ads in a hundred).
    table: Table | None = None


def index(entries: list[Entry], name: str = "") -> Index:
    pairs = [(entry, p) for entry in entries for p in entry.phrases]
    patterned = [e for e in entries if e.pattern]
    by_trigger: dict[str, list[int]] = {}
    for i, entry in enumerate(patterned):
        for t in entry.triggers:
            by_trigger.setdefault(t, []).append(i)
    triggers = frozenset(by_trigger)
    return Index(
        name,
        entries,
        pairs,
        patterned,
        triggers,
        {t: tuple(v) for t, v in by_trigger.items()},
        [None] * len(patterned),
    )


# Every list the job-ad checks use: one pass over an ad's words finds the phrases of all of them.
CATALOG = (
    ("exclusion", "exclusion"),
    ("conditions", "remote"),
    ("commitments", "diversity_boilerplate"),
    ("commitments", "diversity_measures"),
    ("commitments", "responsible_ai"),
    ("commitments", "ml_role"),
    ("commitments", "data_maturity"),
    ("commitments", "benefits"),
)

Item = tuple[str, Entry, Phrase]


@dataclass(slots=True)
class Table:
    """Phrases found in one pass: an Aho-Corasick automaton over the phrases written as
    " w1 w2 " and, per automaton pattern, the list items that phrase stands for."""

    items: list[list[Item]]
    matcher: BytesAhoCorasick


def _table(items: list[Item]) -> Table:
    """The automaton over `items`' phrases. The compact one, even for the catalogue's, which is
    built once and run on every ad: a DFA scans faster on a warm cache, but between the checks
    of a whole analysis its larger tables fall out of the cache and it is the slower (see
    wordindex.build)."""
    from ahocorasick_rs import BytesAhoCorasick, Implementation

    by_phrase: dict[str, list[Item]] = {}
    for item in items:
        by_phrase.setdefault(item[2].padded, []).append(item)
    # Words hold Latin-1 letters only (see doc.WORD_CHARS), so bytes serve and spare a UTF-8
    # copy.
    matcher = BytesAhoCorasick(
        [p.encode("latin-1") for p in by_phrase],
        implementation=Implementation.ContiguousNFA,
    )
    return Table(list(by_phrase.values()), matcher)


@cache
def _catalog() -> Table:
    items: list[Item] = []
    for name, group in CATALOG:
        idx = load(name, group)
        items.extend((idx.name, e, p) for e, p in idx.pairs)
    return _table(items)


@cache
def _catalog_names() -> frozenset[str]:
    return frozenset(f"{name}:{group}" for name, group in CATALOG)


def _token_hits(tokens: list[str], table: Table, lang: str) -> list[Item]:
    """Phrases whose words follow each other in the token list (located in the text later).

    The tokens joined by single spaces, with a space either side, hold " w1 w2 " exactly when
    the phrase's words follow each other; one automaton pass finds every such phrase at once.
    """
    joined = f" {' '.join(tokens)} ".encode("latin-1")
    found = table.matcher.find_matches_as_indexes(joined, overlapping=True)
    every = table.items
    hits = [item for i in sorted({m[0] for m in found}) for item in every[i]]
    return hits if not lang else [h for h in hits if h[1].lang in ("any", lang)]


def _located(doc: Doc, p: Phrase) -> list[tuple[int, int]]:
    """Where a phrase stands in the text: as written with single spaces (doc.positions), else by
    its regex, which allows hyphens, line breaks and punctuation between the words."""
    lower = doc.lower
    found = [(i, i + len(p.literal)) for i in doc.positions(p.literal)]
    if found:
        return found
    return [
        (m.start(), m.end())
        for m in p.rx.finditer(lower)
        if not (m.start() and lower[m.start() - 1].isalnum())
    ]


def _matches(doc: Doc, hits: list[Item]) -> dict[str, list[Match]]:
    out: dict[str, list[Match]] = {}
    multi = len(doc.blocks) > 1
    for name, entry, p in hits:
        for start, end in _located(doc, p):
            if multi and entry.lang != "any" and doc.lang_at(start) != entry.lang:
                continue
            out.setdefault(name, []).append(Match(entry, start, end))
    return out


def scan(doc: Doc) -> dict[str, list[Match]]:
    """Phrase matches of every catalogue list, by list name; computed once per doc."""
    cached = doc.memo.get("phrases")
    if isinstance(cached, dict):
        return cached
    table = _catalog()
    # One pass over all the ad's words; a phrase of one language is checked against the
    # paragraph it stands in when it is located.
    blocks = doc.blocks
    tokens = blocks[0].tokens if len(blocks) == 1 else [t for b in blocks for t in b.tokens]
    out = _matches(doc, _token_hits(tokens, table, ""))
    doc.memo["phrases"] = out
    return out


# What _patterns reads of a patterned entry, gathered once: the entry, its triggers, lang, rx,
# seek, the search for its `needs` (None without) and reach. rx and seek are None until the
# first window that holds one of the `needs` pieces (see _patterns).
_Plan = tuple[
    Entry,
    frozenset[str],
    str,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    re.Pattern[str] | None,
    int,
]


def _plan(entry: Entry) -> _Plan:
    # One search for any of the pieces, not a str.find per piece: ~20 % less time over the
    # windows of the EU ads, even for a single piece (a literal search of its own).
    needs = re.compile("|".join(map(re.escape, entry.needs))) if entry.needs else None
    return (entry, entry.triggers, entry.lang, None, None, needs, entry.reach)


def _compiled(plan: _Plan) -> _Plan:
    """The plan with its entry's pattern and seek compiled: the first window that may hold a
    match compiles them, not the first ad with a trigger word (the sex-preference pattern, 3.4k
    characters, costs ~18 ms to compile; most ads that name "women" or "men" hold none of
    its `needs` near them)."""
    entry = plan[0]
    rx = entry.rx
    assert rx is not None
    return (entry, plan[1], plan[2], rx, entry.seek, plan[5], plan[6])


def _patterns(doc: Doc, idx: Index, present: frozenset[str] | set[str]) -> list[Match]:
    """Pattern entries, each run only in small windows around its trigger words.

    `present` is the index's trigger words that stand in the ad: only entries with one of them
    are looked at, in the index's order.
    """
    lower = doc.lower
    n = len(lower)
    multi = len(doc.blocks) > 1
    positions = doc.positions
    plans = idx.plans
    by_trigger = idx.by_trigger
    out = []
    if len(present) == 1:
        chosen: Iterable[int] = by_trigger[next(iter(present))]  # already in index order
    else:
        chosen = sorted({i for t in present for i in by_trigger[t]})
    for i in chosen:
        plan = plans[i]
        if plan is None:
            plan = plans[i] = _plan(idx.patterned[i])
        entry, triggers, lang, rx, seek, needs, reach = plan
        # The entry's trigger words in the ad (`present` is a subset of doc.vocab); for an
        # entry of one language, those in that language's paragraphs.
        here = triggers.intersection(present)
        if lang != "any" and here:
            vocab = doc.vocab_by_lang.get(lang)
            here = here.intersection(vocab) if vocab else here.intersection(())
        if not here:
            continue
        # Windows only: a search of the whole ad for a piece it lacks costs more than it saves.
        by_lang = multi and lang != "any"
        for token in here:
            span = reach + len(token)
            for pos in positions(token):
                # max(0, pos - reach) and min(n, pos + span), without the calls: once a window
                lo = pos - reach if pos > reach else 0
                hi = pos + span if pos + span < n else n
                if needs is not None and needs.search(lower, lo, hi) is None:
                    continue  # none of the pieces in this window: no match can stand in it
                if rx is None:
                    plan = plans[i] = _compiled(plan)
                    rx, seek = plan[3], plan[4]
                    assert rx is not None
                for start, end in _window(rx, seek, lower, lo, hi, pos):
                    if end == hi and hi < n:
                        continue  # it may run on past the window
                    if by_lang and doc.lang_at(start) != lang:
                        continue
                    out.append(Match(entry, start, end))
    return out


def _window(
    rx: re.Pattern[str], seek: re.Pattern[str] | None, lower: str, lo: int, hi: int, pos: int
) -> list[tuple[int, int]]:
    """The spans of rx.finditer(lower, lo, hi) that start at or before `pos`, its trigger.

    finditer would try the regex at every place up to `hi`, though no match that starts after
    `pos` is kept. `seek` (Entry.seek: a lazy skip of at most `reach` characters, then the
    pattern) tries only the places up to `pos`, in one call, as `lo` lies at most `reach` before
    it; it finds the same match, the pattern's first match at the first place where it
    matches. After an empty match finditer's rules for the next one differ, so such a window
    is read by finditer.
    """
    if seek is not None:
        out: list[tuple[int, int]] = []
        at = lo
        while (m := seek.match(lower, at, hi)) is not None:
            start, end = m.span(1)
            if start > pos:
                return out
            if end == start:
                break
            out.append((start, end))
            at = end
        else:
            return out
    spans: list[tuple[int, int]] = []
    for m in rx.finditer(lower, lo, hi):
        start, end = m.span()
        if start > pos:
            break  # a match starts at or before its trigger; later ones start later
        spans.append((start, end))
    return spans


def find(doc: Doc, entries: list[Entry] | Index) -> list[Match]:
    """Every match in the doc, in text order (longest first at a place), one per entry and place."""
    idx = entries if isinstance(entries, Index) else index(entries, "")
    if idx.name in _catalog_names():
        found = list(scan(doc).get(idx.name, ()))
        # A catalogue list's triggers are in the word index: read from its finds (a trigger
        # left out has no positions, so no window either).
        present: frozenset[str] | set[str] = doc.standing(idx.triggers)
    else:
        table = idx.table
        if table is None:
            table = idx.table = _table([(idx.name, e, p) for e, p in idx.pairs])
        hits = [h for block in doc.blocks for h in _token_hits(block.tokens, table, block.lang)]
        found = _matches(doc, list(dict.fromkeys(hits))).get(idx.name, [])
        present = idx.triggers.intersection(doc.vocab)
    if present:
        found += _patterns(doc, idx, present)
    if len(found) < 2:
        return found
    unique = {(m.entry.id, m.start): m for m in sorted(found, key=lambda m: m.end - m.start)}
    return sorted(unique.values(), key=lambda m: (m.start, -(m.end - m.start)))


@cache
def load(name: str, group: str) -> Index:
    """The indexed entries of one list (e.g. `exclusion`) from lexicons/<name>.yaml."""
    data = lexicon.read(name)
    items = data.get(group)
    if not isinstance(items, list):
        raise lexicon.LexiconError(f"{name}.yaml: {group} must be a list")
    return index(build(group, items, f"{name}.yaml"), f"{name}:{group}")
