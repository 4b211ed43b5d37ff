"""Vague answers the fifth round found rated 3 or 4: a personal impression, priority talk, an
owner the speaker cannot name, an answer not remembered, staff groups only named, and culture
talk beside a count of things. Each is at most 2; the same words beside a measure are not."""

from __future__ import annotations

import pytest

from askback.text.answers import analyze


def rating(notes: str) -> int | None:
    return analyze(notes).suggested_rating


def vague(notes: str) -> None:
    r = rating(notes)
    assert r is not None and r <= 2, (notes, r, analyze(notes).spans)


@pytest.mark.parametrize(
    "notes",
    [
        "I have never noticed anyone being held back here.",
        "I've not seen any problems with that in my team, honestly.",
        "In my experience people get promoted on merit.",
        "From what I've seen, women do just as well here.",
        "Ich habe hier noch nie eine Benachteiligung erlebt.",
        "Mir ist da noch nichts aufgefallen, ehrlich gesagt.",
        "Meiner Erfahrung nach werden alle fair behandelt.",
    ],
)
def test_a_personal_impression_is_no_measure(notes: str) -> None:
    vague(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "We really prioritise inclusion, it comes up all the time.",
        "We absolutely prioritize fairness in hiring.",
        "Vielfalt ist uns unglaublich wichtig, das sagt der Vorstand bei jeder Gelegenheit.",
        "Das Thema ist uns besonders wichtig, es steht auf jeder Präsentation.",
        "Bei uns leben alle Teams Vielfalt und Respekt.",
        "We live and breathe diversity.",
    ],
)
def test_priority_talk_is_value_talk(notes: str) -> None:
    vague(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "There's a code of conduct, I'm not sure who owns it though.",
        "We have some kind of policy, no idea who runs it.",
        "Es gibt irgendeine Leitlinie, wer die pflegt, weiß ich nicht.",
        "Da gibt es sicher eine Richtlinie, aber wer dafür zuständig ist, weiß ich nicht so genau.",
        "There's a diversity policy somewhere on the intranet, I think.",
    ],
)
def test_an_owner_the_speaker_cannot_name_is_no_owner(notes: str) -> None:
    vague(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "We ran a pulse survey a while back, I don't remember the results.",
        "We did some unconscious bias sessions, I can't recall when.",
        "Wir hatten mal einen Workshop dazu, ich kann mich nicht mehr erinnern, was dabei rauskam.",
        "Es gab eine Auswertung, genau weiß ich das nicht.",
        "Wie viele das sind, weiß ich das nicht, ehrlich.",
    ],
)
def test_an_answer_not_remembered_is_no_measure(notes: str) -> None:
    vague(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "There is a parents' group, a faith group and a neurodiversity group.",
        "We have employee groups and a women's group that meets sometimes.",
        "Staff run affinity groups for whoever wants to join.",
    ],
)
def test_staff_groups_only_named_are_bodies(notes: str) -> None:
    vague(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "We have 3 game rooms and a really collaborative vibe.",
        "There are 40 Slack channels and a strong culture of helping each other.",
        "Wir haben zwei Dachterrassen und ein tolles Betriebsklima.",
        "Es gibt bei uns fünf Teeküchen, das Arbeitsklima ist familiär.",
    ],
)
def test_culture_talk_with_a_count_of_things_is_culture_talk(notes: str) -> None:
    vague(notes)


@pytest.mark.parametrize(
    "notes",
    [
        # A share, or a number with a date, is something to check even beside culture talk.
        "Our culture is open: 5 of our 8 team leads are women since the 2023 reshuffle.",
        "Das Miteinander ist gut, und 40 % unserer Führungskräfte sind seit 2024 Frauen.",
        # The same words beside a deed and a figure stay concrete.
        "In my experience it helped: in 2023 we audited pay and closed the gap from 6% to 1%.",
        "Fairness ist uns wichtig: 2024 haben wir alle Gehälter geprüft, die Lücke sank auf 1 %.",
        "Our women's group is led by our CTO and in 2024 it ran 12 sessions for 150 people.",
    ],
)
def test_the_same_words_beside_a_measure_stay_above_vague(notes: str) -> None:
    assert (rating(notes) or 0) >= 3, (notes, analyze(notes).spans)


def test_every_occasion_is_not_a_rule_applied_to_every_case() -> None:
    spans = analyze("Das steht auf jeder Folie und wird bei jeder Gelegenheit gesagt.").spans
    assert not [s for s in spans if s.label == "gate"]
    # A case a rule is applied to still is one.
    spans = analyze("Jede Stellenanzeige wird von zwei Personen geprüft.").spans
    assert [s for s in spans if s.label == "gate"]
