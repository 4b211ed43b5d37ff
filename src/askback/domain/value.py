"""What one more answer is worth, before it is given (preposterior analysis, closed form).

For a cell with counts alpha and an answer of weight w, the answer lands on level k with the
posterior predictive chance alpha_k / sum(alpha); each of the five outcomes gives new counts
alpha + w K_k (K the rating kernel, posterior.py). Averaging over the outcomes gives the expected
information gain about the company's level (from the exact chances of each rounded level), the
expected movement of a deal-breaker risk and the knowledge gradient across live offers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from askback.domain.levels import cdf, mean_above, rounded_level
from askback.domain.posterior import N_LEVELS, RATING_KERNEL, risk_below
from askback.domain.stats import FloatArray, dirichlet_level_moments


def level_entropy(alpha: FloatArray) -> FloatArray:
    """Entropy (nats) of the company's rounded level under the posterior, per row of counts.

    The chance of each rounded level is exact (levels.rounded_level); `alpha` may have any
    leading shape, the last axis holding the five counts.
    """
    flat = alpha.reshape(-1, N_LEVELS)
    p = np.clip(rounded_level(flat), 1e-12, 1.0)
    return np.asarray(-(p * np.log(p)).sum(axis=-1), dtype=float).reshape(alpha.shape[:-1])


@dataclass(frozen=True)
class Values:
    """Per (cell, weight) row: what an answer is expected to bring."""

    info: FloatArray  # expected information gain about the rounded level, nats
    var_cut: FloatArray  # expected share of the variance removed, 0-1
    risk_move: FloatArray  # expected |change| of P(below the deal breaker); 0 without one
    kg: FloatArray  # knowledge gradient: expected gain of the best offer's value
    p_switch: FloatArray  # chance the answer changes which offer leads


def offer_value(
    alpha: FloatArray, line: FloatArray, passing: FloatArray, rest: FloatArray, share: FloatArray
) -> FloatArray:
    """E[fit; every deal breaker holds] per row, as a function of one dimension's counts.

    With the dimensions independent a posteriori the value splits into this dimension's part,
    passing * share * E[mu; mu >= line], and the rest of the offer's value times P(mu >= line);
    `passing` is the chance the other deal breakers hold and `rest` the other dimensions'
    share of the value (Assessment.value_terms). Without a line (NaN), E[mu] and 1.
    """
    mean, _ = dirichlet_level_moments(alpha)
    kept, holds = mean.copy(), np.ones(mean.shape)
    ruled = np.isfinite(line)
    if ruled.any():
        kept[ruled] = mean_above(alpha[ruled], line[ruled])
        holds[ruled] = 1.0 - cdf(alpha[ruled], line[ruled])
    return np.asarray(passing * share * kept + rest * holds, dtype=float)


def preposterior(
    alpha: FloatArray,
    weight: FloatArray,
    threshold: FloatArray | None = None,
    fit: FloatArray | None = None,
    share: FloatArray | None = None,
    rival: FloatArray | None = None,
    passing: FloatArray | None = None,
    rest: FloatArray | None = None,
) -> Values:
    """Values of one answer of `weight` on each row of `alpha` (rows, 5).

    `threshold` is the deal-breaker line per row (NaN for none); `fit` the opportunity's fit,
    `share` the dimension's share of the fit weights and `rival` the best other offer's value
    (NaN when there is no other live offer).

    With `passing` and `rest` (Assessment.value_terms), an offer is worth
    E[fit; every deal breaker holds] (an offer you would turn down is worth nothing), so KG and
    the chance of a new leader count an answer that could show a deal breaker failing, or
    holding; `rival` is then in those terms. Without them an offer is worth its fit.

    KG is the expected value of the answer's information: E[max(V', rival)] -
    max(E[V'], rival) over the answer's outcomes. It is zero when no outcome changes which
    offer leads, and equals the textbook E[max(V', rival)] - max(V, rival) where the update
    is exact Bayes (then E[V'] = V, the martingale property).
    """
    n = alpha.shape[0]
    total = alpha.sum(axis=1)
    p = alpha / total[:, None]
    after = alpha[:, None, :] + weight[:, None, None] * RATING_KERNEL[None, :, :]
    _, var = dirichlet_level_moments(alpha)
    _, var_after = dirichlet_level_moments(after)
    # Mutual information between the answer and the level: H(level) - E[H(level | answer)].
    # One call for the counts now and after each answer (fewer small array operations).
    entropy = level_entropy(np.concatenate([alpha[:, None, :], after], axis=1))
    info = np.maximum(entropy[:, 0] - (p * entropy[:, 1:]).sum(axis=1), 0.0)
    ratio = var_after / np.maximum(var, 1e-12)[:, None]
    var_cut = np.clip(1.0 - (p * ratio).sum(axis=1), 0.0, 1.0)

    risk_move = np.zeros(n)
    if threshold is not None:
        ruled = np.isfinite(threshold)
        if ruled.any():
            t = threshold[ruled]
            now = risk_below(alpha[ruled], t)
            later = risk_below(after[ruled].reshape(-1, N_LEVELS), np.repeat(t, N_LEVELS))
            later = later.reshape(-1, N_LEVELS)
            risk_move[ruled] = (p[ruled] * np.abs(later - now[:, None])).sum(axis=1)

    kg = np.zeros(n)
    p_switch = np.zeros(n)
    if fit is not None and share is not None and rival is not None:
        live = np.flatnonzero(np.isfinite(rival))
        if live.size:
            m = live.size
            r, sh = rival[live], share[live]
            a_after = after[live].reshape(-1, N_LEVELS)
            if passing is not None and rest is not None and threshold is not None:
                keep, others = passing[live], rest[live]
                line = threshold[live]
            else:
                # Worth its fit: the rest of the fit plus this dimension's share of its mean.
                mean_now, _ = dirichlet_level_moments(alpha[live])
                keep, others = np.ones(m), fit[live] - sh * mean_now
                line = np.full(m, np.nan)
            v_after = offer_value(
                a_after,
                np.repeat(line, N_LEVELS),
                np.repeat(keep, N_LEVELS),
                np.repeat(others, N_LEVELS),
                np.repeat(sh, N_LEVELS),
            ).reshape(m, N_LEVELS)
            pl = p[live]
            expected = (pl * v_after).sum(axis=1)
            # E[max(V', r)] - max(E[V'], r), written so that it is exactly 0 when every
            # outcome falls on the same side of the rival: E[(r - V')+] when the offer leads
            # on expectation, E[(V' - r)+] when the rival does.
            gap = v_after - r[:, None]
            leads = expected >= r
            short = np.where(leads[:, None], np.maximum(-gap, 0.0), np.maximum(gap, 0.0))
            kg[live] = (pl * short).sum(axis=1)
            flips = (v_after > r[:, None]) != (expected > r)[:, None]
            p_switch[live] = (pl * flips).sum(axis=1)
    return Values(info, var_cut, risk_move, kg, p_switch)


def gaussian_kg(
    alpha: FloatArray,
    weight: FloatArray,
    fit: FloatArray,
    share: FloatArray,
    rival: FloatArray,
    answers: int,
) -> tuple[FloatArray, FloatArray]:
    """Knowledge gradient and chance of a new leader after `answers` answers (normal approx.).

    The posterior mean after n answers of weight w is a Pólya-urn martingale whose change has
    variance n s² w² / ((A + w)(A + n w)), with A = sum(alpha) and s² the predictive variance
    of one answer's level; the fit moves by `share` times that. For a normal change of sd σ and
    a rival `gap` away, KG = σ φ(gap/σ) − gap Φ(−gap/σ) (Frazier, Powell & Dayanik 2008) and the
    leader changes with chance Φ(−gap/σ).
    """
    from scipy.special import ndtr

    total = alpha.sum(axis=1)
    mean, _ = dirichlet_level_moments(alpha)
    spread = (alpha * (np.arange(1.0, 6.0)[None, :] - mean[:, None]) ** 2).sum(axis=1) / total
    var = answers * spread * weight**2 / ((total + weight) * (total + answers * weight))
    sd = np.maximum(share * np.sqrt(var), 1e-12)
    z = np.abs(fit - rival) / sd
    density = np.exp(-0.5 * z * z) / np.sqrt(2 * np.pi)
    tail = ndtr(-z)
    return np.maximum(sd * (density - z * tail), 0.0), np.asarray(tail, dtype=float)
