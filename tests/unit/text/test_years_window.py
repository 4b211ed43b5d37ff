"""Years that bound a window in time are not years of experience asked for: "within the last 5
years", "cannot exceed six years after degree completion". The years asked beside such a
window are still read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.doc import prepare
from askback.text.requirements import years_required


def _years(text: str) -> int | None:
    return years_required(prepare(text))[0]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Requirements\n- 2 years of experience within the last 7 years\n", 2),
        ("You have 3 years of experience, gained over the past 12 years.", 3),
        ("Experience must have been gained within 5 years before the closing date.", None),
        ("Veterans' eligibility ends 8 years after discharge; experience is paid or unpaid.", None),
        ("Die Erfahrung (mind. 2 Jahre) sollte innerhalb der letzten 8 Jahre liegen.", 2),
        ("Requirements\n- 6 years of experience in statistics\n", 6),
    ],
)
def test_a_window_in_time_is_no_years_asked(text: str, years: int | None) -> None:
    assert _years(text) == years


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 9),
    st.integers(10, 20),
    st.sampled_from(["within the last", "in the past", "during the previous", "within"]),
)
def test_the_window_never_outbids_the_years_asked(asked: int, window: int, lead: str) -> None:
    text = f"Requirements\n- {asked} years of experience {lead} {window} years\n"
    assert _years(text) == asked
