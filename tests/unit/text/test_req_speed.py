"""The requirement reader's shortcuts give what the plain reading gives."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import req_inline, req_intro, req_table, requirements
from askback.text.doc import prepare


def test_blanks_are_every_space_but_the_newline() -> None:
    # _BLANKS stands for [^\S\n] inside merged character classes.
    blanks = re.compile(f"[{requirements._BLANKS}]")
    spaces = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert {c for c in spaces if blanks.fullmatch(c)} == set(spaces) - {"\n"}
    assert all(re.fullmatch(r"[^\S\n]", c) for c in spaces if c != "\n")
    assert not blanks.search("x\n_-1")


def _plain_line_heading_rx() -> re.Pattern[str]:
    """_line_heading_rx as first written: "(?:[...]|[^\\S\\n])*" runs, each list's words apart."""
    lead = (
        rf"(?:[#*_\d.)\"“”'{requirements._EMOJI}]|[^\S\n])*"
        r"(?:the[^\S\n]+(?:[\d\"“”']|[^\S\n])*)?"
        rf"(?:(?:{requirements._DETERMINERS_RX})[^\S\n]+)?"
    )
    words = (
        f"{requirements._alternation('must_headings')}|{requirements._alternation('nice_headings')}"
    )
    return re.compile(rf"\n({lead}(?:{words}){requirements._END})")


_HEADING_PIECES = [
    "\n", " ", "\t", "\xa0", "\u2003", "\r", "#", "**", "_", "1.", ")", '"', "“", "💡", "✓",
    "the", "the 4", "our", "key", "unsere", "requirements", "what you bring", "nice to have",
    "profile", "Ihr Profil", "x", "-", "skills",
]  # fmt: skip


@settings(max_examples=300)
@example(["\n", "\xa0", "the", "\u2003", "4", " ", "requirements"])
@given(st.lists(st.sampled_from(_HEADING_PIECES), max_size=14))
def test_line_heading_pattern_finds_what_the_plain_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces).lower()
    # Where each heading line starts; how far its words reach is _kind's to say.
    fast = [m.start() for m in requirements._line_heading_rx().finditer(text)]
    assert fast == [m.start() for m in _plain_line_heading_rx().finditer(text)]


def _plain_intro_lines(lower: str) -> list[int]:
    """The bullet part of req_intro.intros, reading the line above every bullet line."""
    out: list[int] = []
    seen = -1
    for m in re.finditer(rf"\n[^\S\n]*{req_intro._BULLET}", lower):
        end = m.start()
        while end > 0 and lower[end - 1] in " \t\n\r":
            end -= 1
        start = lower.rfind("\n", 0, end) + 1
        if start == seen:
            continue
        seen = start
        line = lower[start:end]
        first = line.lstrip()[:1]
        if not first or first in req_intro._BULLET_SIGNS:
            continue
        if req_intro._is_intro(line) or (
            req_intro._either_way(line) and req_intro._items_ask(lower, m.start() + 1)
        ):
            out.append(start)
    return out


_INTRO_PIECES = [
    "We are looking for:", "You will have:", "Requirements", "- SQL", "* Python", "• dbt",
    "-- rule", "-x", "", " ", "\t", "\r", "\xa0", "Our benefits:", "To apply you must:",
]  # fmt: skip


@settings(max_examples=300)
@example("We are looking for:\n- SQL\n\xa0\n- dbt")
@example("You must have:\n-x\n- SQL\n\n- dbt")
@given(st.lists(st.sampled_from(_INTRO_PIECES), max_size=16).map("\n".join))
def test_intro_lines_skip_only_bullets_under_bullets(text: str) -> None:
    # No labels such as "Band 5 Essential criteria:" here (found apart from the bullets): the
    # lead-ins found are the bullet reading's.
    doc = prepare(text or "x", "en")
    assert req_intro.intros(doc) == _plain_intro_lines(doc.lower)


_TABLE_PIECES = ["|", "| x |", "---", "--- | ---", "|---|", ":-:", "a", " ", "\t", "\n", "\r"]


@settings(max_examples=300)
@example("| a |\n| b |")
@example("a | b\n--- | ---")
@example("Berlin | Remote\n\nx | y")
@given(st.lists(st.sampled_from(_TABLE_PIECES), max_size=20).map("".join))
def test_table_test_never_hides_a_table(text: str) -> None:
    # Tables need pipes on two lines in a row: texts without are not read line by line.
    def header(cells: list[str]) -> bool:
        return bool(cells) and cells[0].strip() == "x"

    assert req_table.tables(text, header) == req_table._read_tables(text, header)


_ASKING_PIECES = [
    *sorted(req_intro.PLAIN_ASKING_FIRST)[:12], "hands-on", "able", "ability", "have", "haves",
    "a", "an", "x", "\n", " ", "\t", "\xa0", "-", "é",
]  # fmt: skip


@settings(max_examples=300)
@example("\nable to\n  have\nhands-on\nabled")
@given(st.lists(st.sampled_from(_ASKING_PIECES), max_size=24).map("".join))
def test_asking_lines_are_the_plain_alternation_lines(text: str) -> None:
    # The trie finds the lines the plain alternation of the words (longest first) finds.
    words = "|".join(sorted(map(re.escape, req_intro.PLAIN_ASKING_FIRST), key=len, reverse=True))
    plain = re.compile(rf"\n[^\S\n]*(?:{words})(?![a-z])")
    fast = [m.start() for m in req_intro._asking_line_rx().finditer(text)]
    assert fast == [m.start() for m in plain.finditer(text)]


@given(
    st.text(alphabet="ab \n", max_size=30),
    st.integers(min_value=0, max_value=35),
    st.integers(min_value=0, max_value=35),
)
def test_lines_cut_one_at_a_time_are_the_split_lines(text: str, pos: int, reach: int) -> None:
    assert list(req_intro._lines(text, pos, reach)) == text[pos : pos + reach].split("\n")


_BULLET_CLASS = re.escape(requirements.BULLETS)
# The duty verbs as first written: plain alternations with optional parts.
_PLAIN_SHAPE_VERBS = (
    r"ensur|undertak|carr(?:y|ies|ying) out|administer|deliver|provid|assist|liais|participat"
    r"|attend|maintain|manag|produc|co-?ordinat|monitor|perform|implement|supervis|report"
    r"|contribut|develop|keep|assess|plan|guid|instruct|teach|promot|organi[sz]|prepar"
    r"|review|facilitat|oversee|handl|process|respond|lead|support|act(?:s|ing)? as|driv|build"
    r"|design|establish|represent|recruit|chair|identif(?:y|ies)|use|uses"
    r"|work(?:s)? (?:with|closely|alongside|as)|collaborat|communicat|record|updat"
    r"|analys|analyz|creat|conduct|complet"
)
_PLAIN_ITEM_VERBS = (
    r"ensure|undertake|carry out|administer|deliver|provide|assist|liaise|participate|attend"
    r"|maintain|manage|produce|co-?ordinate|monitor|perform|implement|supervise|report"
    r"|contribute|develop|keep|assess|plan|guide|instruct|teach|promote|organi[sz]e|prepare"
    r"|review|facilitate|oversee|handle|process|respond"
    r"|lead|explore|support|act as|drive|build|design|establish|represent|recruit"
    r"|chair|take part|be expected"
)
_PLAIN_DUTY_SHAPE = re.compile(
    rf"[\s{_BULLET_CLASS}\d.)]*(?:to\s+)?(?:responsible\s+for|(?:{_PLAIN_SHAPE_VERBS})(?:e|es|s)?)"
    r"(?![a-z])"
)
_PLAIN_DUTY_ITEM = re.compile(rf"[\s{_BULLET_CLASS}\d.)]*(?:to\s+)?(?:{_PLAIN_ITEM_VERBS})\b")


def _language(pattern: str) -> set[str]:
    """Every string a pattern of literals, classes, groups, branches and "?" matches."""
    # re._parser is private, but the plain way to read a pattern's parts.
    parser = importlib.import_module("re._parser")
    c = importlib.import_module("re._constants")

    def seq(items: Any) -> set[str]:
        out = {""}
        for op, av in items:
            out = {a + b for a in out for b in one(op, av)}
        return out

    def one(op: Any, av: Any) -> set[str]:
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN:
            return {chr(v) for o, v in av if o is c.LITERAL}
        if op is c.SUBPATTERN:
            return seq(av[-1])
        if op is c.BRANCH:
            return set().union(*(seq(b) for b in av[1]))
        if op is c.MAX_REPEAT and av[:2] == (0, 1):
            return {""} | seq(av[2])
        raise ValueError(op)

    return seq(parser.parse(pattern))


@pytest.mark.parametrize(
    ("rx", "plain", "verbs"),
    [
        (requirements._duty_shape_rx, _PLAIN_DUTY_SHAPE, _PLAIN_SHAPE_VERBS),
        (requirements._duty_item_rx, _PLAIN_DUTY_ITEM, _PLAIN_ITEM_VERBS),
    ],
)
def test_duty_tries_know_every_verb_of_the_plain_patterns(
    rx: Callable[[], re.Pattern[str]], plain: re.Pattern[str], verbs: str
) -> None:
    # Every verb form the patterns knew before they became tries is read as it was.
    words = _language(verbs)
    assert {"co-ordinat", "coordinat", "organise", "acting as"} & words
    for word in words:
        for line in (word, f"{word}e", f"{word}es", f"{word}s", f"{word}x", f"- to {word} it"):
            assert (rx().match(line) is None) == (plain.match(line) is None), line


_OLD_PIPES_ON_TWO_LINES = re.compile(r"\|[^\n]*\n[^\n|]*\|")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["|", "\n", "a", " ", "-", "||"]), max_size=20))
def test_pipes_on_two_lines_finds_what_the_first_pattern_found(pieces: list[str]) -> None:
    # The pattern now starts from a line's last pipe (linear); it finds a pair where the first
    # pattern (quadratic on a long line of pipes) did.
    text = "".join(pieces)
    fast = req_table._PIPES_ON_TWO_LINES.search(text) is not None
    assert fast == (_OLD_PIPES_ON_TWO_LINES.search(text) is not None)


def test_marked_count_goes_on_from_the_last_call() -> None:
    text = "- a\nb\n1. c\nd\n"
    spans = [(0, 3), (4, 5), (6, 10), (11, 12)]
    count = requirements._MarkedCount(text)
    sec = requirements.Section("must", 0, 0)
    for i, span in enumerate(spans):
        sec.bullets.append(span)
        assert count(sec) == sum(requirements._marked(text, b) for b in spans[: i + 1])
    # Another list is counted from its first item.
    other = requirements.Section("must", 0, 0, [(4, 5)])
    assert count(other) == 0


def test_a_long_list_of_plain_lines_reads_each_item_a_few_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Shift Patterns" lines after a blank line each ask _run_on whether two items or more are
    # marked: counting every item anew at every line made the list quadratic.
    calls = 0
    marked = requirements._marked

    def counting(text: str, item: tuple[int, int]) -> bool:
        nonlocal calls
        calls += 1
        return marked(text, item)

    monkeypatch.setattr(requirements, "_marked", counting)
    lines = 400
    text = "Staff Nurse\n\nRequirements:\n- NMC registration\n\n" + "Shift Patterns\n\n" * lines
    requirements.sections(prepare(text, lang="en"))
    assert calls < 5 * lines


def test_a_long_run_of_wrapped_lines_reads_a_bounded_stretch_of_its_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each line that goes on with the item above (_wraps) lengthens the item: reading all of it
    # at every line made the run quadratic.
    longest = 0
    wraps_on = requirements.req_inline.wraps_on

    def measuring(before: str, after: str, *, items: bool = False) -> bool:
        nonlocal longest
        longest = max(longest, len(before))
        return wraps_on(before, after, items=items)

    monkeypatch.setattr(requirements.req_inline, "wraps_on", measuring)
    text = "Staff Nurse\n\nRequirements:\nGood SQL skills and\n" + "and more of it\n" * 400
    requirements.sections(prepare(text, lang="en"))
    assert 0 < longest <= requirements._WRAP_REACH


@pytest.mark.parametrize(
    "unit",
    [
        "Requirements: \n",  # the list would be in the next paragraph
        "Requirements: ",  # one long line
        "Minimum qualifications:\n\n",
        "You must have the following: ",
    ],
)
def test_lead_ins_that_find_no_list_read_a_bounded_stretch_in_all(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each lead-in reads up to req_inline._REACH characters after it: a text of lead-ins alone
    # read that stretch once for every one of them.
    reads = 0
    list_after = req_inline._list_after

    def counting(text: str, cue: re.Match[str], at: int | None = None) -> object:
        nonlocal reads
        reads += min(req_inline._REACH, len(text) - (cue.end() if at is None else at))
        return list_after(text, cue, at)

    monkeypatch.setattr(req_inline, "_list_after", counting)
    text = unit * (12_000 // len(unit))
    assert len(list(req_inline._cues(text, text.lower()))) > 300
    assert req_inline.required_lists(prepare(text)) == []
    assert reads <= req_inline._READS_PER_CHAR * len(text) + 2 * req_inline._REACH


def test_a_few_lead_ins_that_find_no_list_are_all_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # The budget is far above what an ad with several lead-ins reads: the lists are those found
    # without it.
    text = "Requirements: \n" * 5 + (
        "\nWe are a dental practice.\n\nBasic Requirements: - Citizenship of a member state.- A "
        "diploma in dental hygiene.- A valid licence to practise.\n\nMinimum qualifications:\n"
    )
    found = req_inline.required_lists(prepare(text))
    monkeypatch.setattr(req_inline, "_READS_PER_CHAR", 10**6)
    assert found == req_inline.required_lists(prepare(text))
    assert found and found[-1].items


_ITEM_PIECES = ["- ", "• ", "1. ", "12) ", " ", "\t", "we ", "we'", "we’", "our ", "wir ",
                "unser", "unsere ", "we", "ours", "x", "\n", "."]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_ITEM_PIECES), max_size=8), st.data())
def test_employer_item_pattern_is_the_plain_strip_and_startswith(
    pieces: list[str], data: st.DataObject
) -> None:
    lower = "".join(pieces)
    a = data.draw(st.integers(0, len(lower)))
    b = data.draw(st.integers(a, len(lower)))
    plain = lower[a:b].lstrip(requirements._ITEM_MARKS).startswith(requirements._EMPLOYER_WORDS)
    assert (requirements._EMPLOYER_ITEM.match(lower, a, b) is not None) == plain


_LINE_START_PIECES = [
    "\n", " ", "\t", "\xa0", "- ", "-", "* ", "• ", "–\t", "have", "able", "hands-on", "a", "an",
    "x", "abled", "SQL", "We are looking for:",
    # Line starts the gate turns away (no blank, bullet or asking word's first letter) and
    # ones it lets through: other letters, digits, every bullet sign, other blanks.
    "z", "ß", "é", "1", "Have", "hold", "be", "✓", "▪", "·", "*", "\u2003", "\u3000", "\r", "o ",
]  # fmt: skip


@settings(max_examples=300)
@example("\n- a\n- b\nhave\n  • x\nable")
@given(st.lists(st.sampled_from(_LINE_START_PIECES), max_size=24).map("".join))
def test_one_line_scan_finds_the_bullet_runs_and_asking_lines(text: str) -> None:
    # req_intro.intros reads the text once for both: the same matches as the two patterns.
    both = [(m.start(), m.start("run") >= 0) for m in req_intro._line_starts_rx().finditer(text)]
    runs = [m.start() for m in req_intro._bullet_run_rx().finditer(text)]
    asking = [m.start() for m in req_intro._asking_line_rx().finditer(text)]
    assert [at for at, run in both if run] == runs
    assert [at for at, run in both if not run] == asking


_GRADE_PIECES = [
    "GS-7", "gs 09", "WG-10", "na-3", "Grade Determinations", "grade determination", "GRADE",
    "Nurse II", "NURſE I", "nurse", "Level III", "level i", "LEVEL İ", "ı", "7", "٣", " ", "\n",
    ":", "-", "Requirements", "x", "ſ", "G", "g", "S", "P", "l", "W", "N", "f", "A", "GP", "gL",
    "Wg", "nF", "NA", "gſ", "12", "2024", "ẞ",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_GRADE_PIECES), max_size=16).map("".join), st.data())
def test_grade_prefilter_never_hides_a_grade(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text) + 5))
    if (
        req_inline._GRADE.search(text, lo, hi) is not None
        or req_inline._GRADE_BLOCK.search(text, lo, hi) is not None
    ):
        assert req_inline._may_name_grade(text, lo, hi)


@pytest.mark.parametrize("text", ["gſ7", "pay plan: Nf-12", "GL-5", "Wg-03", "(GP07)", "nA-1"])
def test_grade_prefilter_knows_each_pay_plan(text: str) -> None:
    assert req_inline._GRADE.search(text) is not None
    assert req_inline._may_name_grade(text, 0, len(text))


@pytest.mark.parametrize(
    "paragraph",
    ["You ask why. You build it to last.", "Experienced with dbt. The exact tool matters less."],
)
def test_paragraphs_among_plain_items_read_each_item_once(
    monkeypatch: pytest.MonkeyPatch, paragraph: str
) -> None:
    # Each short paragraph after plain items asks whether the items open with "You" or with
    # the paragraph's first word: reading every item anew for each paragraph was quadratic
    # (4,000 paragraphs took seconds).
    facts = requirements._item_facts
    items_read = 0

    def counting(text: str, current: requirements.Section) -> requirements._ItemFacts:
        nonlocal items_read
        before = 0 if current.facts is None else current.facts.seen
        out = facts(text, current)
        items_read += out.seen - before if out.seen >= before else out.seen
        return out

    monkeypatch.setattr(requirements, "_item_facts", counting)
    n = 600
    head = (
        "Requirements\n\nYou know SQL well\n\nExperienced in Python work\n\nExperienced in Git\n\n"
    )
    text = head + (paragraph + "\n\n") * n
    found = requirements.check(prepare(text, lang="en"))
    assert found.must_haves is not None and found.must_haves > n  # each paragraph is an item
    assert items_read <= 2 * n
