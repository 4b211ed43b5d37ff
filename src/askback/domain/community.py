"""Community evidence: a hub's aggregate for one company and dimension, as its own source.

Pure. A hub publishes, per company and dimension, a mean level with an interval over at least k
members (askback.hub.privacy). Here that figure becomes one evidence item of the source
"community", weighed by the sources table (COMMUNITY row, lower than any interview answer), and
shown apart from your own evidence. When you shared your own answers on that dimension, your
contribution is taken out of the figure first, so it never counts twice (docs/method.md).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from askback.bank.schema import Dimension
from askback.domain.model import EvidenceItem, ItemKind
from askback.domain.posterior import PRIOR_STRENGTH

COMMUNITY = "community"


@dataclass(frozen=True)
class CommunityFigure:
    """What a hub published for one company and dimension (ranges as the hub rounds them)."""

    dimension: Dimension
    mean: float
    low: float
    high: float
    members_low: int
    members_high: int
    red_flags_low: int = 0
    red_flags_high: int = 0
    period: str = ""
    questions: tuple[str, ...] = ()
    own_excluded: bool = False

    def describe(self) -> str:
        """'community: 2.1 (1.4–2.9), 5–9 candidates, 1–4 red flags'."""
        members = (
            f"{self.members_low}"
            if self.members_low == self.members_high
            else f"{self.members_low}–{self.members_high}"
        )
        text = f"community: {self.mean:.1f} ({self.low:.1f}–{self.high:.1f}), {members} candidates"
        if self.red_flags_high:
            text += f", {self.red_flags_low}–{self.red_flags_high} red flags"
        if self.own_excluded:
            text += " (your own share taken out)"
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "dimension": self.dimension.value,
            "mean": self.mean,
            "low": self.low,
            "high": self.high,
            "members": {"low": self.members_low, "high": self.members_high},
            "red_flags": {"low": self.red_flags_low, "high": self.red_flags_high},
            "period": self.period,
            "questions": list(self.questions),
            "own_excluded": self.own_excluded,
            "text": self.describe(),
        }


def without_own(figure: CommunityFigure, own_ratings: list[int]) -> CommunityFigure:
    """The figure with your own shared ratings on its dimension taken out.

    The hub's mean is (prior + one unit per member) / (PRIOR_STRENGTH + n) on the level scale,
    where a member's unit has the mean of their ratings. Taking one member out inverts that:
    mean' = (mean (P + n) - own) / (P + n - 1), with n the low end of the member range (the
    largest correction the range allows). The interval moves by the same amount; the member
    range drops by one.
    """
    if not own_ratings:
        return figure
    own = sum(own_ratings) / len(own_ratings)
    n = max(figure.members_low, 2)
    total = PRIOR_STRENGTH + n
    mean = (figure.mean * total - own) / (total - 1)
    mean = min(5.0, max(1.0, mean))
    shift = mean - figure.mean
    return replace(
        figure,
        mean=mean,
        low=min(5.0, max(1.0, figure.low + shift)),
        high=min(5.0, max(1.0, figure.high + shift)),
        members_low=figure.members_low - 1,
        members_high=figure.members_high - 1,
        own_excluded=True,
    )


def community_item(figure: CommunityFigure, company: str = "") -> EvidenceItem:
    """The figure as one evidence item: the level nearest its mean, from the source community."""
    return EvidenceItem(
        dimension=figure.dimension,
        rating=min(5, max(1, round(figure.mean))),
        source=COMMUNITY,
        # All members of a hub are one source: strangers whose standards you cannot check.
        person=f"signal:{COMMUNITY}",
        kind=ItemKind.SIGNAL,
        ref=f"community ({company})" if company else "community",
        who="community",
        quote=figure.describe(),
    )
