"""The fast paths of the ad analyzer give exactly what the plain searches they replace give.

Each shortcut (byte-table tokenising, the one-pass word index, digit-anchored money search,
starting the requirement scan at the first heading and jumping between lists, heading words
written as a trie regex) is checked against the slow, obvious
version on awkward text: letters outside Latin-1, superscripts, hyphens, repeated phrases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from askback.text import (
    commitments,
    conditions,
    exclusion,
    lexicon,
    pay,
    pay_bare,
    phrases,
    requirements,
    wordindex,
)
from askback.text.doc import Doc, blanked, find_word, lowered, prepare, token_rx, tokenize
from askback.text.jobad import analyze

DATA = Path(__file__).parents[2] / "data" / "text"

# Characters that sit on the edges of askback's word characters: Latin-1 letters it keeps,
# letters and digits of other scripts (alphanumeric, but not word characters), superscripts,
# punctuation that joins or splits words, and a capital whose lower case is two characters.
EDGE = "aeklrtz09ßéöüÿłśчµ²ªİ-–/’'.,:;()€$£ \n\t"
# Listed words and phrases, and strings built to trip a search (one inside another, overlaps).
WORDS = [
    "lead",
    "leading",
    "leader",
    "data quality",
    "quality",
    "remote",
    "eur",
    "euro",
    "r",
    "work life balance",
    "fully remote",
    "power bi",
    "ab ab",
    "competitive",
    "self-confident",
]
texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=EDGE, max_size=4)), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=EDGE, max_size=200))
def test_tokenize_equals_the_word_regex(text: str) -> None:
    lower = text.lower()
    assert tokenize(lower) == token_rx().findall(lower)
    assert len(blanked(lower)) == len(lower) + 2


@settings(max_examples=300, deadline=None)
@given(texts)
def test_positions_equal_a_plain_search(text: str) -> None:
    doc = prepare(text or "x", "en")
    for word in WORDS:
        assert doc.positions(word) == find_word(doc.lower, word), word
        assert doc.first(word) == (find_word(doc.lower, word) or [-1])[0]


ASCII_EDGE = "aekz09-/'.,:;()$ \n\t"
ascii_texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=ASCII_EDGE, max_size=4)), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@example("data quality  data quality data-quality leading lead")
@given(ascii_texts)
def test_the_index_skips_no_boundary_check_it_needs_in_ascii_text(text: str) -> None:
    # ASCII text takes the index's short path (no letter outside the word characters can
    # stand next to a word): the offsets must still be the plain search's.
    lower = text.lower()
    assert lower.isascii()
    found = wordindex.word_index().find(lower, blanked(lower))
    for word in WORDS:
        if word in wordindex.word_index().listed:
            assert found.get(word, []) == find_word(lower, word), word


@settings(max_examples=300, deadline=None)
@example("łlead lead² lead-lead µlead leadª çlead leadİ data quality ²data quality")
@given(texts)
def test_the_index_checks_letters_of_any_script_beside_a_word(text: str) -> None:
    # Text beyond ASCII takes the index's long path: a letter or digit outside the word
    # characters (ł, ², µ, ª) beside a word turns the place down, as the plain search does.
    lower = lowered(text)
    found = wordindex.word_index().find(lower, blanked(lower))
    for word in WORDS:
        if word in wordindex.word_index().listed:
            assert found.get(word, []) == find_word(lower, word), word


def test_the_index_is_used_and_honours_word_boundaries() -> None:
    text = "Leading łlead lead² lead-lead; data quality, data  quality, data-quality"
    doc = prepare(text, "en")
    assert {"lead", "data quality"} <= wordindex.word_index().listed
    # Not after ł, not before ² (letters and digits of any script), but either side of "-".
    assert doc.positions("lead") == [20, 25]
    # Words one space apart only, as a plain search finds them.
    assert doc.positions("data quality") == [text.index("data quality")]


@pytest.mark.parametrize(
    ("word", "listed"),
    [
        ("data quality", True),
        ("lead", True),
        ("ab ab", False),  # overlaps itself after a space: a plain search skips a place
        ("co-operate", False),
        ("l&d budget", False),
        ("", False),
    ],
)
def test_indexable(word: str, listed: bool) -> None:
    assert wordindex.indexable(word) is listed


MONEY_PARTS = ["EUR", "eur", "Euros", "usd", "CHF", "kr", "zł", "€", "$", "£", "60", "1.200"]
MONEY_PARTS += ["4,5", "85'000", "k", "K", "m", " ", "  ", "-", "–", " to ", "bis", "à", "\n", "x"]


@settings(max_examples=400, deadline=None)
@example("Salary: Euros 60.000 – 70.000, or EUR 5k p.m.", 0, 80)
@example("kr 45 000 bis zł 5", 2, 14)
@given(
    st.lists(st.sampled_from(MONEY_PARTS), max_size=24).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_money_search_equals_finditer(text: str, lo: int, hi: int) -> None:
    for start, end in ((0, len(text)), (min(lo, hi), max(lo, hi))):
        fast = [m.span() for m in pay.money_in(text, start, end)]
        assert fast == [m.span() for m in pay.money_rx().finditer(text, start, end)]


def _labelled_texts() -> list[str]:
    ads = yaml.safe_load((DATA / "ads_labelled.yaml").read_text(encoding="utf-8"))["ads"]
    return [str(ad["text"]) for ad in ads]


def test_requirement_scan_from_the_first_heading_misses_nothing() -> None:
    for text in _labelled_texts():
        doc = prepare(text)
        assert requirements.sections(doc) == requirements._sections_from(doc, 0, skip=False)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Requirements",
                "## What you bring",
                "**Nice to have:**",
                "Benefits",
                "- SQL",
                "* Python, a plus",
                "1. Five years of experience",
                "We are a team of analysts.",
                "Qualifications:",
                "",
                "   ",
            ]
        ),
        max_size=20,
    ).map("\n".join)
)
def test_requirement_scan_shortcut_on_any_layout(text: str) -> None:
    doc = prepare(text or "x", "en")
    assert requirements.sections(doc) == requirements._sections_from(doc, 0, skip=False)


@given(st.lists(st.text(alphabet="abn -.'", min_size=1, max_size=6), min_size=1, max_size=12))
@example(["nice", "nice to have", "n"])
@example(["a", "ab", "abc", "b-"])
def test_trie_alternation_matches_like_longest_first(words: list[str]) -> None:
    trie = re.compile(f"(?:{lexicon.alternation(words)})")
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for text in {*words, " ".join(words), "".join(words), "x" + "".join(reversed(words))}:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(len(text)):
            fast, slow = trie.match(text, start), plain.match(text, start)
            assert (fast and fast.span()) == (slow and slow.span())


def test_first_written_language_requirement_wins_every_run() -> None:
    text = (
        "Data Analyst\n\n## Requirements\n- Fließend Deutsch und Englisch (fluent German and "
        "English required)\n"
    )
    reqs = conditions.language_requirements(prepare(text))
    assert [(r.language, r.span.text) for r in reqs] == [
        ("German", "Deutsch"),
        ("English", "Englisch"),
    ]


def test_two_tools_named_at_one_place_come_in_name_order() -> None:
    names = [n for n, _ in requirements.tools(prepare("We run Azure Synapse and dbt."))]
    assert names == ["Azure", "Microsoft Fabric", "dbt"]


def test_reports_do_not_depend_on_the_order_checks_ask_for_positions() -> None:
    # The index fills a doc's positions at the first question; asking first for a word it
    # does not list (and must search for) gives the same report.
    text = next(t for t in _labelled_texts() if "€" in t or "EUR" in t)
    plain = analyze(text).to_dict()
    doc = prepare(text)
    assert doc.positions("not-a-listed-word") == []
    assert re.search("€|EUR", text) and plain == analyze(text).to_dict()


def _patterns_plainly(doc: Doc, idx: phrases.Index) -> list[phrases.Match]:
    """Every patterned entry, every trigger, every window, each match kept if it starts at or
    before its trigger word: what phrases.find does with its trigger table and early stop."""
    out = []
    n = len(doc.lower)
    for entry in idx.patterned:
        vocab = doc.vocab if entry.lang == "any" else doc.vocab_by_lang.get(entry.lang, set())
        assert entry.rx is not None
        for token in sorted(entry.triggers & vocab):
            for pos in doc.positions(token):
                lo, hi = max(0, pos - entry.reach), min(n, pos + entry.reach + len(token))
                for m in entry.rx.finditer(doc.lower, lo, hi):
                    if m.start() > pos or (m.end() == hi and hi < n):
                        continue
                    other = len(doc.blocks) > 1 and doc.lang_at(m.start()) != entry.lang
                    if entry.lang != "any" and other:
                        continue
                    out.append(phrases.Match(entry, m.start(), m.end()))
    return out


PATTERN_PARTS = [
    "2 days in the office",
    "3 Tage pro Woche im Büro",
    "hybrid",
    "remote (Germany)",
    "on-site",
    "office",
    "30 days of paid holiday",
    "unlimited vacation",
    "no more than 5 years of experience",
    "must be a US citizen",
    "days",
    "Montag bis Freitag",
    "\n",
    ", ",
    " | ",
    "Wir arbeiten und sind ein Team mit dir. ",
    # Matches of the entries with a `needs` pre-check, and near misses of them.
    "office presence on Tuesdays",
    "60% in the office",
    "40 % remote",
    "5 days on site",
    "max. 35 Jahre alt",
    "no older than 40",
    "maximum age: 45",
    "a full driving licence",
    "remote work is not possible",
    "at most 4 years of relevant experience",
    "2 days a week in the office",
    "two days on-site",
    "28 days paid holiday",
    "30 Urlaubstage",
    "holiday days: 25",
    "in the",
    "the",
    "older",
    "licence",
]


def _needs_entries() -> list[phrases.Entry]:
    every = (exclusion.entries(), conditions.remote_cues(), *commitments._lists().values())
    return [e for idx in every for e in idx.patterned if e.needs]


def test_some_entries_have_a_needs_pre_check() -> None:
    ids = {e.id for e in _needs_entries()}
    assert {"office-presence", "age-ceiling", "drivers-licence", "vacation", "lift"} <= ids


@pytest.mark.parametrize("entry", _needs_entries(), ids=lambda e: e.id)
# A pattern that ends in a look-ahead of many words (hybrid-or-remote) makes from_regex draw
# strings the look-ahead then turns down: Hypothesis's filter health check, not a failure.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_needs_pre_check_never_rejects_a_match(entry: phrases.Entry, data: st.DataObject) -> None:
    """Every string the pattern matches (generated from the pattern itself) holds one of the
    entry's `needs` inside the match, so skipping a window without one loses nothing."""
    assert entry.rx is not None
    text = data.draw(st.from_regex(entry.rx, fullmatch=True))
    m = entry.rx.search(text)
    if m is None:  # a generated string the anchors or lookarounds turn down
        return
    # The pre-check reads the lower-cased text, as the pattern does (a pattern may carry "(?i)",
    # so the generated match may hold capitals the analyzer never sees).
    assert any(n in m.group().lower() for n in entry.needs), (entry.id, m.group())


def test_needs_are_checked_when_the_lexicon_is_read() -> None:
    with pytest.raises(lexicon.LexiconError, match="lower-case"):
        phrases.build("g", [{"pattern": "x", "trigger": ["x"], "needs": ["X"]}], "t.yaml")
    with pytest.raises(lexicon.LexiconError, match="with a pattern"):
        phrases.build("g", [{"phrases": ["x"], "needs": ["x"]}], "t.yaml")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PATTERN_PARTS), max_size=30).map(" ".join))
def test_pattern_entries_found_through_the_trigger_table_as_plainly(text: str) -> None:
    doc = prepare(text or "x", None, wordindex.word_index())
    for idx in (exclusion.entries(), conditions.remote_cues(), *commitments._lists().values()):
        found = list(phrases.scan(doc).get(idx.name, ())) + _patterns_plainly(doc, idx)
        # As find keeps them: one per entry and place, the longest, in text order.
        unique = {(m.entry.id, m.start): m for m in sorted(found, key=lambda m: m.end - m.start)}
        plain = sorted(unique.values(), key=lambda m: (m.start, -(m.end - m.start)))
        fast = phrases.find(doc, idx)
        assert [(m.entry.id, m.start, m.end) for m in fast] == [
            (m.entry.id, m.start, m.end) for m in plain
        ]


def _shipped_and_awkward_entries() -> list[phrases.Entry]:
    every = (exclusion.entries(), conditions.remote_cues(), *commitments._lists().values())
    awkward = phrases.build(
        "awkward",
        [
            # An empty match (finditer's rules after one differ), a global flag that must stay
            # at the start, a numbered backreference, and a match that runs past the trigger.
            {"id": "empty", "pattern": r"\d*", "trigger": ["x"], "reach": 5},
            {"id": "flag", "pattern": r"(?i)days?\b", "trigger": ["x"], "reach": 8},
            {"id": "backref", "pattern": r"(\w)\1", "trigger": ["x"], "reach": 6},
            {"id": "long", "pattern": r"[a-z]+ \d+ days", "trigger": ["x"], "reach": 12},
            # Gated seeks (a look-ahead of the first characters): a start after a look-behind
            # and a word boundary, an optional first piece, a digit class, a case-folded group.
            {"id": "gated", "pattern": r"(?<![a-z])\b(?:2|two)? ?days?", "trigger": ["x"]},
            {"id": "digits", "pattern": r"\d{2}\s*days", "trigger": ["x"], "reach": 9},
            {"id": "folded", "pattern": r"(?i:Days)|office", "trigger": ["x"], "reach": 9},
        ],
        "t.yaml",
    )
    return [e for idx in every for e in idx.patterned] + awkward


@pytest.mark.parametrize("entry", _shipped_and_awkward_entries(), ids=lambda e: e.id)
@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(PATTERN_PARTS), max_size=12).map(" ".join), data=st.data())
def test_a_window_is_read_as_finditer_reads_it(
    entry: phrases.Entry, text: str, data: st.DataObject
) -> None:
    """_window (one lazy-skip match where it can) keeps what finditer finds up to the trigger,
    also where a match starts right at the trigger, `reach` after the window's start."""
    assert entry.rx is not None
    lower = text.lower()
    starts = [m.start() for m in entry.rx.finditer(lower)]
    at_a_start = bool(starts) and data.draw(st.booleans())
    pos = (
        data.draw(st.sampled_from(starts)) if at_a_start else data.draw(st.integers(0, len(lower)))
    )
    lo, hi = max(0, pos - entry.reach), min(len(lower), pos + entry.reach + 3)
    plain = []
    for m in entry.rx.finditer(lower, lo, hi):
        if m.start() > pos:
            break
        plain.append(m.span())
    assert phrases._window(entry.rx, entry.seek, lower, lo, hi, pos) == plain


def _gated_seek(entry: phrases.Entry) -> bool:
    seek = entry.seek
    return seek is not None and seek.pattern.startswith(f"(?s:.{{0,{entry.reach}}}?)((?=[")


def test_the_awkward_patterns_take_the_paths_they_are_there_for() -> None:
    by_id = {e.id: e for e in _shipped_and_awkward_entries()}
    assert by_id["flag"].seek is None and by_id["backref"].seek is None
    assert by_id["empty"].seek is not None and by_id["long"].seek is not None
    # The lazy skip tries the pattern only where its first characters stand ...
    assert all(_gated_seek(by_id[k]) for k in ("gated", "digits", "long"))
    # ... unless they are not a short list (a pattern that can match empty, local flags).
    assert not any(_gated_seek(by_id[k]) for k in ("empty", "folded"))


def test_most_shipped_seeks_are_gated() -> None:
    """The look-ahead is what makes a window cheap: most shipped patterns start with a word."""
    every = (exclusion.entries(), conditions.remote_cues(), *commitments._lists().values())
    seeks = [e for idx in every for e in idx.patterned if e.seek is not None]
    assert sum(map(_gated_seek, seeks)) >= 0.8 * len(seeks)


def _plain_tools(doc: Doc) -> list[tuple[str, int]]:
    """requirements.tools as first written: the capitalised names searched for in the original
    text, every several-word alias looked up."""
    single, multi, case = requirements._tools()
    text = doc.text
    found: dict[str, int] = {}
    for alias in single.keys() & doc.vocab:
        if alias in case:
            hits = find_word(text, alias[0].upper() + alias[1:])
            at = hits[0] if hits else -1
        else:
            at = doc.first(alias)
        if at >= 0:
            found[single[alias]] = min(found.get(single[alias], at), at)
    for alias, _, name in multi:
        positions = find_word(doc.lower, alias)
        if alias in case:
            positions = [p for p in positions if text[p].isupper()]
        if positions:
            found[name] = min(found.get(name, positions[0]), positions[0])
    if "r" in doc.vocab:
        for pos in doc.positions("r"):
            if (
                text[pos] == "R"
                and (pos == 0 or text[pos - 1] in " (,/\t\n")
                and requirements._r_rx().match(text, pos)
            ):
                found["R"] = pos
                break
    return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))


_TOOL_PIECES = [
    "Spark", "spark", "SPARK", "Sparks", "Excel", "excel", "Git", "git", "GitHub", "Looker",
    "t-sql", "T-SQL", "t", "sql", "pl/sql", "PL/SQL", "pub/sub", "Pub/Sub", "power-bi",
    "Power BI", "power", "scikit-learn", "segment.io", "Segment", "dbt-core", "dbt", "Sigma",
    "sigma computing", "Sigma Computing", "R", "Python", "İ", "é", "ł", "-", "/", ".", " ",
    "\n", ",",
]  # fmt: skip


@settings(max_examples=300)
@example(["Spark", "-", "spark", " ", "Spark"])
@example(["t", "-", "sql", " ", "t-sql"])
@given(st.lists(st.sampled_from(_TOOL_PIECES), max_size=30))
def test_tools_are_those_the_plain_lookups_find(pieces: list[str]) -> None:
    # Capitalised names read from the lower-case word index, and several-word aliases looked
    # up only when the text has all their words, give what the plain searches give.
    text = "".join(pieces)
    doc = prepare(text, None, wordindex.word_index())
    assert requirements.tools(doc) == _plain_tools(prepare(text, None, wordindex.word_index()))


_CALL_PIECES = [
    "why not apply", "apply", "today", "please", "how to", "get in touch", "we look forward to",
    "love to hear from you", "this list is not exhaustive", "we can offer", "we provide",
    "in return", "benefits package", "our benefits", "if this role sounds", "if the post is",
    "bewirb dich", "bewerben sie sich", "we", "offer", "if", "the", "is", " ", ".", "x", "\n",
    "hea", "r", "touc", "h", "ü", "😀", "if th", "if t",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_CALL_PIECES), max_size=20))
def test_call_to_apply_word_test_never_rejects_a_call(pieces: list[str]) -> None:
    # The cheap word test before the pattern lets through every line the pattern finds a call
    # to apply in.
    low = "".join(pieces)
    assert requirements._may_call_to_apply(low) == requirements._holds_call_word(low)
    if requirements._call_to_apply_rx().search(low):
        assert requirements._may_call_to_apply(low)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789kKx_éł.,-€ \n", max_size=80))
@example("pay 85k-95k, 1x2k k9k 0k")
@example("12abk ab12k 3_k")
def test_k_words_prefilter_finds_every_k_word(text: str) -> None:
    blank = blanked(text.lower())
    plain = {k.decode("latin-1") for k in re.findall(rb" ([0-9][^ ]*k)(?= )", blank)}
    assert pay_bare._k_tokens(blank) == plain


# The definition-item shortcut reads an item only when it holds "experience" or "education".
DEFINITION_PIECES = [
    "experience", "education", "general", "specialized", "is", "is required", "means",
    "refers to", "includes", "is a plus", "- ", "• ", " ", "\n", "qualifying", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(DEFINITION_PIECES), max_size=12), st.integers(0, 5))
@example(["general ", "experience", " is", " progressively"], 0)
@example(["- ", "education", " means"], 2)
def test_definition_item_shortcut_is_the_pattern(pieces: list[str], cut: int) -> None:
    lower = " ".join(pieces)
    for a in range(min(cut, len(lower)) + 1):
        item = (a, max(a, len(lower) - cut))
        plain = requirements._DEFINITION_ITEM.match(lower, *item) is not None
        assert requirements._definition_item(lower, item) == plain


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["en", "de", "fr", "nl", "es", "it"]), st.integers(1, 12)))
def test_language_pick_keeps_most_commons_order_on_ties(counts: dict[str, int]) -> None:
    # lang.best and doc._maybe_mixed sort the counts instead of Counter.most_common(2).
    from collections import Counter

    from askback.text import doc, lang

    found = Counter(counts)
    top = found.most_common(2)
    for minimum in (1, 2, 3, 4):
        want = "unknown"
        if top and top[0][1] >= minimum:
            (name, n), *rest = top
            want = "unknown" if rest and rest[0][1] * 1.25 >= n and n < 8 else name
        assert lang.best(found, minimum=minimum) == want
    mixed = len(top) == 2 and top[1][1] >= 5 and top[1][1] * 4 >= top[0][1]
    assert doc._maybe_mixed(found) == mixed


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(list(requirements.BULLETS)),
    st.text(alphabet="abdefilnorstuvy :*_.…-", max_size=60),
)
@example("-", " it would be an advantage if you have:")
@example("*", "* desirable, if you have:")
def test_a_bullet_line_is_never_a_nice_lead_in(bullet: str, rest: str) -> None:
    # The list reader skips nice_lead_in for a line that starts with a bullet.
    from askback.text import req_intro

    assert not req_intro.nice_lead_in(bullet + rest)
    assert not req_intro.nice_lead_in("  " + bullet + rest)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="oO \t\u00a0\n\r-•x", max_size=60))
@example("o one\no two\n  o\tthree\no\n o \u00a0x")
@example("\no x\n\no y")
def test_o_bullet_search_from_line_breaks_is_the_multiline_pattern(text: str) -> None:
    plain = {m.start() for m in requirements._O_BULLET.finditer(text)}
    assert requirements._o_bullet_starts(text) == plain


def _lowered_plainly(text: str) -> str:
    """doc.lowered as first written: str.lower, or each character lowered alone where one's
    lower case is longer."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# ASCII, Latin-1 letters of both cases, typographic marks, letters whose lower case is odd (a
# final sigma, dotted I, capital sharp s, the Kelvin sign), other scripts, one beyond the BMP,
# and a lone surrogate (not valid UTF-8).
_CASES = "aZ 9-.\n’–€•“ äÄéÉßøØÿµ ΣσςİıẞK ДдΩ한の\U0001d400\ud800"


@settings(max_examples=400)
@given(st.text(alphabet=_CASES, max_size=30) | st.text(max_size=30))
@example("Ärzte und Σ’s")
@example("Data – Analyst (m/w/d) – 60 000 €")
@example("x\ud800Y")
def test_lowered_is_str_lower_with_aligned_offsets(text: str) -> None:
    """The UTF-8 shortcut (only ASCII letters to lower) gives what str.lower gives."""
    assert lowered(text) == _lowered_plainly(text)


def test_lowered_takes_the_shortcut_only_where_nothing_beyond_ascii_changes() -> None:
    from askback.text.doc import _lower_ascii_only

    assert _lower_ascii_only("Senior Data Engineer – 60 000 € (m/w/d), Straße") == (
        "senior data engineer – 60 000 € (m/w/d), straße"
    )
    assert _lower_ascii_only("Ärzte") is None and _lower_ascii_only("ΣΑ") is None
    assert _lower_ascii_only("a\ud800") is None
