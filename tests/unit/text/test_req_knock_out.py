"""Knock-out criteria ("screen out element") whose abilities are listed after "the following:"
in one sentence (issue 11), on sentences of our own: by semicolons or by commas, three parts
are three must-haves; what follows the sentence is no item; a lead-in after a knock-out that
asks for one ability only, or offers alternatives, makes no list."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import req_inline
from tests.unit.text.req_helpers import must_haves as _must

_HEAD = (
    "Qualifications\n\nMinimum Qualifications (Screen Out Element): Ability to do the work of a "
    "Boat Mechanic without more than normal supervision. "
)
_TAIL = (
    " Work under the close eye of a senior mechanic who checks each task. Failure to meet this "
    "element will result in an ineligible rating."
)


@pytest.mark.parametrize(
    "lead",
    [
        "To meet the screen out element, applicants should document experience or show the "
        "ability to do the following:",
        "To pass the screen-out, you should show that you can do the following:",
        "For the knock-out criterion, candidates are expected to show the following:",
    ],
)
@pytest.mark.parametrize(
    "series",
    [
        "servicing outboard engines; reading repair manuals; and testing boats on the water.",
        "service outboard engines, read repair manuals, and test boats on the water.",
        "Servicing outboard engines; Reading repair manuals; Testing boats on the water.",
    ],
)
def test_knock_out_abilities_are_items(lead: str, series: str) -> None:
    assert _must(_HEAD + lead + " " + series + _TAIL) == 3


def test_a_longer_series_counts_each_part() -> None:
    series = (
        "inspect small engines; strip and rebuild gearboxes; check repairs at the end; use "
        "hand tools and gauges; run engine tests; and write short reports."
    )
    lead = "To meet the screen out element, applicants should show the ability to do the following:"
    assert _must(_HEAD + lead + " " + series + _TAIL) == 6


@pytest.mark.parametrize(
    "series",
    [
        # Alternatives: one requirement.
        "service outboard engines, read repair manuals, or test boats on the water.",
        # One ability, described at length: no series.
        "service outboard engines of every make and size that the yard takes in for repair.",
    ],
)
def test_no_list_without_a_series_of_asks(series: str) -> None:
    lead = "To meet the screen out element, applicants should show the ability to do the following:"
    assert _must(_HEAD + lead + " " + series + _TAIL) is None


def test_three_lower_case_clauses_after_a_must_lead_in_are_items() -> None:
    # After "must … the following:", three clauses by semicolons make a list, as four do.
    text = (
        "Qualifications\n\nApplicants must be able to do the following: lift 20 kilos; climb "
        "ladders; and drive a van. Pay is set by grade."
    )
    assert _must(text) == 3


def test_three_lower_case_clauses_in_a_sentence_stay_prose() -> None:
    # Without a lead-in, a short series inside a sentence is no list.
    text = (
        "Qualifications\n\nThe role needs the ability to organize work; to explain manuals; and "
        "to prepare reports. Pay is set by grade."
    )
    assert _must(text) is None


_PART = st.text(alphabet="abcdefgh ", min_size=1, max_size=40)


@given(st.lists(_PART, min_size=1, max_size=8), st.sampled_from([", and ", ", or ", " and "]))
def test_commas_give_ordered_spans_inside_the_sentence(parts: list[str], joint: str) -> None:
    body = ", ".join(parts[:-1]) + (joint + parts[-1] if len(parts) > 1 else parts[-1])
    text = "Lead: " + body + "."
    start = len("Lead: ")
    found = req_inline._commas(text, start, len(text))
    if found is None:
        return
    items, plain = found
    assert not plain
    # Only a series whose last part follows ", and" is read (a blank part may make one).
    assert re.search(r",[ \t]+and[ \t]+", body) is not None
    assert all(start <= a < b <= len(text) for a, b in items)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(items))
