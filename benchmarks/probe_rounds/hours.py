"""Round hours: working-time conditions (on-call, overtime, evenings and weekends, shifts,
travel), in English and German.

Every input was written for this round; each expectation was set before askback ran. Classes end
in " (hours)".
"""

from __future__ import annotations

from benchmarks.redteam_probe import AdReport, Check, ad, case, q_has


def kind_level(kind: str, level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [(f.data.get("kind"), f.level.value) for f in r.findings if f.check == "working-time"]
        return (kind, level) in fs, f"{fs}"

    return chk


def no_warning(r: AdReport) -> tuple[bool, str]:
    fs = [(f.data.get("kind"), f.level.value) for f in r.findings if f.check == "working-time"]
    return all(level == "positive" for _, level in fs), f"{fs}"


C = "working time stated (hours)"
case(
    C,
    ad("You'll be part of a 1-in-8 on-call rotation for the data platform."),
    kind_level("on-call", "info"),
)
case(C, ad("Out-of-hours on call cover is shared across the team."), kind_level("on-call", "info"))
case(
    C,
    ad("Sie übernehmen im Wechsel mit Ihren Kollegen die Rufbereitschaft.", "de"),
    kind_level("on-call", "info"),
)
case(
    C,
    ad("Die Stelle beinhaltet die Teilnahme am Bereitschaftsdienst.", "de"),
    kind_level("on-call", "info"),
)
case(
    C,
    ad("Flexibility to work evenings and weekends during product launches."),
    kind_level("evenings-weekends", "info"),
)
case(
    C,
    ad("Gelegentliche Einsätze am Wochenende gehören dazu.", "de"),
    kind_level("evenings-weekends", "info"),
)
case(
    C,
    ad("The successful candidate will work a rotating shift pattern."),
    kind_level("shifts", "info"),
)
case(C, ad("Tätigkeit im Zweischichtsystem.", "de"), kind_level("shifts", "info"))
case(
    C, ad("Expect roughly 40% travel to customer sites across EMEA."), kind_level("travel", "info")
)
case(
    C,
    ad("Reisebereitschaft von bis zu 3 Tagen pro Woche setzen wir voraus.", "de"),
    kind_level("travel", "info"),
)
case(
    C,
    ad("Occasional overtime may be needed around quarter-end close."),
    kind_level("overtime", "info"),
)

U = "unpaid extra time (hours)"
case(U, ad("Overtime is compensated by the salary."), kind_level("overtime", "concern"))
case(
    U,
    ad("Exempt role; overtime will be required during peak season."),
    kind_level("overtime", "concern"),
)
case(
    U,
    ad("Etwaige Überstunden sind mit dem Bruttogehalt abgegolten.", "de"),
    kind_level("overtime", "concern"),
)

N = "not the reader's time (hours)"
case(N, ad("You will coordinate the on-call schedule for the clinical team."), no_warning)
case(N, ad("We build booking software for the travel industry."), no_warning)
case(N, ad("Our analytics help hospitals cut overtime costs."), no_warning)
case(N, ad("Sie koordinieren die Rufbereitschaft der Servicetechniker.", "de"), no_warning)
case(N, ad("Wir sind ein führender Anbieter in der Reisebranche.", "de"), no_warning)
case(N, ad("Team dinners on some evenings and a yearly weekend trip."), no_warning)

P = "ruled out or paid (hours)"
case(P, ad("No on-call, no weekend work."), kind_level("on-call", "positive"))
case(P, ad("Overtime is paid at time and a half."), kind_level("overtime", "positive"))
case(P, ad("Ohne Rufbereitschaft und ohne Schichtdienst.", "de"), no_warning)
case(P, ad("Überstunden werden vollständig vergütet.", "de"), kind_level("overtime", "positive"))

Q = "questions fit (hours)"
case(
    Q,
    ad("You'll be part of a 1-in-8 on-call rotation for the data platform."),
    q_has("working-time", {"on-call"}),
)
case(
    Q,
    ad("Expect roughly 40% travel to customer sites across EMEA."),
    q_has("working-time", {"travel"}),
)
case(
    Q,
    ad("Etwaige Überstunden sind mit dem Bruttogehalt abgegolten.", "de"),
    q_has("working-time", {"overtime"}),
)
