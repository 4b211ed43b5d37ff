"""A nice-to-have heading glued to the end of the last must-have item (its line break lost),
on sentences of our own: the items after it are no must-haves (issue 11, the USAJOBS labels'
rule that *highly qualified*, *best qualified* and *preferred* criteria are not counted)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import requirements
from askback.text.requirements import Section
from tests.unit.text.req_helpers import must_haves

_MINIMUM = (
    "Swim Instructor\n\nQualifications\n\nMinimum Qualified Criteria:\n"
    "1. Hold a high school diploma or GED.\n"
    "2. Be able to speak and write English.\n"
    "3. Be 18 years old when appointed.\n"
)


@pytest.mark.parametrize(
    "head",
    ["Highly Qualified Criteria:", "Best Qualified:", "Highly Qualifying Criteria:", "Preferred:"],
)
def test_items_after_a_glued_nice_heading_are_no_must_haves(head: str) -> None:
    text = (
        _MINIMUM + f"4. Show skill in teaching swimming to children. {head}\n"
        "1. Five years or more of coaching swim teams.\n"
        "2. A lifeguard instructor certificate.\n"
    )
    assert must_haves(text) == 4


def test_dashed_items_after_a_glued_nice_heading_are_no_must_haves() -> None:
    text = (
        "Cashier\n\nQualifications\n\nMinimum Qualifications:\n\n-Basic math skills.\n\n"
        "-Able to stand for a full shift. Best Qualified:\n\n-Previous work as a cashier\n\n"
        "-Working knowledge of office software\n"
    )
    assert must_haves(text) == 2


def test_a_heading_word_inside_a_sentence_keeps_the_items() -> None:
    # "preferred" inside the item's sentence, not a heading after its full stop: no cut.
    text = _MINIMUM + (
        "4. Show skill in teaching swimming; a lifeguard certificate is preferred:\n"
        "5. Pass a background check.\n"
    )
    assert must_haves(text) == 5


_PIECES = st.sampled_from(["Skill in math.", " Best Qualified:", " Preferred:", "x", " ", "."])


@settings(max_examples=300)
@given(st.lists(_PIECES, min_size=1, max_size=12), st.lists(st.integers(0, 90), max_size=6))
def test_glued_nice_heading_keeps_every_item_once(parts: list[str], cuts: list[int]) -> None:
    # A section as the line readers hand it over: every item stays, in the must-have section
    # (perhaps cut short before the heading) or in the nice-to-have section after it.
    text = "".join(parts)
    bounds = sorted({0, *(min(c, len(text)) for c in cuts), len(text)})
    bullets = [(a, b) for a, b in pairwise(bounds) if a < b]
    sec = Section("must", 0, len(text), list(bullets))
    out = requirements._nice_head_glued(text, [sec])
    kept = [b for s in out for b in s.bullets]
    assert len(kept) == len(bullets)
    assert [a for a, _ in kept] == [a for a, _ in bullets]
    assert all(s.kind in ("must", "nice") for s in out)
    assert len(out) in (1, 2)
