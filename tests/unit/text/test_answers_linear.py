"""The answer analyzer reads long notes once per sentence, not once per clause: the lookups
that replaced the per-clause scans give the same answers as the scans they replaced."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import answers, answers_stops
from askback.text.answers import analyze

# Pieces of notes with sentence marks, clause marks and the words the stop reader looks for.
PIECES = st.sampled_from(
    [
        "mentoring",
        "stopped",
        "it",
        "the model",
        "review",
        "we tried",
        "pilot",
        "and",
        "was dropped",
        "Wir haben",
        "abgeschafft",
        ". ",
        "; ",
        "? ",
        "! ",
        ", ",
        "\n",
        " ",
        ".",
        "x",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)
PATTERNS = [answers_stops._GONE_WHAT, answers_stops._REVIEWED, answers_stops._TRIED]


def _start_by_scan(text: str, at: int) -> int:
    # A mark counts when its first character is before `at` (a clause may start at its space).
    marks = (". ", "! ", "? ", "\n")
    return max(text.rfind(mark, 0, at + len(mark) - 1) for mark in marks) + 1


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_a_sentence_starts_where_a_backward_scan_says(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    assert answers_stops._Sentences(text).start(at) == _start_by_scan(text, at)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_a_pattern_in_a_sentence_is_found_as_in_the_sliced_sentence(
    text: str, data: st.DataObject
) -> None:
    text = text.lower()
    sentences = answers_stops._Sentences(text)
    # Ask in the order the reader asks: clause by clause, so the cached searches are reused.
    # The reader asks up to a clause's end or up to the start of a word (a stop verb's).
    for c in answers_stops.CLAUSE.finditer(text):
        words = [c.start() + w.start() for w in re.finditer(r"\b\w", c.group())]
        end = data.draw(st.sampled_from([c.end(), *words]))
        for rx in PATTERNS:
            want = rx.search(text[_start_by_scan(text, c.start()) : end]) is not None
            assert sentences.has(rx, c.start(), end) is want, (text, c.start(), end, rx.pattern)


def test_a_sentence_search_is_cached_per_sentence() -> None:
    text = "the pilot ran, then it stopped, and it stopped again. the review, it was dropped"
    sentences = answers_stops._Sentences(text)
    for c in answers_stops.CLAUSE.finditer(text):
        sentences.has(answers_stops._GONE_WHAT, c.start(), c.end())
    # Two sentences (the first clause after a mark reaches back to the one before): at most
    # one search for each sentence start and end, not one per clause.
    assert len(sentences.first) <= 3


@pytest.mark.parametrize(
    ("spans", "start", "end", "touching", "want"),
    [
        ([(10, 20)], 20, 25, True, True),  # meets at the end
        ([(10, 20)], 5, 10, True, True),  # meets at the start
        ([(10, 20)], 20, 25, False, False),
        ([(10, 20)], 21, 25, True, False),
        ([(0, 3), (10, 20)], 4, 9, True, False),
        ([(0, 30), (10, 12)], 25, 35, True, True),
    ],
)
def test_overlaps_with_touching_counts_ranges_that_meet(
    spans: list[tuple[int, int]], start: int, end: int, touching: bool, want: bool
) -> None:
    assert answers._Overlaps(spans, touching=touching)(start, end) is want


@pytest.mark.parametrize(
    "shape",
    [
        "Mentoring stopped. ",
        "mentoring stopped, ",
        "we stopped it, ",
        "the review, we dropped it, ",
        "Wir haben das Mentoring abgeschafft, ",
        "nobody completed it, ",
    ],
)
def test_long_repeated_notes_still_read_each_stop(shape: str) -> None:
    # The same notes repeated: every stop the short notes show is shown in the long ones too.
    short = analyze(shape.strip(" ,"))
    long = analyze(shape * 400)
    per_copy = sum(1 for s in short.spans if s.label == "failure")
    assert sum(1 for s in long.spans if s.label == "failure") >= per_copy * 399
    assert long.red_flag == short.red_flag or not per_copy


def test_the_covering_labels_drop_spans_that_meet_them_at_an_end() -> None:
    # "failure" covers the deed it touches: the stop is the failure, not a deed.
    a = analyze("Mentoring stopped when the sponsor left; nothing replaced it.")
    assert "past-action" not in a.counts()
    assert re.search("failure", a.explanation) or a.red_flag


def test_first_clause_of_a_sentence_does_not_reach_into_the_one_before() -> None:
    from askback.text.answers_stops import _Sentences

    for text in (
        "The pilot ran for a year. We stopped it in May.",
        "Der Versuch lief ein Jahr. Wir haben ihn im Mai beendet.",
        "Done! Then we ended it.",
    ):
        sentences = _Sentences(text.lower())
        mark = max(text.rfind(". "), text.rfind("! "))
        # the clause starts at the space after the mark: its sentence starts there, not at 0
        assert sentences.start(mark + 1) == mark + 1
        assert sentences.start(0) == 0
        assert sentences.start(mark) == 0
    # A semicolon joins two clauses of one sentence.
    text = "the erg was active until 2022; nobody runs it now."
    assert _Sentences(text).start(text.index(";") + 1) == 0
