"""The dashboard: pipeline by status, follow-ups, upcoming interviews, deal-breaker alerts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from askback.web.views.assessment import Alert, alerts_for

if TYPE_CHECKING:
    from askback.app.agenda import Today
    from askback.app.opportunities import OpportunitySummary
    from askback.app.workspace import Workspace


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows, computed once per data version."""

    columns: list[tuple[str, list[OpportunitySummary]]]
    today: Today
    alerts: list[Alert] = field(default_factory=list)
    total: int = 0


def dashboard(ws: Workspace) -> Dashboard:
    from askback.app import agenda, opportunities
    from askback.store.values import CLOSED_STATUSES, Status

    rows = opportunities.list_opportunities(ws)
    by_status: dict[str, list[OpportunitySummary]] = {s.value: [] for s in Status}
    for row in rows:
        by_status.setdefault(row.opportunity.status, []).append(row)
    # Open stages first, in pipeline order; closed ones only when they hold something.
    columns = [
        (s.value, by_status[s.value])
        for s in Status
        if s not in CLOSED_STATUSES or by_status[s.value]
    ]
    live = [r.opportunity.id for r in rows if Status(r.opportunity.status) not in CLOSED_STATUSES]
    return Dashboard(
        columns=columns,
        today=agenda.today(ws, days=14),
        alerts=alerts_for(ws, live),
        total=len(rows),
    )
