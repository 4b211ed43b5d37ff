"""The exact distribution of a cell's mean level against Monte Carlo, on generated posteriors."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.domain.levels import cdf, mean_above, quantiles, rounded_level
from askback.domain.posterior import PRIOR_STRENGTH
from askback.domain.stats import LEVELS, dirichlet_level_moments

DRAWS = 200_000

# Posteriors as the engine makes them: the prior plus weighted answers on a few levels,
# from nothing at all to many answers piled on one level, and arbitrary counts besides.
answers = st.lists(
    st.tuples(st.integers(0, 4), st.sampled_from([0.2, 0.3, 0.5, 0.67, 0.9, 1.0, 2.7])),
    max_size=40,
)
arbitrary = st.lists(st.floats(0.05, 30.0), min_size=5, max_size=5)


def counts(items: list[tuple[int, float]]) -> np.ndarray:
    alpha = np.full(5, PRIOR_STRENGTH / 5)
    for level, weight in items:
        alpha[level] += weight
    return alpha


def draws(alpha: np.ndarray, seed: int = 11) -> np.ndarray:
    return np.asarray(np.random.default_rng(seed).dirichlet(alpha, DRAWS) @ LEVELS)


def check_quantiles(alpha: np.ndarray) -> None:
    mean, var = dirichlet_level_moments(alpha[None, :])
    mu = draws(alpha)
    for q, x in zip((0.1, 0.9), quantiles(alpha[None, :], (0.1, 0.9), mean, var), strict=True):
        assert x[0] == pytest.approx(np.quantile(mu, q), abs=0.05)


@settings(max_examples=40, deadline=None)
@given(answers)
# Few counts, most on level 4: the CDF is flat between 4 and 5, and eight Newton steps had
# stopped at 4.04 and 4.06 for the 0.9 quantile (their CDF 0.96 and 0.93, not 0.9).
@example([(0, 0.5), (3, 0.67), (3, 0.67), (3, 0.9)])
@example([(0, 0.2), (3, 0.3), (3, 1.0)])
def test_interval_ends_are_the_exact_quantiles(items) -> None:  # type: ignore[no-untyped-def]
    check_quantiles(counts(items))


@settings(max_examples=30, deadline=None)
@given(arbitrary)
def test_quantiles_hold_for_any_counts(alpha) -> None:  # type: ignore[no-untyped-def]
    check_quantiles(np.array(alpha))


@settings(max_examples=25, deadline=None)
@given(answers, st.floats(1.2, 4.8))
def test_cdf_and_partial_mean_match_monte_carlo(items, t) -> None:  # type: ignore[no-untyped-def]
    alpha = counts(items)
    mu = draws(alpha)
    assert cdf(alpha[None, :], np.array([t]))[0] == pytest.approx((mu < t).mean(), abs=0.006)
    kept = mean_above(alpha[None, :], np.array([t]))[0]
    assert kept == pytest.approx((mu * (mu >= t)).mean(), abs=0.02)
    p = rounded_level(alpha[None, :])[0]
    assert p.sum() == pytest.approx(1.0)
    assert np.all(p >= 0)
    exact = np.histogram(mu, bins=[1, 1.5, 2.5, 3.5, 4.5, 5])[0] / DRAWS
    np.testing.assert_allclose(p, exact, atol=0.006)


def test_the_beta_approximation_alone_would_miss() -> None:
    """Where the counts are few the matched Beta is far off; the exact quantile is not."""
    from askback.domain.stats import beta_params, beta_quantile

    alpha = np.array([0.12, 0.12, 3.2, 0.12, 0.12])
    mean, var = dirichlet_level_moments(alpha[None, :])
    a, b = beta_params(mean, var)
    mu = draws(alpha)
    assert abs(beta_quantile(a, b, 0.1)[0] - np.quantile(mu, 0.1)) > 0.05
    check_quantiles(alpha)
