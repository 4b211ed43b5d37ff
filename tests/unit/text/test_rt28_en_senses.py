"""Round 28 (en): experience ceilings, "dominant" findings, "Remote – US (EST hours)"."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _doc(line: str) -> str:
    head = "# Insight Analyst\n\nYou will turn sales data into decisions."
    return f"{head}\n\n{line}\n\nWe are in Leeds.\n"


def _age(line: str) -> list[str]:
    return [s.text for f in analyze(_doc(line)).findings if f.check == "age-coded" for s in f.spans]


@pytest.mark.parametrize(
    "line",
    [
        "You will have a maximum of 4 years' experience.",
        "A maximum of 6 years’ experience in marketing.",
        "Applicants with over 12 years' experience need not apply.",
        "Candidates with more than 9 years of sector experience will not be considered.",
    ],
)
def test_an_experience_ceiling_is_age_coded_and_no_years_asked(line: str) -> None:
    r = analyze(_doc(line))
    assert _age(line)
    assert r.years_required is None


@pytest.mark.parametrize(
    ("line", "n"),
    [
        ("Candidates without 3 years' experience need not apply.", 3),
        ("Applicants with less than 4 years of experience will not be considered.", 4),
        ("You have over 10 years' experience leading teams.", 10),
    ],
)
def test_a_floor_stays_a_floor(line: str, n: int) -> None:
    r = analyze(_doc(line))
    assert r.years_required == n
    assert not _age(line)


@pytest.mark.parametrize(
    "line",
    [
        "Analyse the dominant trends in customer churn.",
        "Find the dominant drivers of cost across stores.",
        "Size the dominant customer segment each quarter.",
        "Rank the dominant causes of late deliveries.",
    ],
)
def test_dominant_said_of_what_the_data_shows_is_no_trait(line: str) -> None:
    assert analyze(_doc(line)).masculine == 0


def test_dominant_said_of_a_person_still_counts() -> None:
    assert analyze(_doc("You have a dominant personality.")).masculine == 1


@pytest.mark.parametrize(
    "line",
    [
        "Location: Remote – US (EST hours)",
        "Remote - Germany (CET hours)",
        "Location: Remote – UK (GMT overlap)",
        "Remote – Canada (Eastern time)",
    ],
)
def test_a_bracket_after_the_remote_place_keeps_it_remote(line: str) -> None:
    assert analyze(_doc(line)).work_arrangement == "remote"


def test_a_bracket_with_office_days_is_not_read_as_remote() -> None:
    r = analyze(_doc("Remote: partially (2 days a week in the office)"))
    assert r.work_arrangement == "hybrid"


@settings(deadline=None, max_examples=60)
@given(
    place=st.sampled_from(["US", "UK", "Germany", "Ireland", "Canada", "Australia", "EU"]),
    dash=st.sampled_from([" – ", " - ", ": ", " — "]),
    tz=st.sampled_from(["EST hours", "CET", "GMT overlap", "Eastern time", "PST hours", "AEST"]),
    label=st.sampled_from(["Location: ", "Workplace: ", "", "📍 "]),
)
def test_sweep_remote_place_bracket(place: str, dash: str, tz: str, label: str) -> None:
    line = f"{label}Remote{dash}{place} ({tz})"
    assert analyze(_doc(line)).work_arrangement == "remote"


@settings(deadline=None, max_examples=60)
@given(
    n=st.integers(min_value=2, max_value=15),
    head=st.sampled_from(["a maximum of", "no more than", "not more than", "at most"]),
    apos=st.sampled_from(["' ", "’ ", " of "]),
)
def test_sweep_ceilings(n: int, head: str, apos: str) -> None:
    line = f"You should have {head} {n} years{apos}experience."
    assert _age(line)
    assert analyze(_doc(line)).years_required is None


@pytest.mark.parametrize("piece", ["Remote – US (", "maximum of 5 years' ", "over 3 years "])
def test_hostile_repetition_stays_bounded(piece: str) -> None:
    text = _doc(piece * (10_000 // len(piece)))
    t0 = time.process_time()
    analyze(text)
    assert time.process_time() - t0 < 0.5
