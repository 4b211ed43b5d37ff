"""Fifth probe round (issue 11): age-coded wording that asks for a young applicant, an age limit
without "years", lifting, carrying and standing said in other ways, and citizenship in other
words. Each sentence is written for this test; the sources are in lexicons/exclusion.yaml."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

FILLER = "You will model churn, build dashboards and explain results to the product team. " * 6
FILLER_DE = "Du modellierst Kündigungen, baust Dashboards und erklärst Ergebnisse im Team. " * 6


def _levels(text: str, title: str = "Data Analyst", de: bool = False) -> dict[str, str]:
    body = f"{title}\n{text}\n{FILLER_DE if de else FILLER}"
    return {f.check: f.level.value for f in analyze(body).findings}


@pytest.mark.parametrize(
    "text",
    [
        "Wie geschaffen für junge Absolventinnen und Absolventen.",
        "Zur Verstärkung suchen wir einen jungen, engagierten Controller.",
        "Junge, kreative Köpfe gesucht!",
        "Bist du jung und hungrig?",
        "Sie sind jung, flexibel und reisebereit?",
        "Ideal für Berufseinsteigerinnen unter 28.",
        "Die Altersgrenze liegt bei 40.",
    ],
)
def test_german_ads_asking_for_a_young_applicant(text: str) -> None:
    assert _levels(text, "Controller (m/w/d)", de=True).get("age-coded") == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "We want a young, hungry developer.",
        "Perfect for young people starting out in finance.",
        "You're young and ambitious? Talk to us.",
        "Class of 2025 graduates preferred.",
        "Open to recent university graduates only.",
        "Candidates under 35 preferred.",
        "Applicants should be between 22 and 29 years old.",
    ],
)
def test_english_ads_asking_for_a_young_applicant(text: str) -> None:
    assert _levels(text).get("age-coded") == "concern"


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Unser Verein begleitet junge Menschen in der Ausbildung.", True),
        ("Wir suchen Lösungen für junge Familien.", True),
        ("Unser junges Start-up sucht eine erfahrene Entwicklerin.", True),
        ("Kandidaten unter 50 km Entfernung bevorzugt.", True),
        ("Our app helps young adults budget.", False),
        ("The league coaches young players every weekend.", False),
        ("Applicants under 30 days into a notice period may apply.", False),
        ("Candidates under 25 miles from the office can cycle in.", False),
        ("Applicants under 40 minutes away get a parking space.", False),
        ("Bewerber unter 20 Minuten Anfahrt bevorzugt.", True),
        ("Applicants under 60 points in the test may resit it.", False),
    ],
)
def test_young_people_who_are_not_the_applicant(text: str, de: bool) -> None:
    assert "age-coded" not in _levels(text, de=de)


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("You will carry 15 kg crates between floors.", False),
        ("Pushing 40 lbs carts is part of the day.", False),
        ("Standing for most of the working day.", False),
        ("Excellent hearing and 20/20 vision required.", False),
        ("A high level of physical fitness is expected.", False),
        ("Du kannst Kartons bis zu 15 kg tragen.", True),
        ("Schweres Heben gehört dazu.", True),
        ("Ganztägiges Stehen am Messestand.", True),
        ("Eine gute körperliche Konstitution setzen wir voraus.", True),
    ],
)
def test_physical_demands_of_a_desk_job(text: str, de: bool) -> None:
    assert _levels(text, "Business Analyst", de=de).get("ability-coded") == "concern"


@pytest.mark.parametrize(
    "title", ["Lagerhelfer (m/w/d)", "Stock Associate / Stocker", "Paketzusteller (m/w/d)"]
)
def test_physical_demands_of_physical_work_are_info(title: str) -> None:
    assert _levels("Lasten bis 25 kg heben. Lift 50 lbs.", title).get("ability-coded") == "info"


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Candidates must be UK nationals.", False),
        ("You must be a Canadian national.", False),
        ("Open to EU nationals only.", False),
        ("Voraussetzung: schweizerische Staatsangehörigkeit.", True),
        ("Sie haben die italienische Staatsbürgerschaft.", True),
        ("Schweizer Staatsbürgerschaft zwingend.", True),
    ],
)
def test_citizenship_in_other_words_is_a_neutral_condition(text: str, de: bool) -> None:
    assert _levels(text, de=de).get("nationality-coded") == "info"


@pytest.mark.parametrize(
    "text",
    [
        "You must have a national insurance number.",
        "Wir freuen uns über Bewerbungen unabhängig von Staatsangehörigkeit und Alter.",
        "We work with national and regional partners.",
        "Wir freuen uns über Bewerbungen von Menschen mit ausländischer Staatsangehörigkeit.",
        "Eine ausländische Staatsbürgerschaft ist kein Hindernis.",
    ],
)
def test_not_a_citizenship_condition(text: str) -> None:
    assert "nationality-coded" not in _levels(text)


def test_itar_is_a_word_not_part_of_military() -> None:
    text = "You must be a national of an EU state. Military and sanitary logistics."
    body = f"Data Engineer\n{text}\n{FILLER}"
    titles = [f.title for f in analyze(body).findings if f.check == "nationality-coded"]
    assert len(titles) == 1 and "itar" not in titles[0].lower(), titles
    body = f"Data Engineer\nThis position is subject to ITAR.\n{FILLER}"
    assert any(f.check == "nationality-coded" for f in analyze(body).findings)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Data Analyst, Nordkurier Medien", "Lift 50 lbs of archive boxes."),
        ("Redakteur Datenjournalismus beim Stadtkurier", "Lasten bis 25 kg heben."),
        ("Analyst, Stockerau office", "Lift 50 lbs. Standing for most of the working day."),
        ("Nursery Data Officer", "Lift 50 lbs."),
        ("Data Analyst, Mechanicsburg PA", "Lift 50 lbs."),
    ],
)
def test_a_physical_job_word_inside_another_word_is_no_physical_job(title: str, text: str) -> None:
    assert _levels(text, title).get("ability-coded") == "concern"


@pytest.mark.parametrize(
    "title",
    [
        "Paketzustellerin (m/w/d)",
        "Staplerfahrer / Staplerfahrerin",
        "Kfz-Monteurin gesucht",
        "Pflegefachkraft (m/w/d)",
        "Couriers wanted",
        "Warehouse Associate",
    ],
)
def test_a_physical_job_title_in_its_other_forms(title: str) -> None:
    assert _levels("Lasten bis 25 kg heben. Lift 50 lbs.", title).get("ability-coded") == "info"


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("You will lift crates of up to 25 kg.", False),
        ("Carrying sacks weighing up to 40 lbs is routine.", False),
        ("Must be able to push loaded trolleys of 30 kg.", False),
        ("Ability to lift heavy paper files over 15 kg.", False),
        ("Sie tragen Getränkekisten bis 18 kg.", True),
        ("Das Heben von Säcken bis zu 25 kg gehört dazu.", True),
        ("Du bewegst täglich Kartons; Bewegen von Paletten über 30 kg.", True),
    ],
)
def test_lifting_with_what_is_lifted_between_verb_and_weight(text: str, de: bool) -> None:
    assert _levels(text, "Business Analyst", de=de).get("ability-coded") == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "Lift conversion by 20 points on the checkout page.",
        "You will carry out 12 interviews a month.",
        "Sie tragen Verantwortung für 20 Kunden.",
    ],
)
def test_a_number_after_lift_or_carry_that_is_no_weight(text: str) -> None:
    assert "ability-coded" not in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will analyse recent graduate employment outcomes for the ministry.",
        "Build dashboards on our new-grad hiring pipeline.",
        "The team tracks fresh graduates' earnings across regions.",
        "We survey recent college graduates every spring.",
        "Maintain the recent graduates dataset and its quality checks.",
    ],
)
def test_graduates_as_the_subject_of_the_work_are_no_age_concern(text: str) -> None:
    assert "age-coded" not in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Recent graduates preferred.",
        "You must be a recent graduate.",
        "This role suits new grads with a statistics degree.",
        "We are looking for fresh graduates to join the analytics team.",
    ],
)
def test_graduates_asked_of_the_applicant_stay_an_age_concern(text: str) -> None:
    assert _levels(text).get("age-coded") == "concern"


@pytest.mark.parametrize(
    "text",
    [
        "Sie bearbeiten Fragen der deutschen Staatsangehörigkeit.",
        "Du entscheidest über Anträge auf Erwerb der deutschen Staatsbürgerschaft.",
        "Beratung zur österreichischen Staatsbürgerschaft für Antragstellende.",
        "Kenntnisse im deutschen Staatsangehörigkeitsrecht (Staatsangehörigkeit egal).",
    ],
)
def test_citizenship_as_the_matter_the_job_handles_is_no_condition(text: str) -> None:
    assert "nationality-coded" not in _levels(text, "Sachbearbeitung (m/w/d)", de=True)


@pytest.mark.parametrize(
    "text",
    [
        "Voraussetzung ist der Besitz der deutschen Staatsangehörigkeit.",
        "Sie besitzen die deutsche Staatsangehörigkeit.",
    ],
)
def test_citizenship_asked_of_the_applicant_stays_a_condition(text: str) -> None:
    assert _levels(text, "Sachbearbeitung (m/w/d)", de=True).get("nationality-coded") == "info"
