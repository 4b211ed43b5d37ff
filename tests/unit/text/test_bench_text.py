"""The text benchmark's method: interleaved rounds and the median of their ratios.

No timing is asserted here (timings belong to `make bench`); these tests check the order of the
passes and the arithmetic that turns the rounds into one ratio.
"""

from __future__ import annotations

from benchmarks.bench_text import Pass, Rounds, interleaved


def test_rounds_alternate_which_side_runs_first() -> None:
    calls: list[str] = []
    interleaved(lambda t: calls.append("a"), lambda t: calls.append("b"), ["one ad"], rounds=4)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]


def test_every_pass_reads_every_ad_once() -> None:
    seen: list[str] = []
    texts = ["x", "y", "z"]
    measured = interleaved(seen.append, lambda t: None, texts, rounds=3)
    assert seen == texts * 3 and len(measured.a) == len(measured.b) == 3


def test_the_ratio_is_the_median_of_the_rounds_ratios() -> None:
    # One round slowed by a burst of load on b only: the median ignores it, a ratio of sums
    # or of best times would not.
    a = [Pass(cpu=1.0, wall=2.0), Pass(cpu=1.0, wall=1.0), Pass(cpu=2.0, wall=2.0)]
    b = [Pass(cpu=8.0, wall=30.0), Pass(cpu=9.0, wall=9.0), Pass(cpu=14.0, wall=16.0)]
    rounds = Rounds(a, b)
    assert rounds.ratio("cpu") == 8.0  # 8, 9, 7
    assert rounds.ratio("wall") == 9.0  # 15, 9, 8
    assert rounds.median("a") == 1.0 and rounds.median("b", "wall") == 16.0
