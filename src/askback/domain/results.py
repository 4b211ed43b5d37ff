"""The typed results of an assessment: per dimension, per opportunity, and what drove them."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from askback.bank.schema import DIMENSION_LABELS, Dimension
from askback.domain.model import DealBreaker, EvidenceItem
from askback.i18n import N_, NN_, NP_, Joined, Message, Term

if TYPE_CHECKING:
    import pandas as pd

    from askback.domain.community import CommunityFigure

QUOTE_LIMIT = 240
RED_FLAG = Term("value", "red-flag", NP_("value", "red flag"))
WELL_KNOWN_WIDTH = 1.0  # an 80 % interval narrower than one level counts as well known


class Verdict(StrEnum):
    CLEAR = "clear"
    AT_RISK = "at risk"
    LIKELY = "likely deal breaker"
    UNKNOWN = "not enough evidence"


@dataclass(frozen=True)
class Influence:
    """How far one item moved a dimension's mean (the mean with it minus the mean without it)."""

    item: EvidenceItem
    weight: float
    shift: float

    def describe(self) -> str:
        return f"{self.item.describe()} ({self.shift:+.2f})"


@dataclass(frozen=True)
class Conflict:
    """Independent sources that differ beyond their noise (conflicts.py), with what each said."""

    dimension: Dimension
    gap: float
    high: tuple[EvidenceItem, ...]  # quoted: up to three from the upper side
    low: tuple[EvidenceItem, ...]  # quoted: up to three from the lower side
    high_sources: frozenset[str] = frozenset()
    low_sources: frozenset[str] = frozenset()
    high_questions: frozenset[str] = frozenset()
    low_questions: frozenset[str] = frozenset()
    # Bank questions matched to free-text questions on each side (EvidenceItem.topics).
    high_topics: frozenset[str] = frozenset()
    low_topics: frozenset[str] = frozenset()
    # The chance that honest sources differ this much by noise alone (Bonferroni-adjusted).
    p_value: float = 1.0

    def describe(self) -> str:
        """The disagreeing answers, quoted at length: this is what the candidate must weigh."""
        highs = "; ".join(i.describe(QUOTE_LIMIT) for i in self.high)
        lows = "; ".join(i.describe(QUOTE_LIMIT) for i in self.low)
        return f"{highs} — but {lows}"

    def brief(self) -> str:
        """Who disagrees with whom, without the quotes."""
        return self.brief_message().text()

    def brief_message(self) -> Message:
        """Who disagrees with whom, without the quotes, as a message for any language."""

        def side(items: tuple[EvidenceItem, ...], n: int) -> Message:
            # One name per person, with each of their answers' marks.
            marks: dict[str, list[object]] = {}
            for i in items:
                marks.setdefault(i.who or i.source, []).append(RED_FLAG if i.red_flag else i.rating)
            names = Joined(
                tuple(
                    Message("marks", N_("{who} ({marks})"), who=who, marks=Joined(tuple(m)))
                    for who, m in marks.items()
                )
            )
            if n > len(marks):
                more = NN_("{names} and {n} more", "{names} and {n} more")
                return Message("side", more, names=names, n=n - len(marks))
            return Message("side", "{names}", names=names)

        return Message(
            "conflict",
            N_("{low} against {high}"),
            low=side(self.low, len(self.low_sources)),
            high=side(self.high, len(self.high_sources)),
        )

    @property
    def people(self) -> frozenset[str]:
        return self.high_sources | self.low_sources

    @property
    def question_ids(self) -> frozenset[str]:
        return self.high_questions | self.low_questions

    def _disputed(self, low: frozenset[str], high: frozenset[str]) -> frozenset[str]:
        if len(self.low_sources) < len(self.high_sources):
            return low
        if len(self.high_sources) < len(self.low_sources):
            return high
        return low | high

    @property
    def disputed_questions(self) -> frozenset[str]:
        """Questions on the side fewer independent sources back: the claim to check first."""
        return self._disputed(self.low_questions, self.high_questions)

    @property
    def disputed_topics(self) -> frozenset[str]:
        """Bank questions on the point of a disputed free-text question (matched by words)."""
        return self._disputed(self.low_topics, self.high_topics)


@dataclass(frozen=True)
class DealBreakerRisk:
    rule: DealBreaker
    risk: float  # P(mean level < at_least - 0.5)
    verdict: Verdict
    split: bool = False  # sources in conflict on either side of the line: never clear

    def describe(self) -> str:
        why = ", sources conflict across the line" if self.split else ""
        return f"{self.rule.label()}: {self.risk:.0%} risk, {self.verdict}{why}"


@dataclass(frozen=True)
class DimensionAssessment:
    """What the evidence says about one dimension of one opportunity."""

    dimension: Dimension
    weight: float
    alpha: tuple[float, ...]
    mean: float
    sd: float
    low: float
    high: float
    evidence: float
    n_items: int
    n_sources: int
    conflict: Conflict | None
    deal_breaker: DealBreakerRisk | None
    moved_by: tuple[Influence, ...]

    @property
    def label(self) -> str:
        return DIMENSION_LABELS[self.dimension]

    @property
    def holds(self) -> float:
        """The chance the deal breaker on this dimension holds (1 where there is none)."""
        return 1.0 - self.deal_breaker.risk if self.deal_breaker is not None else 1.0

    @property
    def line(self) -> float:
        """The level the mean must reach for the deal breaker to hold (NaN without one)."""
        return self.deal_breaker.rule.at_least - 0.5 if self.deal_breaker else math.nan

    @property
    def kept_mean(self) -> float:
        """E[level; the deal breaker on this dimension holds]: the mean where there is none."""
        if self.deal_breaker is None:
            return self.mean
        import numpy as np

        from askback.domain.levels import mean_above

        return float(mean_above(np.array([self.alpha]), np.array([self.line]))[0])

    @property
    def probabilities(self) -> tuple[float, ...]:
        """The posterior predictive chance of each level 1-5 for the next answer."""
        total = sum(self.alpha)
        return tuple(a / total for a in self.alpha)

    @property
    def width(self) -> float:
        return self.high - self.low

    @property
    def well_known(self) -> bool:
        """Narrow, free of conflict and with any deal breaker settled: no need to ask more."""
        unsettled = self.deal_breaker is not None and self.deal_breaker.verdict in (
            Verdict.AT_RISK,
            Verdict.UNKNOWN,
        )
        return self.width < WELL_KNOWN_WIDTH and self.conflict is None and not unsettled

    def explanation(self) -> str:
        """One sentence naming the evidence that moved this dimension most."""
        if not self.moved_by:
            return "No rated evidence yet: the default prior (mean 3, wide interval)."
        parts = [i.describe() for i in self.moved_by]
        return "Moved most by " + "; ".join(parts) + "."


@dataclass(frozen=True)
class Fit:
    """The profile-weighted mean level across dimensions, with its 80 % interval."""

    mean: float
    sd: float
    low: float
    high: float


@dataclass(frozen=True)
class Assessment:
    """An opportunity's assessment: every dimension plus the weighted fit."""

    label: str
    dimensions: tuple[DimensionAssessment, ...]
    fit: Fit
    items: tuple[EvidenceItem, ...]
    # Answers left out because nothing tells which dimension they speak to (a free-text
    # question logged without --dimension), as refs such as "answer #12".
    not_counted: tuple[str, ...] = ()
    # A hub's figures for this company, shown apart (domain.community); they also entered the
    # posterior as one item each of the source "community".
    community: tuple[CommunityFigure, ...] = ()

    def __getitem__(self, dimension: Dimension | str) -> DimensionAssessment:
        wanted = Dimension(dimension)
        return next(d for d in self.dimensions if d.dimension == wanted)

    def __iter__(self) -> Iterator[DimensionAssessment]:
        return iter(self.dimensions)

    def conflicts(self) -> list[Conflict]:
        return [d.conflict for d in self.dimensions if d.conflict is not None]

    def holds_elsewhere(self) -> list[float]:
        """Per dimension, the chance the deal breakers on all the other dimensions hold."""
        chances = [d.holds for d in self.dimensions]
        return [math.prod(c for k, c in enumerate(chances) if k != j) for j in range(len(chances))]

    def pass_chance(self) -> float:
        """The chance every deal breaker holds (1 without any)."""
        return math.prod(d.holds for d in self.dimensions)

    def shares(self) -> list[float]:
        """Each dimension's share of the fit weights (equal shares when all weigh 0)."""
        weights = [d.weight for d in self.dimensions]
        total = sum(weights)
        n = len(weights)
        return [w / total for w in weights] if total > 0 else [1.0 / n] * n

    def value_terms(self) -> tuple[list[float], list[float]]:
        """Per dimension j: the chance the other deal breakers hold, and the value of the other
        dimensions where every deal breaker but j's holds, so that
        value = passing_j * share_j * E[mu_j; j holds] + rest_j * P(j holds)."""
        import numpy as np

        share = np.array(self.shares())
        kept = np.array([d.kept_mean for d in self.dimensions])
        holds = np.array([d.holds for d in self.dimensions])
        n = share.size
        # others[j, e, i]: holds_i, with 1 in place of i = j and i = e (no division: a chance
        # may be 0).
        others = np.broadcast_to(holds, (n, n, n)).copy()
        idx = np.arange(n)
        others[idx, :, idx] = 1.0
        others[:, idx, idx] = 1.0
        terms = (share * kept)[None, :] * others.prod(axis=2)
        terms[idx, idx] = 0.0
        rest = [float(x) for x in terms.sum(axis=1)]
        return self.holds_elsewhere(), rest

    def value(self) -> float:
        """E[fit; every deal breaker holds]: what the offer is worth to you when one you would
        turn down is worth nothing (how offers are weighed against each other when choosing
        what to ask). A posterior expectation, so it is a martingale as evidence comes in.

        The dimensions are independent a posteriori, so it is the sum over dimensions of
        share * E[mu; its own deal breaker holds] * P(the others hold).
        """
        share = self.shares()
        holds = [d.holds for d in self.dimensions]
        n = len(share)
        return sum(
            share[j] * d.kept_mean * math.prod(holds[i] for i in range(n) if i != j)
            for j, d in enumerate(self.dimensions)
        )

    def deal_breakers(self) -> list[DealBreakerRisk]:
        return [d.deal_breaker for d in self.dimensions if d.deal_breaker is not None]

    def red_flags(self) -> list[EvidenceItem]:
        return [i for i in self.items if i.red_flag]

    def green_flags(self) -> list[EvidenceItem]:
        """Answers rated 5, the strongest positive evidence."""
        return [i for i in self.items if i.rating == 5 and not i.red_flag]

    def to_frame(self) -> pd.DataFrame:
        """One row per dimension: mean, interval, evidence, conflict and deal-breaker verdict."""
        import pandas as pd

        rows = [_row(d) for d in self.dimensions]
        return pd.DataFrame(rows).set_index("dimension")

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """Everything as plain data; the guidance at a conflict in `lang` (en or de)."""
        from askback.domain.guidance import conflict_guidance

        return {
            "label": self.label,
            "fit": vars(self.fit),
            "not_counted": list(self.not_counted),
            "community": [c.to_dict() for c in self.community],
            "dimensions": [
                {
                    **_row(d),
                    "probabilities": list(d.probabilities),
                    "conflict_detail": d.conflict.describe() if d.conflict else None,
                    "conflict_guidance": (
                        list(conflict_guidance(d.conflict, lang).lines()) if d.conflict else None
                    ),
                    "explanation": d.explanation(),
                }
                for d in self.dimensions
            ],
        }


def _row(d: DimensionAssessment) -> dict[str, Any]:
    db = d.deal_breaker
    return {
        "dimension": d.dimension.value,
        "weight": d.weight,
        "mean": d.mean,
        "low": d.low,
        "high": d.high,
        "sd": d.sd,
        "evidence": d.evidence,
        "items": d.n_items,
        "sources": d.n_sources,
        "conflict": d.conflict is not None,
        "conflict_p": d.conflict.p_value if d.conflict else None,
        "deal_breaker": db.rule.label() if db else None,
        "risk": db.risk if db else None,
        "verdict": db.verdict.value if db else None,
        "sources_split": db.split if db else None,
    }
