"""A requirement line that says a must outright and then a plus for something else ("Englisch
(C1) zwingend, Deutsch von Vorteil") stays a must-have; a plus said of the whole line, or a must
denied ("nicht zwingend erforderlich, aber von Vorteil"), is a nice-to-have (issue 11, round 32).
Sentences written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

AD_DE = (
    "# Data Analyst (m/w/d)\n\nDu baust Dashboards für unser Team in Graz und arbeitest eng mit"
    " dem Vertrieb zusammen.\n\nDein Profil\n- Mindestens 4 Jahre Erfahrung mit SQL\n{line}\n"
    "- Gute Kenntnisse in Python\n\nUnser Angebot\n- 30 Tage Urlaub\n"
)
AD_EN = (
    "# Data Analyst\n\nYou will build dashboards for our sales team in Leeds.\n\nRequirements\n"
    "- 4 years of SQL\n{line}\n- Good Python\n\nWhat we offer\n- 28 days of holiday\n"
)


def _musts(line: str) -> int | None:
    de = any(w in line.lower() for w in ("englisch", "deutsch", "französisch"))
    return analyze((AD_DE if de else AD_EN).format(line=line)).must_haves


@pytest.mark.parametrize(
    "line",
    [
        "- Englisch (C1) zwingend, Deutsch von Vorteil",
        "- Deutsch zwingend erforderlich, Englisch wünschenswert",
        "- Sehr gutes Englisch ist Pflicht, Französisch ein Plus",
        "- Fluent English is required and French is a plus",
        "- English (C1) mandatory, German an advantage",
        "- A driving licence is essential, a van licence would be a bonus",
    ],
)
def test_a_must_then_a_plus_for_another_is_a_must(line: str) -> None:
    assert _musts(line) == 3


@pytest.mark.parametrize(
    "line",
    [
        "- Englisch nicht zwingend erforderlich, aber von Vorteil",
        "- Französisch von Vorteil",
        "- Not required, but a plus: experience with Spark",
        "- Experience with Spark is a plus",
    ],
)
def test_a_plus_of_the_whole_line_is_no_must(line: str) -> None:
    assert _musts(line) == 2


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from(["Englisch", "Deutsch", "Französisch"]),
    level=st.sampled_from(["", " (C1)", " (mind. B2)"]),
    must=st.sampled_from(["zwingend", "zwingend erforderlich", "erforderlich", "Pflicht"]),
    second=st.sampled_from(["Englisch", "Deutsch", "Italienisch"]),
    plus=st.sampled_from(["von Vorteil", "wünschenswert", "ein Plus"]),
)
def test_must_then_plus_any_wording(
    first: str, level: str, must: str, second: str, plus: str
) -> None:
    assert _musts(f"- {first}{level} {must}, {second} {plus}") == 3
