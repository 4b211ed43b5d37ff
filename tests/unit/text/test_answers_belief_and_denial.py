"""Answers that state a belief, praise the people, or deny a problem are vague, not unrated.

"We believe diverse teams build better products", "Ethics matters a lot to our leadership" and
"Everyone here is very respectful" got no suggested rating at all (no signal was found), which
the planner reads as "no evidence either way". "Bias isn't a problem for us because we just
use the data" is worse than vague: it hands the question to the data. Sentences written for this
test, with a Hypothesis sweep over subjects and topics; concrete answers that use the same words
beside a deed keep their rating.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.answers import analyze


@pytest.mark.parametrize(
    "notes",
    [
        "We believe diverse teams build better products.",
        "We strongly believe in giving everyone a voice.",
        "Ethics matters a lot to our leadership.",
        "Fairness matters to us.",
        "Everyone here is very respectful.",
        "People are really open-minded here.",
        "Bias isn't really a problem for us.",
        "Pay gaps are not an issue here.",
    ],
)
def test_vague_words_get_a_weak_rating(notes: str) -> None:
    a = analyze(notes, lang="en")
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.spans)


def test_the_data_said_to_decide_is_a_red_flag() -> None:
    a = analyze("Bias isn't really a problem for us because we just use the data.", lang="en")
    assert a.suggested_rating == 1
    assert a.red_flag


@pytest.mark.parametrize(
    "notes",
    [
        "We believe it worked: women went from 20% to 35% of hires after we introduced "
        "interview rubrics in 2022.",
        "Since 2021 a fairness review is mandatory before launch, and it matters to us: it "
        "blocked three models last year.",
        "The team is very respectful, and since 2022 we run anonymised CV screening; 30% of "
        "shortlisted candidates are now women.",
    ],
)
def test_the_same_words_beside_a_deed_stay_good(notes: str) -> None:
    a = analyze(notes, lang="en")
    assert a.suggested_rating is not None and a.suggested_rating >= 4, (notes, a.spans)


_SUBJECTS = ["We", "We really", "We strongly", "Our founders and we"]
_TOPICS = ["diversity", "fairness in our models", "inclusion", "ethics", "equal pay"]


@settings(max_examples=60, deadline=None)
@given(
    subject=st.sampled_from(_SUBJECTS),
    topic=st.sampled_from(_TOPICS),
    shape=st.sampled_from(
        [
            "{s} believe {t} makes us better.",
            "{t} matters a lot to us.",
            "{t} really matters to the team.",
            "{t} is not a problem here.",
        ]
    ),
)
def test_sweep_belief_and_denial_are_never_good(subject: str, topic: str, shape: str) -> None:
    notes = shape.format(s=subject, t=topic)
    notes = notes[0].upper() + notes[1:]
    a = analyze(notes, lang="en")
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.spans)
