"""A sentence that says the role suits early-career people names its level (junior) when the
title names none: years asked beyond a junior's are then a concern, not a rough check. Early-
career people named in another role (mentees, a scheme the team runs) name no level, and a
level in the title wins."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.seniority import seniority


def _level(text: str) -> str:
    return seniority(prepare(text))[0]


@pytest.mark.parametrize(
    "body",
    [
        "We see this as an early-career position in our analytics team.",
        "The role is perfect for new grads who enjoy statistics.",
        "Recent university graduates are encouraged to apply.",
        "It is aimed at early career professionals with a quantitative degree.",
        "Die Stelle richtet sich an Hochschulabsolventen mit Interesse an Daten.",
        "Berufseinsteigerinnen sind herzlich willkommen.",
        "Die Position eignet sich gerne auch für Berufsanfänger.",
    ],
)
def test_an_early_career_audience_names_junior(body: str) -> None:
    assert _level(f"Data Analyst\n\n{body}\n") == "junior"


@pytest.mark.parametrize(
    "body",
    [
        "You will mentor recent graduates who join the team.",
        "Our early careers team runs the graduate scheme.",
        "Sie betreuen unsere Absolventen im ersten Jahr.",
    ],
)
def test_early_career_people_in_another_role_name_no_level(body: str) -> None:
    assert _level(f"Data Analyst\n\n{body}\n") == "unspecified"


def test_the_titles_level_wins() -> None:
    assert _level("Senior Data Scientist\n\nIdeal for recent graduates.\n") == "senior"


def test_years_beyond_a_juniors_are_a_concern() -> None:
    report = analyze(
        "Data Scientist\n\nThis is an early-career role.\n\nRequirements\n- 7 years of Python\n"
    )
    found = [f for f in report.findings if f.check == "years-vs-seniority"]
    assert [f.level.value for f in found] == ["concern"]
    assert found[0].data["seniority"] == "junior"


_LEAD = st.sampled_from(["ideal for", "great for", "suitable for", "open to", "designed for"])
_WHO = st.sampled_from(["recent graduates", "new grads", "early-career professionals"])


@settings(max_examples=40, deadline=None)
@given(_LEAD, _WHO, st.sampled_from(["The role is", "This job is", "It is"]))
def test_any_audience_sentence(lead: str, who: str, opener: str) -> None:
    assert _level(f"Data Engineer\n\n{opener} {lead} {who}.\n") == "junior"
