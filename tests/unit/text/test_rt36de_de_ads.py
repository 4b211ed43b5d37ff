"""German ads, round rt36de (sentences written for this file): a 13th or 14th month's salary
named after a yearly figure is no pay period; the dot of "mind." ends no language clause; a
language named in a bracket as the gloss of a noun takes the clause's wish ("Kenntnisse der
zweiten Landessprache (Französisch) sind erwünscht"); a young team by another name ("jungen
Truppe", "junge Crew") is age-coded; "Bonuspunkte" heads a nice-to-have list; a pay scale
known as a subject ("TVöD-Abrechnung") is not the job's pay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import pay_scale
from askback.text.jobad import analyze
from askback.text.report import AdReport

FILL = (
    "Du arbeitest mit Produktmanagern und Entwicklern und machst aus Daten Entscheidungen. "
    "Du baust Dashboards, schreibst klare Notizen und stellst Ergebnisse im Team vor. "
)


def _ad(fragment: str, title: str = "Data Analyst (m/w/d)") -> AdReport:
    return analyze(f"# {title}\n\n{FILL}\n\n{fragment}\n\n{FILL}\n")


@pytest.mark.parametrize(
    ("text", "lo", "hi", "cur"),
    [
        ("Jahreslohn CHF 88'000 bis 97'000 inkl. 13. Monatslohn.", 88000, 97000, "CHF"),
        ("Jahresgehalt 58.000 € brutto plus 13. Monatsgehalt.", 58000, 58000, "EUR"),
        (
            "Jahresbrutto EUR 49.000 bis 55.000, inklusive 13. und 14. Monatsgehalt.",
            49000,
            55000,
            "EUR",
        ),
        ("Lohn CHF 101'000 – 112'000 p.a. inkl. dreizehntem Monatslohn.", 101000, 112000, "CHF"),
    ],
)
def test_an_extra_months_salary_is_no_period(text: str, lo: float, hi: float, cur: str) -> None:
    r = _ad(text)
    assert (r.pay.minimum, r.pay.maximum, r.pay.currency, r.pay.period) == (lo, hi, cur, "year")


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("Monatslohn CHF 7'200 brutto.", 7200),
        ("Bruttomonatsgehalt ab 3.650 €.", 3650),
        ("Ihr Monatsgehalt: EUR 4.100 (14 Gehälter).", 4100),
    ],
)
def test_a_months_salary_alone_is_still_monthly(text: str, lo: float) -> None:
    r = _ad(text)
    assert (r.pay.minimum, r.pay.period) == (lo, "month")


def _langs(r: AdReport) -> dict[str, bool]:
    return {x.language: x.required for x in r.language_requirements if not x.implied}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Deutsch (mind. B2) erforderlich; Tschechisch hilfreich.",
            {"German": True, "Czech": False},
        ),
        ("Englisch (min. C1) ist Pflicht.", {"English": True}),
        (
            "Französisch mind. B2 zwingend, Italienisch ein Plus.",
            {"French": True, "Italian": False},
        ),
    ],
)
def test_the_dot_of_mind_ends_no_language_clause(text: str, want: dict[str, bool]) -> None:
    got = _langs(_ad(text))
    assert all(got.get(k) == v for k, v in want.items()), got


@pytest.mark.parametrize(
    ("text", "language", "required"),
    [
        ("Kenntnisse der zweiten Landessprache (Französisch) sind erwünscht.", "French", False),
        (
            "Kenntnisse einer weiteren Sprache (z. B. Spanisch) wären wünschenswert.",
            "Spanish",
            False,
        ),
        ("Sehr gute Kenntnisse der Amtssprache (Deutsch) sind Voraussetzung.", "German", True),
        ("Gute Englischkenntnisse (wünschenswert).", "English", False),
    ],
)
def test_a_language_glossed_in_a_bracket_takes_the_clauses_wish(
    text: str, language: str, required: bool
) -> None:
    got = _langs(_ad(text))
    assert got.get(language) is required, got


@pytest.mark.parametrize(
    "text",
    [
        "Werde Teil unserer jungen Truppe!",
        "Eine junge Crew wartet auf dich.",
        "Wir sind eine junge, engagierte Truppe.",
        "Unsere junge Belegschaft freut sich auf Sie.",
    ],
)
def test_a_young_team_by_another_name_is_age_coded(text: str) -> None:
    assert [f for f in _ad(text).findings if f.check == "age-coded"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Truppe der Jugendfeuerwehr braucht junge Menschen als Mitglieder.",
        "Wir sind ein junges Unternehmen mit erfahrener Crew.",
    ],
)
def test_young_of_something_else_is_not(text: str) -> None:
    assert not [f for f in _ad(text).findings if f.check == "age-coded"]


BODY = (
    "\nDein Profil\n- Erfahrung mit SQL\n- Kenntnisse in Python\n- Teamfähigkeit\n"
    "{h}\n- Erfahrung mit dbt\n- Kenntnisse in Airflow\n- Erfahrung mit Spark\n"
)


@pytest.mark.parametrize("h", ["Bonuspunkte", "Bonuspunkte:", "**Pluspunkt**", "Extrapunkte"])
def test_bonus_points_end_the_must_haves(h: str) -> None:
    assert _ad(BODY.format(h=h)).must_haves == 3


@pytest.mark.parametrize(
    "text",
    [
        "Erfahrung in der TVöD-Abrechnung ist wichtig.",
        "Du kennst dich mit TV-L und Besoldungsrecht aus.",
        "Sie sind vertraut mit AVR und KAVO.",
    ],
)
def test_a_scale_as_a_subject_is_no_pay(text: str) -> None:
    assert pay_scale.find(text, text.lower()) is None


@settings(max_examples=40, deadline=None)
@given(
    n=st.sampled_from(["13.", "14.", "dreizehntes", "vierzehntes"]),
    word=st.sampled_from(["Monatslohn", "Monatsgehalt", "Monatssalär"]),
    link=st.sampled_from(["inkl.", "plus", "zzgl.", "inklusive", "und"]),
    amount=st.integers(min_value=40, max_value=140),
)
def test_property_an_ordinal_month_never_makes_a_yearly_figure_monthly(
    n: str, word: str, link: str, amount: int
) -> None:
    r = _ad(f"Jahreslohn CHF {amount}'000 {link} {n} {word}.")
    assert (r.pay.minimum, r.pay.period) == (amount * 1000, "year")


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("KV-Mindestgehalt: 2.870 € brutto/Monat, Überzahlung je nach Erfahrung.", 2870),
        ("Das Mindestentgelt laut Kollektivvertrag liegt bei EUR 3.050,- brutto monatlich.", 3050),
        ("Das kollektivvertragliche Mindestgehalt beträgt 2.610 € brutto pro Monat.", 2610),
        ("Mindestgrundgehalt lt. KV IT: EUR 3.320 brutto (14x jährlich).", 3320),
    ],
)
def test_a_collective_agreement_minimum_is_a_floor(text: str, lo: float) -> None:
    r = _ad(text)
    assert (r.pay.minimum, r.pay.maximum) == (lo, lo)  # the stated figure, as before the round
    (f,) = [f for f in r.findings if f.check == "salary"]
    assert f.level.value == "info" and "collective-agreement minimum" in f.title
    assert "§ 9 (2)" in f.why and "above" in f.ask


@pytest.mark.parametrize(
    "text",
    [
        "Gehalt: 3.900 € brutto im Monat.",
        "Wir zahlen 4.250 € brutto monatlich, Mindestlaufzeit 2 Jahre.",
    ],
)
def test_a_plain_figure_is_no_floor(text: str) -> None:
    r = _ad(text)
    assert r.pay.minimum == r.pay.maximum
    assert not [f for f in r.findings if "collective-agreement" in f.title]


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(
        [
            "KV-Mindestgehalt",
            "Das Mindestgehalt laut KV beträgt",
            "Kollektivvertragliches Mindestentgelt:",
            "Mindestlohn lt. Kollektivvertrag",
            "Das KV-Gehalt liegt bei",
        ]
    ),
    amount=st.integers(min_value=2000, max_value=5200),
    per=st.sampled_from(["brutto/Monat", "brutto pro Monat", "monatlich brutto"]),
)
def test_property_a_named_minimum_is_called_a_floor(lead: str, amount: int, per: str) -> None:
    figure = f"{amount // 1000}.{amount % 1000:03d}"
    r = _ad(f"{lead} {figure} € {per}, Überzahlung möglich.")
    assert (r.pay.minimum, r.pay.period) == (amount, "month")
    (f,) = [f for f in r.findings if f.check == "salary"]
    assert f.level.value == "info" and "collective-agreement minimum" in f.title
