"""The vectorised core against hand computations and Monte Carlo."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.bank.schema import Dimension
from askback.domain.levels import quantiles
from askback.domain.posterior import (
    PRIOR_STRENGTH,
    RATING_SPREAD,
    RED_FLAG_WEIGHT,
    SAME_PERSON_CORRELATION,
    encode,
    fit_moments,
    item_weight,
    posterior,
    risk_below,
)
from askback.domain.sources import DEFAULT_SOURCE_WEIGHTS, SOURCES, source_weight
from askback.domain.stats import LEVELS, dirichlet_level_moments
from tests.unit.domain.factories import GROWTH, RML, answer, signal

DIMS = (RML, GROWTH)


def run(items, overrides=None):  # type: ignore[no-untyped-def]
    return posterior(encode([items], DIMS, overrides))


def test_table_covers_every_source_and_dimension() -> None:
    for source in SOURCES:
        assert set(DEFAULT_SOURCE_WEIGHTS[source]) == set(Dimension)
        assert all(0 < w <= 1 for w in DEFAULT_SOURCE_WEIGHTS[source].values())
    # Who can speak to what: a peer knows responsible-ML practice better than a recruiter.
    assert source_weight("peer", RML) > source_weight("recruiter", RML)
    assert source_weight("recruiter", Dimension.HIRING_PROCESS) == 1.0
    assert source_weight("unknown-role", RML) == source_weight("any", RML)


def test_one_answer_adds_its_weight_around_its_level() -> None:
    post = run([answer(4, "paul", "peer")])
    w = source_weight("peer", RML)
    expected = np.full(5, PRIOR_STRENGTH / 5)
    # A rating is observed with noise: a 4 shares its weight with 3 and 5, keeping its mean.
    expected[2:5] += w * np.array([RATING_SPREAD, 1 - 2 * RATING_SPREAD, RATING_SPREAD])
    np.testing.assert_allclose(post.alpha[0], expected)
    added = post.alpha[0] - PRIOR_STRENGTH / 5
    assert added.sum() == pytest.approx(w)
    assert added @ LEVELS == pytest.approx(4 * w)
    # The scale's ends cannot spread without moving the mean: a 1 or a 5 stays where it is.
    top = run([answer(5, "paul", "peer")])
    assert top.alpha[0, 4] == pytest.approx(PRIOR_STRENGTH / 5 + w)
    assert top.alpha[0, 3] == pytest.approx(PRIOR_STRENGTH / 5)
    np.testing.assert_allclose(post.mean[0], (expected @ LEVELS) / expected.sum())
    # The other dimension keeps the prior: mean 3.
    assert post.mean[1] == pytest.approx(3.0)
    assert post.evidence[0] == pytest.approx(w)
    assert post.evidence[1] == 0


def test_same_person_counts_less_than_two_people() -> None:
    one = run([answer(4, "paul"), answer(4, "paul")])
    two = run([answer(4, "paul"), answer(4, "anna")])
    w = source_weight("peer", RML)
    deff = 1 + SAME_PERSON_CORRELATION
    assert one.evidence[0] == pytest.approx(2 * w / deff)
    assert two.evidence[0] == pytest.approx(2 * w)
    assert one.var[0] > two.var[0]


def test_unnamed_answers_are_one_source_per_interview() -> None:
    w = source_weight("peer", RML)
    deff = 1 + SAME_PERSON_CORRELATION
    # Two unnamed answers in one interview: one unnamed interviewer, who repeats themselves.
    same = run([answer(4, None, interview="7"), answer(2, None, interview="7")])
    assert same.evidence[0] == pytest.approx(2 * w / deff)
    assert same.n_sources[0] == 1 and same.answer_sources[0] == 1
    # Five of them count as one source and never conflict with each other.
    five = run([answer(1 + 4 * (i % 2), None, interview="7") for i in range(5)])
    assert five.n_sources[0] == 1 and five.conflict_gap[0] == 0 and not five.conflict[0]
    # Unnamed answers from two interviews are two sources.
    apart = run([answer(4, None, interview="7"), answer(4, None, interview="8")])
    assert apart.evidence[0] == pytest.approx(2 * w)
    assert apart.n_sources[0] == 2
    # A named contact is their own source across interviews, whatever the interview.
    named = run([answer(4, "paul", interview="7"), answer(4, "paul", interview="8")])
    assert named.n_sources[0] == 1
    # Without person or interview (the pure API), an item stays a source of its own.
    loose = run([answer(4, None), answer(4, None)])
    assert loose.n_sources[0] == 2


def test_red_flag_counts_three_answers_inside_the_source_cap() -> None:
    w = source_weight("peer", RML)
    post = run([answer(4, "tom", red_flag=True)])
    expected = RED_FLAG_WEIGHT * w / (1 + (RED_FLAG_WEIGHT - 1) * SAME_PERSON_CORRELATION)
    assert post.alpha[0, 0] == pytest.approx(PRIOR_STRENGTH / 5 + expected)
    assert post.alpha[0, 3] == pytest.approx(PRIOR_STRENGTH / 5)
    # More than one plain answer at level 1, never more than the cap of one source.
    assert w < expected < w / SAME_PERSON_CORRELATION
    ones = run([answer(1, "tom") for _ in range(10)])
    cap = w / SAME_PERSON_CORRELATION
    assert ones.alpha[0, 0] - PRIOR_STRENGTH / 5 < cap
    both = run([answer(4, "tom", red_flag=True), *(answer(1, "tom") for _ in range(10))])
    assert both.evidence[0] < cap
    assert both.evidence[0] > ones.evidence[0]


def test_the_weight_is_the_source_weight_and_overrides_replace_it() -> None:
    assert item_weight(answer(4, "a")) == pytest.approx(source_weight("peer", RML))
    # A red flag's extra count is in its units, not its weight per answer.
    assert item_weight(answer(4, "a", red_flag=True)) == item_weight(answer(4, "a"))
    overridden = item_weight(answer(4, "a", "recruiter"), {"recruiter": {RML: 0.9}})
    assert overridden == pytest.approx(0.9)


def test_unrated_and_unknown_items_are_left_out() -> None:
    enc = encode([[answer(None, "a"), answer(3, "b", dimension=Dimension.COMPANY_BUSINESS)]], DIMS)
    assert enc.cell.size == 0
    post = posterior(enc)
    np.testing.assert_allclose(post.alpha, np.full((2, 5), PRIOR_STRENGTH / 5))


def test_conflict_needs_two_strong_independent_sources() -> None:
    post = run([answer(5, "hanna", "hiring-manager"), answer(1, "tom", red_flag=True)])
    assert post.conflict_gap[0] == pytest.approx(4.0)
    assert post.conflict[0] and post.conflict_p[0] < 0.05
    # The same person contradicting themselves is not two sources.
    same = run([answer(5, "tom"), answer(1, "tom", red_flag=True)])
    assert same.conflict_gap[0] == 0 and not same.conflict[0] and same.conflict_p[0] == 1
    # A recruiter (weight 0.2 on responsible ML) is too weak a source to raise a conflict.
    weak = run([answer(5, "hanna", "hiring-manager"), answer(1, "rita", "recruiter")])
    assert weak.conflict_gap[0] == 0 and not weak.conflict[0]
    assert run([signal(5), answer(4, "a")]).conflict_gap[0] == pytest.approx(1.0)
    # Two honest-looking answers two levels apart are within the noise of single answers.
    near = run([answer(4, "hanna", "hiring-manager"), answer(2, "paul")])
    assert near.conflict_gap[0] == pytest.approx(2.0) and not near.conflict[0]


@pytest.mark.parametrize(
    "alpha",
    [
        [0.2, 0.2, 0.2, 0.2, 0.2],
        [2.9, 0.2, 0.2, 1.9, 1.2],
        [0.2, 0.7, 3.0, 0.2, 0.2],
        [0.3, 0.2, 1.4, 8.0, 2.5],
        [0.2, 0.2, 0.2, 30.0, 12.0],
    ],
)
def test_risk_and_interval_match_monte_carlo(alpha: list[float]) -> None:
    a = np.array(alpha)
    draws = np.random.default_rng(7).dirichlet(a, 200_000) @ LEVELS
    for t in (1.5, 2.5, 3.5, 4.5):
        exact = risk_below(a[None, :], np.array([t]))[0]
        assert exact == pytest.approx((draws < t).mean(), abs=0.005)
    mean, var = dirichlet_level_moments(a[None, :])
    assert mean[0] == pytest.approx(draws.mean(), abs=0.01)
    assert var[0] == pytest.approx(draws.var(), rel=0.03)
    low, high = quantiles(a[None, :], (0.1, 0.9), mean, var)
    # The interval's ends are the exact quantiles, to well within 0.05 of a level.
    assert low[0] == pytest.approx(np.quantile(draws, 0.1), abs=0.02)
    assert high[0] == pytest.approx(np.quantile(draws, 0.9), abs=0.02)


def test_fit_weights_dimensions() -> None:
    mean = np.array([[4.0, 2.0]])
    var = np.array([[0.04, 0.04]])
    fit, fit_var, low, high = fit_moments(mean, var, np.array([3.0, 1.0]))
    assert fit[0] == pytest.approx(3.5)
    assert fit_var[0] == pytest.approx(0.04 * (0.75**2 + 0.25**2))
    assert low[0] < 3.5 < high[0]
    # All weights zero: every dimension counts the same.
    assert fit_moments(mean, var, np.zeros(2))[0][0] == pytest.approx(3.0)


@pytest.mark.parametrize("ratings", [[1], [5, 5], [2, 4], [3]])
def test_reported_interval_is_exact_with_few_answers(ratings: list[int]) -> None:
    """Where the matched Beta is far off (few counts), the interval is the exact one."""
    post = run([answer(r, f"p{i}") for i, r in enumerate(ratings)])
    draws = np.random.default_rng(5).dirichlet(post.alpha[0], 200_000) @ LEVELS
    assert post.low[0] == pytest.approx(np.quantile(draws, 0.1), abs=0.02)
    assert post.high[0] == pytest.approx(np.quantile(draws, 0.9), abs=0.02)


@given(
    st.lists(st.tuples(st.integers(1, 5), st.booleans()), min_size=1, max_size=30),
    st.sampled_from(["peer", "hiring-manager", "recruiter", "leadership"]),
)
def test_no_source_ever_counts_more_than_its_cap(marks: list[tuple[int, bool]], role: str) -> None:
    """Ratings and red flags of one person together stay under 1/rho answers' worth."""
    items = [answer(r, "tom", role, red_flag=f) for r, f in marks]
    post = run(items)
    cap = source_weight(role, RML) / SAME_PERSON_CORRELATION
    assert post.evidence[0] < cap + 1e-12
