"""A place between the posture and its length still asks for it: "standing at a workstation for
extended periods", "sitting behind a desk for long hours". Sentences written for this test, with
a Hypothesis sweep over postures, places and lengths; "stand by our values" stays no demand.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze


def _ability(text: str) -> list[str]:
    return [f.title for f in analyze(text).findings if f.check == "ability-coded"]


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst\nThe role requires standing at a workstation for extended periods.",
        "Data Analyst\nstanding in the lab for long hours",
        "You will be sitting behind a desk for prolonged periods of time.",
    ],
)
def test_a_place_between_still_asks(text: str) -> None:
    assert _ability(text), text


def test_standing_by_values_is_no_posture() -> None:
    assert _ability("We stand by our values for long periods.") == []


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(["standing", "stand", "sitting", "walking"]),
    place=st.sampled_from(["at a workstation", "in the lab", "behind the counter", "by the line"]),
    length=st.sampled_from(["prolonged periods", "long hours", "extended periods of time"]),
)
def test_sweep_posture_place_length(verb: str, place: str, length: str) -> None:
    assert _ability(f"Analyst role. Requires {verb} {place} for {length}."), (verb, place)
