"""A bottom figure with a digit too many ("45,0000 to 50,000") is read as the range it is.

The pay line "Salary: 45,0000 to 50,000" was read as 50,000 alone. A stray digit after the group
of thousands, at the bottom of a range whose top is a little higher, is a typo for the thousands;
a lone such figure, or one the top does not fit, is not read. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary: 38,0000 to 42,000", 38_000, 42_000),
        ("Salary: 32,0000 - 36,000 per annum", 32_000, 36_000),
        ("Pay range: 61,0000 – 70,000", 61_000, 70_000),
    ],
)
def test_stray_digit_at_the_bottom_of_a_range(text: str, low: float, high: float) -> None:
    p = analyze(text).pay
    assert (p.minimum, p.maximum) == (low, high) and "stray-digit" in p.guessed


@pytest.mark.parametrize("text", ["Salary: 45,0000", "Salary: 45,0000 to 30,000"])
def test_stray_digit_without_a_fitting_top_is_not_read(text: str) -> None:
    assert not analyze(text).pay.stated


@settings(max_examples=60, deadline=None)
@given(
    low=st.integers(min_value=15, max_value=300),
    rise=st.integers(min_value=1, max_value=40),
    joint=st.sampled_from([" to ", " - ", "-", " – "]),
)
def test_sweep_stray_digit(low: int, rise: int, joint: str) -> None:
    high = low + min(rise, low // 2)  # a near range: the top at most twice the bottom
    p = analyze(f"Salary: {low},0000{joint}{high},000").pay
    assert (p.minimum, p.maximum) == (low * 1000, high * 1000)
