"""German civil-service pay grades after "Besoldung" or "besoldet" (round rt36de, sentences written
for this file): "Besoldung bis A 13", "Besoldung: A 12", "Besoldung von A 9 bis A 11", "besoldet
wird nach A 14" name the pay scale; a motorway, a room, or the scale as a subject of the work
("TVöD-Abrechnung", "du kennst dich mit TV-L aus") do not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay_scale
from askback.text.jobad import analyze


def _find(text: str) -> str | None:
    lower = text.lower()
    return pay_scale.find(text, lower)


@pytest.mark.parametrize(
    ("text", "grade", "open_"),
    [
        ("Die Besoldung erfolgt bis A 13 BBesO.", "A 13", True),
        ("Besoldung: A 12 (gehobener nichttechnischer Dienst).", "A 12", False),
        ("Besoldung von A 9 bis A 11 nach dem Bundesbesoldungsgesetz.", "A 11", True),
        ("Besoldung ab A 10 LBesO.", "A 10", True),  # the lowest grade: open (round mop)
        ("Besoldet wird nach A 14 LBesG NRW.", "A 14", False),
        ("Besoldung nach W 2 (Professur).", "W 2", False),
        ("Besoldung bis zur B 3.", "B 3", True),
        ("Besoldung gemäß R 1 LBesG.", "R 1", False),
        ("Besoldung in A 7 bis A 9 mD.", "A 9", True),
    ],
)
def test_a_grade_after_besoldung_is_the_scale(text: str, grade: str, open_: bool) -> None:
    label = _find(text)
    assert label is not None and grade in label, label
    assert pay_scale.grade_open(label) is open_


@pytest.mark.parametrize(
    "text",
    [
        "Unser Standort liegt an der A 9 bei Ingolstadt.",
        "Die Schulung findet in Raum A 13 statt.",
        "Du kennst dich mit der TVöD-Abrechnung aus.",
        "Sie kennen sich mit Besoldungsrecht und TV-L aus.",
        "Du bist vertraut mit TVöD und AVR.",
        "Ihre Aufgabe: Abrechnung der Besoldung nach A 13 für unsere Beamtinnen.",
        "Besoldung ab 1. Januar 2026 neu geregelt.",
    ],
)
def test_no_scale_where_none_is_the_pay(text: str) -> None:
    assert _find(text) is None


def test_the_report_states_the_scale_not_a_gap() -> None:
    ad = (
        "# Sachbearbeiter (m/w/d)\n\nSie bearbeiten Anträge und beraten Bürgerinnen.\n\n"
        "Besoldung bis A 11 BBesO, Verbeamtung möglich.\n"
    )
    r = analyze(ad)
    assert r.pay.scale is not None and "A 11" in r.pay.scale
    assert not [f for f in r.findings if f.check == "salary" and f.level.value == "gap"]


@settings(max_examples=80, deadline=None)
@given(
    lead=st.sampled_from(
        ["Besoldung", "Die Besoldung erfolgt", "Besoldet wird", "Besoldung:", "besoldet"]
    ),
    bound=st.sampled_from(["", " bis", " ab", " nach", " von", " gemäß", " bis zur"]),
    letter=st.sampled_from("ABRW"),
    number=st.integers(min_value=1, max_value=16),
    space=st.sampled_from(["", " "]),
)
def test_property_every_bound_and_grade_is_read(
    lead: str, bound: str, letter: str, number: int, space: str
) -> None:
    text = f"{lead}{bound} {letter}{space}{number} für diese Stelle."
    label = _find(text)
    assert label is not None and f"{letter}{space}{number}" in label, (text, label)
    assert pay_scale._may_name(text.lower())
