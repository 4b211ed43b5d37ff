"""Assessment data for pages: per-opportunity results, dashboard alerts and chart rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.domain.evidence import Assessment


@dataclass(frozen=True)
class Alert:
    """A line on the dashboard: a deal breaker at risk, a conflict, or a red flag."""

    opportunity_id: int
    label: str
    kind: str  # "deal-breaker", "conflict", "red-flag"
    severity: str  # "bad" or "warn"
    dimension: str
    verdict: str = ""  # deal breakers: the verdict word
    level: int = 0  # deal breakers: the 'at least' level
    value: float = 0.0  # the risk, the conflict's gap in levels, or the number of red flags


def assess(ws: Workspace, opportunity_id: int) -> Assessment:
    """The opportunity's assessment against the saved profile."""
    from askback.app import evidence

    return evidence.assess(ws, opportunity_id)


def alerts_for(ws: Workspace, opportunity_ids: Sequence[int]) -> list[Alert]:
    """Deal breakers at risk, conflicts and red flags across the live opportunities."""
    from askback.app import evidence
    from askback.domain.evidence import Verdict

    out: list[Alert] = []
    if not opportunity_ids:
        return out
    results = evidence.assess_many(ws, list(opportunity_ids))
    for opp_id, result in zip(opportunity_ids, results, strict=True):
        label = result.label
        for d in result.dimensions:
            risk = d.deal_breaker
            if risk is not None and risk.verdict in (Verdict.LIKELY, Verdict.AT_RISK):
                out.append(
                    Alert(
                        opp_id,
                        label,
                        "deal-breaker",
                        "bad" if risk.verdict == Verdict.LIKELY else "warn",
                        d.dimension.value,
                        verdict=str(risk.verdict),
                        level=risk.rule.at_least,
                        value=risk.risk,
                    )
                )
            if d.conflict is not None:
                out.append(
                    Alert(
                        opp_id,
                        label,
                        "conflict",
                        "warn",
                        d.dimension.value,
                        value=d.conflict.gap,
                    )
                )
        flags = result.red_flags()
        if flags:
            dims = sorted({f.dimension.value for f in flags})
            out.append(Alert(opp_id, label, "red-flag", "bad", dims[0], value=len(flags)))
    order = {"deal-breaker": 0, "red-flag": 1, "conflict": 2}
    out.sort(key=lambda a: (a.severity != "bad", order[a.kind], a.label))
    return out
