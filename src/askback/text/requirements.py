"""Requirement inflation: must-haves, years against the seniority named, stack breadth."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from askback.text import (
    alternatives,
    lexicon,
    req_federal,
    req_glued,
    req_heads,
    req_inline,
    req_intro,
    req_shapes,
    req_table,
    req_unwrap,
    req_usa,
    rx_first,
)
from askback.text.doc import Doc, prepare, tokenize
from askback.text.seniority import seniority as seniority

if TYPE_CHECKING:
    from ahocorasick_rs import AhoCorasick

BULLETS = "-*•·–▪◦●■►✓✔"
_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "zehn": 10,
}


@dataclass(slots=True)
class Section:
    kind: str  # must or nice
    start: int
    end: int
    bullets: list[tuple[int, int]] = field(default_factory=list)
    # Opened by "one of the following" (1) or "at least two of the following" (2): its items are
    # alternatives, of which that many are asked; 0 for a list of must-haves.
    choice: int = 0
    table: bool = False  # read from a table: its items are rows or cells
    # A tag line under a list of the same kind ("Required: dbt, SQL, Git"): its items name skills
    # already asked, so they are not counted again; its tools still stand in the requirements.
    restated: bool = False
    # Opened by a fit heading ("You're probably a match if"): the requirement list only where
    # the ad has no other.
    fit: bool = False
    # What the plain-paragraph rules know of the items so far, kept up to date a few items at a
    # time, so that a list of thousands of items is not read again for each paragraph.
    facts: _ItemFacts | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class _ItemFacts:
    """The first words of a section's items read so far: how many, whether one is bulleted,
    how many open with "You", and the set of first words."""

    of: list[tuple[int, int]] | None = None  # the item list read (a new list starts again)
    seen: int = 0
    bulleted: bool = False
    you: int = 0
    firsts: set[str] = field(default_factory=set)


def _item_facts(text: str, current: Section) -> _ItemFacts:
    facts = current.facts
    if facts is None or facts.of is not current.bullets or facts.seen > len(current.bullets):
        # Items are only added to a list, or its last one grown; a list set anew is read anew.
        facts = current.facts = _ItemFacts(of=current.bullets)
    for a, b in current.bullets[facts.seen :]:
        words = text[a:b].split(maxsplit=1)
        if not words or words[0][:1] in BULLETS:
            facts.bulleted = True
        else:
            first = words[0].lower()
            facts.you += first in _YOU
            facts.firsts.add(first)
    facts.seen = len(current.bullets)
    return facts


@dataclass(slots=True)
class Requirements:
    seniority: str  # intern, junior, mid, senior, lead, manager, unspecified
    seniority_span: tuple[int, int] | None
    years: int | None
    years_span: tuple[int, int] | None
    must_haves: int | None
    nice_to_haves: int
    tools: list[str]
    tools_in_requirements: list[str]
    sections: list[Section]
    heading: bool = False  # a requirements heading was found, with a list under it or not

    def nice_ranges(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.sections if s.kind == "nice"]


@cache
def _data() -> dict[str, object]:
    return lexicon.read("requirements")


def _alternation(*keys: str) -> str:
    return lexicon.word_alternation(_data(), *keys)


@cache
def _hedged_alternation() -> str:
    """The requirement headings with a hedge word inside ("Das bringst du idealerweise mit"):
    nice-to-have headings, made from the must-have ones (req_heads.hedged)."""
    musts = [w.strip() for w in str(_data()["must_headings"]).split("|") if w.strip()]
    return lexicon.word_alternation({"hedged": "|".join(req_heads.hedged(musts))}, "hedged")


# Words that may stand before a heading's own words: "Unsere Anforderungen", "Key
# Requirements", "Additional desired skills", "Fachliche Anforderungen"; words that say the
# list is asked for: "Needed Skills", "Erforderliche Kenntnisse", "Notwendige Qualifikationen".
_DETERMINERS = (
    "our|your|key|core|main|general|additional|technical|unsere|unser|ihre|ihr|deine|dein|fachliche"
    "|persönliche|allgemeine|weitere|needed|necessary|erforderliche|notwendige|benötigte"
    "|geforderte"
)
# Pictographs pages put before a heading ("💡 Your profile", "⭐ Nice to have", "✨ What you
# bring"): emoji, symbols and dingbats, less the ticks that serve as bullets (✓ ✔).
_EMOJI = "\U0001f000-\U0001faff\u2600-\u2712\u2715-\u27bf\u2b00-\u2bff\ufe0f\u200d"
# The end of a heading word: no letter or digit follows (an underscore may).
_END = r"(?![^\W_])"
# Every character that [^\S\n] matches (str.isspace() less the newline), to merge into classes.
_BLANKS = rx_first.BLANKS
# The same as one trie, read a character at a time.
_DETERMINERS_RX = lexicon.alternation(_DETERMINERS.split("|"))


def _opt(pattern: str) -> str:
    """`pattern` or nothing, as "(?:pattern)?" reads it (the same matches, tried in the same
    order), written as a branch with an empty second way: `re` runs an optional group through
    a repeat whose context it allocates at every try, and a branch without one. The heading
    patterns are tried at every line, where their optional lead words cost more than the rest
    of the pattern."""
    return f"(?:{pattern}|)"


@cache
def _heading_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # Marks, numbering and quotes before the words: '## 1.', '**', 'The 4 “must haves”'.
    # "Fachliche & persönliche Anforderungen": two determiners joined.
    joined = _opt(rf"(?:{_DETERMINERS_RX})[ \t]*(?:&|and|und|/|,)[ \t]*")
    dets = rf"{joined}(?:{_DETERMINERS_RX})\s+"
    lead = rf"[#*_\s\d.)\"“”'{_EMOJI}]*" + _opt(r"the\s+[\d\s\"“”']*") + _opt(dets)
    # The words end where no letter or digit follows: "__Your profile__" (Markdown bold with
    # underscores, which \b counts as word characters) is a heading too.
    # "Training & Experience", "Certifications and Education": a heading noun joined to the
    # heading's own words may come first (_rest_rx reads what follows them).
    first = _opt(rf"(?:{_alternation('heading_nouns')})[ \t]*(?:&|and|und|/|,)[ \t]*")
    must = re.compile(rf"{lead}{first}(?:{_alternation('must_headings')}){_END}")
    nice = re.compile(rf"{lead}(?:{_alternation('nice_headings')}|{_hedged_alternation()}){_END}")
    other = re.compile(rf"{lead}(?:{_alternation('other_headings')}){_END}")
    soft = re.compile(rf"(?<![a-z])(?:{_alternation('soft_line')})(?![a-z])")
    return must, nice, other, soft


@cache
def _fit_rx() -> re.Pattern[str]:
    """Heading words of a fit list (see Section.fit)."""
    lead = rf"[#*_\s\d.)\"“”'{_EMOJI}]*"
    return re.compile(rf"{lead}(?:{_alternation('fit_headings')}){_END}")


@cache
def _rest_rx() -> re.Pattern[str]:
    """What may follow a heading's words: more heading nouns joined by '&', 'and', ','."""
    nouns = _alternation("heading_nouns")
    join = r"(?:&|and|und|/|,|\+|or|\()"
    # "Nice to have (but not required)": a bracket may open more heading words, and closes.
    # "Requirements (must have)", "Nice to have (optional)": a bracket that says which list.
    quals = lexicon.alternation(_QUALIFIERS)
    return re.compile(
        # "Profile, Experience & Key Competencies": a determiner may stand before a noun.
        rf"(?:[ \t]*{join}?[ \t]*(?:(?:{_DETERMINERS_RX})[ \t]+)?(?:{nouns}){_END}"
        rf"|[ \t]*\((?:{quals})\)"
        # "Qualifications - Preferred", "Skills – required": a dash that says which list.
        rf"|[ \t]*[-–—][ \t]*(?:{quals})(?![\w-]))*[\s:*#_\-–?!)]*"
    )


_NICE_QUALIFIER = re.compile(
    r"(?:\(|[-–—][ \t]*)(?:optional|preferred|desired|desirable|nice[ -]to[ -]have|a plus|kann"
    r"|wünschenswert|von vorteil)(?:\)|(?![\w-]))"
)
_QUALIFIERS = [
    "must have", "must-have", "mandatory", "required", "essential", "optional", "preferred",
    "desired", "desirable", "nice to have", "nice-to-have", "a plus", "pflicht", "muss", "kann",
    "wünschenswert", "von vorteil", "erforderlich",
]  # fmt: skip


@cache
def _lead_in_rx() -> re.Pattern[str]:
    """After nice-to-have heading words, the start of a sentence that the items finish."""
    return re.compile(
        r"[ \t,]*(?:for|für|(?:(?:if|when|should)[ \t]+)?(?:you|u)"
        # "Ideally, you'll also have", "Preferably you would bring" (req38).
        r"(?:['’](?:ll|d)|[ \t]+(?:will|would|should))?(?:[ \t]+(?:also|already))?"
        r"(?:[ \t]+(?:have|bring|know|had|are|can|possess|hold|show|offer|also have))?"
        r"|(?:sind|ist|wäre|wären|hast[ \t]+du|haben[ \t]+sie|bringst[ \t]+du|bringen[ \t]+sie"
        r"|kennst[ \t]+du|kennen[ \t]+sie|wenn[ \t]+du|wenn[ \t]+sie|falls[ \t]+du|falls[ \t]+sie)"
        r"(?:[ \t]+(?:außerdem|zudem|auch|noch|ferner|darüber hinaus))?"
        # "Im Idealfall bringst du mit" (req38).
        r"(?:[ \t]+mit)?"
        r"|außerdem|zudem|auch)?[\s:*_\-–]*"
    )


# "Why Datenna?", "Why join us?": the heading of what the employer offers, even right under an
# item with no blank line between.
_WHY_HEAD = re.compile(r"(?:why|warum)[ \t]+[\w&.'’ -]{1,40}\?$", re.IGNORECASE)
# Words of a bold label over a part of a requirement list: a kind of skill or background.
_PART_WORDS = re.compile(
    r"skill|expertise|knowledge|experience|competenc|communication|mindset|attitude|technical"
    r"|tools?\b|languages?\b|education|qualification|personal|abilit|background|leadership"
    r"|domain|craft|kenntnisse|erfahrung|fähigkeit|kompetenz|sprache"
)
# Words of a label over a part of the ad that asks nothing of the candidate.
_NOT_A_PART = re.compile(
    r"process|steps|timeline|apply|contact|interview|benefit|perk|offer|salary|pay\b|location"
    r"|schedule|ablauf|bewerbung|kontakt|vorteile|angebot"
)
# A label that names a degree: what stands under it are the fields it may be in.
_DEGREE_LABEL = re.compile(
    r"degree|diploma|bachelor|master|ph\.?d|studium|abschluss|hochschul", re.IGNORECASE
)
# A heading line that says its items are not asked for.
_NOT_ESSENTIAL = re.compile(
    r"\bnot[ \t]+(?:essential|required|mandatory|necessary|a[ \t]+(?:must|requirement))\b"
    r"|\bkein[ \t]+muss\b|\bnicht[ \t]+(?:zwingend|erforderlich|notwendig)\b"
)


# Characters that take no room on the page: zero-width space and joiners, word joiner, BOM.
_INVISIBLE = "\u200b\u200c\u2060\ufeff"
_INVISIBLE_AND_BLANKS = _INVISIBLE + " \t\u00a0"


# Kept for the heading lines read last: pages write the same few headings ("Requirements",
# "Nice to have:", "## Required Qualifications"); over the snapshot's 6,440 ads, each read once,
# nine calls in ten ask about a line already read (pure: the answer depends on the line alone).
@lru_cache(maxsize=4096)
def _kind(head: str, plain: bool) -> str | None:
    """must, nice, other (a heading that closes a list: duties, benefits) or None.

    The longest heading words win, so "Essential Functions" (duties) beats "Essential" and
    "About you" (requirements) beats "About". A plain line must be nothing but the heading."""
    must_rx, nice_rx, other_rx, _ = _heading_rx()
    best: str | None = None
    best_end = -1
    for kind, rx in (("nice", nice_rx), ("must", must_rx), ("fit", _fit_rx())):
        m = rx.match(head)
        if m is not None and m.end() > best_end:
            best, best_end = kind, m.end()
    if best is None:
        # Neither list starts here; whether it is another heading the caller asks when needed.
        return None
    m = other_rx.match(head)
    if m is not None and m.end() >= best_end:
        return "other"
    if (
        best == "must"
        and _NICE_QUALIFIER.search(head, best_end)
        and _rest_rx().fullmatch(head, best_end)
    ):
        # "Skills (preferred)": the bracket says which list.
        return "nice"
    if best == "nice" and _lead_in_rx().fullmatch(head, best_end):
        # "Even better if you have", "Ein Plus sind", "Idealerweise hast du": the heading runs
        # on into the sentence its items finish.
        return best
    if best != "other" and not _rest_rx().fullmatch(head, best_end):
        joiner = req_heads.JOINER.match(head, best_end)
        if joiner is not None and joiner.end() < len(head):
            # "Dein Profil – das bringst du mit", "Profil: Das bringst du mit": two headings
            # of the lists on one line, a heading as each is.
            both = req_heads.joined(best, _kind(head[joiner.end() :], True))
            if both is not None:
                return both
        # "Experience with dbt" is an item; "Qualifications & Education" is a heading. Marked
        # headings ("Requirements for this role:") may say more, unless what they say leads
        # into duties or benefits ("The person appointed will have responsibilities for:").
        if plain:
            return None
        return "other" if _leads_away_rx().search(head, best_end) else best
    return best


# What a heading line may start with before its words: marks, numbering, quotes, emoji, blanks.
_LEAD_MARKS = rf"#*_\d.)\"“”'{_EMOJI}{_BLANKS}"


def _line_lead(marks: str) -> str:
    """What a line may hold before heading words, kept within the line: `marks` (the inside of
    a class), "the" with numbers or quotes, and one or two determiners ("Your", "Fachliche &
    persönliche")."""
    return (
        rf"[{marks}]*"
        + _opt(rf"the[{_BLANKS}]+[\d\"“”'{_BLANKS}]*")
        + _opt(
            _opt(rf"(?:{_DETERMINERS_RX})[{_BLANKS}]*(?:&|and|und|/|,)[{_BLANKS}]*")
            + rf"(?:{_DETERMINERS_RX})[{_BLANKS}]+"
        )
    )


def _line_heading_parts() -> tuple[str, list[str]]:
    """_line_heading_rx's pattern after the line break, and the word lists (as tries) whose
    first letters, with _LEAD_MARKS, are every character a match can start with."""
    # A line that starts like a must-have or nice-to-have heading: _heading_rx's lead, kept
    # within the line.
    # One character class for each run (not "(?:[...]|[^\S\n])*"): the engine reads a class
    # repeat in one step, where a repeated group backtracks through its branches.
    lead = _line_lead(_LEAD_MARKS)
    # Both lists' words in one trie: a line is read once, not once a list (which list the words
    # are from, and how far they reach, _kind says).
    words = _alternation("must_headings", "nice_headings", "fit_headings")
    words = f"{words}|{_hedged_alternation()}"
    nouns = _alternation("heading_nouns")
    first = _opt(rf"(?:{nouns})[{_BLANKS}]*(?:&|and|und|/|,)[{_BLANKS}]*")
    return f"{lead}{first}(?:{words}){_END}", ["the", _DETERMINERS_RX, nouns, words]


@cache
def _line_heading_full() -> re.Pattern[str]:
    """_line_heading_rx without its gate (what the tests hold the gated pattern to)."""
    body, _ = _line_heading_parts()
    return re.compile(rf"\n(?:{body})")


@cache
def _line_heading_rx() -> re.Pattern[str]:
    # Searched for after a newline, a literal, the search jumps from line to line instead of
    # trying every character; the look-ahead of the characters a match can start with turns
    # blank lines, bullet lines and most others away with one class test (where the pattern
    # tried its lead and four tries at each: ~2.5x faster over the EU ads).
    body, tries = _line_heading_parts()
    return re.compile(rf"\n{rx_first.line_start_gate(_LEAD_MARKS, tries)}(?:{body})")


def _first_heading(lower: str, pos: int = 0) -> int:
    """The offset of the first line at or after `pos` (a line start) that starts with heading
    words, or -1."""
    rx = _line_heading_rx()
    if pos == 0:
        eol = lower.find("\n")
        if rx.match("\n" + (lower if eol < 0 else lower[:eol])) is not None:
            return 0
        pos = 1
    m = rx.search(lower, pos - 1)
    return -1 if m is None else m.start() + 1


# A requirement list written on its heading's line ("Requirements: SQL, Python, Statistics",
# "Nice to have: Spark, Kafka"): what may follow the colon. A sentence ("Requirements: You have
# 5 years of …"), a pointer ("see below") or a nil ("none", "n/a") is no list; so the first word
# must not start one.
_INLINE_NOT_FIRST = frozenset(
    [
        "you",
        "your",
        "you'll",
        "you’ll",
        "you're",
        "you’re",
        "we",
        "we'll",
        "we’re",
        "we're",
        "our",
        "the",
        "this",
        "these",
        "it",
        "there",
        "if",
        "as",
        "see",
        "siehe",
        "none",
        "keine",
        "nothing",
        "n/a",
        "na",
        "tbd",
        "tba",
        "please",
        "bitte",
        "du",
        "dein",
        "deine",
        "sie",
        "ihr",
        "ihre",
        "wir",
        "unser",
        "unsere",
        "es",
        "wenn",
        "falls",
        "applicants",
        "candidates",
        "bewerber",
        "must",
        "should",
        "will",
        "can",
        "may",
        "details",
        "listed",
        "below",
        "above",
        "following",
        "folgende",
        "to",
        "in",
        "for",
        "all",
        "each",
        "any",
    ]
)
# Words that make the text after the colon a sentence or a lead-in ("… must have one of the
# following:"), not a list of skills.
_INLINE_VERBS = re.compile(
    r"(?<![a-zß-ÿ])(?:must|should|shall|will|would|following|required to|need to|are|is"
    r"|müssen|musst|sollten|solltest|folgende[nm]?|sind|ist"
    # A relative clause ("Experience which shows …") or an infinitive opening a part ("…; and to
    # keep records") makes the series one sentence.
    r"|which|that|who|whose|welche[rsnm]?|(?:^|[,;])\s*(?:and\s+)?to)(?![a-zß-ÿ])"
)
# A part that says which of the item before is meant ("SAP, insbesondere S/4HANA",
# "Python, especially pandas") goes with that item.
_INLINE_NARROWS = re.compile(
    r"(?:insbesondere|vor allem|speziell|besonders|idealerweise|gerne|gern|z\.\s?b\.|e\.\s?g\."
    r"|i\.\s?e\.|especially|particularly|in particular|ideally|preferably|including|incl\."
    r"|such as|namely|like)(?![a-zß-ÿ])"
)
# A pointer or a nil as any part: "N/A, see job description".
_INLINE_NIL = frozenset(["see", "siehe", "none", "keine", "nothing", "n/a", "na", "tbd", "tba"])
_INLINE_SPLIT = re.compile(r"[,;]")
_INLINE_LAST_AND = re.compile(r"[ \t]+(?:and|und|&|sowie|as well as|plus)[ \t]+")
_INLINE_OR = re.compile(r"(?<![a-zß-ÿ/])(?:or|oder|and/or|und/oder)(?![a-zß-ÿ/])")
_INLINE_SENTENCE = re.compile(r"[.!?][ \t]+\S|[!?]")
_INLINE_MAX = 250  # the list after the colon, in characters
_INLINE_ITEM_WORDS = 8
_UNDER_ITEM_WORDS = 5  # an item of a comma line under its heading
_GLUED_MIN = 120  # a shorter line is no run of several items glued together (req_glued)


def inline_items(text: str, lower: str, start: int, end: int) -> tuple[str, list[tuple[int, int]]]:
    """A heading line with its list after the colon: the list's kind (must or nice) and the
    items' spans, or ("", []) when the line is no such heading.

    The items are a comma (or semicolon) series of short phrases, the last two may be joined by
    "and"/"und" ("Python, dbt, Airflow and a degree": four). A series whose last joiner is "or"
    is one choice, one item. At least two items, each of eight words at most; anything that reads
    as a sentence, a pointer or a nil after the colon is no list."""
    must_rx, nice_rx, _, _ = _heading_rx()
    colon = lower.find(":", start, end)
    if colon < 0 or colon - start > 60:
        return "", []
    words = must_rx.match(lower, start, colon) or nice_rx.match(lower, start, colon)
    if words is None:
        return "", []
    kind = _kind(lower[start : colon + 1], True)
    if kind not in ("must", "nice"):
        return "", []
    # "**Requirements:** SQL": the bold marks around the heading.
    return kind, series(lower, colon + 1, end)


def series(lower: str, lo: int, end: int) -> list[tuple[int, int]]:
    """The items of a comma series of short phrases in lower[lo:end] (see inline_items), or []
    when it is no such series."""
    while lo < end and lower[lo] in " \t*_":
        lo += 1
    hi = end
    while hi > lo and lower[hi - 1] in " \t.*_\r":
        hi -= 1
    rest = lower[lo:hi]
    if (
        not 3 <= len(rest) <= _INLINE_MAX
        or _INLINE_SENTENCE.search(rest) is not None
        or rest.endswith(":")
        or _INLINE_VERBS.search(rest) is not None
    ):
        return []
    first = rest.split(None, 1)[0].strip("\"'“”(),;:.") if rest.split() else ""
    if first in _INLINE_NOT_FIRST:
        return []
    parts: list[tuple[int, int]] = []
    a = lo
    for m in _INLINE_SPLIT.finditer(lower, lo, hi):
        parts.append((a, m.start()))
        a = m.end()
    parts.append((a, hi))
    if len(parts) < 2:
        # "Skills: Able to communicate complex and sensitive information": one item, whatever
        # "and" joins inside it; a list on the heading's line is a comma series.
        return []
    for i in range(len(parts) - 1, 0, -1):
        a, b = parts[i]
        if _INLINE_NARROWS.match(lower[a:b].lstrip()) is not None:
            parts[i - 1 : i + 1] = [(parts[i - 1][0], b)]
    last_a, last_b = parts[-1]
    if _INLINE_OR.search(lower, last_a, last_b) is not None:
        # "SQL, Python or R": alternatives; "SQL/Python": one choice too.
        return []
    joined = _INLINE_LAST_AND.search(lower, last_a, last_b)
    if joined is not None and lower[last_a : joined.start()].strip():
        parts[-1:] = [(last_a, joined.start()), (joined.end(), last_b)]
    elif joined is not None:
        # ", and Tableau": the serial comma; "and" opens the last item.
        parts[-1] = (joined.end(), last_b)
    items: list[tuple[int, int]] = []
    for a, b in parts:
        while a < b and lower[a] in " \t":
            a += 1
        while b > a and lower[b - 1] in " \t":
            b -= 1
        said = lower[a:b].split()
        if (
            not said
            or len(said) > _INLINE_ITEM_WORDS
            or said[0] in _INLINE_NIL
            or not any(c.isalnum() for c in lower[a:b])
        ):
            # An empty part, a sentence, a pointer or nil ("N/A, see job description"), or
            # marks only ("| , |": a table's row).
            return []
        items.append((a, b))
    return items if len(items) >= 2 else []


def _alone_under(text: str, pos: int) -> bool:
    """The line that ends before `pos` is the last of its paragraph."""
    nxt = text.find("\n", pos)
    return not text[pos : len(text) if nxt < 0 else nxt].strip()


# An outline's item number: "3.1", "3.1." (a section's sub-number), not "3." alone.
_SUB_NUMBER = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}\b")
_LEAD_NUMBER = re.compile(r"[ \t]*(\d{1,3})[.)]")


def _numbered_heading(text: str, lower: str, start: int, end: int, current: Section | None) -> bool:
    """The numbered line lower[start:end] is a section heading of an outline: nothing but heading
    words after its number, and a number that does not go on numbering the items above ("4."
    after "3.3", or "2. How to apply" after "2. Python"; not "3." after "2.")."""
    own = _LEAD_NUMBER.match(text, start)
    section = None if current is None else _LEAD_NUMBER.match(text, current.start)
    if current is not None and current.bullets:
        last = current.bullets[-1][0]
        before = _LEAD_NUMBER.match(text, last)
        if (
            # "3. How to apply" under "2. Requirements": the next section, whatever the items.
            not (section is not None and own is not None and int(own[1]) == int(section[1]) + 1)
            and _SUB_NUMBER.match(text, last) is None
            and before is not None
            and own is not None
            and int(own[1]) == int(before[1]) + 1
        ):
            return False  # "3." after "2. Python": the items' own numbering goes on
    if _list_heading(lower, start, end, True):
        return True
    return current is not None and _heading_rx()[2].match(lower, start, end) is not None


def _heading_next(lower: str, pos: int) -> bool:
    """The line that starts at `pos` is a heading ("Nice to have:", "What we offer"): the line
    above it is the last of its list, as at the end of a paragraph."""
    nxt = lower.find("\n", pos)
    nxt = len(lower) if nxt < 0 else nxt
    if pos >= nxt:
        return False
    line = lower[pos:nxt]
    if _list_heading(lower, pos, nxt, ":" not in line):
        return True
    # A short line that heads duties or benefits ("What we offer", "Benefits:").
    return len(line.split()) <= 6 and _heading_rx()[2].match(line) is not None


def _list_heading(lower: str, start: int, end: int, plain: bool) -> bool:
    """The line lower[start:end] is a heading of a must-have, nice-to-have or other list, as
    _kind reads it (only a line that starts with heading words is asked)."""
    return _heading_line(lower, start, end) and _kind(lower[start:end], plain) is not None


_OR_LINES = frozenset({"or", "and/or", "oder", "ou", "of", "o"})
_AND_LINES = frozenset({"and", "und", "et", "en", "y"})


# A full stop that ends an abbreviation, not a sentence (req_unwrap.ABBREVIATION).
_ABBREVIATION = req_unwrap.ABBREVIATION


def _inner_sentence_end(body: str) -> bool:
    """A sentence ends inside `body` (a full stop, ? or ! before a space), abbreviations aside."""
    if ". " in body:
        body = _ABBREVIATION.sub("", body)
    return ". " in body or "? " in body or "! " in body


def _paragraph(s: str) -> bool:
    """Prose, not a list item: long, or more than one sentence."""
    return len(s) > 220 or _inner_sentence_end(s.rstrip(".!?… "))


# A requirement sentence that starts with what the candidate must do or have.
_ASKING_START = re.compile(r"(?:Possess|Must|Have|Hold|Be)\b")


def _long_requirement(s: str) -> bool:
    """One long sentence of its own that asks something ("Possess a degree of Doctor of
    Veterinary Medicine or an equivalent degree, obtained at … (AVMA)."): an item on its line,
    as a bullet would be, not prose."""
    return (
        _ASKING_START.match(s) is not None
        and not _inner_sentence_end(s.rstrip(".!?… "))
        and not s.endswith(":")
    )


def _item_shaped(s: str, text: str, last: tuple[int, int]) -> bool:
    """A line after a blank line that reads as one more item of the bulleted list above.

    Pages that lose all bullets but the first write the items as short lines; one sentence
    at most, ending like the item before it (both with a full stop or both without).
    """
    if len(s) > 160 or _paragraph(s) or ":" in s or s.endswith(("?", "!", "…", "...", "–", "-")):
        return False
    if s.lower().startswith(_EMPLOYER_WORDS):
        # "Our training programme": the page goes on about the employer.
        return False
    prev = text[last[0] : last[1]].rstrip()
    return s.endswith(".") == prev.endswith(".") or not s.endswith(".")


# Minor words a heading in title case writes in lower case: "Disclosure and Barring Service".
_MINOR_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&", "-",
     "–"]
)  # fmt: skip


def _title_case(s: str) -> bool:
    """Every word but the minor ones starts with a capital ("Shift Patterns", "The Company")."""
    words = s.split()
    return bool(words) and all(
        w in _MINOR_WORDS or not w[:1].isalpha() or w[:1].isupper() for w in words
    )


def _asks_plainly(low: str) -> bool:
    """A plain line (lower case) that reads as something asked of the candidate: it starts like
    an item ("Good IT skills", "An understanding of...") or names what is asked ("...a licence is
    essential") without speaking of the employer or the post ("This post is subject to...")."""
    words = low.split()
    first = words[0].strip(",;:") if words else ""
    if first in req_intro.PLAIN_ASKING_FIRST:
        return True
    if first in _SENTENCE_FIRST or _EMPLOYER_IN_LINE.search(low) is not None:
        return False
    return _ASKED_RX.search(low) is not None


_YOU = frozenset(["you", "you've", "you’ve", "you're", "you’re", "you'll", "you’ll"])
_NUMBERING = re.compile(r"^\(?(?:\d{1,2}|[a-z])[-.):]\s+")
_YOU_WILL = frozenset(["you'll", "you’ll"])
_EMPLOYER_IN_LINE = re.compile(r"(?<![a-z])(?:we|our|us)(?![a-z'’])")


def _past_plain_list(s: str, current: Section, lower: str, span: tuple[int, int]) -> bool:
    """Below two plain items or more (no bullets), a sentence about the employer, the team or
    the post that asks nothing ("The team works hybrid from Leeds", "Interviews will be held on
    3 May"): the text after the list, not one more item. Unless the lines with it are mostly
    such sentences: then the whole is prose, which _prose leaves out."""
    if len(current.bullets) < 2:
        return False
    if _emphasised_note(s):
        return True
    if s[:1] in BULLETS:
        return False
    low = s.lower()
    words = low.split(maxsplit=1)
    if not words:
        return False
    ends = (
        _PROCESS_LINE.match(low) is not None
        or (words[0] in _SENTENCE_FIRST and _ASKED_RX.search(low) is None)
        or (low[:1] in "hwo" and _employer_heading(s, low))
        # "Everyone is welcome at Acme": a line about people in general, not the candidate.
        or (words[0] in _EVERYONE and _ASKED_RX.search(low) is None)
    )
    # The line's own words first: _prose reads every line of the list, and only a line that
    # would end the list needs it.
    return ends and not _prose(
        Section(current.kind, current.start, span[1], [*current.bullets, span]), lower
    )


# Longest paragraph that is one item of a list of "You …" lines.
_YOU_ITEM_MAX = 220


def _you_paragraph_item(s: str, text: str, current: Section) -> bool:
    """A short paragraph that opens with "You" among plain items that do ("You know dbt well",
    then "You're a challenger. You ask why before you build."): one more item, on one topic,
    that runs to a second sentence (the EU labels' rule), not the text after the list."""
    if len(s) > _YOU_ITEM_MAX or not current.bullets or s.count(". ") > 1:
        return False
    if s.split(maxsplit=1)[0].lower().rstrip(",") not in _YOU:
        return False
    facts = _item_facts(text, current)
    # A bulleted list: a plain paragraph after it is no item of it.
    return not facts.bulleted and facts.you >= 1


_PLAIN_ITEMS_MIN = 3
_PLAIN_ITEM_MAX = 300


def _plain_paragraph_item(s: str, text: str, current: Section) -> bool:
    """A short paragraph of two sentences among three plain items or more, that opens as they
    do ("Experienced in X.", then "Experienced with Y. The exact tool matters less."): one more
    item that runs to a second sentence, not the text after the list."""
    if len(s) > _PLAIN_ITEM_MAX or len(current.bullets) < _PLAIN_ITEMS_MIN or s.count(". ") != 1:
        return False
    first = s.split(maxsplit=1)[0].lower().rstrip(",")
    if not first.isalpha() or _EMPLOYER_IN_LINE.search(s.lower().split(". ", 1)[0]) is not None:
        return False
    facts = _item_facts(text, current)
    if facts.bulleted:
        return False  # a bulleted list: a plain paragraph after it is no item of it
    return first in facts.firsts or first in req_intro.PLAIN_ASKING_FIRST


# First words of a heading over the employer's part of the ad: "How we work", "Our values".
_EMPLOYER_HEAD_FIRST = frozenset(
    ["how", "why", "what", "who", "where", "our", "wie", "warum", "was"]
)
_EMPLOYER_HEAD_WORDS = 8


def _emphasised_note(s: str) -> bool:
    """A sentence set in italics on its own line below plain items ("*Please note that all
    offers depend on a background check.*"): a note after the list, not one more item."""
    return (
        s.startswith("*")
        and s[1:2].isalpha()
        and s.rstrip(".").endswith("*")
        and not s.rstrip(".").endswith("**")
        and len(s.split()) >= 4
    )


def _employer_heading(s: str, low: str) -> bool:
    """A short line with no stop that opens like a heading and speaks of the employer ("How we
    Lead the Acme Way", "What We Stand For", "Our Values"): the next part of the ad."""
    blank = low.find(" ")
    if (low if blank < 0 else low[:blank]) not in _EMPLOYER_HEAD_FIRST:
        return False
    words = low.split()
    return (
        len(words) <= _EMPLOYER_HEAD_WORDS
        and words[0] in _EMPLOYER_HEAD_FIRST
        and s[:1].isupper()
        and not s.endswith((".", ";", ","))
        and (words[0] == "our" or _EMPLOYER_IN_LINE.search(low) is not None)
    )


def _subheading(s: str, text: str, after: int) -> bool:
    """A heading in title case inside the list, over bullet items that ask ("Systems Design",
    then "- You've run Kafka in production")."""
    low = s.lower()
    if (
        not _title_case(s.rstrip(".:"))
        or len(s) > 60
        or _asks_plainly(low)
        or _EMPLOYER_IN_LINE.search(low) is not None
    ):
        return False
    nxt = _next_line(text, after)
    if not _bulleted(nxt):
        return False
    if _speaks_of_candidate(nxt):
        return True
    # "Operational Readiness" / "- Docker and CI/CD are how you work" / "- You think about
    # cost early" / "- You instrument as you build": most bullets of the run under it do.
    run = _bullet_run(text, after)
    return len(run) >= _RUN_MIN and sum(map(_speaks_of_candidate, run)) * 2 > len(run)


_RUN_MIN = 3
_RUN_MAX = 8


def _bullet_run(text: str, after: int) -> list[str]:
    """The bulleted lines right after `after` (a line start), up to a blank or plain line;
    at most _RUN_MAX."""
    lines = text[after : after + 2000].lstrip("\n").split("\n", _RUN_MAX)[:_RUN_MAX]
    run = []
    for line in lines:
        ln = line.strip()
        if not _bulleted(ln):
            break
        run.append(ln)
    return run


def _speaks_of_candidate(line: str) -> bool:
    """A bullet line that speaks of what the candidate has or is ("You've run Kafka", "You're
    curious", but not "You will receive 27 days of leave"). Qualification words alone are not
    enough: offers and conditions use them too ("Full training and registration fees paid")."""
    low = _NUMBERING.sub("", line.lower().lstrip(BULLETS + " \t"))
    words = low.split(maxsplit=2)
    if not words or _EMPLOYER_IN_LINE.search(low) is not None:
        return False
    return (
        words[0] in _YOU
        and words[0] not in _YOU_WILL
        and (len(words) < 2 or words[1] not in ("will", "can"))
    )


class _MarkedCount:
    """How many items of the open list are marked (_marked), each item read once: while the
    list is read its items are only added (or the last one lengthened, from the same start), so
    the count goes on from the last call. Counting every item anew at each line made a long
    list of plain lines quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sec: Section | None = None
        self.seen = 0
        self.count = 0

    def __call__(self, sec: Section) -> int:
        if sec is not self.sec:
            self.sec, self.seen, self.count = sec, 0, 0
        self.count += sum(_marked(self.text, b) for b in sec.bullets[self.seen :])
        self.seen = len(sec.bullets)
        return self.count


def _run_on(s: str, text: str, after: int, current: Section, marked: _MarkedCount) -> bool:
    """A plain line after a blank line below bullet items that is not one more item whose
    bullet the page lost, but the text after the list: a heading of another part in title case
    with text or bullets under it ("Shift Patterns", "The Company"), or, where the page kept the
    bullets of two items or more, any line that does not ask something of the candidate
    ("Interviews will be held on MS Teams", "This post is subject to a DBS check")."""
    # "4- Be 18 years of age": a numbering the bullet reader does not know is no word.
    if _asks_plainly(_NUMBERING.sub("", s.lower(), count=1)):
        return False
    nxt_line = _next_line(text, after)
    nxt_bullet = _bulleted(nxt_line)
    if _title_case(s.rstrip(".:")) and (nxt_bullet or _paragraph(nxt_line) or len(nxt_line) > 120):
        return True
    return not nxt_bullet and marked(current) >= 2


def sections(doc: Doc) -> list[Section]:
    """The must-have and nice-to-have lists, with the item lines under each.

    Items are bullet lines or, in scraped ads without bullets, the plain lines under the heading.
    """
    doc = list_view(doc)
    # No section can open before the first line that starts with heading words: start there.
    first = _first_open(doc, 0)
    return [] if first < 0 else _sections_from(doc, first)


# What the memo holds for a doc that is its own list view. Not the doc itself: a doc that
# refers to itself is a reference cycle, freed only by the garbage collector, whose passes over
# such leftovers cost ~4 % of a whole analysis.
_OWN_VIEW = "own"


def list_view(doc: Doc) -> Doc:
    """The document as the list reader reads it: where the text still holds HTML tags, a Doc of
    the same length with the tags turned into Markdown (req_table.tag_view), else `doc`."""
    view = doc.memo.get("req_view")
    if isinstance(view, Doc):
        return view
    if view == _OWN_VIEW:
        return doc
    text = req_table.tag_view(doc.text)
    if text is not None or _may_hold_o_bullets(doc):
        text = _o_bullet_view(doc.text if text is None else text) or text
    text = req_unwrap.item_rest_view(doc.text if text is None else text) or text
    text = req_unwrap.unwrapped_view(doc.text if text is None else text) or text
    if text is None:
        doc.memo["req_view"] = _OWN_VIEW
        return doc
    view = prepare(text, lang=doc.lang, finder=doc.finder)
    doc.memo["req_view"] = view
    view.memo["req_view"] = _OWN_VIEW
    return view


# A lower-case "o" and a blank at a line's start: a bullet of word processors and of PDF copies
# ("o Python"), when the line before or after it is one too. Anywhere else "o" is a word or an
# initial ("o Brien", Spanish "o" for "or" alone on a line).
_O_BULLET = re.compile(r"(?m)^[ \t]*o[ \t\u00a0]+(?=[^\s])")
# The same after a line break, a literal: the search jumps from line to line, where "^" has it
# try every character. (Its matches start one before _O_BULLET's, the text's first line aside.)
_O_BULLET_AFTER_BREAK = re.compile(r"\n[ \t]*o[ \t\u00a0]+(?=[^\s])")


def _may_hold_o_bullets(doc: Doc) -> bool:
    """False only where _o_bullet_view(doc.text) is None: an "o" bullet stands between blanks
    and the line's start, so it is a word "o" of the text (most ads have none)."""
    return "o" in doc.vocab


def _o_bullet_starts(text: str) -> set[int]:
    """The starts of _O_BULLET's matches in `text`."""
    found = {m.start() + 1 for m in _O_BULLET_AFTER_BREAK.finditer(text)}
    if _O_BULLET.match(text) is not None:
        found.add(0)
    return found


def _o_bullet_view(text: str) -> str | None:
    """`text` with each "o" that is a bullet turned into "•" (same length), or None if none is."""
    found = _o_bullet_starts(text)
    if len(found) < 2:
        return None
    # The non-blank lines, in order, each marked by whether it starts with a candidate "o".
    lines: list[tuple[int, bool]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos in found))
        pos += len(line) + 1
    bullets = [
        text.index("o", start)
        for i, (start, cand) in enumerate(lines)
        if cand and ((i > 0 and lines[i - 1][1]) or (i + 1 < len(lines) and lines[i + 1][1]))
    ]
    if not bullets:
        return None
    chars = list(text)
    for i in bullets:
        chars[i] = "\u2022"
    return "".join(chars)


def _first_open(doc: Doc, pos: int) -> int:
    """The first line at or after `pos` that can open a list: heading words, a lead-in or a
    table."""
    found = [
        p
        for p in (_next_heading(doc, pos), req_intro.next_intro(doc, pos), _next_table(doc, pos))
        if p >= 0
    ]
    return min(found) if found else -1


def _tables(doc: Doc) -> dict[int, req_table.Table]:
    """The document's tables by the offset of their first line, found once."""
    found = doc.memo.get("req_tables")
    if isinstance(found, dict):
        return found
    by_start = {t.start: t for t in req_table.tables(doc.text, _column_names)}
    doc.memo["req_tables"] = by_start
    return by_start


def _next_table(doc: Doc, pos: int) -> int:
    """The first line of the first table at or after `pos`, or -1."""
    if "|" not in doc.text:
        return -1
    return min((p for p in _tables(doc) if p >= pos), default=-1)


# Column names a table's first row may hold without a |---| line under it.
_COLUMN_WORDS = frozenset(
    [
        "skill",
        "skills",
        "level",
        "niveau",
        "stufe",
        "requirement",
        "item",
        "items",
        "details",
        "detail",
        "description",
        "beschreibung",
        "priority",
        "priorität",
        "kenntnis",
        "kenntnisse",
        "kriterium",
        "kriterien",
        "criterion",
        "criteria",
        "area",
        "bereich",
        "category",
        "kategorie",
        "notes",
        "anmerkung",
        "type",
        "art",
        "years",
        "jahre",
        "weight",
        "gewichtung",
        "importance",
        "wichtigkeit",
        "status",
        "tool",
        "tools",
        "technology",
        "technologie",
        "qualification",
        "anforderung",
    ]
)


def _column_names(cells: list[str]) -> bool:
    """A table's first row names its columns: every filled cell is a column word or a
    requirements heading ("Skill | Level", "Must have | Nice to have")."""
    names = [c.lower().strip(" *_#:") for c in cells]
    filled = [c for c in names if c]
    return bool(filled) and all(
        c in _COLUMN_WORDS or c in _PRIORITY or _kind(c, True) is not None for c in filled
    )


# A table cell that only ticks its column, and one that says the column does not apply.
_TICKS = frozenset(["✓", "✔", "☑", "✅", "x", "yes", "ja", "y", "j", "e", "d", "•", "●", "*", "+"])
_NO_TICKS = frozenset(["", "-", "–", "—", "no", "nein", "n/a", "✗", "✘", "/"])
_REQUIRED_MARK = re.compile(
    r"(?<![a-zäöü])(?:required|must|mandatory|essential|zwingend|erforderlich|pflicht|muss"
    r"|obligatorisch|notwendig|vorausgesetzt)(?![a-zäöü])"
)
_NOT_REQUIRED = re.compile(
    r"(?<![a-zäöü])(?:not\s+(?:required|mandatory|essential|a\s+must)|nicht\s+(?:erforderlich"
    r"|zwingend|notwendig|vorausgesetzt)|kein\s+muss|optional)(?![a-zäöü])"
)


# Priorities a table's cell or column name may be alone: MoSCoW's must / should / could, and
# the German Muss / Soll / Kann.
_PRIORITY = {
    **dict.fromkeys(
        ["must", "must have", "must-have", "muss", "pflicht", "required", "mandatory",
         "erforderlich", "zwingend", "essential"],
        "must",
    ),
    **dict.fromkeys(
        ["should", "should have", "could", "could have", "kann", "soll", "optional", "nice",
         "plus", "bonus", "wunsch", "wünschenswert", "von vorteil", "preferred", "desirable"],
        "nice",
    ),
}  # fmt: skip


# A column is named in the singular, one row per item ("| Requirement |", "| Anforderung |"):
# the plural heading words as a column name. Not "Skill": a skill matrix may list what the post
# teaches or uses, and a "Skill | Note" table is no list by itself.
_SINGULAR_HEADS = {
    "requirement": "must", "qualification": "must", "must-have": "must",
    "anforderung": "must", "voraussetzung": "must", "kriterium": "must", "criterion": "must",
    "nice-to-have": "nice", "nice to have": "nice",
}  # fmt: skip


def _table_sections(doc: Doc, table: req_table.Table, ctx: Section | None) -> list[Section]:
    """The must-have and nice-to-have items of one table; one body row is one item at most of
    each kind.

    A table with a must-have column and a nice-to-have column ("Must have | Nice to have",
    "Essential | Desirable") gives each row's cell of each. Otherwise the rows are the items
    when a heading stands above the table (`ctx`) or heads its first column ("Anforderungen |
    Details"); a row that says it is optional or a plus ("von Vorteil", "preferred") is a
    nice-to-have, one that says "required" a must-have. Without either, a row whose first cell
    is a heading ("| Requirements | Python |") opens the items, with the rows under it whose
    first cell is empty.
    """
    lower = doc.lower
    _, _, _, soft_rx = _heading_rx()

    def cell(span: tuple[int, int]) -> str:
        return lower[span[0] : span[1]].strip(" *_#:")

    def filled(row: req_table.Row) -> bool:
        return any(cell(c) not in _NO_TICKS and cell(c) not in _TICKS for c in row.cells)

    heads = (
        [
            _PRIORITY.get(cell(c)) or _SINGULAR_HEADS.get(cell(c)) or _kind(cell(c), True)
            for c in table.header.cells
        ]
        if (table.header)
        else []
    )
    must_cols = [i for i, k in enumerate(heads) if k == "must"]
    nice_cols = [i for i, k in enumerate(heads) if k == "nice"]
    musts: list[tuple[int, int]] = []
    nices: list[tuple[int, int]] = []
    if must_cols and nice_cols:
        if len(must_cols) > 1 and must_cols[0] == 0:
            # "Criteria | Essential | Desirable": the first column names the rows.
            must_cols = must_cols[1:]
        for row in table.body:
            for cols, into in ((must_cols, musts), (nice_cols, nices)):
                for i in cols:
                    if i >= len(row.cells) or cell(row.cells[i]) in _NO_TICKS:
                        continue
                    # A tick stands for the row; a cell with words is the item itself.
                    tick = cell(row.cells[i]) in _TICKS
                    into.append((row.start, row.end) if tick else row.cells[i])
                    break
    else:
        base = heads[0] if heads and heads[0] in ("must", "nice") else None
        if base is None and ctx is not None:
            base = ctx.kind
        label: str | None = None
        for row in table.body:
            kind = base
            if base is None:
                first = _kind(cell(row.cells[0]), True) if row.cells else None
                if first in ("must", "nice"):
                    label = first
                    if not any(cell(c) for c in row.cells[1:]):
                        continue
                elif row.cells and cell(row.cells[0]):
                    label = None
                kind = label
            if kind is None or not filled(row):
                continue
            low = lower[row.start : row.end]
            not_req = _NOT_REQUIRED.search(low) is not None
            # A cell that is only a priority ("Must", "Should", "Kann") says it outright.
            said = [_PRIORITY[cell(c)] for c in row.cells[1:] if cell(c) in _PRIORITY]
            if said:
                kind = "must" if "must" in said else "nice"
            elif _REQUIRED_MARK.search(low) is not None and not not_req:
                kind = "must"
            elif not_req or soft_rx.search(low) is not None:
                kind = "nice"
            (musts if kind == "must" else nices).append((row.start, row.end))
    out: list[Section] = []
    if musts:
        choice = ctx.choice if ctx is not None and ctx.kind == "must" else 0
        out.append(Section("must", table.start, table.end, musts, choice=choice, table=True))
    # Each nice-to-have its own section, so that the must-haves between them are outside
    # every nice-to-have range.
    out.extend(Section("nice", a, b, [(a, b)], table=True) for a, b in nices)
    return out


def _next_heading(doc: Doc, pos: int) -> int:
    """_first_heading(doc.lower, pos), remembering the last answer: the reader asks again from
    later lines while a lead-in came first, and the answer stands until `pos` passes it. (Read
    on from line to line, never past the heading after the last line asked about: a scan of
    the whole text at once read on to its end, most of it for nothing.)"""
    last = doc.memo.get("req_heading")
    if isinstance(last, tuple):
        since, found = last
        if since <= pos and (found < 0 or pos <= found):
            return int(found)
    found = _first_heading(doc.lower, pos)
    doc.memo["req_heading"] = (pos, found)
    return found


def _heading_line(lower: str, start: int, end: int) -> bool:
    """The line lower[start:end] starts with heading words (it is one of _first_heading's
    lines): only such a line can be a heading to _kind (or inline_items), and one match of
    the pattern at its line break says so where _kind tries a pattern a list."""
    rx = _line_heading_rx()
    if start == 0:
        return rx.match("\n" + lower[:end]) is not None
    return rx.match(lower, start - 1, end) is not None


def _paragraph_lead_in(s: str) -> bool:
    """A paragraph whose last sentence leads into the items under it (req_intro's
    paragraph lead-ins): it opens the list however long it is."""
    return s.endswith(":") and req_intro.SENTENCE_BREAK.search(s) is not None


def _long_numbered_item(s: str, text: str, current: Section | None) -> bool:
    """A numbered line of paragraph length right after numbered items ("6. The physical ability
    to lift 40 lbs. Duties may involve …" after "5. …"): one more item, prose run onto it."""
    return (
        current is not None
        and bool(current.bullets)
        and s[:1].isdigit()
        and s[1:3].startswith((".", ")"))
        and text[current.bullets[-1][0] : current.bullets[-1][0] + 1].isdigit()
    )


def _sections_from(
    doc: Doc, pos: int, *, skip: bool = True, opened: list[bool] | None = None
) -> list[Section]:
    """The sections in the lines from offset `pos` (a line start) on.

    With `skip`, the lines between lists are jumped over to the next line that starts with
    heading words (only such a line can open a list); without, every line is read (the plain
    version the tests hold the shortcut to).
    """
    must_rx, _, other_rx, soft_rx = _heading_rx()
    text = doc.text
    lower = doc.lower
    out: list[Section] = []
    current: Section | None = None
    n = len(text)
    intros = set(req_intro.intros(doc))
    tables = _tables(doc) if "|" in text else {}
    # The lines that start with heading words: only they can be a heading to _kind or hold a
    # list to inline_items.
    blank = False  # the line before was blank
    marked_items = False  # the open list has bullet items (not plain lines)
    marked_count = _MarkedCount(text)
    either = False  # an "Or" line: the next item is an alternative to the one before
    while pos < n:
        if current is None and skip:
            pos = _first_open(doc, pos)
            if pos < 0:
                break
            blank = False
        end = text.find("\n", pos)
        if end < 0:
            end = n
        line = text[pos:end]
        start, pos = pos, end + 1
        if tables and start in tables:
            # A table: its rows are read as a whole (see _table_sections). A heading right
            # above it, with nothing listed under it yet, says what the rows are.
            table = tables[start]
            ctx = current if current is not None and not current.bullets else None
            if current is not None:
                out.append(current)
                current = None
            found = _table_sections(doc, table, ctx)
            if found and opened is not None:
                opened.append(True)
            out.extend(found)
            pos = table.end + 1
            blank = marked_items = either = False
            continue
        s = line.strip()
        if s[:1] in _INVISIBLE or s[-1:] in _INVISIBLE:
            # "\u200b" alone on a line: a blank line to a reader, no item.
            s = s.strip(_INVISIBLE_AND_BLANKS)
        if s[:1] in _RULE_MARKS and _is_rule(s):
            # "---", "***": a rule between parts of the page, read as a blank line.
            s = ""
        if (
            current is not None
            and len(s) > _GLUED_MIN
            and current.kind in ("must", "nice")
            and start - current.start <= _HEAD_REACH
            and _right_under_heading(text, lower, current.start, start)
            and (glued_items := req_glued.items(text, start + line.find(s[0]), start + len(line)))
        ):
            # "…a similar roleStrong hands-on experience with dbtAdvanced SQL skills…": a list
            # whose line breaks were lost, one item a piece. The line is the whole list: what
            # follows it is no more of it.
            current.bullets.extend(glued_items)
            current.end = start + len(line)
            out.append(current)
            current = None
            blank = False
            continue
        if not s or (
            len(s) > 400
            and not (start in intros and _paragraph_lead_in(s))
            and not _long_numbered_item(s, text, current)
        ):
            if s and current is not None:
                out.append(current)
                current = None
            blank = not s
            continue
        after_blank, blank = blank, False
        # (Only a line that starts with heading words can be a heading to _kind or inline_items:
        # one pattern tells, where _kind tries several.)
        head_line: bool | None = None
        if ":" in s[:62] and (head_line := _heading_line(lower, start, start + len(line))):
            ikind, items = inline_items(text, lower, start, start + len(line))
        else:
            ikind, items = "", []
        if items and (current is None or not current.bullets or current.kind != ikind):
            # "Requirements: SQL, Python, Statistics", "Nice to have: Spark, Kafka": the heading
            # with its list on its own line. (Inside an open list of the same kind, "Skills:
            # SQL, Python" stays one item, as it was.)
            if current is not None:
                out.append(current)
            # "Required: dbt, SQL, Git" under a list of the same kind already read: a tag line
            # that names its skills again, not more of them.
            again = any(o.kind == ikind and o.bullets and not o.restated for o in out)
            current = Section(ikind, start, start + len(line), bullets=items, restated=again)
            marked_items = True
            either = False
            if opened is not None:
                opened.append(True)
            continue
        if (
            current is not None
            and not current.bullets
            and not current.choice
            and current.end + 1 == start
            and s[0] not in BULLETS
            and "," in s
            and ":" not in s
            # "| 0,0 |": a table's row (the table reader reads tables).
            and "|" not in s
            and (_alone_under(text, pos) or _heading_next(lower, pos))
            and (under := series(lower, start, start + len(line)))
            # Shorter items than on the heading's line: a sentence with commas is no list.
            and all(len(lower[a:b].split()) <= _UNDER_ITEM_WORDS for a, b in under)
        ):
            # "REQUIREMENTS:" with "SQL, Python, Airflow, 3 years of experience" on the next
            # line, and nothing more under it: the heading's list, written as on the heading's
            # own line. (The first of several plain lines is one item, commas and all.)
            current.bullets.extend(under)
            current.end = start + len(line)
            # "Key Skills" with a comma line after the bulleted must-haves names them again.
            current.restated = any(o.kind == current.kind and o.bullets for o in out)
            marked_items = True
            continue
        if (
            start in intros
            and other_rx.match(lower, start, start + len(line)) is None
            # "Even better if you have": a lead-in, but to the nice-to-haves.
            and _kind(lower[start : start + len(line)], False) != "nice"
            and not _opens_nice(s, lower[start : start + len(line)], text, pos)
            # "At interview, you will be tested against the following:" opens no list, nor
            # does "Applicants are not eligible if they have:" (what rules a candidate out).
            and not _about_selection(lower[start : start + len(line)])
            and _RULED_OUT_RX.search(lower, start, start + len(line)) is None
            # A line that goes on with the sentence of the item above is that item, however
            # it starts ("…hold a / Licence from…").
            and not (current is not None and _wraps(text, current, line, start))
        ):
            # "We are looking for:" with bullets under it opens a must-have list.
            if current is not None:
                out.append(current)
            current = Section(
                "must",
                start,
                start + len(line),
                choice=_choice(lower, start, line),
                # "You'll thrive here if" reads as a lead-in too: a fit list all the same.
                fit=_fit_rx().match(lower, start, start + len(line)) is not None,
            )
            marked_items = False
            if opened is not None:
                opened.append(True)
            continue
        if (
            current is not None
            and current.kind == "must"
            # (A bullet line is no lead-in: most lines of a list need not be read for one.)
            and s[0] not in BULLETS
            and req_intro.nice_lead_in(lower[start : start + len(line)])
        ):
            # "It will be highly beneficial if you have:" after the must-haves: the items under
            # it are a plus.
            out.append(current)
            current = Section("nice", start, start + len(line))
            marked_items = False
            continue
        head0 = s[0]
        # "**Requirements**" is a heading, not a bullet that starts with "*".
        strong = s.startswith("**") and s.rstrip(":").endswith("**") and len(s) > 4
        # "*Please note": a star glued to a word marks a footnote, not an item.
        glued = head0 == "*" and s[1:2].isalpha()
        # "**Contract:** permanent": a field of the page, not a bullet.
        # After items that are not such fields themselves ("**Education:** a degree" can be
        # the items).
        field = (
            marked_items
            and head0 == "*"
            and current is not None
            and bool(current.bullets)
            and _LABEL_LINE.match(s) is not None
            and _LABEL_LINE.match(text, current.bullets[-1][0]) is None
        )
        bullet = (
            not strong
            and not field
            and (
                (head0 in BULLETS and not glued)
                or (head0.isdigit() and s[1:3].startswith((".", ")")))
                # "*Current NMC PIN" with more such lines: a list whose bullets lost their space.
                or (glued and current is not None and _glued_run(text, current, pos))
            )
        )
        if (
            bullet
            and head0.isdigit()
            and len(s) < 50
            and not s.endswith((".", ",", ";", "!"))
            and _numbered_heading(text, lower, start, start + len(line), current)
        ):
            # "3. Requirements" over "3.1 Degree …", "4. How to apply": an outline's numbered
            # section heading, not an item.
            bullet = False
        # "and", "or" alone on a line, marks around it.
        # (The longest joiner, "and/or" with marks around it, is short: longer lines are none.)
        joiner = s.lower().strip(" .:-–*") if current is not None and len(s) <= 16 else ""
        if current is not None and joiner in _AND_LINES:
            # "AND" alone between two items joins them; it is no item of its own.
            current.end = start + len(line)
            continue
        if current is not None and joiner in _OR_LINES:
            # "Or" alone between two items: they are alternatives, one requirement.
            either = True
            current.end = start + len(line)
            continue
        if bullet:
            either_next = False
            if current is not None:
                if either and current.bullets:
                    current.end = start + len(line)
                else:
                    current.bullets.append((start, start + len(line)))
                    current.end = start + len(line)
                marked_items = True
                # "- A degree in nursing; or": the next item is an alternative to this one.
                either_next = (
                    s.rstrip(" \t.:,")[-4:].lower().endswith(("or", "oder", "-or-"))
                    and _OR_END.search(s) is not None
                )
            either = either_next
            continue
        # A heading: marked ('## ...', '**...**', a short 'Label:') or plain (a short line
        # without closing punctuation, as scraped pages write headings).
        # "Essential requirements: ·": a stray bullet after the colon still leaves a heading.
        bare = s.rstrip(" ·•-–")
        marked = head0 == "#" or strong or (len(s) < 60 and bare[-1:] == ":")
        if not marked and s[-1] == ";" and len(s) < 60:
            # "Essential Skills include;": a heading with the wrong stop, if its words say so.
            marked = must_rx.match(lower, start, start + len(line)) is not None
        # A question can be a heading too ("What do you need?"): it must then be only heading
        # words, as any plain heading.
        # A heading may trail off ("WHY WORK WITH US...", "About you…"): no stop for that.
        plain = (
            not marked
            and len(s) < 50
            and (not s.endswith((".", ",", ";", "!")) or s.endswith(("...", "…")))
        )
        head = lower[start : start + len(line)]
        if not marked and not plain and len(s) < 50 and s[-1] == "!":
            # "Das zeichnet dich aus!", "What you bring!": an exclaimed line that is nothing but
            # the words of a list's heading is that heading (rt37); "Apply today!" stays text.
            plain = _kind(head, True) in ("must", "nice", "fit")
        # What the line is as a heading, worked out once: must, nice, other or none.
        known = (marked or plain) and current is not None
        if known and head_line is None:
            head_line = _heading_line(lower, start, start + len(line))
        raw_kind = _kind(head, plain) if known and head_line else None
        kind0 = raw_kind
        other_hit: bool | None = None
        if kind0 is None and current is not None:
            other_hit = other_rx.match(head) is not None
            if other_hit:
                kind0 = "other"
        if (
            kind0 is None
            and not field
            and (
                (current is not None and current.kind == "must" and current.bullets)
                or (current is None and start in intros)
            )
            and _opens_nice(s, head, text, pos)
        ):
            # "Even better if", "Great if you also have", "Kein Muss, aber ein Plus" after the
            # must-haves, "Helpful but not required:": the bullets under it are a plus.
            if current is not None:
                out.append(current)
            current = Section("nice", start, start + len(line))
            marked_items = False
            continue
        if (
            current is not None
            and kind0 is None
            and current.kind == "must"
            and not other_hit
            and (marked or (plain and req_shapes.plain_part_label(bare)))
            and (
                (bare.rstrip(" *_").endswith(":") and len(bare.split()) <= 3)
                # "Technical" / "Soft skills" with bullets under it: a bare part label.
                or (plain and req_shapes.plain_part_label(bare))
                # "**Industry knowledge and product vision**": a bold line of a few words that
                # names a kind of skill ("**Life at the clinic**" names none).
                or (
                    strong
                    and not bare.rstrip(" *_").endswith(".")
                    and len(bare.split()) <= 6
                    and _PART_WORDS.search(head) is not None
                )
            )
            and _DEGREE_LABEL.search(head) is None
            # "We can offer:", "Our perks:": the employer speaks, of what it gives; and the
            # parts of an ad that ask nothing ("Recruitment Process:", "Next steps:").
            and not head.lstrip(" \t#*_").startswith(_EMPLOYER_WORDS)
            and _NOT_A_PART.search(head) is None
            and _bulleted(_next_line(text, pos))
        ):
            # "Mindset:" or "**Technical expertise**" with bullets under "What we look for in
            # you" or "## Required Qualifications": a part of the list ("Soft skills:",
            # "Tools:"), whose items it asks for as well; a plain sentence between the heading
            # and it introduced the parts, and is no item. Not a degree ("Bachelor's Degree:"
            # over its subjects: the fields one degree may be in). After a part with bullets,
            # the next part ("**Industry knowledge**") goes on with the list.
            if not any(_marked(text, b) for b in current.bullets):
                current.bullets = []
            current.end = start + len(line)
            continue
        if (
            current is not None
            # A sentence that starts like a closing heading ("We offer a generous pension.")
            # is read as a line, not a heading.
            and (kind0 is None or (other_hit and not (marked or plain)))
            and (head0 == "#" or strong or field or _ends_list(head.strip(), text, pos))
        ):
            # "The post holder will have responsibilities:", "Please take a look at our
            # benefits package", "Why not apply today?": what follows is no longer asked of the
            # candidate.
            out.append(current)
            current = None
            continue
        if current is not None and marked_items and (not (marked or plain) or kind0 is None):
            # After bullet items, a line that is no heading either wraps the last item (no
            # blank line before it: counted once) or, after a blank line, is one more item
            # whose bullet the page lost (a short single sentence) or starts something else.
            if not after_blank:
                current.end = start + len(line)
                continue
            picks = _choice(lower, start, line) if s.rstrip(" *_").endswith(":") else 0
            if picks and current.kind == "must":
                # "Zusätzlich eines der folgenden Zertifikate:" after the items: the bullets
                # under it are alternatives, of which that many count.
                out.append(current)
                current = Section("must", start, start + len(line), choice=picks)
                marked_items = False
                continue
            shaped = _item_shaped(s, text, current.bullets[-1])
            if shaped and _subheading(s, text, pos):
                # "Systems Design" over more items that ask: a part of the list, no item.
                current.end = start + len(line)
                continue
            if shaped and not _run_on(s, text, pos, current, marked_count):
                current.bullets.append((start, start + len(line)))
                current.end = start + len(line)
                continue
            out.append(current)
            current = None
        if not (marked or plain):
            if current is not None and either:
                either = False
                current.end = start + len(line)
                continue
            if (
                current is not None
                and not current.bullets
                and s.rstrip(" *_").endswith((":", ";", "…"))
                and req_intro.asks(req_intro.SENTENCE_BREAK.split(s.lower())[-1])
            ):
                # "To succeed in this post you will;" under the heading: the list's lead-in,
                # not one of its items.
                current.end = start + len(line)
                continue
            if current is not None:
                if (
                    _paragraph(s)
                    and not _long_requirement(s)
                    and not _you_paragraph_item(s, text, current)
                    and not _plain_paragraph_item(s, text, current)
                ):
                    # A paragraph under the heading introduces the list; after items and a
                    # blank line it is the text that follows the list.
                    if current.bullets and after_blank:
                        out.append(current)
                        current = None
                    else:
                        current.end = start + len(line)
                    continue
                if not _take_plain_line(text, lower, s, current, start, line):
                    out.append(current)
                    current = None
            elif opened is not None and ":" in s[:40]:
                # "Requirements: SQL, Python and three years": a heading with its list inline.
                m = must_rx.match(lower, start, start + len(line))
                if m is not None and lower[m.end() : m.end() + 3].lstrip(" *_").startswith(":"):
                    opened.append(True)
            continue
        # (other_hit is set wherever current is open and kind is None: a line that reaches here
        # with a list open had one open above, and then raw_kind is kind.)
        if not known and head_line is None:
            head_line = _heading_line(lower, start, start + len(line))
        kind = raw_kind if known else (_kind(head, plain) if head_line else None)
        if kind == "must" and _RULED_OUT_RX.search(head) is not None:
            # "Applicants must not already hold:": what rules a candidate out closes the list.
            kind = "other"
        if current is not None and kind is None and not current.bullets:
            picks = _choice(lower, start, line)
            if picks and not other_hit:
                # "Proficiency in one or more of these languages:" under the heading: the
                # items that follow are alternatives.
                current.choice = picks
                current.end = start + len(line)
                continue
            if (
                not other_hit
                and marked
                and bare.rstrip(" *_").endswith((":", ";"))
                and req_intro.asks(req_intro.SENTENCE_BREAK.split(head.strip())[-1])
            ):
                # "The post holder will need:" under "Person Specification": the list's
                # lead-in, and the list goes on under it.
                current.end = start + len(line)
                continue
        if (
            kind is not None
            and plain
            and current is not None
            and _wraps(text, current, line, start)
        ):
            # "…must hold a / Licence from…": the sentence of the item above goes on; a line
            # that reads like a heading there is no heading.
            kind = None
        # Inside a list, a short plain line ("SQL") is an item unless it is a heading.
        if plain and current is not None and kind is None and not other_hit:
            if s.endswith("?") and (after_blank or _WHY_HEAD.match(s) is not None):
                # "What next?" after the items: a question starts the next part of the ad.
                out.append(current)
                current = None
                continue
            if not _take_plain_line(text, lower, s, current, start, line):
                out.append(current)
                current = None
            continue
        if current is not None:
            out.append(current)
        current = (
            Section(
                "must" if kind == "fit" else kind,
                start,
                start + len(line),
                choice=_choice(lower, start, line),
                fit=kind == "fit",
            )
            if kind in ("must", "nice", "fit")
            else None
        )
        marked_items = False
        if current is not None and opened is not None:
            opened.append(True)
    if current is not None:
        out.append(current)
    # fold_examples leaves the items as they are where no line is indented (most ads): its own
    # test of the whole text, made here once for all the sections.
    indented = _any_indented(text)
    for sec in out:
        # Plain lines joined into one sentence (_wraps) that make a paragraph are prose.
        # (Most items are one line: no call for those.)
        sec.bullets = [
            b
            for b in sec.bullets
            if text.find("\n", b[0], b[1]) < 0 or not _wrapped_paragraph(text, b)
        ]
        if indented:
            # "- Strong SQL, for example:" over indented sub-bullets: one item with its examples.
            sec.bullets = req_shapes.fold_examples(text, lower, sec.bullets, soft_rx)
    kept = [
        s
        for s in out
        if s.bullets
        and not _about_employer(s, lower)
        and not (doc.lang == "en" and _prose(s, lower))
    ]
    for sec in kept:
        if sec.choice:
            # "Applicants must meet one of the following:": the items are one requirement ("at
            # least two of the following": two).
            sec.bullets = sec.bullets[: sec.choice]
    musts = [s for s in kept if s.kind == "must"]
    tied = req_inline.grade_tied(text, [s.start for s in musts], lower)
    if any(tied):
        # "To qualify at the GS-5 grade level, applicants must:" beside a list for GS-7 (or beside
        # the position's own list): grade-by-grade requirements, not the position's must-haves.
        drop = {id(s) for s, t in zip(musts, tied, strict=True) if t}
        kept = [s for s in kept if id(s) not in drop]
    return kept


def _any_indented(text: str) -> bool:
    """A line of `text` starts with a blank: fold_examples' own test, without which it gives
    back the items unchanged. (The pattern finds what `"\\n " in text` and its two siblings
    find, several times faster: a substring test compares the needle's last character first,
    and a blank is the commonest character of a text.)"""
    return text[:1] in req_shapes._INDENTS or _INDENTED_LINE.search(text) is not None


_INDENTED_LINE = re.compile(f"\n[{''.join(req_shapes._INDENTS)}]")


# "**Employment Type:** Full-time": a bold label with its value, a field of the page, not an item.
_LABEL_LINE = re.compile(r"\*\*[^*\n]{1,40}(?::\*\*|\*\*:)")
# An item that ends with "or": the next item is an alternative to it.
_OR_END = re.compile(r"(?:^|[\s;,])(?:or|oder|-or-)[\s.:,]*$", re.IGNORECASE)
_CHOICE_NUMBERS = {"two": 2, "three": 3, "four": 4, "zwei": 2, "drei": 3, "vier": 4}
_ONE_OF = re.compile(
    # "one of the following", "any of the following", "at least two of the following", "two or
    # more of these", "one or more of:", "eines der folgenden", "mindestens zwei der folgenden";
    # "at least 3 of following" and "the majority of the following" too (the majority: one)
    # Not "all three of the following": every one is asked for.
    r"(?<![a-z])(?<!\ball\s)(?:(?:any|either|only)\s+)?(?:(one|two|three|four|\d)(?:\s+or\s+more)?|any|some"
    r"|either|majority|at\s+least\s+(one|two|three|four|\d))\s+of"
    r"(?:\s+(?:(?:the\s+)?following|these|the\s+below)"
    r"(?![a-z])|:)|(?<![a-z])(?:mindestens\s+(einem|einer|eines|eine|zwei|drei|vier|\d)|einem|einer"
    r"|eines|eine|ein)\s+der\s+(?:nach)?folgenden"
)


def _choice(lower: str, start: int, line: str) -> int:
    """How many of its items a list asks for when the line that opens it says they are
    alternatives ("one of the following": 1, "at least two of the following": 2), else 0."""
    end = start + len(line)
    if (
        lower.find("follow", start, end) < 0
        and lower.find("these", start, end) < 0
        and lower.find("below", start, end) < 0
        and lower.find("folgend", start, end) < 0
        and lower.find("of:", start, end) < 0
    ):
        # Every wording names what follows with one of these words: most lines are not read.
        return 0
    m = _ONE_OF.search(lower, start, end)
    if m is None:
        return 0
    word = m[1] or m[2] or m[3] or "one"
    return int(word) if word.isdigit() and 0 < int(word) < 10 else _CHOICE_NUMBERS.get(word, 1)


# Words of the selection: "At interview we will look for:", "Shortlisting will be based on:".
# What follows is how candidates are judged, not what the post asks. ("You will be assessed
# against the Executive Core Qualifications" is not among them: US federal ads list required
# qualifications that way.)
_SELECTION = (
    r"interview\w*|shortlist\w*|selection (?:process|will|criteria will|panel)|the panel"
    r"|assessment cent(?:re|er)"
)
_SELECTION_RX = re.compile(rf"(?<![a-z])(?:{_SELECTION})(?![a-z])")


def _about_selection(low: str) -> bool:
    """The line (lower case) is about how candidates are judged ("At interview, you will be
    tested against the following:"), not what the post asks. A line that first asks and then
    says where it is tested ("You will need the following, which will be assessed at
    interview:") asks."""
    m = _SELECTION_RX.search(low)
    return m is not None and not req_intro.asks(low[: m.start()])


# A lead-in to what rules a candidate out: "Applicants are not eligible to apply if they have:".
_RULED_OUT_RX = re.compile(
    r"(?<![a-z])(?:not eligible|ineligible|cannot apply|can['’]t apply|unable to apply"
    r"|(?:must|should) not (?:have|hold|already))(?![a-z])"
)


@cache
def _leads_away_rx() -> re.Pattern[str]:
    """The last sentence of a line that leads into duties or benefits, not requirements."""
    words = (
        r"responsibilit\w*|duties|will involve|involves|benefits?|package|we offer|offer you"
        r"|we provide|in return|rewards?|perks|you will be doing|you'll be doing|day to day"
        r"|aufgaben|wir bieten|vorteile|you(?:['’]ll| will) (?:love|enjoy)"
        # The employer's culture or values: "In a culture that…", "Our values:".
        r"|(?:in|into|join) a culture|our (?:culture|values)|unsere (?:kultur|werte)"
        rf"|{req_intro.FIRST_MONTHS}"
        # What the role holds: "Applicants should note that the post will include:".
        rf"|{req_intro.ROLE_HOLDS}"
    )
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


@cache
def _call_to_apply_rx() -> re.Pattern[str]:
    """A line that asks the reader to apply or get in touch: the list above it has ended."""
    calls = (
        r"why not apply|apply (?:today|now|online|here)|please apply|how to apply|get in touch"
        r"|we look forward to|(?:love|like) to hear from you|this list is not exhaustive"
        # A statement of what the employer gives: "In addition to an induction we offer ...".
        r"|we(?: can| will|['’]ll)? (?:offer|provide)|in return|benefits package|our benefits"
        r"|benefits (?:include|are)"
        r"|if (?:this|that|the (?:role|post|job)|this (?:role|post|job)) (?:sounds|appeals|is)"
        r"|bewirb dich|bewerben sie sich"
    )
    return re.compile(rf"(?<![a-z])(?:{calls})(?![a-z])")


# One word of every wording _call_to_apply_rx knows ("if th" stands for "if this/that/the"):
# a line without any of them is no call to apply, and most lines have none. Looking for the
# words is several times faster than the pattern's search, which tries every offset.
_CALL_WORDS = (
    "apply", "touch", "forward", "hear", "exhaustive", "offer", "provide", "return", "benefits",
    "if th", "bewirb", "bewerben",
)  # fmt: skip


# "the service we provide", "the care we offer our patients": "we offer" after the service or
# care it names is a relative clause on what the employer does for patients, not an offer to the
# reader ("the benefits we offer" still is one).
_RELATIVE_OFFER = re.compile(
    r"(?<![a-z])(?:the|our|a|an)\s+(?:[a-z\-]+\s+)?(?:services?|care|treatments?)\s+$"
)


def _relative_offer(low: str, at: int) -> bool:
    """The call-to-apply words found at `at` are "we offer/provide" inside a relative clause."""
    return (
        low.startswith("we ", at) and _RELATIVE_OFFER.search(low, max(0, at - 40), at) is not None
    )


@cache
def _call_word_matcher() -> AhoCorasick:
    from ahocorasick_rs import AhoCorasick, Implementation

    return AhoCorasick(list(_CALL_WORDS), implementation=Implementation.DFA)


def _may_call_to_apply(low: str) -> bool:
    """False only where _call_to_apply_rx finds nothing in `low`: no word of _CALL_WORDS is in
    it, which one pass of an automaton says (a substring test a word took twice as long)."""
    return bool(_call_word_matcher().find_matches_as_indexes(low))


def _holds_call_word(low: str) -> bool:
    """_may_call_to_apply as a substring test a word (the plain read the tests hold it to)."""
    return any(word in low for word in _CALL_WORDS)


# A line that starts on the recruitment process, not on the candidate: "Closing Date- 11th
# November", "Interview planned TBC", "In your application form please address...",
# "Shortlisting will take place...", "For further details contact". The list above it has ended.
_PROCESS_LINE = re.compile(
    r"[\W_]*(?:closing date|interviews?(?:\s*[:\-–]|\s+(?:dates?|will|are|to be|planned|tbc"
    r"|held|w/?c))|shortlisting|in your application|(?:when|before) (?:applying|you apply"
    r"|completing)|for (?:further|more) (?:details|information)|informal (?:visits?|enquiries"
    r"|discussions?)|please (?:note|read|refer|see|submit|complete|contact|quote|address"
    # "Please ensure you hold a full driving licence" asks; "Please ensure your application
    # arrives…" is about the process.
    r"|ensure(?! (?:that )?you (?:hold|have|are|possess|meet|can)\b))"
    r"|start date|reference(?: number)?:|job ref)"
)


def _ends_list(low: str, text: str, after: int) -> bool:
    """A line (not a bullet, not a heading) inside a list that ends it: a call to apply, a line
    about the recruitment process, or a lead-in to duties, benefits or the culture (it ends with a
    colon or an ellipsis, or bullets follow it)."""
    if _may_call_to_apply(low) and any(
        not _relative_offer(low, m.start()) for m in _call_to_apply_rx().finditer(low)
    ):
        return True
    if _PROCESS_LINE.match(low) is not None:
        return True
    if not low.rstrip(" -–*_").endswith((":", "…", "...")):
        nxt = text[after : after + 200].lstrip()
        if nxt == "" or nxt[0] not in BULLETS:
            return False
        eol = nxt.find("\n")
        if _is_rule(nxt[: eol if eol >= 0 else None]):
            return False
    # Its last sentence decides: "We are looking for nurses... The post holder will have
    # responsibilities:".
    last = req_intro.SENTENCE_BREAK.split(low)[-1]
    # "At interview we will look for:": how candidates are judged, not what the post asks.
    return _leads_away_rx().search(last) is not None or _about_selection(last)


@cache
def _nice_lead_rx() -> re.Pattern[str]:
    words = f"{_alternation('nice_lead')}|{_alternation('soft_line')}"
    return re.compile(rf"(?<![a-zäöü])(?:{words})(?![a-zäöü])")


# What _opens_nice strips from around a line: heading marks, blanks and bullets (made once).
_MARKS_AROUND = f"#*_ \t{BULLETS}"


def _opens_nice(s: str, low: str, text: str, after: int) -> bool:
    """A line that is no bullet and no heading of its own but leads into the nice-to-haves: short,
    not a sentence or a lower-case continuation of the item above, with words of a plus ("Even
    better if", "Would be an advantage", "Von Vorteil ist außerdem"), and bullets under it or a
    colon at its end."""
    body = s.strip(_MARKS_AROUND)
    if not body or body[0].islower() or body.endswith((".", ";", ",", "!", "?")):
        return False
    # (Words of a plus first: most lines have none, and then how long the line may be is moot.)
    if len(body) > 160 or _nice_lead_rx().search(low) is None:
        return False
    # "Bonus things you could bring along to the role — these are not essential for you to
    # apply": a longer lead-in, when it says outright that its items are not asked for.
    said = _NOT_ESSENTIAL.search(low) is not None
    if len(body) > (160 if said else 80) or len(body.split()) > (25 if said else 10):
        return False
    if body.rstrip(" *_").endswith(":"):
        return True
    return _bulleted(_next_line(text, after))


def _next_line(text: str, after: int) -> str:
    """The next line with words at or after `after` (a line start), stripped; "" at the end."""
    nxt = text[after : after + 400].lstrip()
    eol = nxt.find("\n")
    return (nxt if eol < 0 else nxt[:eol]).strip()


def _bulleted(line: str) -> bool:
    """The (stripped) line starts with a bullet or a number: "- SQL", "2. A degree"."""
    return bool(line) and (
        line[0] in BULLETS or (line[0].isdigit() and line[1:3].startswith((".", ")")))
    )


def _take_plain_line(
    text: str, lower: str, s: str, current: Section, start: int, line: str
) -> bool:
    """A plain line (no bullet) in the open list: it goes on with the last item, or is one more
    item; False when it ends the list instead (_past_plain_list), and the list is left as it was."""
    end = start + len(line)
    if _wraps(text, current, line, start):
        current.bullets[-1] = (current.bullets[-1][0], end)
    elif _past_plain_list(s, current, lower, (start, end)):
        return False
    else:
        current.bullets.append((start, end))
    current.end = end
    return True


def _wraps(text: str, current: Section, line: str, start: int) -> bool:
    """A plain line that goes on with the sentence of the item before it (hard line breaks,
    text broken around an inline element: req_inline.wraps_on)."""
    if not current.bullets:
        return False
    if _LETTER_MARK.match(line.lstrip()) is not None:
        # "ii. Payroll experience", "b) Advanced Excel": an item of its own, lettered or in
        # Roman numerals; its lower-case start is its marker, no sentence going on.
        return False
    a, b = current.bullets[-1]
    # The item's last _WRAP_REACH characters: an item grows a line at a time through _wraps,
    # and reading all of it at each line made a long run of wrapped lines quadratic.
    before = text[max(a, b - _WRAP_REACH) : b]
    return (
        req_inline.wraps_on(before, line, items=True)
        or (line.lstrip()[:1].islower() and _hard_wrapped(text, before, start))
        or _split_label(text[a:b], line)
    )


# An item's marker in lower-case letters or Roman numerals: "b. ", "c) ", "(d) ", "iv. ", "(ii) ".
_LETTER_MARK = re.compile(r"\(?(?:[a-z]|[ivx]{2,4})[.)][ \t]+[A-Z0-9(]")


# A label's last word and its colon at a line's start: "Experience: Applicants must …" (not a
# heading's, "Basic" / "Requirements: · U.S. citizenship", which heads the items after it).
_LABEL_END = re.compile(
    r"[ \t]*(?!(?:Requirements?|Qualifications?|Criteria|Skills|Factors)\b)[A-Z][a-z]+:[ \t]"
)


def _split_label(item: str, line: str) -> bool:
    """The item is the first word of a label that a hard line break cut ("Specialized" /
    "Experience: Applicants must have …"): one capitalised word, no stop, and the line under it
    starts with the label's last word and its colon."""
    word = item.strip()
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and _LABEL_END.match(line) is not None
    )


# How many lines on _hard_wrapped looks for a sentence that ends inside a line.
_WRAP_LINES = 8
# A sentence that ends inside a line and the next that starts on it ("… analysis. Overseeing …").
_MID_LINE_END = re.compile(r"[a-z)][.!?][ \t]+[A-Z][a-z]")


def _hard_wrapped(text: str, before: str, start: int) -> bool:
    """The plain line at `start` goes on with the sentence of the line `before` it: a
    paragraph cut by a page's fixed line width ("… specialized experience includes but are not"
    / "limited to support of … study and design" / "processes and management, … and" /
    "analysis. Overseeing and coordinating …", or "Applicants" / "must have one year …"), not
    items. Told by its lines: each stops mid-sentence (the first after `before` in lower case),
    until one line ends a sentence and starts the next inside it, as only prose cut at a width
    does. Items of a list without bullets end where their lines end ("strong SQL skills with the
    ability to write complex queries" / "expertise in LookML"), however long and in lower case
    they are."""
    pos = start
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if not text[pos : pos + 1].islower():
        return False
    last = before.rstrip()
    if not last or last.endswith((*req_inline.STOPS, ")")):
        return False
    for _ in range(_WRAP_LINES):
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end].rstrip()
        if _MID_LINE_END.search(_ABBREVIATION.sub("", line)) is not None:
            return True
        if line.endswith((*req_inline.STOPS, ")")):
            return False
        pos = end
    return False


# How far back in an item _wraps looks for a bracket left open (no real item comes near).
_WRAP_REACH = 2000


def _wrapped_paragraph(text: str, item: tuple[int, int]) -> bool:
    """An item of plain lines joined by _wraps that reads as a paragraph."""
    if text.find("\n", item[0], item[1]) < 0:
        return False  # one line, as most items are
    return not _marked(text, item) and _paragraph(" ".join(text[item[0] : item[1]].split()))


def _glued_run(text: str, current: Section, after: int) -> bool:
    """A '*Word' line is an item, not a footnote, when the item before it or the next line is
    written the same way."""
    if current.bullets:
        a, b = current.bullets[-1]
        last = text[a:b].lstrip()
        if last[:1] == "*" and last[1:2].isalpha():
            return True
    nxt = text[after : after + 200].lstrip()
    return nxt[:1] == "*" and nxt[1:2].isalpha()


# Under a heading, at most this many short lines before a list run together into one line.
_HEAD_LINES = 2
_HEAD_LINE_MAX = 60
_HEAD_REACH = _HEAD_LINES * (_HEAD_LINE_MAX + 8)  # characters from the heading's start


def _right_under_heading(text: str, lower: str, head: int, start: int) -> bool:
    """The line at `start` comes right under the heading at `head`, a line of nothing but
    heading words, or under it and one short sub-heading ("What You'll Bring" / "Technical
    expertise"): not under a lead-in sentence ("You'll have the opportunity to:"), nor after
    one that says what the lines are ("You will be evaluated on the following areas:")."""
    lines = [ln.strip() for ln in text[head:start].split("\n") if ln.strip()]
    if not lines or len(lines) > _HEAD_LINES or any(len(ln) > _HEAD_LINE_MAX for ln in lines):
        return False
    eol = lower.find("\n", head, start)
    return _kind(lower[head:eol].strip(), True) in ("must", "nice", "fit")


def _is_rule(s: str) -> bool:
    """A horizontal rule: '---', '***', '___' (three or more, spaces allowed)."""
    return len(s) >= 3 and s[0] in _RULE_MARKS and not s.strip(_RULE_MARKS)


_RULE_MARKS = "-*_=–— "


_EMPLOYER_WORDS = ("we ", "we'", "we’", "our ", "wir ", "unser", "unsere ")
# What stands before an item's first word: its bullet or number.
_ITEM_MARKS = BULLETS + " \t0123456789.)"

# What a line asked of the candidate holds: a qualification, experience, a skill, a licence, or
# words that ask ("essential", "must", "you will need").
_ASKED_RX = re.compile(
    r"(?<![a-z])(?:essential|required|requirements?|must|experience\w*|experienced|qualifi\w*"
    r"|regist\w*|skills?|knowledge|abilit\w*|able to|licen[cs]e|degree|diploma|certificate|nvq"
    r"|gcse|trained|training|understanding|commit\w*|you (?:will|should) (?:have|need|be|hold))"
    r"(?![a-z])"
)


def _prose(sec: Section, lower: str) -> bool:
    """A must-have list read from plain lines (no bullet, no number) most of which are sentences
    about the employer or the role that ask nothing ("The department is regarded as...", "Our
    aim is..."): paragraphs under the heading, not a list. Lines about the candidate ("You can
    build...", "Comfortable with CI/CD") and fragments ("RMN / RNLD") are items whatever their
    words."""
    if sec.kind != "must" or sec.table:
        return False
    lines: list[str] = []
    for a, b in sec.bullets:
        ln = lower[a:b].strip()
        if _bulleted(ln):
            return False  # (most lists: their first line, before the others are cut out)
        lines.append(ln)
    said = sum(
        ln.split(maxsplit=1)[0] in _SENTENCE_FIRST and _ASKED_RX.search(ln) is None
        for ln in lines
        if ln
    )
    return said * 2 > len(lines)


# First words of a sentence about the employer, the team or the role ("The department is...",
# "Our aim is...", "If you would like to..."), not about the candidate.
_EVERYONE = frozenset(["everyone", "everybody"])
_SENTENCE_FIRST = frozenset(["we", "our", "the", "this", "if", "it", "there", "they", "these"])


def _about_employer(sec: Section, lower: str) -> bool:
    """Most items speak of the employer ("We trust one another", "Our people come first"): the
    list states the employer's values or offer, not what the candidate must have."""
    own = sum(1 for a, b in sec.bullets if _EMPLOYER_ITEM.match(lower, a, b) is not None)
    return own * 2 > len(sec.bullets)


# An item that starts with _EMPLOYER_WORDS after its bullet or number: what
# lower[a:b].lstrip(_ITEM_MARKS).startswith(_EMPLOYER_WORDS) says, without the copy (no word
# starts with a mark, so the marks before it are all the marks).
_EMPLOYER_ITEM = re.compile(
    f"[{re.escape(_ITEM_MARKS)}]*(?:{'|'.join(map(re.escape, _EMPLOYER_WORDS))})"
)


@cache
def _years_rx() -> re.Pattern[str]:
    num = r"(\d{1,2}|" + "|".join(_WORD_NUMBERS) + ")"
    return re.compile(
        rf"(?<![\d.,]){num}\s*\+?\s*(?:(?:-|–|to|bis|à|tot)\s*\d{{1,2}}\s*\+?\s*)?"
        r"(?:years?|yrs?|jahre?n?|ans|années|jaar|años|anni)(?![a-z])"
    )


_EXPERIENCE = (
    "experience",
    "erfahrung",
    "expérience",
    "ervaring",
    "experiencia",
    "esperienza",
    "background",
    "working",
    "track record",
    "hands-on",
)


# Words that make the years after them an age: "Alter: 25-35 Jahre", "aged 18-24 years".
# An age after the years: "must be 18 years or older", "21 years of age", "18 Jahre oder älter".
_AGE_AFTER = re.compile(
    r"\s*(?:(?:or|and|oder|und)\s+(?:older|above|älter)\b|(?:or|and)\s+over\b(?!\s+[a-z])"
    r"|of\s+age\b|old\b|alt\b)"
)
_AGE_BEFORE = re.compile(
    r"(?<![a-z])(?:alter|altersgruppe|age|ages|aged)\s*(?::|von|of|from|between|zwischen)?\s*"
    r"(?:von\s+|zwischen\s+|between\s+|from\s+)?(?:\d{1,2}\s*(?:and|und|to|bis|-|–)\s*)?$"
)


_CEILING_BEFORE = re.compile(
    r"(?<![a-z])(?:no[ \t]+more[ \t]+than|not[ \t]+more[ \t]+than|maximum[ \t]+of|max\.?"
    r"|at[ \t]+most)[ \t]*\Z"
)
_OVER_BEFORE = re.compile(r"(?<![a-z])(?:over|more[ \t]+than)[ \t]*\Z")
_TURNED_AWAY = re.compile(
    r"[^.;\n]{0,40}?(?:(?:need[ \t]+not|needn\x27t|should[ \t]+not|cannot)[ \t]+apply"
    r"|will[ \t]+not[ \t]+be[ \t]+considered|are[ \t]+not[ \t]+eligible)"
)


# Years that bound a window in time, not experience asked: "within the last 5 years", "cannot
# exceed six years after degree completion", "up to 2 years following discharge".
_WINDOW_BEFORE = re.compile(
    r"(?<![a-z])(?:within|during|in|over|for)[ \t]+(?:the[ \t]+)?(?:last|past|previous|"
    r"preceding|prior|next|first)[ \t]+\Z|(?<![a-z])(?:within|exceed|exceeds|innerhalb[ \t]+"
    r"(?:der[ \t]+)?(?:letzten)?)[ \t]*\Z"
)
_AFTER_EVENT = re.compile(
    r"[ \t]+(?:after|since|following|from|prior[ \t]+to|before|of)[ \t]+(?:(?:the|your|their|"
    r"his|her|a|an)[ \t]+)?(?:degree|graduation|graduating|completion|completing|discharge|"
    r"release|separation|appointment|the[ \t]+closing|closing|application|applying)(?![a-z])"
)


# Years in a role named right after them are experience: "2+ years as a data analyst", "3 Jahre
# als Data Scientist". A role noun must follow within three words ("10 years as a bootstrapped
# company" is the firm's age), and not after "for" ("for 2 years as a maternity-cover analyst"
# is a fixed term).
_AS_A_ROLE = re.compile(
    r"[ \t]+(?:as|als)[ \t]+(?:an?[ \t]+|eine?[mr]?[ \t]+)?(?:[\w\-/]+[ \t]+){0,3}?"
    r"(?:analyst|scientist|engineer|developer|statistician|researcher|consultant|architect"
    r"|programmer|economist|actuary|specialist|analytiker|entwickler|berater|ingenieur)"
)


def _years_in_role(lower: str, m: re.Match[str]) -> bool:
    return _AS_A_ROLE.match(lower, m.end()) is not None and not lower[
        max(0, m.start() - 6) : m.start()
    ].rstrip().endswith(("for", "für"))


# Years that open a list item or follow "you have", then name what was done ("- 5+ years
# building pipelines", "1) 3 years in analytics", "8+ yrs" alone, "you have 4 years designing
# APIs") are experience though no word says so; "- 20+ years in business" is the firm's age,
# "- 18 years of age" an age and "- One year of education above high school" schooling.
# An item of a list run into one line opens at its bullet too ("Requirements: • 3-5 years with
# Node.js • PostgreSQL", req_inline).
_ITEM_OPEN = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-*•·▪◦‣–✅✔☑➤►]|\(?\d{1,2}[.)]|\(?[a-h][.)])?|[ \t][•▪●])"
    r"[ \t]*(?:\*\*)?[ \t]*"
    r"(?:at[ \t]+least|minimum(?:[ \t]+of)?|min\.?)?[ \t]*\Z"
)
_ASKED = re.compile(
    r"(?<![a-z])(?:you(?:[ \t]+have|[ \t]+bring|\x27ve[ \t]+got|\x27ll[ \t]+(?:have|bring))"
    r"|must[ \t]+have|requires?|need)[ \t]+(?:at[ \t]+least[ \t]+|a[ \t]+minimum[ \t]+of[ \t]+)?\Z"
)
_DONE_AFTER = re.compile(
    r"(?:\*\*)?[ \t]*(?:(?!during|according|including|following|remaining|starting|beginning)"
    r"[a-z]{2,}ing(?![a-z])|(?:in|with|of|across|on)[ \t]+(?!(?:business|the[ \t]+market|our"
    r"|history|existence|operation|trading|heritage|age|education|study|studies|college"
    r"|university|school|graduate|undergraduate|full-time|coursework|training)(?![a-z]))[a-z]"
    r"|[.;]?[ \t]*(?:\n|\Z))"
)


def _years_opening_item(
    lower: str, m: re.Match[str], in_list: Callable[[int], bool] | None
) -> bool:
    """Years asked ("you have 4 years designing APIs"), or opening an item of a requirement
    list ("- 5+ years building pipelines"). An item elsewhere is the firm's story ("About us" /
    "- 12 years serving customers"): `in_list` says whether an offset stands in a must-have or
    nice-to-have list (without it, no item counts)."""
    if _DONE_AFTER.match(lower, m.end()) is None:
        return False
    before = lower[max(0, m.start() - 40) : m.start()]
    if _ASKED.search(before) is not None:
        return True
    return in_list is not None and in_list(m.start()) and _ITEM_OPEN.search(before) is not None


_YEAR_WORDS = frozenset(
    ["years", "year", "yrs", "jahre", "jahren", "ans", "années", "jaar", "años", "anni"]
)


def years_required(
    doc: Doc, in_list: Callable[[int], bool] | None = None
) -> tuple[int | None, tuple[int, int] | None]:
    """The most years of experience any requirement asks for (the lower end of a range).
    `in_list` says whether an offset stands in a requirement list (check passes its sections):
    years that open an item with no word for experience count only there."""
    lower = doc.lower
    best: tuple[int, tuple[int, int]] | None = None
    rx = _years_rx()
    for word in _YEAR_WORDS.intersection(doc.vocab):
        for pos in doc.positions(word):
            for m in rx.finditer(lower, max(0, pos - 28), pos + len(word)):
                raw = m[1]
                n = int(raw) if raw.isdigit() else _WORD_NUMBERS[raw]
                if not 1 <= n <= 25:
                    continue
                window = lower[max(0, m.start() - 40) : m.end() + 80]
                if (
                    not any(w in window for w in _EXPERIENCE)
                    and not _years_in_role(lower, m)
                    and not _years_opening_item(lower, m, in_list)
                ):
                    continue
                if lower.startswith((" old", " ago", " alt"), m.end()):
                    continue
                if _WINDOW_BEFORE.search(
                    lower, max(0, m.start() - 30), m.start()
                ) or _AFTER_EVENT.match(lower, m.end(), m.end() + 40):
                    # A window in time, not years of experience: "within the last 5 years",
                    # "cannot exceed six years after degree completion".
                    continue
                if _CEILING_BEFORE.search(lower, max(0, m.start() - 20), m.start()) or (
                    _OVER_BEFORE.search(lower, max(0, m.start() - 20), m.start())
                    and _TURNED_AWAY.match(lower, m.end(), m.end() + 60)
                ):
                    # A ceiling is no years asked for: "a maximum of 5 years' experience",
                    # "over 10 years' experience need not apply" (while "without 3 years'
                    # experience need not apply" asks for three).
                    continue
                if _AGE_BEFORE.search(lower, max(0, m.start() - 30), m.start()) or _AGE_AFTER.match(
                    lower, m.end(), m.end() + 20
                ):
                    # An age, not experience: "Alter: 25-35 Jahre", "aged 18 to 24 years",
                    # "must be 18 years or older".
                    continue
                # Ties go to the earliest mention, so the span does not depend on the order a
                # set of words is walked in (which changes with PYTHONHASHSEED).
                if best is None or n > best[0] or (n == best[0] and m.start() < best[1][0]):
                    best = (n, (m.start(), m.end()))
    return (best[0], best[1]) if best else (None, None)


@cache
def _multi_by_head() -> dict[str, list[tuple[str, str, frozenset[str]]]]:
    """The several-word aliases (alias, tool, the alias's words) by their first word.

    Where an alias stands as a whole word, each of its words is a word of the text (what
    separates them, and what stands either side, is no word character): an alias with a word
    the text lacks is not looked for."""
    out: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
    for alias, head, name in _tools()[1]:
        out.setdefault(head, []).append((alias, name, frozenset(tokenize(alias))))
    return out


@cache
def _multi_heads() -> frozenset[str]:
    return frozenset(_multi_by_head())


@cache
def _single_aliases() -> frozenset[str]:
    # A set, not the dict: a set's intersection with a set reads the smaller of the two, with a
    # dict it reads every key.
    return frozenset(_tools()[0])


@cache
def _tools() -> tuple[dict[str, str], list[tuple[str, str, str]], frozenset[str]]:
    data = _data()
    tools = data["tools"]
    assert isinstance(tools, dict)
    single: dict[str, str] = {}
    multi: list[tuple[str, str, str]] = []
    for name, aliases in tools.items():
        for alias in aliases or ():
            alias = str(alias).lower()
            if re.fullmatch(r"[a-z0-9]+", alias):
                single[alias] = str(name)
            else:
                head = re.split(r"[\s\-/.()]", alias, maxsplit=1)[0]
                multi.append((alias, head, str(name)))
    case = frozenset(str(w) for w in data.get("case_sensitive", ()))  # type: ignore[attr-defined]
    return single, multi, case


def index_words() -> set[str]:
    """The words this check asks a Doc for by position (for the word index)."""
    single, multi, _ = _tools()
    words = set(_YEAR_WORDS) | set(single) | {alias for alias, _, _ in multi} | {"r"}
    return words | req_intro.QUALIFIED_WORDS


def _capitalised(text: str, positions: list[int]) -> list[int]:
    return [p for p in positions if text[p].isupper()]


@cache
def _r_rx() -> re.Pattern[str]:
    # The R language: a capital R standing alone, followed by a list separator or "programming".
    return re.compile(r"R(?![\w&'’-])(?=\s*(?:,|/|\)|or\b|and\b|programming))")


def tools(doc: Doc) -> list[tuple[str, int]]:
    """The tools the ad names, each with the offset of its first mention."""
    single, _, case = _tools()
    text = doc.text
    found: dict[str, int] = {}
    # (The intersection reads the smaller set, the ad's words; the order found is sorted below.)
    for alias in doc.vocab.intersection(_single_aliases()):
        if alias in case:
            # Only the product's own capitals count: the first place the original text has
            # them (the lower-case text keeps the offsets, and a letter is a letter in either
            # case, so these are the places find_word(text, capitalised) gives).
            cap = alias[0].upper() + alias[1:]
            at = next((p for p in doc.positions(alias) if text.startswith(cap, p)), -1)
        else:
            at = doc.first(alias)
        if at >= 0:
            name = single[alias]
            found[name] = min(found.get(name, at), at)
    by_head = _multi_by_head()
    vocab = doc.vocab
    for head in _multi_heads().intersection(vocab):
        for alias, name, words in by_head[head]:
            if not words <= vocab:
                continue
            positions = doc.positions(alias)
            if alias in case:
                positions = _capitalised(text, positions)
            if positions:
                found[name] = min(found.get(name, positions[0]), positions[0])
    if "r" in doc.vocab:
        for pos in doc.positions("r"):
            if (
                text[pos] == "R"
                and (pos == 0 or text[pos - 1] in " (,/\t\n")
                and _r_rx().match(text, pos)
            ):
                found["R"] = pos
                break
    # By first mention; two tools named at one place (an alias inside another) by name, so that
    # the order is the same on every run.
    return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))


# Duty verbs as _duty_shape_rx reads them: stems that take "e", "es" or "s" ("ensur": "Ensure",
# "Ensures"), and whole words. Written out word by word, as one trie: the engine reads an item's
# first letters once, not once a verb.
_DUTY_SHAPE_VERBS = (
    "ensur", "undertak", "carry out", "carries out", "carrying out", "administer", "deliver",
    "provid", "assist", "liais", "participat", "attend", "maintain", "manag", "produc",
    "coordinat", "co-ordinat", "monitor", "perform", "implement", "supervis", "report",
    "contribut", "develop", "keep", "assess", "plan", "guid", "instruct", "teach", "promot",
    "organis", "organiz", "prepar", "review", "facilitat", "oversee", "handl", "process",
    "respond", "lead", "support", "act as", "acts as", "acting as", "driv", "build", "design",
    "establish", "represent", "recruit", "chair", "identify", "identifies", "use", "uses",
    "work with", "work closely", "work alongside", "work as", "works with", "works closely",
    "works alongside", "works as", "collaborat", "communicat", "record", "updat", "analys",
    "analyz", "creat", "conduct", "complet",
)  # fmt: skip


@cache
def _duty_shape_rx() -> re.Pattern[str]:
    """An item written as a task: a duty verb as an order or in the third person ("Liaise
    with…", "Liaises with…", "To maintain…", "Responsible for…"). Not an -ing form: "Providing
    customer service" under a heading on experience is experience had."""
    verbs = lexicon.alternation(_DUTY_SHAPE_VERBS)
    ends = r"(?:e|es|s)?"
    return re.compile(
        rf"[\s{re.escape(BULLETS)}\d.)]*(?:to\s+)?(?:responsible\s+for|(?:{verbs}){ends})(?![a-z])"
    )


# A line opening a list that says the items are asked: "you will:", "applicants must".
_ASKING_OPENER = re.compile(
    r"(?<![a-z])(?:you(?:['’]ll| will| must| should| need)|must|should|applicants?|candidates?"
    r"|to apply|will need|will have)(?![a-z])"
)


def _duty_list(lower: str, sec: Section) -> bool:
    """Most items of the list are tasks ("Develop…", "Maintain…", "Liaises with…"): a list of
    duties, whatever its heading says ("Technical Skills and Application:"), so none of its
    items is a must-have. Three items at least, and at least three in five of them tasks: a
    skills list with one "Develop dashboards in Power BI" among its items stays a list."""
    if sec.table or sec.choice or len(sec.bullets) < 3:
        return False
    eol = lower.find("\n", sec.start)
    if _ASKING_OPENER.search(lower, sec.start, len(lower) if eol < 0 else eol) is not None:
        # "To apply for this post, you will:": the lead-in asks, and only the items that are
        # plainly duties are left out (_duty_item_rx), item by item.
        return False
    rx = _duty_shape_rx()
    tasks = sum(rx.match(lower, a, b) is not None for a, b in sec.bullets)
    return tasks * 5 >= len(sec.bullets) * 3


# The verbs that start a duty item (_duty_item_rx), whole words, as one trie.
_DUTY_ITEM_VERBS = (
    "ensure", "undertake", "carry out", "administer", "deliver", "provide", "assist", "liaise",
    "participate", "attend", "maintain", "manage", "produce", "coordinate", "co-ordinate",
    "monitor", "perform", "implement", "supervise", "report", "contribute", "develop", "keep",
    "assess", "plan", "guide", "instruct", "teach", "promote", "organise", "organize", "prepare",
    "review", "facilitate", "oversee", "handle", "process", "respond", "lead", "explore",
    "support", "act as", "drive", "build", "design", "establish", "represent", "recruit",
    "chair", "take part", "be expected",
)  # fmt: skip


@cache
def _duty_item_rx() -> re.Pattern[str]:
    """An item that is a duty, not something asked of the candidate: it starts with a duty verb
    ("Ensure safe administration of drugs", "To liaise with the ward team")."""
    verbs = lexicon.alternation(_DUTY_ITEM_VERBS)
    return re.compile(rf"[\s{re.escape(BULLETS)}\d.)]*(?:to\s+)?(?:{verbs})\b")


# An item that defines a word of the requirement ("General experience is progressively responsible
# clerical work…", "Specialized experience is defined as…", "Qualifying education means…",
# "Experience refers to paid and unpaid experience"): it explains, it asks nothing. "Experience
# is required in…" and "Education is a plus" still ask.
_DEFINITION_ITEM = re.compile(
    rf"[\s{re.escape(BULLETS)}]*(?:[a-z-]+\s+){{0,2}}(?:experience|education)\s+"
    r"(?:is(?!\s+(?:required|essential|needed|necessary|mandatory|preferred|desir|an?\s+(?:plus"
    r"|must|advantage|asset|requirement)))|means|refers\s+to|includes)\b"
)


def _definition_item(lower: str, item: tuple[int, int]) -> bool:
    """_DEFINITION_ITEM matches the item; only an item with one of its two nouns is read."""
    a, b = item
    if lower.find("experience", a, b) < 0 and lower.find("education", a, b) < 0:
        return False
    return _DEFINITION_ITEM.match(lower, a, b) is not None


# The boilerplate after a federal ad's qualifications: what experience means, how it is
# credited (req_inline ends its lists there too).
_BOILERPLATE = re.compile(
    r"[\"“]?experience[\"”]?[ \t]*:?[ \t]*refers\s+to|you\s+will\s+receive\s+credit"
    r"|credit\s+(?:will\s+be|is)\s+given",
    re.IGNORECASE,
)


def _boilerplate_first(text: str, sec: Section) -> bool:
    """The section's first item is that boilerplate ("Required Experience:" over "Experience
    refers / to paid and unpaid experience …" broken into lines): no list there."""
    if not sec.bullets:
        return False
    a, b = sec.bullets[0]
    at = a + len(text[a:b]) - len(text[a:b].lstrip(f"{BULLETS} \t"))
    return text[at : at + 1] in ("E", "e", "Y", "y", "C", "c", '"', "“") and (
        _BOILERPLATE.match(text, at, at + 200) is not None
    )


def check(doc: Doc) -> Requirements:
    """Sections, must-have count, years, seniority and stack for one ad."""
    _, _, _, soft_rx = _heading_rx()
    doc = list_view(doc)
    first = _first_open(doc, 0)
    opened: list[bool] = []
    secs = [] if first < 0 else _sections_from(doc, first, opened=opened)
    if not any(s.kind == "must" and s.bullets for s in secs):
        # "About YouYou'll have five years…": a heading glued to a list whose breaks were lost.
        secs = sorted([*secs, *_glued_heading_sections(doc)], key=lambda s: s.start)
    if any(s.fit for s in secs) and any(s.kind == "must" and not s.fit and s.bullets for s in secs):
        # "You'll thrive here if" beside the requirements: a softer list, not counted.
        secs = [s for s in secs if not s.fit]
    secs = _drop_lead_ins_under_duties(doc.lower, secs)
    secs = _drop_prose_before_list(doc.text, secs)
    secs = _culture_part_after_plus(doc.text, secs)
    _wishes_as_musts(doc.lower, secs)
    _mark_recaps(doc.lower, secs)
    secs = _nice_head_glued(doc.text, secs)
    named = tools(doc)
    groups, sub_items = alternatives.groups(doc, secs, sorted(pos for _, pos in named))
    duty = _duty_item_rx().match
    musts = [
        b
        for s in secs
        if s.kind == "must"
        and not s.restated
        and not _duty_list(doc.lower, s)
        and not _boilerplate_first(doc.text, s)
        for b in s.bullets
        if b not in sub_items
        and not duty(doc.lower, b[0], b[1])
        and not _definition_item(doc.lower, b)
    ]
    musts = req_federal.outside_grade_blocks(doc.text, musts)
    if (
        len(musts) < 2
        and not any(s.choice for s in secs if s.kind == "must")
        and not any(s.table for s in secs)
        # A line and the alternatives indented under it ("two or more of:") are a list by lines.
        and not sub_items
    ):
        # No list by lines: a list run together in a paragraph ("Basic Requirements: - A.- B.").
        inline = [Section("must", f.start, f.end, f.items) for f in req_inline.required_lists(doc)]
        if inline:
            secs = [s for s in secs if s.kind != "must"] + inline
            musts = [b for s in inline for b in s.bullets]
            musts = req_federal.outside_grade_blocks(doc.text, musts)
    if (
        len(musts) <= 2
        and any(s.choice for s in secs if s.kind == "must")
        and not _item_beside_choice(doc.text, secs, musts)
    ):
        # "You must meet one of the following:" and at most one more requirement: a choice,
        # not a list of must-haves.
        musts = []
    if musts:
        musts = _without_conditional(doc.lower, secs, musts)
        musts = req_federal.first_path(doc.text, musts)
        musts = req_federal.split_glued_numbers(doc.text, musts)
        musts = req_federal.without_repeats(doc.text, musts)
    if len(musts) == 1 and not _marked(doc.text, musts[0]) and not _in_table(secs, musts[0]):
        # One plain line under "Qualifications" ("Applicants must meet all requirements by the
        # closing date."): a single requirement sentence, not a list.
        musts = []
    musts = req_usa.federal_items(doc, secs, musts)
    nice = sum(len(s.bullets) for s in secs if s.kind == "nice" and not s.restated)
    soft_lines = _soft_items(doc.lower, musts, soft_rx)
    must_count = len(musts) - len(soft_lines) if musts else None
    level, level_span = seniority(doc)
    lists = [(s.start, s.end) for s in secs if s.kind in ("must", "nice")]
    years, years_span = years_required(doc, lambda pos: any(lo <= pos < hi for lo, hi in lists))
    in_req = []
    seen_groups: set[int] = set()
    for name, pos in named:
        if not any(s.start <= pos < s.end for s in secs):
            continue
        group = next((i for i, (lo, hi) in enumerate(groups) if lo <= pos < hi), None)
        if group is not None:
            # "Python, R or Julia": one of several is one requirement, not three.
            if group in seen_groups:
                continue
            seen_groups.add(group)
        in_req.append(name)
    return Requirements(
        seniority=level,
        seniority_span=level_span,
        years=years,
        years_span=years_span,
        must_haves=must_count,
        nice_to_haves=nice + len(soft_lines),
        tools=[name for name, _ in named],
        tools_in_requirements=in_req,
        sections=secs,
        heading=bool(opened),
    )


# A sub-heading on culture or ways of working ("Culture and Values Alignment", "How You Think
# and Work", "Mindset"): a part of the requirement list (the EU labels' rule, as #124). The
# employer's values alone ("Acme Values") are no such part.
_CULTURE_HEAD = re.compile(
    r"\b(?:(?:culture|values?)(?: and values?)? (?:alignment|fit)|mindset|attitude"
    r"|ways of working|how you (?:think|work))\b",
    re.IGNORECASE,
)
_CULTURE_HEAD_WORDS = 6


def _culture_part_after_plus(text: str, secs: list[Section]) -> list[Section]:
    """Requirements, then a plus list ("Highly Valued"), then, read into the plus list, a
    sub-heading on culture or ways of working over more lines: that sub-heading closes the plus
    list and its lines are requirements again, as those of any sub-heading of the list."""
    out: list[Section] = []
    for i, sec in enumerate(secs):
        out.append(sec)
        if sec.kind != "nice" or i == 0 or secs[i - 1].kind != "must" or secs[i - 1].fit:
            continue
        for j, (a, b) in enumerate(sec.bullets):
            if j == 0 or len(sec.bullets) - j - 1 < 2 or not _culture_head(text[a:b].strip()):
                continue
            out.append(Section("must", a, sec.end, sec.bullets[j + 1 :]))
            sec.bullets = sec.bullets[:j]
            sec.end = b
            break
    return out


def _culture_head(s: str) -> bool:
    """A short title-case line with no stop that names culture or ways of working."""
    return (
        len(s.split()) <= _CULTURE_HEAD_WORDS
        and not s.endswith((".", ",", ";", "!"))
        and _title_case(s.rstrip(":"))
        and _CULTURE_HEAD.search(s) is not None
    )


# A lead-in paragraph: one long sentence or more, ending with a stop.
_LEAD_WORDS = 18
_LEAD_MAX = 2
_LIST_MIN = 3


def _drop_prose_before_list(text: str, secs: list[Section]) -> list[Section]:
    """A requirements heading over one or two plain paragraphs of prose ("What we're looking
    for" / "We are looking for someone with strong BI experience who ...") and, next, a heading
    over a list of three items or more ("Essential skills" / "You'll need:"): the paragraphs
    introduce the list (the EU labels' rule for prose above a list), they are no items."""
    out: list[Section] = []
    for i, sec in enumerate(secs):
        nxt = secs[i + 1] if i + 1 < len(secs) else None
        if (
            nxt is not None
            and sec.kind == "must"
            and nxt.kind == "must"
            and not sec.table
            and not sec.choice
            and 0 < len(sec.bullets) <= _LEAD_MAX
            and len(nxt.bullets) >= _LIST_MIN
            and all(_lead_paragraph(text[a:b]) for a, b in sec.bullets)
        ):
            continue
        out.append(sec)
    return out


def _lead_paragraph(item: str) -> bool:
    """A plain paragraph of prose: no bullet, long, ending with a stop."""
    s = item.strip()
    return s[:1] not in BULLETS and s.endswith(".") and len(s.split()) >= _LEAD_WORDS


@cache
def _wish_rx() -> re.Pattern[str]:
    """Nice-to-have heading words worded as a wish ("It would be great if you had")."""
    lead = rf"[#*_\s\d.)\"“”'{_EMOJI}]*"
    return re.compile(rf"{lead}(?:{_alternation('wish_headings')}){_END}")


def _wishes_as_musts(lower: str, secs: list[Section]) -> None:
    """A list headed by a wish ("It would be great if you had", "We'd love it if you have")
    where the ad has no list of requirements: that list is its requirement list (the EU labels'
    rule, as for a fit list). Beside a requirement list it stays a nice-to-have list."""
    if any(s.kind == "must" and s.bullets for s in secs):
        return
    rx = _wish_rx()
    for s in secs:
        if s.kind == "nice" and s.bullets and rx.match(lower, s.start) is not None:
            s.kind = "must"


# A nice-to-have heading glued to the end of a must-have item, after its full stop, the line
# break before it lost: "6. Skill in the activity taught. Highly Qualified Criteria:", "-Basic
# math skills. Best Qualified:", "… to be eligible. Highly Preferred Criteria:".
_GLUED_NICE_HEAD = re.compile(
    r"(?<=[.!?)])[ \t]+(?:(?:highly|best)[ \t-]+(?:qualified|qualifying|preferred|desired)"
    r"|preferred|desirable|desired)(?:[ \t]+[\w/]+){0,2}[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# The same heading in a few more words, with the first item of its own list glued after its
# colon, inside the last must-have item: "8. Must hold a food safety card. Highly Preferred
# Criteria are those candidates who possess: 1. Has experience cooking for 300 …".
_GLUED_NICE_LIST = re.compile(
    r"(?<=[.!?)])[ \t]+(?:highly|best)[ \t-]+(?:qualified|preferred|desired)[ \t]+criteria\b"
    r"[^:\n]{0,60}:[ \t]*(?=\(?1[.)][ \t]*[A-Z])",
    re.IGNORECASE,
)


def _nice_head_glued(text: str, secs: list[Section]) -> list[Section]:
    """The sections with the items after a nice-to-have heading glued to the end of a must-have
    item (_GLUED_NICE_HEAD) moved to a nice-to-have section of their own: the USAJOBS labels
    count *highly qualified*, *best qualified* and *preferred* criteria as no must-haves, and the
    heading, read as the end of an item, left the items after it in the must-have list."""
    out: list[Section] = []
    for sec in secs:
        out.append(sec)
        if sec.kind != "must" or len(sec.bullets) < 2 or sec.restated:
            continue
        for i, (a, b) in enumerate(sec.bullets):
            if text.find(":", a, b) < 0:  # both headings end on a colon: most items have none
                continue
            m = _GLUED_NICE_HEAD.search(text, a, b) if i + 1 < len(sec.bullets) else None
            rest = sec.bullets[i + 1 :]
            if m is None:
                m = _GLUED_NICE_LIST.search(text, a, b)
                if m is None:
                    continue
                # The item's text after the heading is the first nice-to-have.
                rest = [(m.end(), b), *rest]
            nice = Section("nice", m.start(), sec.end, rest)
            sec.bullets = [*sec.bullets[:i], (a, m.start())]
            sec.end = m.start()
            out.append(nice)
            break
    return out


# Words of a keyword line: letters and digits, three or more ("sql", "dbt", "azure").
_RECAP_WORD = re.compile(r"[a-z0-9][a-z0-9+#]{2,}")
_RECAP_ITEM_WORDS = 8  # a longer line asks something: no keyword line
_RECAP_KNOWN = 0.7  # share of a line's words the ad used above it
_RECAP_LINES = 0.8  # share of the lines that must be such keyword lines


def _mark_recaps(lower: str, secs: list[Section]) -> None:
    """A list of short keyword lines after the must-haves and the nice-to-haves that names
    skills the ad named above again ("Skills : / Python, SQL, ETL / Databricks, Spark"): a
    tag list, not more requirements (the EU labels' rule). Marked restated: not counted."""
    seen_must = seen_nice = False
    for sec in secs:
        if not sec.bullets or sec.restated:
            continue
        if sec.kind == "nice":
            seen_nice = True
            continue
        if sec.kind != "must" or not (seen_must and seen_nice):
            seen_must = seen_must or sec.kind == "must"
            continue
        lines = [_RECAP_WORD.findall(lower[a:b]) for a, b in sec.bullets]
        if not all(lines) or any(
            len(lower[a:b].split()) > _RECAP_ITEM_WORDS for a, b in sec.bullets
        ):
            continue  # a line that asks something: no keyword list
        # Words the ad used above the list: in its requirements, or in its duties.
        known = set(_RECAP_WORD.findall(lower, 0, sec.start))
        recap = sum(sum(w in known for w in words) >= _RECAP_KNOWN * len(words) for words in lines)
        if recap >= _RECAP_LINES * len(sec.bullets):
            sec.restated = True


def _glued_heading_parts() -> tuple[str, str, list[str]]:
    """_glued_heading_rx's pattern after the line break, its lead's marks and its tries (see
    _line_start_gate)."""
    marks = rf"#*_\d.)\"“”'{_BLANKS}"
    lead = _line_lead(marks)
    words = _alternation("must_headings", "nice_headings", "fit_headings")
    return f"{lead}(?:{words})(?=[a-zß-ÿ])", marks, ["the", _DETERMINERS_RX, words]


@cache
def _glued_heading_full() -> re.Pattern[str]:
    """_glued_heading_rx without its gate (what the tests hold the gated pattern to)."""
    return re.compile(rf"\n{_glued_heading_parts()[0]}")


@cache
def _glued_heading_rx() -> re.Pattern[str]:
    """Heading words at a line's start that run straight into a letter ("about youyou'll"), in
    the lower-case text; searched for after a line break, a literal, and gated as
    _line_heading_rx."""
    body, marks, tries = _glued_heading_parts()
    return re.compile(rf"\n{rx_first.line_start_gate(marks, tries)}{body}")


def _glued_heading_sections(doc: Doc) -> list[Section]:
    """Lists whose line breaks were all lost, their heading's too: "About YouYou'll have five
    years in analyticsYou'll have expert SQL…". The heading words end where the first item's
    capital meets them (req_glued), and the rest of the line is the list run together."""
    text, lower = doc.text, doc.lower
    out: list[Section] = []
    for m in _glued_heading_rx().finditer(lower):
        start, glue = m.start() + 1, m.end()
        if not (text[glue].isupper() and text[glue - 1].islower()):
            continue  # "Skillset": the words go on in lower case, one word, no glue point
        eol = text.find("\n", glue)
        if eol < 0:
            eol = len(text)
        if eol - start <= _GLUED_MIN:
            continue
        kind = _kind(lower[start:glue].strip(), True)
        if kind not in ("must", "nice", "fit"):
            continue
        items = req_glued.items(text, glue, eol)
        if items and kind is not None:
            out.append(Section("nice" if kind == "nice" else "must", start, eol, bullets=items))
    return out


# A short heading over the duties: "Essential Responsibilities", "Your Tasks", "Aufgaben".
_DUTIES_HEAD = re.compile(
    r"[#*_\s\d.)]*(?:[\w&'’-]+[ \t]+){0,3}(?:responsibilities|duties|tasks|aufgaben|tätigkeiten)"
    r"[\s:*_]*$"
)


def _drop_lead_ins_under_duties(lower: str, secs: list[Section]) -> list[Section]:
    """A list opened right under a duties heading ("Essential Responsibilities" / "To succeed in
    this role, you will need to:") is duties, as the heading says, when the ad has another
    must-have list of its own: the lines read as qualities, but the heading decides (the EU
    labels' rule)."""
    musts = [s for s in secs if s.kind == "must" and s.bullets]
    if len(musts) < 2:
        return secs
    under = [s for s in musts if _right_under_duties(lower, s.start)]
    if not under or len(under) == len(musts):
        return secs
    return [s for s in secs if s not in under]


def _right_under_duties(lower: str, start: int) -> bool:
    """The line above `start` (blank lines aside) is a short duties heading."""
    end = start
    while end > 0 and lower[end - 1] in " \t\n\r":
        end -= 1
    if end == 0:
        return False
    line = lower[lower.rfind("\n", 0, end) + 1 : end]
    return len(line) <= 60 and _DUTIES_HEAD.match(line) is not None


# Where an item's own requirement ends and a clause about a plus may follow: a spaced dash, a
# semicolon, an opening bracket with words in it before the plus, a sentence's end.
_TAIL_BREAK = re.compile(r"[ \t][-–—][ \t]|;|\((?=[^)]*?\w[^)]*?$)|[a-z)][.!?][ \t]")
# Before an adverb of preference, a comma too: "five years of SQL, ideally in retail".
_ADVERB = re.compile(r"ideally|preferably|idealerweise|vorzugsweise")
_COMMA = re.compile(r",[ \t]*$")


# The last sentence of an item that makes the items after it conditional: "Must possess the
# following certifications when facilities use defibrillators.", "… the following if the
# post is at sea:".
_CONDITIONAL_LEAD = re.compile(
    r"\bthe following\b[^.:;\n]{0,40}?\b(?:when|whenever|if|where)\b[^:;\n]{0,200}?[.:]?[\s\"”]*$"
)


def _without_conditional(
    lower: str, secs: list[Section], musts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """`musts` less the items of a list that come after an item ending in a conditional
    lead-in ("- CPR certification. Must possess the following certifications when facilities
    use AEDs." then "- AED certification", "- Oxygen certification"): asked only where the
    condition holds, no must-haves of every candidate."""
    dropped: set[tuple[int, int]] = set()
    for sec in secs:
        if sec.kind != "must" or len(sec.bullets) < 2:
            continue
        # One search over the stretch the items lie in: in most lists none of them has it.
        lo = min(a for a, _ in sec.bullets[:-1])
        hi = max(b for _, b in sec.bullets[:-1])
        if lower.find("the following", lo, hi) < 0:
            continue
        for i, (a, b) in enumerate(sec.bullets[:-1]):
            if lower.find("the following", a, b) < 0:
                continue
            last = req_intro.SENTENCE_BREAK.split(lower[a:b].strip())[-1]
            if _CONDITIONAL_LEAD.search(last) is not None:
                dropped.update(sec.bullets[i + 1 :])
                break
    return [m for m in musts if m not in dropped] if dropped else musts


# Words one of which each wording of a plus (soft_line) holds; _soft_anchors adds any wording
# that holds none of them.
_SOFT_ANCHOR_WORDS = (
    "plus", "bonus", "prefer", "ideal", "desirab", "great", "advantag", "benefic", "option",
    "vorteil", "wünschens", "atout", "pré", "valued", "apprecia", "merit", "nice", "kann",
)  # fmt: skip


@cache
def _soft_anchors() -> tuple[str, ...]:
    """Pieces of text, one of which is in every match of soft_line: the anchor words that some
    wording holds, and each wording that holds none (the part of it without an apostrophe,
    which the pattern reads in several ways)."""
    words = [w.strip() for w in str(_data()["soft_line"]).split("|") if w.strip()]
    anchors = [a for a in _SOFT_ANCHOR_WORDS if any(a in w for w in words)]
    for w in words:
        if not any(a in w for a in anchors):
            anchors.append(max(w.split("'"), key=len))
    return tuple(anchors)


@cache
def _soft_anchor_matcher() -> AhoCorasick:
    from ahocorasick_rs import AhoCorasick, Implementation

    return AhoCorasick(list(_soft_anchors()), implementation=Implementation.DFA)


def _soft_items(
    lower: str, items: list[tuple[int, int]], soft_rx: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The items that are nice-to-haves (_soft_item). Only an item that holds an anchor
    (_soft_anchors) can hold a plus: the anchors are looked for in all the items at once, in
    one pass of an automaton, and only the items that hold one are read by the pattern, which
    tries every offset."""
    if not items:
        return []
    parts = [lower[a:b] for a, b in items]
    joined = "\n".join(parts)
    # Matches that do not overlap: each item with an anchor has one at least (no anchor holds
    # a line break, so a match that hides another lies in the same item).
    found = _soft_anchor_matcher().find_matches_as_indexes(joined)
    if not found:
        return []
    starts: list[int] = []
    pos = 0
    for part in parts:
        starts.append(pos)
        pos += len(part) + 1
    holding = {bisect_right(starts, at) - 1 for _, at, _ in found}
    return [b for i, b in enumerate(items) if i in holding and _soft_item(lower, b, soft_rx)]


def _soft_items_by_search(
    lower: str, items: list[tuple[int, int]], soft_rx: re.Pattern[str]
) -> list[tuple[int, int]]:
    """_soft_items without the anchors: every item read by the pattern (the full read the
    tests hold _soft_items to)."""
    return [b for b in items if _soft_item(lower, b, soft_rx)]


def _soft_item(lower: str, item: tuple[int, int], soft_rx: re.Pattern[str]) -> bool:
    """The item is a nice-to-have: a plus is said of the item itself ("Experience with Airflow
    is a plus", "Ideally, a degree in statistics", "dbt, Airflow or Dagster is a plus",
    "Knowledge of Spark (nice to have)"), not only of a clause after it ("Strong SQL and one
    programming language (Python preferred)", "Comfort with Python for automation — Airflow
    exposure is a plus", "5+ years in analytics, ideally in e-commerce"), which leaves the item
    a must-have with a preference inside."""
    a, b = item
    return any(
        _plus_of_item(lower, a, m) and not _must_said_before(lower[a : m.start()])
        for m in soft_rx.finditer(lower, a, b)
    )


# A requirement said outright, then a comma or "and" before the next clause: "Englisch (C1)
# zwingend, Deutsch von Vorteil", "Fluent English is required and French is a plus".
_MUST_THEN = re.compile(
    r"\b(?:zwingend|erforderlich|notwendig|vorausgesetzt|pflicht|ein\s+muss|unabdingbar|"
    r"required|essential|mandatory|a\s+must)\b[ \t.)]*(?:,|\s(?:and|und|but|aber|while)\s)"
)
_NEGATION = re.compile(r"\b(?:nicht|not|kein|keine|no|nor)\b[^,;]{0,20}$")


def _must_said_before(before: str) -> bool:
    """What stands before the plus holds a requirement said outright and then a new clause
    ("English (C1) required, German a plus"): the plus is the later clause's, and the item stays
    a must-have. Not a requirement denied ("nicht zwingend erforderlich, aber von Vorteil")."""
    return any(_NEGATION.search(before[: m.start()]) is None for m in _MUST_THEN.finditer(before))


def _plus_of_item(lower: str, a: int, m: re.Match[str]) -> bool:
    """The plus at `m` is said of the item that starts at `a`, not of a clause after it."""
    before = lower[a : m.start()]
    cuts = [x.start() for x in _TAIL_BREAK.finditer(before)]
    if _ADVERB.match(m[0]) is not None and (comma := _COMMA.search(before)) is not None:
        cuts.append(comma.start())
    if not cuts:
        return True
    if _dash_tag(lower, before, cuts, m):
        return True
    # What stands before the first break is the item's own requirement, when it has words.
    return not before[: min(cuts)].strip(" \t-–—*•·:")


# A spaced dash at the end of what stands before a plus: "AWS and Git — a plus".
_DASH_END = re.compile(r"[ \t][-–—][ \t]*$")
_LINE_END_MARKS = " \t.;,!)*"


def _dash_tag(lower: str, before: str, cuts: list[int], m: re.Match[str]) -> bool:
    """A plus tagged on the whole item after a dash, and nothing after it on the line: "AWS
    analytics and Git — a plus", "Spark – preferred". (With words between the dash and the plus,
    "Python — Airflow exposure is a plus", the plus is said of those words only; an adverb,
    "— ideally in retail", narrows the item instead.)"""
    if _ADVERB.match(m[0]) is not None or _DASH_END.search(before) is None:
        return False
    if max(cuts) < len(before) - 3:
        return False
    eol = lower.find("\n", m.end())
    return not lower[m.end() : eol if eol >= 0 else len(lower)].strip(_LINE_END_MARKS)


def _item_beside_choice(text: str, secs: list[Section], musts: list[tuple[int, int]]) -> bool:
    """A requirements list of its own, with a bullet item that is no alternative, stands before
    a list of alternatives ("Essential: - NMC registration", then "One of the following: - BSc -
    Diploma"): two must-haves, the alternatives counting as one. Without it, a choice and one
    more requirement are no list."""
    plain = [s for s in secs if s.kind == "must" and not s.choice and not s.table]
    choices = [s for s in secs if s.kind == "must" and s.choice]
    return any(
        p.end <= c.start and any(b in musts and _marked(text, b) for b in p.bullets)
        for p in plain
        for c in choices
    )


def _in_table(secs: list[Section], item: tuple[int, int]) -> bool:
    """The item is a row or cell of a table."""
    return any(s.table and item in s.bullets for s in secs)


def _marked(text: str, item: tuple[int, int]) -> bool:
    """The item line starts with a bullet or a number ("- SQL", "1. A degree")."""
    return _bulleted(text[item[0] : item[1]].lstrip())


def typical_years(level: str) -> int:
    data = _data()["typical_years"]
    assert isinstance(data, dict)
    return int(data[level] if level in data else data["unspecified"])
