"""The conflict test: quiet among honest sources, whatever their number; it hears a red flag."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.eval_conflicts import SOURCES, alarm_rate, biased, honest, red_flag

from askback.domain.conflicts import (
    CONFLICT_ALPHA,
    CONFLICT_MIN_GAP,
    check_sources,
    mean_variance,
)

N = 600  # cells per number of sources: a false-alarm rate of 5 % has a standard error of 0.9 %


@pytest.fixture(scope="module")
def rates() -> dict[str, dict[int, float]]:
    rng = np.random.default_rng(20261203)
    makers = {"honest": honest, "biased": biased, "red flag": red_flag}
    return {
        name: {k: alarm_rate(rng, make, k, N) for k in SOURCES} for name, make in makers.items()
    }


def test_honest_sources_rarely_raise_a_conflict(rates: dict[str, dict[int, float]]) -> None:
    for k, rate in rates["honest"].items():
        assert rate <= 0.05, f"{k} honest sources: {rate:.1%} false alarms"


def test_more_honest_sources_do_not_mean_more_false_alarms(
    rates: dict[str, dict[int, float]],
) -> None:
    # The old max - min rule rose from 14 % with 2 sources to 56 % with 5.
    honest_rates = rates["honest"]
    assert max(honest_rates.values()) - min(honest_rates.values()) <= 0.04


def test_a_red_flag_or_a_biased_source_is_heard(rates: dict[str, dict[int, float]]) -> None:
    for k in SOURCES:
        assert rates["red flag"][k] >= 0.5 if k >= 3 else rates["red flag"][k] >= 0.4
        assert rates["biased"][k] > 2 * rates["honest"][k] + 0.05


def test_gaussian_null_is_calibrated_for_any_number_of_sources() -> None:
    """With exactly known noise the family-wise false-alarm rate stays at or below alpha."""
    rng = np.random.default_rng(5)
    cells = 4000
    for k in (2, 3, 6):
        cell = np.repeat(np.arange(cells), k)
        var = rng.choice([0.3, 0.6, 1.2], cell.size)
        mean = 3.0 + rng.normal(0.0, np.sqrt(var))
        # No materiality floor in play: spread the means widely enough that gaps are large.
        test = check_sources(cell, mean, var, np.ones(cell.size), cells)
        rate = float((test.p_value <= CONFLICT_ALPHA).mean())
        assert rate <= CONFLICT_ALPHA + 0.01, (k, rate)
        shifted = mean + np.where(np.arange(cell.size) % k == 0, 3.0, 0.0)
        power = check_sources(cell, shifted, var, np.ones(cell.size), cells)
        assert float(power.conflict.mean()) > 0.5


def test_a_material_gap_is_needed_however_sure() -> None:
    cell = np.array([0, 0])
    tiny = np.array([1e-4, 1e-4])
    close = check_sources(cell, np.array([3.0, 3.0 + CONFLICT_MIN_GAP / 2]), tiny, np.ones(2), 1)
    assert close.p_value[0] < 1e-6 and not close.conflict[0]


def test_a_red_flag_is_one_observation_however_much_it_counts() -> None:
    group = np.array([0, 1])
    one = mean_variance(group, 2, np.array([0.9, 0.9]), np.array([1.0, 3.0]))
    assert one[0] == pytest.approx(one[1])
    # A second answer narrows the noise, never the shared leniency.
    two = mean_variance(np.array([0, 0]), 1, np.array([0.9, 0.9]), np.ones(2))
    assert one[0] > two[0] > one[0] / 2
