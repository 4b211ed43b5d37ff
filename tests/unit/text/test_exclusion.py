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
