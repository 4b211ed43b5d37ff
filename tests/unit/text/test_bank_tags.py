"""Every bank tag the analyzer points a finding at resolves to at least one shipped question."""

from __future__ import annotations

import ast
from pathlib import Path

import askback.text
from askback.bank import load
from askback.text import lexicon

TEXT = Path(askback.text.__file__).parent


def _tags_in_code() -> set[str]:
    tags: set[str] = set()
    for name in ("areas_words.py", "areas_terms.py", "areas_commitments.py"):
        tree = ast.parse((TEXT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "question_tags":
                tags |= _strings(node.value)
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id == "EXCLUSION_TAGS" for t in node.targets)
            ):
                for value in node.value.values:
                    tags |= _strings(value)
    return tags


def _strings(node: ast.AST) -> set[str]:
    """String constants in tuples (the tags), not the key passed to a .get() call."""
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            continue
        if isinstance(n, ast.Tuple):
            out |= {
                e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
    if isinstance(node, ast.Tuple):
        out |= {
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        }
    return out


def _tags_in_lexicons() -> set[str]:
    items = lexicon.read("commitments")["diversity_measures"]
    tags = {str(item["tag"]) for item in items if "tag" in item}
    tags |= {str(t) for item in items for t in item.get("tags") or ()}
    for entry in lexicon.read("exclusion")["exclusion"]:
        tags |= {str(t) for t in entry.get("tags") or ()}
    return tags


def test_every_tag_resolves() -> None:
    bank = load()
    known = {t for q in bank.questions for t in q.tags}
    tags = _tags_in_code() | _tags_in_lexicons()
    assert len(tags) >= 20
    missing = sorted(t for t in tags if t not in known)
    assert not missing, f"tags with no bank question: {missing}"


# One ad with every kind of finding the analyzer makes, written for this test.
EVERYTHING = (
    """Junior Data Scientist
We are a young, dynamic team of rockstars. Work hard, play hard!
You must be a US citizen. A valid driver's licence is required. Must lift 40 lbs.
Native English speaker. Deutsch auf Muttersprachniveau.
We are an equal opportunity employer.
Hybrid: 2 office days per week in Berlin.

Requirements
- 7+ years of experience in machine learning
"""
    + "".join(f"- Skill number {i}\n" for i in range(11))
    + "- Python, SQL, Spark, Kafka, Airflow, dbt, Snowflake, Databricks, BigQuery, Redshift,\n"
    + "  Docker, Kubernetes, Terraform, Tableau\n"
    + "We want an ambitious, competitive, decisive and dominant analyst.\n"
)

# For each kind of finding, a tag its questions must be about (the topic of the finding).
TOPICS = {
    "age-coded": {"age"},
    "ability-coded": {"adjustments", "driving"},
    "nationality-coded": {"language", "visa"},
    "bro-culture": {"working-hours", "drinking-culture"},
    "years-vs-seniority": {"seniority"},
    "must-haves": {"requirements"},
    "stack-breadth": {"tooling"},
    "salary": {"salary-range"},
    "remote": {"remote-policy"},
    "language": {"language"},
    "gender-verdict": {"hiring-practices"},
    "diversity": {"concrete-measures"},
}


def test_each_finding_points_to_questions_on_its_own_topic() -> None:
    from askback.app.text import attach_questions
    from askback.text.jobad import analyze

    bank = load()
    by_id = {q.id: q for q in bank.questions}
    report = analyze(EVERYTHING)
    attach_questions(report, bank)
    seen = set()
    for f in report.findings:
        if not f.question_tags:
            continue
        assert f.question_ids, f"{f.check}: no question"
        for qid in f.question_ids:
            assert set(by_id[qid].tags) & set(f.question_tags), (f.check, qid)
        if f.check in TOPICS:
            seen.add(f.check)
            topics = {t for qid in f.question_ids for t in by_id[qid].tags}
            assert topics & TOPICS[f.check], (f.check, f.title, f.question_ids)
    assert seen >= set(TOPICS) - {"diversity"}, set(TOPICS) - seen


def test_a_driving_licence_is_not_about_screen_readers() -> None:
    from askback.app.text import attach_questions
    from askback.text.jobad import analyze

    bank = load()
    by_id = {q.id: q for q in bank.questions}
    report = analyze("Data Analyst\nA full driving licence is required for this role.\n")
    attach_questions(report, bank)
    finding = next(f for f in report.findings if f.check == "ability-coded")
    texts = " ".join(by_id[q].text.lower() for q in finding.question_ids)
    assert "driv" in texts and "screen reader" not in texts and "accessib" not in texts


def test_work_hard_play_hard_asks_about_hours_drinking_and_who_is_included() -> None:
    from askback.app.text import attach_questions
    from askback.text.jobad import analyze

    bank = load()
    by_id = {q.id: q for q in bank.questions}
    report = analyze("Data Analyst\nWe work hard and play hard.\n")
    attach_questions(report, bank)
    finding = next(f for f in report.findings if f.check == "bro-culture")
    tags = {t for q in finding.question_ids for t in by_id[q].tags}
    assert {"working-hours", "drinking-culture", "social-events"} <= tags
    assert "drink" in finding.ask and "hours" in finding.ask
