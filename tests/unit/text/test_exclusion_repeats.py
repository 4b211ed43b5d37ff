"""A phrase an ad repeats is one exclusionary finding with every place as a span.

Real federal ads say "Recent Graduates" in five places; the report had listed five identical
findings (370 on the 6,440-ad snapshot). Gender-coded words were already grouped by word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import Finding


def _excl(text: str) -> list[Finding]:
    return [f for f in analyze(text).findings if f.area.value == "exclusionary"]


def test_the_same_age_phrase_five_times_is_one_finding_with_five_places() -> None:
    text = (
        "Data Analyst (Recent Graduates)\n"
        "This post is open to recent graduates. Recent Graduates must apply within two years.\n"
        "About the Recent Graduates Program: training for recent graduates.\n"
        "Requirements:\n- SQL\n- Python\n"
    )
    found = _excl(text)
    assert len(found) == 1
    only = found[0]
    assert len(only.spans) == 5
    assert "(5×)" in only.title
    # each wording once, not five times
    assert only.title.lower().count("recent graduates") == 1
    assert {text[s.start : s.end].lower() for s in only.spans} == {"recent graduates"}


def test_different_phrases_stay_different_findings() -> None:
    text = (
        "Join our young, dynamic team of digital natives.\n"
        "We want digital natives who love to work hard, play hard.\n"
        "Must be a native English speaker.\n"
    )
    found = _excl(text)
    entries = [f.data["entry"] for f in found]
    assert len(entries) == len(set(entries))  # no entry twice
    native = [f for f in found if "digital native" in f.title.lower()]
    assert len(native) == 1 and len(native[0].spans) == 2


def test_a_licence_with_a_reason_and_one_without_keep_their_own_levels() -> None:
    text = (
        "A full driving licence is required as the role involves site visits.\n"
        "Also: a full driving licence is required.\n"
    )
    found = [f for f in _excl(text) if f.data.get("entry") == "drivers-licence"]
    levels = sorted(f.level.value for f in found)
    assert levels == ["concern", "info"]


def test_the_summary_says_phrases_and_places() -> None:
    text = "Ideal for recent graduates.\nRecent graduates welcome.\nNo recent graduates? Fine.\n"
    report = analyze(text)
    summary = next(a for a in report.areas if a.area.value == "exclusionary")
    assert "1 phrase to ask about, in 3 places" in summary.summary


def test_two_phrases_of_one_sentence_are_two_phrases_in_the_summary() -> None:
    report = analyze("A driving licence and access to your own vehicle are essential.\n")
    summary = next(a for a in report.areas if a.area.value == "exclusionary")
    assert summary.summary.startswith("2 phrases to ask about: 2 ability")


FILLER = st.sampled_from(
    [
        "We build forecasting tools.",
        "The team works in Python.",
        "Apply by Friday.",
        "Our office is in Leeds.",
    ]
)
PHRASES = st.sampled_from(["recent graduates", "digital native", "work hard, play hard"])


@settings(max_examples=60, deadline=None)
@given(phrase=PHRASES, times=st.integers(1, 12), filler=st.lists(FILLER, min_size=1, max_size=3))
def test_any_phrase_repeated_k_times_gives_one_finding_with_k_spans(
    phrase: str, times: int, filler: list[str]
) -> None:
    lines = []
    for i in range(times):
        lines.append(f"{filler[i % len(filler)]} We welcome {phrase} here.")
    found = _excl("\n".join(lines))
    assert len(found) == 1
    assert len(found[0].spans) == times
    assert ("×)" in found[0].title) is (times > 1)


def test_two_wordings_of_one_entry_said_once_each_carry_no_count() -> None:
    text = (
        "Applicants must have the right to work in the UK.\nSadly we are unable to sponsor visas.\n"
    )
    found = [f for f in _excl(text) if f.data.get("entry") == "work-authorisation"]
    assert len(found) == 1
    assert len(found[0].spans) == 2
    assert "×" not in found[0].title
