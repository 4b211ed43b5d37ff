"""German office days named by weekday or as fixed days (round rt36de, sentences written for
this file): "Präsenztag ist immer dienstags" is hybrid with one office day, "Im Büro sind wir
immer montags und donnerstags" two, "an zwei festen Tagen pro Woche vor Ort" two; meetings,
opening hours and deliveries on a weekday are no arrangement. A visit count after home and
"und" ("im Homeoffice und einmal pro Woche im Büro") is the office's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import conditions
from askback.text.doc import prepare

FILLER = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"


def _arr(text: str) -> tuple[str, float | None]:
    a = conditions.arrangement(prepare(text + FILLER))
    return a.kind, a.office_days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Unser Präsenztag ist immer freitags.", 1),
        ("Der Bürotag ist bei uns der Montag.", 1),
        ("Präsenztage sind jeweils dienstags und mittwochs.", 2),
        ("Bürotag: Donnerstag, die übrige Zeit arbeitest du mobil.", 1),
        ("Vor-Ort-Tage: Montag und Freitag.", 2),
        ("Anwesenheitstage sind Dienstag, Mittwoch und Donnerstag.", 3),
        ("Bürotag ist grundsätzlich mittwochs.", 1),
    ],
)
def test_a_named_office_day_on_its_label(text: str, days: int) -> None:
    assert _arr(text) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Im Büro sind wir immer montags und donnerstags.", 2),
        ("Im Büro treffen wir uns jeweils dienstags.", 1),
        ("Vor Ort bist du regelmäßig mittwochs und freitags.", 2),
        ("Montags und mittwochs arbeitest du im Office, sonst remote.", 2),
        ("Dienstags sind wir immer im Büro.", 1),
    ],
)
def test_the_place_and_weekdays_with_a_verb_between(text: str, days: int) -> None:
    assert _arr(text) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("An zwei festen Tagen pro Woche bist du im Büro.", 2),
        ("Du arbeitest an drei festen Wochentagen vor Ort in Wien.", 3),
        ("Präsenz im Büro an einem festen Tag pro Woche.", 1),
        ("Anwesenheit im Büro an zwei festgelegten Arbeitstagen.", 2),
    ],
)
def test_fixed_days_at_the_office(text: str, days: int) -> None:
    assert _arr(text) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Die Teammeetings finden immer dienstags statt.",
        "Sprechzeiten: montags und donnerstags von 9 bis 12 Uhr.",
        "Die Anlieferung erfolgt dienstags und freitags.",
        "Mittwochs gibt es frisches Obst im Büro.",
        "Unser Büro ist montags bis freitags erreichbar.",
        "Der Wochenbericht ist immer freitags fällig.",
        "An zwei festen Tagen im Monat finden Schulungen statt.",
    ],
)
def test_weekdays_of_other_things_are_no_arrangement(text: str) -> None:
    assert _arr(text)[0] == "not_stated"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Sie arbeiten überwiegend im Homeoffice und sind einmal pro Woche im Büro.", 1),
        ("Du bist meist remote und zweimal pro Woche im Büro.", 2),
        ("Einmal pro Woche Homeoffice, sonst vor Ort.", 4),
    ],
)
def test_a_visit_count_after_home_and_und_is_the_offices(text: str, days: int) -> None:
    assert _arr(text) == ("hybrid", days)


DAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag"]


@settings(max_examples=60, deadline=None)
@given(
    label=st.sampled_from(["Präsenztag", "Bürotag", "Präsenztage", "Bürotage", "Vor-Ort-Tage"]),
    link=st.sampled_from([" ist immer ", " sind jeweils ", ": ", " ist ", " sind stets "]),
    picked=st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True),
    plural=st.booleans(),
)
def test_property_a_label_counts_each_weekday_named(
    label: str, link: str, picked: list[str], plural: bool
) -> None:
    names = [d.capitalize() + ("s" if plural else "") for d in picked]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]
    assert _arr(f"{label}{link}{listed}.") == ("hybrid", len(picked))


@settings(max_examples=40, deadline=None)
@given(
    count=st.sampled_from([("einem", 1), ("zwei", 2), ("drei", 3), ("vier", 4)]),
    fixed=st.sampled_from(["festen", "fixen", "festgelegten"]),
    noun=st.sampled_from(["Tag", "Tagen", "Wochentagen", "Arbeitstagen"]),
    place=st.sampled_from(["im Büro", "vor Ort"]),
)
def test_property_fixed_days_count(
    count: tuple[str, int], fixed: str, noun: str, place: str
) -> None:
    if (count[1] == 1) != (noun == "Tag"):
        noun = "Tag" if count[1] == 1 else "Tagen"
    assert _arr(f"An {count[0]} {fixed} {noun} pro Woche arbeitest du {place}.") == (
        "hybrid",
        count[1],
    )
