"""req_intro's shortcuts find what the patterns they stand for find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_intro

_PIECE = st.sampled_from(
    [
        "the following",
        "the following skills",
        "if you have the following skills, knowledge and experience",
        "the follow",
        "ing",
        " ",
        "\t",
        "\n",
        "\n\n",
        "- ",
        "• ",
        "you",
        "x" * 120,
        ":",
    ]
)


@settings(max_examples=400)
@given(st.lists(_PIECE, max_size=16))
def test_following_lines_as_the_pattern(pieces: list[str]) -> None:
    """_following_lines reads only the lines that hold "the following", and finds what
    _FOLLOWING_LINE.finditer finds over the whole text."""
    lower = "".join(pieces)
    want = [(m.start(), m.end(), m["line"]) for m in req_intro._FOLLOWING_LINE.finditer(lower)]
    got = [(m.start(), m.end(), m["line"]) for m in req_intro._following_lines(lower)]
    assert got == want
