"""Answer analyzer classes from the fourth round: company size is not a measure, a modal before
a deed is a plan, a role only named is a body, a stop that never came back, a measure put in
the place of one that stopped, and digit separators inside a German clause."""

from __future__ import annotations

import pytest

from askback.text import answers, answers_de
from askback.text.answers import analyze


def rating(notes: str) -> int | None:
    return analyze(notes).suggested_rating


@pytest.mark.parametrize(
    "notes",
    [
        "We are 450 people in five countries and inclusion matters to us.",
        "We're about 90 employees and we care about fairness.",
        "There are 2,000 staff here, and we value every voice.",
        "We're a team of 25 and everyone is treated the same.",
        "The firm was founded in 2004 and we believe in equal chances.",
        "We've been in business since 1979 and people like working here.",
        "Wir sind rund 200 Mitarbeitende an vier Standorten und legen Wert auf Vielfalt.",
        "Wir haben 60 Leute und uns ist Fairness wichtig.",
        (
            "Sie arbeiten bei uns mit 500 Kolleginnen und Kollegen, gegründet 1995, und wir "
            "schätzen jede Meinung."
        ),
    ],
)
def test_the_size_or_age_of_the_company_is_not_a_measure(notes: str) -> None:
    r = rating(notes)
    assert r is None or r <= 2, (notes, analyze(notes).spans)


@pytest.mark.parametrize(
    "notes",
    [
        "We are 400 people; women hold 44 % of manager roles, up from 30 % in 2021.",
        "Last year, 40 people were promoted through the sponsorship scheme we started in 2023.",
        (
            "We trained about 200 people in structured interviewing in 2024, and HR audits every "
            "panel."
        ),
        "Wir haben 2024 insgesamt 35 Mitarbeiterinnen befördert.",
        (
            "Wir haben 35 Mitarbeiterinnen befördert, nachdem die Lohnanalyse 2023 eine Lücke "
            "gezeigt hatte."
        ),
        "Founded in 2010, we have cut our pay gap from 11 % to 3 % since 2021.",
    ],
)
def test_counts_that_are_results_still_count_beside_a_size(notes: str) -> None:
    assert (rating(notes) or 0) >= 4, (notes, analyze(notes).spans)


@pytest.mark.parametrize(
    "notes",
    [
        "Possibly we could set up a buddy scheme for new starters.",
        "Maybe we might cut the number of interview rounds.",
        "We should set up an ERG, I suppose.",
        "Perhaps we will set up a pay review at some point.",
    ],
)
def test_a_modal_before_an_ambiguous_verb_is_not_a_deed(notes: str) -> None:
    a = analyze(notes)
    assert "past-action" not in a.counts(), a.spans
    assert (a.suggested_rating or 0) <= 2


def test_the_same_verbs_told_as_done_are_still_deeds() -> None:
    for notes in (
        "We set up a buddy scheme in 2022.",
        "We just cut the interview rounds from five to three.",
    ):
        assert "past-action" in analyze(notes).counts(), notes


@pytest.mark.parametrize(
    "notes",
    [
        "Es gibt eine Gleichstellungsbeauftragte und eine Inklusionsvereinbarung.",
        "We have a works council and an anti-bullying policy.",
        "There is a diversity officer and a flexible working policy.",
        "Wir haben einen Betriebsrat und eine Richtlinie zu mobilem Arbeiten.",
    ],
)
def test_a_role_only_named_beside_a_policy_is_weak(notes: str) -> None:
    assert (rating(notes) or 0) <= 2, analyze(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "Our diversity officer, Frau Becker, owns the policy and reviews it every year.",
        "Wir führen zweimal im Jahr Gehaltsrunden durch, die HR-Leiterin moderiert sie.",
        "The works council signs off every promotion round; 2024's round was checked in May.",
    ],
)
def test_a_role_tied_to_the_measure_is_still_an_owner(notes: str) -> None:
    assert (rating(notes) or 0) >= 4, analyze(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "The four-day-week pilot ended in 2022 and never came back.",
        "Our job-share trial finished last spring and hasn't come back since.",
        "Das Patenprogramm ist 2021 ausgelaufen und nie wieder eingeführt worden.",
    ],
)
def test_a_measure_that_never_came_back_is_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert a.red_flag and (a.suggested_rating or 0) <= 2, a.spans


def test_a_pilot_that_ended_as_planned_is_not_a_failure() -> None:
    a = analyze(
        "The four-day-week pilot ended in 2022 and was rolled out to every team; 96 % kept it."
    )
    assert not a.red_flag and (a.suggested_rating or 0) >= 4, a.spans


@pytest.mark.parametrize(
    "notes",
    [
        (
            "Coaching was dropped in 2020, but we replaced it with peer circles in 2021 and 40 "
            "people joined."
        ),
        (
            "The ERG was disbanded in 2019; instead we introduced sponsorship in 2020, and 12 "
            "sponsees were promoted."
        ),
        (
            "Das Mentoring wurde 2021 gestoppt, stattdessen haben wir 2022 Sponsoring eingeführt; "
            "11 Frauen wurden seither befördert."
        ),
    ],
)
def test_a_measure_put_in_place_of_one_that_stopped_can_be_good(notes: str) -> None:
    a = analyze(notes)
    # Judged like the measure that replaced it: no red flag, and the stop is still told.
    assert not a.red_flag
    assert a.suggested_rating == 4, a.spans
    assert "replaced" in a.explanation
    assert "nothing after it" not in a.explanation


@pytest.mark.parametrize(
    "notes",
    [
        "Mentoring ended when its sponsor moved on; nothing replaced it.",
        "The returnship was scrapped in 2021 and never replaced; 4 returners left.",
        "Coaching was dropped in 2020, and since then we introduced nothing, 0 sessions.",
        (
            "The mentoring circle was cancelled in 2019; we hope to replace it with 2 new circles "
            "next year."
        ),
        "Mentoring stopped in 2022; since then 6 mentors have left.",
        (
            "Das Mentoring wurde 2021 gestoppt und nie ersetzt, obwohl 2022 drei Frauen gekündigt "
            "haben."
        ),
    ],
)
def test_a_stop_with_no_measured_replacement_stays_low(notes: str) -> None:
    a = analyze(notes)
    assert a.red_flag and (a.suggested_rating or 0) <= 2, (notes, a.spans)


@pytest.mark.parametrize(
    "notes",
    [
        (
            "Die Geschäftsführung hat im Mai ein Budget von 120.000 Euro genehmigt, Frau Adler "
            "leitet das Programm und die ersten 12 Teilnehmerinnen starten im Oktober."
        ),
        "Der Vorstand hat 2024 einen Topf von 45.000 Euro bewilligt; Herr Klein verantwortet ihn.",
    ],
)
def test_an_approved_budget_with_an_owner_is_a_deed_even_with_a_start_to_come(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert "past-action" in a.counts() and (a.suggested_rating or 0) >= 4, a.spans


def test_digit_separators_do_not_end_a_german_clause() -> None:
    assert answers_de.spans("Wir haben 80.000 Euro freigegeben.")[0][2] == "past-action"
    assert answers_de.spans("Die Quote ist von 3,1 auf 4,2 % gestiegen, das haben wir gemessen.")
    # A real sentence end still ends the clause.
    assert not answers_de.spans("Wir haben 80. Dann gemessen.")


@pytest.mark.parametrize(
    "notes",
    [
        "We have 9 teams, 4 products and 2 offices, and all are welcome.",
        "Wir haben 6 Abteilungen, 3 Marken und 2 Standorte, und jeder ist willkommen.",
        "We've been in business for over 60 years, and we believe in fairness.",
        "Wir sind seit 30 Jahren Familienunternehmen mit 180 Beschäftigten und sehr offen.",
    ],
)
def test_a_list_of_counts_of_the_company_or_its_age_is_not_a_measure(notes: str) -> None:
    r = rating(notes)
    assert r is None or r <= 2, (notes, analyze(notes).spans)


@pytest.mark.parametrize(
    "notes",
    [
        "I can't tell you, I've only been here two months.",
        "I couldn't tell you, to be fair; I've been with the company for just six weeks.",
    ],
)
def test_the_speakers_own_tenure_is_not_a_measure(notes: str) -> None:
    a = analyze(notes)
    assert "number" not in a.counts() and (a.suggested_rating or 0) <= 2, a.spans


def test_a_tenure_beside_a_result_leaves_the_result() -> None:
    notes = "I've only been here a year, but in 2025 we raised 22 salaries after the pay audit."
    assert (rating(notes) or 0) >= 4, analyze(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "Colleagues here are like friends; there are drinks every Thursday.",
        "Die Kolleginnen sind wie eine Familie, jeden Freitag gibt es Frühstück.",
    ],
)
def test_colleagues_like_friends_with_a_social_cadence_is_culture_talk(notes: str) -> None:
    assert (rating(notes) or 0) <= 2, analyze(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "Wir sind nur 30 Leute, da braucht es keine Regeln.",
        "We're just 50 people, so we don't need formal processes.",
        "Wir haben erst 40 Mitarbeitende, Richtlinien brauchen wir eigentlich keine.",
    ],
)
def test_too_small_to_need_a_rule_is_an_admitted_absence(notes: str) -> None:
    assert (rating(notes) or 0) <= 2, analyze(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "Next spring we're going to appoint an inclusion lead; the budget is nearly approved.",
        "Im Herbst werden wir eine Diversity-Beauftragte einstellen, das Budget ist noch nicht "
        "genehmigt.",
        "We will hire a head of DEI next year, pending approval.",
    ],
)
def test_a_plan_whose_approval_is_still_pending_is_weak(notes: str) -> None:
    assert (rating(notes) or 0) <= 2, analyze(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "We held quarterly listening events until 2022; there's nothing now.",
        "We offered a returners' scheme until 2020.",
        "The pay review ran until 2023, and there is nothing left of it.",
    ],
)
def test_a_measure_that_ran_until_a_year_gone_by_is_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert a.red_flag and (a.suggested_rating or 0) <= 2, a.spans


@pytest.mark.parametrize(
    "notes",
    [
        "We had a hiring freeze until 2021, and since then we hired 30 people.",
        "We no longer schedule team events after 6 pm; attendance doubled in 2024.",
    ],
)
def test_what_ended_for_the_better_is_not_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert not a.red_flag and (a.suggested_rating or 0) >= 4, a.spans


@pytest.mark.parametrize(
    "notes",
    [
        "Mentoring stopped in 2021. It was not replaced. Since then we promoted 14 women.",
        "The returner scheme ended in 2022 and wasn't replaced; since then 9 women came back.",
        "Das Mentoring wurde 2021 eingestellt und nicht ersetzt. Seitdem kamen 12 Frauen dazu.",
    ],
)
def test_a_stop_told_as_not_replaced_is_not_read_as_replaced(notes: str) -> None:
    # "since then" after "it was not replaced" dates what followed; it replaces nothing.
    a = analyze(notes)
    assert a.red_flag
    assert "what replaced it" not in a.explanation


def test_overlaps_finds_a_span_that_covers_or_touches_the_range() -> None:
    within = answers._Overlaps([(40, 50), (0, 30), (10, 12)])
    assert within(25, 35)  # inside the long first span's end
    assert within(45, 46)
    assert not within(30, 40)  # between the spans, touching neither
    assert not within(50, 60)


def test_a_headcount_read_in_long_notes_without_a_stop_still_counts_the_size() -> None:
    # The clause after a headcount is read a few words on, not to the end of the notes.
    notes = "We are 300 people " + "and we talk a lot " * 400
    sizes = [notes[a:b] for a, b in answers._size_spans(notes)]
    assert sizes == ["300"]


@pytest.mark.parametrize(
    "notes",
    [
        "Mentoring stopped in 2021, since then we promoted 14 women.",
        "The ERG was disbanded in 2020; since then 9 people joined the board.",
        "Das Mentoring wurde 2021 eingestellt, seitdem haben wir 12 Frauen befördert.",
    ],
)
def test_a_result_after_since_then_is_no_replacement(notes: str) -> None:
    # Time after a stop, then a result: the stop is still a red flag, lifted to 2 at most.
    a = analyze(notes)
    assert a.red_flag and (a.suggested_rating or 0) <= 2, (notes, a.spans)


@pytest.mark.parametrize(
    "notes",
    [
        (
            "Mentoring stopped in 2021; since then we have run a sponsorship programme, and 14 "
            "women were promoted through it."
        ),
        (
            "Das Mentoring wurde 2021 gestoppt, seitdem gibt es ein Sponsoring-Programm, über das "
            "11 Frauen befördert wurden."
        ),
    ],
)
def test_a_named_measure_after_since_then_replaces_the_stop(notes: str) -> None:
    a = analyze(notes)
    assert not a.red_flag and a.suggested_rating == 4, (notes, a.spans)


@pytest.mark.parametrize(
    "notes",
    [
        "Mentoring stopped in 2021 and wasn't replaced.",
        "The returnship ended in 2022 and was never really replaced.",
        "Die Mentoring-Runde wurde 2021 eingestellt und nie ersetzt.",
    ],
)
def test_a_denied_deed_is_no_deed(notes: str) -> None:
    a = analyze(notes)
    assert not any(s.label == "past-action" for s in a.spans), a.spans
    assert a.red_flag and a.suggested_rating == 1


def test_not_only_still_tells_a_deed() -> None:
    a = analyze("We not only hired 5 women, we also promoted 3 in 2024.")
    assert sum(s.label == "past-action" for s in a.spans) == 2
    assert (a.suggested_rating or 0) >= 4
