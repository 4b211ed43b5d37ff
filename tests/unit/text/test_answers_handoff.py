"""A question handed to someone else, or answered with "I have no view into that", is a
deflection: the answer is on the vague side (rating at most 2), in English and German, whatever
filler words stand between the modal and the person named. Concrete answers that merely name
a department or a manager keep their rating."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import answers

HANDOFFS = [
    "Das müssten Sie wohl eher unsere Personalabteilung fragen.",
    "Da sollten Sie vielleicht besser den Betriebsrat fragen.",
    "Das könnten Sie gern die Kolleginnen aus dem Recruiting fragen.",
    "Fragen Sie da lieber mal jemanden aus der Geschäftsführung.",
    "Da stecke ich ehrlich gesagt nicht so tief drin.",
    "Dabei bin ich nicht wirklich involviert, tut mir leid.",
    "Dazu kann ich Ihnen leider nur wenig sagen.",
    "Da habe ich ehrlich gesagt kaum Einblick.",
    "Da habe ich leider keinen tieferen Einblick.",
    "Das kriege ich im Alltag nicht so mit.",
    "Ich bin da nicht die richtige Ansprechpartnerin.",
    "Your recruiter could tell you more about the numbers.",
    "That is really a question for the talent team.",
    "Honestly, I'm not quite the right person for this one.",
    "I don't have much visibility into how promotions are decided.",
    "Maybe check with your hiring manager on that.",
    "Human resources would be better placed to comment.",
    "I have limited insight into the diversity figures.",
]


@pytest.mark.parametrize("notes", HANDOFFS)
def test_a_handoff_is_on_the_vague_side(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result
    assert any(s.label == "deflection" for s in result.spans), result.spans


CONCRETE = [
    # A department or a manager named beside what was done.
    "We ask the hiring manager to write down every rejection reason, and HR audits them quarterly.",
    "Our people team can tell you the figure: 38% of the data team are women, up from 24% in 2022.",
    "Da bin ich direkt beteiligt: ich leite seit 2022 das Mentoring-Programm mit 30 Teilnehmenden.",
    "Ich kann Ihnen einiges dazu sagen: seit 2021 prüft der Betriebsrat jede Beförderung.",
    "Wir fragen das Team jedes Quartal; 2024 haben wir danach die Gehaltsbänder veröffentlicht.",
]


@pytest.mark.parametrize("notes", CONCRETE)
def test_a_named_department_beside_a_deed_is_no_handoff(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating >= 3, result
    assert not any(s.label == "deflection" for s in result.spans), result.spans


_FILLERS_DE = st.lists(
    st.sampled_from(["eher", "lieber", "besser", "wohl", "vielleicht", "mal", "da", "gern"]),
    max_size=3,
)
_WHO_DE = st.sampled_from(
    ["die Personalabteilung", "HR", "den Betriebsrat", "die Geschäftsführung", "Ihre Recruiterin"]
)
_MODAL_DE = st.sampled_from(["müssten", "sollten", "könnten", "müssen", "können"])


@settings(max_examples=60, deadline=None)
@given(_MODAL_DE, _FILLERS_DE, _WHO_DE)
def test_any_german_handoff_with_fillers(modal: str, fillers: list[str], who: str) -> None:
    notes = f"Das {modal} Sie {' '.join(fillers)} {who} fragen.".replace("  ", " ")
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, notes


_WHO_EN = st.sampled_from(
    ["HR", "the recruiter", "our people team", "my manager", "the hiring manager", "legal"]
)
_VERB_EN = st.sampled_from(
    ["would know", "could tell you more", "might be better placed", "can answer that"]
)


@settings(max_examples=60, deadline=None)
@given(_WHO_EN, _VERB_EN, st.sampled_from(["", "Honestly, ", "Hm. ", "I think "]))
def test_any_english_handoff(who: str, verb: str, lead: str) -> None:
    notes = f"{lead}{who} {verb}."
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, notes
