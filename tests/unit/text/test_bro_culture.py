"""The "work hard, play hard" motto in its many shapes, and hard work that is not the motto."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

FRAME_EN = "Data Scientist\n\n{}\n\nRequirements:\n- Python\n- SQL\n- Statistics\n"
FRAME_DE = "Data Scientist (m/w/d)\n\n{}\n\nIhr Profil:\n- Python\n- SQL\n- Statistik\n"


def _bro(text: str) -> list[str]:
    report = analyze(text)
    return [f.spans[0].text for f in report.findings if f.check == "bro-culture"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our team motto? Work hard, party harder.",
        "We work hard & play harder.",
        "People here work really hard and celebrate hard at the end of each sprint.",
        "We work hard, then we play hard.",
        "Work hard / play hard - that's how we roll.",
    ],
)
def test_the_motto_in_english_is_bro_culture(sentence: str) -> None:
    hits = _bro(FRAME_EN.format(sentence))
    assert len(hits) == 1
    assert "hard" in hits[0].lower()


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei uns gilt: hart arbeiten, hart feiern.",
        "Wir arbeiten hart und feiern umso härter.",
        "Unser Motto: Hart arbeiten und ausgiebig feiern!",
    ],
)
def test_the_motto_in_german_is_bro_culture(sentence: str) -> None:
    assert len(_bro(FRAME_DE.format(sentence))) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "We work hard for our customers and play a central role in the market.",
        "You will work hard on hard problems with kind people.",
        "Wir arbeiten hart an harten Problemen.",
        "Hard skills matter; we play to each person's strengths.",
    ],
)
def test_hard_work_alone_is_not_the_motto(sentence: str) -> None:
    assert _bro(FRAME_EN.format(sentence)) == []


def test_the_motto_points_to_hours_drinking_and_social_events() -> None:
    report = analyze(FRAME_EN.format("We work hard and party harder."))
    (finding,) = [f for f in report.findings if f.check == "bro-culture"]
    assert {"working-hours", "drinking-culture", "social-events"} <= set(finding.question_tags)


_PIECES = st.sampled_from(
    [
        "work",
        "Work",
        "hard",
        "harder",
        "play",
        "party",
        "and",
        "&",
        ",",
        "/",
        "-",
        "hart",
        "arbeiten",
        "feiern",
        "und",
        "ausgiebig",
        "\n",
        "\u00a0",
        "\u200b",
        "–",
        "🍺",
        "<b>",
        "**",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_any_mix_of_motto_pieces_is_read_without_error(noise: str) -> None:
    # Hostile input in the motto's own words: odd spaces, zero-width characters, markup, emoji.
    report = analyze(FRAME_EN.format(noise))
    # Spans point into the text as analysed (zero-width characters removed: report.text).
    text = report.text
    for finding in report.findings:
        if finding.check == "bro-culture":
            for span in finding.spans:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
