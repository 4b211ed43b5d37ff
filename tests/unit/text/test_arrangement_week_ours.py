"""Work arrangement on sentences written for this file (issue 11, round 32): the whole week at
the employer's own office said with a verb of work ("Sie arbeiten von Montag bis Freitag in
unserem Büro") is on site, office hours are not; a share of the week for "Mobile Office" or
"mobiler Arbeit" is hybrid, a share of mobile users or traffic is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import conditions
from askback.text.doc import prepare

FILLER_EN = "\n\nYou will build reports and models with our analytics team every week.\n"
FILLER_DE = "\n\nDu baust Berichte und Modelle mit unserem Analytics-Team, jede Woche neu.\n"


def _arr(text: str, de: bool) -> tuple[str, float | None]:
    a = conditions.arrangement(prepare(text + (FILLER_DE if de else FILLER_EN)))
    return a.kind, a.office_days


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Sie arbeiten von Montag bis Freitag in unserem Büro in Köln.", True),
        ("Du arbeitest montags bis freitags in unserer Zentrale in Linz.", True),
        ("Ihr arbeitet Mo–Fr in unserem Münchner Büro.", True),
        ("Sie arbeiten Montag bis Freitag an unserem Standort in Bern.", True),
        ("You work Monday to Friday from our office in Leeds.", False),
        ("You will be Monday through Friday at our Dublin headquarters.", False),
    ],
)
def test_the_whole_week_at_our_office_is_on_site(text: str, de: bool) -> None:
    assert _arr(text, de)[0] == "onsite"


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Sie erreichen uns Montag bis Freitag in unserem Büro.", True),
        ("Unser Empfang ist montags bis freitags in unserem Büro besetzt.", True),
        ("Call us Monday to Friday at our office on 0113 496 0000.", False),
    ],
)
def test_office_hours_are_no_arrangement(text: str, de: bool) -> None:
    assert _arr(text, de)[0] == "not_stated"


@pytest.mark.parametrize(
    "text",
    [
        "Mobile Office bis zu 80 %.",
        "Mobile Arbeit bis zu 60 %.",
        "Bis zu 40 % mobiler Arbeit.",
        "Mobile-Office-Anteil: 50 %",
    ],
)
def test_a_share_of_mobile_work_is_hybrid(text: str) -> None:
    assert _arr(text, True)[0] == "hybrid"


@pytest.mark.parametrize(
    "text",
    [
        "We grew 30% mobile traffic last year.",
        "Our app sees 70% mobile users.",
        "Mobile conversion rose by 12% after the redesign.",
    ],
)
def test_a_share_of_mobile_users_is_no_arrangement(text: str) -> None:
    assert _arr(text, False)[0] == "not_stated"


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(["Sie arbeiten", "Du arbeitest", "Ihr arbeitet", "Du bist"]),
    days=st.sampled_from(["von Montag bis Freitag", "Montag bis Freitag", "montags bis freitags"]),
    place=st.sampled_from(["in unserem Büro", "in unserer Zentrale", "an unserem Standort"]),
    city=st.sampled_from(["Köln", "Graz", "Zürich", "Leipzig"]),
)
def test_whole_week_at_ours_any_wording(verb: str, days: str, place: str, city: str) -> None:
    assert _arr(f"{verb} {days} {place} in {city}.", True)[0] == "onsite"


@settings(max_examples=40, deadline=None)
@given(
    share=st.integers(min_value=10, max_value=90),
    lead=st.sampled_from(
        ["Mobile Office bis zu {n} %", "Mobile Arbeit bis zu {n} %", "Bis zu {n} % mobiler Arbeit"]
    ),
)
def test_mobile_share_any_number(share: int, lead: str) -> None:
    assert _arr(lead.format(n=share) + ".", True)[0] == "hybrid"
