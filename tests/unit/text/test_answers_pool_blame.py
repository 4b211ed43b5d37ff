"""The talent pool blamed instead of a measure is the bank's own red flag (the diversity
questions' rubric 1: "blame on the talent pool"): deflection, suggested 1. A blindness claim
("we don't look at gender") is culture talk, suggested 2. Beside a deed with a result, neither
pulls a concrete answer below 4."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import answers

POOL_BLAME = [
    "Honestly, it's really difficult to hire experienced female engineers here.",
    "There are so few women in machine learning, you know.",
    "Female applicants rarely apply to our data roles.",
    "That's a pipeline issue more than anything.",
    "Our applicant pool is basically all men.",
    "It's just how the industry is.",
    "Nothing we can do about that, sadly.",
    "Es ist nicht leicht, qualifizierte Data Scientistinnen zu finden.",
    "Bei uns bewerben sich leider so gut wie keine Bewerberinnen.",
    "Auf dem Markt gibt es einfach zu wenige Statistikerinnen.",
    "Es gibt am Markt leider kaum erfahrene Data Engineerinnen.",
    "Dagegen kann man leider wenig tun.",
]


@pytest.mark.parametrize("notes", POOL_BLAME)
def test_the_pool_blamed_is_a_red_flag(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating == 1, result
    assert any(s.label == "deflection" for s in result.spans), result.spans


BLINDNESS = [
    "We never really look at gender, only at what people can do.",
    "Our hiring is colour-blind.",
    "Wir schauen überhaupt nicht auf die Herkunft.",
    "Das Geschlecht ist uns völlig egal.",
]


@pytest.mark.parametrize("notes", BLINDNESS)
def test_a_blindness_claim_is_culture_talk(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating == 2, result
    assert any(s.label == "culture-talk" for s in result.spans), result.spans


WITH_DEEDS = [
    "Few women applied, so in 2023 we rewrote our ads; "
    "applications from women rose from 12% to 30%.",
    "It was hard to find female candidates, so last year we started sourcing from two networks; "
    "4 of our 9 hires in 2024 were women.",
    "We use gender-blind screening: since 2022 names and photos are removed "
    "before the first review.",
    "Es ist schwierig, Frauen zu finden, deshalb haben wir 2023 die Anzeigen umgeschrieben; der "
    "Frauenanteil stieg von 15 % auf 28 %.",
]


@pytest.mark.parametrize("notes", WITH_DEEDS)
def test_beside_a_deed_the_pool_is_context(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating >= 4, result


_GROUPS_EN = [
    "women",
    "female data scientists",
    "diverse candidates",
    "disabled applicants",
    "female",
]
_SHAPES_EN = [
    "It's hard to find {g}.",
    "There just aren't enough {g}.",
    "Honestly it is tough to recruit qualified {g}.",
    "There is a shortage of {g} in this field.",
]
_GROUPS_DE = ["Frauen", "Bewerberinnen", "Informatikerinnen", "Kandidatinnen"]
_SHAPES_DE = [
    "Es ist schwierig, {g} zu finden.",
    "Es bewerben sich leider kaum {g}.",
    "Es gibt halt zu wenige {g}.",
    "Es ist nicht einfach, erfahrene {g} für die Stelle zu gewinnen.",
]


@pytest.mark.parametrize(("shapes", "groups"), [(_SHAPES_EN, _GROUPS_EN), (_SHAPES_DE, _GROUPS_DE)])
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_any_pool_blame(shapes: list[str], groups: list[str], data: st.DataObject) -> None:
    notes = data.draw(st.sampled_from(shapes)).format(g=data.draw(st.sampled_from(groups)))
    result = answers.analyze(notes)
    assert result.suggested_rating == 1, notes
