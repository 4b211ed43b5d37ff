# ruff: noqa: E501  (whole ad sentences, kept on one line each to read them)
"""Fixes for the probes rounds 12 and 13 left open (issue 11, helper redfix14), each class on
sentences written for this file (none is from the probe, the issue or the corpora).

- pay: a public pay scale with its grade and no amount is transparent pay (info, naming the scale
  and asking the step); a pay word that "starts at" a bare figure;
- arrangement: remote-friendly or remote-first with meetups is remote; how a product's users work
  is not the job's arrangement;
- exclusionary: a product's users described as young are not the applicant; a licence for a class
  of vehicle (CDL, HGV, PKW-Führerschein) is a driving demand; partying as hard as working is the
  work-hard-play-hard motto;
- requirements: options after "one or more of the following:" at the lead-in's own depth.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.app.text import attach_questions
from askback.bank import load
from askback.text import pay_scale
from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with the logistics and billing teams to turn data into decisions. "
    "You will build reports, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit den Teams für Logistik und Abrechnung und machst aus Daten Entscheidungen. "
    "Du baust Berichte, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Operations Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


def salary(r: AdReport) -> tuple[str, str, str]:
    (f,) = [f for f in r.findings if f.check == "salary"]
    return f.level.value, f.title, f.ask


# ---- pay: public scales
@pytest.mark.parametrize(
    ("fragment", "lang", "label"),
    [
        ("Die Stelle wird nach TVöD E 11 vergütet.", "de", "TVöD E 11"),
        ("Vergütung gemäß TV-L, EG 9b.", "de", "TV-L EG 9b"),
        ("Eingruppierung: Entgeltgruppe 13 TV-H", "de", "Entgeltgruppe 13 TV-H"),
        (
            "Die Bezahlung erfolgt nach AVR Diakonie, Entgeltgruppe 8.",
            "de",
            "AVR Diakonie Entgeltgruppe 8",
        ),
        ("Vergütung nach TV-Ärzte/VKA, Ä1.", "de", "TV-Ärzte/VKA Ä1"),
        # "bis": A 12 is the highest grade of the post, so the label keeps it (2026-12-05).
        ("Die Stelle ist bis Besoldungsgruppe A 12 bewertet.", "de", "bis Besoldungsgruppe A 12"),
        ("Einreihung in Lohnklasse 21 nach kantonalem Lohnsystem.", "de", "Lohnklasse 21"),
        ("Salary: Agenda for Change Band 7", "en", "Agenda for Change Band 7"),
        ("This is an NHS Band 6 post.", "en", "NHS Band 6"),
        ("Grade: GS-0560-11", "en", "GS-0560-11"),
        ("The position is filled at GS-9 with promotion potential.", "en", "GS-9"),
    ],
)
def test_public_pay_scale_is_info_naming_scale_and_grade(
    fragment: str, lang: str, label: str
) -> None:
    r = ad(fragment, lang)
    level, title, ask = salary(r)
    assert level == "info" and label in title
    assert "step" in ask and not r.pay.stated
    assert r.pay.scale == label


def test_scale_without_grade_asks_for_the_grade_too() -> None:
    level, title, ask = salary(ad("Wir bezahlen nach TVöD.", "de"))
    assert level == "info" and "grade not given" in title and "grade" in ask


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("Erfahrung in der Entgeltabrechnung nach TVöD und TV-L.", "de"),
        ("Kenntnisse im TV-L sind ein Plus.", "de"),
        ("Experience with AVR and ARM microcontrollers.", "en"),
        ("Our warehouse is just off the A13 in Essex.", "en"),
        ("You will help roll out the agenda for change in our clients' teams.", "en"),
        ("We ship band 5 and band 6 antennas.", "en"),
    ],
)
def test_a_scale_named_as_a_subject_or_a_lookalike_is_no_pay(fragment: str, lang: str) -> None:
    r = ad(fragment, lang)
    assert r.pay.scale is None
    assert salary(r)[0] == "gap"


def test_a_figure_outranks_the_scale() -> None:
    r = ad("Vergütung nach TVöD E 12, rund 4.800 € brutto monatlich.", "de")
    assert r.pay.stated and salary(r)[0] != "gap"


@given(st.text(alphabet="TVöDEG-L 13AÄ.,:gs", max_size=200))
def test_scale_finder_takes_any_text(text: str) -> None:
    found = pay_scale.find(text, text.lower())
    assert found is None or found.strip()


# ---- pay: a pay word that starts at a bare figure
@pytest.mark.parametrize(
    ("fragment", "low", "period"),
    [
        ("Base salary starts at 76,500 per year.", 76500, "year"),
        ("Pay begins at 19.75 per hour.", 19.75, "hour"),
        ("Compensation starts from 105,000 annually.", 105000, "year"),
    ],
)
def test_pay_starts_at_a_bare_figure(fragment: str, low: float, period: str) -> None:
    r = ad(fragment)
    assert r.pay.stated and r.pay.minimum == low and r.pay.maximum is None
    assert r.pay.period == period


def test_pay_starting_at_a_non_figure_is_no_pay() -> None:
    assert not ad("Our pay starts at the market median for the region.").pay.stated


# ---- arrangement
@pytest.mark.parametrize(
    "fragment",
    [
        "Remote-friendly, with twice-yearly team meetups in Porto.",
        "Remote-first, with a company retreat every spring.",
        "Remote friendly with monthly in-person team meetups.",
    ],
)
def test_remote_friendly_with_meetups_is_remote(fragment: str) -> None:
    assert ad(fragment).work_arrangement == "remote"


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("Our app helps hybrid teams book desks.", "en"),
        ("We build scheduling software for hybrid teams.", "en"),
        ("Our platform lets companies go fully remote.", "en"),
        ("Unsere Plattform hilft hybriden Teams bei der Raumplanung.", "de"),
    ],
)
def test_how_a_products_users_work_is_not_the_arrangement(fragment: str, lang: str) -> None:
    assert ad(fragment, lang).work_arrangement == "not_stated"


@pytest.mark.parametrize(
    ("fragment", "kind"),
    [
        ("You will join our hybrid team in Leeds.", "hybrid"),
        ("Our product team works hybrid, 2 days in the office.", "hybrid"),
        ("We build tools for clients; this role is fully remote.", "remote"),
    ],
)
def test_the_teams_own_arrangement_is_still_read(fragment: str, kind: str) -> None:
    assert ad(fragment).work_arrangement == kind


# ---- exclusionary: users described by age
def _checks(r: AdReport) -> set[str]:
    return {f.check for f in r.findings}


@pytest.mark.parametrize(
    "fragment",
    [
        "Most of our customers are young professionals in big cities.",
        "Our budgeting app is popular with young professionals.",
        "We serve busy young professionals across Europe.",
    ],
)
def test_users_described_as_young_are_not_age_coded(fragment: str) -> None:
    assert "age-coded" not in _checks(ad(fragment))


@pytest.mark.parametrize(
    "fragment", ["Ideal for young professionals.", "We are looking for young professionals."]
)
def test_young_professionals_sought_are_still_age_coded(fragment: str) -> None:
    assert "age-coded" in _checks(ad(fragment))


# ---- suggested questions: driving licences by class, partying as hard as working
BANK = load()


def _tags(r: AdReport, check: str) -> set[str]:
    attach_questions(r, BANK)
    by_id = {q.id: q for q in BANK.questions}
    out: set[str] = set()
    for f in r.findings:
        if f.check == check:
            for qid in f.question_ids:
                out |= set(by_id[qid].tags)
    return out


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("A Class B CDL is required.", "en"),
        ("You must hold a current HGV Class 2 licence.", "en"),
        ("A valid C+E licence is essential.", "en"),
        ("LKW-Führerschein erforderlich.", "de"),
        ("Führerscheinklasse C1 wird vorausgesetzt.", "de"),
        ("Ein Führerschein und ein eigenes Auto sind unabdingbar.", "de"),
    ],
)
def test_vehicle_class_licences_ask_about_driving(fragment: str, lang: str) -> None:
    tags = _tags(ad(fragment, lang), "ability-coded")
    assert "driving" in tags and "screen-reader" not in tags


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("Our clients are CDL holders and fleet owners.", "en"),
        ("Wir übernehmen die Kosten für deinen Führerschein-Kurs.", "de"),
    ],
)
def test_licence_as_a_subject_is_not_flagged(fragment: str, lang: str) -> None:
    assert "ability-coded" not in _checks(ad(fragment, lang))


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("Here we play as hard as we work.", "en"),
        ("We celebrate just as hard as we work.", "en"),
        ("We work as hard as we party.", "en"),
        ("Hier wird hart gearbeitet und genauso hart gefeiert.", "de"),
        ("Wir feiern so hart, wie wir arbeiten.", "de"),
    ],
)
def test_partying_as_hard_as_working_is_the_motto(fragment: str, lang: str) -> None:
    assert {"working-hours", "drinking-culture"} <= _tags(ad(fragment, lang), "bro-culture")


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("We work hard for our customers and celebrate each launch.", "en"),
        ("Bei uns wird hart gearbeitet und viel gelacht.", "de"),
    ],
)
def test_hard_work_alone_is_not_the_motto(fragment: str, lang: str) -> None:
    assert "bro-culture" not in _checks(ad(fragment, lang))


# ---- requirements: flat option lists
@pytest.mark.parametrize(
    "lead",
    [
        "Experience with one or more of the following:",
        "Familiarity with at least one of these databases:",
        "Knowledge of any of the following:",
    ],
)
def test_flat_options_after_a_lead_in_are_one_must_have(lead: str) -> None:
    r = ad(
        f"Requirements\n- Degree in statistics\n- {lead}\n- Postgres\n- MySQL\n- Oracle\n- SQL Server\n- 3+ years of experience building reports"
    )
    assert r.must_haves == 3


def test_options_nested_then_a_flat_item_ends_the_choice() -> None:
    r = ad("Requirements\n- Experience with one of:\n  - Kafka\n  - Pulsar\n- Python\n- SQL")
    assert r.must_haves == 3


def test_a_flat_list_without_a_lead_in_counts_each_item() -> None:
    r = ad("Requirements\n- Postgres\n- MySQL\n- Oracle\n- SQL Server\n- Python")
    assert r.must_haves == 5


# ---- fourteenth round: the classes its probes found wrong
@pytest.mark.parametrize(
    ("fragment", "lang", "days"),
    [
        ("You'll spend Tuesdays and Fridays with the team in the office.", "en", 2),
        ("Wednesdays and Thursdays we are all together in the office.", "en", 2),
        ("Montags und freitags bist du mit dem Team im Büro.", "de", 2),
        ("Hybrid, with 2 anchor days in the office each week.", "en", 2),
        ("We ask for 3 set days on-site per week.", "en", 3),
        ("Hybrid mit zwei festen Teamtagen pro Woche in Mainz.", "de", 2),
    ],
)
def test_office_days_said_with_company_or_as_anchor_days(
    fragment: str, lang: str, days: float
) -> None:
    r = ad(fragment, lang)
    assert r.work_arrangement == "hybrid" and r.office_days == days


def test_team_days_a_year_are_no_office_days() -> None:
    r = ad("Vollständig remote, mit zwei Teamtagen im Jahr in Leipzig.", "de")
    assert r.work_arrangement == "remote"


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("Remote – Americas time zones", "en"),
        ("Remote (EU only)", "en"),
        ("Remote aus ganz Österreich möglich.", "de"),
        ("Remote von überall in Deutschland.", "de"),
    ],
)
def test_remote_within_a_region_or_its_time_zones(fragment: str, lang: str) -> None:
    assert ad(fragment, lang).work_arrangement == "remote"


@pytest.mark.parametrize(
    "fragment",
    [
        "The post is based on-site at our Glasgow depot, with occasional travel.",
        "You will be located onsite at our Phoenix plant.",
        "This job is on-site in Utrecht; some travel to suppliers.",
    ],
)
def test_based_on_site_is_onsite(fragment: str) -> None:
    assert ad(fragment).work_arrangement == "onsite"


@pytest.mark.parametrize(
    "fragment",
    [
        "Our night manager is based on site 24/7.",
        "We sell video-call hardware to hybrid offices.",
        "You will model desk occupancy 3 days a week across our sites.",
    ],
)
def test_other_staff_products_and_office_data_are_not_the_arrangement(fragment: str) -> None:
    assert ad(fragment).work_arrangement == "not_stated"


@pytest.mark.parametrize(
    "fragment",
    ["Join our young and driven sales team.", "Be part of a young, creative design team!"],
)
def test_young_team_with_a_department_word_is_age_coded(fragment: str) -> None:
    assert "age-coded" in _checks(ad(fragment))


def test_young_company_with_a_team_later_is_not() -> None:
    assert "age-coded" not in _checks(ad("We are a young company with an experienced sales team."))
