"""Issue 11, item 4: each finding's level agrees with its rating, and a finding of low
confidence says so in the JSON, Markdown and terminal output. Ads written for this test."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from askback.text.jobad import analyze
from askback.text.render import to_json, to_markdown
from askback.text.report import LEVEL_RATINGS, Area, Finding, Level

FILLER_EN = "You will analyse data with the team and present results to managers. " * 20
FILLER_DE = "Sie analysieren Daten im Team und stellen Ergebnisse der Leitung vor. " * 20
ADS = [
    "Data Scientist\nPython needed.\n",
    "Datenanalyst (m/w/d)\nDeutsch auf Muttersprachniveau. Gehalt 55.000 - 65.000 Euro im Jahr.\n"
    + FILLER_DE,
    "Analyst\nSalary: 50,000 - 60,000 per year. Work hard, play hard.\n"
    "We are building our first data warehouse from spreadsheets.\n" + FILLER_EN,
    "Data Engineer\nRequirements\n"
    + "\n".join(f"Experience with thing number {i}" for i in range(12))
    + "\n"
    + FILLER_EN,
    "Senior ML Engineer\nWe are an equal opportunity employer. Hybrid, 2 office days a week.\n"
    "Salary: $150,000 - $180,000. Model cards and bias audits for every model.\n" + FILLER_EN,
    "Data Analyst\n10+ years of experience in analytics. Young, dynamic team.\n" + FILLER_EN,
    "Werkstudent Data (m/w/d)\nHybrid in München, 20 Stunden pro Woche.\n" + FILLER_DE,
]
REPORTS = [analyze(ad) for ad in ADS]


@pytest.mark.parametrize("report", REPORTS, ids=[a.split("\n")[0] for a in ADS])
def test_every_level_agrees_with_its_rating(report: object) -> None:
    for f in report.findings:  # type: ignore[attr-defined]
        assert f.rating is None or f.rating in LEVEL_RATINGS[f.level], (f.check, f.level, f.rating)
        assert f.confidence in ("high", "low")
        assert (f.confidence == "low") == bool(f.doubt), f.title


def _one(check: str, report_index: int) -> Finding:
    return next(f for f in REPORTS[report_index].findings if f.check == check)


def test_what_a_short_text_leaves_out_is_low_confidence_and_a_full_ad_is_not() -> None:
    short = [f for f in REPORTS[0].findings if f.level is Level.GAP]
    assert short and all(f.confidence == "low" and "words" in f.doubt for f in short)
    full = [f for f in REPORTS[4].findings if f.check in ("benefits", "data-maturity")]
    assert all(f.confidence == "high" for f in full)


def test_native_speaker_wording_is_a_concern_like_other_nationality_coded_wording() -> None:
    lang = _one("language", 1)
    assert lang.data["native"] and lang.level is Level.CONCERN


def test_a_figure_without_currency_and_counts_from_plain_lines_say_they_may_be_wrong() -> None:
    salary = _one("salary", 2)
    assert salary.confidence == "low" and "currency" in salary.doubt
    must = _one("must-haves", 3)
    assert must.confidence == "low" and must.rating is None  # a doubted count rates nothing
    assert must.level is Level.INFO


def test_an_implied_language_is_low_confidence() -> None:
    implied = [
        f for r in REPORTS for f in r.findings if f.check == "language" and f.data["implied"]
    ]
    assert implied and all(f.confidence == "low" for f in implied)


def test_a_weak_rating_never_sits_under_a_neutral_or_good_level() -> None:
    early = _one("data-maturity", 2)
    assert early.rating is None or early.rating >= 3 or early.level in (Level.GAP, Level.CONCERN)


def test_low_confidence_shows_in_json_markdown_and_terminal() -> None:
    from askback.cli.ad import print_report

    report = REPORTS[2]
    doubted = [f for f in report.findings if f.confidence == "low"]
    assert doubted
    data = json.loads(to_json(report))
    low = [f for f in data["findings"] if f["confidence"] == "low"]
    assert len(low) == len(doubted) and all(f["doubt"] for f in low)
    md = to_markdown(report)
    assert md.count("Confidence: low") == len(doubted)
    buf = io.StringIO()
    print_report(Console(file=buf, width=200, color_system=None), report, "ad")
    assert buf.getvalue().count("confidence: low") == len(doubted)


def test_the_gender_area_is_never_low_confidence_in_a_supported_language() -> None:
    for r in REPORTS:
        for f in r.findings_in(Area.GENDER):
            assert f.confidence == "high"


@pytest.mark.parametrize("report", REPORTS, ids=[a.split("\n")[0] for a in ADS])
def test_an_area_count_of_things_to_ask_counts_the_settled_levels(report: object) -> None:
    for a in report.areas:  # type: ignore[attr-defined]
        if a.status.endswith("to ask about"):
            asked = [
                f
                for f in report.findings_in(a.area)  # type: ignore[attr-defined]
                if f.level in (Level.GAP, Level.CONCERN)
            ]
            assert a.status == f"{len(asked)} to ask about"
