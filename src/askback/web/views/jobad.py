"""The job ad on an opportunity's page: paste it, read the analysis, keep its findings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.store.models import Opportunity, Signal
    from askback.text.report import AdReport


@dataclass(frozen=True)
class AdView:
    """An ad just analysed: the text as analysed (what the findings point into) and the report."""

    text: str
    report: AdReport


def analyze_and_store(ws: Workspace, opportunity_id: int, ad_text: str) -> AdView:
    """Analyse the ad and replace the opportunity's earlier job-ad signals with its findings."""
    from askback.app import text

    result = text.analyze_ad(ws, ad_text, opportunity=opportunity_id)
    return AdView(result.report.text, result.report)


def kept_findings(opp: Opportunity) -> list[Signal]:
    """The signals an earlier ad analysis stored on the opportunity."""
    from askback.app.text import NOTE_PREFIX

    return [s for s in opp.signals if s.source == "job-ad" and s.note.startswith(NOTE_PREFIX)]
