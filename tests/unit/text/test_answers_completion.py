"""Completion and retention told as results: who finished a measure, or who stayed, is what the
measure achieved, when a number, a date or an owner stands beside it. Hoped, planned, denied,
asked or conditional, it is not one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import answers_outcomes
from askback.text.answers import analyze


def outcomes(notes: str) -> list[str]:
    return [s.text for s in analyze(notes).spans if s.label == "outcome"]


@pytest.mark.parametrize(
    "notes",
    [
        "Every one of our 9 team leads completed the inclusive hiring course in 2024.",
        "31 of 35 new managers finished the leadership module by October.",
        "In Q1 all 14 interviewers passed the structured interview assessment.",
        "Of the 16 people in the first returner cohort, 13 stayed on past the first year.",
        "Six of the seven apprentices we took on in 2021 are still with us.",
        "We kept 22 of the 25 graduates from last year's intake.",
        "Four of the five women we hired in 2022 still work here.",
        "Our Head of Learning reports that 88% completed the module.",
        "Retention among returners was 94% after twelve months.",
        "Die Schulung haben im Mai alle 25 Teamleitungen absolviert.",
        "Neun von zehn Teilnehmerinnen sind nach dem Programm geblieben.",
        "Von 14 Trainees aus dem Jahrgang 2022 sind elf noch im Unternehmen.",
        "2024 haben 70 % der Führungskräfte die Prüfung bestanden.",
        "Die Verbleibquote nach zwei Jahren lag bei 85 %.",
    ],
)
def test_completion_or_retention_with_a_number_date_or_owner_is_an_outcome(notes: str) -> None:
    a = analyze(notes)
    assert outcomes(notes), (notes, a.spans)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, (notes, a.spans)


@pytest.mark.parametrize(
    ("notes", "before"),
    [
        # Without the rule, a bare figure beside a completion is only "a number": 3.
        ("All 12 data scientists completed the privacy training in June.", 3),
        ("95 % finished the onboarding course.", 3),
        ("Sieben von neun sind geblieben.", 3),
        ("Alle 30 Führungskräfte haben den Kurs bis März absolviert.", 3),
    ],
)
def test_a_figure_with_completion_is_more_than_a_plain_fact(notes: str, before: int) -> None:
    assert (analyze(notes).suggested_rating or 0) > before


@pytest.mark.parametrize(
    "notes",
    [
        "We hope all 12 managers will have completed the training by March.",
        "Hopefully 90% finished the course, we'll see in 2025.",
        "The goal is that everyone has completed it by Q4.",
        "Once all 40 managers have completed the course, we will publish the results.",
        "If the 8 returners stayed, that would be great.",
        "None of the 12 managers completed it in 2024.",
        "Nobody stayed after the 2023 cohort.",
        "Did the 12 women stay on after 2023?",
        "How many of the 30 completed it in March?",
        "I'm not sure whether the 5 trainees stayed.",
        "Wir hoffen, dass bis 2026 alle 12 Führungskräfte die Schulung abgeschlossen haben.",
        "Ziel ist, dass 2025 alle abgeschlossen haben.",
        "Sobald alle 20 Teamleitungen den Kurs absolviert haben, werten wir aus.",
        "Ob die acht Frauen geblieben sind, weiß ich nicht.",
        "Keiner der zwölf Teilnehmer ist geblieben.",
        "Sind die 5 Trainees von 2022 geblieben?",
    ],
)
def test_completion_hoped_planned_denied_or_asked_is_no_outcome(notes: str) -> None:
    assert not outcomes(notes), (notes, analyze(notes).spans)


@pytest.mark.parametrize(
    "notes",
    [
        "Nobody completed it.",
        "No one stayed.",
        "Hardly anyone finished the course.",
        "Abgeschlossen hat das Training niemand.",
        "Keiner ist geblieben.",
    ],
)
def test_nobody_completed_is_an_admitted_absence(notes: str) -> None:
    a = analyze(notes)
    assert "absence" in a.counts(), (notes, a.spans)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Everyone completed the training.",  # nothing to check: no number, date or owner
        "Retention is something we really care about.",  # the word, not a figure
        "Die Bindung unserer Leute ist uns wichtig, viele sind geblieben.",
        "The policy stayed the same.",  # not people staying
    ],
)
def test_completion_without_a_figure_date_or_owner_is_not_an_outcome(notes: str) -> None:
    assert not outcomes(notes), (notes, analyze(notes).spans)


@pytest.mark.parametrize(
    "notes",
    [
        "We finished the year with 3 open roles in 2024.",  # a year gone by, no course
        "They finished last quarter with 12 open tickets.",
        "Seit 2020 ist da alles beim Alten geblieben.",  # nothing changed
        "Die Quote ist 2024 mit 30 % gleich geblieben.",
        "Die Zahl der Bewerbungen ist 2023 unverändert geblieben.",
    ],
)
def test_a_time_gone_by_or_nothing_changed_is_no_completion(notes: str) -> None:
    assert not outcomes(notes), (notes, analyze(notes).spans)


def test_a_sentence_that_already_tells_an_outcome_gets_no_second_one() -> None:
    # "rose from … to" is the outcome; "retention" in the same sentence does not count again.
    assert len(outcomes("Retention of women engineers rose from 70 % to 85 % in 2024.")) == 1


def test_a_completion_in_the_plan_of_another_sentence_still_counts() -> None:
    notes = "All 12 managers completed it in March. Next year we will repeat it."
    assert outcomes(notes) == ["completed"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeilmnoprstuyä .,;?!\n0123456789", max_size=300))
def test_the_reader_takes_any_text(text: str) -> None:
    for start, end, s_start, s_end, label in answers_outcomes.completions(text):
        assert 0 <= s_start <= start < end <= len(text)
        assert start < s_end <= len(text)
        assert label in ("outcome", "absence")


@pytest.mark.parametrize(
    "shape", ["All 12 completed it in 2024, ", "nobody completed it, ", "sind 8 geblieben? "]
)
def test_long_repeats_are_read(shape: str) -> None:
    notes = shape * 2000
    a = analyze(notes[:90_000])
    assert a.suggested_rating is not None
