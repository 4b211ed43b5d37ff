"""The web page shows the ad as analysed, so what a finding quotes is what the page holds."""

from __future__ import annotations

from askback.app import Workspace, opportunities
from askback.web.views.jobad import analyze_and_store

AD = (
    "Data Analyst\n\nWir suchen Verst\u00e4rkung f\u00fcr unser jun\u00adges Team in Bremen. "
    "Sie bauen Berichte f\u00fcr unsere Kunden und arbeiten eng mit dem Vertrieb zusammen. "
    "Hybrid: 2 Tage pro Woche im Bu\u0308ro. Wir bieten Weiterbildung und flexible Zeiten."
)


def test_the_ad_view_holds_the_text_the_spans_point_into(ws: Workspace) -> None:
    opp = opportunities.add(ws, company="Acme", role="Data Analyst")
    view = analyze_and_store(ws, opp.id, AD)
    assert view.text == view.report.text
    assert "\u00ad" not in view.text and "B\u00fcro" in view.text
    spans = [s for f in view.report.findings for s in f.spans]
    assert any(s.text == "junges Team" for s in spans)
    for s in spans:
        assert view.text[s.start : s.end] == s.text
