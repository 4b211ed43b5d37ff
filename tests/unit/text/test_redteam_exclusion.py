"""Second-author probe (issue 11): exclusionary wording in shapes the earlier lists missed:
any inflected adjective between "jung" and the team, an upper age limit, standing or bending
as a stated demand of a desk job, "only ... citizens". Citizenship stays a neutral condition."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

FILLER = "You will model churn, build dashboards and explain results to the product team. " * 6
FILLER_DE = "Du modellierst Kündigungen, baust Dashboards und erklärst Ergebnisse im Team. " * 6


def _checks(text: str, title: str = "Data Analyst") -> dict[str, str]:
    de = any(w in text for w in ("Jahre", "Team", "jung", "Stehen")) and "team." not in text
    body = f"{title}\n{text}\n{FILLER_DE if de else FILLER}"
    return {f.check: f.level.value for f in analyze(body).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Werde Teil unseres jungen, hippen Teams!",
        "Dich erwartet ein junges, cooles und lockeres Team.",
        "Wir sind ein junges, bunt gemischtes Team.",
        "Join our young, hip and fun-loving team.",
        "Max. 35 Jahre alt.",
        "Bewerber sollten nicht älter als 30 sein.",
        "Applicants should be no older than 40.",
    ],
)
def test_age_coded(text: str) -> None:
    assert "age-coded" in _checks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ein junges Unternehmen mit einem erfahrenen Team.",
        "Young people's education is our mission; our team builds the platform.",
        "Max. 5 Jahre alte Daten werden archiviert.",
    ],
)
def test_not_age_coded(text: str) -> None:
    assert "age-coded" not in _checks(text)


@pytest.mark.parametrize(
    "text",
    [
        "The role requires prolonged standing and frequent bending.",
        "You must be able to stand 8 hours a day.",
        "Standing for up to 10 hours per shift.",
        "Frequent kneeling and climbing ladders.",
        "Must be able to stand for the full 8-hour shift.",
    ],
)
def test_physical_demands_of_a_desk_job(text: str) -> None:
    assert "ability-coded" in _checks(text)


def test_physical_demands_of_physical_work_are_not_a_concern() -> None:
    got = _checks("Frequent kneeling and standing for 8 hours a day.", "Warehouse Associate")
    assert got.get("ability-coded") in (None, "info")


@pytest.mark.parametrize(
    "text",
    [
        "Only EU citizens may apply.",
        "This vacancy is open only to UK citizens.",
        "Open to U.S. citizens only.",
        "Restricted to Swiss citizens.",
        "Applicants must be citizens of an EU member state.",
    ],
)
def test_citizenship_is_a_neutral_condition(text: str) -> None:
    assert _checks(text).get("nationality-coded") == "info"
