"""A comma series on the line under a requirements heading is the list, also when the next
heading follows right after it.

"Requirements:" then "SQL, Python, Airflow" was counted as three must-haves at the end of a
paragraph, but as one item, or none at all, when "Nice to have:" or "What we offer" came on the
next line. Sentences written for this test, with a Hypothesis sweep over headings, series
lengths and the heading that follows.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


@pytest.mark.parametrize(
    ("text", "must"),
    [
        ("Must-haves:\nSQL, Python, Airflow\nNice-to-haves:\nSpark, Kafka", 3),
        ("Requirements:\nSQL, Python, Airflow\nNice to have: Spark", 3),
        ("Must-haves:\nSQL, Python, Airflow, 3+ years experience\nNice-to-haves:\nSpark", 4),
        ("Requirements:\nSQL, Python, Airflow, 3+ years experience\nWhat we offer\n- Pension", 4),
        ("Requirements:\nSQL, Python, Airflow\nBenefits:\n- Pension", 3),
        # At the end of its paragraph, as before.
        ("Must-haves:\nSQL, Python, Airflow", 3),
    ],
)
def test_series_under_heading(text: str, must: int) -> None:
    assert analyze(text).must_haves == must


def test_a_sentence_with_commas_is_no_series() -> None:
    text = (
        "Requirements:\nYou have worked with SQL, Python and Airflow in production, ideally in "
        "a team that ships every week, and you enjoy it.\nNice to have:\nSpark"
    )
    assert analyze(text).must_haves != 4


_TOOLS = ["SQL", "Python", "Airflow", "dbt", "Looker", "Spark", "Kafka", "Terraform"]


@settings(max_examples=60, deadline=None)
@given(
    heading=st.sampled_from(
        ["Requirements:", "Must-haves:", "Required skills:", "Qualifications:"]
    ),
    n=st.integers(min_value=2, max_value=6),
    after=st.sampled_from(
        [
            "Nice to have:\nRust, Go",
            "Nice-to-haves: Rust",
            "What we offer\n- Pension",
            "Benefits:\n- Gym",
        ]
    ),
)
def test_sweep_series_before_the_next_heading(heading: str, n: int, after: str) -> None:
    series = ", ".join(_TOOLS[:n])
    assert analyze(f"{heading}\n{series}\n{after}").must_haves == n


@pytest.mark.parametrize(
    ("text", "must"),
    [
        (
            "3. Requirements\n3.1 Degree in statistics\n3.2 Five years of experience\n"
            "3.3 Fluency in English\n4. How to apply\nSend your CV.",
            3,
        ),
        ("3. Requirements\n1. Degree in statistics\n2. Five years of experience", 2),
        ("2. Your profile\n2.1 Degree\n2.2 SQL\n3. What we offer\n3.1 Pension", 2),
        # A flat numbered list goes on numbering its items, heading words or not.
        ("Requirements\n1. SQL\n2. Python\n3. Qualifications in statistics", 3),
    ],
)
def test_an_outline_numbered_heading_is_no_item(text: str, must: int) -> None:
    # "3. Requirements" is a section of an outline, as "Requirements" alone would be.
    assert analyze(text).must_haves == must


@settings(max_examples=50, deadline=None)
@given(
    section=st.integers(min_value=1, max_value=9),
    heading=st.sampled_from(["Requirements", "Your profile", "Qualifications", "Ihr Profil"]),
    n=st.integers(min_value=2, max_value=5),
    sub=st.booleans(),
)
def test_sweep_outline_sections(section: int, heading: str, n: int, sub: bool) -> None:
    items = [f"{section}.{i + 1} " if sub else f"{i + 1}. " for i in range(n)]
    body = "\n".join(f"{mark}{tool} skills" for mark, tool in zip(items, _TOOLS, strict=False))
    text = f"{section}. {heading}\n{body}\n{section + 1}. How to apply\nWrite to us."
    assert analyze(text).must_haves == n, text
