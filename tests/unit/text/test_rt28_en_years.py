"""Round 28 (en): years that open a list item or follow "you have" and name what was done."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _years(body: str) -> int | None:
    return analyze(f"# Platform Engineer\n\n{body}\n").years_required


@pytest.mark.parametrize(
    ("body", "n"),
    [
        ("Requirements\n- 6+ years building data platforms\n- Go or Rust\n", 6),
        ("What you bring\n1) 4 years designing REST APIs\n2) Postgres\n", 4),
        ("Must have\n* At least 3 years in site reliability\n* Linux\n", 3),
        ("Skills\n(a) Minimum 2 years of Terraform;\n(b) AWS.\n", 2),
        ("You need\n• 7+ yrs\n• Kubernetes\n", 7),
        ("You have 5+ years running Kafka in production and strong Java.", 5),
        ("About you\n- **3-5 years** shipping mobile apps\n- Swift\n", 3),
    ],
)
def test_years_that_name_the_work_done_are_experience(body: str, n: int) -> None:
    assert _years(body) == n


@pytest.mark.parametrize(
    "body",
    [
        "Why join us\n- 20+ years in business\n- A strong pension\n",
        "About us\n- 15 years of history in the region\n- 400 staff\n",
        "We have spent 12 years building the platform that runs our stores.",
        "Contract\n- 2 years fixed term\n- Based in Leeds\n",
        "Our story\n- 30 years in the market\n",
    ],
)
def test_years_that_are_the_firm_or_the_term_are_not(body: str) -> None:
    assert _years(body) is None


@settings(deadline=None, max_examples=80)
@given(
    n=st.integers(min_value=1, max_value=15),
    marker=st.sampled_from(["- ", "* ", "• ", "1) ", "2. ", "(b) ", "✅ "]),
    lead=st.sampled_from(["", "At least ", "Minimum ", "minimum of "]),
    plus=st.sampled_from(["", "+"]),
    word=st.sampled_from(["years", "yrs", "year"]),
    tail=st.sampled_from(
        ["building pipelines", "in analytics", "with Spark", "of Python", "designing APIs", ""]
    ),
)
def test_sweep_item_years(n: int, marker: str, lead: str, plus: str, word: str, tail: str) -> None:
    item = f"{marker}{lead}{n}{plus} {word} {tail}".rstrip()
    assert _years(f"Requirements\n{item}\n{marker}Linux\n") == n


def test_hostile_repetition_stays_bounded() -> None:
    text = "# X\n\n" + "- 5+ years building " * 500 + "\n"
    t0 = time.process_time()
    analyze(text)
    assert time.process_time() - t0 < 0.5


@pytest.mark.parametrize(
    "body",
    [
        "Eligibility\n- 18 years of age or older\n- A clean record\n",
        "Education\n- One year of education above high school\n- Transcripts\n",
        "Entry\n- 2 years of full-time study in nursing\n",
    ],
)
def test_years_of_age_or_schooling_are_not_experience(body: str) -> None:
    assert _years(body) is None


def test_a_word_that_starts_like_an_excluded_one_still_counts() -> None:
    # "of agile" is not "of age", "in schools" is not "in school".
    assert _years("Requirements\n- 4+ years of agile delivery\n- Jira\n") == 4


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst\nAbout us\n- 12 years serving customers across Europe\n- 300 staff",
        "Why join us\n- 25 years building software for banks\n\nRequirements\n- SQL",
        "What we offer\n- 10 years funding your training budget",
    ],
)
def test_the_firms_story_in_a_list_is_no_years_asked(text: str) -> None:
    # An item outside the requirement lists tells the company's story, not experience asked.
    assert analyze(text).years_required is None


@settings(max_examples=40, deadline=None)
@given(
    heading=st.sampled_from(["About us", "Why join us", "Who we are", "Our story"]),
    n=st.integers(min_value=2, max_value=25),
    verb=st.sampled_from(["serving", "building", "helping", "growing", "delivering"]),
)
def test_sweep_story_bullets(heading: str, n: int, verb: str) -> None:
    text = f"Data Engineer\n{heading}\n- {n} years {verb} clients in retail\n- Offices in Leeds"
    assert analyze(text).years_required is None, text
