"""The whole report: five areas, findings with what/where/why/ask, JSON, Markdown, bad input."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
import yaml

from askback.errors import InputError
from askback.text import render
from askback.text.jobad import analyze
from askback.text.report import Area, Level

DATA = Path(__file__).parents[2] / "data" / "text"


@pytest.fixture(scope="module")
def ads() -> list[dict[str, object]]:
    return yaml.safe_load((DATA / "ads_labelled.yaml").read_text(encoding="utf-8"))["ads"]


def test_labelled_sets_are_big_enough(ads: list[dict[str, object]]) -> None:
    answers = yaml.safe_load((DATA / "answers_rated.yaml").read_text(encoding="utf-8"))["answers"]
    assert len(ads) >= 60 and len(answers) >= 150
    assert {a["lang"] for a in ads} == {"en", "de"} and {a["lang"] for a in answers} == {"en", "de"}
    keys = {
        "gender",
        "exclusionary",
        "years_flag",
        "must_flag",
        "stack_flag",
        "salary",
        "diversity",
        "rai",
        "maturity",
        "remote",
        "language",
        "benefits",
    }
    assert all(keys <= set(a["labels"]) for a in ads)  # type: ignore[index]


def test_report_has_one_summary_per_area(ads: list[dict[str, object]]) -> None:
    report = analyze(str(ads[1]["text"]))
    assert [a.area for a in report.areas] == list(Area)
    assert all(a.summary and a.status for a in report.areas)


def test_every_gap_or_concern_says_why_and_what_to_ask(ads: list[dict[str, object]]) -> None:
    for ad in ads:
        report = analyze(str(ad["text"]))
        for f in report.findings:
            assert f.title and f.why
            if f.level in (Level.GAP, Level.CONCERN):
                assert f.ask and f.question_tags, f.title
            for s in f.spans:
                assert report.text[s.start : s.end] == s.text


def test_json_round_trip_and_markdown(ads: list[dict[str, object]]) -> None:
    report = analyze(str(ads[1]["text"]))
    data = json.loads(render.to_json(report, "ad.md"))
    assert data["source"] == "ad.md" and len(data["areas"]) == 5
    assert data["facts"]["pay"]["currency"] == "EUR"
    assert all("context" in f for f in data["findings"])
    md = render.to_markdown(report, "ad.md")
    for title in ("Gender-coded wording", "Pay transparency", "Commitments and conditions"):
        assert f"## {title}" in md
    assert "Ask:" in md


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        analyze(text)


def test_text_over_the_limit() -> None:
    with pytest.raises(InputError, match="over the"):
        analyze("word " * 300_000)


def test_unknown_language_option() -> None:
    with pytest.raises(InputError, match="--lang"):
        analyze("Data analyst wanted.", lang="fr")


def test_unsupported_language_is_explained() -> None:
    report = analyze(
        "Nous recherchons un analyste de données pour notre équipe. "
        "Tu travailles avec les équipes et tu construis des tableaux de bord pour nous."
    )
    assert report.lang == "fr"
    assert any("French" in w and "--lang" in w for w in report.warnings)
    assert report.area(Area.GENDER).status == "not checked"


def test_short_text_warns() -> None:
    assert any("very short" in w for w in analyze("Data analyst, Berlin.").warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst\n\nRequirements:\n- 3 years of SQL\n- Python\n\nSalary €50,000.",
        "<h2>Requirements</h2><ul><li>3 years of SQL</li><li>Python</li></ul> Salary €50,000.",
    ],
)
def test_analysis_leaves_no_reference_cycles(text: str) -> None:
    """Everything an analysis makes is freed as soon as the report is dropped: leftovers in
    reference cycles wait for the garbage collector, whose passes cost a whole analysis ~4 %."""
    analyze(text)  # load the lexicons and automata first: they stay
    gc.collect()
    gc.disable()
    try:
        analyze(text)
        assert gc.collect() == 0
    finally:
        gc.enable()
