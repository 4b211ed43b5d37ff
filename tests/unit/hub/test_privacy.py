"""The published numbers: buckets, quarters, rounding, and why batching is needed at all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.hub.aggregates import changed_members
from askback.hub.privacy import Member, bucket, quarter, summarise


def member(rating: int, flags: int = 0, questions: tuple[str, ...] = ("rml-003",)) -> Member:
    return Member(ratings=(rating,), red_flags=flags, questions=questions, quarter="2025-Q2")


@given(st.integers(min_value=0, max_value=10_000))
def test_bucket_holds_the_count_and_is_five_wide(n: int) -> None:
    low, high = bucket(n)
    assert low <= n <= high
    assert (low, high) == (0, 0) if n == 0 else high - max(low, 1) <= 4


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12))
def test_quarter(year: int, month: int) -> None:
    assert quarter(year, month) == f"{year}-Q{(month + 2) // 3}"


def test_fewer_than_k_members_are_never_summarised() -> None:
    with pytest.raises(ValueError, match="at least k"):
        summarise([member(3), member(4)], k=3)


@settings(deadline=None)  # the first call imports SciPy
@given(st.lists(st.integers(min_value=1, max_value=5), min_size=3, max_size=40))
def test_summary_is_rounded_and_inside_the_interval(ratings: list[int]) -> None:
    out = summarise([member(r) for r in ratings], k=3)
    mean, (low, high) = out["mean"], out["interval"]
    assert isinstance(mean, float) and low <= mean <= high
    assert low >= 1.0 and high <= 5.0
    for value in (mean, low, high):
        assert round(value * 10) == pytest.approx(value * 10)
    members = out["members"]
    assert isinstance(members, dict) and members["low"] >= 3


def test_a_question_shows_only_when_k_members_asked_it() -> None:
    members = [member(3, questions=("rml-003", "dei-001")), member(4), member(2)]
    shown = [q["id"] for q in summarise(members, k=3)["questions"]]  # type: ignore[index, union-attr]
    assert shown == ["rml-003"]


def test_each_member_counts_once_however_many_answers() -> None:
    many = Member(ratings=(1,) * 30, red_flags=0, questions=("rml-003",), quarter="2025-Q1")
    one = Member(ratings=(1,), red_flags=0, questions=("rml-003",), quarter="2025-Q1")
    rest = [member(4), member(4)]
    assert summarise([many, *rest], k=3)["mean"] == summarise([one, *rest], k=3)["mean"]


def test_without_batching_one_share_would_show() -> None:
    """Why the hub publishes in batches of k: an immediate update reveals the newcomer's rating."""
    base = [member(r) for r in (2, 3, 4, 3, 3)]
    after_low = summarise([*base, member(1)], k=3)["mean"]
    after_high = summarise([*base, member(5)], k=3)["mean"]
    assert after_low != after_high


def test_changed_members_counts_each_member_once() -> None:
    published = {"a": 1, "b": 1, "c": 2}
    assert changed_members(published, published) == 0
    assert changed_members(published, {"a": 1, "b": 2, "c": 2}) == 1  # b shared again
    assert changed_members(published, {"a": 1, "b": 1}) == 1  # c withdrew
    assert changed_members(published, {"a": 1, "b": 1, "c": 2, "d": 1}) == 1  # d joined
    assert changed_members({}, published) == 3
