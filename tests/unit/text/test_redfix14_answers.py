# ruff: noqa: E501  (whole answer sentences, kept on one line each to read them)
"""Fourteenth probe round (issue 11, helper redfix14), answers: an intention said as "the idea is
to" is a plan, and a measure that "was cut" as a whole is a failure; a figure cut down is an
outcome. Sentences written for this file."""

from __future__ import annotations

import pytest

from askback.text.answers import analyze


@pytest.mark.parametrize(
    "notes",
    [
        "The idea is to start a sponsorship scheme for women next year.",
        "Our intention is to publish promotion criteria in 2026.",
        "Die Idee ist, 2026 ein Gehaltsband je Stufe zu veröffentlichen.",
    ],
)
def test_an_intention_is_a_plan_not_a_measure(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 3


@pytest.mark.parametrize(
    "notes",
    [
        "The carers' leave top-up was cut in last year's budget.",
        "Our returnship got cut after the reorganisation.",
        "The coaching budget for women leads was cut when the CFO changed.",
    ],
)
def test_a_measure_cut_is_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2 and a.red_flag


@pytest.mark.parametrize(
    "notes",
    [
        "Since 2023 our HR lead has run a yearly audit; the pay gap was cut from 8% to 3%.",
        "After we introduced salary bands in 2024, the gender pay gap was cut by half.",
    ],
)
def test_a_figure_cut_down_is_an_outcome(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating >= 4 and not a.red_flag


def test_an_idea_told_with_an_outcome_is_not_a_plan() -> None:
    a = analyze(
        "The idea was simple: since 2023 we publish every pay band, and applications from women rose from 19% to 33%."
    )
    assert a.suggested_rating is not None and a.suggested_rating >= 4
