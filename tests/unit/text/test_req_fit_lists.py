"""Fit lists ("You're probably a match if", "What makes you a great candidate") are the ad's
requirement list when it has no other, and not counted beside one (issue 11, the EU labels'
rule), on sentences of our own; question and "we expect you to" headings; "Why <company>?" ends a
list of plain lines."""

from __future__ import annotations

import pytest

from askback.text import requirements
from tests.unit.text.req_helpers import must_haves as _must

_TOP = "About the job\n\nWe build route planners for ferries.\n\n"
_REQS = "Requirements\n- SQL\n- dbt\n- Python\n\n"


@pytest.mark.parametrize(
    "heading",
    [
        "You're probably a match if",
        "You’ll thrive here if",
        "What makes you a great candidate:",
        "You might be a good fit if",
    ],
)
def test_a_fit_list_alone_is_the_requirement_list(heading: str) -> None:
    fit = f"{heading}\n- You enjoy messy timetables\n- You write clear SQL\n\n"
    assert _must(_TOP + fit) == 2


@pytest.mark.parametrize("order", ["before", "after"])
def test_a_fit_list_beside_requirements_is_not_counted(order: str) -> None:
    fit = "You'll thrive here if\n- You enjoy messy timetables\n- You like boats\n\n"
    text = _TOP + (fit + _REQS if order == "before" else _REQS + fit)
    assert _must(text) == 3


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("we expect you to", "must"),
        ("what are we looking for", "must"),
        ("what are we looking for?", "must"),
        ("you're probably a match if", "fit"),
        ("what makes you a great candidate:", "fit"),
        ("who are we", None),
    ],
)
def test_heading_kinds(head: str, kind: str | None) -> None:
    assert requirements._kind(head, True) == kind


def test_we_expect_you_to_opens_plain_lines() -> None:
    text = (
        _TOP + "We expect you to\n\nHave three years of SQL\n\nHave used dbt in production\n\n"
        "Be fluent in English\n"
    )
    assert _must(text) == 3


def test_why_company_ends_a_plain_list() -> None:
    text = (
        _TOP + "Requirements:\nThree years of SQL.\nGood dbt skills.\nFluent English.\n"
        "Why Ferrylytics?\nA pension\nFree ferry rides\n"
    )
    assert _must(text) == 3
