"""Working-time conditions, round hours2: patterns compiled on first need, a shift "pattern" that
is an office week, the German duty words as a class (Spätdienst, Sonntagsdienste, Pikett, ...),
and the travel share in the finding's title."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

FILL_EN = (
    "You will look after the stock figures of the shops and tell the managers what changed and "
    "why, in plain words and on time. "
) * 4
FILL_DE = (
    "Sie pflegen die Kennzahlen der Filialen und erklären der Leitung, was sich verändert hat "
    "und warum, verständlich und pünktlich. "
) * 4


def _found(sentence: str, de: bool = False) -> list[tuple[str, str, str]]:
    text = (
        f"# Sachbearbeiter (m/w/d)\n\n{FILL_DE}\n\n{sentence}\n"
        if de
        else f"# Stock Analyst\n\n{FILL_EN}\n\n{sentence}\n"
    )
    return [
        (f.data["kind"], f.level.value, f.title)
        for f in analyze(text).findings
        if f.check == "working-time"
    ]


def _kinds(sentence: str, de: bool = False) -> list[tuple[str, str]]:
    return [(kind, level) for kind, level, _ in _found(sentence, de)]


def test_importing_the_text_package_compiles_no_working_time_pattern() -> None:
    code = (
        "import askback.text.jobad, askback.text.hours_words as w; "
        "print(w.patterns.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"


# A shift pattern that is an office week ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "de"),
    [
        ("Shift pattern: Mon - Fri, 8.30am to 4.30pm.", False),
        ("Your shift pattern will be Monday through Friday, 08:00 until 16:00.", False),
        ("Shift pattern: Monday to Friday 9-5, no weekends or nights.", False),
        ("The shift pattern is Monday-Friday daytime.", False),
        ("Schichtmodell: Montag bis Freitag, 7:30 bis 16:30 Uhr.", True),
        ("Unser Schichtmodell: Mo.-Fr. von 8 bis 17 Uhr, keine Wochenenden.", True),
    ],
)
def test_an_office_week_called_a_shift_pattern_is_no_shift_work(sentence: str, de: bool) -> None:
    assert [k for k in _kinds(sentence, de) if k[0] == "shifts"] == []


def test_a_shift_pattern_line_over_an_office_week_line_is_no_shift_work() -> None:
    assert [
        k for k in _kinds("Shift pattern:\nMonday to Friday, 8am - 4pm") if k[0] == "shifts"
    ] == []


@pytest.mark.parametrize(
    ("sentence", "de"),
    [
        ("Shift pattern: Monday to Friday, 7pm to 7am.", False),
        ("Shift pattern: Monday to Friday, early and late shifts.", False),
        ("Shift pattern: Monday to Friday plus one Saturday a month.", False),
        ("Shift pattern: Monday to Sunday, 9am to 5pm.", False),
        ("Shift pattern: Monday to Friday on a rota, 8am to 8pm.", False),
        ("Schichtmodell: Montag bis Freitag im Wechsel von Früh- und Spätschicht.", True),
        ("Schichtmodell: Montag bis Freitag, 21 bis 6 Uhr.", True),
    ],
)
def test_a_shift_pattern_outside_office_hours_stays_shift_work(sentence: str, de: bool) -> None:
    assert ("shifts", "info") in _kinds(sentence, de)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=7, max_value=10),
    st.integers(min_value=15, max_value=18),
    st.sampled_from(["Monday to Friday", "Mon-Fri", "Monday - Friday", "Mon to Fri"]),
    st.sampled_from(["12h", "24h", "ampm"]),
)
def test_any_office_day_is_no_shift_work(start: int, stop: int, days: str, clock: str) -> None:
    if clock == "ampm":
        hours = f"{start}am to {stop - 12}pm"
    elif clock == "24h":
        hours = f"{start:02d}:00-{stop:02d}:00"
    else:
        hours = f"{start}-{stop - 12}"
    assert [k for k in _kinds(f"Shift pattern: {days}, {hours}.") if k[0] == "shifts"] == []


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=19, max_value=23), st.integers(min_value=4, max_value=8))
def test_any_night_range_stays_shift_work(start: int, stop: int) -> None:
    assert ("shifts", "info") in _kinds(
        f"Schichtmodell: Montag bis Freitag, {start} bis {stop} Uhr.", True
    )


# German duty words as a class ------------------------------------------------------------------

DUTIES = [
    ("Spätdienst", "shifts"),
    ("Frühdienst", "shifts"),
    ("Nachtdienst", "evenings-weekends"),
    ("Sonntagsdienst", "evenings-weekends"),
    ("Samstagsdienst", "evenings-weekends"),
    ("Wochenenddienst", "evenings-weekends"),
    ("Bereitschaftsdienst", "on-call"),
    ("Pikettdienst", "on-call"),
    ("Schichtdienst", "shifts"),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(DUTIES), st.sampled_from(["", "e", "en", "es"]))
def test_a_german_duty_word_in_any_form_is_read(duty: tuple[str, str], end: str) -> None:
    word, kind = duty
    form = word + end
    assert (kind, "info") in _kinds(f"Die Stelle umfasst regelmäßig {form}.", True)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(DUTIES), st.sampled_from(["Kein", "Ohne"]))
def test_a_german_duty_ruled_out_is_positive(duty: tuple[str, str], no: str) -> None:
    word, kind = duty
    found = _kinds(f"{no} {word}.", True)
    assert (kind, "positive") in found
    assert all(level == "positive" for _, level in found)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Früh- und Spätdienste wechseln sich wöchentlich ab.", "shifts"),
        # (a pay item alone, "Die Nachtdienstzulage wird zusätzlich ausbezahlt", is now the paid
        # reading: tests/unit/text/test_left2_classes.py)
        ("Nachtdienste werden zusätzlich ausbezahlt.", "evenings-weekends"),
        ("Sie leisten Sonn- und Feiertagsdienste nach Plan.", "evenings-weekends"),
        ("Bereitschaft zu gelegentlichen Pikett-Einsätzen.", "on-call"),
        ("Einsätze ausserhalb der üblichen Arbeitszeiten kommen vor.", "evenings-weekends"),
    ],
)
def test_german_compounds_and_swiss_spellings_are_read(sentence: str, kind: str) -> None:
    assert (kind, "info") in _kinds(sentence, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie koordinieren die Spätdienste der Pflegeteams.",
        "Sie planen die Sonntagsdienste für die Station.",
        "Sie erstellen die Pikettdienstpläne der Abteilung.",
    ],
)
def test_german_duties_planned_for_others_are_no_finding(sentence: str) -> None:
    assert [k for k in _kinds(sentence, True) if k[1] != "positive"] == []


def test_swiss_overtime_compensated_is_positive() -> None:
    assert ("overtime", "positive") in _kinds("Geleistete Überzeit wird kompensiert.", True)


# The travel share in the title -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "de", "share"),
    [
        ("Expect travel of up to 15% to the regional offices.", False, "up to 15 % of the time"),
        ("About 35 % travel across the Nordics.", False, "about 35 % of the time"),
        ("You will spend 1-2 weeks a quarter on the road.", False, "1–2 weeks a quarter"),
        ("Willingness to travel four days a month is needed.", False, "four days a month"),
        ("Reisetätigkeit von rund 40 Prozent.", True, "about 40 % of the time"),
        ("Reisebereitschaft: 2 bis 4 Tage im Monat.", True, "2–4 days a month"),
        ("Reisebereitschaft von höchstens 10 %.", True, "up to 10 % of the time"),
    ],
)
def test_the_travel_share_is_in_the_title(sentence: str, de: bool, share: str) -> None:
    found = [(t, k) for k, _, t in _found(sentence, de) if k == "travel"]
    assert found == [(f"The job involves travel: {share}", "travel")]


def test_travel_without_a_share_keeps_the_plain_title() -> None:
    found = [t for k, _, t in _found("Occasional travel to clients is required.") if k == "travel"]
    assert found == ["The job involves travel"]


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=5, max_value=80),
    st.sampled_from([("up to ", "up to "), ("around ", "about "), ("", "")]),
    st.booleans(),
)
def test_any_travel_percentage_is_carried(share: int, lead: tuple[str, str], de: bool) -> None:
    said, read = lead
    if de:
        said = {"up to ": "bis zu ", "around ": "ca. ", "": ""}[said]
        sentence = f"Reisebereitschaft {said}{share} %."
    else:
        sentence = f"The role involves {said}{share}% travel."
    titles = [t for k, _, t in _found(sentence, de) if k == "travel"]
    assert titles == [f"The job involves travel: {read}{share} % of the time"]


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.sampled_from(["days", "nights", "weeks"]),
    st.sampled_from(["month", "year", "quarter"]),
)
def test_any_travel_frequency_is_carried(n: int, unit: str, period: str) -> None:
    unit = unit.rstrip("s") if n == 1 else unit
    titles = [t for k, _, t in _found(f"Travelling {n} {unit} a {period}.") if k == "travel"]
    assert titles == [f"The job involves travel: {n} {unit} a {period}"]


# Someone else's duties in a list; a noun that names the job's schedule -------------------------


@pytest.mark.parametrize(
    ("sentence", "de"),
    [
        ("You will be in charge of organising rotas, on-call cover and leave for the unit.", False),
        ("You will coordinate night shifts, weekend cover and on-call for the wards.", False),
        ("Sie koordinieren Frühdienste, Nachtdienste und Pikett für das Team.", True),
        ("Sie planen die Wochenenddienste und Bereitschaftsdienste der Station.", True),
    ],
)
def test_a_list_of_duties_planned_for_others_is_no_finding(sentence: str, de: bool) -> None:
    assert [k for k in _kinds(sentence, de) if k[1] != "positive"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Your schedule will include evenings and some weekends.",
        "The work plan that may include nights, weekends and holidays is agreed monthly.",
        "A rotating schedule which could include weekends is part of the post.",
    ],
)
def test_a_schedule_that_includes_evenings_is_the_readers(sentence: str) -> None:
    assert ("evenings-weekends", "info") in _kinds(sentence)


# Probe round hours2: the classes its failures showed -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You'll be on call with the customer each Friday to review the dashboard.",
        "Expect to be on call with stakeholders most mornings.",
        "Most afternoons you are on-call with our partners in Lisbon.",
    ],
)
def test_a_call_with_someone_is_no_on_call_duty(sentence: str) -> None:
    assert [k for k in _kinds(sentence) if k[0] == "on-call"] == []


@pytest.mark.parametrize(
    ("sentence", "others"),
    [
        ("You'll sit on the on-call rota for the billing systems.", False),
        ("A one-in-eight on-call rota for the data platform applies.", False),
        ("You will plan the on-call rota for the radiographers.", True),
    ],
)
def test_a_rota_for_a_system_is_the_readers(sentence: str, others: bool) -> None:
    found = [k for k in _kinds(sentence) if k[0] == "on-call"]
    assert found == ([] if others else [("on-call", "info")])


@pytest.mark.parametrize(
    "sentence",
    ["Overtime is optional and paid.", "Any overtime is agreed in advance and paid."],
)
def test_overtime_named_as_paid_after_another_word_is_positive(sentence: str) -> None:
    assert ("overtime", "positive") in _kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "de"),
    [
        ("You will work one Sunday in four.", False),
        ("Saturday shifts on a rota are part of the post.", False),
        ("Die Stelle umfasst Einsätze am Samstag.", True),
        ("Abendtermine mit Kunden sind gelegentlich erforderlich.", True),
    ],
)
def test_weekend_days_and_evening_appointments_are_read(sentence: str, de: bool) -> None:
    assert ("evenings-weekends", "info") in _kinds(sentence, de)


@pytest.mark.parametrize(
    "sentence",
    [
        "We were named one of the Sunday Times best places to work.",
        "Closing date: Sunday, 14 March 2027; we work in a friendly team.",
        "Work hard all week and you will get paid on the Friday; timesheets close late on Sunday.",
    ],
)
def test_a_weekday_in_a_name_a_date_or_far_from_work_is_no_finding(sentence: str) -> None:
    assert [k for k in _kinds(sentence) if k[0] == "evenings-weekends"] == []


@pytest.mark.parametrize(
    ("sentence", "de", "share"),
    [
        ("Travel – up to 30% across Iberia.", False, "up to 30 % of the time"),
        ("Expect two nights a month away from home.", False, "two nights a month"),
        ("You may travel to the Zurich hub twice a month.", False, "twice a month"),
        ("Dienstreisen nach Wien etwa einmal pro Quartal.", True, "once a quarter"),
    ],
)
def test_more_shapes_of_the_travel_share(sentence: str, de: bool, share: str) -> None:
    titles = [t for k, _, t in _found(sentence, de) if k == "travel"]
    assert titles == [f"The job involves travel: {share}"]
