"""Red-team round 30: interview answers in English and German.

Classes that did not hold (suggested rating 1-5: concrete measures at least 4, vague intent at
most 2):
- a finding or a measure that led to nothing ("nothing came of it", "there were no
  consequences", "never acted on", "Konsequenzen gab es keine", "seitdem hat sich nichts
  getan", "Daraus wurde nichts") got 3 or 4 from the numbers of the finding, or nothing at all:
  it is a failure and a red flag;
- a question declined or handed on ("I'd rather not go into that", "Dazu möchte ich mich nicht
  äußern", "Das regelt die Personalabteilung", "Da bin ich nicht involviert") got no rating:
  it is deflection;
- commitment said of someone, and a creed professed ("Leadership is deeply committed to
  diversity", "Wir bekennen uns klar zur Vielfalt") got no rating: it is value talk;
- "Wir werten das nicht aus" (a separable verb of checking, denied) got no rating;
- a body set up and nothing it did ("We set up a DEI council in 2022", "Wir haben eine
  Arbeitsgruppe gegründet") got 4: founding it is what was put in, like a workshop run.
"""

# ruff: noqa: E501  (whole answers, kept on one line each to read them)
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.answers import analyze


def _rating(notes: str) -> int | None:
    return analyze(notes).suggested_rating


@pytest.mark.parametrize(
    "notes",
    [
        "Nothing has happened since.",
        "The survey showed 40% were unhappy, but there were no consequences.",
        "The survey showed 40% were unhappy, and nothing came of it.",
        "The audit results from 2023 were never acted on.",
        "We found a 9% gap in 2022 and nothing was done about it.",
        "Passiert ist seitdem nichts.",
        "Daraus wurde nichts.",
        "Es hat sich seitdem nichts verändert.",
        "Die Umfrage 2023 hat gezeigt, dass 40 % unzufrieden sind, aber Konsequenzen gab es keine.",
        "Wir hatten 2022 eine Fluktuation von 30 %, und seitdem hat sich nichts getan.",
        "Der Bericht kam 2023, aber es wurden keine Konsequenzen gezogen.",
    ],
)
def test_a_finding_that_led_to_nothing_is_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())
    assert a.red_flag, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Nobody faced consequences for speaking up; 14 people raised issues through the hotline in 2024 and all were answered within a week.",
        "Wer einen Verstoß meldet, muss keine Konsequenzen fürchten; 2024 gingen 12 Meldungen ein, alle wurden binnen 14 Tagen bearbeitet.",
        "Seit der Einführung der Rufbereitschaftsregel 2023 ist kein Wochenende mehr ausgefallen, die Zahl der Einsätze sank von 30 auf 8.",
    ],
)
def test_no_consequences_for_speaking_up_is_no_failure(notes: str) -> None:
    a = analyze(notes)
    assert "failure" not in a.counts(), notes
    assert a.suggested_rating is not None and a.suggested_rating >= 3, (notes, a.counts())
    assert not a.red_flag, notes


@pytest.mark.parametrize(
    "notes",
    [
        "I'd rather not go into that.",
        "I'd rather not go into pay here.",
        "I can't share the numbers, sorry.",
        "Dazu möchte ich mich nicht äußern.",
        "Dazu möchte ich lieber nichts sagen.",
        "Das regelt die Personalabteilung.",
        "Da bin ich nicht involviert.",
        "That's handled by HR, I'm not involved.",
        "Das regelt bei uns die Personalabteilung, da bin ich nicht involviert.",
    ],
)
def test_a_question_declined_or_handed_on_is_deflection(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating == 1, (notes, a.counts())
    assert "deflection" in a.counts(), notes


def test_involvement_told_as_a_deed_is_no_deflection() -> None:
    for notes in (
        "I was involved in the 2023 pay audit, which raised 14 salaries.",
        "Die Personalabteilung regelt das seit 2022 über eine Betriebsvereinbarung; jede Stelle hat eine Gehaltsspanne.",
    ):
        a = analyze(notes)
        assert "deflection" not in a.counts(), notes
        assert a.suggested_rating is not None and a.suggested_rating >= 4, (notes, a.counts())


@pytest.mark.parametrize(
    "notes",
    [
        "Our leadership is deeply committed to diversity.",
        "Leadership is fully committed to closing the gap.",
        "The board remains committed to inclusion.",
        "Wir bekennen uns klar zur Vielfalt.",
        "Das Unternehmen hat sich der Chancengleichheit verschrieben.",
    ],
)
def test_commitment_professed_is_value_talk(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating == 2, (notes, a.counts())
    assert "values" in a.counts(), notes


def test_commitment_beside_a_result_keeps_the_result() -> None:
    notes = "The board is committed to a 40% target and we reached 38% in 2024."
    assert (_rating(notes) or 0) >= 4


@pytest.mark.parametrize(
    "notes",
    [
        "Wir werten das nicht aus.",
        "Die Umfrage werten wir nicht aus.",
        "Werten Sie das aus? Nein, wir werten die Zahlen nicht aus.",
    ],
)
def test_a_separable_check_denied_is_absence(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())


@pytest.mark.parametrize(
    "notes",
    [
        "We set up a DEI council in 2022.",
        "We created a taskforce on pay equity last spring.",
        "We set up a working group on inclusion last year.",
        "Wir haben 2023 einen Beirat für Vielfalt eingerichtet.",
        "Wir haben eine Arbeitsgruppe gegründet, die sich mit Vielfalt beschäftigt.",
        "Letztes Jahr haben wir ein Frauennetzwerk ins Leben gerufen.",
    ],
)
def test_a_body_set_up_with_nothing_it_did_is_weak(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())


@pytest.mark.parametrize(
    "notes",
    [
        "We set up a pay equity committee in 2022; it found a 6% gap and we raised 14 salaries to close it.",
        "We set up a promotion committee in 2022 that reviews every promotion case.",
        "We set up a council in 2021 and women in leadership went from 18% to 31%.",
        "We launched an ERG in Q3 and 40 people joined.",
        "We created a career ladder for engineers in 2023.",
    ],
)
def test_a_body_with_what_it_did_or_drew_stays_good(notes: str) -> None:
    assert (_rating(notes) or 0) >= 4, notes


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["set up", "created", "founded", "established", "launched", "formed"]),
    body=st.sampled_from(
        ["a DEI council", "an inclusion committee", "a working group", "a taskforce", "an ERG"]
    ),
    when=st.sampled_from(["in 2022", "last year", "in March", "last spring"]),
)
def test_sweep_a_body_set_up(verb: str, body: str, when: str) -> None:
    bare = f"We {verb} {body} {when}."
    assert (_rating(bare) or 0) <= 2, bare
    done = f"We {verb} {body} {when}, and the gender pay gap fell from 9% to 3%."
    assert (_rating(done) or 0) >= 4, done


@settings(max_examples=60, deadline=None)
@given(
    lead=st.sampled_from(
        [
            "Die Befragung 2023 ergab, dass 35 % überlastet sind",
            "Wir hatten 2022 eine Fluktuation von 25 %",
            "The 2023 audit found a 7% gap",
            "Our survey showed 30% felt excluded",
        ]
    ),
    tail=st.sampled_from(
        [
            "aber Konsequenzen gab es keine.",
            "und seitdem hat sich nichts getan.",
            "aber passiert ist seitdem nichts.",
            "but nothing came of it.",
            "but there were no consequences.",
            "and it was never acted on.",
        ]
    ),
)
def test_sweep_a_finding_then_nothing(lead: str, tail: str) -> None:
    notes = f"{lead}, {tail}"
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())
    assert a.red_flag, notes


# ---------------------------------------------------------------- targets, talks, informality
@pytest.mark.parametrize(
    "notes",
    [
        "Ein Frauenanteil von 35 % ist unser Ziel für 2026.",
        "Our target is 40% women in engineering by 2026.",
        "The target is a pay gap under 3%.",
        "40 % Frauen in der IT bleibt unser erklärtes Ziel.",
        "Wir führen gerade Gespräche mit einem externen Anbieter für eine Gehaltsanalyse.",
        "We're currently in talks with a vendor about a pay audit.",
    ],
)
def test_a_target_or_talks_under_way_is_intent(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())
    assert "intent" in a.counts(), notes


@pytest.mark.parametrize(
    "notes",
    [
        "We set a target of 40% women in 2021 and reached 38% in 2024.",
        "The target was 40% and we reached 45% in 2024.",
        "Das Ziel von 30 % haben wir 2023 erreicht.",
        "Our target is 40% women by 2026, and we are at 36% today after changing our shortlists in 2023.",
    ],
)
def test_a_target_with_the_level_reached_is_not_only_intent(notes: str) -> None:
    assert (_rating(notes) or 0) >= 4, notes


def test_the_level_reached_today_beside_a_target_is_more_than_a_plan() -> None:
    for notes in (
        "Unser Ziel sind 40 % bis 2027, heute liegen wir bei 31 %.",
        "Our target is 40% by 2026; today we are at 36%.",
    ):
        a = analyze(notes)
        assert "outcome" in a.counts(), notes
        assert (a.suggested_rating or 0) >= 3, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Also, ehrlich gesagt gibt es da keine Regelung, das macht jeder Teamleiter, wie er will.",
        "Das entscheidet bei uns jede Abteilung so, wie sie es für richtig hält.",
        "We're a small team, so we handle it informally.",
        "Das läuft bei uns eher informell, auf Zuruf.",
        "Gehaltserhöhungen vergibt die Geschäftsführung nach Gutdünken.",
    ],
)
def test_no_rule_each_decides_as_they_like_is_absence(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())
    assert "absence" in a.counts(), notes


def test_every_lead_doing_a_practice_stays_a_rule() -> None:
    notes = "Jeder Teamleiter führt seit 2023 monatlich ein Gespräch mit jeder Person im Team, und die Fluktuation sank von 18 % auf 9 %."
    assert (_rating(notes) or 0) >= 4


@pytest.mark.parametrize(
    "notes",
    [
        "Ehrlich gesagt erfassen wir den Gender Pay Gap nicht.",
        "Wir messen die Fluktuation nicht.",
        "Wir veröffentlichen die Gehaltsbänder nie.",
        "Wir berechnen eine Lohnlücke nicht.",
    ],
)
def test_a_check_denied_of_a_thing_named_is_absence(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.counts())
    assert "absence" in a.counts(), notes


def test_a_check_done_otherwise_is_no_absence() -> None:
    for notes in (
        "Wir messen die Fluktuation nicht nur jährlich, sondern jeden Monat; 2024 lag sie bei 7 %.",
        "Wir prüfen die Gehälter nicht selbst, das macht seit 2022 jedes Jahr ein externer Auditor.",
    ):
        a = analyze(notes)
        assert "absence" not in a.counts(), notes
        assert (a.suggested_rating or 0) >= 4, notes
