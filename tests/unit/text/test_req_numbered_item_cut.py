"""Numbered requirement lists of the federal non-appropriated-fund ads (NA-, NF- grades), on
sentences of our own: an item whose line was cut inside its sentence, the rest on the next line
in lower case, is one item and the list goes on after it (issue 11, the USAJOBS labels' rule that
numbered items introduced as required are counted); and a *Highly Preferred Criteria …:* heading
glued inside the last item, with its own list "1. … 2. …" after it, ends the must-haves (the
labels count no *preferred* or *best qualified* criteria)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_unwrap
from tests.unit.text.req_helpers import must_haves

_HEAD = "## Bar Attendant NA-03\n\n## Qualifications\n\n"
_REST = (
    "2. Be able to carry crates of up to 25 pounds.\n\n"
    "3. Have the arithmetic to total a guest's bill.\n\n"
    "4. Know how to mix and pour drinks.\n"
)


@pytest.mark.parametrize(
    ("first", "rest_of_first"),
    [
        (
            "1. Where the post serves alcohol, be old enough under the local law for the",
            "sale of drinks on the day you start.",
        ),
        (
            "1. At least six months of work in a kitchen or bar, which included work with",
            "the usual appliances.",
        ),
        ("1. Meet the age that the state sets,", "on the date of appointment."),
        ("1) Be of the age the local law sets for serving", "alcohol when appointed."),
    ],
)
def test_a_numbered_item_cut_in_two_lines_keeps_the_list(first: str, rest_of_first: str) -> None:
    text = _HEAD + first + "\n\n" + rest_of_first + "\n\n" + _REST.replace("2.", "2" + first[1])
    text = text.replace("3.", "3" + first[1]).replace("4.", "4" + first[1])
    assert must_haves(text) == 4


def test_a_lettered_line_after_the_item_is_not_its_rest() -> None:
    # "a. " opens a lettered part, not the rest of a cut sentence: the break stays.
    text = (
        _HEAD + "1. Hold one of these cards issued by the\n\na. state board of health.\n\n"
        "b. county office.\n\n" + _REST
    )
    assert req_unwrap.item_rest_view(text) is None


def test_an_item_that_ends_its_sentence_keeps_its_break() -> None:
    text = _HEAD + "1. Be able to lift 25 pounds.\n\nand more text in lower case.\n"
    assert req_unwrap.item_rest_view(text) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Highly Preferred Criteria are those candidates who possess:",
        "Best Qualified Criteria include applicants with:",
        "Highly Qualified Criteria:",
    ],
)
@pytest.mark.parametrize("mark", ["1.", "1)"])
def test_a_glued_preferred_list_in_the_last_item_is_no_must_have(lead: str, mark: str) -> None:
    text = (
        "Cook NA-06\n\nQualifications\n\n"
        "1. Six months of work in a kitchen.\n"
        "2. Know safe ways to store food.\n"
        f"3. Hold a food safety card or get one within 3 months. {lead} {mark} Has cooked for "
        "large groups of 300 or more.\n"
        "2. Two years of work in a large cafeteria.\n"
    )
    assert must_haves(text) == 3


_PIECES = st.sampled_from(
    ["1. ", "2) ", "Be able", " for the", "\n", "\n\n", "serving", ".", "a. "]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=14))
def test_item_rest_view_only_blanks_line_breaks(parts: list[str]) -> None:
    # The view keeps every offset: the same length, the same characters but line breaks and
    # blanks, and each break it removes sits right after a numbered line, before a lower case.
    text = "".join(parts)
    view = req_unwrap.item_rest_view(text)
    if view is None:
        return
    assert len(view) == len(text)
    assert view != text
    for a, b in zip(text, view, strict=True):
        assert a == b or (a in " \t\n" and b == " ")
    for at, (a, b) in enumerate(zip(text, view, strict=True)):
        if a == "\n" and b == " ":
            after = text[at:].lstrip(" \t\n")
            assert after[:1].islower()


# The line-start search is a shortcut of `_ITEM_CUT.finditer`: the same spans on any text.
_ALPHABET = st.sampled_from(
    ["1", "2", "12", "123", ".", ")", "(", " ", "\t", "\n", "a", "o", "A", "x", "?", ":", "b."]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_item_cuts_equal_the_plain_search(text: str) -> None:
    plain = [m.span(1) for m in req_unwrap._ITEM_CUT.finditer(text)]
    assert req_unwrap._item_cuts(text) == plain
