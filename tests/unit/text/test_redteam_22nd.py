"""Twenty-second probe round (issue 11, item 4: each finding's level must hold): the two classes
its forty whole ads found.

A driving licence the ad explains by the job's own travel ("as the role involves site visits",
"für Ortstermine", "da du täglich zu Kunden fährst") is a condition to ask about (info), not a
concern; without such a reason, or with the travel denied, it stays a concern. Concrete diversity
measures that were missed (a guaranteed interview scheme, an outside accreditation, a returners'
fellowship, job sharing, an integration programme) are positive, and two more equal-opportunity
wordings are boilerplate (a gap)."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze
from askback.text.report import AdReport

FILLER = "You will build reports and models with the planning team and share results. " * 5
FILLER_DE = "Du erstellst Berichte und Auswertungen im Team und teilst die Ergebnisse. " * 5


def _ad(body: str, de: bool = False, title: str = "Planning Officer") -> AdReport:
    filler = FILLER_DE if de else FILLER
    return analyze(f"# {title}\n\n{filler}\n{body}\n{filler}")


def _levels(r: AdReport, check: str) -> list[str]:
    return [f.level.value for f in r.findings if f.check == check]


# ---------------------------------------------------------------- driving licence with a reason
@pytest.mark.parametrize(
    ("body", "de"),
    [
        ("- A full UK driving licence, as the role involves regular site visits", False),
        ("- Valid driver's license required to drive to client sites across the county", False),
        ("- Driving licence essential: this is a field-based role", False),
        ("- Führerschein Klasse B für Ortstermine im Stadtgebiet", True),
        ("- Führerschein Klasse B, da du täglich zu unseren Kunden fährst", True),
        ("- Führerausweis Kat. B, Reisetätigkeit von 30 % im Aussendienst", True),
    ],
)
def test_licence_with_travel_reason_is_info(body: str, de: bool) -> None:
    r = _ad(body, de, "Sachbearbeitung (m/w/d)" if de else "Planning Officer")
    assert _levels(r, "ability-coded") == ["info"]
    f = next(f for f in r.findings if f.check == "ability-coded")
    assert "travel" in f.why


@pytest.mark.parametrize(
    ("body", "de"),
    [
        ("- Valid driver's license required", False),
        ("- Driving licence required; there are no site visits in this role", False),
        ("- Führerschein Klasse B, keine Reisetätigkeit", True),
        ("- Führerschein Klasse B\n- Erfahrung im Außendienst von Vorteil", True),
    ],
)
def test_licence_without_own_travel_reason_stays_concern(body: str, de: bool) -> None:
    r = _ad(body, de, "Sachbearbeitung (m/w/d)" if de else "Accounts Assistant")
    assert _levels(r, "ability-coded") == ["concern"]


def test_swiss_licence_word_needs_a_category() -> None:
    assert _levels(_ad("Bitte Führerausweis zum Gespräch mitbringen.", True), "ability-coded") == []


# ---------------------------------------------------------------- concrete diversity measures
@pytest.mark.parametrize(
    ("body", "de"),
    [
        ("We guarantee an interview to disabled applicants meeting the criteria.", False),
        ("We are a Disability Confident Leader.", False),
        ("The department holds an Athena Swan Bronze award.", False),
        ("We run a returners' fellowship for staff back from a career break.", False),
        ("Job sharing is possible in every role, including management.", False),
        ("Jobsharing ist auch in Führungsfunktionen möglich.", True),
        ("Wir haben ein Programm zur Integration von Menschen mit Behinderung.", True),
    ],
)
def test_named_measure_is_positive(body: str, de: bool) -> None:
    r = _ad(body, de)
    assert _levels(r, "diversity-measure")
    assert set(_levels(r, "diversity-measure")) == {"positive"}


@pytest.mark.parametrize(
    ("body", "de"),
    [
        ("We are an inclusive employer.", False),
        ("Everyone is welcome: we encourage applications from everyone.", False),
        ("Wir glauben an vielfältige Teams.", True),
        ("Wir freuen uns über alle Bewerbungen.", True),
    ],
)
def test_statement_only_is_boilerplate_gap(body: str, de: bool) -> None:
    r = _ad(body, de)
    assert _levels(r, "diversity-boilerplate") == ["gap"]
    assert _levels(r, "diversity-measure") == []


@pytest.mark.parametrize(
    "body",
    [
        "Interviews are held in person; no interview is scheduled without a screening call.",
        "You will share your jobs queue with the team.",
        "We are confident in our data platform.",
    ],
)
def test_near_misses_name_no_measure(body: str) -> None:
    assert _levels(_ad(body), "diversity-measure") == []
