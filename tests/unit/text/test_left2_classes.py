"""Round left2 (issue 11): leftovers of the rounds before, each read as a class.

- A count of days at a named town right after a hybrid word is the office days ("Hybrid (2
  days in Ghent)"), whatever remote word stands earlier on the line.
- Office or home offered as a choice without the word remote ("work from our Paris office, or
  from home", "im Büro oder von zu Hause") is remote with the office as the other choice.
- A language wished for without a level ("Japanese would help", "Spanish-speaking candidates
  are encouraged to apply") is a plus; markets, clients and teams stay no requirement.
- A premium or allowance for evening, night, weekend or shift hours is the paid reading
  (positive "... is paid extra"), unless the ad states the duty elsewhere (then info).
- A count of travel days a (calendar) year is the share of travel in the finding's title.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport

FILL_EN = (
    "You will model stock levels, build forecasts and present them to the buying team. "
    "We run a chain of garden centres across the north.\n\n"
)
FILL_DE = (
    "Du modellierst Lagerbestände, erstellst Prognosen und stellst sie dem Einkauf vor. "
    "Wir betreiben eine Kette von Gartencentern im Norden.\n\n"
)


def _en(fragment: str) -> AdReport:
    return analyze(f"# Data Analyst\n\n{FILL_EN}{fragment}\n\n{FILL_EN}")


def _de(fragment: str) -> AdReport:
    return analyze(f"# Datenanalyst (m/w/d)\n\n{FILL_DE}{fragment}\n\n{FILL_DE}")


def _langs(r: AdReport) -> dict[str, bool]:
    return {x.language: x.required for x in r.language_requirements if not x.implied}


def _wt(r: AdReport) -> list[tuple[object, str, str]]:
    return [
        (f.data.get("kind"), f.level.value, f.title)
        for f in r.findings
        if f.check == "working-time"
    ]


# --- office days at a town after a hybrid word


@pytest.mark.parametrize(
    ("fragment", "days"),
    [
        ("Remote/Hybrid: Hybrid (2 days in Porto)", 2.0),
        ("Work model: Hybrid (4 days in Utrecht)", 4.0),
        ("Hybrid: 3 days in Glasgow, 2 from home.", 3.0),
        ("Remote or hybrid: hybrid, 1 day per week in Turin", 1.0),
        ("We are hybrid, with 2 days at our Bergen studio each week.", 2.0),
        ("Hybrid (remote-friendly), 3 days in Aarhus", 3.0),
    ],
)
def test_days_at_a_town_after_hybrid_are_office_days_en(fragment: str, days: float) -> None:
    r = _en(fragment)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    ("fragment", "days"),
    [
        ("Remote/Hybrid: Hybrid (2 Tage in Dresden)", 2.0),
        ("Arbeitsmodell: Hybrid, 4 Tage pro Woche in Luzern", 4.0),
        ("Hybrides Arbeiten mit 3 Tagen in Kassel", 3.0),
    ],
)
def test_days_at_a_town_after_hybrid_are_office_days_de(fragment: str, days: float) -> None:
    r = _de(fragment)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=1, max_value=4),
    st.sampled_from(["Ghent", "Leeds", "Malmö", "Zagreb", "Derry"]),
    st.sampled_from(["Remote/Hybrid: Hybrid ({n} days in {t})", "Hybrid: {n} days in {t}"]),
)
def test_any_count_at_any_town_is_the_office_count(n: int, town: str, shape: str) -> None:
    r = _en(shape.format(n=n, t=town))
    assert r.work_arrangement == "hybrid"
    assert r.office_days == float(n)


@pytest.mark.parametrize(
    ("fragment", "days"),
    [
        # days at home keep their reading: the rest of the week at the office
        ("Hybrid (2 days from home)", 3.0),
        ("Hybrid, 1 day in the office", 1.0),
    ],
)
def test_days_not_at_a_town_keep_their_reading(fragment: str, days: float) -> None:
    r = _en(fragment)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


def test_lower_case_words_after_in_are_no_town() -> None:
    # "in a row" names no place: no office count is read from it
    r = _en("Hybrid working. Sprints run 2 days in a row.")
    assert r.work_arrangement == "hybrid"
    assert r.office_days is None


# --- office or home as a choice


@pytest.mark.parametrize(
    ("fragment", "de"),
    [
        ("You can work from our Lisbon office, or from home.", False),
        ("Work at the Norwich hub or at home, whichever suits you.", False),
        ("Du arbeitest in unserem Büro in Jena oder von zu Hause.", True),
        ("Sie können am Standort Chur oder im Homeoffice arbeiten.", True),
    ],
)
def test_office_or_home_is_a_choice(fragment: str, de: bool) -> None:
    r = _de(fragment) if de else _en(fragment)
    assert r.work_arrangement == "remote"
    titles = [f.title for f in r.findings if f.check == "remote"]
    assert any("office" in t for t in titles), titles


@pytest.mark.parametrize(
    "fragment",
    [
        "Three days a week in the office, the rest from home.",
        "In the office on Tuesdays or from home on other days, 2 days a week on site.",
    ],
)
def test_a_week_of_both_is_no_choice(fragment: str) -> None:
    assert _en(fragment).work_arrangement == "hybrid"


# --- languages wished for without a level


@pytest.mark.parametrize(
    ("fragment", "want", "de"),
    [
        ("Conversational Thai would help.", {"Thai": False}, False),
        ("Some Swedish might also help in supplier calls.", {"Swedish": False}, False),
        (
            "Romanian-speaking applicants are strongly encouraged to apply.",
            {"Romanian": False},
            False,
        ),
        ("We warmly welcome Hungarian-speaking candidates.", {"Hungarian": False}, False),
        (
            "English at C1 is a must; basic Finnish would help.",
            {"English": True, "Finnish": False},
            False,
        ),
        ("Ungarischkenntnisse wären ein Plus.", {"Hungarian": False}, True),
        ("Etwas Schwedisch würde helfen.", {"Swedish": False}, True),
    ],
)
def test_a_wished_language_is_a_plus(fragment: str, want: dict[str, bool], de: bool) -> None:
    got = _langs(_de(fragment) if de else _en(fragment))
    assert {k: got.get(k) for k in want} == want


@pytest.mark.parametrize(
    ("fragment", "language"),
    [
        ("You will expand our Italian-speaking market.", "Italian"),
        ("Our German-speaking clients are welcome at every event.", "German"),
        ("You will help our Spanish team with forecasting.", "Spanish"),
        ("Polish-speaking customers will help us test the app.", "Polish"),
    ],
)
def test_markets_clients_and_teams_ask_no_language(fragment: str, language: str) -> None:
    assert language not in _langs(_en(fragment))


def test_only_speakers_considered_stays_required() -> None:
    assert _langs(_en("Only French-speaking applicants will be considered.")) == {"French": True}


# --- premiums and allowances for the hours


@pytest.mark.parametrize(
    ("fragment", "de", "kind"),
    [
        ("## Benefits\n- Saturday premium pay\n- Cycle scheme", False, "evenings-weekends"),
        ("## Benefits\n- Evening work allowance\n- Cycle scheme", False, "evenings-weekends"),
        ("Enhanced rates for nights, weekends and bank holidays.", False, "evenings-weekends"),
        (
            "Incumbents receive night differential, holiday pay and Sunday premium.",
            False,
            "evenings-weekends",
        ),
        ("## Benefits\n- Night shift allowance\n- Cycle scheme", False, "shifts"),
        ("## Wir bieten\n- Sonntagszuschläge\n- Jobrad", True, "evenings-weekends"),
        ("## Wir bieten\n- Nachtzulage\n- Jobrad", True, "evenings-weekends"),
        (
            "## Wir bieten\n- Zuschläge für Nacht- und Sonntagsarbeit\n- Jobrad",
            True,
            "evenings-weekends",
        ),
        ("Die Nachtdienstzulage wird zusätzlich ausbezahlt.", True, "evenings-weekends"),
    ],
)
def test_a_premium_for_the_hours_is_the_paid_reading(fragment: str, de: bool, kind: str) -> None:
    found = _wt(_de(fragment) if de else _en(fragment))
    assert [(k, lv) for k, lv, _ in found if k == kind] == [(kind, "positive")], found
    assert any(t.endswith("is paid extra") for k, _, t in found if k == kind)


@pytest.mark.parametrize(
    ("fragment", "de"),
    [
        ("We pay a weekend allowance. You will work two weekends a month on a rota.", False),
        ("## Benefits\n- Sunday premium\n\nYou will be required to work some Sundays.", False),
        ("Wir zahlen Sonntagszuschläge. Sie arbeiten auch am Wochenende.", True),
    ],
)
def test_a_stated_duty_outranks_the_premium(fragment: str, de: bool) -> None:
    found = _wt(_de(fragment) if de else _en(fragment))
    assert ("evenings-weekends", "info") in [(k, lv) for k, lv, _ in found], found


@pytest.mark.parametrize(
    "fragment", ["No weekend allowance is paid.", "There is no night premium."]
)
def test_no_premium_says_nothing_of_the_hours(fragment: str) -> None:
    assert all(k != "evenings-weekends" for k, _, _ in _wt(_en(fragment)))


# --- travel days a year


@pytest.mark.parametrize(
    ("fragment", "de", "share"),
    [
        ("About 35 travel days a year.", False, "about 35 days a year"),
        ("Travel is expected, up to 25 days per calendar year.", False, "up to 25 days a year"),
        ("Reisetätigkeit an ca. 15 Tagen pro Kalenderjahr.", True, "about 15 days a year"),
        ("Rund 30 Reisetage im Jahr.", True, "about 30 days a year"),
    ],
)
def test_travel_days_a_year_are_the_share(fragment: str, de: bool, share: str) -> None:
    found = _wt(_de(fragment) if de else _en(fragment))
    assert any(k == "travel" and t.endswith(share) for k, _, t in found), found


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=2, max_value=90), st.sampled_from(["a year", "per calendar year"]))
def test_any_count_of_travel_days_is_read(n: int, period: str) -> None:
    found = _wt(_en(f"Around {n} travel days {period}."))
    assert any(k == "travel" and t.endswith(f"about {n} days a year") for k, _, t in found), found
