"""The published numbers: a posterior over members' ratings, rounded and bucketed (pure).

Each member counts once per dimension, however many questions they asked: their ratings are
shared out over the five levels with the domain's rating kernel and scaled to one unit, then
added to the domain's default prior. Mean and interval come from domain.levels, as in a
candidate's own assessment (docs/method.md); the hub rounds them to ROUND_MEAN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from askback.domain.levels import quantiles
from askback.domain.posterior import INTERVAL, RATING_KERNEL, default_prior
from askback.domain.stats import dirichlet_level_moments

ROUND_MEAN = 0.1
COUNT_BUCKET = 5


@dataclass(frozen=True)
class Member:
    """One member's contribution to a company and dimension."""

    ratings: tuple[int, ...]
    red_flags: int
    questions: tuple[str, ...]
    quarter: str


def bucket(n: int, width: int = COUNT_BUCKET) -> tuple[int, int]:
    """A count as a range of `width`: 0 -> (0, 0), 3 -> (1, 4), 7 -> (5, 9), 12 -> (10, 14)."""
    if n <= 0:
        return (0, 0)
    low = (n // width) * width
    return (max(low, 1), low + width - 1)


def quarter(year: int, month: int) -> str:
    """'2025-Q3' for any month of July to September 2025."""
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _floor(x: float) -> float:
    return math.floor(x / ROUND_MEAN + 1e-9) * ROUND_MEAN


def _ceil(x: float) -> float:
    return math.ceil(x / ROUND_MEAN - 1e-9) * ROUND_MEAN


def summarise(members: Sequence[Member], k: int) -> dict[str, object]:
    """The published aggregate of at least k members (the caller checks k)."""
    if len(members) < k:
        raise ValueError("an aggregate needs at least k members")
    counts = default_prior(1)[0].copy()
    for m in members:
        levels = np.zeros(5)
        for r in m.ratings:
            levels += RATING_KERNEL[r - 1]
        counts += levels / max(len(m.ratings), 1)
    alpha = counts[np.newaxis, :]
    mean, var = dirichlet_level_moments(alpha)
    tail = (1.0 - INTERVAL) / 2
    low, high = quantiles(alpha, (tail, 1.0 - tail), mean, var)
    asked: dict[str, int] = {}
    for m in members:
        for q in set(m.questions):
            asked[q] = asked.get(q, 0) + 1
    quarters = sorted(m.quarter for m in members)
    members_range = bucket(len(members))
    return {
        "mean": round(round(float(mean[0]) / ROUND_MEAN) * ROUND_MEAN, 1),
        "interval": [round(_floor(float(low[0])), 1), round(_ceil(float(high[0])), 1)],
        "interval_level": INTERVAL,
        "members": {"low": max(members_range[0], k), "high": members_range[1]},
        "red_flags": dict(
            zip(("low", "high"), bucket(sum(m.red_flags for m in members)), strict=True)
        ),
        # A question shows only when k members asked it: nothing is broken down below k.
        "questions": [
            {"id": q, "asked_by": _range(bucket(n))}
            for q, n in sorted(asked.items(), key=lambda kv: (-kv[1], kv[0]))
            if n >= k
        ],
        "period": {"from": quarters[0], "to": quarters[-1]},
    }


def _range(pair: tuple[int, int]) -> dict[str, int]:
    return {"low": pair[0], "high": pair[1]}
