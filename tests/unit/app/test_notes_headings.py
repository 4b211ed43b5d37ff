"""Notes headings: a question id followed by words, however they are separated, is that question."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from askback.app.notes import parse_notes

ids = st.one_of(
    st.from_regex(r"[a-z]{2,6}-[0-9]{3}", fullmatch=True),
    st.from_regex(r"my-[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True),
)
separators = st.sampled_from([" ", "  ", "\t", ": ", " : ", " - ", " – ", " — ", ". ", ":"])
words = st.text(
    st.characters(whitelist_categories=("L", "N", "Zs"), whitelist_characters="?,'()"),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() and not t[0].isspace())


def _first(text: str) -> tuple[str | None, str | None]:
    notes = parse_notes(text, Path("notes.md"))
    answer = notes.entries[0].answer
    return answer.question_id, answer.question_text


@given(ids, separators, words)
def test_an_id_then_words_is_that_question(qid: str, sep: str, rest: str) -> None:
    assert _first(f"## {qid}{sep}{rest}\nnotes\n") == (qid, None)


@given(ids)
def test_an_id_alone_is_that_question(qid: str) -> None:
    assert _first(f"## {qid}\nnotes\n") == (qid, None)


@given(words)
def test_words_without_an_id_are_the_questions_text(text: str) -> None:
    qid, own = _first(f"## Q: {text}\nnotes\n")
    assert qid is None and own == text.strip()


def test_examples() -> None:
    assert _first("## rml-031 declined work\nThey said no once.\n") == ("rml-031", None)
    assert _first("## How is on-call paid?\n-\n") == (None, "How is on-call paid?")
