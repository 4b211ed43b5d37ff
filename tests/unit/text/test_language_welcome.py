"""A language that is "willkommen", "welcomed" or "nützlich" is a plus, not a requirement; the
language of the application papers ("Bewerbungen in Deutsch oder Englisch") is no requirement
(round 32). Sentences written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import conditions
from askback.text.doc import prepare


def _langs(text: str) -> dict[str, bool]:
    found = conditions.language_requirements(prepare(f"Analyst\n- {text}\n"))
    return {x.language: x.required for x in found if not x.implied}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gute Deutschkenntnisse sind willkommen.", {"German": False}),
        (
            "Englisch (C1) ist Voraussetzung, Deutschkenntnisse sind willkommen.",
            {"English": True, "German": False},
        ),
        (
            "Französischkenntnisse sind nützlich, Englisch (C1) ist Voraussetzung.",
            {"French": False, "English": True},
        ),
        ("Spanish is welcomed; fluent English is required.", {"Spanish": False, "English": True}),
        ("Italienischkenntnisse willkommen.", {"Italian": False}),
    ],
)
def test_welcome_is_a_plus(text: str, want: dict[str, bool]) -> None:
    assert _langs(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Bewerbungen in Deutsch oder Englisch sind willkommen. Deutsch C1 erforderlich.",
        "Deinen Lebenslauf kannst du auf Englisch schicken. Deutsch C1 erforderlich.",
    ],
)
def test_the_papers_language_is_no_requirement(text: str) -> None:
    assert _langs(text) == {"German": True}


@settings(max_examples=30, deadline=None)
@given(
    lang=st.sampled_from(
        [("Deutsch", "German"), ("Englisch", "English"), ("Französisch", "French")]
    ),
    kind=st.sampled_from(["kenntnisse", "", "-Kenntnisse"]),
    word=st.sampled_from(["sind willkommen", "willkommen", "sind nützlich"]),
)
def test_welcome_any_language(lang: tuple[str, str], kind: str, word: str) -> None:
    text = f"{lang[0]}{kind} {word}."
    assert _langs(text) == {lang[1]: False}
