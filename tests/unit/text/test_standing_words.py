"""Doc.standing (words read from the word index's finds) keeps every word that has a place.

The checks that read it (phrases.find's triggers, gender's forms and thing nouns, the language
names) then read each word's positions, so a word it leaves out must have none.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import conditions, exclusion, lexicon, senses, wordindex
from askback.text.doc import prepare

_SETS = {
    "remote triggers": conditions.remote_cues().triggers,
    "exclusion triggers": exclusion.entries().triggers,
    "gender forms en": lexicon.gender("en").forms,
    "gender forms de": lexicon.gender("de").forms,
    "thing heads": senses.thing_heads(),
    "language words": conditions._language_words(),
}

# Words of those sets, glued to letters of other scripts, digits, hyphens and apostrophes.
_PIECE = st.sampled_from(
    [
        "office",
        "site",
        "onsite",
        "on-site",
        "hybrid",
        "remote",
        "days",
        "confident",
        "ambitious",
        "kommunikativ",
        "team",
        "data",
        "english",
        "deutsch",
        "german",
        "class",
        "degree",
        "β",
        "č",
        "ª",
        "²",
        "_",
        "-",
        "’",
        "'",
        "é",
        "1",
        ".",
        ",",
    ]
)
_TEXT = st.lists(
    st.tuples(_PIECE, st.sampled_from(["", "", " ", "\n", "\n\n", " / "])), max_size=25
).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_standing_keeps_every_word_with_a_place(text: str) -> None:
    doc = prepare(text or "x", None, wordindex.word_index())
    for name, words in _SETS.items():
        for vocab in (doc.vocab, *doc.vocab_by_lang.values()):
            got = doc.standing(words, vocab)
            plain = words & vocab
            assert got <= plain, name
            placed = {w for w in plain if doc.positions(w)}
            assert placed <= got, name


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_standing_without_an_index_is_the_plain_intersection(text: str) -> None:
    doc = prepare(text or "x")
    for words in _SETS.values():
        assert doc.standing(words) == words & doc.vocab


def test_a_set_the_index_does_not_cover_is_intersected_plainly() -> None:
    doc = prepare("the zyxwv office", None, wordindex.word_index())
    words = frozenset({"zyxwv", "office"})  # "zyxwv" is in no lexicon
    assert doc.standing(words) == {"zyxwv", "office"}
