"""The shortcuts of the speed round sp6 (2026-12-05) give exactly what the reads they skip give.

Each is held by a Hypothesis property to the plain version, on text built to trip it.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import commitments, pay, phrases, senses, wordindex
from askback.text.doc import blanked, find_word, lowered, odd_letters, prepare

# Word characters beyond ASCII (umlauts, accents), capitals that lower to them, letters and
# digits that are no word characters (ł, ², µ, ª, ч, the Kelvin sign, a dotted capital I whose
# lower case is two characters, a capital sigma), and marks that pasted ads hold (’ – € •).
EDGE = "aeklrtz09ßéöüÿÄÉÖÜÀÞłśчµ²ªİKΣ-–/’'.,:;()€$£• \n\t"
WORDS = ["lead", "leading", "data quality", "quality", "remote", "eur", "r", "power bi"]
texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=EDGE, max_size=4)), max_size=40
).map("".join)


@settings(max_examples=400, deadline=None)
@example("Führung lead² Lead")
@example("ÄRGER lead Kelvin Klead")
@example("İlead lead")
@example("ΣΣlead leadΣ")
@given(texts)
def test_odd_letters_false_means_no_letter_beyond_the_word_characters(text: str) -> None:
    # odd_letters may say True for a text that holds none (it errs that way), never False for
    # one that holds one.
    lower = lowered(text)
    holds = any(c > "\x7f" and c.isalnum() and not ("ß" <= c <= "ÿ" and c != "÷") for c in lower)
    if holds:
        assert odd_letters(text)


@settings(max_examples=400, deadline=None)
@example("Führung lead² Lead — lead’s data quality")
@example("ÄRGER lead Kelvin Klead")
@given(texts)
def test_the_index_without_letter_checks_finds_what_it_finds_with_them(text: str) -> None:
    # Where odd_letters says no, the index skips the checks of the characters beside a word:
    # the offsets must be those of the checks, and of the plain search.
    lower = lowered(text)
    index = wordindex.word_index()
    checked = index.find(lower, blanked(lower))
    fast = index.find(lower, blanked(lower), odd_letters(text))
    assert fast == checked
    for word in WORDS:
        if word in index.listed:
            assert fast.get(word, []) == find_word(lower, word), word


# Pieces of pay lines: figures with their separators, currency signs and codes (of any case,
# glued or spaced), the words that join a range, multipliers, brackets and line breaks.
PAY_PIECES = [
    "€", "£", "$", "¥", "₹", "zł", "CA$", "A$", "cad ", "EUR", "euro", "Euros", "usd", "GBP",
    "kr.", "Rs.", "pounds sterling", "lakh", "LPA", "crores", "teur", "sterling", "rupees",
    "45,000", "12,00,000", "1.250,50", "85 000", "70", "3", "0000032938", "k", "K", "tsd.",
    "Mio.", "T€", ".-", ",-", "+", " - ", "–", " to ", " bis ", " à ", " and ", "/", " until ",
    "(EUR)", "(", ")", "\n", " ", "  ", "\t", "per year", "tutors", "a", "e",
]  # fmt: skip
pay_texts = st.lists(st.sampled_from(PAY_PIECES), max_size=30).map("".join)


def _amounts(rx: object, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    assert isinstance(rx, re.Pattern)
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@settings(max_examples=400, deadline=None)
@example("CAD $72,000 – 85.000 EUR (EUR) 12,00,000 INR ID 0000032938 kr. 45.000,- and 5 tutors")
@example("zwischen 52.000 und\n60.000 Euro, 100,000+ USD, 70 – 85 T€")
@given(pay_texts)
def test_the_gated_money_pattern_finds_what_the_plain_one_finds(text: str) -> None:
    # Each place a currency or a range's joining word is tried carries a look-ahead of its
    # first characters: the matches, their spans and groups must be the pattern's as written,
    # in a whole-text scan and in money_in's reads before each digit.
    gated, plain = pay._money_rx(True), pay._money_rx(False)
    assert gated.pattern != plain.pattern
    assert _amounts(gated, text) == _amounts(plain, text)
    for at in range(len(text)):
        a, b = gated.match(text, at), plain.match(text, at)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


NEXT_EDGE = "ab9’'&-_.,;: \t\nßłч²"


@settings(max_examples=400, deadline=None)
@example("  a, b. c")
@example("x\t-’ &&")
@given(st.text(alphabet=NEXT_EDGE, max_size=24))
def test_the_next_words_pattern_with_branches_reads_as_with_optional_groups(text: str) -> None:
    # senses.next_words' pattern writes its optional words as branches: at every place, the
    # same match and the same three groups as the pattern with optional groups.
    fast = re.compile(senses.next3_pattern(branches=True))
    plain = re.compile(senses.next3_pattern(branches=False))
    assert fast.pattern != plain.pattern
    for at in range(len(text) + 1):
        a, b = fast.match(text, at), plain.match(text, at)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


DATA_WORDS = [
    "data analysis", "dashboards", "power bi", "sql", "data", "analysis", "reporting",
    "data pipelines", "etl", "nurse", "we", "build", ",", ".", "\n",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(DATA_WORDS), max_size=40).map(" ".join))
def test_a_list_outside_the_catalogue_keeps_its_automaton_and_finds_the_same(text: str) -> None:
    # phrases.find builds the automaton of a list outside CATALOG once and keeps it on the
    # list's Index: a second ad read with the kept one finds what a freshly built one finds.
    kept = phrases.load("commitments", "data_role")
    assert kept.name not in {f"{n}:{g}" for n, g in phrases.CATALOG}
    fresh = phrases.index(kept.entries, kept.name)
    doc = prepare(text or "x", "en", wordindex.word_index())
    first = phrases.find(doc, kept)
    assert kept.table is not None
    again = phrases.find(prepare(text or "x", "en", wordindex.word_index()), kept)
    assert [(m.entry.id, m.start, m.end) for m in again] == [
        (m.entry.id, m.start, m.end) for m in first
    ]
    assert [(m.entry.id, m.start, m.end) for m in first] == [
        (m.entry.id, m.start, m.end)
        for m in phrases.find(prepare(text or "x", "en", wordindex.word_index()), fresh)
    ]


def _in_a_name_plain(text: str, m: phrases.Match) -> bool:
    """commitments._in_a_name as it read every word of the line (the plain version)."""
    if not text[m.start : m.start + 1].isupper():
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    before = text[line_start : m.start].split()
    after = text[m.end : text.find("\n", m.end) if "\n" in text[m.end :] else len(text)]
    tail: list[str] = []
    for w in after.split()[:4]:
        word = w.rstrip(",.;:")
        if not commitments._NAME_WORD.fullmatch(word):
            break
        tail.append(word)
        if word != w:
            break
    lead = bool(before) and commitments._NAME_WORD.fullmatch(before[-1]) is not None
    return any(
        word in commitments._FIRM_FORMS or (word in commitments._FIRM_KINDS and lead)
        for word in tail
    )


NAME_PIECES = [
    "Pension", "Dental", "Care", "Insurance", "Corporation", "Ltd", "Ltd,", "Smile", "Bupa",
    "pension", "plan", "Clinic.", "Practice", "and", "&", "Leeds", " ", "  ", "\n", "\t", ",",
    "\u00a0", "offers", "a", "Inc", "LLP", "Studio", "Partners;",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@example("Smile Dental Care, Leeds")
@example("Bupa Dental Care Ltd\nPension")
@given(st.lists(st.sampled_from(NAME_PIECES), min_size=1, max_size=30).map(" ".join))
def test_a_benefit_in_a_name_reads_as_with_every_word_of_its_line(text: str) -> None:
    # _in_a_name reads the last word before the benefit and the first four after it on its
    # line: the same answer as reading every word of the line, at every capitalised word.
    entry = phrases.load("commitments", "benefits").entries[0]
    for at in range(len(text)):
        end = text.find(" ", at)
        m = phrases.Match(entry, at, len(text) if end < 0 else end)
        assert commitments._in_a_name(text, m) == _in_a_name_plain(text, m)
