"""Shortcuts of the requirement readers hold the same results as the reads they replace: the
grade-label gate of req_federal.outside_grade_blocks, req_intro's lead-in test read once for
both its answers (_lead_in), and nice_lead_in's look at the whole line first."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import req_federal, req_intro, requirements
from askback.text.doc import lowered

# --- req_federal.outside_grade_blocks: items on lines without a grade label are kept --------


_outside_full = req_federal.items_outside


_GRADE_PIECES = [
    "GS-04:", "GS-05: ", "For GS-7:", "GS13:", "GS 12 or above:",
    "GS-12 and above (or equivalent):", "WG-10 (or equivalent):", "NA 3 level:", "GS-09",
    "xGS-11:", "-GS-11:", "GS-011:", " one year", "of experience", "- SQL", "1. A degree",
    " AND ", ":", "\n", "\n", "\n\n", " ", "\t", "G", "S",
]  # fmt: skip


@settings(max_examples=400)
@example("GS-09: one year\nGS-11: two years", [0, 16, 20])
@example("- SQL GS-09: one\nGS-11: two", [2, 6, 12])
@example("- SQL GS-09: one\nGS-11: two", [6])
@given(
    st.lists(st.sampled_from(_GRADE_PIECES), max_size=18).map("".join),
    st.lists(st.integers(min_value=0, max_value=200), max_size=8),
)
def test_grade_gate_keeps_what_the_full_read_keeps(text: str, starts: list[int]) -> None:
    items = [(a, min(len(text), a + 5)) for a in starts if a <= len(text)]
    assert req_federal.outside_grade_blocks(text, items) == _outside_full(text, items)


# --- req_intro._lead_in: _is_intro and _either_way as they were read one by one -------------


def _is_intro_full(line: str) -> bool:
    s = line.strip().rstrip("*_ ")
    if not s or len(s) > 300:
        return False
    nice = req_intro._NICE
    if s.endswith(";"):
        last = req_intro.SENTENCE_BREAK.split(s)[-1]
        return (
            req_intro.asks(last)
            and not req_intro._not_person_rx().search(s)
            and not nice.search(req_intro._last_clause(s))
        )
    opens = s.endswith((":", "…", "...", "?", ":-", ": -")) or (
        len(s) < 160 and not s.endswith((".", "!", ";", ","))
    )
    if not opens:
        return False
    cues = [m.group() for m in req_intro._cue_rx().finditer(s)]
    if req_intro._only_you_will(s, cues) or req_intro._requirements_as_topic(s, cues):
        return False
    return (
        bool(cues)
        and not req_intro._not_person_rx().search(s)
        and not nice.search(req_intro._last_clause(s))
    )


def _either_way_full(line: str) -> bool:
    s = line.strip().rstrip("*_ ")
    if not s.endswith((":", "…", "...", ":-", ": -")) or len(s) > 160:
        return False
    if req_intro._not_person_rx().search(s) or req_intro._NICE.search(req_intro._last_clause(s)):
        return False
    return req_intro._HOLDER_WILL.search(s) is not None or req_intro._only_you_will(
        s, [m.group() for m in req_intro._cue_rx().finditer(s)]
    )


def _nice_lead_in_full(line: str) -> bool:
    s = line.strip().rstrip("*_ ")
    if not s or len(s) > 160 or s[0] in req_intro._BULLET_SIGNS:
        return False
    if not s.endswith((":", "…", "...", ":-")) and "the following" not in s:
        return False
    last = req_intro._last_clause(s)
    return req_intro._NICE_LEAD.search(last) is not None and (
        req_intro._cue_rx().search(last) is not None or req_intro._IF_YOU.search(last) is not None
    )


_LEAD_PIECES = [
    "you will", "you'll", "you will need", "the post holder will", "we are looking for",
    "requirements", "product discovery & requirements", "desirable", "a plus", "nice",
    "it would be an advantage if you", "however", "but", "but not", "butdesirable", "desirable",
    "essential", "the following", "responsibilities", "benefits", "in this role", "to apply",
    "if you have", ". ", ", ", ":", ";", "…", "...", "?", ":-", ": -", "*", "_", " ", "x" * 70,
    "succeed", "skills", "beneficial", "preferred", "optional", "plus", "the role will include",
]  # fmt: skip


@settings(max_examples=600)
@example("the post holder will:")
@example("you will need the following; ")
@example("desirable but not essential. you will have:")
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=10).map(" ".join))
def test_lead_in_reads_as_the_two_tests_did(line: str) -> None:
    intro = _is_intro_full(line)
    either = not intro and _either_way_full(line)
    kind = req_intro._lead_in(line)
    assert (kind == req_intro._INTRO) == intro
    assert (kind == req_intro._EITHER) == either
    assert req_intro._is_intro(line) == intro
    assert req_intro._either_way(line) == _either_way_full(line)
    assert req_intro.nice_lead_in(line) == _nice_lead_in_full(line)


# --- requirements._soft_items: only the items that hold an anchor are read -------------------

_SOFT_PIECES = [
    "Experience with Airflow", "is a plus", "a plus", "aplus", "nice to have", "nice-to-have",
    "(preferred)", "ideally", "Idealerweise", "von Vorteil", "wünschenswert", "un atout",
    "is een pré", "highly valued", "is appreciated", "an added merit", "meritorious", "bonus2",
    "2bonus", "ébonus", "— a plus", "Python", ", ideally in retail", "- ", "\n", " ", "é", "İ",
    "plu", "s", "pluplus", "nicenice", "advantageous", "pré", "pre", "😀",
]  # fmt: skip


def test_every_plus_wording_holds_an_anchor() -> None:
    words = [w.strip() for w in str(requirements._data()["soft_line"]).split("|") if w.strip()]
    anchors = requirements._soft_anchors()
    assert all(any(a in w for a in anchors) for w in words)
    # The listed anchor words cover today's wordings; a new wording adds itself.
    assert anchors == requirements._SOFT_ANCHOR_WORDS


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_SOFT_PIECES), max_size=16).map("".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=8),
)
def test_soft_items_are_those_the_pattern_reads(text: str, spans: list[tuple[int, int]]) -> None:
    lower = lowered(text)
    items = [(a, a + n) for a, n in spans]
    soft_rx = requirements._heading_rx()[3]
    full = requirements._soft_items_by_search(lower, items, soft_rx)
    assert full == [b for b in items if requirements._soft_item(lower, b, soft_rx)]
    assert requirements._soft_items(lower, items, soft_rx) == full


def test_soft_items_find_anchors_after_wide_characters() -> None:
    # The automaton gives offsets in characters: emoji and accents before a plus move nothing.
    lower = "😀😀😀 python\nsql é ü 😀\nairflow is a plus\nspark"
    items: list[tuple[int, int]] = []
    for line in lower.split("\n"):
        start = items[-1][1] + 1 if items else 0
        items.append((start, start + len(line)))
    soft_rx = requirements._heading_rx()[3]
    assert requirements._soft_items(lower, items, soft_rx) == [items[2]]
    assert lower[items[2][0] : items[2][1]] == "airflow is a plus"
