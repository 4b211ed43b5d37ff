"""What an answer is worth: exact EIG, a value that is a posterior expectation, a KG that
is zero when no answer can change the leader."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.domain.posterior import N_LEVELS, PRIOR_STRENGTH
from askback.domain.stats import LEVELS, beta_cdf, beta_params, dirichlet_level_moments
from askback.domain.value import level_entropy, offer_value, preposterior

EYE = np.eye(N_LEVELS)
answers = st.lists(
    st.tuples(st.integers(0, 4), st.sampled_from([0.3, 0.5, 0.9, 1.0, 2.7])), max_size=15
)


def counts(items: list[tuple[int, float]]) -> np.ndarray:
    alpha = np.full(N_LEVELS, PRIOR_STRENGTH / N_LEVELS)
    for level, weight in items:
        alpha[level] += weight
    return alpha


def mc_entropy(alpha: np.ndarray, rng: np.random.Generator) -> float:
    mu = rng.dirichlet(alpha, 400_000) @ LEVELS
    p = np.histogram(mu, bins=[1, 1.5, 2.5, 3.5, 4.5, 5])[0] / mu.size
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def beta_entropy(alpha: np.ndarray) -> float:
    """The old moment-matched approximation, for contrast."""
    mean, var = dirichlet_level_moments(alpha[None, :])
    a, b = beta_params(mean, var)
    below = beta_cdf(a, b, np.array([1.5, 2.5, 3.5, 4.5]))
    p = np.clip(np.diff(np.concatenate([[0.0], below, [1.0]])), 1e-12, 1)
    return float(-(p * np.log(p)).sum())


@pytest.mark.parametrize(
    "alpha", [[0.2, 0.2, 3.2, 0.2, 0.2], [0.12, 0.12, 0.12, 0.12, 0.12], [2.1, 0.3, 0.9, 0.2, 1.4]]
)
def test_information_gain_is_exact(alpha: list[float]) -> None:
    a = np.array(alpha)
    p = a / a.sum()
    after = a[None, :] + EYE
    exact = level_entropy(a[None, :])[0] - (p * level_entropy(after)).sum()
    rng = np.random.default_rng(3)
    mc = mc_entropy(a, rng) - sum(p[k] * mc_entropy(after[k], rng) for k in range(N_LEVELS))
    assert exact == pytest.approx(mc, abs=0.01)
    if alpha[2] == 3.2:
        # The case: the Beta approximation said 0.116, about twice the truth.
        old = beta_entropy(a) - sum(p[k] * beta_entropy(after[k]) for k in range(N_LEVELS))
        assert old == pytest.approx(0.116, abs=0.005)
        assert exact == pytest.approx(0.060, abs=0.01)


@settings(max_examples=60, deadline=None)
@given(
    answers,
    st.integers(2, 5),
    st.floats(0.0, 1.0),
    st.floats(0.05, 0.5),
    st.floats(0.0, 3.0),
)
def test_the_value_is_a_martingale(items, at_least, passing, share, rest) -> None:  # type: ignore[no-untyped-def]
    """Under an exact Bayes update (a full answer, counted on its level), the expected value
    after the answer is the value now: the value is a posterior expectation."""
    alpha = counts(items)
    line = np.array([at_least - 0.5])
    p = alpha / alpha.sum()

    def value(a: np.ndarray) -> np.ndarray:
        n = a.shape[0]
        return offer_value(
            a, np.repeat(line, n), np.full(n, passing), np.full(n, rest), np.full(n, share)
        )

    now = value(alpha[None, :])[0]
    later = value(alpha[None, :] + EYE)
    assert (p * later).sum() == pytest.approx(now, abs=0.01 * (share * 5 + rest) + 1e-9)


def test_fit_times_pass_chance_is_not_a_martingale() -> None:
    """The old value, fit x (1 - risk), drifts: an answer was expected to raise it."""
    from askback.domain.posterior import risk_below

    alpha = np.array([0.12, 1.12, 1.12, 0.12, 0.12])
    p = alpha / alpha.sum()

    def old(a: np.ndarray) -> np.ndarray:
        mean, _ = dirichlet_level_moments(a)
        return mean * (1 - risk_below(a, np.full(a.shape[0], 2.5)))

    drift = (p * old(alpha[None, :] + EYE)).sum() - old(alpha[None, :])[0]
    assert abs(drift) > 0.03
    now = offer_value(alpha[None, :], np.array([2.5]), np.ones(1), np.zeros(1), np.ones(1))
    later = offer_value(alpha[None, :] + EYE, np.full(5, 2.5), np.ones(5), np.zeros(5), np.ones(5))
    assert (p * later).sum() == pytest.approx(now[0], abs=0.01)


@settings(max_examples=80, deadline=None)
@given(
    answers,
    st.integers(2, 5),
    st.floats(0.2, 1.0),
    st.floats(0.05, 0.5),
    st.floats(0.0, 3.0),
    st.sampled_from([0.2, 0.5, 0.9, 1.0]),
    st.floats(1e-3, 2.0),
    st.booleans(),
)
def test_kg_is_zero_when_no_answer_can_change_the_leader(  # type: ignore[no-untyped-def]
    items, at_least, passing, share, rest, weight, margin, above
) -> None:
    alpha = counts(items)[None, :]
    line = np.array([at_least - 0.5])
    args = (np.ones(1), np.full(1, share), None, np.full(1, passing), np.full(1, rest))

    def run(rival: float):  # type: ignore[no-untyped-def]
        fit, sh, _, keep, others = args
        return preposterior(
            alpha, np.array([weight]), line, fit, sh, np.array([rival]), keep, others
        )

    # The value after each of the five possible answers (what preposterior weighs).
    from askback.domain.posterior import RATING_KERNEL

    after = alpha + weight * RATING_KERNEL
    outcomes = offer_value(
        after, np.repeat(line, 5), np.full(5, passing), np.full(5, rest), np.full(5, share)
    )
    # A rival beyond every outcome, on either side: no answer changes who leads.
    rival = outcomes.max() + margin if above else outcomes.min() - margin
    out = run(rival)
    assert out.kg[0] == 0.0
    assert out.p_switch[0] == 0.0
    # A rival strictly between the outcomes: some answer changes the leader, which is worth
    # something.
    if outcomes.max() - outcomes.min() > 1e-3:
        between = run(0.5 * (outcomes.max() + outcomes.min()))
        assert between.kg[0] > 0.0
        assert between.p_switch[0] > 0.0


def test_exact_information_gain_ranks_questions_as_monte_carlo_does() -> None:
    """Two answers already in at one level, or one answer each at two: the Beta approximation
    ranked them the wrong way round."""
    rng = np.random.default_rng(9)

    def gains(alpha: np.ndarray) -> tuple[float, float, float]:
        p = alpha / alpha.sum()
        after = alpha[None, :] + EYE
        exact = level_entropy(alpha[None, :])[0] - (p * level_entropy(after)).sum()
        mc = mc_entropy(alpha, rng) - sum(p[k] * mc_entropy(after[k], rng) for k in range(5))
        old = beta_entropy(alpha) - sum(p[k] * beta_entropy(after[k]) for k in range(5))
        return exact, mc, old

    a_exact, a_mc, a_old = gains(np.array([0.12, 0.12, 0.62, 1.12, 0.12]))
    b_exact, b_mc, b_old = gains(np.array([0.12, 0.12, 2.12, 0.12, 0.12]))
    assert a_old < b_old  # the old ranking
    assert a_mc > b_mc + 0.03  # the truth
    assert a_exact > b_exact + 0.03
    assert a_exact == pytest.approx(a_mc, abs=0.01)
    assert b_exact == pytest.approx(b_mc, abs=0.01)
