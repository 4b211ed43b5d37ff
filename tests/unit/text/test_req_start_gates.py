"""The requirement reader's line-start gates (look-aheads of the characters a match can start
with, and whole-text tests that skip a pass) give what the full read gives."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import requirements

# Every kind of line start: each lead mark, letters a heading word starts with and letters none
# starts with ("x", "z", "ß", "ä", capitals the lower-case text never holds), digits of other
# scripts, emoji, bullets, and heading words glued to a letter.
_LINE_PIECES = [
    "\n", "\n\n", " ", "\t", "\xa0", "\u2003", "\u3000", "\r", "#", "**", "_", "1.", "٣", ")",
    '"', "“", "”", "'", "💡", "✓", "\u200d", "•", "-", "–", "the", "the 4 ", "our ", "key ",
    "unsere ", "fachliche & ", "skills & ", "requirements", "what you bring", "nice to have",
    "profile", "ihr profil", "about you", "about youyou'll", "requirementsstrong", "x", "z",
    "ß", "ä", "é", "q", "Requirements", "R", ":", " sql", "zusätzlich",
]  # fmt: skip


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@settings(max_examples=400)
@example(["\n", "\xa0", "the", "\u2003", "4", " ", "requirements"])
@example(["\n", "x", "requirements"])
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=16))
def test_gated_heading_lines_are_the_full_patterns(pieces: list[str]) -> None:
    text = "".join(pieces)
    for lower in (text, text.lower()):
        assert _spans(requirements._line_heading_rx(), lower) == _spans(
            requirements._line_heading_full(), lower
        )
        assert _spans(requirements._glued_heading_rx(), lower) == _spans(
            requirements._glued_heading_full(), lower
        )


@settings(max_examples=300)
@given(st.text(max_size=40), st.data())
def test_gated_heading_line_matches_in_a_window_as_the_full_pattern(
    text: str, data: st.DataObject
) -> None:
    # _heading_line matches at one line break, up to the line's end.
    text = "\n" + text
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    fast = requirements._line_heading_rx().match(text, pos, end)
    full = requirements._line_heading_full().match(text, pos, end)
    assert (fast and fast.span()) == (full and full.span())


def _as_first_written() -> tuple[re.Pattern[str], ...]:
    """The heading patterns with their optional lead words as "(?:...)?" groups, as they were
    written before requirements._opt wrote them as branches."""
    saved = requirements._opt
    requirements._opt = lambda pattern: f"(?:{pattern})?"
    try:
        must, nice, other, _ = requirements._heading_rx.__wrapped__()
        line = re.compile(rf"\n(?:{requirements._line_heading_parts()[0]})")
        glued = re.compile(rf"\n{requirements._glued_heading_parts()[0]}")
    finally:
        requirements._opt = saved
    return must, nice, other, line, glued


_FIRST_WRITTEN = _as_first_written()

# Lead words in every combination: "the", determiners joined by "&", "and", "/", ",", heading
# nouns joined to heading words, and near misses ("key" with no blank after it).
_LEAD_PIECES = [
    "\n", " ", "\t", "  ", "the", "the 4 ", "“", "our", "key", "keys", "fachliche", "persönliche",
    " & ", " and ", "/", ", ", "und", "skills", "training", "experience", "requirements",
    "anforderungen", "benefits", "duties", "about us", "nice to have", "profile", "x", "#", "1.",
    "about youyou", "must", "-have", ":",
]  # fmt: skip


@settings(max_examples=500)
@example(["the", " ", "key", " & ", "our", " ", "skills", " & ", "requirements"])
@example(["fachliche", " & ", "persönliche", " ", "anforderungen"])
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=12))
def test_optional_lead_words_as_branches_match_as_the_optional_groups(pieces: list[str]) -> None:
    text = "".join(pieces)
    must, nice, other, line, glued = _FIRST_WRITTEN
    new_must, new_nice, new_other, _ = requirements._heading_rx()
    for old, new in ((must, new_must), (nice, new_nice), (other, new_other)):
        for pos in range(len(text) + 1):
            a, b = old.match(text, pos), new.match(text, pos)
            assert (a and a.span()) == (b and b.span())
    assert _spans(line, text) == _spans(requirements._line_heading_full(), text)
    assert _spans(line, text) == _spans(requirements._line_heading_rx(), text)
    assert _spans(glued, text) == _spans(requirements._glued_heading_full(), text)
    assert _spans(glued, text) == _spans(requirements._glued_heading_rx(), text)
