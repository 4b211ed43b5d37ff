"""commitments._clause_around cuts a match's stretch where the str.find / rfind per clause-end
character did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import commitments

_ENDS = ".;!?\n"


def _by_finds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - commitments._REACH)
    lo = max([lo] + [text.rfind(c, lo, start) + 1 for c in _ENDS])
    hi = min(len(text), end + commitments._REACH)
    for c in _ENDS:
        cut = text.find(c, end, hi)
        if cut >= 0:
            hi = cut
    return lo, hi


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab .;!?\n,:é’", max_size=120),
    st.integers(0, 120),
    st.integers(0, 30),
)
def test_clause_around_is_the_finds(text: str, start: int, width: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    assert commitments._clause_around(text, start, end) == _by_finds(text, start, end)
