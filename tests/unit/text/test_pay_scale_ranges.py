"""A range of pay groups ("EG 9a bis 11") and an upper grade ("bis EG 11") on a public scale.

The scale reader kept only the first grade of a range ("TVöD-Bund EG 9a bis 11" gave "EG 9a"),
and dropped the "bis" that makes a grade the highest. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay_scale
from askback.text.jobad import analyze


def _scale(text: str) -> str | None:
    return pay_scale.find(text, text.lower())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Die Vergütung erfolgt nach TVöD-Bund EG 9a bis 11.", "TVöD-Bund EG 9a bis 11"),
        ("Eingruppierung in Entgeltgruppe 9b–11 TVöD", "Entgeltgruppe 9b–11 TVöD"),
        ("Vergütung nach TV-L E 10 bis E 12", "TV-L E 10 bis E 12"),
        ("Vergütung: TVöD VKA, EG 8 - 10", "TVöD VKA EG 8 - 10"),
        ("Je nach Qualifikation Entgeltgruppe 10–12 TVöD (Bund).", "Entgeltgruppe 10–12 TVöD"),
        ("Vergütung nach TVöD EG 9a/9b", "TVöD EG 9a/9b"),
        ("Pay: Agenda for Change Band 6 to 7", "Agenda for Change Band 6 to 7"),
        ("Die Stelle ist bewertet bis EG 11 TVöD.", "bis EG 11 TVöD"),
        ("Bezahlung nach TV-L bis EG 13", "TV-L bis EG 13"),
        ("Vergütung bis zur Entgeltgruppe 13 TV-L", "bis zur Entgeltgruppe 13 TV-L"),
        # One grade, with its letter: unchanged.
        ("Vergütung: E 13 TV-L", "E 13 TV-L"),
        ("Eingruppierung in EG 9c TVöD-Bund", "EG 9c TVöD-Bund"),
        # No range: the hours after a dash, a lower "top", a federal series code.
        ("Vergütung nach TVöD EG 9 - 40 Stunden pro Woche", "TVöD EG 9"),
        ("Vergütung nach TVöD E 11 / E 9", "TVöD E 11"),
        ("Salary: GS-0343-12", "GS-0343-12"),
    ],
)
def test_grade_ranges_and_upper_grades(text: str, label: str) -> None:
    assert _scale(text) == label


def test_an_open_grade_is_asked_for() -> None:
    r = analyze("# Sachbearbeiter (m/w/d)\n\nDie Vergütung erfolgt nach TVöD-Bund EG 9a bis 11.\n")
    (f,) = [f for f in r.findings if f.check == "salary"]
    assert "Which grade" in f.ask and "open" in f.why
    r = analyze("# Sachbearbeiter (m/w/d)\n\nDie Vergütung erfolgt nach TVöD-Bund EG 11.\n")
    (f,) = [f for f in r.findings if f.check == "salary"]
    assert "Which grade" not in f.ask


@settings(max_examples=80, deadline=None)
@given(
    scale=st.sampled_from(["TVöD", "TVöD-Bund", "TV-L", "TVöD VKA"]),
    word=st.sampled_from(["EG ", "E ", "Entgeltgruppe ", "EG"]),
    low=st.integers(min_value=1, max_value=14),
    step=st.integers(min_value=0, max_value=4),
    letter=st.sampled_from(["", "a", "b", "c"]),
    joint=st.sampled_from([" bis ", "–", " - ", "/", " bis EG "]),
)
def test_sweep_grade_range_kept_whole(
    scale: str, word: str, low: int, step: int, letter: str, joint: str
) -> None:
    high = low + step
    text = f"Die Vergütung erfolgt nach {scale} {word}{low}{letter}{joint}{high}."
    label = _scale(text)
    assert label is not None, text
    assert label.startswith(scale) and label.endswith(str(high)), (text, label)
    assert pay_scale.grade_open(label)


@settings(max_examples=40, deadline=None)
@given(
    word=st.sampled_from(["EG ", "E ", "Entgeltgruppe "]),
    grade=st.integers(min_value=1, max_value=15),
    letter=st.sampled_from(["", "a", "b"]),
)
def test_sweep_one_grade_is_not_open(word: str, grade: int, letter: str) -> None:
    label = _scale(f"Vergütung nach TV-L {word}{grade}{letter}, 39 Stunden pro Woche.")
    assert label == f"TV-L {word}{grade}{letter}" and not pay_scale.grade_open(label)
