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


AD_KANN = "# Data Engineer (m/w/d)\n\nDu baust Datenpipelines.\n\nAnforderungen\n{items}\n"


@pytest.mark.parametrize(
    ("items", "want"),
    [
        ("- SQL (Muss)\n- Python (Muss)\n- Statistik (Muss)\n- Spark (Kann)\n- dbt (Kann)", 3),
        ("- Studium (Muss)\n- Kafka (Kann-Kriterium)\n- Git (Muss)", 2),
        ("- Abgeschlossene Lehre\n- Französisch (kann)\n- Python\n- SAP (Kannkriterium)", 2),
    ],
)
def test_kann_beside_an_item_is_a_plus(items: str, want: int) -> None:
    assert analyze(AD_KANN.format(items=items)).must_haves == want


def test_kann_as_a_verb_is_no_plus() -> None:
    items = "- Man kann sich auf dich verlassen\n- SQL\n- Python"
    assert analyze(AD_KANN.format(items=items)).must_haves == 3
