"""The one search phrases._patterns makes for an entry's `needs` finds a window to hold one of
them exactly when a str.find for some piece does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import commitments, conditions, exclusion, phrases

_ENTRIES = [
    e
    for idx in (exclusion.entries(), conditions.remote_cues(), *commitments._lists().values())
    for e in idx.patterned
    if e.needs
]
_PIECES = sorted({p for e in _ENTRIES for p in e.needs})


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_ENTRIES),
    st.lists(st.sampled_from([*_PIECES, " ", "x", ".", "’", "\n", "é"]), max_size=20).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_needs_search_is_a_find_for_each_piece(
    entry: phrases.Entry, text: str, lo: int, width: int
) -> None:
    needs = phrases._plan(entry)[5]
    assert needs is not None
    hi = min(len(text), lo + width)
    by_find = any(text.find(p, lo, hi) >= 0 for p in entry.needs)
    assert (needs.search(text, lo, hi) is not None) == by_find
