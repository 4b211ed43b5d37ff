"""Round arr2 (issue 11): the work arrangement and the languages an ad asks for.

- Office visits a week written as a range of counts carry both ends, like "2-3 days": the
  fewest in `office_days`, the most in `office_days_max` ("ein- bis zweimal pro Woche im
  Büro", "two or three times a week in the office", "between one and two days a week").
- Days at home capped with the week left unsaid ("Homeoffice an bis zu 3 Tagen").
- Remote beside hybrid written with a slash or in brackets ("Remote/Hybrid", "remote (hybrid
  possible)") is remote, like "hybrid or remote", and the finding names the hybrid option.
- "work from anywhere" is remote, unless it is a benefit of some weeks a year.
- "Präsenzpflicht" with no days after it is on-site.
- A language's name before "market", "clients" or "customers" is no language asked for.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport

FILL_EN = (
    "You will analyse sales data, build dashboards and explain trends to the product team. "
    "We are a small company that makes software for bakeries.\n\n"
)
FILL_DE = (
    "Du analysierst Verkaufsdaten, baust Dashboards und erklärst Trends im Produktteam. "
    "Wir sind ein kleines Unternehmen, das Software für Bäckereien entwickelt.\n\n"
)


def _en(fragment: str) -> AdReport:
    return analyze(f"# Data Analyst\n\n{FILL_EN}{fragment}\n\n{FILL_EN}")


def _de(fragment: str) -> AdReport:
    return analyze(f"# Datenanalyst (m/w/d)\n\n{FILL_DE}{fragment}\n\n{FILL_DE}")


def _week(r: AdReport) -> tuple[str, float | None, float | None]:
    return r.work_arrangement, r.office_days, r.office_days_max


# ------------------------------------------------------------------ ranges of office visits


@pytest.mark.parametrize(
    ("sentence", "lo", "hi"),
    [
        ("Im Büro ein- bis zweimal pro Woche, sonst von zu Hause.", 1.0, 2.0),
        ("Wir sehen uns zwei- bis dreimal wöchentlich vor Ort in Ulm.", 2.0, 3.0),
        ("An ein bis zwei Tagen pro Woche arbeitest du im Büro in Kiel.", 1.0, 2.0),
        ("Präsenz am Standort Essen drei- bis viermal die Woche.", 3.0, 4.0),
        ("Zwischen zwei und drei Tagen pro Woche im Büro.", 2.0, 3.0),
    ],
)
def test_a_german_range_of_visits_carries_both_ends(sentence: str, lo: float, hi: float) -> None:
    assert _week(_de(sentence)) == ("hybrid", lo, hi)


@pytest.mark.parametrize(
    ("sentence", "lo", "hi"),
    [
        ("Once or twice a week in our Malmö office.", 1.0, 2.0),
        ("One to two days a week on site in Derby.", 1.0, 2.0),
        ("You join us in the office two or three times a week.", 2.0, 3.0),
        ("Twice or three times a week at the Cork hub.", 2.0, 3.0),
        ("On site 1-2 times per week.", 1.0, 2.0),
        ("In the office between one and two days a week.", 1.0, 2.0),
    ],
)
def test_an_english_range_of_visits_carries_both_ends(sentence: str, lo: float, hi: float) -> None:
    assert _week(_en(sentence)) == ("hybrid", lo, hi)


_DE_FIRST = {1: "ein-", 2: "zwei-", 3: "drei-"}
_DE_LAST = {2: "zweimal", 3: "dreimal", 4: "viermal"}
_EN_TIMES = {1: "once", 2: "twice", 3: "three times", 4: "four times"}


@settings(max_examples=40, deadline=None)
@given(
    lo=st.integers(1, 3),
    step=st.integers(1, 3),
    week=st.sampled_from(["pro Woche", "die Woche", "wöchentlich", "in der Woche"]),
    place=st.sampled_from(["im Büro", "vor Ort", "am Standort"]),
    first=st.booleans(),
)
def test_any_german_range_of_visits(lo: int, step: int, week: str, place: str, first: bool) -> None:
    hi = min(4, lo + step)
    count = f"{_DE_FIRST[lo]} bis {_DE_LAST[hi]} {week}"
    sentence = f"{place.capitalize()} {count}." if first else f"{count.capitalize()} {place}."
    assert _week(_de(sentence)) == ("hybrid", float(lo), float(hi))


@settings(max_examples=30, deadline=None)
@given(
    lo=st.integers(1, 3),
    step=st.integers(1, 2),
    week=st.sampled_from(["a week", "per week", "each week"]),
    place=st.sampled_from(["in the office", "on site", "at our office"]),
)
def test_any_english_range_of_visits(lo: int, step: int, week: str, place: str) -> None:
    hi = min(4, lo + step)
    sentence = f"{_EN_TIMES[lo].capitalize()} or {_EN_TIMES[hi]} {week} {place}."
    assert _week(_en(sentence)) == ("hybrid", float(lo), float(hi))


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("Homeoffice an bis zu 3 Tagen, sonst im Team in Jena.", 2.0),
        ("Mobiles Arbeiten ist an höchstens zwei Tagen möglich.", 3.0),
        ("Homeoffice an einem Tag, sonst Präsenzpflicht.", 4.0),
    ],
)
def test_home_days_capped_without_the_week(sentence: str, office: float) -> None:
    assert _week(_de(sentence)) == ("hybrid", office, None)


def test_home_days_a_month_are_no_weekly_count() -> None:
    assert _de("Homeoffice bis zu 2 Tage im Monat.").office_days is None


# ------------------------------------------------------------------ remote beside hybrid


def _remote_title(r: AdReport) -> str:
    return next(f.title for f in r.findings if f.check == "remote")


@pytest.mark.parametrize(
    "sentence",
    [
        "Working model: Remote/Hybrid",
        "Location: Gdańsk (Hybrid/Remote)",
        "The job is remote (hybrid also possible) within Ireland.",
        "Hybrid (or fully remote) from our Bergen office.",
        "Remote / Hybrid role for the analytics team.",
        "Remote (with optional hybrid in Oslo).",
        "Hybrid/Remote in Valencia",
    ],
)
def test_remote_beside_hybrid_by_slash_or_bracket_is_a_choice(sentence: str) -> None:
    r = _en(sentence)
    assert r.work_arrangement == "remote"
    assert "or hybrid if you prefer" in _remote_title(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbeitsmodell: Remote/Hybrid",
        "Die Position ist hybrid (remote möglich).",
        "Wir bieten Hybrid/Remote-Arbeit.",
    ],
)
def test_remote_beside_hybrid_in_german(sentence: str) -> None:
    r = _de(sentence)
    assert r.work_arrangement == "remote"
    assert "hybrid" in _remote_title(r)


def test_hybrid_or_remote_names_the_hybrid_option_too() -> None:
    r = _en("This position can be hybrid or remote.")
    data = next(f.data for f in r.findings if f.check == "remote")
    assert (r.work_arrangement, data.get("alternative")) == ("remote", "hybrid")


def test_an_office_or_remote_names_the_office() -> None:
    assert "at an office" in _remote_title(_en("Our Leeds office or work remotely in the UK."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Remote/ Hybrid: Hybrid, three days in Lille",
        "We are a hybrid/remote-friendly company with an office in Genoa.",
        "We sell planning software to hybrid/remote teams, and you work hybrid.",
    ],
)
def test_a_slash_pair_as_label_or_compound_stays_hybrid(sentence: str) -> None:
    assert _en(sentence).work_arrangement == "hybrid"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [("Remote/Hybrid: Remote", "remote"), ("Remote / Hybrid: Hybrid", "hybrid")],
)
def test_a_slash_pair_label_reads_its_value(sentence: str, kind: str) -> None:
    r = _en(sentence)
    assert (r.work_arrangement, _remote_title(r)) == (kind, f"Work arrangement: {kind}")


def test_plain_remote_names_no_option() -> None:
    assert _remote_title(_en("This is a fully remote role.")) == "Work arrangement: remote"


# ------------------------------------------------------------------ anywhere, Präsenzpflicht


@pytest.mark.parametrize(
    "sentence",
    ["You can work from anywhere.", "Work from anywhere, with a team in four time zones."],
)
def test_work_from_anywhere_is_remote(sentence: str) -> None:
    assert _en(sentence).work_arrangement == "remote"


@pytest.mark.parametrize(
    "sentence",
    [
        "Benefits: work from anywhere for up to 25 days a year.",
        "Work From Anywhere: three weeks a year.",
        "Plus two months of the year work from anywhere.",
    ],
)
def test_work_from_anywhere_as_a_benefit_is_no_remote_job(sentence: str) -> None:
    assert _en(sentence).work_arrangement != "remote"


@pytest.mark.parametrize(
    "sentence", ["Es gilt Präsenzpflicht in Potsdam.", "Präsenzpflicht am Standort Ulm."]
)
def test_a_duty_of_presence_is_on_site(sentence: str) -> None:
    assert _de(sentence).work_arrangement == "onsite"


def test_a_duty_of_presence_on_some_days_is_hybrid() -> None:
    assert _week(_de("Präsenzpflicht an zwei Tagen pro Woche in Trier.")) == ("hybrid", 2.0, None)


# ------------------------------------------------------------------ languages of markets


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Knowledge of the Polish market is essential.", "Polish"),
        ("You will work closely with our Italian customers.", "Italian"),
        ("Experience with Nordic and Danish clients is required.", "Danish"),
        ("You will report on our Spanish subsidiaries.", "Spanish"),
    ],
)
def test_a_market_is_no_language(sentence: str, language: str) -> None:
    assert language not in {x.language for x in _en(sentence).language_requirements}


def test_the_language_after_its_market_is_still_read() -> None:
    r = _en("You will serve our Czech clients, so fluent Czech is required.")
    assert {x.language: x.required for x in r.language_requirements} == {"Czech": True}
