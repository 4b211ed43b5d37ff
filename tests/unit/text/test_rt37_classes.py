"""Classes round rt37 fixed, on sentences written for these tests (not the probe's).

- A pay range whose joining word (*bis*, *to*, *until*) starts the next line is one range.
- Requirement headings: the rucksack and luggage metaphors (*Dein Rucksack*, *Das hast du im
  Gepäck*), a heading exclaimed (*Das bringst du mit!*), fit headings with a bare *fit*
  (*You might be a fit if*); a label item (*- Cloud:*) over indented sub-bullets is no item.
- *decisive* as what weighs most (*a decisive factor*) is no trait.
- Age: a fresh degree in German (*mit frischem Abschluss*) and the team's span of ages.
- Answers: the speaker hands the question on (*da müsste ich HR fragen*, *that's more of an HR
  question*) or cannot say.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze

_FILL = (
    "You will work with the finance team on monthly reporting and forecasts. "
    "You will keep our models tidy and explain them to colleagues.\n\n"
)
_FILL_DE = (
    "Du arbeitest mit dem Controlling an Monatsberichten und Prognosen. "
    "Du hältst unsere Modelle sauber und erklärst sie im Team.\n\n"
)


def _ad(body: str, de: bool = False) -> str:
    head = "# Finanzanalyst (m/w/d)\n\n" if de else "# Finance Analyst\n\n"
    fill = _FILL_DE if de else _FILL
    return head + fill + body + "\n\n" + fill


# ---------------------------------------------------------------- pay: a range across lines
@pytest.mark.parametrize(
    ("body", "de", "low", "high"),
    [
        ("Jahresgehalt:\n58.500 €\nbis 66.000 € brutto", True, 58_500, 66_000),
        ("Monatsgehalt brutto:\n4.300 €\nbis 5.100 €", True, 4_300, 5_100),
        ("Salary:\n$91,000\nto $104,000 a year", False, 91_000, 104_000),
        ("Pay band £36,400\nuntil £41,900 per annum", False, 36_400, 41_900),
    ],
)
def test_range_joined_at_the_next_line(body: str, de: bool, low: float, high: float) -> None:
    p = analyze(_ad(body, de)).pay
    assert (p.minimum, p.maximum) == (low, high)


@pytest.mark.parametrize(
    "body",
    [
        # A bullet's dash on the next line is no joint; a date after "bis" is no amount of pay.
        "Gehalt: 61.000 €\nbis 30.06.2027 befristet",
        "Salary: £44,000\nto be reviewed after probation",
    ],
)
def test_next_line_without_a_second_amount_stays_one_figure(body: str) -> None:
    p = analyze(_ad(body, "Gehalt" in body)).pay
    assert p.minimum == p.maximum


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(min_value=35, max_value=80),
    step=st.integers(min_value=2, max_value=20),
    word=st.sampled_from(["bis", "to", "until"]),
    sign=st.sampled_from(["€", "£", "$"]),
)
def test_range_across_lines_sweep(low: int, step: int, word: str, sign: str) -> None:
    lo, hi = low * 1000, (low + step) * 1000
    body = f"Salary:\n{sign}{lo:,}\n{word} {sign}{hi:,} per year"
    p = analyze(_ad(body)).pay
    assert (p.minimum, p.maximum) == (lo, hi)


# ---------------------------------------------------------------- requirement headings
_REQS_DE = "\n- Abschluss in BWL oder vergleichbar\n- 2 Jahre Erfahrung im Controlling\n- Excel\n"
_REQS_EN = "\n- A degree in accounting\n- 2 years in a finance team\n- Excel\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Ihr Rucksack",
        "Das hast du im Gepäck",
        "Was Sie in Ihrem Rucksack haben",
        "Das bringst du mit!",
        "Deine Qualifikationen!",
    ],
)
def test_german_headings(heading: str) -> None:
    assert analyze(_ad(heading + _REQS_DE, de=True)).must_haves == 3


@pytest.mark.parametrize(
    "heading",
    ["You may be a fit if", "You'd be a good fit if you have", "Requirements!", "What you bring!"],
)
def test_english_headings(heading: str) -> None:
    assert analyze(_ad(heading + _REQS_EN)).must_haves == 3


def test_exclaimed_line_that_is_not_a_heading_opens_nothing() -> None:
    assert analyze(_ad("Apply today!" + _REQS_EN)).must_haves is None


@pytest.mark.parametrize(
    ("body", "n"),
    [
        # The label over its sub-bullets: the sub-bullets are the items.
        ("Requirements\n- Excel\n- Languages:\n  - German\n  - English\n- A driving licence\n", 4),
        ("Anforderungen\n- SAP\n- Tools:\n    - Excel\n    - Power BI\n", 3),
        # A label that offers alternatives is left to the choice reader: one item.
        ("Requirements\n- Experience with any of:\n  - SAP\n  - Oracle\n", 1),
        # Examples under an item fold into it, as before.
        ("Requirements\n- Excel\n- Reporting tools, for example:\n  - Power BI\n  - Qlik\n", 2),
    ],
)
def test_label_over_sub_bullets(body: str, n: int) -> None:
    assert analyze(_ad(body)).must_haves == n


# ---------------------------------------------------------------- gender: decisive as weight
def _coded(text: str) -> list[str]:
    r = analyze(_ad(text))
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


@pytest.mark.parametrize(
    "text",
    [
        "Clean ledgers were the decisive factor in passing the audit.",
        "Forecast accuracy plays a decisive role in our planning.",
        "Timing is the decisive difference between a good and a bad close.",
    ],
)
def test_decisive_as_weight_is_no_trait(text: str) -> None:
    assert "decisive" not in _coded(text)


def test_decisive_as_trait_still_counts() -> None:
    assert "decisive" in _coded("You are decisive under deadline pressure.")


# ---------------------------------------------------------------- age
def _age(text: str, de: bool = True) -> bool:
    return any(f.check == "age-coded" for f in analyze(_ad(text, de)).findings)


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Ideal für Absolventen mit frischem Hochschulabschluss.", True),
        ("Du bringst ein frisch abgeschlossenes Masterstudium mit.", True),
        ("Dein Studium ist gerade frisch abgeschlossen.", True),
        ("Unser Team ist im Schnitt zwischen 26 und 32 Jahre alt.", True),
        ("Die Kolleginnen und Kollegen sind 23 bis 31 Jahre jung.", True),
        ("Our staff are aged 22 to 30.", False),
        ("We are between 24 and 33 years old and love board games.", False),
    ],
)
def test_age_wording(text: str, de: bool) -> None:
    assert _age(text, de)


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Das Team hat 5 bis 10 Jahre Erfahrung im Controlling.", True),
        ("Wir beraten Familien mit Kindern zwischen 3 und 10 Jahren.", True),
        ("Frischer Wind im Controlling: ein frischer Blick auf Zahlen.", True),
        ("Our team supports clients who are 60 to 80 years old.", False),
    ],
)
def test_not_age_wording(text: str, de: bool) -> None:
    assert not _age(text, de)


# ---------------------------------------------------------------- answers: handed on
@pytest.mark.parametrize(
    "notes",
    [
        "Gute Frage, das müsste ich mit der Geschäftsführung klären.",
        "Da muss ich erst die Kollegen aus dem Recruiting fragen.",
        "I'd need to check with our talent team on that one.",
        "Honestly that's more of a legal question.",
        "Das ist eigentlich eine Personalfrage.",
        "No idea about the numbers, I couldn't say.",
    ],
)
def test_handed_on_is_a_deflection(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.counts().get("deflection", 0) >= 1
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "We asked our talent team to audit all 30 ads in 2024; women applicants rose 15% -> 28%.",
        "Die Geschäftsführung hat 2023 die Frage der Lohngleichheit geklärt und 9 Löhne angehoben.",
    ],
)
def test_deeds_that_name_a_department_are_not_deflections(notes: str) -> None:
    a = analyze_answer(notes)
    assert not a.counts().get("deflection")
    assert a.suggested_rating is not None and a.suggested_rating >= 4


# ---------------------------------------------------------------- second batch
@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Senior Living Community Assistant", "unspecified"),
        ("Senior Citizens Outreach Officer", "unspecified"),
        ("Junior Professor in Finance", "unspecified"),
        ("Senior Financial Analyst", "senior"),
        ("Junior Accountant", "junior"),
    ],
)
def test_level_word_inside_another_name(title: str, level: str) -> None:
    r = analyze(f"# {title}\n\n" + _FILL)
    assert r.seniority == level


@pytest.mark.parametrize(
    ("text", "word", "de"),
    [
        ("We are an independent, owner-managed accountancy practice.", "independent", False),
        ("Our cost model is a decisive input for every bid.", "decisive", False),
        ("Die Mitarbeit erfolgt auf selbständiger Basis.", "selbständig", True),
        ("Du unterstützt uns als selbstständiger Dienstleister.", "selbstständig", True),
    ],
)
def test_senses_that_are_no_trait(text: str, word: str, de: bool) -> None:
    r = analyze(_ad(text, de))
    hits = [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]
    assert not any(word in h for h in hits)


def test_self_reliant_person_still_counts() -> None:
    r = analyze(_ad("Du bist ein selbstständiger und neugieriger Mensch.", True))
    hits = [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]
    assert any("selbstständig" in h for h in hits)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("You will sit at a workstation for 10 hours per shift.", True),
        ("Expect to stand behind the counter for 6 hours.", True),
        ("Sitting for 5 hrs at a time is part of the role.", True),
        ("Candidates sit for 3 hours in the assessment centre.", False),
    ],
)
def test_sitting_and_standing_in_hours(text: str, flag: bool) -> None:
    r = analyze(_ad(text))
    assert any(f.check == "ability-coded" for f in r.findings) is flag


# ---------------------------------------------------------------- premises access
def _premises(text: str, de: bool = False) -> list[tuple[str, str]]:
    r = analyze(_ad(text, de))
    return [(f.check, f.level.value) for f in r.findings if f.check == "premises-access"]


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("The building has no working lift, so the team sits on the ground floor.", False),
        ("Our lab is not fully wheelchair accessible yet.", False),
        ("Die Praxis ist nur über eine Treppe erreichbar.", True),
        ("Das Gebäude hat keinen Aufzug; sprich uns gern an.", True),
    ],
)
def test_premises_without_step_free_access_is_info(text: str, de: bool) -> None:
    assert _premises(text, de) == [("premises-access", "info")]


@pytest.mark.parametrize(
    ("text", "de"),
    [
        ("Our office is step-free and has an accessible toilet.", False),
        ("Das Büro ist barrierefrei.", True),
        ("Our app is not wheelchair accessible-themed, it is a budgeting tool.", False),
        ("No elevator speech: tell us in your own words.", False),
    ],
)
def test_no_premises_finding(text: str, de: bool) -> None:
    assert _premises(text, de) == []


# ---------------------------------------------------------------- answers: time, refusals, excuses
@pytest.mark.parametrize(
    "notes",
    [
        "Wir haben vor drei Jahren anonyme Bewerbungen eingeführt; Frauenanteil jetzt 41 %.",
        "Haben wir vor einem Jahr so beschlossen und seitdem 6 Ingenieurinnen eingestellt.",
    ],
)
def test_vor_with_a_time_is_no_intent(notes: str) -> None:
    a = analyze_answer(notes)
    assert not a.counts().get("intent")
    assert a.suggested_rating is not None and a.suggested_rating >= 4


def test_vorhaben_is_still_intent() -> None:
    assert analyze_answer("Wir haben vor, die Löhne bald zu prüfen.").counts().get("intent")


@pytest.mark.parametrize(
    "notes",
    [
        "Ein Mentoring-Programm war angedacht, wurde aber vom Betriebsrat gekippt.",
        "We pitched a returnship to finance and they turned it down.",
        "Die Idee wurde letztes Jahr in der Geschäftsleitung verworfen.",
        "Dafür fehlt uns leider das Budget.",
    ],
)
def test_refused_plans_and_excuses_are_red_flags(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.red_flag
    assert a.suggested_rating is not None and a.suggested_rating <= 2


def test_an_excuse_beside_a_named_measure_is_still_weak() -> None:
    a = analyze_answer("We simply don't have the headcount to run a pay audit.")
    assert a.counts().get("absence")
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    ("heading", "de"),
    [
        ("Sie passen zu uns, wenn Sie", True),
        ("Du bist bei uns richtig, wenn du", True),
        ("Essentials", False),
        ("Deal-breakers", False),
        ("Hard skills", False),
        ("Ihre Expertise", True),
        ("Darauf legen wir Wert", True),
        ("Womit Sie uns begeistern", True),
        ("Ihr Werkzeugkasten", True),
    ],
)
def test_more_heading_words(heading: str, de: bool) -> None:
    items = _REQS_DE if de else _REQS_EN
    assert analyze(_ad(heading + items, de)).must_haves == 3
