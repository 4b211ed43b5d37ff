"""Paid leave named as a benefit, in the ways English, German and Swiss ads write it."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

HEAD = (
    "Data Analyst\n\nYou will build dashboards and models for the sales team and present the "
    "results every week to the leadership.\n\nWhat we offer\n- "
)
LEAVE = "paid holiday above the minimum"


def benefits(line: str) -> list[str]:
    return list(analyze(HEAD + line + "\n").to_dict()["facts"]["benefits"])


@pytest.mark.parametrize(
    "line",
    [
        "26 Tage Ferien und flexible Arbeitszeiten",  # Swiss: Ferien, not Urlaub
        "27 Ferientage pro Jahr",
        "Urlaub: 30 Tage",
        "Ferien: 25 Arbeitstage",
        "30 Tage bezahlten Urlaub",
        "29 days' holiday plus bank holidays",  # UK apostrophe
        "26 days’ annual leave",
        "Annual leave: 27 days",
        "six weeks of paid vacation",
        "5 Wochen Urlaub",
        "fünf Wochen Ferien",
    ],
)
def test_leave_written_in_other_ways_is_a_benefit(line: str) -> None:
    assert LEAVE in benefits(line)


@pytest.mark.parametrize(
    "line",
    [
        "Leave the office on time twice a week",
        "Holiday party in December",
        "5 weeks of onboarding with a buddy",
        "Ferienjob für Studierende im Sommer",
        "Support is open 7 days a week",
        "2 weeks of leave per year",  # not above any minimum
        "Urlaubsvertretung im Team",
    ],
)
def test_near_misses_name_no_leave(line: str) -> None:
    assert LEAVE not in benefits(line)
