"""The method against simulated companies whose true levels are known (a small `make eval`)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.eval_evidence import (
    BAND_TARGET,
    MIX,
    band_coverage,
    simulate_coverage,
    simulate_race,
)
from benchmarks.eval_offers import calibration_rows, simulate_offers

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
    # 40 companies: with 25 the deal-breaker ratio (about 0.6 on average) swings past 0.8.
    curves = simulate_race(np.random.default_rng(2), load().questions, n=40, steps=8)
    planned, random = curves["planned"], curves["random"]
    assert np.allclose(planned[0], random[0])  # the same start
    # Summed over the questions asked: less weighted error, much less deal-breaker error.
    assert planned[1:, 0].sum() < random[1:, 0].sum()
    assert planned[1:, 1].sum() < 0.8 * random[1:, 1].sum()


@pytest.mark.slow
@pytest.mark.parametrize("mix", [None, MIX], ids=["honest", "mixed"])
def test_intervals_cover_the_truth_in_every_band_of_the_level(mix) -> None:  # type: ignore[no-untyped-def]
    rows = simulate_coverage(np.random.default_rng(3), n=300, mix=mix)
    for answered in (False, True):
        for name, n, cov, _ in band_coverage(rows, answered):
            assert n > 100, name
            assert cov >= BAND_TARGET, (name, answered, cov)


@pytest.mark.slow
def test_verdicts_are_calibrated() -> None:
    rows = calibration_rows(np.random.default_rng(4), n=800)
    fails = {v: [f for verdict, f in rows if verdict == v] for v, _ in rows}
    assert len(fails["clear"]) > 50 and len(fails["likely deal breaker"]) > 50
    # 80 % sure: a likely deal breaker truly fails at least 80 % of the time, a clear one at
    # most 20 %, and "at risk" lies between.
    assert np.mean(fails["likely deal breaker"]) >= 0.8
    assert np.mean(fails["clear"]) <= 0.2
    assert np.mean(fails["clear"]) < np.mean(fails["at risk"])
    assert np.mean(fails["at risk"]) < np.mean(fails["likely deal breaker"])


@pytest.mark.slow
def test_planned_questions_misclassify_fewer_deal_breakers_across_rival_offers() -> None:
    curves = simulate_offers(np.random.default_rng(6), load().questions, trials=20, steps=8)
    planned, random = curves["planned"], curves["random"]
    assert np.allclose(planned[0], random[0])
    assert planned[1:, 1].mean() < 0.8 * random[1:, 1].mean()
    assert planned[1:, 0].mean() <= random[1:, 0].mean() + 0.02
