"""The vectorised core: weighted Dirichlet counts per (opportunity, dimension) cell, summarised.

Every item adds its effective weight to one of five level counts. The weight is how well its
source speaks to the dimension (sources.py), times the answers it counts as (three for a red flag),
discounted by a design effect for a source that repeats itself; the discount caps what any one
source can add. The answer analyzer's concreteness score never enters: it is a suggestion shown
to the user. docs/method.md derives each step and cites where it comes from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from askback.bank.schema import Dimension
from askback.domain.conflicts import check_sources, mean_variance
from askback.domain.levels import quantiles
from askback.domain.model import EvidenceItem
from askback.domain.sources import source_weight
from askback.domain.stats import (
    LEVELS,
    FloatArray,
    beta_params,
    beta_quantile,
    dirichlet_level_moments,
)

IntArray = NDArray[np.intp]
BoolArray = NDArray[np.bool_]

N_LEVELS = 5
PRIOR_STRENGTH = 0.6  # total pseudo-count of the default prior, spread evenly over the levels
# A rating is observed with noise: a rating of 2, 3 or 4 counts RATING_SPREAD toward each
# neighbouring level (mean-preserving); a 1 or a 5 (and a red flag) counts on its own level.
RATING_SPREAD = 0.25
RED_FLAG_WEIGHT = 3.0  # a red flag counts as three answers at level 1, inside the source's cap
SAME_PERSON_CORRELATION = 0.5  # intra-person correlation in Kish's design effect
INTERVAL = 0.8  # the credible interval reported: 10 % to 90 %
_Z_CERTAIN = 6.0  # beyond this many sd the risk is 0 or 1 to within 1e-4
_GRID = np.linspace(-10.0, 10.0, 201)  # log-scale nodes for the Gil-Pelaez integral
_STEP = float(_GRID[1] - _GRID[0])
_EXP_GRID = np.exp(_GRID)


def item_weight(
    item: EvidenceItem, overrides: Mapping[str, Mapping[Dimension, float]] | None = None
) -> float:
    """An item's weight per answer it counts as: its source's weight on the dimension."""
    return source_weight(item.source, item.dimension, overrides)


def item_units(item: EvidenceItem) -> float:
    """How many answers an item counts as: RED_FLAG_WEIGHT for a red flag, else one."""
    return RED_FLAG_WEIGHT if item.red_flag else 1.0


def source_key(item: EvidenceItem, opp: int, position: int) -> str:
    """The independence key: the person, else the interview (one unnamed source per interview)."""
    if item.person is not None:
        return item.person
    if item.interview is not None:
        return f"\0{opp}:interview:{item.interview}"
    return f"\0{opp}:{position}"  # neither person nor interview: a source of its own


def rating_kernel(spread: float = RATING_SPREAD) -> FloatArray:
    """Row k: how one rating of level k + 1 is shared out over the five level counts."""
    kernel = np.eye(N_LEVELS)
    for k in range(1, N_LEVELS - 1):
        kernel[k, k - 1 : k + 2] = (spread, 1.0 - 2.0 * spread, spread)
    return kernel


RATING_KERNEL = rating_kernel()


def default_prior(n_cells: int) -> FloatArray:
    return np.full((n_cells, N_LEVELS), PRIOR_STRENGTH / N_LEVELS)


@dataclass(frozen=True)
class Encoded:
    """Items as flat arrays; `index[i]` is the position of encoded item i in its opportunity."""

    n_opps: int
    n_dims: int
    cell: IntArray
    level: IntArray  # 0-based: 0 is level 1
    weight: FloatArray  # per answer counted: the source weight
    person: IntArray
    answer: BoolArray
    opp: IntArray
    index: IntArray
    units: FloatArray | None = None  # answers each item counts as; None: one each

    def unit_counts(self) -> FloatArray:
        return np.ones(self.weight.size) if self.units is None else self.units

    @property
    def n_cells(self) -> int:
        return self.n_opps * self.n_dims


def encode(
    groups: Sequence[Sequence[EvidenceItem]],
    dims: Sequence[Dimension],
    overrides: Mapping[str, Mapping[Dimension, float]] | None = None,
) -> Encoded:
    """Flatten the items of each opportunity into arrays; unrated items are left out."""
    dim_index = {d: i for i, d in enumerate(dims)}
    persons: dict[str, int] = {}
    rows: list[tuple[int, int, float, int, bool, int, int, float]] = []
    for o, items in enumerate(groups):
        for i, item in enumerate(items):
            level = item.level
            if level is None or item.dimension not in dim_index:
                continue
            code = persons.setdefault(source_key(item, o, i), len(persons))
            cell = o * len(dims) + dim_index[item.dimension]
            answer = item.kind == "answer"
            weight = item_weight(item, overrides)
            rows.append((cell, level - 1, weight, code, answer, o, i, item_units(item)))
    cols: list[tuple[object, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 8
    return Encoded(
        n_opps=len(groups),
        n_dims=len(dims),
        cell=np.asarray(cols[0], dtype=np.intp),
        level=np.asarray(cols[1], dtype=np.intp),
        weight=np.asarray(cols[2], dtype=float),
        person=np.asarray(cols[3], dtype=np.intp),
        answer=np.asarray(cols[4], dtype=bool),
        opp=np.asarray(cols[5], dtype=np.intp),
        index=np.asarray(cols[6], dtype=np.intp),
        units=np.asarray(cols[7], dtype=float),
    )


@dataclass(frozen=True)
class Posterior:
    """Per cell: Dirichlet counts, mean level, its variance and 80 % interval, conflict gap."""

    alpha: FloatArray  # (cells, 5)
    mean: FloatArray
    var: FloatArray
    low: FloatArray
    high: FloatArray
    evidence: FloatArray  # effective weight of interview answers (signals excluded)
    n_sources: IntArray  # independent sources (people, signal kinds) per cell
    conflict_gap: FloatArray  # max - min of per-source mean levels; 0 without two sources
    conflict_p: FloatArray  # the conflict test's p-value (conflicts.py); 1 without two sources
    conflict: BoolArray  # sources differ beyond their noise and number (conflicts.py)
    answer_sources: IntArray  # independent sources with at least one interview answer
    effective: FloatArray  # per encoded item: weight after the independence discount
    source_mean: FloatArray  # per encoded item: the mean level of its source on that cell


def posterior(enc: Encoded, prior: FloatArray | None = None) -> Posterior:
    """Closed-form posterior counts and summaries for every cell at once."""
    n_cells = enc.n_cells
    alpha = default_prior(n_cells) if prior is None else prior.copy()
    n_people = int(enc.person.max()) + 1 if enc.person.size else 1
    # Kish's design effect: n answers of one person on one cell count n / (1 + (n - 1) rho),
    # never more than 1 / rho answers. A red flag's units count toward n, so it sits inside
    # the same cap rather than on top of it.
    key = enc.cell * n_people + enc.person
    groups, group_of = np.unique(key, return_inverse=True)
    units = enc.unit_counts()
    group_units = np.bincount(group_of, units, minlength=groups.size)
    deff = 1.0 + (group_units[group_of] - 1) * SAME_PERSON_CORRELATION
    effective = enc.weight * units / deff
    shared = effective[:, None] * RATING_KERNEL[enc.level]
    for k in range(N_LEVELS):
        alpha[:, k] += np.bincount(enc.cell, shared[:, k], minlength=n_cells)
    mean, var = dirichlet_level_moments(alpha)
    tail = (1.0 - INTERVAL) / 2
    low, high = quantiles(alpha, (tail, 1.0 - tail), mean, var)
    evidence = np.bincount(enc.cell, effective * enc.answer, minlength=n_cells).astype(float)

    group_w = np.bincount(group_of, effective, minlength=groups.size)
    group_lw = np.bincount(group_of, effective * (enc.level + 1), minlength=groups.size)
    group_mean = group_lw / np.maximum(group_w, 1e-12)
    group_cell = groups // n_people
    n_sources = np.bincount(group_cell, minlength=n_cells).astype(np.intp)
    heard = np.bincount(group_of, enc.answer, minlength=groups.size) > 0
    answer_sources = np.bincount(group_cell, heard, minlength=n_cells).astype(np.intp)
    group_var = mean_variance(group_of, groups.size, enc.weight, units)
    test = check_sources(group_cell, group_mean, group_var, group_w.astype(float), n_cells)
    return Posterior(
        alpha=alpha,
        mean=mean,
        var=var,
        low=low,
        high=high,
        evidence=evidence,
        n_sources=n_sources,
        conflict_gap=test.gap,
        conflict_p=test.p_value,
        conflict=test.conflict,
        answer_sources=answer_sources,
        effective=effective,
        source_mean=group_mean[group_of],
    )


def risk_below(alpha: FloatArray, threshold: FloatArray) -> FloatArray:
    """P(mean level < threshold) per row of Dirichlet counts, by Gil-Pelaez inversion.

    With theta = G / sum(G) for independent G_k ~ Gamma(alpha_k), the event is
    sum_k (k - t) G_k < 0, whose characteristic function is a product in closed form.
    """
    alpha = np.atleast_2d(alpha)
    c = LEVELS[None, :] - np.asarray(threshold, dtype=float).reshape(-1, 1)
    mu = (c * alpha).sum(axis=1)
    sd = np.sqrt((c * c * alpha).sum(axis=1))
    z = mu / np.maximum(sd, 1e-12)
    out = np.where(z > 0, 0.0, 1.0)
    todo = np.abs(z) < _Z_CERTAIN
    if todo.any():
        ct, at = c[todo], alpha[todo]
        # Nodes scaled per row by the sd, so one fixed grid fits every row.
        u = _EXP_GRID[None, :] / sd[todo][:, None]
        cu = ct[:, :, None] * u[:, None, :]
        modulus = np.exp(-0.5 * (at[:, :, None] * np.log1p(cu * cu)).sum(axis=1))
        phase = (at[:, :, None] * np.arctan(cu)).sum(axis=1)
        integral = (modulus * np.sin(phase)).sum(axis=1) * _STEP
        out[todo] = np.clip(0.5 - integral / np.pi, 0.0, 1.0)
    return out


def fit_moments(
    mean: FloatArray, var: FloatArray, weights: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Weighted fit per row of (opportunities, dims) means: mean, variance and 80 % interval."""
    total = float(weights.sum())
    share = weights / total if total > 0 else np.full(weights.shape, 1.0 / weights.size)
    fit = mean @ share
    fit_var = var @ (share * share)
    a, b = beta_params(fit, fit_var)
    tail = (1.0 - INTERVAL) / 2
    return fit, fit_var, beta_quantile(a, b, tail), beta_quantile(a, b, 1.0 - tail)
