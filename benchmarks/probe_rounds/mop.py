"""Round mop (2026-12-05, afternoon): home days with "otherwise / sonst" and the rest in the
office, civil-service grades written before the pay law, ordinal months' salaries, teams the
candidate led, and a part of the company's headcount in answers. Every input written for it."""

from __future__ import annotations

from typing import Any

from askback.text.report import AdReport
from benchmarks.redteam_probe import ad, ans, arr, case, figs, scale_is


def _c(name: str) -> str:
    return f"{name} (mop)"


A = _c("arrangement")
for frag, lang, days in (
    ("Homeoffice zweimal pro Woche, sonst im Büro.", "de", 3),
    ("Mobiles Arbeiten einmal pro Woche, ansonsten vor Ort in Kassel.", "de", 4),
    ("Remote once a week, otherwise you are in the office.", "en", 4),
    ("WFH twice a week, the rest in the office.", "en", 3),
    ("WFH two days a week, otherwise in the office.", "en", 3),
    ("Im Büro zweimal pro Woche, sonst Homeoffice.", "de", 2),
):
    case(A, ad(frag, lang), arr("hybrid", days))


def _range(low: float, high: float) -> Any:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.work_arrangement == "hybrid" and (r.office_days, r.office_days_max) == (low, high)
        return ok, f"arr={r.work_arrangement} days={r.office_days}-{r.office_days_max}"

    return chk


case(A, ad("Work from home once or twice a week, otherwise in the office."), _range(3, 4))
case(A, ad("Ein- bis zweimal pro Woche Homeoffice, sonst im Büro.", "de"), _range(3, 4))
case(A, ad("Homeoffice an 1 bis 2 Tagen pro Woche, ansonsten im Büro.", "de"), _range(3, 4))

T = _c("teams the candidate led")
for frag, lang in (
    ("You have led remote or hybrid teams of 10+ engineers.", "en"),
    ("Proven experience leading hybrid teams.", "en"),
    ("Erfahrung in der Führung hybrider Teams.", "de"),
    ("Du hast bereits hybride Teams geführt.", "de"),
):
    case(T, ad(frag, lang), arr("not_stated"))
case(T, ad("You know Python well and will join our hybrid team."), arr("hybrid"))
case(T, ad("This is a remote role. Experience managing remote teams."), arr("remote"))

S = _c("civil-service grade first")
for frag, want in (
    ("Die Stelle wird mit A 13 besoldet.", "Besoldung A 13"),
    ("Die Stelle ist nach A 13 BBesO bewertet.", "A 13 BBesO"),
    ("Besoldung ab A 10.", "Besoldung ab A 10"),
    ("Fahren Sie über die A 9 bis Nürnberg.", None),
):
    case(S, ad(frag, "de"), scale_is(want, step_asked=True))


def _open(r: AdReport) -> tuple[bool, str]:
    asks = [f.ask for f in r.findings if f.check == "salary"]
    return any(a.startswith("Which grade") for a in asks), f"scale={r.pay.scale} asks={asks}"


case(S, ad("Besoldung ab A 10.", "de"), _open)
case(S, ad("Der Dienstposten ist mit A 9 bis A 11 BBesO bewertet.", "de"), _open)

P = _c("13th month's salary")


def _yearly(r: AdReport) -> tuple[bool, str]:
    f = figs(r)
    return bool(f) and all(p == "year" for *_, p in f), f"pay={f}"


def _not_monthly(r: AdReport) -> tuple[bool, str]:
    f = figs(r)
    return all(p != "month" for *_, p in f), f"pay={f}"


for frag in (
    "Jahresgehalt ab 52.000 € und 13tes Monatsgehalt",
    "Gehalt: 54.000 € brutto und 14ten Monatslohn",
    "Jahresgehalt: 48.000 € und 13.Monatsgehalt",
):
    case(P, ad(frag, "de"), _yearly)
case(P, ad("Wir bieten 58.000 € und 13tes Monatsgehalt.", "de"), _not_monthly)

N = _c("answers, part of the headcount")


def _no_number(a: Any) -> tuple[bool, str]:
    return a.counts().get("number", 0) == 0, f"{a.counts()}"


for s in (
    "We are 40 people, about a third in engineering.",
    "We have 120 employees, half of them in sales and a quarter in support.",
    "Wir sind 40 Leute, rund ein Drittel davon in der Entwicklung.",
    "Wir haben 60 Mitarbeitende, 20 davon im Vertrieb.",
):
    ans(N, s, _no_number)
