"""Work arrangement on sentences written for this file: a count of days is an office-day count
only beside a place; time split between home and a site; home working and telework offered;
German place lines with "Mobil"; and hostile pages of repeated cues."""

from __future__ import annotations

import pytest

from askback.text import conditions
from askback.text.doc import prepare

FILLER_EN = "\n\nYou will build reports and models with our analytics team every week.\n"
FILLER_DE = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"


def _arr(text: str, de: bool = False) -> tuple[str, float | None]:
    a = conditions.arrangement(prepare(text + (FILLER_DE if de else FILLER_EN)))
    return a.kind, a.office_days


@pytest.mark.parametrize(
    "text",
    [
        "Standard shifts are 12 hours, working 3 days one week and 4 days the next.",
        "The clinic at St Mary's is open three days per week.",
        "You will work 8.30 till 5 for 4 days of the week and 10-7 for 1 day of the week.",
        "We can offer hours of 8am to 6pm, four days per week with a fixed day off.",
        "You will spend 2 days a week with the finance team and the rest with sales.",
        "Die Sprechstunde findet an zwei Tagen pro Woche statt.",
    ],
)
def test_days_a_week_without_a_place_are_a_working_pattern(text: str) -> None:
    assert _arr(text, de="Woche" in text)[0] == "not_stated"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hybrid working: 3 days per week.", None),
        ("On site: 2 days per week, London.", 2.0),
        ("We have the option of working remotely one day per week.", 4.0),
        ("Two remote work days a week.", 3.0),
        ("4 office days/w, the rest from home.", 4.0),
        ("Office attendance of two days weekly.", 2.0),
        ("Büropräsenz: 2 Tage/Woche.", 2.0),
        ("You will work 2 days a week from home.", 3.0),
    ],
)
def test_days_a_week_with_a_place_are_office_days(text: str, days: float | None) -> None:
    kind, got = _arr(text, de="Woche" in text)
    assert kind == "hybrid"
    if days is not None:
        assert got == days


@pytest.mark.parametrize(
    "text",
    [
        "The post is a combination of working from home and at our Ipswich hospital site.",
        "Shifts comprise a combination of on site and home-based working.",
        "You will divide your time between working from home and our offices in Leeds.",
        "You will split the week between home working and the Bristol hub.",
        "Expect a mixture of working days between your home and our new office in Ely.",
        "The work will be done mainly remotely with visits to the service when required.",
        "The team is predominantly home-based, with one day a month in the office.",
    ],
)
def test_time_split_between_home_and_a_site_is_hybrid(text: str) -> None:
    assert _arr(text)[0] == "hybrid"


@pytest.mark.parametrize(
    "text",
    [
        "The role is a mix of clinic work and home visits across the county.",
        "A combination of hospital and home care for older patients.",
        "We are mostly a remote-sensing team.",
    ],
)
def test_home_visits_and_care_at_home_are_no_arrangement(text: str) -> None:
    assert _arr(text)[0] == "not_stated"


@pytest.mark.parametrize(
    "text",
    [
        "This includes home working and the smart use of technology.",
        "A flexible approach to working through remote and homeworking options.",
        "Possibility to work some hours from home once the role is established.",
        "Benefits:\n- Pension\n- Home working\n- Cycle to work scheme",
        "This position is ELIGIBLE for telework; additional criteria will be required.",
        "The selectee may be allowed to telework with supervisor approval.",
        "We offer flexible work schedules and telework.",
    ],
)
def test_home_working_or_telework_offered_is_hybrid(text: str) -> None:
    assert _arr(text)[0] == "hybrid"


@pytest.mark.parametrize(
    "text",
    [
        "This position is not eligible for telework.",
        "The duties of this post are not suitable for telework.",
    ],
)
def test_telework_denied_is_not_hybrid(text: str) -> None:
    assert _arr(text)[0] != "hybrid"


def test_a_stronger_cue_outranks_home_working_offered() -> None:
    assert _arr("This includes home working. The role is fully remote.")[0] == "remote"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Arbeitsort: Zollikofen, Home Office & Mobil", "hybrid"),
        ("Arbeitsort: Bern, Mobil", "hybrid"),
        ("Wir unterstützen und fördern mobiles sowie ortsunabhängiges Arbeiten.", "hybrid"),
        ("Erfahrung an einem internationalen oder hybriden Gericht.", "not_stated"),
        ("Arbeitsort: Bern", "not_stated"),
    ],
)
def test_german_place_lines_and_mobile_work(text: str, kind: str) -> None:
    assert _arr(text, de=True)[0] == kind


def test_experience_at_a_hybrid_court_is_no_arrangement() -> None:
    assert _arr("You have served at an international or hybrid tribunal.")[0] == "not_stated"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The role will be based at our Chelsea site.", "not_stated"),
        ("You will be based at our office in Leeds.", "onsite"),
    ],
)
def test_a_base_site_is_not_an_office(text: str, kind: str) -> None:
    assert _arr(text)[0] == kind


@pytest.mark.parametrize(
    "cue",
    ["office 2 days ", "hybrid court ", "hybrid ", "home working\n", "eligible for telework "],
)
def test_pages_of_repeated_cues_still_decide(cue: str) -> None:
    # Thousands of cues, many inside others: the sweep that drops inner cues keeps one of each
    # span and decides as for a short text.
    text = cue * 5000
    kind, _ = _arr(text)
    short, _ = _arr(cue * 3)
    assert kind == short


def test_outermost_keeps_equal_spans_and_drops_inner_ones() -> None:
    doc = prepare("Telecommute: No. Fully remote team, hybrid hybrid." + FILLER_EN)
    found = conditions.remote_cues()
    from askback.text import phrases

    matches = phrases.find(doc, found)
    kept = conditions._outermost(matches)
    spans = [(m.start, m.end) for m in kept]
    for m in matches:
        covering = [
            o
            for o in matches
            if o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
        ]
        assert ((m.start, m.end) in spans) == (not covering)
