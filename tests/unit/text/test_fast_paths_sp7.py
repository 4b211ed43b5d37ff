"""The shortcuts of the speed round sp7 (2026-12-05, afternoon) give exactly what the reads
they replace give.

Each is held by a Hypothesis property to the plain version, on text built to trip it.
"""

from __future__ import annotations

import dataclasses
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import exclusion, pay_places, phrases, req_unwrap, seniority
from askback.text.doc import Doc, prepare

# The three scans _may_join read its marks with before sp7, as they were written: a line after
# the break that may start in lower case, a comma before it, and a cut word before it, read
# on the text reversed.
_LOWER_NEXT = re.compile(r"\n[ \t]*(?=[^\x00-\x60\x7b-\xa9\u00c0-\u00d6\u00d8-\u00de])")
_AFTER_COMMA = re.compile(r",[ \t]*\n")
_CUT_WORD_END_REVERSED = re.compile(
    r"\n[^\S\n]*(?:"
    + "|".join(sorted((w[::-1] for w in req_unwrap._CUT_WORDS), key=len, reverse=True))
    + r")(?!\S)"
)


def _marks_as_before(text: str) -> list[int]:
    marks = [m.start() for m in _LOWER_NEXT.finditer(text)]
    marks += [m.end() - 1 for m in _AFTER_COMMA.finditer(text)]
    last = len(text) - 1
    marks += [last - m.start() for m in _CUT_WORD_END_REVERSED.finditer(text[::-1])]
    return sorted(set(marks))


# Pieces of width-cut prose: cut words alone and inside longer words (bathe, onto, this's),
# commas, blanks of every kind at a line's end (tab, no-break space, vertical tab, form feed),
# line breaks with blank lines between, capitals and lower case after a break (ASCII, Latin-1,
# Greek, Cyrillic, Polish), digits, bullets, stops.
_PIECES = [
    *sorted(req_unwrap._CUT_WORDS),
    "bathe", "onto", "pthe", "Their", "THE", "theirs", "your.", "and,", "x", "Zeta", "élan",
    "Éclair", "ß", "ł", "Σ", "ч", "1.", "-", "•", "#", ",", ".", ";", ")", ":", "’",
    " ", "  ", "\t", "\u00a0", "\x0b", "\x0c", "\u2003", "\n", "\n", "\n", "\n\n", "\n \n",
    " \n", "\t\n", "\u00a0\n",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@example("Licensure, as the\npossible to recruit, and\nof the \nthe\n")
@example("a\nan \u00a0\nbe,\t\nthe\u00a0the\n")
@example("the\n\n\nélan and\nÉclair")
@example("\nthe\n")
@given(_texts)
def test_the_forward_mark_scan_marks_what_the_three_scans_marked(text: str) -> None:
    assert req_unwrap._marks(text) == _marks_as_before(text)


_LINES = st.lists(
    st.lists(
        st.sampled_from([*_PIECES[:40], " ", " ", "Policy.", "English", "e.g."]), max_size=12
    ).map(" ".join),
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(_LINES, st.sampled_from(["\n", "\n\n", " \n", "\n \n", "\t\n"]))
def test_the_width_cut_view_is_the_full_read_where_it_says_one(lines: list[str], sep: str) -> None:
    # The gate before the full read (_may_join and _may_hold) may only skip texts the full read
    # leaves alone.
    text = sep.join(lines)
    assert req_unwrap.unwrapped_view(text) == req_unwrap._unwrap(text)


# Sentences that say a role suits early-career people, and their near misses: what says it
# suits them, the audience (English and German, inflected, hyphened), what follows, and the
# stops, line breaks and other marks between clauses; words that hold a piece of the audience
# inside them (upgrade, yearly) and audience words alone.
_LEADS = [
    "ideal for", "perfect for", "suitable for", "open to", "great for", "aimed at",
    "richtet sich an", "richtet sich explizit an", "wendet sich an", "auch für", "gerne an",
    "geeignet für", "this is an", "our", "eine", "we welcome", "upgrade", "yearly", "x", "",
]  # fmt: skip
_WHO = [
    "early career talent", "early-career professionals", "early career", "recent graduates",
    "recent university graduate", "new grads", "new college grad", "absolvent",
    "hochschulabsolventen", "absolvent:innen", "berufseinsteiger", "berufseinsteiger*innen",
    "berufsanfängerinnen", "graduates", "early", "grad", "career",
]  # fmt: skip
_TAILS = ["", "are welcome", "sind willkommen", "encouraged to apply", "role", "position",
          "programme", "stelle", "x"]  # fmt: skip
_clauses = st.tuples(
    st.sampled_from(_LEADS),
    st.sampled_from(["", "", "data", "unsere"]),
    st.sampled_from(_WHO),
    st.sampled_from(_TAILS),
).map(" ".join)
_audience_texts = st.lists(
    st.tuples(_clauses, st.sampled_from([". ", "; ", "\n", " ", ", ", "! ", "? ", " - ", ".", ""])),
    max_size=6,
).map(lambda parts: "".join(c + sep for c, sep in parts))


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=1500, deadline=None)
@example("we are open. to recent graduates who are welcome")
@example("ideal for recent graduates; berufseinsteiger sind willkommen")
@example("an upgrade. this is an early-career role\nrichtet sich explizit an absolvent:innen")
@example("yearly reviews are open to new grads")
@given(_audience_texts)
def test_the_audience_search_in_stretches_finds_what_the_whole_text_search_finds(
    text: str,
) -> None:
    assert _span(seniority.audience_search(text)) == _span(seniority._audience_rx().search(text))


# The sex-preference entries (exclusion.yaml), fresh: their patterns not compiled yet.
_SEX_IDS = ("sex-preference", "geschlecht-bevorzugt", "geschlecht-kennung")


def _sex_index(compiled: bool) -> phrases.Index:
    entries = [
        dataclasses.replace(e, _rx=None, _seek=None, _seek_made=False)
        for e in exclusion.entries().entries
        if e.id in _SEX_IDS
    ]
    if compiled:
        for e in entries:
            assert e.rx is not None
            _ = e.seek
    return phrases.index(entries, "")


def _finds(doc: Doc, idx: phrases.Index) -> list[tuple[str, int, int]]:
    return [(m.entry.id, m.start, m.end) for m in phrases.find(doc, idx)]


_SEX_PIECES = [
    "women", "men", "female", "male", "ladies", "frauen", "männer", "weibliche", "candidates",
    "applicants", "nurse", "bewerber", "preferred", "only", "must", "be", "has", "to", "we",
    "are", "looking for", "a", "open to", "suitable for", "bevorzugt", "nur", "werden",
    "sekretärin", "(w)", "(m/w/d)", "and", "in", "data", ".", ",", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@example("female candidates preferred. women and men welcome")
@example("Sekretärin (w)\nnur weibliche Bewerber")
@given(st.lists(st.sampled_from(_SEX_PIECES), max_size=25).map(" ".join))
def test_patterns_compiled_at_their_first_window_find_what_compiled_ones_find(text: str) -> None:
    doc = prepare(text)
    assert _finds(doc, _sex_index(compiled=False)) == _finds(doc, _sex_index(compiled=True))


def test_a_pattern_is_not_compiled_where_no_window_holds_a_piece_it_needs() -> None:
    # "women" and "men" stand in the ad, but none of the words every match holds: the long
    # English pattern is never compiled.
    idx = _sex_index(compiled=False)
    doc = prepare("We support women and men in science through our network and events.")
    assert phrases.find(doc, idx) == []
    english = next(e for e in idx.entries if e.id == "sex-preference")
    assert english._rx is None
    doc = prepare("Female candidates preferred.")
    assert [m.entry.id for m in phrases.find(doc, idx)] == ["sex-preference"]
    assert english._rx is not None


class _VocabByWords(set[str]):
    """A vocabulary whose issuperset is the word-by-word test pay_places read before sp7."""

    def issuperset(self, words: object) -> bool:
        assert isinstance(words, tuple)
        return all(w in self for w in words)


_PLACE_PIECES = [
    "New South Wales", "Wales", "New England", "England", "New York", "York", "Hong Kong",
    "British Columbia", "Columbia", "Ontario", "Toronto, ON", "Sydney", "New", "South", "Kong",
    "salary", "$80,000", "USD", "in", "and", ",", ".", "\n",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@example("Sydney, New South Wales and Hong Kong. Wales")
@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=20).map(" ".join))
def test_places_named_with_one_superset_test_are_those_named_word_by_word(text: str) -> None:
    doc = prepare(text)
    fast = pay_places._named(doc)
    doc.vocab = _VocabByWords(doc.vocab)
    assert fast == pay_places._named(doc)
