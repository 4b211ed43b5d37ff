"""Round rt36ans: answers that sound like a measure and are not one (a proposal not yet decided,
a decision that something should be, a topic only talked about, a measure last done years ago,
a measure its owner abolished, the talent pool blamed in other words, a department disowned in
note form, pleasantries, the size of the company), in English and German. Each shape is weak
(at most 2), a failure or a deflection is a red flag, and beside a deed with a result none of
them pulls a concrete answer below 4."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import answers, answers_stops


def _labels(notes: str) -> set[str]:
    return {s.label for s in answers.analyze(notes).spans}


PENDING = [
    "There is a proposal to anonymise CVs; the executive team decides in June.",
    "A suggestion for a returner scheme is on the table, pending approval from the CFO.",
    "Blind screening is under consideration and goes before the works council in Q4.",
    "Ein Vorschlag für Lohnbänder geht im Herbst an den Vorstand.",
    "Es gibt einen Antrag auf ein Mentoring-Programm, er liegt zur Entscheidung bei der Leitung.",
    "Die Einführung von Jobsharing steht gerade zur Diskussion.",
]


@pytest.mark.parametrize("notes", PENDING)
def test_a_proposal_not_yet_decided_is_intent(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result
    assert "intent" in _labels(notes)


DECIDED_OR_TALKED = [
    "Leadership agreed that inclusion should be a focus next year.",
    "The board decided that pay transparency will matter more in future.",
    "The pay gap was talked about at the last town hall.",
    "There were some conversations about a returnship.",
    "Die Leitung hat entschieden, dass Inklusion künftig wichtiger werden soll.",
    "Das Thema Lohngleichheit wurde im Kader angesprochen.",
    "Darüber haben wir im Führungskreis schon gesprochen.",
]


@pytest.mark.parametrize("notes", DECIDED_OR_TALKED)
def test_a_decision_of_intent_or_talk_is_not_a_deed(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result
    assert "past-action" not in _labels(notes)


LAPSED = [
    "Our gender pay report was last updated in 2019.",
    "The last inclusion survey was in 2020.",
    "We last held unconscious-bias training back in 2018.",
    "Der Gleichstellungsbericht wurde zuletzt 2019 veröffentlicht.",
    "Die letzte Lohnanalyse war 2020.",
    "The last time anyone checked the numbers was 2018.",
]


@pytest.mark.parametrize("notes", LAPSED)
def test_a_measure_last_done_years_ago_is_a_red_flag(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result
    assert result.red_flag


def test_a_measure_done_this_year_or_last_has_not_lapsed() -> None:
    this = date.today().year
    for notes in (
        f"Our pay report was last updated in {this}; the gap is 3%.",
        f"The last inclusion survey was in {this - 1}, and 84% took part.",
    ):
        assert "failure" not in _labels(notes), notes


ABOLISHED = [
    "Früher hatten wir Lohnbänder, die hat die neue Inhaberin abgeschafft.",
    "Wir hatten ein Frauennetzwerk, das hat der Vorstand 2024 gestrichen.",
    "Die Mitarbeiterbefragung hat unser CEO beendet.",
    "mentoring programme stopped w/ budget cuts, nothing since",
    "pay review: dropped w/ the reorg",
    "Pride network - shut down 2023, nothing after",
]


@pytest.mark.parametrize("notes", ABOLISHED)
def test_a_measure_stopped_by_its_owner_or_in_note_form_is_a_failure(notes: str) -> None:
    result = answers.analyze(notes)
    assert "failure" in _labels(notes), result.spans
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result
    assert result.red_flag


DEFLECTED = [
    "Few qualified women apply, honestly; not enough female candidates for data jobs.",
    "The colleges just don't turn out enough women with stats degrees.",
    "There are only so many female ML engineers.",
    "Leider bewerben sich fast keine Ingenieurinnen bei uns.",
    "Die Fachhochschulen bilden kaum Statistik-Absolventinnen aus.",
    "D&I = legal's problem",
    "Inclusion is leadership's thing, not mine.",
    "Gleichstellung ist Aufgabe der Personalabteilung, nicht mein Thema.",
    "Let's not talk about that, it's too political.",
]


@pytest.mark.parametrize("notes", DEFLECTED)
def test_the_pool_blamed_or_a_topic_disowned_is_deflection(notes: str) -> None:
    result = answers.analyze(notes)
    assert "deflection" in _labels(notes), result.spans
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result


WEAK = [
    "We're a team of 35 and everyone is really friendly.",
    "Wir sind ein Betrieb mit rund 50 Leuten, alle sind sehr hilfsbereit.",
    "We have people from 19 nationalities, super international.",
    "Bei uns arbeiten 30 Nationen, wir sind sehr multikulturell.",
    "Nobody gets discriminated against here, that goes without saying.",
    "Hier wird keiner wegen seines Alters benachteiligt, das ist doch selbstverständlich.",
    "Fairness ist uns ein wichtiges Anliegen.",
    "Wir haben eine Taskforce Vielfalt und eine Steuerungsgruppe Gleichstellung.",
    "There's a well-being group and a steering committee for inclusion.",
    "We ran two webinars and a lunch-and-learn last year.",
    "Im Frühjahr haben wir 5 Webinare gemacht.",
    "Our inclusion budget is $15,000 a year.",
    "Da haben wir so etwas noch nicht, wir sind zu klein.",
    "Lohnbänder? arbeiten dran, keine Zahl",
    "People can always raise it when something feels off.",
    "Everyone is completely free to speak to HR whenever they like.",
    "Alle können sich jederzeit an die Führungskraft wenden.",
    "Each year we mark Pride month with a rooftop party.",
    "Zum Frauentag bekommen alle Kolleginnen eine Rose.",
    "Ehrlich gesagt hat das gerade keine Priorität bei uns.",
    "It's not really a focus for us right now.",
    "Our CFO is a woman, so we're inherently diverse.",
    "Wir achten nur auf die Qualifikation, da sind wir gut aufgestellt.",
    "We can't break it down by ethnicity, the survey is anonymous.",
]


@pytest.mark.parametrize("notes", WEAK)
def test_weak_shapes_are_at_most_2(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, result


WITH_DEEDS = [
    "The proposal for pay bands was approved in March 2024; since then every offer is checked "
    "against them and the gap fell from 8% to 3%.",
    "We discussed the attrition numbers in 2023 and introduced stay interviews; attrition among "
    "women dropped from 19% to 11%.",
    "Der Vorschlag wurde 2023 angenommen: seitdem prüft Frau Roth jede Beförderung, und der "
    "Frauenanteil im Kader stieg von 18 % auf 29 %.",
    "Everyone is really friendly, and since 2022 our Head of Talent has reviewed every job ad; "
    "applications from women went from 14% to 31%.",
    "Not enough women applied, so in 2023 we changed our ads; 11 of our last 30 hires were women, "
    "up from 3 of 30.",
    "On Women's Day 2024 we published our first pay gap report; by 2025 the gap had fallen from "
    "12% to 7%.",
]


@pytest.mark.parametrize("notes", WITH_DEEDS)
def test_beside_a_deed_with_a_result_these_words_keep_4(notes: str) -> None:
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating >= 4, result


# ---- properties: the shapes, with any measure, body, month and year in them

_MEASURES_EN = ["blind CV screening", "a returnship", "salary bands", "a mentoring scheme"]
_BODIES_EN = ["the board", "leadership", "the executive team", "the works council"]
_MONTHS = ["March", "June", "October", "Q3"]


@given(
    st.sampled_from(_MEASURES_EN),
    st.sampled_from(_BODIES_EN),
    st.sampled_from(_MONTHS),
    st.sampled_from(
        [
            "There's a proposal to introduce {m}; it goes to {b} in {t}.",
            "{M} is under discussion and goes before {b} in {t}.",
            "{M} is pending approval; {b} will look at it in {t}.",
        ]
    ),
)
@settings(max_examples=60, deadline=None)
def test_property_pending_proposals_are_weak(m: str, b: str, t: str, shape: str) -> None:
    notes = shape.format(m=m, M=m[0].upper() + m[1:], b=b, t=t)
    result = answers.analyze(notes)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, (notes, result)


_MEASURES_DE = ["Lohnbänder", "das Mentoring", "die Mitarbeiterbefragung", "das Frauennetzwerk"]
_AGENTS_DE = ["der neue CEO", "die Geschäftsleitung", "unsere Gründerin", "der Vorstand"]
# Not "eingestellt": in the active voice it also means "hired" (left to the passive).
_STOPS_DE = ["abgeschafft", "gestrichen", "beendet", "aufgelöst", "gekippt"]


@given(
    st.sampled_from(_MEASURES_DE),
    st.sampled_from(_AGENTS_DE),
    st.sampled_from(_STOPS_DE),
    st.sampled_from(["Früher hatten wir {m}, das hat {a} {s}.", "{M} hat {a} {s}."]),
)
@settings(max_examples=60, deadline=None)
def test_property_a_measure_abolished_by_its_owner_is_a_failure(
    m: str, a: str, s: str, shape: str
) -> None:
    notes = shape.format(m=m, M=m[0].upper() + m[1:], a=a, s=s)
    result = answers.analyze(notes)
    assert result.red_flag, (notes, result.spans)
    assert result.suggested_rating is not None and result.suggested_rating <= 2, notes


@given(
    st.integers(min_value=1990, max_value=2100),
    st.sampled_from(
        [
            "Our pay gap report was last published in {y}.",
            "The last engagement survey was in {y}.",
            "Die Lohnanalyse wurde zuletzt {y} gemacht.",
            "Die letzte Befragung war {y}.",
        ]
    ),
)
@settings(max_examples=80, deadline=None)
def test_property_lapsed_only_when_more_than_a_year_ago(year: int, shape: str) -> None:
    today = date(2026, 12, 5)
    found = answers_stops.lapsed(shape.format(y=year), today=today)
    assert bool(found) == (year < today.year - 1), (year, shape, found)
