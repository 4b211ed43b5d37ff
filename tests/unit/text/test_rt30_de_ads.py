"""Red-team round 30 (German job ads: Germany, Austria, Switzerland).

Classes that did not hold, each read as a demanding user reads the report:
- a pay period inside a German compound ("Bruttojahresgehalt", "Jahressalär", "Monatslohn") was
  not read: the report said "period not written, judged from the amount", and a figure after
  "Monatslohn" alone was not read as pay at all;
- "mindestens" / "mind." / "at least" before a figure is its lowest value, not the whole pay,
  and the dot of "mind." or "max." ends no sentence;
- presence at the office told as a share in German ("Präsenz vor Ort: 60 %", "Anwesenheit im
  Büro zu mindestens 40 %", "mind. 50 % Präsenz im Büro") stated no arrangement, and a share
  named after the office ("Büropräsenz: mindestens 40 %") was counted as the share at home;
- "Homeoffice max. 2 Tage pro Woche": the dot of "max." cut the days from their place;
- a ceiling on experience with "bis zu" or a count in words ("mit bis zu zwei Jahren
  Erfahrung") was not age-coded, while "maximal 2 Jahre" and English "up to 2 years" were.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze

FILL = (
    "Du arbeitest mit Produktmanagern und Entwicklern und machst aus Daten Entscheidungen. "
    "Du baust Dashboards, schreibst klare Notizen und stellst Ergebnisse im Team vor."
)


def _ad(fragment: str) -> str:
    return f"# Controller (m/w/d)\n\n{FILL}\n\n{fragment}\n\n{FILL}\n"


# ---------------------------------------------------------------- pay period in a compound
def test_a_period_inside_a_german_compound_is_written() -> None:
    for text, lo, hi, period in (
        ("Jahressalär: CHF 118'000 – 132'000.", 118000, 132000, "year"),
        ("Bruttojahresgehalt ab 52.000 €.", 52000, None, "year"),
        ("Das Bruttomonatsgehalt beträgt ab 3.900 €.", 3900, None, "month"),
        ("Monatslohn: CHF 6'500 bis 7'800.", 6500, 7800, "month"),
        ("Jahreslohn CHF 92'000.", 92000, 92000, "year"),
        ("Bruttostundenlohn: 15,20 €.", 15.2, 15.2, "hour"),
        ("Zieljahresgehalt: 70.000 – 80.000 EUR.", 70000, 80000, "year"),
    ):
        pay = analyze(_ad(text)).pay
        assert pay.stated, text
        assert (pay.minimum, pay.maximum, pay.period) == (lo, hi, period), text
        assert "period" not in pay.guessed, text


@settings(max_examples=50, deadline=None)
@given(
    prefix=st.sampled_from(["", "Brutto", "Ziel", "Einstiegs"]),
    word=st.sampled_from(["gehalt", "lohn", "salär"]),
    period=st.sampled_from([("Jahres", "year", 60000), ("Monats", "month", 4200)]),
    currency=st.sampled_from(["€", "CHF", "EUR"]),
)
def test_sweep_compound_period_words(
    prefix: str, word: str, period: tuple[str, str, int], currency: str
) -> None:
    stem, name, amount = period
    label = (prefix + stem.lower() if prefix else stem) + word
    figure = f"{amount:,}".replace(",", ".")
    text = f"{label}: {figure} {currency}" if currency == "€" else f"{label}: {currency} {figure}"
    pay = analyze(_ad(text)).pay
    assert pay.stated and pay.minimum == amount and pay.period == name, text
    assert "period" not in pay.guessed, text


def test_at_least_is_the_lowest_value() -> None:
    for text, lo, period in (
        ("Das Bruttojahresgehalt beträgt mindestens 55.000 Euro.", 55000, "year"),
        ("Das Gehalt beträgt mind. 3.200 € brutto im Monat.", 3200, "month"),
        ("Bruttomonatsgehalt mind. EUR 3.450,- (KV Handel), Überzahlung möglich.", 3450, "month"),
        ("Salary: at least $50,000 per year.", 50000, "year"),
    ):
        pay = analyze(_ad(text)).pay
        assert (pay.minimum, pay.maximum, pay.period) == (lo, None, period), text
        assert "period" not in pay.guessed, text


def test_compound_words_that_are_no_pay_period_stay_out() -> None:
    # A 13th salary is a benefit, and a bonus is not the pay.
    for text in (
        "Zusätzlich erhalten Sie ein 13. Monatsgehalt und Urlaubsgeld.",
        "Einmalige Umzugspauschale bis 5.000 € sowie Wechselprämie von 2.000 €.",
    ):
        assert not analyze(_ad(text)).pay.stated, text


# ---------------------------------------------------------------- presence as a share
def test_office_presence_as_a_share_in_german() -> None:
    for text, days in (
        ("Mind. 50 % Präsenz im Büro.", 2.5),
        ("Präsenz vor Ort: 60 %.", 3.0),
        ("Anwesenheit im Büro zu mindestens 40 %.", 2.0),
        ("Wir erwarten 60 % Präsenz vor Ort.", 3.0),
        ("Büropräsenz: mindestens 40 %.", 2.0),
        ("Office attendance: 60%.", 3.0),
    ):
        r = analyze(_ad(text))
        assert (r.work_arrangement, r.office_days) == ("hybrid", days), text


def test_a_share_at_home_stays_the_share_at_home() -> None:
    for text, days in (
        ("Homeoffice-Anteil von bis zu 40 %.", 3.0),
        ("Bis zu 60 % mobiles Arbeiten.", 2.0),
        ("Homeoffice-Quote 80 %.", 1.0),
    ):
        r = analyze(_ad(text))
        assert (r.work_arrangement, r.office_days) == ("hybrid", days), text


@settings(max_examples=40, deadline=None)
@given(
    share=st.sampled_from([20, 40, 50, 60, 80]),
    shape=st.sampled_from(
        [
            "Präsenz vor Ort: {n} %.",
            "Büropräsenz: mindestens {n} %.",
            "Anwesenheit im Büro zu {n} %.",
            "Mind. {n} % Präsenz im Büro.",
            "{n} % Präsenz am Standort.",
        ]
    ),
)
def test_sweep_office_share(share: int, shape: str) -> None:
    r = analyze(_ad(shape.format(n=share)))
    assert r.work_arrangement == "hybrid"
    assert r.office_days == round(5 * share / 100, 1)


def test_the_dot_of_a_bound_does_not_cut_days_from_their_place() -> None:
    for text, days in (
        ("Homeoffice: max. 2 Tage/Woche.", 3.0),
        ("Homeoffice max. 2 Tage pro Woche.", 3.0),
        ("Remote work max. 2 days a week.", 3.0),
    ):
        r = analyze(_ad(text))
        assert (r.work_arrangement, r.office_days) == ("hybrid", days), text
    # A sentence that ends stays an end: no days read across it.
    r = analyze(_ad("Homeoffice nach Absprache. 2 Tage pro Woche Schulung in Köln."))
    assert r.office_days is None


# ---------------------------------------------------------------- ceiling on experience
def test_a_ceiling_on_experience_with_bis_zu_is_age_coded() -> None:
    for text in (
        "Perfekt für Berufsanfänger mit bis zu zwei Jahren Erfahrung.",
        "Sie haben bis zu 2 Jahre Berufserfahrung.",
        "Bewerber mit bis zu einem Jahr Erfahrung sind willkommen.",
        "Maximal 1 Jahr Berufserfahrung.",
    ):
        checks = [f.check for f in analyze(_ad(text)).findings]
        assert "age-coded" in checks, text


def test_a_floor_on_experience_is_not_age_coded() -> None:
    for text in (
        "Sie haben mindestens 2 Jahre Berufserfahrung.",
        "Wir begleiten Sie bis zu 2 Jahre lang mit einem Mentor.",
        "Sie haben zwei Jahre Erfahrung oder mehr.",
    ):
        checks = [f.check for f in analyze(_ad(text)).findings]
        assert "age-coded" not in checks, text


# ---------------------------------------------------------------- physical demands, clearance
def test_physical_fitness_in_the_dative_is_ability_coded() -> None:
    for text in (
        "Ein hohes Maß an körperlicher Fitness ist für diese Bürotätigkeit erforderlich.",
        "Sie verfügen über ein hohes Maß an körperlicher Belastbarkeit.",
        "Bewerber mit guter Gesundheit und Freude am Team.",
        "Sie sind in körperlicher Verfassung für lange Bürotage.",
    ):
        checks = [f.check for f in analyze(_ad(text)).findings]
        assert "ability-coded" in checks, text


def test_the_swiss_personal_security_check_is_reported_neutrally() -> None:
    for text in (
        "Sie sind bereit, sich einer erweiterten Personensicherheitsprüfung zu unterziehen.",
        "Die Stelle erfordert eine Personensicherheitsprüfung (PSP).",
    ):
        found = [f for f in analyze(_ad(text)).findings if f.check == "nationality-coded"]
        assert found and all(f.level.value == "info" for f in found), text
    # The safety check of a machine or a plant is no condition on the person.
    text = "Durchführung der Sicherheitsprüfung nach DGUV V3 an elektrischen Anlagen."
    assert "nationality-coded" not in [f.check for f in analyze(_ad(text)).findings]


# ---------------------------------------------------------------- a week split in two shares
def test_a_week_split_names_the_office_days() -> None:
    for text, days in (
        ("Hybrid (60/40 Büro/Homeoffice).", 3.0),
        ("Hybrid: 60/40 Büro / Homeoffice.", 3.0),
        ("60/40 split between office and home.", 3.0),
        ("50/50 Büro und Homeoffice.", 2.5),
        ("70/30 Homeoffice/Büro.", 1.5),
    ):
        r = analyze(_ad(text))
        assert (r.work_arrangement, r.office_days) == ("hybrid", days), text


@settings(max_examples=40, deadline=None)
@given(
    first=st.sampled_from([20, 40, 50, 60, 80]),
    places=st.sampled_from(
        [("Büro", "Homeoffice", True), ("Homeoffice", "Büro", False), ("office", "home", True)]
    ),
    sep=st.sampled_from(["/", " / ", " und "]),
)
def test_sweep_week_split(first: int, places: tuple[str, str, bool], sep: str) -> None:
    a, b, office_first = places
    text = f"Hybrid: {first}/{100 - first} {a}{sep}{b}."
    r = analyze(_ad(text))
    office = first if office_first else 100 - first
    assert r.work_arrangement == "hybrid", text
    assert r.office_days == round(5 * office / 100, 1), text
