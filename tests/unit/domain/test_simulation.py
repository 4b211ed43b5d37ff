"""The method against simulated companies whose true levels are known (a small `make eval`)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.eval_evidence import simulate_coverage, simulate_race

from askback.bank import load


@pytest.mark.slow
def test_80_percent_intervals_cover_the_truth_70_to_90_percent() -> None:
    rows = simulate_coverage(np.random.default_rng(1), n=150)
    evidenced = [r for r in rows if r[0] > 0]
    for cells in (rows, evidenced):
        assert 0.70 <= np.mean([r[1] for r in cells]) <= 0.90
    # More answers, smaller errors and narrower intervals.
    few = [r for r in rows if r[0] == 1]
    many = [r for r in rows if r[0] >= 3]
    assert np.mean([r[2] for r in many]) < np.mean([r[2] for r in few])
    assert np.mean([r[3] for r in many]) < np.mean([r[3] for r in few])


@pytest.mark.slow
def test_planned_questions_cut_the_error_faster_than_random_ones() -> None:
    curves = simulate_race(np.random.default_rng(2), load().questions, n=25, steps=8)
    planned, random = curves["planned"], curves["random"]
    assert np.allclose(planned[0], random[0])  # the same start
    # Summed over the questions asked: less weighted error, much less deal-breaker error.
    assert planned[1:, 0].sum() < random[1:, 0].sum()
    assert planned[1:, 1].sum() < 0.8 * random[1:, 1].sum()
