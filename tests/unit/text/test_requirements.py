"""Requirement inflation: must-haves, years against seniority, and stack breadth."""

from __future__ import annotations

from askback.text import requirements
from askback.text.doc import prepare
from askback.text.jobad import analyze


def test_junior_with_five_years_is_a_concern() -> None:
    report = analyze(
        "Junior Data Analyst\n\nRequirements\n- 5+ years of experience with SQL\n- Excel\n"
    )
    finding = next(f for f in report.findings if f.check == "years-vs-seniority")
    assert finding.level.value == "concern" and finding.data["years"] == 5
    assert report.seniority == "junior" and "seniority" in finding.question_tags


def test_senior_with_five_years_is_fine() -> None:
    report = analyze("Senior Data Scientist\n\nRequirements\n- 5+ years of experience\n- Python\n")
    assert not [f for f in report.findings if f.check == "years-vs-seniority"]


def test_years_not_about_experience_are_ignored() -> None:
    years, _ = requirements.years_required(prepare("Founded 12 years ago, we have grown fast."))
    assert years is None


def test_must_haves_are_counted_and_nice_to_haves_left_out() -> None:
    musts = "\n".join(f"- Skill number {i}" for i in range(11))
    text = (
        f"Analyst\n\n## What you bring\n{musts}\n- Spanish is a plus\n\n## Nice to have\n- "
        f"Go\n- Rust\n"
    )
    r = requirements.check(prepare(text))
    assert (r.must_haves, r.nice_to_haves) == (11, 3)
    assert "must-haves" in {f.check for f in analyze(text).findings}


def test_plain_lines_under_a_scraped_heading_count_as_items() -> None:
    r = requirements.check(
        prepare("Qualifications\nSQL\nPython\nExperience with dbt\n\nBenefits\nGym\n")
    )
    assert r.must_haves == 3


def test_tools_respect_case_and_the_r_language() -> None:
    names = [
        n
        for n, _ in requirements.tools(
            prepare(
                "You excel at analysis with R, Python and Excel; you glue things with Spark and "
                "dbt."
            )
        )
    ]
    assert names == ["R", "Python", "Excel", "Spark", "dbt"]


def test_broad_stack_is_flagged() -> None:
    stack = ", ".join(
        [
            "Python",
            "SQL",
            "Spark",
            "Airflow",
            "dbt",
            "Snowflake",
            "BigQuery",
            "Kafka",
            "Terraform",
            "Docker",
            "Kubernetes",
            "Tableau",
            "Looker",
        ]
    )
    report = analyze(f"Data Engineer\n\nRequirements\n- {stack}\n")
    assert next(f for f in report.findings if f.check == "stack-breadth").data["tools"][:2] == [
        "Python",
        "SQL",
    ]
