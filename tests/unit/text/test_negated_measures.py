"""A measure or benefit the ad says it does not offer is no measure and no benefit."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

HEAD = (
    "Data Analyst\n\nYou will build dashboards and models for the sales team and present the "
    "results every week to the leadership team in our office.\n\n"
)


def facts(line: str) -> dict[str, object]:
    return dict(analyze(HEAD + line + "\n").to_dict()["facts"])


@pytest.mark.parametrize(
    "line",
    [
        "Job share is not available for this post.",
        "Unfortunately we cannot offer job sharing.",
        "No mentoring programme is in place yet.",
        "Flexible hours are not possible in this role.",
        "Kein Jobsharing möglich.",
        "Ein Mentoring-Programm ist derzeit nicht vorgesehen.",
    ],
)
def test_a_denied_measure_is_no_measure(line: str) -> None:
    assert facts(line)["diversity"] != "concrete"


@pytest.mark.parametrize(
    "line",
    [
        "We offer job sharing.",
        "No matter your background, our mentoring programme supports you.",
        "We not only offer mentoring but also job sharing.",
        "Mentoring programme for all new joiners, no exceptions.",
        "Betriebskita und nicht zuletzt ein Mentoring-Programm.",
    ],
)
def test_near_misses_keep_the_measure(line: str) -> None:
    assert facts(line)["diversity"] == "concrete"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("There is no pension scheme; 30 days of annual leave.", True),
        ("We cannot offer a company pension.", False),
    ],
)
def test_a_denied_benefit_is_no_benefit(line: str, kept: bool) -> None:
    benefits = facts(line)["benefits"]
    assert isinstance(benefits, list)
    assert ("pension" in benefits) is False
    assert ("paid holiday above the minimum" in benefits) is kept
