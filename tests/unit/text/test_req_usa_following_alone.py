"""Requirement sentences after a plain *the following:* lead are a federal ad's list also where
no other list is read (the USAJOBS labels: "sentences after an explicit *the following:*");
rated job elements, "1 of the following", a grade's block, a screen-out element and a
definition stay prose. The texts are written for these tests in the shapes of the federal
templates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.req_usa_following import following_items
from tests.unit.text.req_helpers import must_haves as _must

_SUMMARY = (
    "## Summary\n\nThis post is open to candidates from outside the Federal service. Area of "
    "consideration: all US citizens.\n\n## Qualifications\n\n"
)
_NOTE = " PLEASE NOTE: Your resume must show these qualifications to be rated eligible.\n"


@pytest.mark.parametrize(
    ("run", "count"),
    [
        (
            "Minimally qualified candidates will possess all of the following: Experience "
            "supervising a kitchen crew. Experience counting cash at the end of a shift. Ability "
            "to work in a busy dining room. Must hold a current food handler card.",
            4,
        ),
        (
            "Qualified candidates will possess the following: Current boat operator licence "
            "from a state agency. First aid certificate from a recognized trainer. Experience "
            "launching small craft from a trailer.",
            3,
        ),
        (
            "Specialized experience must demonstrate the following: Knowledge of basic "
            "playground safety rules Ability to plan games for small groups Ability to follow "
            "written instructions Ability to keep attendance records\n",
            4,
        ),
        (
            "Qualified candidates will possess all of the following: a high school diploma or "
            "its equivalent, AND ability to speak English at work, AND skill in teaching "
            "swimming to children, AND must be at least 18 years of age.",
            4,
        ),
        (
            "Possesses and maintains the following certifications: Swim coach (national body "
            "or equivalent i.e. Coach Board); Water rescue for the professional; First aid for "
            "adults and children.",
            3,
        ),
        # The National Guard template: months of experience "in the following:", phrases run
        # together without stops (general experience 1 + 3 phrases).
        (
            "GENERAL EXPERIENCE: Office work of any kind SPECIALIZED EXPERIENCE: Must have 24 "
            "months of the following Specialized Experience: Repairing radio sets in a shop "
            "Testing circuits with meters and probes Reading wiring diagrams for aircraft\n",
            4,
        ),
        (
            "SPECIALIZED EXPERIENCE: Must have 12 months performing the following: Sorting "
            "parcels by postal zone Loading trucks in the correct order Keeping the dock log for "
            "each shift\n",
            3,
        ),
    ],
)
def test_sentences_after_a_plain_following_lead_are_the_list(run: str, count: int) -> None:
    assert _must(_SUMMARY + run + ("" if run.endswith("\n") else _NOTE)) == count


@pytest.mark.parametrize(
    "run",
    [
        # Rating factors, not must-haves.
        "Your qualifications will be evaluated on the following job elements: Ability to read "
        "blueprints for pipe runs. Knowledge of welding rods and their uses. Skill in fitting "
        "flanges to a pipe.",
        "To qualify, you must have sufficient knowledge in the following job-related factors: "
        "Ability to do the work without more than normal supervision (SCREEN OUT). Knowledge of "
        "welding rods and their uses. Skill in fitting flanges to a pipe.",
        # A choice.
        "The adequacy of this background must be shown by 1 of the following: A current "
        "licence as a land surveyor in a state. A passing score on the surveying exam.",
        # Grade by grade.
        "Within your resume you must show the following: WG-08 - Must have 12 months of "
        "experience fixing small engines. Experience reading parts lists of engines. WG-10 - "
        "Must have 18 months of experience rebuilding diesel engines.",
        # One requirement and its definition.
        "Selective Factor for GS-07: you must have the following: Ninety days of wildland fire "
        "work on a crew. Wildland fire work is defined as work on the fire line of a fire.",
    ],
)
def test_rated_chosen_graded_or_defined_leads_stay_prose_alone(run: str) -> None:
    assert _must(_SUMMARY + run + _NOTE) is None
    text = _SUMMARY + run + _NOTE
    assert following_items(text, [], [], alone=True) == []


def test_phrases_without_stops_part_only_after_a_lead_that_asks_for_months() -> None:
    run = (
        "You must show the following: Repairing radio sets in a shop Testing circuits with "
        "meters and probes Reading wiring diagrams for aircraft\n"
    )
    assert _must(_SUMMARY + run) is None


def test_beside_a_list_the_lead_keeps_its_former_reading() -> None:
    # Alone is stricter only: a rated lead read beside a list is not decided here.
    run = (
        "To qualify, you must have sufficient knowledge in the following job-related factors: "
        "Ability to read blueprints for pipe runs. Knowledge of welding rods and their uses."
    )
    text = _SUMMARY + run + "\n"
    assert len(following_items(text, [], [], alone=False)) == 2


_PIECES = st.sampled_from(
    [
        "Qualifications\n",
        "must have the following: ",
        "evaluated on the following: ",
        "Experience fixing engines. ",
        "Ability to plan games ",
        "WG-08 - ",
        "GS-7 ",
        "screen-out ",
        "1 of ",
        ". ",
        "\n",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_alone_reads_a_subset_of_the_items_inside_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    alone = following_items(text, [], [], alone=True)
    assert all(0 <= a < b <= len(text) for a, b in alone)
    assert set(alone) <= set(following_items(text, [], []))
