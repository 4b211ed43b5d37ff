"""What one more answer is worth, before it is given (preposterior analysis, closed form).

For a cell with counts alpha and an answer of weight w, the answer lands on level k with the
posterior predictive chance alpha_k / sum(alpha); each of the five outcomes gives new counts
alpha + w e_k. Averaging over the outcomes gives the expected information gain about the
company's level, the expected movement of a deal-breaker risk and the knowledge gradient
across live offers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from askback.domain.posterior import N_LEVELS, risk_below
from askback.domain.stats import FloatArray, beta_cdf, beta_params, dirichlet_level_moments

_EYE = np.eye(N_LEVELS)
_CUTS = np.array([1.5, 2.5, 3.5, 4.5])  # the mean level rounds to 1, 2, 3, 4 or 5


def level_entropy(alpha: FloatArray) -> FloatArray:
    """Entropy (nats) of the company's rounded level under the posterior, per row of counts."""
    mean, var = dirichlet_level_moments(alpha)
    a, b = beta_params(mean, var)
    below = beta_cdf(a[..., None], b[..., None], _CUTS)
    edges = np.concatenate(
        [np.zeros_like(below[..., :1]), below, np.ones_like(below[..., :1])], axis=-1
    )
    p = np.clip(np.diff(edges, axis=-1), 1e-12, 1.0)
    return np.asarray(-(p * np.log(p)).sum(axis=-1), dtype=float)


@dataclass(frozen=True)
class Values:
    """Per (cell, weight) row: what an answer is expected to bring."""

    info: FloatArray  # expected information gain about the rounded level, nats
    var_cut: FloatArray  # expected share of the variance removed, 0-1
    risk_move: FloatArray  # expected |change| of P(below the deal breaker); 0 without one
    kg: FloatArray  # knowledge gradient: expected gain of the best offer's fit
    p_switch: FloatArray  # chance the answer changes which offer leads


def preposterior(
    alpha: FloatArray,
    weight: FloatArray,
    threshold: FloatArray | None = None,
    fit: FloatArray | None = None,
    share: FloatArray | None = None,
    rival: FloatArray | None = None,
    passing: FloatArray | None = None,
) -> Values:
    """Values of one answer of `weight` on each row of `alpha` (rows, 5).

    `threshold` is the deal-breaker line per row (NaN for none); `fit` the opportunity's fit,
    `share` the dimension's share of the fit weights and `rival` the best other offer's fit
    (NaN when there is no other live offer).

    With `passing` (per row: the chance the offer passes its deal breakers on other
    dimensions), an offer is worth its fit times the chance it passes every deal breaker (an
    offer you would turn down is worth nothing), so KG and the chance of a new leader count an
    answer that could show a deal breaker failing, or holding; `rival` is then in those terms.
    """
    n = alpha.shape[0]
    total = alpha.sum(axis=1)
    p = alpha / total[:, None]
    after = alpha[:, None, :] + weight[:, None, None] * _EYE[None, :, :]
    mean, var = dirichlet_level_moments(alpha)
    mean_after, var_after = dirichlet_level_moments(after)
    # Mutual information between the answer and the level: H(level) - E[H(level | answer)].
    info = np.maximum(level_entropy(alpha) - (p * level_entropy(after)).sum(axis=1), 0.0)
    ratio = var_after / np.maximum(var, 1e-12)[:, None]
    var_cut = np.clip(1.0 - (p * ratio).sum(axis=1), 0.0, 1.0)

    risk_move = np.zeros(n)
    risk_now, risk_after = np.zeros(n), np.zeros((n, N_LEVELS))
    if threshold is not None:
        ruled = np.isfinite(threshold)
        if ruled.any():
            t = threshold[ruled]
            now = risk_below(alpha[ruled], t)
            later = risk_below(after[ruled].reshape(-1, N_LEVELS), np.repeat(t, N_LEVELS))
            later = later.reshape(-1, N_LEVELS)
            risk_move[ruled] = (p[ruled] * np.abs(later - now[:, None])).sum(axis=1)
            risk_now[ruled], risk_after[ruled] = now, later

    kg = np.zeros(n)
    p_switch = np.zeros(n)
    if fit is not None and share is not None and rival is not None:
        live = np.isfinite(rival)
        if live.any():
            f, r = fit[live], rival[live]
            f_after = f[:, None] + share[live][:, None] * (mean_after[live] - mean[live][:, None])
            if passing is not None:
                keep = passing[live]
                f = f * keep * (1.0 - risk_now[live])
                f_after = f_after * keep[:, None] * (1.0 - risk_after[live])
            best_now = np.maximum(f, r)
            best_after = np.maximum(f_after, r[:, None])
            kg[live] = np.maximum((p[live] * best_after).sum(axis=1) - best_now, 0.0)
            flips = (f_after > r[:, None]) != (f > r)[:, None]
            p_switch[live] = (p[live] * flips).sum(axis=1)
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
