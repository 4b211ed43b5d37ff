"""Working-time conditions the ad states (round hours): on-call duty, overtime, evening and
weekend work, shift work and travel. A stated condition is an info finding with a question; an
unpaid one a concern; one the ad rules out or pays a positive; someone else's duty nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.app.text import attach_questions
from askback.bank import load
from askback.text.jobad import analyze

BANK = load()
TAGS = {q.id: set(q.tags) for q in BANK.questions}
FILL_EN = (
    "You will turn sales data into weekly reports for the buying team and explain the figures "
    "to colleagues who do not read them every day. "
) * 4
FILL_DE = (
    "Sie erstellen wöchentliche Berichte aus den Verkaufsdaten und erklären die Zahlen den "
    "Kolleginnen und Kollegen im Einkauf, die sie nicht jeden Tag lesen. "
) * 4


def _hits(sentence: str, de: bool = False) -> list[tuple[str, str]]:
    text = (
        f"# Datenanalyst (m/w/d)\n\n{FILL_DE}\n\n{sentence}\n"
        if de
        else f"# Data Analyst\n\n{FILL_EN}\n\n{sentence}\n"
    )
    report = analyze(text)
    return [(f.data["kind"], f.level.value) for f in report.findings if f.check == "working-time"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You will join the on-call rotation one week in six.", "on-call"),
        ("The role includes on call duties for our production systems.", "on-call"),
        ("Participation in the on-call rota (one weekend a month) is expected.", "on-call"),
        ("Availability for evening and weekend work is required.", "evenings-weekends"),
        ("You must be willing to work some weekends and bank holidays.", "evenings-weekends"),
        ("You will work rotating shifts, including nights.", "shifts"),
        ("This post is worked on a 12-hour shift pattern.", "shifts"),
        ("The role involves up to 50 % travel.", "travel"),
        ("Willingness to travel internationally is essential.", "travel"),
        ("Travel of approximately 30% is expected.", "travel"),
        ("Occasional overtime may be required at month end.", "overtime"),
    ],
)
def test_a_stated_condition_is_info_in_english(sentence: str, kind: str) -> None:
    assert (kind, "info") in _hits(sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Die Teilnahme an der Rufbereitschaft ist Teil der Stelle.", "on-call"),
        ("Bereitschaftsdienste gehören dazu.", "on-call"),
        ("Wochenendarbeit ist gelegentlich erforderlich.", "evenings-weekends"),
        ("Sie sind bereit, auch abends und an Wochenenden zu arbeiten.", "evenings-weekends"),
        ("Arbeit im Schichtdienst (Früh- und Spätschicht).", "shifts"),
        ("Die Stelle ist im Dreischichtbetrieb organisiert.", "shifts"),
        ("Reisebereitschaft (ca. 30 %) setzen wir voraus.", "travel"),
        ("Bundesweite Reisetätigkeit gehört zur Stelle.", "travel"),
        ("Gelegentliche Überstunden in Spitzenzeiten sind erforderlich.", "overtime"),
    ],
)
def test_a_stated_condition_is_info_in_german(sentence: str, kind: str) -> None:
    assert (kind, "info") in _hits(sentence, de=True)


@pytest.mark.parametrize(
    ("sentence", "de"),
    [
        ("Overtime is included in the salary.", False),
        ("This is an exempt position, occasional overtime expected.", False),
        ("Any overtime is covered by your salary.", False),
        ("Überstunden sind mit dem Gehalt abgegolten.", True),
        ("Anfallende Mehrarbeit ist mit dem Gehalt abgegolten.", True),
    ],
)
def test_unpaid_overtime_is_a_concern(sentence: str, de: bool) -> None:
    assert ("overtime", "concern") in _hits(sentence, de)


@pytest.mark.parametrize(
    ("sentence", "de", "kind"),
    [
        ("There is no on-call.", False, "on-call"),
        ("Overtime is paid or compensated with time off.", False, "overtime"),
        ("Keine Rufbereitschaft.", True, "on-call"),
        ("Überstunden werden durch Freizeitausgleich ausgeglichen.", True, "overtime"),
        ("Keine Wochenendarbeit.", True, "evenings-weekends"),
    ],
)
def test_a_condition_ruled_out_or_paid_is_positive(sentence: str, de: bool, kind: str) -> None:
    hits = _hits(sentence, de)
    assert (kind, "positive") in hits
    assert all(level == "positive" for _, level in hits)


@pytest.mark.parametrize(
    ("sentence", "de"),
    [
        ("You will plan the on-call rota for the ward.", False),
        ("We are a leader in the travel industry.", False),
        ("We help clients reduce overtime.", False),
        ("You will book travel and arrange meetings for the directors.", False),
        ("Please call us on 0123 456 with any questions.", False),
        ("We value a paradigm shift in analytics.", False),
        ("Travel expenses are reimbursed.", False),
        ("We meet for drinks on Friday evenings.", False),
        ("Sie planen die Rufbereitschaft für das Team.", True),
        ("Sie erstellen die Dienstplanung der Wochenenddienste für die Station.", True),
        ("Wir sind ein Unternehmen der Reisebranche.", True),
    ],
)
def test_someone_elses_duty_is_no_finding(sentence: str, de: bool) -> None:
    assert [h for h in _hits(sentence, de) if h[1] != "positive"] == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("You will join the on-call rotation one week in six.", "on-call"),
        ("Overtime is included in the salary.", "overtime"),
        ("Availability for evening and weekend work is required.", "availability"),
        ("The role involves up to 50 % travel.", "travel"),
    ],
)
def test_questions_fit_the_condition(sentence: str, want: str) -> None:
    report = analyze(f"# Data Analyst\n\n{FILL_EN}\n\n{sentence}\n")
    attach_questions(report, BANK)
    found = [f for f in report.findings if f.check == "working-time"]
    assert found
    ids = found[0].question_ids
    assert ids
    assert want in TAGS[ids[0]], (ids, [TAGS[i] for i in ids])
    assert all(TAGS[i] & {"working-hours", want, "overtime", "contract"} for i in ids)


SHARE = st.integers(min_value=5, max_value=90)


@settings(max_examples=25, deadline=None)
@given(SHARE, st.sampled_from(["up to ", "approximately ", "about ", ""]))
def test_any_travel_share_is_read(share: int, lead: str) -> None:
    assert ("travel", "info") in _hits(f"The role involves {lead}{share}% travel.")
    assert ("travel", "info") in _hits(f"Reisebereitschaft ({lead and 'ca. '}{share} %).", True)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["on-call rota", "on-call rotation", "on call duties", "on-call schedule"]),
    st.sampled_from(["plan", "manage", "coordinate", "organise", "maintain"]),
)
def test_on_call_is_the_readers_unless_planned_for_others(term: str, verb: str) -> None:
    assert ("on-call", "info") in _hits(f"You will take part in the {term}.")
    assert not _hits(f"You will {verb} the {term} for the ward.")


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["Überstunden", "Mehrarbeit", "Anfallende Überstunden"]),
    st.sampled_from(["mit dem Gehalt abgegolten", "durch das Gehalt abgegolten"]),
)
def test_overtime_covered_by_salary_is_a_concern(term: str, tail: str) -> None:
    assert ("overtime", "concern") in _hits(f"{term} sind {tail}.", True)


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["Keine", "Ohne"]),
    st.sampled_from(["Rufbereitschaft", "Wochenendarbeit", "Schichtdienst"]),
)
def test_a_ruled_out_condition_is_never_a_warning(no: str, term: str) -> None:
    assert all(level == "positive" for _, level in _hits(f"{no} {term}.", True))


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(["evening", "weekend", "evening and weekend"]),
    st.sampled_from(
        ["work is required", "availability is expected", "shifts are part of the role"]
    ),
)
def test_evening_and_weekend_work_is_read(when: str, tail: str) -> None:
    assert ("evenings-weekends", "info") in _hits(f"Some {when} {tail}.")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["rotating shifts", "night shifts", "shift work", "a shift pattern"]))
def test_shift_work_is_read(term: str) -> None:
    assert ("shifts", "info") in _hits(f"The role involves {term}.")


@pytest.mark.parametrize(
    "sentence",
    [
        "We offer 28 days holiday plus bank holidays.",
        "Our employee assistance line offers confidential support 24/7.",
        "Out of hours cover is provided by a regional network rota.",
        "Fly abroad easily: international travel through the city airport.",
        "Our hospital runs 24/7 emergency services.",
        "Start the weekend off with a park run.",
    ],
)
def test_place_and_perk_lines_are_no_finding(sentence: str) -> None:
    assert _hits(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("You will work every other weekend off, three shifts a week.", "evenings-weekends"),
        ("You will join weekend working, with days off in the week instead.", "evenings-weekends"),
        ("You will join the on-call rota, which is paid at 3% of salary.", "on-call"),
        ("Night shifts 4 on 4 off are part of the role.", "shifts"),
    ],
)
def test_a_worked_or_paid_duty_stays_info(sentence: str, kind: str) -> None:
    assert (kind, "info") in _hits(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Overtime is paid at time and a half.",
        "There is the opportunity for overtime at enhanced rates.",
        "Overtime paid if required.",
    ],
)
def test_paid_overtime_is_positive(sentence: str) -> None:
    assert ("overtime", "positive") in _hits(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The clinic offers extended hours from 8am to 8pm.",
        "These posts run 1,040 hours a year, excluding overtime.",
        "Travel is required to the test sites; travel costs are not paid in advance.",
    ],
)
def test_no_concern_and_no_overtime_from_service_hours(sentence: str) -> None:
    hits = _hits(sentence)
    assert all(kind != "overtime" for kind, _ in hits)
    assert all(level != "concern" for _, level in hits)
