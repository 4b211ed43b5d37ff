""" "Lead" in a title is a level only where it names the role's rank: "Lead Generation
Specialist", "Lead Scoring Analyst" and "Lead Nurturing Executive" name a sales lead (the
word's other sense), and say nothing of seniority; "Lead Data Scientist" and "Analytics Lead"
still do."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

BODY = (
    "\n\nYou will book meetings for our account executives, qualify inbound requests and keep "
    "the CRM tidy.\n\n## Requirements\n- 2 years in sales support\n- Good English\n- HubSpot\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Lead Generation Specialist",
        "Lead Scoring Analyst",
        "Lead Nurturing Executive (m/w/d)",
        "Lead Gen Coordinator",
        "Lead Routing Specialist",
        "Lead-Generierung Spezialist (m/w/d)",
    ],
)
def test_sales_lead_is_no_level(title: str) -> None:
    assert analyze(f"# {title}{BODY}").seniority == "unspecified"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Lead Data Scientist", "lead"),
        ("Analytics Lead", "lead"),
        ("Lead Analyst, Marketing Data", "lead"),
        ("Senior Lead Generation Executive", "senior"),
        ("Team Lead Sales Operations", "lead"),
        # A federal work leader: the title goes on with the occupation.
        ("Lead Management and Program Analyst", "lead"),
        ("Lead Acquisition Specialist", "lead"),
    ],
)
def test_level_words_still_read(title: str, level: str) -> None:
    assert analyze(f"# {title}{BODY}").seniority == level
