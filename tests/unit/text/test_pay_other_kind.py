"""A base salary and on-target earnings (or a total package) are two kinds of pay, not the ends
of one range.

"Base salary €38,000, OTE €55,000" was reported as the range EUR 38,000–55,000, as if the job paid
up to 55,000 without commission. Figures of one scale stay a range ("£24,214 / £26,220 /
£30,112"). Sentences written for this test, with a Hypothesis sweep over currencies, labels and
separators.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Base salary €38,000, OTE €55,000", 38_000, 38_000),
        ("Base $90k, OTE $140k, uncapped commission", 90_000, 90_000),
        ("Fixgehalt 50.000 €, Gesamtpaket 65.000 €", 50_000, 50_000),
        ("Salary £35,000, £50,000 on-target", 35_000, 35_000),
        # One scale: still a range.
        ("Salary £24,214 / £26,220 / £30,112", 24_214, 30_112),
        ("Day rate £22.64 p/h & Night rate £28.33 p/h", 22.64, 28.33),
    ],
)
def test_base_and_other_kinds_are_no_range(text: str, low: float, high: float) -> None:
    p = analyze(text).pay
    assert (p.minimum, p.maximum) == (low, high)


@settings(max_examples=60, deadline=None)
@given(
    sign=st.sampled_from(["£", "$", "€"]),
    base=st.integers(min_value=30, max_value=90),
    extra=st.integers(min_value=5, max_value=60),
    label=st.sampled_from(["OTE", "total package", "total compensation", "on-target earnings"]),
    sep=st.sampled_from([", ", "; ", " / ", " and "]),
)
def test_sweep_base_then_other_kind(sign: str, base: int, extra: int, label: str, sep: str) -> None:
    top = base + extra
    text = f"Base salary {sign}{base},000{sep}{label} {sign}{top},000"
    p = analyze(text).pay
    assert p.maximum == base * 1000, (text, p.minimum, p.maximum)
