"""Do independent sources disagree beyond what their noise and their number explain?

Each source (a person, an unnamed interview, one kind of signal) has a weighted mean level on a
cell. Under the rating model an answer of source weight w is the true level plus noise of
variance ANSWER_SD**2 / w, plus rounding to a whole level. The test is a leave-one-out posterior
predictive check: each source's mean is compared with what the other sources predict for it, and
the smallest two-sided tail chance is multiplied by the number of sources (Bonferroni), so more
sources do not mean more false alarms. docs/method.md section 4 derives it; `make eval` measures
its false-alarm rate among honest sources and its power (benchmarks/eval_conflicts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from askback.domain.stats import FloatArray

# The rating model of docs/method.md section 9: an answer of source weight w is the level plus
# noise of sd ANSWER_SD / sqrt(w), plus a leniency of sd LENIENCY_SD that all of one person's
# answers share (so repeating oneself never narrows it), then rounded to a whole level.
ANSWER_SD = 0.7
LENIENCY_SD = 0.35
ROUNDING_VAR = 1.0 / 12.0  # rounding to whole levels adds the variance of a uniform of width 1
CONFLICT_ALPHA = 0.05  # family-wise false-alarm rate the test allows among honest sources
CONFLICT_MIN_GAP = 1.0  # sources less than a level apart are not worth a warning, however sure
CONFLICT_MIN_WEIGHT = 0.25  # sources weaker than this take no part in the test


@dataclass(frozen=True)
class SourceTest:
    """Per cell: the gap between the extreme source means and the test's p-value."""

    gap: FloatArray  # max - min of the means of sources strong enough to count; 0 without two
    p_value: FloatArray  # Bonferroni-adjusted; 1 where fewer than two sources count
    conflict: np.ndarray  # bool: gap >= CONFLICT_MIN_GAP and p_value <= CONFLICT_ALPHA


def mean_variance(
    group_of: np.ndarray, n_groups: int, base_weight: FloatArray, units: FloatArray
) -> FloatArray:
    """The sampling variance of each source's weighted mean under the rating model.

    An item counts with weight a = w * units; its own noise is that of one answer of weight w
    (a red flag is one observation however much it counts). The shared leniency is added once.
    """
    a = base_weight * units
    noise = ANSWER_SD**2 / np.maximum(base_weight, 1e-9) + ROUNDING_VAR
    total = np.bincount(group_of, a, minlength=n_groups)
    spread = np.bincount(group_of, a * a * noise, minlength=n_groups)
    return np.asarray(LENIENCY_SD**2 + spread / np.maximum(total * total, 1e-18), dtype=float)


def check_sources(
    group_cell: np.ndarray,
    group_mean: FloatArray,
    group_var: FloatArray,
    group_weight: FloatArray,
    n_cells: int,
) -> SourceTest:
    """The leave-one-out predictive check on every cell at once (arrays are per source)."""
    strong = group_weight >= CONFLICT_MIN_WEIGHT
    cell, mean, var = group_cell[strong], group_mean[strong], group_var[strong]
    k = np.bincount(cell, minlength=n_cells)
    top = np.full(n_cells, -np.inf)
    bottom = np.full(n_cells, np.inf)
    np.maximum.at(top, cell, mean)
    np.minimum.at(bottom, cell, mean)
    gap = np.where(k >= 2, top - bottom, 0.0)
    # The other sources' inverse-variance pooled mean predicts this one's, with both variances.
    precision = 1.0 / np.maximum(var, 1e-12)
    cell_precision = np.bincount(cell, precision, minlength=n_cells)
    cell_score = np.bincount(cell, precision * mean, minlength=n_cells)
    rest_precision = cell_precision[cell] - precision
    ok = rest_precision > 1e-12
    rest_mean = (cell_score[cell] - precision * mean) / np.where(ok, rest_precision, 1.0)
    spread = np.sqrt(var + 1.0 / np.where(ok, rest_precision, 1.0))
    z = np.where(ok, np.abs(mean - rest_mean) / spread, 0.0)
    from scipy import special  # a third of a second to import: only where it is used

    tail = special.erfc(z / np.sqrt(2.0))  # two-sided P(|Z| >= z)
    smallest = np.ones(n_cells)
    np.minimum.at(smallest, cell, tail)
    p_value = np.where(k >= 2, np.minimum(smallest * k, 1.0), 1.0)
    conflict = (gap >= CONFLICT_MIN_GAP) & (p_value <= CONFLICT_ALPHA)
    return SourceTest(gap=gap, p_value=p_value, conflict=conflict)
