"""Issue 11, item 5: the questions a finding suggests fit the finding, judged by the questions'
tags and dimensions in the shipped bank (no question ids are fixed here). Ads written for this
test, in English and German."""

from __future__ import annotations

import pytest

from askback.app.text import attach_questions
from askback.bank import load
from askback.text.jobad import analyze
from askback.text.report import Finding

BANK = load()
BY_ID = {q.id: q for q in BANK.questions}
SPREAD: dict[str, int] = {}
for _q in BANK.questions:
    for _t in set(_q.tags):
        SPREAD[_t] = SPREAD.get(_t, 0) + 1

FILLER_EN = "You will analyse data with the team and present results. " * 25
FILLER_DE = "Sie analysieren Daten im Team und stellen Ergebnisse vor. " * 25
ADS = [
    "Field Data Analyst\nA valid driving licence and your own car are required.\n" + FILLER_EN,
    "Data Engineer\nWork hard, play hard: beer fridge and Friday drinks.\n" + FILLER_EN,
    "Lageranalyst (m/w/d)\nFührerschein Klasse B erforderlich. Heben bis 25 kg.\n" + FILLER_DE,
    "ML Engineer\nDigital natives wanted. Must be a US citizen.\n" + FILLER_EN,
    "Data Scientist\nMust stand for long periods and lift 50 lbs.\n" + FILLER_EN,
    "Analytics Lead\nWe are an equal opportunity employer. Rockstar ninja wanted.\n" + FILLER_EN,
    "Datenwissenschaftler\nJunges, dynamisches Team. Deutsch als Muttersprache. 100% remote.\n"
    + FILLER_DE,
    "Data Scientist\nWe want an ambitious, competitive, decisive, dominant, assertive and fearless"
    " analyst.\n" + FILLER_EN,
    "Junior Analyst\nRequirements\n- 8+ years of experience in analytics\n"
    + "".join(f"- Skill {i}\n" for i in range(12))
    + "- Python, R, SQL, Spark, Kafka, Airflow, dbt, Snowflake, Tableau, Looker, Docker, AWS\n"
    + FILLER_EN,
]


def _findings() -> list[Finding]:
    out: list[Finding] = []
    for ad in ADS:
        report = analyze(ad)
        attach_questions(report, BANK)
        out += [f for f in report.findings if f.question_tags]
    return out


FINDINGS = _findings()


def test_the_ads_cover_many_kinds_of_finding() -> None:
    kinds = {f.check for f in FINDINGS}
    assert {
        "ability-coded",
        "age-coded",
        "nationality-coded",
        "bro-culture",
        "salary",
        "remote",
        "language",
        "must-haves",
        "years-vs-seniority",
        "stack-breadth",
        "gender-verdict",
    } <= kinds


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f.check}:{f.title[:30]}")
def test_each_suggested_question_shares_a_topic_and_together_they_cover_the_rarest(
    finding: Finding,
) -> None:
    tags = set(finding.question_tags)
    assert finding.question_ids, finding.title
    rarest = min((t for t in tags if t in SPREAD), key=lambda t: SPREAD[t])
    covered = {t for qid in finding.question_ids for t in BY_ID[qid].tags}
    assert rarest in covered, (finding.title, finding.question_ids)
    for qid in finding.question_ids:
        shared = tags & set(BY_ID[qid].tags)
        assert shared, (finding.title, qid)
        # Not only a broad tag that a large part of the bank carries.
        assert min(SPREAD[t] for t in shared) <= len(BANK.questions) // 15, (finding.title, qid)


def test_a_driving_licence_never_points_to_accessibility_questions() -> None:
    driving = [
        f for f in FINDINGS if "driv" in f.title.lower() or "führerschein" in f.title.lower()
    ]
    assert len(driving) >= 2  # English and German
    for f in driving:
        for qid in f.question_ids:
            q = BY_ID[qid]
            assert not {"accessibility", "screen-reader", "assistive-tech"} & set(q.tags), qid
            assert "screen reader" not in q.text.lower()
        assert any("driving" in BY_ID[qid].tags for qid in f.question_ids)


def test_party_culture_points_to_hours_drinking_and_who_is_included() -> None:
    party = [f for f in FINDINGS if f.check == "bro-culture" and "drink" in f.ask.lower()]
    assert party
    for f in party:
        tags = {t for qid in f.question_ids for t in BY_ID[qid].tags}
        assert {"working-hours", "drinking-culture", "social-events"} <= tags


# Words of an ask and the tags its questions must carry: what the finding tells you to ask and
# the bank questions it points to are on the same topic.
ASK_TOPICS = {
    "drink": "drinking-culture",
    "alcohol": "drinking-culture",
    "hours": "working-hours",
    "driving": "driving",
    "visa": "visa",
    "job ads": "job-ad",
}


@pytest.mark.parametrize("finding", FINDINGS, ids=lambda f: f"{f.check}:{f.title[:30]}")
def test_the_ask_and_the_suggested_questions_are_on_the_same_topic(finding: Finding) -> None:
    tags = {t for qid in finding.question_ids for t in BY_ID[qid].tags}
    for word, tag in ASK_TOPICS.items():
        if word in finding.ask.lower() and finding.area.value in ("exclusionary", "gender-coded"):
            assert tag in tags, (finding.title, word, finding.question_ids)
