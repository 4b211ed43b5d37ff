"""Exclusionary wording: every example from the issue is found, with its category and reason."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze


@pytest.mark.parametrize(
    ("phrase", "category"),
    [
        ("young team", "age"),
        ("digital native", "age"),
        ("native English speaker", "nationality"),
        ("rockstar", "bro-culture"),
        ("ninja", "bro-culture"),
        ("work hard play hard", "bro-culture"),
        ("must lift 50 lbs", "ability"),
        ("recent graduates", "age"),
        ("EU citizens only", "nationality"),
    ],
)
def test_issue_examples(phrase: str, category: str) -> None:
    report = analyze(
        f"Join our data team in Berlin. We want you: {phrase}. Apply with your CV today."
    )
    found = [f for f in report.findings if f.area.value == "exclusionary"]
    assert [f.data["category"] for f in found] == [category]
    assert found[0].why and found[0].alternative and found[0].ask
    assert found[0].spans[0].text.lower().replace(",", "") == phrase.lower()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Wir sind ein junges Team und suchen Verstärkung.", "age"),
        ("Deutsch als Muttersprache ist Voraussetzung.", "nationality"),
        ("Du bist körperlich belastbar und flexibel.", "ability"),
    ],
)
def test_german_examples(text: str, category: str) -> None:
    report = analyze(text + " Wir freuen uns auf deine Bewerbung und das Gespräch mit dir.")
    assert category in {f.data.get("category") for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        "We build cloud-native services on Kubernetes.",
        "Our first language model shipped in 2023.",
        "We support native mobile apps.",
        "A young company, founded in 2021, in a large market.",
    ],
)
def test_near_misses_are_not_flagged(text: str) -> None:
    report = analyze(text + " We are hiring a data scientist for the analytics team.")
    assert not [f for f in report.findings if f.area.value == "exclusionary"]


# --- issue 11: more exclusionary wording, on sentences written for these tests ---


def _excl(text: str) -> list[tuple[str, str, str]]:
    report = analyze(text)
    return [
        (str(f.data["category"]), f.level.value, f.spans[0].text)
        for f in report.findings
        if f.area.value == "exclusionary"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst (m/w/d)\nDich erwartet ein junges, motiviertes und kreatives Team in Köln.",
        "Data Analyst (m/w/d)\nWir suchen Verstärkung für unser junges Team mit flachen Wegen.",
        "Data Analyst\nYou will join a young, vibrant and driven team in Leeds.",
        "Data Analyst\nPerfect for digital natives who live online.",
        "Data Analyst\nThis role suits someone who recently graduated.",
    ],
)
def test_age_coded_wording(text: str) -> None:
    assert [c for c, _, _ in _excl(text)] == ["age"]


@pytest.mark.parametrize(
    "text",
    [
        "BI Developer\nThe role involves sitting for extended periods at a desk.",
        "BI Developer\nYou must be able to lift 25 kg boxes of paper.",
        "BI Developer\nStanding for prolonged periods of time during workshops.",
    ],
)
def test_physical_demands_on_desk_work_are_a_concern(text: str) -> None:
    assert [(c, lvl) for c, lvl, _ in _excl(text)] == [("ability", "concern")]


def test_physical_demands_in_physical_work_are_only_info() -> None:
    found = _excl("Warehouse Picker\nYou lift 20 kg parcels and stand for long periods.")
    assert found and all(lvl == "info" for _, lvl, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Data Engineer\nApplicants must be a U.S. citizen.",
        "Data Engineer\nAn active Top Secret clearance is required.",
        "Data Engineer\nAbility to obtain a security clearance.",
        "Data Engineer (m/w/d)\nVoraussetzung ist die deutsche Staatsangehörigkeit.",
        "Data Engineer (m/w/d)\nEine EU-Staatsbürgerschaft ist für diese Stelle erforderlich.",
    ],
)
def test_citizenship_is_a_neutral_condition_to_ask_about(text: str) -> None:
    report = analyze(text)
    found = [f for f in report.findings if f.area.value == "exclusionary"]
    assert len(found) == 1
    f = found[0]
    assert f.level.value == "info" and f.rating is None
    assert "visa" in f.question_tags and f.ask


# --- Fifth round: new wordings of the same classes (docs/text-analysis-history.md) -----------

_EN = " We are hiring a data analyst for our reporting team. Apply with your CV today."
_DE = " Wir suchen eine Datenanalystin für unser Reporting-Team. Bewirb dich noch heute."


def _excl(text: str) -> list[tuple[str, str, str]]:
    report = analyze(text)
    return [
        (f.data["category"], f.level.value, f.title)
        for f in report.findings
        if f.area.value == "exclusionary"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Applicants aged 25 to 35 are welcome." + _EN,
        "Candidates under 30 years old preferred." + _EN,
        "You are aged between 20 and 30." + _EN,
        "Age: 25-35" + _EN,
        "Für Bewerber bis 35 Jahre alt." + _DE,
        "Berufseinsteiger bis 30 Jahre gesucht." + _DE,
        "Alter: 25 - 35 Jahre." + _DE,
        "Alter zwischen 20 und 30 Jahren." + _DE,
        "Ideal for a young professional." + _EN,
        "Du wirst Teil unseres jungen, motivierten Teams." + _DE,
    ],
)
def test_age_limits_and_age_coded_teams(text: str) -> None:
    assert [(c, lvl) for c, lvl, _ in _excl(text)] == [("age", "concern")]


@pytest.mark.parametrize(
    "text",
    [
        "We support young people aged 12-18 and adults aged 18 - 25." + _EN,
        "Candidates with 3 years of experience are welcome." + _EN,
        "You will support 20 to 30 clients a week." + _EN,
        "Applicants under 18 years old cannot apply." + _EN,
        "We serve digital-native brands across Europe." + _EN,
        "Kinder im Alter von 12 bis 16 Jahren." + _DE,
        "Our platform serves 30 million citizens." + _EN,
        "We will sponsor your visa." + _EN,
    ],
)
def test_ages_of_clients_and_other_numbers_are_not_flagged(text: str) -> None:
    assert _excl(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Applicants must hold British citizenship." + _EN, "Citizenship"),
        ("You must be an Australian citizen." + _EN, "Citizenship"),
        ("Citizenship of an EU member state is required." + _EN, "Citizenship"),
        ("Must be authorized to work in the US without sponsorship." + _EN, "Work authorisation"),
        ("We are unable to sponsor visas for this role." + _EN, "Work authorisation"),
        # A right to work is not citizenship: the German says so in its own title.
        (
            "Eine gültige Arbeitserlaubnis für Deutschland ist erforderlich." + _DE,
            "Arbeitserlaubnis",
        ),
        ("Wir bieten kein Visa-Sponsoring an." + _DE, "Arbeitserlaubnis"),
        ("Deutsche Staatsangehörigkeit ist Voraussetzung." + _DE, "Staats"),
    ],
)
def test_citizenship_and_work_authorisation_are_a_neutral_condition(text: str, title: str) -> None:
    found = _excl(text)
    assert len(found) == 1
    category, level, shown = found[0]
    # A condition to ask about: info, never a concern.
    assert (category, level) == ("nationality", "info")
    assert shown.startswith(title)


@pytest.mark.parametrize(
    ("lead", "level"),
    [
        ("We are hiring a data analyst for our reporting team.", "concern"),
        ("Warehouse picker wanted for our logistics centre.", "info"),
    ],
)
def test_physical_demands_are_a_concern_only_for_desk_work(lead: str, level: str) -> None:
    text = lead + " You will be standing for prolonged periods. Apply with your CV today."
    found = [(c, lvl) for c, lvl, _ in _excl(text)]
    assert found == [("ability", level)]


@pytest.mark.parametrize(
    "text",
    [
        "Native or bilingual proficiency in Spanish." + _EN,
        "Deutsch auf Muttersprachniveau." + _DE,
        "You are a native English speaker." + _EN,
        "Muttersprache Deutsch." + _DE,
    ],
)
def test_native_wording_is_nationality_coded_with_a_level_offered(text: str) -> None:
    report = analyze(text)
    found = [f for f in report.findings if f.area.value == "exclusionary"]
    assert [(f.data["category"], f.level.value) for f in found] == [("nationality", "concern")]
    assert found[0].why
    assert "C1" in found[0].alternative or "C2" in found[0].alternative
