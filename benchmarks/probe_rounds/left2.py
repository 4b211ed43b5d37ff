"""Round left2: the leftovers of the rounds before, each as a class, in English and German.

- office days named at a town right after a hybrid label ("Hybrid (2 days in Ghent)");
- a choice of office or home without the word remote ("our Paris office, or from home");
- a language wished for without a level ("Conversational Japanese would help", speakers of it
  invited to apply), while markets and clients stay no requirement;
- a premium or allowance for evening, night or weekend hours read as paid, not as a duty;
- a count of travel days a (calendar) year as the share of travel.

Every input was written for this round; each expectation was set before askback ran. Classes end
in " (left2)".
"""

from __future__ import annotations

from benchmarks.redteam_probe import AdReport, Check, ad, arr, case, langs, no_lang

A = "arrangement (left2)"
L = "languages (left2)"
H = "working time (left2)"


def choice_office(r: AdReport) -> tuple[bool, str]:
    titles = [f.title for f in r.findings if f.check == "remote"]
    ok = r.work_arrangement == "remote" and any("office" in t for t in titles)
    return ok, f"arr={r.work_arrangement} titles={titles}"


def _wt(r: AdReport) -> list[tuple[object, str, str]]:
    return [
        (f.data.get("kind"), f.level.value, f.title)
        for f in r.findings
        if f.check == "working-time"
    ]


def wt(kind: str, level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = _wt(r)
        return any(k == kind and lv == level for k, lv, _ in fs), f"{fs}"

    return chk


def no_wt(kind: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = _wt(r)
        return all(k != kind for k, _, _ in fs), f"{fs}"

    return chk


def travel_share(share: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = _wt(r)
        return any(k == "travel" and t.endswith(share) for k, _, t in fs), f"{fs}"

    return chk


# ---- office days at a town after a hybrid word: those are the office days
for text, days in (
    ("Remote/Hybrid: Hybrid (3 days in Antwerp)", 3.0),
    ("Work model: Hybrid (1 day in Lyon)", 1.0),
    ("Hybrid: 4 days in Bristol, 1 from home.", 4.0),
    ("Remote or hybrid: hybrid, 2 days per week in Vienna", 2.0),
    ("The team is hybrid, with 3 days at our Cork hub each week.", 3.0),
):
    case(A, ad(text), arr("hybrid", days))
for text, days in (
    ("Remote/Hybrid: Hybrid (3 Tage in Leipzig)", 3.0),
    ("Arbeitsmodell: Hybrid, 2 Tage pro Woche in Basel", 2.0),
    ("Hybrides Arbeiten mit 1 Tag in Bremen", 1.0),
):
    case(A, ad(text, "de"), arr("hybrid", days))
# (a day count at home after hybrid keeps its reading: the rest of the week at the office)
case(A, ad("Hybrid (2 days from home)"), arr("hybrid", 3.0))

# ---- office or home, the candidate's choice, without the word remote
for text in (
    "You may work from our Madrid office, or from home.",
    "Join us at the Derby campus or work from home, as you prefer.",
):
    case(A, ad(text), choice_office)
for text in (
    "Sie arbeiten in unserem Büro in Kiel oder von zu Hause.",
    "Du kannst am Standort Ulm oder von daheim aus arbeiten.",
):
    case(A, ad(text, "de"), choice_office)
# (a week of both is no choice: hybrid as before)
case(A, ad("Two days a week in the office, the rest from home."), arr("hybrid", 2.0))

# ---- a language wished for without a level
case(L, ad("Basic Korean would help on supplier calls."), langs(Korean=False))
case(L, ad("Some Greek could also help."), langs(Greek=False))
case(L, ad("Turkish-speaking applicants are warmly encouraged to apply."), langs(Turkish=False))
case(L, ad("We particularly welcome Arabic-speaking candidates."), langs(Arabic=False))
case(L, ad("Tschechischkenntnisse wären ein Plus.", "de"), langs(Czech=False))
case(L, ad("Ein wenig Italienisch würde helfen.", "de"), langs(Italian=False))
case(
    L,
    ad("Fluent English is essential; conversational Hindi would help."),
    langs(English=True, Hindi=False),
)
# markets, clients and helping a team name no language asked for
case(L, ad("You will grow our Portuguese-speaking market."), no_lang("Portuguese"))
case(L, ad("Our Dutch-speaking clients are welcome at the hub."), no_lang("Dutch"))
case(L, ad("You will help our French team with reporting."), no_lang("French"))

# ---- a premium or allowance for the hours: paid, not a stated duty
case(H, ad("## Benefits\n- Saturday premium pay\n- Pension"), wt("evenings-weekends", "positive"))
case(H, ad("## Perks\n- Night work allowance\n- Gym"), wt("evenings-weekends", "positive"))
case(
    H, ad("## Wir bieten\n- Nachtzuschläge\n- Jobticket", "de"), wt("evenings-weekends", "positive")
)
case(
    H,
    ad("## Wir bieten\n- Zuschläge für Wochenendarbeit\n- Jobticket", "de"),
    wt("evenings-weekends", "positive"),
)
# a stated duty beside the premium outranks it
case(
    H,
    ad("We pay a Sunday premium. You will work one Sunday a month on a rota."),
    wt("evenings-weekends", "info"),
)
case(H, ad("No weekend allowance is offered."), no_wt("evenings-weekends"))

# ---- travel days a year as the share
case(H, ad("Roughly 25 travel days a year."), travel_share("about 25 days a year"))
case(
    H,
    ad("Travel is required, up to 15 days per calendar year."),
    travel_share("up to 15 days a year"),
)
case(
    H,
    ad("Reisetätigkeit an rund 12 Tagen pro Kalenderjahr.", "de"),
    travel_share("about 12 days a year"),
)
case(H, ad("Etwa 40 Reisetage im Jahr.", "de"), travel_share("about 40 days a year"))
