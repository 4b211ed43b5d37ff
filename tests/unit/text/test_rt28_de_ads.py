"""Red-team round 28 (German ads): a post said unfit for home office, a language said not needed.

- "Die Stelle ist nicht remote-fähig", "nicht für Homeoffice geeignet" said nothing of the work
  arrangement; it is on site.
- "Deutsch ist keine Voraussetzung" and "Deutschkenntnisse sind nicht erforderlich" in a German
  ad still reported German as required (the ad's own language, implied); "Keine
  Deutschkenntnisse nötig" reported German as required outright.
Sentences written for this test, with a Hypothesis sweep.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

_BODY = (
    "Du arbeitest mit Produktteams und Entwicklern und baust Auswertungen für den Vertrieb. "
    "Du stellst Ergebnisse im Team vor und pflegst unsere Datenmodelle."
)


def _ad(fragment: str) -> str:
    return f"# Controller (m/w/d)\n\n{_BODY}\n\n{fragment}\n\n## Dein Profil\n- SQL\n- Excel\n"


@pytest.mark.parametrize(
    "fragment",
    [
        "Die Stelle ist nicht remote-fähig; Arbeitsort ist Linz.",
        "Diese Position ist leider nicht homeoffice-fähig.",
        "Die Tätigkeit ist nicht für Homeoffice geeignet, da sie an der Anlage stattfindet.",
        "Die Aufgabe ist nicht für mobiles Arbeiten geeignet.",
    ],
)
def test_a_post_unfit_for_home_office_is_onsite(fragment: str) -> None:
    assert analyze(_ad(fragment)).work_arrangement == "onsite"


def _german(fragment: str) -> list[tuple[bool, bool]]:
    r = analyze(_ad(fragment))
    return [(x.required, x.implied) for x in r.language_requirements if x.language == "German"]


@pytest.mark.parametrize(
    "fragment",
    [
        "Deutsch ist keine Voraussetzung, Englisch reicht.",
        "Deutschkenntnisse sind nicht erforderlich.",
        "Keine Deutschkenntnisse nötig – unsere Arbeitssprache ist Englisch.",
        "Keine Deutschkenntnisse erforderlich.",
    ],
)
def test_german_said_not_needed_is_not_required(fragment: str) -> None:
    assert _german(fragment) == [], fragment


@pytest.mark.parametrize(
    "fragment",
    [
        "Keine Vorkenntnisse nötig, Deutsch fließend.",
        "Englisch ist nicht erforderlich, Deutsch schon.",
        "Deutsch ist Pflicht, Englisch nicht erforderlich.",
        "Du arbeitest in einem internationalen Team.",
    ],
)
def test_german_still_required_when_the_no_is_for_something_else(fragment: str) -> None:
    got = _german(fragment)
    assert got and got[0][0], (fragment, got)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Deutsch", "Deutschkenntnisse", "Gute Deutschkenntnisse"]),
    st.sampled_from(["ist keine Voraussetzung", "sind nicht erforderlich", "ist nicht zwingend"]),
    st.sampled_from(["", " Englisch reicht.", " Wir arbeiten auf Englisch."]),
)
def test_sweep_german_declined(lang: str, said: str, tail: str) -> None:
    assert _german(f"{lang} {said}.{tail}") == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Die Stelle", "Diese Position", "Die Tätigkeit", "Der Job"]),
    st.sampled_from(["nicht remote-fähig", "nicht homeoffice-fähig", "leider nicht remotefähig"]),
)
def test_sweep_unfit_for_remote(subject: str, said: str) -> None:
    assert analyze(_ad(f"{subject} ist {said}.")).work_arrangement == "onsite"


def test_bounded_on_a_long_repetition() -> None:
    import time

    for trigger in (
        "keine deutschkenntnisse ",
        "deutsch nicht erforderlich ",
        "nicht remote-fähig ",
    ):
        text = _ad(trigger * (10_000 // len(trigger)))
        t = time.perf_counter()
        analyze(text)
        assert time.perf_counter() - t < 5.0
