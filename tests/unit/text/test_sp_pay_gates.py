"""Fast gates in pay, conditions and commitments hold the full reads they skip."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay_scale
from askback.text.doc import blanked, lowered
from tests.unit.text.test_pay_scale_keys import NAMED

# Pieces of scale names and grades, and characters around them that test the word starts
# (a hyphen, a non-Latin-1 letter, an umlaut, an uppercase letter whose lower case is longer).
_PIECE = st.sampled_from(
    [
        "tv", "TVöD", "tvaöd", "tv-ä", "TV-L", "tvl", "h", "hessen", "ärzte", "avr", "kavo",
        "agenda", "for", "change", "afc", "nhs", "pay", "band", "entgelt", "gruppe",
        "vergütungs", "besoldung", "s", "nach", "lohn", "klasse", "stufe", "gehalts", "gs",
        "gg", "wg", "general", "schedule", "(gs)", "grade", "-", "/", " ", "\n", "α", "İ", "ö",
        "x", "1", "12", "0343", "e13", "a 13", ".", ",", "l", "ä", "a12", "nach", "TV ", "  ",
    ]
)  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(_PIECE | st.sampled_from(NAMED), max_size=12))
def test_pay_scale_pre_check_never_hides_a_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    lower = lowered(text)
    if pay_scale._rx().search(lower) or re.search(pay_scale._SPACED, lower):
        assert pay_scale._may_name(lower)
    if not pay_scale._may_name(lower):
        assert pay_scale.find(text, lower) is None


@settings(max_examples=3000)
@given(st.lists(_PIECE | st.sampled_from(NAMED), max_size=12))
def test_pay_scale_names_tried_at_word_starts_are_finditers(pieces: list[str]) -> None:
    lower = lowered("".join(pieces))
    spans = [m.span() for m in pay_scale._rx().finditer(lower)]
    assert [m.span() for m in pay_scale._names(lower, blanked(lower))] == spans
