"""Twenty-first probe round (issue 11): the classes its new inputs found.

Pay labels with an abbreviation before them ("Min. pay:") and "Base:" at the start of a pay line;
requirement headings with an asking adjective ("Needed Skills") or a heading noun joined before
the heading's words ("Training & Experience"); inflected German nice-to-have headings; a pay
heading closing the must list; a home share named first or written in words; every weekday in
the office said in the plural; a compound team noun after age adjectives; the motto in the third
person."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport

FILLER = "You will build reports and models with the analytics team and share results. " * 5
FILLER_DE = "Du baust Berichte und Modelle im Analytics-Team und teilst die Ergebnisse. " * 5


def _ad(body: str, de: bool = False) -> AdReport:
    filler = FILLER_DE if de else FILLER
    return analyze(f"# Data Analyst\n\n{filler}\n{body}\n{filler}")


def _pay(body: str) -> tuple[float | None, float | None]:
    r = _ad(body)
    return (r.pay.minimum, r.pay.maximum) if r.pay.stated else (None, None)


# ---------------------------------------------------------------- pay
@pytest.mark.parametrize(
    ("body", "lo", "hi"),
    [
        ("Min. pay: £29,000\nMax. pay: £35,500", 29000, 35500),
        ("Approx. salary: 61,000 - 67,000", 61000, 67000),
        ("Est. pay: $72k-$80k", 72000, 80000),
        ("Min. salary: $88,000\nMax. salary: $97,000", 88000, 97000),
    ],
)
def test_an_abbreviation_before_the_pay_label_keeps_the_label(body: str, lo: int, hi: int) -> None:
    assert _pay(body) == (lo, hi)


@pytest.mark.parametrize(
    ("body", "lo", "hi"),
    [
        ("Base: 115-135K", 115000, 135000),
        ("Base: 92,000 - 104,000", 92000, 104000),
        ("**Base:** 70,000 to 78,000 per year", 70000, 78000),
    ],
)
def test_base_at_the_start_of_a_line_labels_pay_without_a_currency(
    body: str, lo: int, hi: int
) -> None:
    assert _pay(body) == (lo, hi)


@pytest.mark.parametrize(
    "body",
    [
        "Customer base: 40,000 clients",
        "Installed base: 120,000 - 150,000 units",
        "Our customer base grew from 20,000 to 40,000 users.",
        "Location: Leeds | Base: 40,000",
        "Base: Leeds office",
    ],
)
def test_base_after_other_words_or_in_a_sentence_is_not_pay(body: str) -> None:
    assert _pay(body) == (None, None)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["customer", "user", "installed", "data", "fan"]), st.integers(20, 900))
def test_a_noun_base_with_a_figure_is_never_pay(noun: str, n: int) -> None:
    assert _pay(f"{noun.title()} base: {n},000 - {n + 5},000") == (None, None)


# ---------------------------------------------------------------- requirement headings
REQ_BODY = (
    "- Degree in statistics or similar\n- 4 years of experience with SQL\n- Python\n"
    "- Clear written English\n"
)


@pytest.mark.parametrize(
    ("heading", "de"),
    [
        ("Needed Skills", False),
        ("Necessary Qualifications", False),
        ("Erforderliche Kenntnisse", True),
        ("Notwendige Qualifikationen:", True),
        ("Training & Experience", False),
        ("Certifications and Education", False),
        ("Training and Experience:", False),
    ],
)
def test_asking_adjectives_and_joined_nouns_open_the_requirement_list(
    heading: str, de: bool
) -> None:
    assert _ad(f"{heading}\n{REQ_BODY}", de).must_haves == 4


def test_a_training_line_alone_is_not_a_requirement_heading() -> None:
    # near-miss: "Training" without a requirement word after it stays no heading of a must list
    assert _ad(f"Training\n{REQ_BODY}").must_haves in (None, 0)


MUST_DE = "Anforderungen\n- SQL\n- Python\n- Statistik\n"
REST = "- Spark\n- dbt\n- Kafka\n- Airflow\n"


@pytest.mark.parametrize(
    "heading", ["Wünschenswerte Kenntnisse", "Optionale Kenntnisse", "Wünschenswerte Erfahrung"]
)
def test_inflected_german_nice_heading_ends_the_must_list(heading: str) -> None:
    assert _ad(f"{MUST_DE}{heading}\n{REST}", de=True).must_haves == 3


@pytest.mark.parametrize(
    "heading", ["Vergütung & Konditionen", "Vergütung", "Vergütung und Benefits"]
)
def test_a_pay_heading_ends_the_must_list(heading: str) -> None:
    assert _ad(f"{MUST_DE}{heading}\n{REST}", de=True).must_haves == 3


# ---------------------------------------------------------------- arrangement
@pytest.mark.parametrize(
    "body",
    [
        "Anteil mobiler Arbeit: 40 %.",
        "Anteil Homeoffice von bis zu 60 %.",
        "Homeoffice-Quote von bis zu 60 Prozent.",
        "Mobiles Arbeiten bis zu 50 Prozent.",
    ],
)
def test_a_home_share_named_first_or_in_words_is_hybrid(body: str) -> None:
    assert _ad(body, de=True).work_arrangement == "hybrid"


def test_a_share_of_something_else_stays_not_stated() -> None:
    # near-miss: a percentage with no home word
    assert _ad("Anteil Frauen im Team: 40 %.", de=True).work_arrangement == "not_stated"


@pytest.mark.parametrize(
    "body",
    [
        "Vollzeit im Büro, montags bis freitags.",
        "Präsenz vor Ort montags bis freitags.",
        "Montags bis freitags im Büro in Köln.",
    ],
)
def test_every_weekday_in_the_office_in_the_plural_is_onsite(body: str) -> None:
    assert _ad(body, de=True).work_arrangement == "onsite"


# ---------------------------------------------------------------- exclusionary
def _checks(r: AdReport) -> set[str]:
    return {f.check for f in r.findings}


@pytest.mark.parametrize(
    "body",
    [
        "Verstärke unser junges und dynamisches Vertriebsteam.",
        "Ein junges, motiviertes Entwicklerteam wartet auf dich.",
        "Unser junges, kreatives Marketingteam freut sich auf dich.",
    ],
)
def test_age_adjectives_before_a_compound_team_noun_are_age_coded(body: str) -> None:
    assert "age-coded" in _checks(_ad(body, de=True))


def test_a_young_company_is_not_age_coded() -> None:
    assert "age-coded" not in _checks(_ad("Wir sind ein junges und dynamisches Start-up.", de=True))


@pytest.mark.parametrize(
    "body",
    [
        "Our team works hard and plays harder.",
        "She works hard and parties hard.",
        "The crew works really hard and celebrates harder.",
    ],
)
def test_the_motto_in_the_third_person_is_bro_culture(body: str) -> None:
    assert "bro-culture" in _checks(_ad(body))


def test_hard_work_alone_is_not_the_motto() -> None:
    assert "bro-culture" not in _checks(_ad("Our team works hard for its clients."))


# ---------------------------------------------------------------- second batch
@pytest.mark.parametrize(
    ("heading", "de"),
    [
        ("Ausbildung & Erfahrung", True),
        ("Ausbildung und Erfahrung:", True),
        ("Fachliche & persönliche Anforderungen", True),
        ("Fachliche und persönliche Kenntnisse", True),
        ("Technical & Core Skills", False),
    ],
)
def test_joined_determiners_and_german_nouns_open_the_requirement_list(
    heading: str, de: bool
) -> None:
    assert _ad(f"{heading}\n{REQ_BODY}", de).must_haves == 4


def test_ausbildung_alone_is_not_a_requirement_heading() -> None:
    # near-miss: "Ausbildung" (training) names no list that is asked for
    assert _ad(f"Ausbildung\n{REQ_BODY}", de=True).must_haves in (None, 0)


@pytest.mark.parametrize(
    ("body", "days"),
    [("2 Büro-Tage pro Woche.", 2), ("Wir haben 3 Präsenz-Tage.", 3), ("1 Büro-Tag pro Woche.", 1)],
)
def test_hyphenated_office_days_are_counted(body: str, days: int) -> None:
    r = _ad(body, de=True)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    "body",
    [
        "Die Möglichkeit zum mobilen Arbeiten nach Absprache.",
        "Mobiles Arbeiten in Absprache mit der Führungskraft.",
        "Es gibt die Option zum mobilen Arbeiten nach Vereinbarung.",
    ],
)
def test_inflected_mobile_work_by_arrangement_is_hybrid(body: str) -> None:
    assert _ad(body, de=True).work_arrangement == "hybrid"


@pytest.mark.parametrize(
    "body", ["Längeres Stehen ist erforderlich.", "Stundenlanges Stehen.", "Langes Stehen."]
)
def test_long_standing_in_german_is_ability_coded(body: str) -> None:
    assert "ability-coded" in _checks(_ad(body, de=True))


def test_standing_up_for_colleagues_is_not_ability_coded() -> None:
    # near-miss: "stehen" in another sense
    assert "ability-coded" not in _checks(_ad("Wir stehen für offene Kommunikation.", de=True))


# ---------------------------------------------- answers: a rule said to be a formality
@pytest.mark.parametrize(
    "note",
    [
        "Every promotion goes through a panel; in practice the director decides alone.",
        "Jede Einstellung geht über ein Gremium. Später hieß es, das bestimmt eigentlich die "
        "Geschäftsführerin allein.",
        "All pay rises go through a committee, but the committee is a rubber stamp.",
        "Die Gehaltsrunde läuft über eine Kommission, aber das ist reine Formsache.",
        "Jede Beförderung wird vom Board geprüft; eigentlich wird alles nur abgenickt.",
    ],
)
def test_a_rule_said_to_be_a_formality_is_at_most_fair(note: str) -> None:
    from askback.text.answers import analyze as analyze_answer

    a = analyze_answer(note)
    assert a.counts().get("formality") == 1
    assert a.suggested_rating is None or a.suggested_rating <= 3


@pytest.mark.parametrize(
    "note",
    [
        "Since 2022 a panel of three decides every promotion; no manager decides alone; women "
        "were 44% of promotions in 2024.",
        "Sie hat allein 2024 vier Frauen befördert.",
    ],
)
def test_deciding_alone_without_a_contrast_is_not_a_formality(note: str) -> None:
    from askback.text.answers import analyze as analyze_answer

    assert "formality" not in analyze_answer(note).counts()
