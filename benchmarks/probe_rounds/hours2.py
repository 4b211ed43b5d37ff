"""Round hours2: working-time conditions again (on-call, overtime, evenings and weekends, shifts,
travel), in English and German: duties ruled out, someone else's duties, paid against unpaid,
words in another sense (a sports or product "overtime", "travel" as a market, a phone call
"on call with the client"), office weeks called shift patterns, and the share of travel.

Every input was written for this round; each expectation was set before askback ran. Classes end
in " (hours2)".
"""

from __future__ import annotations

from benchmarks.redteam_probe import AdReport, Check, ad, case, q_has


def _found(r: AdReport) -> list[tuple[object, str, str]]:
    return [
        (f.data.get("kind"), f.level.value, f.title)
        for f in r.findings
        if f.check == "working-time"
    ]


def kind_level(kind: str, level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = _found(r)
        return any(k == kind and lv == level for k, lv, _ in fs), f"{fs}"

    return chk


def not_kind(kind: str) -> Check:
    """No info or concern of this kind (a positive one is fine)."""

    def chk(r: AdReport) -> tuple[bool, str]:
        fs = _found(r)
        return all(k != kind or lv == "positive" for k, lv, _ in fs), f"{fs}"

    return chk


def no_warning(r: AdReport) -> tuple[bool, str]:
    fs = _found(r)
    return all(lv == "positive" for _, lv, _ in fs), f"{fs}"


def titled(kind: str, title: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = _found(r)
        return any(k == kind and t == title for k, _, t in fs), f"{fs}"

    return chk


OC = "on-call (hours2)"
case(
    OC,
    ad("You'll join a one-in-six out-of-hours on-call rota for the payments platform."),
    kind_level("on-call", "info"),
)
case(
    OC,
    ad("Expect to be on call for the warehouse systems one week in five."),
    kind_level("on-call", "info"),
)
case(
    OC, ad("On-call is unpaid and shared across the whole team."), kind_level("on-call", "concern")
)
case(OC, ad("There are no on-call duties in this role."), kind_level("on-call", "positive"))
case(
    OC,
    ad("Teilnahme an der Rufbereitschaft (etwa eine Woche pro Monat).", "de"),
    kind_level("on-call", "info"),
)
case(OC, ad("Eine Rufbereitschaft gibt es bei uns nicht.", "de"), kind_level("on-call", "positive"))
case(
    OC,
    ad("Die Rufbereitschaft wird mit einer Pauschale vergütet.", "de"),
    kind_level("on-call", "info"),
)

N = "not a duty of the reader (hours2)"
case(
    N,
    ad("You will often be on call with the client to walk through the figures."),
    not_kind("on-call"),
)
case(N, ad("Weekly on call with our suppliers to agree the forecast."), not_kind("on-call"))
case(N, ad("Sie organisieren den Bereitschaftsdienst der Haustechnik.", "de"), no_warning)
case(N, ad("Our tool tracks overtime for shift workers in retail."), no_warning)
case(
    N,
    ad("The match went to overtime in the cup final, and our model called it."),
    not_kind("overtime"),
)
case(N, ad("OverTime, our scheduling product, is used by 400 hospitals."), not_kind("overtime"))
case(N, ad("Wir bauen Software, mit der Kliniken Überstunden erfassen.", "de"), no_warning)
case(N, ad("We host a team dinner one evening a month."), no_warning)
case(N, ad("Sie planen die Wochenenddienste der Notaufnahme.", "de"), no_warning)
case(N, ad("There's been a big shift in how our customers pay."), no_warning)
case(N, ad("Sie erstellen die Schichtpläne für 80 Mitarbeitende.", "de"), no_warning)
case(N, ad("We build pricing engines for the travel industry."), no_warning)
case(N, ad("Our client is a leading online travel agency."), no_warning)
case(N, ad("Experience in travel tech or hospitality is a plus."), no_warning)
case(N, ad("Sie sind in der Reisebranche zu Hause und kennen Reiseportale.", "de"), no_warning)

V = "overtime paid or unpaid (hours2)"
case(V, ad("Overtime is paid at 1.5x your hourly rate."), kind_level("overtime", "positive"))
case(V, ad("All overtime is voluntary and paid."), kind_level("overtime", "positive"))
case(
    V,
    ad("Salaried, exempt position; evenings and overtime as the launch demands."),
    kind_level("overtime", "concern"),
)
case(
    V,
    ad("Überstunden werden durch Freizeit ausgeglichen.", "de"),
    kind_level("overtime", "positive"),
)
case(
    V,
    ad("Anfallende Überstunden sind mit dem Monatslohn abgegolten.", "de"),
    kind_level("overtime", "concern"),
)
case(V, ad("Überstunden gibt es bei uns nicht.", "de"), kind_level("overtime", "positive"))

E = "evenings and weekends (hours2)"
case(
    E,
    ad("Occasional Saturday work during stock-takes is required."),
    kind_level("evenings-weekends", "info"),
)
case(
    E,
    ad("You'll work Monday to Friday, with no evenings or weekends."),
    kind_level("evenings-weekends", "positive"),
)
case(E, ad("Weekend working is paid at time and a half."), kind_level("evenings-weekends", "info"))
case(
    E,
    ad("Gelegentliche Abendtermine bei Kundenveranstaltungen gehören dazu.", "de"),
    kind_level("evenings-weekends", "info"),
)
case(
    E,
    ad("Arbeit an Wochenenden ist nicht vorgesehen.", "de"),
    kind_level("evenings-weekends", "positive"),
)
case(E, ad("Samstagsarbeit nach Absprache.", "de"), kind_level("evenings-weekends", "info"))

S = "shift work (hours2)"
case(S, ad("Working pattern: Monday–Friday, 8:30am–5pm."), not_kind("shifts"))
case(S, ad("Shift pattern: Mon–Fri 09:00–17:30, hybrid."), not_kind("shifts"))
case(S, ad("Shift pattern: 4 on 4 off, days and nights."), kind_level("shifts", "info"))
case(S, ad("This is a 12-hour shift role including nights."), kind_level("shifts", "info"))
case(
    S,
    ad("Schichtmodell: Montag bis Freitag, 8:00–16:30 Uhr, keine Wochenenden.", "de"),
    not_kind("shifts"),
)
case(
    S,
    ad("Arbeit im Dreischichtbetrieb (Früh-, Spät- und Nachtschicht).", "de"),
    kind_level("shifts", "info"),
)
case(S, ad("Spätdienste bis 20 Uhr gehören zum Alltag.", "de"), kind_level("shifts", "info"))
case(S, ad("Kein Schichtdienst, geregelte Arbeitszeiten.", "de"), kind_level("shifts", "positive"))

T = "travel and its share (hours2)"
TJ = "The job involves travel"
case(
    T, ad("Travel: up to 20% (mainly Benelux)."), titled("travel", f"{TJ}: up to 20 % of the time")
)
case(
    T,
    ad("Expect 3-4 nights a month away from home."),
    titled("travel", f"{TJ}: 3–4 nights a month"),
)
case(T, ad("No travel required."), not_kind("travel"))
case(
    T,
    ad("Reisetätigkeit: ca. 2 Tage pro Woche.", "de"),
    titled("travel", f"{TJ}: about 2 days a week"),
)
case(
    T,
    ad("Reisebereitschaft innerhalb der Schweiz (ca. 10 %).", "de"),
    titled("travel", f"{TJ}: about 10 % of the time"),
)
case(T, ad("Business travel is reimbursed at cost."), not_kind("travel"))
case(
    T,
    ad("You may be required to travel to our Hamburg office once a quarter."),
    titled("travel", f"{TJ}: once a quarter"),
)
case(
    T,
    ad("Dienstreisen ins Ausland, zweimal im Monat.", "de"),
    titled("travel", f"{TJ}: twice a month"),
)

Q = "questions fit (hours2)"
case(
    Q,
    ad("Spätdienste bis 20 Uhr gehören zum Alltag.", "de"),
    q_has("working-time", {"flexibility"}),
)
case(Q, ad("Expect 3-4 nights a month away from home."), q_has("working-time", {"travel"}))
