# ruff: noqa: E501  (whole answer sentences, kept on one line each to read them)
"""Thirteenth probe round (issue 11, helper redteam13): the classes its probes found wrong, each on
sentences written for this file (none is from the probe, the issue or the corpora).

- answers: a deed that only put something on (sessions run, people trained, a survey sent, bodies
  set up) with no result, owner or rule told is weak; a measure that stalled or was given up in a
  second clause is a failure; a flat hierarchy is culture talk;
- seniority: apprentices and entry positions are junior, roman level numbers and "Chief" name a
  level, and an internship named after "from our" is a scheme, not the role;
- requirement headings: German "Was uns überzeugt", "Deine Stärken";
- gender: "autonom" said of machines is no trait.
"""

from __future__ import annotations

import pytest

from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with the claims and fraud teams to turn data into decisions. "
    "You will build reports, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit den Teams für Schaden und Betrug und machst aus Daten Entscheidungen. "
    "Du baust Berichte, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Claims Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


def rating(notes: str) -> int:
    r = analyze_answer(notes).suggested_rating
    assert r is not None, notes
    return r


# ---- answers: inputs put on, with no result told
@pytest.mark.parametrize(
    "notes",
    [
        "We ran 5 workshops on fair promotion criteria in 2023.",
        "Last autumn we held 3 webinars on menopause at work.",
        "We trained 90 interviewers in structured interviewing.",
        "We ran two trainings for 60 team leads last year.",
        "We sent out a survey on belonging to 250 staff in May.",
        "Wir haben 2023 vier Seminare zu Unconscious Bias durchgeführt.",
        "Wir haben 60 Führungskräfte zu fairen Beurteilungen geschult.",
    ],
)
def test_inputs_without_a_result_are_weak(notes: str) -> None:
    assert rating(notes) <= 2, analyze_answer(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        # near-misses: the same inputs with what came of them, or who checks them
        "We ran 5 workshops on fair promotion criteria in 2023; promotions of women rose from 12 to 19.",
        "We trained 90 interviewers in 2024, and since then offer rates for women went from 30% to 41%.",
        "Wir haben 2023 vier Seminare durchgeführt; seitdem stieg der Frauenanteil von 20 % auf 31 %.",
        "We trained 90 interviewers in 2024, and HR audits every panel.",
    ],
)
def test_inputs_with_a_result_or_a_check_still_count(notes: str) -> None:
    assert rating(notes) >= 4, analyze_answer(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "There are 9 people on our inclusion committee.",
        "Our women's network has 40 members.",
        "We posted 25 jobs on a returners' job board this year.",
    ],
)
def test_counts_of_members_and_postings_are_inputs(notes: str) -> None:
    assert rating(notes) <= 3, analyze_answer(notes).spans


@pytest.mark.parametrize(
    "notes",
    [
        "The returners' scheme stalled after the reorganisation.",
        "Our pay-gap review petered out when the analyst left.",
        "We piloted anonymous CVs, but gave up on it after a quarter.",
        "We tried a mentoring circle, then abandoned it in 2024.",
    ],
)
def test_measures_that_stalled_or_were_given_up_are_red_flags(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.red_flag and (a.suggested_rating or 0) <= 2, a.spans


def test_a_deal_that_fell_through_is_no_failed_measure() -> None:
    a = analyze_answer(
        "The vendor contract fell through, so we built the pay tool ourselves in 2024."
    )
    assert not any(s.label == "failure" for s in a.spans), a.spans


@pytest.mark.parametrize(
    "notes",
    [
        "We're a very flat organisation, honestly.",
        "It's a flat hierarchy and everyone has a voice.",
        "Everyone's voice is heard here.",
    ],
)
def test_flat_hierarchy_is_culture_talk(notes: str) -> None:
    assert rating(notes) <= 2, analyze_answer(notes).spans


# ---- seniority
@pytest.mark.parametrize(
    "title",
    [
        "Apprentice Data Engineer",
        "Auszubildender Fachinformatiker (m/w/d)",
        "Berufsanfänger Controlling (m/w/d)",
    ],
)
def test_apprentices_and_starters_are_junior(title: str) -> None:
    r = ad("- 6+ years of experience", title=title)
    assert r.seniority == "junior", r.seniority
    assert any(f.check == "years-vs-seniority" for f in r.findings)


def test_an_entry_position_in_the_text_is_junior() -> None:
    r = ad(
        "Diese Einstiegsstelle richtet sich an Absolventen.\n- 5 Jahre Berufserfahrung",
        "de",
        "Data Analyst (m/w/d)",
    )
    assert r.seniority == "junior"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Software Engineer III", "senior"),
        ("Data Analyst II", "mid"),
        ("Chief Technology Officer", "manager"),
    ],
)
def test_level_numbers_and_chief_name_a_level(title: str, level: str) -> None:
    assert ad("- 3+ years of experience", title=title).seniority == level


@pytest.mark.parametrize(
    "fragment",
    [
        "You will coach students from our summer internship.",
        "You will pair with interns of our internship.",
        "Du betreust Studierende aus unserem Praktikum.",
    ],
)
def test_an_internship_the_employer_runs_is_not_the_role(fragment: str) -> None:
    assert ad(fragment, title="Claims Analyst").seniority != "intern"


def test_the_internship_on_offer_still_is_one() -> None:
    assert (
        ad("This is a six-month internship in our data team.", title="Claims Analytics").seniority
        == "intern"
    )


# ---- German requirement headings
REQ_DE = (
    "\n{h}\n- Abschluss in Statistik\n- 3 Jahre Erfahrung mit SQL\n- Python\n- Sehr gutes Deutsch\n"
)


@pytest.mark.parametrize(
    "h", ["Was uns überzeugt:", "Womit du uns überzeugst", "Deine Stärken", "Ihre Stärken:"]
)
def test_german_requirement_headings(h: str) -> None:
    r = ad(REQ_DE.format(h=h), "de", "Data Analyst (m/w/d)")
    assert r.must_haves is not None and abs(r.must_haves - 4) <= 1, r.must_haves


# ---- gender: machines that are autonomous
@pytest.mark.parametrize(
    "s",
    [
        "Du entwickelst Software für autonome Fahrzeuge.",
        "Erfahrung mit autonomen Systemen.",
        "Wir forschen an autonomer Robotik.",
    ],
)
def test_autonomous_machines_are_no_trait(s: str) -> None:
    r = ad(s, "de", "Data Scientist (m/w/d)")
    assert not [f for f in r.findings if f.check == "gender-coded"], r.masculine


def test_an_autonomous_person_still_counts() -> None:
    r = ad(
        "Du arbeitest autonom und bist eine autonome Persönlichkeit.",
        "de",
        "Data Scientist (m/w/d)",
    )
    assert r.masculine > 0
