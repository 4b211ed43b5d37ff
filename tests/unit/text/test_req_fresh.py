"""Issue 11, requirement inflation: heading and seniority shapes the earlier tests lacked.

Written for this file, in English and German: headings with a bracketed qualifier, German
"Das erwarten wir" and "Muss-/Kann-Kriterien" headings, benefit headings worded as an offer,
headings set off by quote marks, brackets or "==", and titles with a hyphened level word
("Junior-Entwickler") or a German lead word ("Leitung", "Abteilungsleiter").
"""

from __future__ import annotations

import pytest

from askback.text import requirements
from askback.text.doc import prepare

_EN = "\n- Terraform\n- Incident response\n- Four years running Linux fleets\n"
_DE = "\n- Ausbildung als Industriekaufmann\n- SAP MM\n- Zwei Jahre im Einkauf\n"
_NICE_EN = "\n- Ansible\n"
_NICE_DE = "\n- Englisch\n"


def _counts(text: str) -> tuple[int | None, int]:
    r = requirements.check(prepare("Rolle / Role\n\n" + text))
    return r.must_haves, r.nice_to_haves


@pytest.mark.parametrize(
    ("must_head", "nice_head"),
    [
        ("Requirements (must have)", "Nice to have (optional)"),
        ("Skills (required)", "Skills (preferred)"),
        ("Qualifications (mandatory)", "Extras (a plus)"),
    ],
)
def test_bracketed_qualifier_heading(must_head: str, nice_head: str) -> None:
    if nice_head.startswith("Extras"):
        # "Extras" is no heading word: only the must-have list is read.
        assert _counts(must_head + _EN)[0] == 3
        return
    assert _counts(must_head + _EN + "\n" + nice_head + _NICE_EN) == (3, 1)


@pytest.mark.parametrize(
    "heading",
    [
        "Das erwarten wir von dir:",
        "Das erwarten wir",
        "**Das wünschen wir uns:**",
        "Was wir uns von Ihnen wünschen",
        "MUSS-KRITERIEN:",
        "Musskriterien",
    ],
)
def test_german_expectation_headings(heading: str) -> None:
    assert _counts(heading + _DE)[0] == 3


@pytest.mark.parametrize("nice", ["KANN-KRITERIEN:", "Wunschkriterien", "Kann-Kriterien"])
def test_german_can_criteria_end_the_must_haves(nice: str) -> None:
    assert _counts("Muss-Kriterien:" + _DE + nice + _NICE_DE) == (3, 1)


@pytest.mark.parametrize(
    "offer",
    ["What's on offer", "What’s on offer:", "On offer", "What we're offering", "The package"],
)
def test_offer_headings_end_the_must_haves(offer: str) -> None:
    text = "Requirements" + _EN + "\n" + offer + "\n- Private health cover\n- 30 days leave\n"
    assert _counts(text) == (3, 0)


@pytest.mark.parametrize(
    "heading", ["[Requirements]", "== Requirements ==", "> **Requirements**", "### 2. Requirements"]
)
def test_heading_marks(heading: str) -> None:
    assert _counts(heading + _EN)[0] == 3


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Junior-Entwickler (m/w/d) Java", "junior"),
        ("Senior-Beraterin SAP (m/w/d)", "senior"),
        ("Junior-Consultant Strategy", "junior"),
        ("Leitung Controlling (m/w/d)", "manager"),
        ("Abteilungsleiterin Einkauf", "manager"),
        ("Bereichsleiter Logistik (m/w/d)", "manager"),
    ],
)
def test_hyphened_and_german_lead_titles(title: str, level: str) -> None:
    assert requirements.check(prepare(title + "\n\nWir freuen uns.")).seniority == level


@pytest.mark.parametrize(
    "text",
    [
        "Data Scientist\n\nOur senior-management team meets weekly.",
        "Analyst\n\nWe run lead-generation campaigns in late-stage markets.",
        "Analyst\n\nUnter der Leitung von Frau Meier arbeitest du im Team.",
    ],
)
def test_hyphened_and_lead_words_in_prose_set_no_level(text: str) -> None:
    assert requirements.check(prepare(text)).seniority == "unspecified"


@pytest.mark.parametrize(
    "text",
    [
        "**URL:** https://jobs.example.org/o/senior-data-engineer-7\n\nAnalytics Engineer\n",
        "Analytics Engineer\n\nSee www.example.com/junior-developer-programme for more.",
        "Analytics Engineer\n\nFile: careers_senior-analyst.pdf",
    ],
)
def test_level_words_in_links_set_no_level(text: str) -> None:
    assert requirements.check(prepare(text)).seniority == "unspecified"
