"""Assessments: per dimension a posterior with interval, conflicts, deal-breaker risk and why.

The maths lives in posterior.py (vectorised over every opportunity and dimension at once); this
module turns its arrays into typed results that name the answers behind each number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from askback.bank.schema import Dimension
from askback.domain.model import DealBreaker, EvidenceItem, Profile
from askback.domain.posterior import (
    Encoded,
    Posterior,
    encode,
    fit_moments,
    posterior,
    risk_below,
)
from askback.domain.results import (
    Assessment,
    Conflict,
    DealBreakerRisk,
    DimensionAssessment,
    Fit,
    Influence,
    Verdict,
)
from askback.domain.stats import LEVELS, FloatArray

__all__ = [
    "DIMENSIONS",
    "Assessment",
    "Conflict",
    "DealBreakerRisk",
    "DimensionAssessment",
    "Fit",
    "Influence",
    "Verdict",
    "assess",
    "assess_batch",
    "assess_many",
    "threshold",
    "verdict",
]

DIMENSIONS: tuple[Dimension, ...] = tuple(Dimension)
# Before a deal breaker is called clear, at risk or likely, the interviews must hold at least one
# full answer's worth of weight from at least two independent sources: one person is an anecdote
# (docs/method.md section 5).
MIN_EVIDENCE = 1.0
MIN_SOURCES = 2
TOP_INFLUENCES = 3


def threshold(rule: DealBreaker) -> float:
    """'At least L' means the mean level rounds to L or more."""
    return rule.at_least - 0.5


def deal_breaker_lines(profile: Profile, dims: Sequence[Dimension] = DIMENSIONS) -> FloatArray:
    """Each dimension's deal-breaker line (see threshold), NaN where there is no deal breaker."""
    return np.array([threshold(r) if (r := profile.deal_breaker(d)) else np.nan for d in dims])


def verdict(
    risk: float, evidence: float, rule: DealBreaker, *, sources: int, split: bool = False
) -> Verdict:
    """Map P(below L), the effective answers and the independent sources to a verdict.

    The evidence minimum comes first: without it the verdict is "not enough evidence",
    whatever the risk (the risk itself is still reported). `split` means sources conflict on
    either side of the line: the pooled risk then hides a disagreement, so it is never clear.
    """
    if evidence < MIN_EVIDENCE or sources < MIN_SOURCES:
        return Verdict.UNKNOWN
    if risk >= rule.confidence:
        return Verdict.LIKELY
    return Verdict.CLEAR if risk <= 1.0 - rule.confidence and not split else Verdict.AT_RISK


@dataclass(frozen=True)
class Batch:
    """Arrays for many opportunities at once (what the benchmark times)."""

    encoded: Encoded
    post: Posterior
    risk: FloatArray  # (cells,), NaN where the dimension has no deal breaker
    fit: FloatArray
    fit_var: FloatArray
    fit_low: FloatArray
    fit_high: FloatArray


def profile_weights(profile: Profile, dims: Sequence[Dimension] = DIMENSIONS) -> FloatArray:
    return np.array([profile.weight(d) for d in dims], dtype=float)


def assess_batch(
    enc: Encoded,
    weights: FloatArray,
    thresholds: FloatArray,
    prior: FloatArray | None = None,
) -> Batch:
    """Posterior, deal-breaker risk (where thresholds is finite) and fit for every cell."""
    post = posterior(enc, prior)
    cell_threshold = np.tile(thresholds, enc.n_opps)
    risk = np.full(enc.n_cells, np.nan)
    ruled = np.isfinite(cell_threshold)
    if ruled.any():
        risk[ruled] = risk_below(post.alpha[ruled], cell_threshold[ruled])
    shape = (enc.n_opps, enc.n_dims)
    fit, fit_var, fit_low, fit_high = fit_moments(
        post.mean.reshape(shape), post.var.reshape(shape), weights
    )
    return Batch(enc, post, risk, fit, fit_var, fit_low, fit_high)


def assess_many(
    groups: Sequence[tuple[str, Sequence[EvidenceItem]]], profile: Profile
) -> list[Assessment]:
    """Assess several opportunities in one vectorised pass; groups are (label, items)."""
    dims = DIMENSIONS
    enc = encode([items for _, items in groups], dims, profile.source_weights)
    thresholds = deal_breaker_lines(profile, dims)
    batch = assess_batch(enc, profile_weights(profile, dims), thresholds)
    return [_assessment(batch, o, label, items, profile) for o, (label, items) in enumerate(groups)]


def assess(items: Sequence[EvidenceItem], profile: Profile, label: str = "") -> Assessment:
    """Assess one opportunity from its evidence items."""
    return assess_many([(label, items)], profile)[0]


def _assessment(
    batch: Batch, o: int, label: str, items: Sequence[EvidenceItem], profile: Profile
) -> Assessment:
    enc, post = batch.encoded, batch.post
    mine = np.flatnonzero(enc.opp == o)
    dims = []
    for j, dimension in enumerate(DIMENSIONS):
        cell = o * enc.n_dims + j
        rows = mine[enc.cell[mine] == cell]
        alpha = post.alpha[cell]
        rule = profile.deal_breaker(dimension)
        conflict = _conflict(dimension, cell, rows, enc, post, items)
        db = None
        if rule is not None:
            risk = float(batch.risk[cell])
            sources = int(post.answer_sources[cell])
            line = threshold(rule)
            means = post.source_mean[rows]
            split = conflict is not None and bool(means.min() < line <= means.max())
            call = verdict(risk, float(post.evidence[cell]), rule, sources=sources, split=split)
            db = DealBreakerRisk(rule, risk, call, split)
        dims.append(
            DimensionAssessment(
                dimension=dimension,
                weight=profile.weight(dimension),
                alpha=tuple(float(x) for x in alpha),
                mean=float(post.mean[cell]),
                sd=float(np.sqrt(post.var[cell])),
                low=float(post.low[cell]),
                high=float(post.high[cell]),
                evidence=float(post.evidence[cell]),
                n_items=int(rows.size),
                n_sources=int(post.n_sources[cell]),
                conflict=conflict,
                deal_breaker=db,
                moved_by=_influences(alpha, rows, enc, post, items),
            )
        )
    fit = Fit(
        mean=float(batch.fit[o]),
        sd=float(np.sqrt(batch.fit_var[o])),
        low=float(batch.fit_low[o]),
        high=float(batch.fit_high[o]),
    )
    return Assessment(label, tuple(dims), fit, tuple(items))


def _influences(
    alpha: FloatArray,
    rows: np.ndarray[Any, Any],
    enc: Encoded,
    post: Posterior,
    items: Sequence[EvidenceItem],
) -> tuple[Influence, ...]:
    if rows.size == 0:
        return ()
    total, score = float(alpha.sum()), float(alpha @ LEVELS)
    w = post.effective[rows]
    k = enc.level[rows] + 1.0
    # Leave-one-out: the mean this cell would have without each item.
    shift = score / total - (score - w * k) / (total - w)
    order = np.argsort(-np.abs(shift), kind="stable")[:TOP_INFLUENCES]
    return tuple(
        Influence(items[int(enc.index[rows[i]])], float(w[i]), float(shift[i])) for i in order
    )


def _conflict(
    dimension: Dimension,
    cell: int,
    rows: np.ndarray[Any, Any],
    enc: Encoded,
    post: Posterior,
    items: Sequence[EvidenceItem],
) -> Conflict | None:
    if not post.conflict[cell] or rows.size == 0:
        return None
    gap = float(post.conflict_gap[cell])
    means = post.source_mean[rows]
    middle = (means.max() + means.min()) / 2
    # Answers before signals, then the most extreme and heaviest: the clearest disagreement.
    order = np.lexsort((-post.effective[rows], -np.abs(means - middle), ~enc.answer[rows]))

    def side(mask: np.ndarray[Any, Any]) -> tuple[EvidenceItem, ...]:
        picked = [items[int(enc.index[rows[i]])] for i in order if mask[i]]
        return tuple(picked[:3])

    def sources(mask: np.ndarray[Any, Any]) -> frozenset[str]:
        # Unnamed sources get keys no contact id can equal, so the planner never takes a
        # contact for one of them.
        return frozenset(
            f"unnamed:{enc.person[r]}" if (p := items[int(enc.index[r])].person) is None else p
            for r in rows[mask]
        )

    def questions(mask: np.ndarray[Any, Any]) -> frozenset[str]:
        found = (items[int(enc.index[r])].question_id for r in rows[mask])
        return frozenset(q for q in found if q)

    def topics(mask: np.ndarray[Any, Any]) -> frozenset[str]:
        return frozenset(t for r in rows[mask] for t in items[int(enc.index[r])].topics)

    up, down = means > middle, means < middle
    return Conflict(
        dimension,
        gap,
        side(up),
        side(down),
        sources(up),
        sources(down),
        questions(up),
        questions(down),
        topics(up),
        topics(down),
        p_value=float(post.conflict_p[cell]),
    )
