"""Ninth probe round (issue 11, helper redteam9): the office by another name ("hub", "studio",
"campus"), remote work with meetups now and then, one office weekday in the plural and short
weekday names in a list. Every sentence is written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with sales and support teams to turn data into decisions. "
    "You will build reports, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit Vertriebs- und Supportteams und machst aus Daten Entscheidungen. "
    "Du baust Berichte, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Revenue Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


# ---- work arrangement: the office by another name


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hybrid setup: 2 days a week at our Leipzig hub, otherwise from home.", 2),
        ("Hybrid: one day per week at the hub, the rest remote.", 1),
        ("Hybrid role with three days a week in the studio.", 3),
        ("Hybrid: 4 days a week on our campus near Oxford.", 4),
        ("Two days a week you will join us at our campus in Lyon.", 2),
    ],
)
def test_office_by_another_name_counts_its_days(text: str, days: float) -> None:
    r = ad(text)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Remote, with quarterly meetups somewhere in Europe.", "en"),
        ("Remote, with two offsites a year.", "en"),
        ("Remote, with annual company retreats.", "en"),
        ("Remote, mit Team-Treffen zweimal im Jahr.", "de"),
    ],
)
def test_remote_with_meetups_is_remote(text: str, lang: str) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("remote", 0)


def test_workshops_named_remote_are_not_an_arrangement() -> None:
    assert ad("We run remote workshops with clients and team events.").work_arrangement != "remote"


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Hybrid: in the office on Tuesdays.", "en", 1),
        ("Hybrid working, Thursdays in the office.", "en", 1),
        ("Hybrid: donnerstags Teamtag im Büro.", "de", 1),
        ("Hybrid: dienstags im Büro, sonst mobil.", "de", 1),
        ("Hybrid working: Tue, Thu and Fri in the office.", "en", 3),
        ("Hybrid: Mon & Wed in the office.", "en", 2),
        ("Hybrides Arbeiten: Di, Do im Büro.", "de", 2),
        ("Hybrid: Mo, Mi und Fr im Büro.", "de", 3),
    ],
)
def test_office_weekdays_short_or_alone_count(text: str, lang: str, days: float) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri"]


@given(st.lists(st.sampled_from(range(5)), min_size=2, max_size=4, unique=True))
def test_short_weekday_lists_count_each_day(picked: list[int]) -> None:
    names = [SHORT[i] for i in sorted(picked)]
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    r = ad(f"Hybrid working: {listed} in the office.")
    assert r.office_days == len(picked)
