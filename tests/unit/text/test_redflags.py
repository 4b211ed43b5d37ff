"""The red-flag matcher: answers that echo a question's red flag, in English and German."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from askback.bank.bank import load
from askback.text.redflags import matching_flags, question_flags, topics

BANK = load()
RML = BANK.get("rml-001")


def test_scoring_staff_messages_matches_the_scoring_people_flag_in_both_languages() -> None:
    for notes in (
        "Honestly? We'd score employees' Slack messages for flight risk.",
        "Geplant ist, die Chats der Beschäftigten zu bewerten, um Kündigungen vorherzusagen.",
    ):
        for flags in (RML.red_flags, RML.red_flags_in("de")):
            found = matching_flags(notes, flags)
            assert found, notes
            assert found[0].flag == flags[1]  # the flag about a product that scores people
            assert {"person", "score"} <= set(found[0].shared)


def test_pride_in_never_stopping_anything_matches() -> None:
    notes = "We're really proud that no model has been stopped so far."
    assert matching_flags(notes, RML.red_flags)[0].flag == RML.red_flags[1]
    german = "Darauf sind wir stolz: gestoppt haben wir noch nie etwas."
    assert matching_flags(german, RML.red_flags_in("de"))[0].flag == RML.red_flags_in("de")[1]


def test_a_reply_about_something_else_matches_nothing() -> None:
    for notes in (
        "The team ships weekly and pairs on code review; on-call is one week in six.",
        "Das Team arbeitet hybrid, zwei Tage im Büro, Gleitzeit ab sieben Uhr.",
        "",
    ):
        assert matching_flags(notes, RML.red_flags) == []
        assert matching_flags(notes, RML.red_flags_in("de")) == []


def test_a_press_driven_change_matches_the_review_flag() -> None:
    notes = "They only changed the model after a journalist called about a complaint."
    assert matching_flags(notes, RML.red_flags)[0].flag == RML.red_flags[2]


@given(st.text(max_size=300))
def test_any_text_is_read_without_error_and_matches_share_words(notes: str) -> None:
    for m in matching_flags(notes, RML.red_flags):
        assert m.shared and set(m.shared) <= topics(notes) & topics(m.flag)


def test_stop_words_alone_never_match() -> None:
    assert matching_flags("we would have been the ones", ["we would have been"]) == []


def test_question_flags_are_the_english_then_the_other_languages_each_once() -> None:
    for q in BANK.questions:
        both = question_flags(q)
        assert list(both[: len(set(q.red_flags))]) == list(dict.fromkeys(q.red_flags))
        assert set(both) == {*q.red_flags, *q.red_flags_in("de")}
        assert len(both) == len(set(both))
        assert question_flags(q, "en") == tuple(dict.fromkeys(q.red_flags))
