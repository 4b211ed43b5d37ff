"""The exact distribution of a cell's mean level under its Dirichlet counts.

The mean level is mu = sum_k k theta_k with theta ~ Dirichlet(alpha). With independent
G_k ~ Gamma(alpha_k), mu < t exactly when X_t = sum_k (k - t) G_k < 0, and X_t has the
closed-form characteristic function prod_k (1 - i (k - t) u)^(-alpha_k). The Gil-Pelaez
inversion turns that into one-dimensional integrals for the CDF and the density of mu
(docs/method.md, section 3), evaluated here for many rows at once. On top of them: exact
quantiles (safeguarded Newton), the chance of each rounded level, and E[mu; mu >= t].
"""

from __future__ import annotations

import numpy as np

from askback.domain.stats import LEVELS, FloatArray, beta_params, beta_quantile

# Log-spaced nodes u = exp(s) / sd(X_t), s from _S_LOW to a top that grows as the counts get
# fewer (phi then decays slowly); the power-law tail beyond it is added in closed form. The
# integrand is smooth in s, so a trapezoid sum over _NODES nodes holds the CDF to about 1e-4.
_NODES = 24
_NODES_MANY = 16  # enough where the counts total _MANY or more (phi is then nearly Gaussian)
_MANY = 8.0
_S_LOW = -4.0
_NODES_FAR = 64  # for rows more than _Z_NEAR sd into a tail
_SMALL = 200  # calls with fewer rows take one grid for all
_Z_NEAR = 2.5
_FRACS = {n: np.linspace(0.0, 1.0, n) for n in (_NODES, _NODES_MANY, _NODES_FAR)}
_Z_CERTAIN = 7.0  # beyond this many sd of X_t the CDF is 0 or 1 to well within 1e-4
EXACT_BELOW = 20.0  # total counts below which the moment-matched Beta can miss by > 0.05
_MAX_NEWTON = 40  # bisection alone pins any quantile to 4 / 2**40 within these
_X_TOL = 2e-3  # a bracket this narrow pins the quantile
_P_TOL = 2e-3  # a point whose CDF is this close to q is one Newton step from the quantile
_P_TOL_MANY = 0.02  # ... and with _MANY counts or more, where the CDF is smooth, this close


def cdf_pdf(
    alpha: FloatArray, t: FloatArray, density: bool = True
) -> tuple[FloatArray, FloatArray]:
    """P(mu < t) and the density of mu at t, per row of counts (rows, 5) and t (rows,)."""
    alpha = np.atleast_2d(alpha)
    t = np.broadcast_to(np.asarray(t, dtype=float), alpha.shape[:1])
    c = LEVELS[None, :] - t[:, None]
    mu = (c * alpha).sum(axis=1)
    sd = np.sqrt((c * c * alpha).sum(axis=1))
    z = np.abs(mu) / np.maximum(sd, 1e-12)
    cdf = np.where(mu > 0, 0.0, 1.0)
    pdf = np.zeros(t.shape)
    many = alpha.sum(axis=1) >= _MANY
    groups = [
        (np.flatnonzero(many & (z < _Z_NEAR)), _NODES_MANY),
        (np.flatnonzero(~many & (z < _Z_NEAR)), _NODES),
        # Far in a tail phi oscillates faster: more nodes there.
        (np.flatnonzero((z >= _Z_NEAR) & (z < _Z_CERTAIN)), _NODES_FAR),
    ]
    if t.size < _SMALL:
        # For a few rows one pass on the finest grid any of them needs costs less.
        needed = [nodes for rows, nodes in groups if rows.size]
        groups = [(np.flatnonzero(z < _Z_CERTAIN), max(needed, default=_NODES))]
    for rows, nodes in groups:
        if rows.size:
            cdf[rows], pdf[rows] = _integrals(
                c[rows], alpha[rows], sd[rows], mu[rows], nodes, density
            )
    return cdf, pdf


def _integrals(
    c: FloatArray, alpha: FloatArray, sd: FloatArray, mu: FloatArray, nodes: int, density: bool
) -> tuple[FloatArray, FloatArray]:
    """The Gil-Pelaez integrals for the CDF and density, on `nodes` nodes per row."""
    top = np.minimum(2.5 + 10.0 / alpha.sum(axis=1), 12.0)
    step = (top - _S_LOW) / (nodes - 1)
    frac = _FRACS[nodes]
    u = np.exp(_S_LOW + (top - _S_LOW)[:, None] * frac[None, :]) / sd[:, None]
    cu = c[:, :, None] * u[:, None, :]
    one = 1.0 + cu * cu
    weights = alpha[:, None, :]  # (rows, 1, 5): sums over the levels as batched products
    modulus = np.exp(-0.5 * np.matmul(weights, np.log(one))[:, 0, :])
    phase = np.matmul(weights, np.arctan(cu))[:, 0, :]
    sin = np.sin(phase)
    # Above the grid phi decays like a power of u: its rate, read off the last two nodes.
    rate = np.log(modulus[:, -2] / np.maximum(modulus[:, -1], 1e-300)) / step
    fade = np.where(rate > 0.05, 1.0 / np.maximum(rate, 0.05), 0.0) - 0.5 * step
    # CDF: 1/2 - (1/pi) int Im(phi)/u du with du/u = ds; below the grid Im(phi)/u -> E[X].
    f = modulus * sin
    body = (f.sum(axis=1) - 0.5 * f[:, 0]) * step + f[:, -1] * fade
    cdf = np.clip(0.5 - (body + mu * u[:, 0]) / np.pi, 0.0, 1.0)
    if not density:
        return cdf, np.zeros(cdf.shape)
    # (1/pi) int Re(phi * sum_k alpha_k / (1 - i c_k u)) du, with du = u ds.
    inv = 1.0 / one
    a_part = np.matmul(weights, inv)[:, 0, :]
    b_part = np.matmul(weights, cu * inv)[:, 0, :]
    g = modulus * (np.cos(phase) * a_part - sin * b_part) * u
    dens = (g.sum(axis=1) - 0.5 * g[:, 0]) * step + g[:, -1] * fade + alpha.sum(axis=1) * u[:, 0]
    return cdf, np.maximum(dens / np.pi, 0.0)


def cdf(alpha: FloatArray, t: FloatArray) -> FloatArray:
    """P(mu < t) per row."""
    return cdf_pdf(alpha, t, density=False)[0]


def quantiles(
    alpha: FloatArray, qs: tuple[float, ...], mean: FloatArray, var: FloatArray
) -> list[FloatArray]:
    """The qs-quantiles of mu per row: exact where the counts are few, the matched Beta elsewhere.

    `mean` and `var` are mu's moments (stats.dirichlet_level_moments); the Beta quantile they
    give is the starting point of Newton's method on the exact CDF and density, kept inside a
    bracket. With _MANY counts or more the Beta is within 0.15 and one Newton step lands within
    0.01; below that the iteration runs to convergence.
    """
    a, b = beta_params(mean, var)
    out = [beta_quantile(a, b, q) for q in qs]
    total = alpha.sum(axis=1)
    for rows in (
        np.flatnonzero(total < _MANY),
        np.flatnonzero((total >= _MANY) & (total < EXACT_BELOW)),
    ):
        if rows.size == 0:
            continue
        target = np.repeat(np.asarray(qs, dtype=float), rows.size)
        start = np.concatenate([x[rows] for x in out])
        found = _newton(np.tile(alpha[rows], (len(qs), 1)), target, start)
        for i, x in enumerate(out):
            x[rows] = found[i * rows.size : (i + 1) * rows.size]
    return out


def _newton(alpha: FloatArray, q: FloatArray, start: FloatArray) -> FloatArray:
    """Safeguarded Newton for P(mu < x) = q per row, from `start`."""
    cur = np.clip(start, 1.0 + 1e-6, 5.0 - 1e-6)
    lo, hi = np.full(cur.size, 1.0), np.full(cur.size, 5.0)
    tol = np.where(alpha.sum(axis=1) >= _MANY, _P_TOL_MANY, _P_TOL)
    active = np.arange(cur.size)
    for _ in range(_MAX_NEWTON):
        here = cur[active]
        f, dens = cdf_pdf(alpha[active], here)
        err = f - q[active]
        below = err < 0
        lo[active] = np.where(below, here, lo[active])
        hi[active] = np.where(below, hi[active], here)
        nxt = here - err / np.maximum(dens, 1e-12)
        inside = (nxt > lo[active]) & (nxt < hi[active]) & (dens > 1e-9)
        cur[active] = np.where(inside, nxt, 0.5 * (lo[active] + hi[active]))
        # Close enough in probability (the step just taken only sharpens it), or pinned
        # between two close points.
        done = (inside & (np.abs(err) < tol[active])) | (hi[active] - lo[active] < _X_TOL)
        active = active[~done]
        if active.size == 0:
            break
    return cur


def rounded_level(alpha: FloatArray) -> FloatArray:
    """P(mu rounds to 1, 2, 3, 4, 5) per row of counts: (rows, 5)."""
    alpha = np.atleast_2d(alpha)
    n = alpha.shape[0]
    cuts = np.array([1.5, 2.5, 3.5, 4.5])
    below = cdf(np.repeat(alpha, 4, axis=0), np.tile(cuts, n)).reshape(n, 4)
    # Numerical noise must not make the CDF decrease between cuts.
    below = np.maximum.accumulate(below, axis=1)
    edges = np.concatenate([np.zeros((n, 1)), below, np.ones((n, 1))], axis=1)
    return np.asarray(np.diff(edges, axis=1), dtype=float)


def mean_above(alpha: FloatArray, t: FloatArray) -> FloatArray:
    """E[mu; mu >= t] per row: the mean level counted only where it passes the line t.

    Size-biasing: E[theta_k f(theta)] = (alpha_k / A) E_{alpha + e_k}[f(theta)] for a
    Dirichlet(alpha) with A = sum(alpha), so E[mu 1{mu >= t}] = sum_k k (alpha_k / A)
    P_{alpha + e_k}(mu >= t), five exact CDFs.
    """
    alpha = np.atleast_2d(alpha)
    n = alpha.shape[0]
    shifted = (alpha[:, None, :] + np.eye(5)[None, :, :]).reshape(-1, 5)
    t = np.broadcast_to(np.asarray(t, dtype=float), (n,))
    above = 1.0 - cdf(shifted, np.repeat(t, 5)).reshape(n, 5)
    share = alpha / alpha.sum(axis=1, keepdims=True)
    return np.asarray((share * LEVELS[None, :] * above).sum(axis=1), dtype=float)
