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
