"""A benefit word that names a team, a department or a product is no benefit: "the Pension
Services department", "our Gym Equipment team", "Team Betriebliche Altersvorsorge" (issue 11,
rt35). A unit said to serve the staff, and a benefit beside a unit word, still count."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

WORK = " You will build dashboards in SQL and Python for the sales team."


def _benefits(text: str) -> list[str]:
    report = analyze("Data Analyst\n" + text + WORK)
    found = [f for f in report.findings if f.check == "benefits"]
    return [] if not found or found[0].level.value == "gap" else list(found[0].data["benefits"])


@pytest.mark.parametrize(
    "sentence",
    [
        "You will join the Pension Services department.",
        "You will work in the Gym Equipment team.",
        "Backend engineer for our Fitness Tracker product.",
        "Analyst in the Dental Products division.",
        "You will join the pension team.",
        "Data Scientist im Team Betriebliche Altersvorsorge.",
        "Sie verstärken die Abteilung Weiterbildung.",
        "Sie arbeiten im Altersvorsorge-Team.",
        "You report to the Head of the Bonus Operations unit.",
        "Our Elysium Wellbeing team works with patients on the ward.",
        "The Wellness Products squad owns checkout.",
    ],
)
def test_a_unit_or_product_name_is_no_benefit(sentence: str) -> None:
    assert _benefits(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "benefit"),
    [
        ("Our Relocation team will help you move to Berlin.", "relocation"),
        ("You get access to our Relocation team.", "relocation"),
        ("Benefits: pension, gym membership, team events.", "pension"),
        ("We offer a gym and wellbeing team activities.", "wellbeing"),
        ("Private healthcare for you and your team.", "health"),
        ("Wir bieten im Bereich Weiterbildung viele Möglichkeiten.", "learning"),
        ("We offer a Pension scheme and 30 days holiday.", "pension"),
    ],
)
def test_a_benefit_beside_a_unit_word_still_counts(sentence: str, benefit: str) -> None:
    assert any(benefit in label for label in _benefits(sentence))


_WORDS = ["Pension", "Gym", "Fitness", "Dental", "Bonus", "Sabbatical"]
_NAMES = st.lists(
    st.sampled_from(["Services", "Equipment", "Products", "Platform", "Operations", "Data"]),
    max_size=2,
)
_UNITS = ["team", "department", "division", "unit", "product", "squad", "Team", "Department"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_WORDS), _NAMES, st.sampled_from(_UNITS))
def test_any_named_unit_is_no_benefit_and_the_same_word_offered_is_one(
    word: str, name: list[str], unit: str
) -> None:
    unit_name = " ".join([word, *name, unit])
    assert _benefits(f"You will join the {unit_name} in Leeds.") == []
    assert _benefits(f"We offer: {word.lower()}, 30 days holiday.") != []


@pytest.mark.parametrize(
    ("sentence", "benefit"),
    [
        ("A healthy and delicious team lunch at our office.", "meals"),
        ("Free Team lunch (Tues & Thurs) and social evenings.", "meals"),
        ("Team Wellness Initiatives and company-wide events.", "wellbeing"),
        (
            "Candidates not local will be supported by our accommodation and relocation team.",
            "relocation",
        ),
    ],
)
def test_a_team_benefit_or_a_team_that_serves_the_hire_stays_a_benefit(
    sentence: str, benefit: str
) -> None:
    assert any(benefit in label for label in _benefits(sentence))
