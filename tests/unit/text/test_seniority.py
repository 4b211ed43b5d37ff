"""Seniority comes from the title and level words, never from other senses of those words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.seniority import seniority


def _level(text: str) -> str:
    return seniority(prepare(text))[0]


@pytest.mark.parametrize(
    "body",
    [
        "This team backs late-stage oncology trials.",
        "You will support multi-stage trial designs and our backstage systems.",
        "Trials at a late stage need careful statistics.",
        "You will offer expert insight to clinicians.",
        "You will take leadership of the project and work with internal teams.",
        "We value internal mobility and an international setting.",
        "Our staff love it here and staff benefits include a pension.",
        "You will be mentored by a senior engineer.",
        "You will work under a principal investigator.",
        "We review your training/internship(s) and experience.",
        "Our internship programme is open to students.",
    ],
)
def test_words_in_other_senses_set_no_level(body: str) -> None:
    assert _level(f"Clinical Data Analyst\n\n{body}\n") == "unspecified"
    # The same sentence as a short line near the top (where titles stand) sets none either.
    assert _level(f"Clinical Data Analyst\n{body.rstrip('.')}\n") == "unspecified"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Staff Nurse - Cardiology Ward", "unspecified"),
        ("Stage Manager", "manager"),
        ("Early Stage Researcher in Genomics", "unspecified"),
        ("Lead Data Engineer", "lead"),
        ("Analytics Engineering Lead (m/w/d)", "lead"),
        ("Staff Machine Learning Engineer", "lead"),
        ("Principal Statistician", "lead"),
        ("Junior BI Developer (m/w/d)", "junior"),
        ("Praktikant Data Science (m/w/d)", "intern"),
        ("Stage – Data Engineer (6 mois)", "intern"),
        ("Offre de stage : analyste de données", "intern"),
        ("Head of Analytics", "manager"),
    ],
)
def test_level_from_the_title(title: str, level: str) -> None:
    assert _level(f"{title}\n\nWe build data products for hospitals.\n") == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("About us\nWe are recruiting a Senior Analytics Engineer for Leeds.\n", "senior"),
        ("About us\nYou join as a Junior Data Analyst in our finance team.\n", "junior"),
        ("About us\nThis is a six-month internship in our data team.\n", "intern"),
        ("About us\nYou will pair with a senior engineer every week.\n", "unspecified"),
        ("Data Analyst\nStage: Series B\n", "unspecified"),
        ("Data Analyst\nCompany stage: growth\n", "unspecified"),
        ("Senior Data Engineer\n\nYou will mentor junior analysts and interns.\n", "senior"),
        ("Data Engineer (Junior)\n\nWe are a team of experts.\n", "junior"),
    ],
)
def test_level_named_in_a_sentence_near_the_top(text: str, level: str) -> None:
    assert _level(text) == level


def _years_finding(text: str) -> list[tuple[str, object]]:
    return [
        (f.level.value, f.data.get("seniority"))
        for f in analyze(text).findings
        if f.check == "years-vs-seniority"
    ]


def test_years_are_weighed_against_the_titles_level() -> None:
    # "late-stage" in the body is no internship: eight years are usual for a senior.
    text = (
        "Senior Biostatistician\nThis position supports late-stage clinical programs.\n\n"
        "Requirements\n- 8+ years of experience in biostatistics\n- SAS or R\n"
    )
    assert _years_finding(text) == []
    # A junior title asking seven years is a concern, whatever the body says of experts.
    text = (
        "Junior Data Analyst\nYou will give expert insight to the leadership team.\n\n"
        "Requirements\n- 7+ years of experience with SQL\n- Excel\n"
    )
    assert _years_finding(text) == [("concern", "junior")]


_OTHER_SENSES = [
    "late-stage",
    "multi-stage",
    "backstage",
    "internal",
    "international",
    "expert insight",
    "leadership of the project",
    "staff benefits",
    "lead the migration",
    "at this stage",
]


@given(st.lists(st.sampled_from(_OTHER_SENSES), min_size=1, max_size=6))
def test_other_senses_never_set_a_level_in_any_mix(words: list[str]) -> None:
    body = " ".join(f"We talk about {w} often." for w in words)
    assert _level(f"Data Analyst\n\n{body}\n") == "unspecified"


_PIECES = [
    "Senior", "lead", "entry-level", "Werkstudentin", "jeune diplômé", "confirmé", "staff",
    "Stage", "data", "engineer", "the", "é", "_", "-", "/", "(m/w/d)", "Ärztin", "x", "jr.",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_PIECES), max_size=12),
    st.sampled_from([" ", "\n", "", "-"]),
    st.sampled_from(["", "About us\n", "Data Analyst\n\n"]),
)
def test_the_word_test_never_hides_a_level(pieces: list[str], sep: str, top: str) -> None:
    # The shortcuts (no level word among the Doc's words; none of the words found near the top)
    # give what the full read gives: the same Doc with every level word's first word in its
    # vocabulary takes neither shortcut.
    from askback.text import seniority as mod

    doc = prepare(top + sep.join(pieces))
    full = prepare(top + sep.join(pieces))
    full.vocab = full.vocab | set(mod._by_first_token())
    assert mod.seniority(doc) == mod._read_level(full)
