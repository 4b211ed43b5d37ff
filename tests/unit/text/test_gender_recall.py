"""Issue 11, recall: trait and culture wording that the sense rules must not drop. Sentences
written for these tests (helper gender5), each beside a sentence of the same shape that is no
trait, so that a rule loosened too far fails here too."""

from __future__ import annotations

import pytest

from askback.text import gender
from askback.text.doc import prepare


def _counted(text: str, lang: str = "en") -> list[str]:
    return [h.span.text.lower() for h in gender.check(prepare(text, lang)).hits]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a thing noun that only modifies a noun for a person or a team
        ("You are a confident data storyteller.", "confident"),
        ("We want a supportive code reviewer on every pull request.", "supportive"),
        ("She is a confident model builder.", "confident"),
        ("You are an empathetic data translator between teams.", "empathetic"),
        ("We are a friendly, supportive data science community.", "supportive"),
        ("You are an analytical systems thinker.", "analytical"),
        ("You are an independent, analytical data scientist.", "analytical"),
        ("You are a logical, structured analytics engineer.", "logical"),
        ("You are an analytical data thinker with taste.", "analytical"),
    ],
)
def test_an_adjective_of_a_person_named_by_a_compound_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We build analytical data models for finance.",
        "Enhancing independent living skills is the aim of the ward.",
        "A seaside town with independent shops and a café culture.",
        "He works as an independent practitioner.",
        "The analytical data team owns the warehouse.",
        "You maintain a confident data pipeline.",
        "You join our community intellectual disability team.",
        "She works in the Assertive Outreach Team.",
    ],
)
def test_a_thing_or_the_people_served_still_do_not_count(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You confidently present findings to executives.", "confidently"),
        ("You independently design experiments end to end.", "independently"),
        ("We work together across product and data.", "together"),
        ("You solve problems independently, and you share what you learn.", "independently"),
        ("Our analysts grow together through pairing.", "together"),
    ],
)
def test_an_adverb_before_a_verb_describes_how_the_person_works(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "All results are independently verified reports.",
        "Logically structured code is easier to review.",
        "Put together a weekly report with the team.",
    ],
)
def test_an_adverb_before_a_participle_still_describes_the_thing(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Your commitment and drive matter here.", "commitment"),
        ("Your ambition and drive matter more than a degree.", "ambition"),
        ("Your honesty and initiative matter to the team.", "honesty"),
        ("Leadership, drive and curiosity matter most in this role.", "leadership"),
    ],
)
def test_a_coded_noun_in_a_list_of_qualities_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Confidence and prediction intervals are reported for each forecast.",
        "The patients' independence and dignity matter to us.",
    ],
)
def test_a_coded_noun_as_a_modifier_still_does_not_count(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Your leadership will grow the team.", "leadership"),
        ("Please demonstrate your leadership in the interview.", "leadership"),
        ("Your leadership skills will help new analysts find their feet.", "leadership"),
    ],
)
def test_your_leadership_asked_for_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "This role will develop your leadership skills.",
        "We help you to further your leadership and management skills.",
        "A chance to consolidate your leadership experience.",
    ],
)
def test_your_leadership_offered_to_grow_does_not_count(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You make confident decisions.", "confident"),
        ("You take confident, well-argued decisions under time pressure.", "confident"),
        ("Confident clinical decision making is essential.", "confident"),
        ("You show initiative and confidence around decision making.", "confidence"),
    ],
)
def test_confident_decisions_of_the_person_hired_count(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Our models enable planners to make faster, more confident decisions.",
        "Sales teams are equipped with insights to drive fast, confident decisions.",
        "You help stakeholders make confident decisions from reliable data.",
    ],
)
def test_confident_decisions_enabled_for_others_do_not_count(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You are committed to quality in everything you ship.", "committed"),
        ("You will be fully committed to clear, honest reporting.", "committed"),
        ("Are you curious, patient and committed to learning?", "committed"),
        ("The successful candidate will have a commitment to open science.", "commitment"),
        ("We are looking for an individual who is committed to mentoring juniors.", "committed"),
        ("Your commitment to good documentation shows in your work.", "commitment"),
        ("You will have a commitment to your own development.", "commitment"),
    ],
)
def test_commitment_of_the_person_hired_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "noun", ["candidate", "applicant", "postholder", "post-holder", "post holder", "jobholder"]
)
def test_each_singular_applicant_noun_takes_is(noun: str) -> None:
    # Every singular noun of the keep_clause list is the subject of "is": "the jobholder is
    # committed to" is as much the person hired as "the postholder is committed to".
    assert "committed" in _counted(f"The {noun} is committed to improving the reports."), noun


@pytest.mark.parametrize(
    "text",
    [
        "The company is committed to equal opportunities.",
        "We are committed to your development as an analyst.",
        "Our commitment to privacy is set out below.",
        "We help you grow and are committed to helping you reach your goals.",
        "To all applicants: Acme respects your privacy and is committed to protecting it.",
        "If you join, you get a real commitment to your training from us.",
        "You will join a team committed to open data.",
        "We hire people who share the commitment to safeguarding.",
    ],
)
def test_commitment_of_the_employer_still_does_not_count(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You challenge assumptions constructively.", "challenge"),
        ("We challenge ideas, not people.", "challenge"),
        ("You think logically about messy problems.", "logically"),
    ],
)
def test_a_verb_or_adverb_said_of_the_person_or_team_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Our business challenges are mostly about supply.",
        "The logical data layer is in dbt.",
        "Actively monitoring pipelines is part of the on-call rota.",
    ],
)
def test_tasks_and_things_beside_those_still_do_not_count(text: str) -> None:
    assert _counted(text) == [], text


# --- German ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adjective without an ending is an adverb of the verb, whatever noun follows
        ("Du präsentierst selbstbewusst Ergebnisse vor dem Vorstand.", "selbstbewusst"),
        ("Du arbeitest selbstständig Aufgaben im Team ab.", "selbstständig"),
        ("Du setzt zuverlässig Datenprodukte um.", "zuverlässig"),
        ("Du vertrittst selbstbewusst Lösungen gegenüber Fachbereichen.", "selbstbewusst"),
        # "analytisch" as the manner of thinking or work, of a person, or beside another trait
        ("Du denkst analytisch und lösungsorientiert.", "analytisch"),
        ("Du arbeitest analytisch und genau.", "analytisch"),
        ("Du gehst analytisch vor.", "analytisch"),
        ("Du bist ein analytisch denkender Mensch.", "analytisch"),
        ("Du bist ein analytischer Problemlöser.", "analytischer"),
        ("Mit deiner analytischen Art überzeugst du.", "analytischen"),
        ("Analytisch und strukturiert gehst du an Probleme heran.", "analytisch"),
    ],
)
def test_german_trait_wording_counts(text: str, word: str) -> None:
    assert word in _counted(text, "de"), text


@pytest.mark.parametrize(
    "text",
    [
        "Wir entwickeln unabhängige Lösungen für Banken.",
        "Du baust zuverlässige Datenprodukte.",
        "Du sorgst dafür, dass Daten zuverlässig bereitgestellt werden.",
        "Zuverlässige Daten sind unser Ziel.",
        "Du entwickelst analytische Lösungen und Dashboards.",
        "Du bist Sparringspartner für analytische und technische Fragestellungen.",
        "Du pflegst analytische Datensätze mit dbt.",
    ],
)
def test_german_things_still_do_not_count(text: str) -> None:
    assert _counted(text, "de") == [], text


def test_keep_clause_is_read_and_merged() -> None:
    from askback.text import senses

    a = senses.Rule.parse({"not_next": ["to"], "keep_clause": ["you", "candidate"]})
    assert a.keep_clause == ("candidate", "you")
    b = senses.Rule.parse({"not_near": ["obligation"]})
    assert a.merged(b).keep_clause == ("candidate", "you")
    assert b.merged(a).keep_clause == ("candidate", "you")
