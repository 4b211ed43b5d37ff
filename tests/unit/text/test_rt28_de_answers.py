"""Red-team round 28 (German and English answers): effort, belief, hedged knowledge and failure.

Four shapes went unrated or rated too high:
- effort said instead of a measure ("Wir bemühen uns, …", "we do our best to …") got no rating;
- a belief told with "daran" or "überzeugt" ("Wir glauben fest daran, dass …") got no rating;
- a claim held only as far as the speaker knows ("no problems that I know of") got no rating;
- a thing that went wrong, people who quit over it, or nothing changed after it ("the survey
  went badly and nothing changed", "drei Kolleginnen haben wegen Überstunden gekündigt, und wir
  haben noch nichts geändert") got no rating, or 4.
Sentences written for this test, with a Hypothesis sweep; concrete answers keep their rating.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.answers import analyze


@pytest.mark.parametrize(
    "notes",
    [
        "Wir bemühen uns, Teilzeit in allen Teams möglich zu machen.",
        "Da geben wir uns große Mühe, dass alle gleich behandelt werden.",
        "We do our best to keep meetings inside core hours.",
        "We make an effort to include everyone in decisions.",
        "Wir glauben daran, dass gemischte Teams bessere Produkte bauen.",
        "Wir sind fest davon überzeugt, dass Vielfalt ein Gewinn ist.",
        "Ich bin überzeugt, dass bei uns niemand benachteiligt wird.",
        "We are convinced that our process is fair.",
        "There were no complaints that I know of.",
        "Soweit mir bekannt, gab es da keine Probleme.",
    ],
)
def test_effort_belief_and_hedged_knowledge_are_weak(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.spans)


@pytest.mark.parametrize(
    "notes",
    [
        "The pilot went badly and nothing changed afterwards.",
        "Our mentoring scheme went wrong in the first year.",
        "Two engineers quit because of the on-call load last spring.",
        "Five people resigned over the return-to-office rule.",
        "Im letzten Jahr haben vier Kolleginnen wegen der Schichtpläne gekündigt.",
        "Zwei Entwickler sind wegen der Überstunden gegangen, und wir haben nichts geändert.",
        "Die Umfrage lief ziemlich schlecht, seitdem hat sich nichts geändert.",
        "Das Pilotprojekt ging leider schief.",
    ],
)
def test_a_failure_told_is_a_red_flag(notes: str) -> None:
    a = analyze(notes)
    assert a.red_flag and a.suggested_rating is not None and a.suggested_rating <= 2, (
        notes,
        a.spans,
    )


@pytest.mark.parametrize(
    "notes",
    [
        "Attrition fell from 18% to 7% after we introduced a four-day week in 2023.",
        "Wir haben 2023 Gehaltsbänder veröffentlicht; die Lücke sank von 9 % auf 3 %.",
        "We left the old rota behind in 2022 and pages dropped from 40 to 6 a week.",
        "Die Frauenquote im Team ist seit 2021 von 20 % auf 38 % gestiegen.",
    ],
)
def test_concrete_answers_keep_their_rating(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, (notes, a.spans)
    assert not a.red_flag


_WHO = st.sampled_from(["Zwei Kolleginnen", "Drei Leute", "Vier Mitarbeitende", "12 Personen"])
_WHY = st.sampled_from(["der Überstunden", "des Schichtplans", "der Rufbereitschaft"])
_VERB = st.sampled_from(["haben wegen {why} gekündigt", "sind wegen {why} gegangen"])


@settings(max_examples=40, deadline=None)
@given(_WHO, _WHY, _VERB, st.sampled_from(["Letztes Jahr ", "Im Frühjahr ", ""]))
def test_sweep_people_who_left_over_it(who: str, why: str, verb: str, when: str) -> None:
    text = f"{when}{who} {verb.format(why=why)}."
    a = analyze(text, lang="de")
    assert a.red_flag, (text, a.spans)


_BELIEF = st.sampled_from(
    [
        "Wir glauben fest daran, dass {x}.",
        "Wir glauben wirklich daran, dass {x}.",
        "Wir sind davon überzeugt, dass {x}.",
        "Wir bemühen uns, dass {x}.",
        "Wir geben uns viel Mühe, dass {x}.",
    ]
)
_X = st.sampled_from(
    ["Vielfalt uns stärker macht", "alle die gleichen Chancen haben", "niemand zurückbleibt"]
)


@settings(max_examples=40, deadline=None)
@given(_BELIEF, _X)
def test_sweep_belief_and_effort(template: str, x: str) -> None:
    text = template.format(x=x)
    a = analyze(text, lang="de")
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (text, a.spans)
    assert not a.red_flag


# ---- second pass: plans called off, no complaints, not there yet, and stops misread


@pytest.mark.parametrize(
    "notes",
    [
        "We were going to publish salary bands but the board blocked it.",
        "We had planned to hire a DEI lead, but the budget was frozen.",
        "Wir hatten geplant, eine Gehaltsanalyse zu machen, haben es aber verschoben.",
        "Wir wollten eigentlich ein Frauennetzwerk gründen, aber dann kam die Umstrukturierung.",
        "Nobody has ever complained about it.",
        "We've never had any complaints.",
        "Es gab noch nie Beschwerden.",
        "Niemand hat sich je beschwert.",
        "Leider sind wir da noch nicht so weit.",
        "We're not there yet.",
        "We had an ERG for women, but it stopped when the founder left.",
        "There was a mentoring scheme and it was quietly dropped last year.",
    ],
)
def test_called_off_unproven_or_stopped_is_a_red_flag(notes: str) -> None:
    a = analyze(notes)
    assert a.red_flag and a.suggested_rating == 1, (notes, a.spans)


@pytest.mark.parametrize(
    "notes",
    [
        "We used to have a pay gap of 14%, but we closed it to 3% by 2024 after an audit.",
        "We used to have high attrition; it fell from 25% to 8% after we introduced a buddy "
        "scheme in 2022.",
        "Die Gleichstellungsbeauftragte hat 2023 zwei Verfahren gestoppt.",
        "Unser Betriebsrat hat im letzten Jahr drei Einstellungen gestoppt, weil die "
        "Ausschreibung nicht neutral war.",
    ],
)
def test_a_problem_gone_or_a_stop_by_a_reviewer_is_not_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert not a.red_flag and (a.suggested_rating or 0) >= 4, (notes, a.spans)


@pytest.mark.parametrize(
    "notes",
    [
        "Der Vorstand hat das Mentoring 2023 gestoppt.",
        "2023 hat die Geschäftsführung das Frauennetzwerk aufgelöst.",
        "Die Geschäftsführung hat die Stelle der Gleichstellungsbeauftragten gestrichen.",
    ],
)
def test_a_measure_stopped_by_a_body_is_still_a_failure(notes: str) -> None:
    assert analyze(notes).red_flag, notes


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["a pay gap of 12%", "a lot of overtime", "high turnover", "a backlog problem"]
    ),
    st.sampled_from(["since 2022 we", "in 2023 we"]),
    st.sampled_from(["track it every quarter", "introduced a review board"]),
)
def test_sweep_used_to_have_a_problem(problem: str, since: str, deed: str) -> None:
    text = f"We used to have {problem}; {since} {deed}."
    a = analyze(text, lang="en")
    assert not a.red_flag, (text, a.spans)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["an ERG", "a mentoring scheme", "a pay audit", "a returnship"]),
    st.sampled_from(["it stopped", "it was dropped", "it was quietly cancelled"]),
    st.sampled_from(["when the founder left", "after the merger", "last year"]),
)
def test_sweep_it_stopped(what: str, stop: str, when: str) -> None:
    text = f"We had {what}, but {stop} {when}."
    a = analyze(text, lang="en")
    assert a.red_flag, (text, a.spans)


# ---- third pass: a problem denied in German, a level read as an owner, a stop told elliptically


@pytest.mark.parametrize(
    "notes",
    [
        "Wir haben keine Gehaltslücke, weil wir nach Tarif bezahlen.",
        "Diskriminierung ist bei uns kein Thema.",
        "Gab es bei uns eigentlich keine Probleme.",
    ],
)
def test_a_problem_denied_in_german_is_weak(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert a.suggested_rating is not None and a.suggested_rating <= 2, (notes, a.spans)


@pytest.mark.parametrize(
    "notes", ["Die Quote liegt bei 40 %.", "Der Frauenanteil liegt bei rund 35 %."]
)
def test_a_level_is_no_owner(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert a.counts().get("owner", 0) == 0, (notes, a.spans)


def test_an_owner_is_still_an_owner() -> None:
    a = analyze("Die Verantwortung liegt bei unserer Personalleiterin.", lang="de")
    assert a.counts().get("owner", 0) >= 1


@pytest.mark.parametrize(
    "notes",
    [
        "Wir haben die Vier-Tage-Woche getestet, aber nach sechs Monaten wieder abgeschafft.",
        "Wir haben das Mentoring 2022 eingeführt und 2024 wieder gestrichen.",
        "Das Frauennetzwerk hatten wir gegründet, dann aber aufgelöst.",
    ],
)
def test_a_stop_told_after_its_object_is_a_failure(notes: str) -> None:
    assert analyze(notes, lang="de").red_flag, notes


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["die Vier-Tage-Woche", "das Mentoring", "die Gleitzeit", "das Netzwerk"]),
    st.sampled_from(["getestet", "eingeführt", "ausprobiert"]),
    st.sampled_from(["abgeschafft", "gestrichen", "gestoppt", "beendet"]),
)
def test_sweep_elliptic_stop(what: str, done: str, stop: str) -> None:
    text = f"Wir haben {what} {done}, aber nach einem Jahr wieder {stop}."
    assert analyze(text, lang="de").red_flag, text


def test_a_review_stopping_models_told_elliptically_is_no_failure() -> None:
    a = analyze("Wir haben drei Modelle geprüft, aber nach dem Audit gestoppt.", lang="de")
    assert not a.red_flag
