"""On site said at the head of a line or sentence with the place of work ("On-site at our
Columbus office.", "Onsite in Columbus, OH.", "Vor Ort in unserem Büro in Köln"), and "You'll be
on-site at our office", read as on site; on-site things (parking, a gym, training), visits now
and then and a sentence that names home work too are not (round 32). Sentences written for this
file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import conditions
from askback.text.doc import prepare

FILLER_EN = "\n\nYou will build reports and models with our analytics team every week.\n"
FILLER_DE = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"


def _kind(text: str, de: bool = False) -> str:
    return conditions.arrangement(prepare(text + (FILLER_DE if de else FILLER_EN))).kind


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("On-site at our Columbus office.", False),
        ("Schedule: Monday–Friday, 8am-4pm Eastern. On-site at our Columbus office.", False),
        ("Onsite in Columbus, OH.", False),
        ("Work location: on-site in Bristol.", False),
        ("- On site at our Leeds depot, Monday to Friday", False),
        ("You'll be on-site at our Austin office every day.", False),
        ("This is an in-office position in Austin.", False),
        ("Vor Ort in unserem Büro in Köln.", True),
        ("Arbeitsort: vor Ort am Standort Bern.", True),
    ],
)
def test_on_site_at_a_place_is_on_site(text: str, de: bool) -> None:
    assert _kind(text, de) == "onsite"


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("On-site parking at our office.", False),
        ("On-site gym in the basement.", False),
        ("On-site training in Python.", False),
        ("Onsite childcare in Leeds.", False),
        ("On-site support in line with our SLAs.", False),
        ("You'll be on-site at client offices occasionally.", False),
        ("Vor Ort in Köln: Kantine und Parkplätze.", True),
        ("Vor Ort in unserem Büro in Köln, sonst Homeoffice.", True),
    ],
)
def test_on_site_things_and_visits_are_not(text: str, de: bool) -> None:
    assert _kind(text, de) != "onsite"


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(["", "Location: ", "Schedule: 9-5. ", "- "]),
    word=st.sampled_from(["On-site", "Onsite", "On site", "Fully on-site"]),
    place=st.sampled_from(
        ["at our Leeds office", "at our Denver headquarters", "in Columbus, OH", "in Austin."]
    ),
)
def test_on_site_at_a_place_any_wording(lead: str, word: str, place: str) -> None:
    assert _kind(f"{lead}{word} {place}") == "onsite"
