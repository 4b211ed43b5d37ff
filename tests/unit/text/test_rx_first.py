"""rx_first.gated: a regex behind a look-ahead of its first characters finds the same matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import commitments, conditions, pay_amounts, senses
from askback.text.rx_first import Gate, first_chars, gated


def _gated_in_use() -> list[re.Pattern[str]]:
    """The full regexes whose gated copies the checks use (each is gated again here)."""
    builders = [
        v
        for m in (conditions, pay_amounts, senses)
        for v in vars(m).values()
        if isinstance(v, Gate)
    ]
    assert len(builders) >= 14
    plain = [commitments.NEG_BEFORE, commitments.NEG_AFTER, pay_amounts.ADDED_AFTER]
    return [b.full() for b in builders] + plain


# Letters whose case folding is unusual (Kelvin sign, long s, dotted and dotless i, sharp s,
# the angstrom sign) and a few separators: what a look-ahead class could get wrong.
_ODD = ["K", "ſ", "İ", "ı", "ẞ", "ß", "Å", "å", "Ä", "µ", "€", "/", ".", " ", "\n", "'", "-"]
_ODD += ["1", "2", "3", "5", "٣", "%", ",", ":"]  # digits, an Arabic-Indic one among them


def _pieces(rx: re.Pattern[str]) -> list[str]:
    """Word fragments of the pattern, in lower and upper case, and the odd characters."""
    words = set(re.findall(r"[a-zß-öø-ÿå']+", rx.pattern))
    return sorted(words | {w.upper() for w in words} | {w.title() for w in words}) + _ODD


@pytest.mark.parametrize("rx", _gated_in_use(), ids=lambda r: r.pattern[:40])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_gated_finds_what_the_full_pattern_finds(rx: re.Pattern[str], data: st.DataObject) -> None:
    pieces = _pieces(rx)
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=14)))
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    fast = gated(rx)
    assert [(m.span(), m.lastgroup, m.groups()) for m in fast.finditer(text, lo, hi)] == [
        (m.span(), m.lastgroup, m.groups()) for m in rx.finditer(text, lo, hi)
    ]
    for at in range(lo, hi + 1):
        a, b = fast.match(text, at, hi), rx.match(text, at, hi)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_first_chars_of_a_few_shapes() -> None:
    assert first_chars(re.compile(r"(?<![a-z])(?:ab|c?d)")) == {"a", "c", "d"}
    assert first_chars(re.compile(r"\bx|[0-2]y")) == {"x", "0", "1", "2"}
    # Not a short list: a class such as \w, a negated class, an empty match, local flags.
    assert first_chars(re.compile(r"\w+")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"a?")) is None
    assert first_chars(re.compile(r"(?i:a)b")) is None
    assert gated(re.compile(r"a?")).pattern == "a?"


# Sentences with office days, shares, weekdays, visits, periods and negations, in both cases.
_SENTENCES = [
    "Hybrid: 2 days a week in the office, Fridays from home.",
    "Präsenz an 3 von 5 Tagen im Büro; zweimal pro Woche Homeoffice.",
    "In office Tuesdays and Thursdays, 60% office. Mo, Mi und Fr im Büro.",
    "£35,000 per annum pro rata; €4.000 brutto monatlich; $30/hr; 500 kr./md.",
    "We cannot offer job sharing; flexible hours are not possible. Kein Jobsharing.",
    "Our platform helps hybrid teams; we sell office furniture to remote workplaces.",
    "Native English, Deutsch (C1) zwingend; German not required but a plus Spanish.",
]


@pytest.mark.parametrize("rx", _gated_in_use(), ids=lambda r: r.pattern[:40])
def test_gated_on_sentences(rx: re.Pattern[str]) -> None:
    from benchmarks.bench_text import HOSTILE

    fast = gated(rx)
    for s in [*_SENTENCES, *HOSTILE]:
        for text in (s, s.lower(), s.upper(), s * 3):
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_without_the_parser_every_pattern_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python's regex parser is private: where it is missing (another Python), no gate is put
    # in front and the pattern is the one written, with the same matches.
    from askback.text import rx_first

    rx = re.compile(r"(?<![a-z])(?:per|pro|an)\s+(?:year|jahr)", re.IGNORECASE)
    assert first_chars(rx) is not None  # gated with the parser
    monkeypatch.setattr(rx_first, "_p", None)
    assert first_chars(rx) is None
    assert gated(rx) is rx


def test_a_parser_that_reads_differently_leaves_the_pattern_ungated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A parser whose output this module does not know (another Python's) gives no gate.
    from askback.text import rx_first

    class Odd:
        @staticmethod
        def parse(pattern: str, flags: int) -> object:
            return [("NOT_AN_OPCODE", None)]

    monkeypatch.setattr(rx_first, "_p", Odd)
    rx = re.compile(r"per\s+year")
    assert first_chars(rx) is None
    assert gated(rx) is rx
