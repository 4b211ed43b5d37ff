""" "Bonus" in the sense of a plus among the skills is not a benefit.

"Bonus points if you know dbt", "Airflow is a big bonus", "Kenntnisse in R wären ein Bonus" name
a nice-to-have, and the report listed "bonus" among the benefits the ad offers. Money senses
("a bonus of up to 15%", "annual bonus", "Bonus: 10% of base salary") stay benefits. Sentences
written for this test, with a Hypothesis sweep over skills and the ways ads say "a plus".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Nice to have\n- Spark\n\nBonus points if you know dbt.",
        "Bonus points\n- Spark\n- dbt",
        "It is a bonus if you speak Dutch.",
        "Experience with Airflow is a big bonus.",
        "Kenntnisse in R wären ein Bonus.",
        "Bonus skills: Rust, Go",
        "Familiarity with Bayesian methods would be a bonus, but is not required.",
        "Preferred / Bonus\n- dbt\n- Looker",
        "Bonus Qualifications\n- BigQuery",
    ],
)
def test_bonus_as_a_plus_is_no_benefit(text: str) -> None:
    assert "bonus" not in analyze(text).benefits


@pytest.mark.parametrize(
    "text",
    [
        "We offer a bonus of up to 15%.",
        "Annual bonus and share options",
        "Bonus: 10% of base salary",
        "There is a performance-related bonus.",
        "Salary plus bonus, paid quarterly.",
        "Attraktives Gehalt mit Bonus und Jobrad.",
        "Cooks: a $750 bonus when the food safety course is passed.",
        "Bonus\n- Experience-linked pay rises every year",
    ],
)
def test_bonus_as_money_is_a_benefit(text: str) -> None:
    assert "bonus" in analyze(text).benefits


_SKILLS = ["dbt", "Airflow", "Spark", "Kubernetes", "causal inference", "a second language"]
_PLUS = [
    "Knowing {s} is a bonus.",
    "{s} would be a bonus.",
    "{s}: a real bonus if you have it",
    "Bonus points for {s}.",
    "Bonus if you have worked with {s}.",
    "Experience with {s} is a huge bonus",
]


@settings(max_examples=60, deadline=None)
@given(skill=st.sampled_from(_SKILLS), shape=st.sampled_from(_PLUS), lead=st.booleans())
def test_sweep_plus_senses(skill: str, shape: str, lead: bool) -> None:
    head = "Senior Data Scientist\n\nWhat we look for\n- Python\n- SQL\n\n" if lead else ""
    r = analyze(head + shape.format(s=skill))
    assert "bonus" not in r.benefits, shape


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("- 25 vacation days\n- Laptop of your choice", "paid holiday above the minimum"),
        ("You get 28 paid holiday days a year.", "paid holiday above the minimum"),
        ("30 annual leave days plus bank holidays", "paid holiday above the minimum"),
        ("- A lease e-bike\n- Free coffee", "commuting support"),
        ("We offer a bike lease through our partner.", "commuting support"),
    ],
)
def test_leave_days_and_bike_leases_written_the_other_way_round(text: str, label: str) -> None:
    # "25 vacation days" (the number before the kind of day) as well as "25 days' vacation".
    assert label in analyze(text).benefits


def test_a_plus_heading_no_longer_hides_the_real_benefits() -> None:
    text = (
        "What you bring\n- SQL\n\nBonus points\n- Python\n\n"
        "What's in it for you\n- 25 vacation days\n- A lease e-bike"
    )
    benefits = analyze(text).benefits
    assert "bonus" not in benefits
    assert {"paid holiday above the minimum", "commuting support"} <= set(benefits)
