"""The pay-scale finder's fast pre-check (pay_scale.KEYS) lets through every scale it reads."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import pay_scale

# Every scale name and grade form of pay_scale's patterns, in the spellings ads use.
NAMED = [
    "Vergütung nach TVöD E13",
    "TVöD-Bund EG 11",
    "TV-L E 12",
    "TVL EG 9",
    "TV-H E10",
    "TV Hessen E 11",
    "TV-Ärzte/VKA Ä1",
    "TV-Ä Ä2",
    "Vergütung nach TVAöD",
    "AVR Caritas EG 9",
    "KAVO EG 10",
    "Agenda for Change Band 6",
    "NHS Agenda for Change band 7",
    "AfC Band 5",
    "Entgeltgruppe 12",
    "Vergütungsgruppe 9",
    "Besoldungsgruppe A 13",
    "Besoldung nach A12",
    "Lohnklasse 18",
    "Gehaltsklasse 7",
    "Lohnstufe 4",
    "NHS pay band 6",
    "GS-12",
    "GS-0343-12",
    "GG-13",
    "WG-10",
    "General Schedule (GS) grade 11",
    "Salary: GS 12/13",
    "This position is paid at GS 9.",
]


@pytest.mark.parametrize("text", NAMED)
def test_every_scale_form_passes_the_pre_check(text: str) -> None:
    lower = text.lower()
    assert pay_scale._rx().search(lower), text  # the pattern reads it ...
    assert pay_scale._may_name(lower), text  # ... and the pre-check lets it by
    assert pay_scale.find(text, lower) is not None


@given(st.text(alphabet="tvödeglashnbkwrcfäü-/ 0123456789AEGTVSW()", max_size=40))
def test_pre_check_never_hides_a_match(text: str) -> None:
    lower = text.lower()
    if pay_scale._rx().search(lower) or re.search(pay_scale._SPACED, lower):
        assert pay_scale._may_name(lower)
