# ruff: noqa: E501  (whole interview notes, kept on one line each to read them)
"""Twentieth probe round (issue 11, helper answers20): interview notes as candidates jot them.
A result told as a hope or said unsure is no result; a denial in note form ("we don't track
that", "no written criteria", "gab es noch nie") is an admitted absence; a scare-quoted perk is
culture talk; hearsay that cannot be checked is a hedge; a rule for every case, a per-head
figure, a nightly cadence or a named owner in note form is concrete. Notes written for this file."""

from __future__ import annotations

import pytest

from askback.text.answers import analyze


def rating(notes: str) -> int:
    r = analyze(notes).suggested_rating
    assert r is not None, notes
    return r


@pytest.mark.parametrize(
    "notes",
    [
        "the buddy scheme is meant to cut early attrition by half",
        "VP data: once the ladder ships, promo decisions ought to be fairer",
        "salary bands -> expected to close the gap within two years",
        "the new training budget should help retention, says the CPO",
        "expected result: 30% fewer pages. real numbers: none yet",
        "die neue Regel soll die Wochenendeinsätze halbieren",
        "das Mentoring soll helfen, mehr Frauen zu halten",
    ],
)
def test_a_result_told_as_a_hope_is_a_plan(notes: str) -> None:
    assert rating(notes) <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Kündigungen sind glaub ich etwas gesunken seit dem Mentoring",
        "die Zufriedenheit ist irgendwie gestiegen, Zahlen gab's keine",
        "attrition has probably dropped since the new ladder, no numbers",
    ],
)
def test_an_outcome_said_unsure_is_not_a_result(notes: str) -> None:
    assert rating(notes) <= 3
    assert "outcome" not in analyze(notes).counts()


def test_a_hedge_after_the_result_leaves_it() -> None:
    # near-miss: the figure is told first, the hedge comes after it in another clause
    a = analyze(
        "Since 2022 HR audits pay every March; the gap went from 9% to 3%. I think that's right."
    )
    assert a.counts().get("outcome") and a.suggested_rating >= 4


@pytest.mark.parametrize(
    "notes",
    [
        "they don't collect ethnicity data at all",
        "we don't do stay interviews",
        "no written promo criteria, it's up to your manager",
        "no on-call rota, whoever's around picks it up",
        "pay audit: never done one",
        "keine schriftlichen Kriterien für Beförderungen",
        "ein Gehaltsaudit gab es noch nie",
        "Diversity-Daten werden gar nicht erhoben",
        "Leitlinien gibt's, liest aber keiner",
    ],
)
def test_a_denial_in_note_form_is_an_absence(notes: str) -> None:
    assert rating(notes) <= 2


def test_a_rule_without_exceptions_is_no_denial() -> None:
    # near-miss: "we don't ship ... without" is a gate, not an absence
    a = analyze(
        "We don't deploy any model without a signed model card; the review board has rejected 4 since 2023."
    )
    assert "absence" not in a.counts() and a.suggested_rating >= 4


@pytest.mark.parametrize(
    "notes",
    [
        'yeah, "flexible" hours (everyone on Slack till 10pm)',
        "the 'unlimited' PTO, ha",
        'sure, "work-life balance" - releases on Friday night',
        "Diversity? 'wir stellen einfach die Besten ein'",
    ],
)
def test_scare_quotes_and_sarcasm_are_not_a_practice(notes: str) -> None:
    assert rating(notes) <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Glassdoor says the ladder is ignored, couldn't verify",
        "laut Kununu gibt es keine Gehaltsbänder, konnte ich nicht prüfen",
        "an ex-employee said the ethics board exists only on paper",
        "women in senior roles 'up a lot', but he wouldn't give a number",
    ],
)
def test_hearsay_that_cannot_be_checked_is_vague(notes: str) -> None:
    assert rating(notes) <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "postmortem within 3 days for every sev1, SRE lead runs them",
        "learning budget €1,200 per person, manager approves",
        "each dataset has a named owner, freshness checks run nightly",
        "Elternzeit 16 Wochen bezahlt für alle Eltern seit 2023",
        "Homeoffice 2 Tage, seit Sept. 2024 schriftlich geregelt",
    ],
)
def test_a_practice_in_note_form_is_concrete(notes: str) -> None:
    assert rating(notes) >= 4


@pytest.mark.parametrize(
    "notes",
    [
        "alerts down from ~60/wk to 15/wk since the cleanup last quarter",
        "mentoring: 10 pairs in 2024, 9 of 10 mentees still here",
    ],
)
def test_a_result_in_note_form_is_concrete(notes: str) -> None:
    assert rating(notes) >= 4


def test_an_unmeasured_day_is_no_cadence() -> None:
    # near-miss: "jeden Tag" and "täglich" in value talk are no cadence
    assert rating("Wir leben Offenheit jeden Tag.") <= 2


def test_a_target_met_is_not_a_plan() -> None:
    # near-miss: a target that was reached is told as done
    a = analyze("We reached our target of 40% women in data in 2024, up from 28% in 2021.")
    assert a.suggested_rating >= 4
