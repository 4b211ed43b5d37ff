"""Closed-form helpers: moments of a Dirichlet's mean level and their scaled-Beta approximation."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

LEVELS = np.arange(1.0, 6.0)  # the five rating levels, 1 red flag ... 5 exemplary
LOW, HIGH = 1.0, 5.0
# Keeps the moment-matched Beta proper when a cell is (nearly) certain.
_MIN_VAR = 1e-9


def dirichlet_level_moments(alpha: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Mean and variance of the mean level sum_k k*theta_k under Dirichlet(alpha) (last axis)."""
    total = alpha.sum(axis=-1)
    mean = (alpha @ LEVELS) / total
    second = (alpha @ (LEVELS * LEVELS)) / total
    var = np.maximum(second - mean * mean, 0.0) / (total + 1.0)
    return mean, var


def beta_params(
    mean: FloatArray,
    var: FloatArray,
    low: FloatArray | float = LOW,
    high: FloatArray | float = HIGH,
) -> tuple[FloatArray, FloatArray]:
    """The Beta(a, b) on [low, high] with the given mean and variance (moment matching)."""
    span = np.asarray(high, dtype=float) - np.asarray(low, dtype=float)
    m = np.clip((mean - low) / span, 1e-6, 1 - 1e-6)
    v = np.maximum(var / (span * span), _MIN_VAR)
    # A Beta's variance is below m(1-m); clip so that a and b stay positive.
    v = np.minimum(v, m * (1 - m) * 0.999)
    k = m * (1 - m) / v - 1.0
    return m * k, (1 - m) * k


def beta_quantile(
    a: FloatArray,
    b: FloatArray,
    q: float,
    low: FloatArray | float = LOW,
    high: FloatArray | float = HIGH,
) -> FloatArray:
    """The q-quantile of the scaled Beta on [low, high]."""
    from scipy import special  # a third of a second to import: only where it is used

    span = np.asarray(high, dtype=float) - np.asarray(low, dtype=float)
    return np.asarray(low + span * special.betaincinv(a, b, q), dtype=float)


def beta_cdf(
    a: FloatArray,
    b: FloatArray,
    x: FloatArray | float,
    low: FloatArray | float = LOW,
    high: FloatArray | float = HIGH,
) -> FloatArray:
    """P(X < x) for the scaled Beta on [low, high]."""
    span = np.asarray(high, dtype=float) - np.asarray(low, dtype=float)
    z = np.clip((np.asarray(x, dtype=float) - low) / span, 0.0, 1.0)
    from scipy import special

    return np.asarray(special.betainc(a, b, z), dtype=float)
