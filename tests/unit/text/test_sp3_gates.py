"""The speed gates of the arrangement and language reads (issue 11), held to the full reads."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import conditions, pay
from askback.text.doc import prepare


def _users_pieces() -> list[str]:
    """The words of _users_rx, each also cut short by a letter (a near miss), and cue words."""
    words = set(re.findall(r"[a-zäöüß]{2,}", conditions._users_rx.full().pattern))
    return [
        *sorted(words | {w[:-1] for w in words}),
        "hybrid", "remote", "teams", "our", "we", "office", "usage data", " ", " ", ", ", ". ",
        "\n", "-", "s", "en",
    ]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_users_pieces()), max_size=30).map(" ".join))
def test_user_words_gate_agrees_with_the_full_read(text: str) -> None:
    doc = prepare(text)
    users = not conditions._USER_WORDS.isdisjoint(doc.vocab)
    for start in range(len(doc.lower) + 1):
        assert conditions._of_users(doc.lower, start, users) == conditions._of_users(
            doc.lower, start
        )


_LANGUAGE_PIECES = [
    "English", "German", "Deutsch", "French", "Spanish", "Deutschkenntnisse", "fluent", "required",
    "a plus", "is an advantage", "wünschenswert", "zwingend", "or", "and", "(", ")", "C1", ",",
    ";", ".", "\n", "- ", "native", "not required", "but", "plus", "von Vorteil", "Flemish",
    "Region", "Deutsch-", "und Englischkenntnisse", "Muttersprachenniveau", "Verhandlungsniveau",
    "speaking", "markets", "Welsh Government", "deutscher Muttersprachler", "nice to have",
]  # fmt: skip


def _full_read(doc: object, nice: list[tuple[int, int]]) -> list[object]:
    """language_requirements with the clause words read afresh for every mention, and every
    mention read to the end (no _asks_nothing shortcut)."""
    real = conditions._own_words, conditions._asks_nothing

    def afresh(memo: dict[tuple[int, int], set[str]], lower: str, lo: int, hi: int) -> set[str]:
        return real[0]({}, lower, lo, hi)

    conditions._own_words = afresh  # type: ignore[assignment]
    conditions._asks_nothing = lambda words, compound: False  # type: ignore[assignment]
    try:
        return list(conditions.language_requirements(doc, nice))  # type: ignore[arg-type]
    finally:
        conditions._own_words, conditions._asks_nothing = real


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_LANGUAGE_PIECES), max_size=40).map(" ".join),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=2),
)
def test_clause_words_read_once_agree_with_each_mention_read_afresh(
    text: str, nice: list[tuple[int, int]]
) -> None:
    got = conditions.language_requirements(prepare(text), nice)
    assert got == _full_read(prepare(text), nice)


# Letters whose case folds to an ASCII letter (Kelvin sign, long s, dotted and dotless i), an
# accented letter and glued prefixes: where pay._may_lead's letter test could go wrong.
_MONEY_PIECES = ["EUR", "eur", "usd", "USD", "CHF", "kr", "kr.", "zł", "ZŁ", "€", "$", "£", "¥"]
_MONEY_PIECES += ["60", "1.200", "4,5", "85'000", "k", "K", "K", "ſ", "İ", "ı", "é", "x", "a"]
_MONEY_PIECES += ["CA", "AU", "A", "NZ", "s", "ʒ", " ", "-", "–", " to ", "bis", "\n", "(", "/"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_MONEY_PIECES), max_size=24).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_money_in_with_its_lead_test_equals_finditer(text: str, lo: int, hi: int) -> None:
    for start, end in ((0, len(text)), (min(lo, hi), max(lo, hi))):
        fast = [m.span() for m in pay.money_in(text, start, end)]
        assert fast == [m.span() for m in pay.money_rx().finditer(text, start, end)]
