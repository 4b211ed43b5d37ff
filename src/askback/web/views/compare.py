"""The comparison page: which offers, their assessments side by side, and who is likely best."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from askback.web.views.charts import best_chart, comparison_chart

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.domain.compare import Comparison

# Without a choice, compare the opportunities that are furthest along.
DEFAULT_STATUSES = ("offer", "interviewing", "screening")
MAX_DEFAULT = 6


@dataclass(frozen=True)
class CompareData:
    options: list[tuple[int, str, str]]  # id, label, status
    chosen: tuple[int, ...]
    comparison: Comparison | None

    def page(self, lang: str) -> dict[str, Any]:
        """The template context; the charts are drawn in the page's language."""
        c = self.comparison
        return {
            "options": self.options,
            "chosen": self.chosen,
            "comparison": c,
            "rows": list(zip(self.chosen, c.assessments, c.p_best, strict=True)) if c else [],
            "chart": comparison_chart(c.assessments, lang) if c else "",
            "best": best_chart(
                [(a.label, p) for a, p in zip(c.assessments, c.p_best, strict=True)], lang
            )
            if c
            else "",
        }


def default_choice(options: Sequence[tuple[int, str, str]]) -> tuple[int, ...]:
    ranked = [o for s in DEFAULT_STATUSES for o in options if o[2] == s]
    return tuple(o[0] for o in ranked[:MAX_DEFAULT])


def compare_view(ws: Workspace, chosen: tuple[int, ...]) -> CompareData:
    from askback.app import evidence, opportunities

    rows = opportunities.list_opportunities(ws)
    options = [(r.opportunity.id, r.opportunity.label, r.opportunity.status) for r in rows]
    ids = chosen or default_choice(options)
    comparison = evidence.compare(ws, list(ids)) if len(ids) >= 1 else None
    return CompareData(options, ids, comparison)
