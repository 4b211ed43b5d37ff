"""The per-pattern regex profile's wrapper: every call answers as the pattern itself does, and
is counted as finding something exactly when it does.

No timing is asserted; install() (which patches `re` for the whole process) is not called.
"""

from __future__ import annotations

import re

from benchmarks.text_regex_profile import STATS, Timed
from hypothesis import given
from hypothesis import strategies as st

PATTERNS = [
    re.compile(r"(?<![a-z])(?:nice|plus)(?![a-z])"),
    re.compile(r"\n[ \t]*(?=[-*])"),
    re.compile(r"a*"),  # empty matches: finditer's and sub's own rules for them
    re.compile(r"(x)|y", re.IGNORECASE),
]
TEXT = st.text(alphabet="anicepluxyXY -*\t\n", max_size=40)


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


@given(TEXT, st.integers(0, 40), st.sampled_from(PATTERNS))
def test_each_call_answers_as_the_pattern_does(text: str, pos: int, rx: re.Pattern[str]) -> None:
    timed = Timed(rx, "test")
    for how in ("search", "match", "fullmatch"):
        got, want = getattr(timed, how)(text, pos), getattr(rx, how)(text, pos)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert _spans(timed.finditer(text, pos)) == _spans(rx.finditer(text, pos))
    assert timed.findall(text, pos) == rx.findall(text, pos)
    assert timed.sub("#", text) == rx.sub("#", text)
    assert timed.subn("#", text) == rx.subn("#", text)
    assert timed.split(text) == rx.split(text)
    assert timed.pattern == rx.pattern and timed.flags == rx.flags


@given(TEXT, st.sampled_from(PATTERNS))
def test_a_call_counts_as_empty_exactly_when_it_finds_nothing(
    text: str, rx: re.Pattern[str]
) -> None:
    timed = Timed(rx, "test")
    key = (rx.pattern, rx.flags)
    STATS.pop(key, None)
    timed.search(text)
    list(timed.finditer(text))
    timed.sub("#", text)
    s = STATS[key]
    found = [
        rx.search(text) is not None,
        any(True for _ in rx.finditer(text)),
        bool(rx.subn("#", text)[1]),
    ]
    assert s.calls == 3 and s.empty_calls == found.count(False)
    STATS.pop(key, None)
