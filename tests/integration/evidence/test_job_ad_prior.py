"""Findings of `askback ad analyze --opportunity` inform the assessment as job-ad signals."""

from __future__ import annotations

import pytest

from askback.app import Workspace, evidence, opportunities, signals
from askback.app.text import analyze_ad
from askback.domain.evidence import Verdict
from askback.domain.model import Profile

AD = """# Junior Data Scientist

We are a young team in Berlin looking for an ambitious, competitive analyst.

## Requirements
- 5+ years of experience with Python and SQL
- Fluent English

We are an equal opportunity employer. Hybrid: 2 days a week in the office.
"""


def test_job_ad_findings_move_the_starting_point_but_settle_nothing(ws: Workspace) -> None:
    opp = opportunities.add(ws, company="Acme", role="Data Scientist")
    before = evidence.assess(ws, opp.id)
    stored = analyze_ad(ws, AD, opportunity=opp.id).signal_ids
    rated = {s.dimension: s.rating for s in signals.list_signals(ws) if s.rating is not None}
    assert stored and rated, "the ad should give rated findings"
    rules = [{"dimension": d, "at_least": 3} for d in rated]
    after = evidence.assess(ws, opp.id, Profile.model_validate({"deal_breakers": rules}))
    for dimension, rating in rated.items():
        was, now = before[dimension], after[dimension]
        # The ad's own words pull the mean toward its rating, a little ...
        assert (now.mean - was.mean) * (rating - was.mean) > 0
        assert abs(now.mean - was.mean) < abs(rating - was.mean) / 2
        assert now.width < was.width
        # ... but they are not interview evidence: no deal breaker is called on them alone.
        assert now.evidence == 0
        assert now.deal_breaker is not None
        assert now.deal_breaker.verdict in (Verdict.UNKNOWN, Verdict.LIKELY)
    # Analysing the ad again replaces its signals: the assessment does not move twice.
    analyze_ad(ws, AD, opportunity=opp.id)
    again = evidence.assess(ws, opp.id, Profile.model_validate({"deal_breakers": rules}))
    for dimension in rated:
        assert again[dimension].mean == pytest.approx(after[dimension].mean)
