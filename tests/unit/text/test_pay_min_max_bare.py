"""Under a pay label alone on its line, minimum and maximum on the two lines below without a
currency ("Salary" / "Minimum: 70,000" / "Maximum: 85,000") are one range; two figures with no
min/max labels, or min/max lines with no pay label, are not (round 32). Written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

FILL = "You will build dashboards and models with the analytics team every week."


def _pay(block: str) -> tuple[bool, float | None, float | None]:
    r = analyze(f"# Data Analyst\n\n{FILL}\n\n{block}\n\n{FILL}\n")
    return r.pay.stated, r.pay.minimum, r.pay.maximum


@pytest.mark.parametrize(
    ("block", "lo", "hi"),
    [
        ("Salary\nMinimum: 70,000\nMaximum: 85,000", 70000, 85000),
        ("Pay range\nMin: 52,500\nMax: 61,000", 52500, 61000),
        ("Salary:\nMinimum 44,000\nMaximum 49,000", 44000, 49000),
        ("**Compensation**\nLowest: 120,000\nHighest: 140,000", 120000, 140000),
        ("Gehalt\nMindestens: 55.000\nHöchstens: 64.000", 55000, 64000),
    ],
)
def test_min_and_max_below_a_pay_label(block: str, lo: float, hi: float) -> None:
    assert _pay(block) == (True, lo, hi)


@pytest.mark.parametrize(
    "block",
    [
        "Minimum: 70,000\nMaximum: 85,000",
        "Team size\nMinimum: 4\nMaximum: 9",
    ],
)
def test_min_and_max_without_a_pay_label_are_no_pay(block: str) -> None:
    assert _pay(block)[0] is False


def test_a_second_figure_without_a_max_label_is_not_joined() -> None:
    assert _pay("Salary\nMinimum: 70,000\nHeadcount: 85,000")[2] in (None, 70000)


@settings(max_examples=40, deadline=None)
@given(
    label=st.sampled_from(["Salary", "Pay range", "Compensation", "Salary range:"]),
    lo=st.integers(min_value=30, max_value=150),
    step=st.integers(min_value=1, max_value=30),
    words=st.sampled_from(
        [("Minimum", "Maximum"), ("Min", "Max"), ("Minimum salary", "Maximum salary")]
    ),
)
def test_min_max_below_any(label: str, lo: int, step: int, words: tuple[str, str]) -> None:
    a, b = lo * 1000, (lo + step) * 1000
    block = f"{label}\n{words[0]}: {a:,}\n{words[1]}: {b:,}"
    assert _pay(block) == (True, a, b)
