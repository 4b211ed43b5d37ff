"""How well each kind of source can speak to each dimension: the documented default table.

A weight of 1.0 means one answer from this source counts as one full observation; 0.3 means it
counts as three tenths of one (a tempered likelihood). docs/method.md explains every row.
The user can override any cell in the profile (`source_weights`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from askback.bank.schema import Audience, Dimension


class SignalSource(StrEnum):
    """Where a signal (evidence that is not an interview answer) came from."""

    JOB_AD = "job-ad"
    PUBLIC_REPORT = "public-report"
    EMPLOYEE_REVIEW = "employee-review"
    CHAT = "chat"
    OTHER = "other"


D = Dimension
_ORDER = (
    D.DIVERSITY_INCLUSION,
    D.RESPONSIBLE_ML,
    D.DATA_MATURITY,
    D.TEAM_PRACTICES,
    D.ROLE_PROJECTS,
    D.GROWTH,
    D.MANAGEMENT_CULTURE,
    D.WORK_LIFE_REMOTE,
    D.COMPENSATION_CONTRACT,
    D.COMPANY_BUSINESS,
    D.HIRING_PROCESS,
)

# Columns follow _ORDER: dei, rml, data, team, role, growth, mgmt, wlr, comp, biz, hire.
_ROWS: dict[str, tuple[float, ...]] = {
    Audience.RECRUITER: (0.4, 0.2, 0.2, 0.2, 0.4, 0.3, 0.3, 0.5, 0.8, 0.5, 1.0),
    Audience.HR: (0.8, 0.3, 0.2, 0.3, 0.3, 0.6, 0.5, 0.8, 1.0, 0.5, 0.8),
    Audience.HIRING_MANAGER: (0.6, 0.8, 0.9, 0.9, 1.0, 0.8, 0.6, 0.7, 0.5, 0.6, 0.7),
    Audience.PEER: (0.8, 0.9, 1.0, 1.0, 0.8, 0.7, 0.9, 0.9, 0.3, 0.4, 0.5),
    Audience.LEADERSHIP: (0.6, 0.7, 0.6, 0.3, 0.4, 0.6, 0.5, 0.5, 0.5, 1.0, 0.4),
    Audience.ANY: (0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
    SignalSource.JOB_AD: (0.3, 0.3, 0.3, 0.3, 0.6, 0.3, 0.2, 0.4, 0.5, 0.3, 0.5),
    SignalSource.PUBLIC_REPORT: (0.7, 0.6, 0.3, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 0.9, 0.2),
    SignalSource.EMPLOYEE_REVIEW: (0.6, 0.3, 0.3, 0.4, 0.3, 0.6, 0.7, 0.7, 0.5, 0.4, 0.5),
    SignalSource.CHAT: (0.6, 0.5, 0.5, 0.6, 0.5, 0.5, 0.7, 0.7, 0.4, 0.4, 0.4),
    SignalSource.OTHER: (0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3),
    # A hub's aggregate (domain.community): one item for many strangers whose standards you
    # cannot check; never more than the least-placed interview answer (a recruiter's, 0.2).
    "community": (0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2),
}

DEFAULT_SOURCE_WEIGHTS: dict[str, dict[Dimension, float]] = {
    str(source): dict(zip(_ORDER, row, strict=True)) for source, row in _ROWS.items()
}
SOURCES: tuple[str, ...] = tuple(DEFAULT_SOURCE_WEIGHTS)
FALLBACK_SOURCE = str(Audience.ANY)


def source_weight(
    source: str,
    dimension: Dimension,
    overrides: Mapping[str, Mapping[Dimension, float]] | None = None,
) -> float:
    """The weight of one answer from `source` on `dimension`, the user's override first."""
    if overrides and dimension in overrides.get(source, {}):
        return float(overrides[source][dimension])
    row = DEFAULT_SOURCE_WEIGHTS.get(source, DEFAULT_SOURCE_WEIGHTS[FALLBACK_SOURCE])
    return row[dimension]
