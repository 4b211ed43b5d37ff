"""Second-author probe for issue 11: fresh inputs per class, run through the analyzers.

Not a test: it prints each failing input and a count per class, so a person can read what still
goes wrong. Run: PYTHONPATH=src .venv/bin/python -m benchmarks.redteam_probe [-v]
Every input here was written for this probe (none is from the issue or the corpora).
"""

# ruff: noqa: E501  (the inputs are whole ad lines, kept on one line each to read them)
from __future__ import annotations

import sys
import traceback
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from askback.app.text import attach_questions
from askback.bank import load
from askback.errors import InputError
from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

FILL_EN = (
    "You will work with product managers and engineers to turn data into decisions. "
    "You will build dashboards, write clear notes and present results to the team. "
)
FILL_DE = (
    "Du arbeitest mit Produktmanagern und Entwicklern und machst aus Daten Entscheidungen. "
    "Du baust Dashboards, schreibst klare Notizen und stellst Ergebnisse im Team vor. "
)
REQS_EN = "\n## Requirements\n- 3+ years of experience with Python\n- Solid SQL\n- Git\n"
REQS_DE = "\n## Dein Profil\n- 3+ Jahre Erfahrung mit Python\n- Gute SQL-Kenntnisse\n- Git\n"


def ad(fragment: str, lang: str = "en", title: str = "", reqs: bool = True) -> str:
    if lang == "de":
        head = title or "Data Analyst (m/w/d)"
        return f"# {head}\n\n{FILL_DE}\n\n{fragment}\n{REQS_DE if reqs else ''}\n{FILL_DE}\n"
    head = title or "Data Analyst"
    return f"# {head}\n\n{FILL_EN}\n\n{fragment}\n{REQS_EN if reqs else ''}\n{FILL_EN}\n"


Check = Callable[[AdReport], tuple[bool, str]]
CASES: list[tuple[str, str, Callable[[], Any], Callable[[Any], tuple[bool, str]]]] = []


def case(cls: str, text: str, check: Callable[[AdReport], tuple[bool, str]]) -> None:
    CASES.append((cls, text, lambda: analyze(text), check))


def ans(cls: str, text: str, check: Callable[[Any], tuple[bool, str]]) -> None:
    CASES.append((cls, text, lambda: analyze_answer(text), check))


def figs(r: AdReport) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [(f.minimum, f.maximum, f.currency, f.period) for f in r.pay.figures]


def no_pay(r: AdReport) -> tuple[bool, str]:
    return (not r.pay.stated and not r.pay.figures, f"pay={figs(r)}")


def pay_is(lo: float, hi: float, period: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.pay.stated and r.pay.minimum == lo and r.pay.maximum == hi
        if period:
            ok = ok and r.pay.period == period
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period}) figs={figs(r)}"

    return chk


def has_figs(*want: tuple[float, str]) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = {(f.minimum, f.period) for f in r.pay.figures} | {
            (f.maximum, f.period) for f in r.pay.figures
        }
        return all(w in got for w in want), f"figs={figs(r)}"

    return chk


# ---------------------------------------------------------------- pay
P = "pay"
case(
    P,
    ad("Core hours 9am-5pm, Monday to Friday. A relocation package of $12,000 is available."),
    no_pay,
)
case(P, ad("Shift pattern: 7:30 am – 3:30 pm. Annual performance bonus of up to $8,000."), no_pay)
case(
    P,
    ad("You will own a marketing budget of $2.5M. The unit brings in $40 million in revenue."),
    no_pay,
)
case(P, ad("We give every hire a $1,500 home-office stipend and a 401(k) match up to 6%."), no_pay)
case(P, ad("Late shift ends at 11 pm. Referral bonus: $3,000."), no_pay)
case(
    P,
    ad("Wir zahlen eine Umzugspauschale von 3.000 € und einen Jahresbonus bis 10.000 €.", "de"),
    no_pay,
)
case(P, ad("Arbeitszeit 8-17 Uhr. Budgetverantwortung für 1,2 Mio. €.", "de"), no_pay)
case(P, ad("**Base pay:** 72,500 – 88,000 annually"), pay_is(72500, 88000, "year"))
case(P, ad("Pay range: 45-55k"), pay_is(45000, 55000))
case(P, ad("Hourly rate: 38.50 - 44.00"), pay_is(38.5, 44.0, "hour"))
case(P, ad("Annual salary 82000 to 97000, depending on experience"), pay_is(82000, 97000, "year"))
case(P, ad("Salary range: $135,000 – $110,000"), pay_is(110000, 135000))
case(P, ad("Compensation: £58k - £49k per annum"), pay_is(49000, 58000, "year"))
case(P, ad("Minimum salary: $70,000\nMaximum salary: $90,000"), pay_is(70000, 90000))
case(
    P,
    ad("**Pay range minimum:** $31.00/hr\n**Pay range maximum:** $40.00/hr"),
    pay_is(31, 40, "hour"),
)
case(
    P,
    ad("| Salary (min) | 60,000 EUR |\n|---|---|\n| Salary (max) | 75,000 EUR |"),
    pay_is(60000, 75000),
)
case(
    P,
    ad("The pay is $28 per hour, which comes to about $58,000 per year."),
    has_figs((28, "hour"), (58000, "year")),
)
case(P, ad("Pay: $52/hour ($108,000 a year)."), has_figs((52, "hour"), (108000, "year")))
case(
    P,
    ad("Gehalt: zwischen 48.000 und 56.000 € brutto jährlich", "de"),
    pay_is(48000, 56000, "year"),
)
case(
    P,
    ad("Die Vergütung liegt zwischen 4.200 und 5.000 Euro brutto im Monat.", "de"),
    pay_is(4200, 5000, "month"),
)
case(
    P,
    ad("Wir zahlen von 61.000 bis 70.000 EUR brutto pro Jahr.", "de"),
    pay_is(61000, 70000, "year"),
)
case(P, ad("Jahresgehalt von 55.000 € bis 65.000 €", "de"), pay_is(55000, 65000, "year"))
case(P, ad("Compensation: €65.000–€75.000 gross per year", "en"), pay_is(65000, 75000, "year"))
case(P, ad("Salary: USD 120K to 140K"), pay_is(120000, 140000))

# ---------------------------------------------------------------- requirements
R = "requirements"


def senior_not(*bad: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.seniority not in bad, f"seniority={r.seniority} years={r.years_required}"

    return chk


def must(n: int, tol: int = 0) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.must_haves is not None and abs(r.must_haves - n) <= tol
        return ok, f"must_haves={r.must_haves}"

    return chk


def yrs_senior(r: AdReport) -> tuple[bool, str]:
    bad = [f.title for f in r.findings if f.check == "years-vs-seniority"]
    return not bad, f"seniority={r.seniority} {bad}"


case(
    R,
    ad(
        "We partner with early-stage startups across Europe.\n6+ years of experience in analytics.",
        title="Senior Data Analyst",
    ),
    senior_not("intern", "junior", "entry"),
)
case(
    R,
    ad(
        "You will work closely with internal stakeholders and international teams.\n7+ years in data engineering.",
        title="Staff Data Engineer",
    ),
    yrs_senior,
)
case(
    R,
    ad("Experience with principal component analysis and clustering.", title="Data Analyst"),
    senior_not("principal"),
)
case(
    R,
    ad("You bring thought leadership and expert insight into pricing.", title="Pricing Analyst"),
    senior_not("lead", "principal", "expert"),
)
case(
    R,
    ad(
        "You will mentor junior colleagues and interns.\n8+ years of experience.",
        title="Senior Machine Learning Engineer",
    ),
    yrs_senior,
)
case(
    R,
    ad("We are headquartered in Austin; our head office team is small.", title="Data Analyst"),
    senior_not("head", "director", "lead"),
)
case(
    R,
    ad(
        "Wir begleiten Start-ups in der Seed-Phase. Praktische Erfahrung mit Python.",
        "de",
        title="Senior Data Scientist (m/w/d)",
    ),
    senior_not("intern", "junior"),
)
case(
    R,
    ad("Leadership skills are a plus.", title="Junior Data Analyst"),
    senior_not("lead", "senior"),
)

DUTY = "\n{h}\n- Build data pipelines\n- Write reports\n- Run experiments\n- Present to leadership\n- Maintain dashboards\n"
for h in (
    "Key Responsibilities",
    "Essential Job Functions:",
    "**What you will be doing**",
    "Your day-to-day",
    "Primary Duties and Responsibilities",
):
    case(R, ad(DUTY.format(h=h)), must(3))
for h in ("Deine Aufgaben", "**Was dich erwartet**", "Ihre Aufgaben:"):
    case(R, ad(DUTY.format(h=h), "de"), must(3))

REQ_BODY = "\n{h}\n- Degree in statistics or similar\n- 4 years of experience with SQL\n- Python\n- Clear written English\n"
for h in (
    "Minimum Qualifications",
    "Basic Qualifications:",
    "What you bring",
    "**Who you are**",
    "Skills & Experience",
    "REQUIRED EXPERIENCE",
    "### Must have",
    "Knowledge, Skills and Abilities",
    "Education and Experience",
):
    case(R, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in ("Was du mitbringst", "**Ihr Profil**", "Anforderungen:", "Das bringst du mit"):
    case(R, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))


def ad_de_after_reqs(template: str, h: str) -> str:
    """A German ad built from a template whose list follows an English 'Requirements' heading."""
    return ad(template.format(h=h).replace("Requirements", "Anforderungen"), "de", reqs=False)


NICE = "\nRequirements\n- SQL\n- Python\n- Statistics\n{h}\n- Spark\n- dbt\n- Kafka\n"
for h in (
    "Bonus points",
    "Nice to have",
    "Preferred Qualifications",
    "Good to have",
    "Desirable",
    "**Extra credit**",
):
    case(R, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Wünschenswert", "Von Vorteil", "Pluspunkte"):
    case(R, ad_de_after_reqs(NICE, h), must(3))

BEN = "\nRequirements\n- SQL\n- Python\n- Statistics\n{h}\n- 30 days of holiday\n- Pension plan\n- Gym membership\n- Learning budget\n"
for h in ("Perks", "Why join us", "What's in it for you", "Compensation & Benefits", "Our offer"):
    case(R, ad(BEN.format(h=h), reqs=False), must(3))
for h in ("Was wir bieten", "Wir bieten", "Deine Benefits", "Das erwartet dich bei uns"):
    case(R, ad_de_after_reqs(BEN, h), must(3))


def few_tools(r: AdReport) -> tuple[bool, str]:
    bad = [f.title for f in r.findings if f.check == "stack-breadth"]
    return not bad and (r.must_haves or 0) <= 5, f"must={r.must_haves} tools={r.tools} {bad}"


case(
    R,
    ad(
        "Requirements\n- SQL\n- Experience with at least one of the following:\n  - Java\n  - Go\n  - Rust\n  - C++\n  - Kotlin\n  - Scala\n  - Python\n  - C#\n",
        reqs=False,
    ),
    few_tools,
)
case(
    R,
    ad(
        "Requirements\n- Proficiency in any of: Java, Go, Rust, C++, Kotlin, Scala, TypeScript, Ruby, Elixir, PHP",
        reqs=False,
    ),
    few_tools,
)
case(
    R,
    ad(
        "Anforderungen\n- Erfahrung mit mindestens einer der folgenden Sprachen: Java, Go, Rust, C++, Kotlin, Scala, TypeScript, Ruby",
        "de",
        reqs=False,
    ),
    few_tools,
)
case(
    R,
    ad(
        "Requirements\n- Familiarity with one or more of these: Tableau, Looker, Power BI, Qlik, Metabase, Superset, Mode, Sisense",
        reqs=False,
    ),
    few_tools,
)

# ---------------------------------------------------------------- gender
G = "gender"


def no_gender(r: AdReport) -> tuple[bool, str]:
    hits = [s.text for f in r.findings if f.check == "gender-coded" for s in f.spans]
    return not hits, f"hits={hits}"


def masc(r: AdReport) -> tuple[bool, str]:
    return r.masculine > 0, f"m={r.masculine} f={r.feminine}"


def fem(r: AdReport) -> tuple[bool, str]:
    return r.feminine > 0, f"m={r.masculine} f={r.feminine}"


for s in (
    "You have a deep understanding of distributed systems and probability.",
    "Our team provides 24/7 customer support and technical support for clients.",
    "We are the leading provider of payroll software and an industry leader in security.",
    "You will report to the Engineering Lead and work with the Tech Lead.",
    "You will own lead generation, lead scoring and the sales leads funnel.",
    "We offer a competitive compensation package and competitive benefits.",
    "Experience with decision-support tools and support vector machines.",
    "You will optimise the objective function of our ranking model.",
    "Join our Trust & Safety team to fight fraud.",
    "We value work-life balance and support parental leave.",
    "Strong knowledge of statistics and a good understanding of causal inference.",
    "You have a sound understanding of GDPR.",
):
    case(G, ad(s), no_gender)
for s in (
    "Wir sind Marktführer im Zahlungsverkehr und bieten ein wettbewerbsfähiges Gehalt.",
    "Du berichtest an den Teamleiter und unterstützt den Lead Engineer.",
    "Unser Support-Team betreut Kunden rund um die Uhr.",
    "Fundiertes Verständnis von Statistik und Datenbanken.",
):
    case(G, ad(s, "de"), no_gender)
case(
    G,
    ad("We want an ambitious, assertive and competitive person who is fearless and decisive."),
    masc,
)
case(G, ad("We are a collaborative, supportive and caring team that values empathy."), fem)
case(G, ad("Du bist durchsetzungsstark, ehrgeizig und selbstbewusst.", "de"), masc)

# ---------------------------------------------------------------- arrangement
A = "arrangement"


def arr(kind: str, days: float | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.work_arrangement == kind and (days is None or r.office_days == days)
        return ok, f"arr={r.work_arrangement} days={r.office_days}"

    return chk


case(A, ad("Remote-first: work from anywhere in the EU."), arr("remote"))
case(A, ad("3 days a week in our Leeds office, the rest from home."), arr("hybrid", 3))
case(A, ad("This is an on-site role at our Munich plant."), arr("onsite"))
case(A, ad("Two office days per week, otherwise remote."), arr("hybrid", 2))
case(A, ad("Hybrid working: in the office Tuesdays and Thursdays."), arr("hybrid", 2))
case(A, ad("Mobiles Arbeiten bis zu 3 Tage pro Woche.", "de"), arr("hybrid"))
case(A, ad("Homeoffice-Quote 40 %.", "de"), arr("hybrid"))
case(A, ad("Remote-Arbeit nach Absprache möglich.", "de"), arr("hybrid"))
case(A, ad("Anwesenheit vor Ort an fünf Tagen pro Woche.", "de"), arr("onsite"))
case(A, ad("3 Präsenztage pro Woche in Hamburg.", "de"), arr("hybrid", 3))
case(A, ad("Drei Tage die Woche im Büro, zwei im Homeoffice.", "de"), arr("hybrid", 3))
case(A, ad("Büropräsenz: 2 Tage/Woche.", "de"), arr("hybrid", 2))
case(A, ad("Bis zu 100 % Homeoffice innerhalb Deutschlands.", "de"), arr("remote"))
case(A, ad("Vollständig remote, deutschlandweit.", "de"), arr("remote"))

# ---------------------------------------------------------------- languages
L = "languages"


def langs(**want: bool) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = {x.language: x.required for x in r.language_requirements if not x.implied}
        return all(got.get(k) == v for k, v in want.items()), f"langs={got}"

    return chk


def native(r: AdReport) -> tuple[bool, str]:
    got = [(x.language, x.native) for x in r.language_requirements]
    f = [f for f in r.findings if f.check == "language" and any(x for _, x in got)]
    offered = any("C1" in (g.why + g.ask + g.alternative) for g in f)
    return any(n for _, n in got) and offered, f"langs={got} c1={offered}"


case(
    L,
    ad("Fließend Deutsch (C1) erforderlich, Englisch wünschenswert.", "de"),
    langs(German=True, English=False),
)
case(
    L,
    ad("Business-fluent English is a must; French is nice to have."),
    langs(English=True, French=False),
)
case(
    L,
    ad("Sehr gute Englischkenntnisse, Deutschkenntnisse von Vorteil.", "de"),
    langs(English=True, German=False),
)
case(L, ad("Spanish would be a bonus. English (C1) required."), langs(English=True, Spanish=False))
case(
    L,
    ad("Englisch verhandlungssicher, Französisch ein Plus.", "de"),
    langs(English=True, French=False),
)
case(
    L,
    ad("Dutch is an advantage but not required; fluent English is essential."),
    langs(English=True, Dutch=False),
)
case(L, ad("Native English speaker."), native)
case(L, ad("English as your mother tongue."), native)
case(L, ad("Deutsch als Muttersprache oder gleichwertig.", "de"), native)
case(L, ad("Muttersprachliche Deutschkenntnisse.", "de"), native)
case(L, ad("Native-level German is required."), native)

# ---------------------------------------------------------------- exclusionary
X = "exclusionary"


def flagged(check: str, not_level: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [f for f in r.findings if f.check == check]
        ok = bool(fs) and (not_level is None or all(f.level != not_level for f in fs))
        return (
            ok,
            f"{[(f.check, f.level.value, f.title[:40]) for f in r.findings if f.area.value == 'exclusionary']}",
        )

    return chk


def not_flagged(check: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [f for f in r.findings if f.check == check]
        return not fs or all(
            f.level.value != "concern" for f in fs
        ), f"{[(f.level.value, f.title[:50]) for f in fs]}"

    return chk


case(X, ad("Join our young and motivated team!"), flagged("age-coded"))
case(X, ad("We are looking for digital natives."), flagged("age-coded"))
case(X, ad("Ideal for recent graduates with energy."), flagged("age-coded"))
case(X, ad("Werde Teil unseres jungen, hippen Teams!", "de"), flagged("age-coded"))
case(X, ad("Ein junges Team erwartet dich.", "de"), flagged("age-coded"))
case(
    X,
    ad("Must be able to lift 50 pounds and stand for extended periods."),
    flagged("ability-coded"),
)
case(X, ad("The role requires prolonged standing and frequent bending."), flagged("ability-coded"))
case(
    X,
    ad("Körperliche Belastbarkeit und langes Stehen sind erforderlich.", "de"),
    flagged("ability-coded"),
)
case(
    X,
    ad("Heben bis 25 kg und langes Stehen.", "de", title="Lagermitarbeiter (m/w/d)"),
    not_flagged("ability-coded"),
)
case(X, ad("Must be a U.S. citizen."), flagged("nationality-coded", "concern"))
case(
    X, ad("US citizenship is required for this position."), flagged("nationality-coded", "concern")
)
case(X, ad("Applicants must hold British citizenship."), flagged("nationality-coded", "concern"))
case(
    X,
    ad("Deutsche Staatsangehörigkeit erforderlich.", "de"),
    flagged("nationality-coded", "concern"),
)
case(
    X, ad("EU-Staatsbürgerschaft ist Voraussetzung.", "de"), flagged("nationality-coded", "concern")
)

# ---------------------------------------------------------------- answers
N = "answers"


def at_most(n: int, flag: bool = False) -> Callable[[Any], tuple[bool, str]]:
    def chk(a: Any) -> tuple[bool, str]:
        ok = a.suggested_rating is not None and a.suggested_rating <= n and (a.red_flag or not flag)
        return ok, f"rating={a.suggested_rating} red={a.red_flag} {a.counts()}"

    return chk


def at_least(n: int) -> Callable[[Any], tuple[bool, str]]:
    def chk(a: Any) -> tuple[bool, str]:
        ok = a.suggested_rating is not None and a.suggested_rating >= n
        return ok, f"rating={a.suggested_rating} {a.counts()}"

    return chk


for s in (
    "We'd like to improve the gender balance eventually, perhaps next year.",
    "Hopefully we can look at the pay gap at some point.",
    "We might hire a few more women engineers in 2027, fingers crossed.",
    "Ideally we would publish salary bands one day.",
):
    ans(N, s, at_most(2))
for s in (
    "Wir hoffen, nächstes Jahr vielleicht mehr Frauen einzustellen.",
    "Eventuell schauen wir uns die Gehälter irgendwann mal an.",
):
    ans(N, s, at_most(2))
for s in (
    "Everyone is welcome here, we are like a family.",
    "We value diversity and respect everyone equally.",
    "Our culture is really inclusive and people love working here.",
    "Bei uns zählt nur die Leistung, wir sind ein tolles Team.",
    "Wir leben Vielfalt und eine offene Kultur.",
):
    ans(N, s, at_most(2))
for s in (
    "Next year we are going to introduce a pay audit.",
    "We will set up a returnship programme in 2027.",
    "We plan to launch a women in data network this autumn.",
    "Im nächsten Jahr wollen wir ein Mentoring-Programm starten.",
    "Wir werden 2027 eine Gehaltsanalyse einführen.",
):
    ans(N, s, at_most(3))
for s in (
    "We have an inclusion committee, a women's network and a code of conduct.",
    "There is a diversity working group and an anti-harassment policy.",
    "Wir haben einen Diversity-Beirat und eine Antidiskriminierungsrichtlinie.",
    "We have an ERG for LGBTQ+ staff and an accessibility guild.",
):
    ans(N, s, at_most(3))
for s in (
    "We had a returnship programme but it was cancelled last year and never replaced.",
    "The ERG fizzled out after the founder left.",
    "Pay audits were dropped in 2023 when the budget was cut.",
    "Das Mentoring wurde eingestellt, als die Sponsorin ging; seitdem gibt es nichts.",
    "Die Frauen-AG ist eingeschlafen, niemand kümmert sich mehr darum.",
):
    ans(N, s, at_most(2, flag=True))
for s in (
    "Since 2022 every salary band is published internally; HR reviews the gap each March and closed it from 9% to 3%.",
    "All interview panels include at least two people, and we have used structured scorecards since January 2023; 41% of last year's hires were women.",
    "Our Head of People owns the annual pay audit; the last one in May 2025 found a 4% gap, which we closed with 12 adjustments.",
    "Frau Weber verantwortet seit 2021 das jährliche Gehaltsaudit; die Lücke sank von 8 % auf 2 %.",
    "Seit März 2024 hat jede Bewerbung zwei anonymisierte Prüfungen; der Frauenanteil bei Neueinstellungen stieg von 22 % auf 35 %.",
):
    ans(N, s, at_least(4))

# ---------------------------------------------------------------- findings: levels, low confidence
F = "findings"


def invariant(r: AdReport) -> tuple[bool, str]:
    bad = [
        (f.check, f.level.value, f.confidence)
        for f in r.findings
        if f.level.value not in ("concern", "gap", "info", "positive")
        or (f.confidence == "low" and not f.doubt)
    ]
    return not bad, f"{bad}"


def level_of(check: str, level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [f for f in r.findings if f.check == check]
        return bool(fs) and all(
            f.level.value == level for f in fs
        ), f"{[(f.level.value, f.title[:50]) for f in fs]}"

    return chk


case(F, ad("Salary: $95,000 - $115,000 per year."), level_of("salary", "positive"))
case(F, ad("We offer a competitive salary."), level_of("salary", "gap"))
case(F, ad("Must be a US citizen."), invariant)
case(F, ad("Remote-first."), level_of("remote", "info"))
case(F, ad("Compensation: 140,000-160,000"), invariant)

# ---------------------------------------------------------------- suggestions
S = "suggestions"
BANK = load()
BY_ID = {q.id: q for q in BANK.questions}


def tags_of(r: AdReport, check: str) -> set[str]:
    attach_questions(r, BANK)
    return {
        t for f in r.findings if f.check == check for q in f.question_ids for t in BY_ID[q].tags
    }


def q_has(check: str, want: set[str], never: set[str] = frozenset()) -> Check:  # type: ignore[assignment]
    def chk(r: AdReport) -> tuple[bool, str]:
        t = tags_of(r, check)
        return want <= t and not (never & t), f"tags={sorted(t)}"

    return chk


case(
    S,
    ad("A full UK driving licence is essential for site visits."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S,
    ad("Führerschein Klasse B ist Pflicht.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S,
    ad("We work hard and party harder - Friday beers are sacred."),
    q_has("bro-culture", {"drinking-culture"}),
)
case(S, ad("Must be a US citizen."), q_has("nationality-coded", set(), {"screen-reader"}))

# ---------------------------------------------------------------- hostile
H = "hostile"


def ran(r: AdReport) -> tuple[bool, str]:
    return True, ""


for t in (
    "# Data Analyst\n\n## Requirements\n\n## Benefits\n\n## About us\n",
    "Requirements\nNice to have\nBenefits\n" * 20,
    "# Analyst\n" + ("word " * 5000) + "\n" + FILL_EN,
    "x" * 20000 + "\n" + FILL_EN,
    ad("Salary: $90\u00a0000\u2009–\u2009$110\u00a0000 per year"),
    ad(
        "Salary: \uff19\uff10,\uff10\uff10\uff10 - \uff11\uff11\uff10,\uff10\uff10\uff10 USD per year"
    ),
    ad("Sal\u200bary: $9\u200b0,000 per year. Re\u200bquire\u200bments\n- SQL"),
    ad("\U0001f680 Python\n\U0001f4a1 SQL\n\u2705 Remote\n\U0001f4b0 $80k-$100k"),
    ad("<p>Salary: <b>$80,000</b> &ndash; $90,000 per year</p><ul><li>SQL</li></ul>&nbsp;"),
    "Data Engineer (m/w/d)\nWe are hiring. Wir suchen dich! Gehalt 60.000 € / year, remote möglich. "
    + FILL_EN
    + FILL_DE,
    ad("| a | b |\n|---|---|\n" + "| x | y |\n" * 300),
    ad("- \n- \n- \n* \n+ \n1. \n"),
    ad("Salary: $" + "9" * 400),
    ad("Salary: 1e9 - 2e9"),
    "\u202e\u202dData\u200dAnalyst\ufeff\n" + FILL_EN,
):
    case(H, t, ran)
# values under odd Unicode
case(
    H, ad("Salary: $90\u00a0000\u2009–\u2009$110\u00a0000 per year"), pay_is(90000, 110000, "year")
)
case(
    H,
    ad(
        "Salary: \uff19\uff10,\uff10\uff10\uff10 - \uff11\uff11\uff10,\uff10\uff10\uff10 USD per year"
    ),
    pay_is(90000, 110000, "year"),
)
case(H, ad("<p>Salary: <b>$80,000</b> &ndash; $90,000 per year</p>"), pay_is(80000, 90000, "year"))
case(H, ad("\U0001f4b0 Salary: $80k–$100k per year"), pay_is(80000, 100000, "year"))
case(
    H,
    ad("Requirements\n\U0001f539 SQL\n\U0001f539 Python\n\U0001f539 Statistics\n", reqs=False),
    must(3),
)
case(H, ad("Requirements\n\u2022 SQL\n\u2022 Python\n\u2022 Statistics\n", reqs=False), must(3))


# ================================================================ second batch: harder shapes
case(P, ad("Salary: 90.000,00 € - 110.000,00 € gross per year"), pay_is(90000, 110000, "year"))
case(P, ad("$45/hr - $55/hr, W2"), pay_is(45, 55, "hour"))
case(P, ad("Stundenlohn: 18,50 € brutto", "de"), pay_is(18.5, 18.5, "hour"))
case(P, ad("Day rate: £400 - £500 per day (outside IR35)"), pay_is(400, 500, "day"))
case(P, ad("Pay: $6,500/month"), pay_is(6500, 6500, "month"))
case(
    P,
    ad("Compensation Range: $150,000.00 - $180,000.00 USD Annual"),
    pay_is(150000, 180000, "year"),
)
case(
    P,
    ad("The starting salary is $75,000. Employees are eligible for a $2,000 annual bonus."),
    pay_is(75000, 75000),
)
case(P, ad("Salary Grade 7: £32,982 - £38,205 per annum"), pay_is(32982, 38205, "year"))
case(
    P,
    ad("Bis zu 70.000 € Jahresgehalt.", "de"),
    pay_is(None, 70000, "year")
    if False
    else (
        lambda r: (
            r.pay.maximum == 70000 and r.pay.period == "year",
            f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period})",
        )
    ),
)
case(
    P,
    ad("Gehalt ab 55.000 € brutto p.a.", "de"),
    lambda r: (
        r.pay.minimum == 55000 and r.pay.period == "year",
        f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period})",
    ),
)
case(P, ad("Mon–Fri, 10 am – 6 pm; we pay $22 an hour."), pay_is(22, 22, "hour"))
case(
    P,
    ad("The office is open until 6pm.\nSalary: $60,000"),
    lambda r: (
        r.pay.minimum == 60000 and r.pay.period != "month",
        f"pay=({r.pay.minimum},{r.pay.period})",
    ),
)
case(P, ad("We raised $25M in our Series B and serve 3,000 customers."), no_pay)
case(P, ad("You will manage a portfolio of €500 million."), no_pay)
case(P, ad("Tuition reimbursement up to $5,250 per year."), no_pay)
case(P, ad("Sign-on-Bonus: 5.000 € brutto.", "de"), no_pay)
case(P, ad("Benefits valued at $15,000 per year on top."), no_pay)
case(P, ad("Relocation assistance up to $10k."), no_pay)
case(P, ad("Car allowance £5,000 per annum."), no_pay)
case(P, ad("Equity grant worth $40,000 vesting over four years."), no_pay)
case(P, ad("Salary Range Minimum: 85,000\nSalary Range Maximum: 105,000"), pay_is(85000, 105000))
case(P, ad("Min: $40/hour\nMax: $50/hour"), pay_is(40, 50, "hour"))
case(P, ad("Starting at: $90,000\nUp to: $120,000"), pay_is(90000, 120000))
case(P, ad("Mindestgehalt: 50.000 €\nHöchstgehalt: 62.000 €", "de"), pay_is(50000, 62000))
case(P, ad("Gehalt (min.): 48.000 EUR\nGehalt (max.): 58.000 EUR", "de"), pay_is(48000, 58000))
case(P, ad("Pay: €75,000–€60,000"), pay_is(60000, 75000))
case(P, ad("$50 - $40 per hour"), pay_is(40, 50, "hour"))
case(P, ad("Gehalt: 70.000 - 58.000 € im Jahr", "de"), pay_is(58000, 70000, "year"))
case(
    P,
    ad("The hourly rate is $40 to $48, or $83,200 to $99,840 annually."),
    has_figs((40, "hour"), (83200, "year")),
)
case(
    P, ad("Stundensatz 25 € (ca. 52.000 € im Jahr).", "de"), has_figs((25, "hour"), (52000, "year"))
)
case(
    P,
    ad("Das Jahresgehalt liegt zwischen 70 und 80 Tsd. Euro.", "de"),
    pay_is(70000, 80000, "year"),
)
case(P, ad("Gehalt zwischen 65k und 75k €.", "de"), pay_is(65000, 75000))
case(P, ad("Wir zahlen von 3.800 € bis 4.400 € im Monat.", "de"), pay_is(3800, 4400, "month"))
case(P, ad("Vergütung: zwischen 55.000 € und 62.000 €", "de"), pay_is(55000, 62000))

case(
    R,
    ad(
        "Manage stakeholder expectations; keep overhead low; grow headcount.\n5+ years of experience.",
        title="Senior Data Engineer",
    ),
    yrs_senior,
)
case(
    R,
    ad("Internet-scale systems and internationally distributed teams.", title="Principal Engineer"),
    senior_not("intern", "junior"),
)
case(
    R,
    ad("You will coach interns.", title="Sr. Data Scientist"),
    lambda r: (r.seniority == "senior", f"seniority={r.seniority}"),
)
case(
    R,
    ad("Learn from senior colleagues.", title="Jr. Data Analyst"),
    lambda r: (r.seniority == "junior", f"seniority={r.seniority}"),
)
case(
    R,
    ad("Unterstütze unser Team.", "de", title="Werkstudent Data Analytics (m/w/d)"),
    lambda r: (r.seniority in ("intern", "junior"), f"seniority={r.seniority}"),
)
case(
    R,
    ad("We are an early-stage company.\n5+ years of experience.", title="Data Scientist"),
    senior_not("intern"),
)
case(
    R,
    ad("Become a leading expert in forecasting.\n2+ years of experience.", title="Data Analyst"),
    senior_not("lead", "senior"),
)
for h in (
    "The Role",
    "What you'll work on",
    "In this role, you will:",
    "Your mission",
    "Day to Day",
):
    case(R, ad(DUTY.format(h=h)), must(3))
for h in ("Deine Rolle", "Tätigkeiten", "Ihr Aufgabengebiet", "Was du bewegst"):
    case(R, ad(DUTY.format(h=h), "de"), must(3))
for h in (
    "**Requirements:**",
    "What we're looking for",
    "What we need from you",
    "About you",
    "You have:",
    "Required:",
    "Must-haves",
    "Minimum requirements",
    "Your Skills",
):
    case(R, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "Was wir erwarten",
    "Voraussetzungen",
    "Qualifikationen",
    "Was Sie mitbringen",
    "Das zeichnet dich aus",
    "Dein Skillset",
):
    case(R, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
for h in ("Preferred:", "Even better if you have", "It would be great if you", "Plus:", "Bonus"):
    case(R, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Idealerweise", "Ein Plus sind", "Schön wäre"):
    case(R, ad_de_after_reqs(NICE, h), must(3))
for h in ("What you get", "Benefits & Perks", "Why you'll love working here", "We offer:"):
    case(R, ad(BEN.format(h=h), reqs=False), must(3))
for h in (
    "Deine Vorteile",
    "Unsere Leistungen",
    "Darauf kannst du dich freuen",
    "Was dich bei uns erwartet",
):
    case(R, ad_de_after_reqs(BEN, h), must(3))
case(R, ad("Requirements\n1. SQL\n2. Python\n3. Statistics\n", reqs=False), must(3))
case(R, ad("Requirements\n* SQL\n* Python\n* Statistics\n", reqs=False), must(3))
case(
    R, ad("| Requirements |\n|---|\n| SQL |\n| Python |\n| Statistics |\n", reqs=False), must(3, 1)
)
case(
    R,
    ad(
        "Requirements\n- SQL\n- Knowledge of two or more of: Java, Go, Rust, C++, Kotlin, Scala, PHP, Ruby",
        reqs=False,
    ),
    few_tools,
)
case(
    R,
    ad(
        "Requirements\n- Either Java or Kotlin or Scala or Go or Rust or C# or C++ or Swift",
        reqs=False,
    ),
    few_tools,
)

for s in (
    "We make data-driven decisions.",
    "Compute confidence intervals and run A/B tests.",
    "Childcare vouchers and parental leave.",
    "You will present to the risk committee.",
    "You will model yield curves.",
    "Experience with SharePoint; you will track market share.",
    "Experience with Salesforce and workforce planning.",
    "You will help grow headcount at our headquarters.",
    "This is an individual contributor role.",
    "Experience with Active Directory.",
    "Core competencies: SQL and Python.",
    "You will handle confidential data.",
    "You will write business logic in Python.",
    "You will determine root causes of incidents.",
    "You will apply principles of software design.",
):
    case(G, ad(s), no_gender)
for s in (
    "Führerschein Klasse B erforderlich.",
    "Du berichtest an die Führungsebene.",
    "Kundenbetreuung und Support gehören dazu.",
    "Wir sichern uns so einen Wettbewerbsvorteil.",
    "Du unterstützt Entscheidungsträger mit Analysen.",
):
    case(G, ad(s, "de"), no_gender)

case(A, ad("Location: Remote (US)"), arr("remote"))
case(A, ad("Location: London (hybrid)"), arr("hybrid"))
case(A, ad("This position is not eligible for remote work."), arr("onsite"))
case(A, ad("Remote work is not available for this role."), arr("onsite"))
case(A, ad("In-person, five days a week at our Denver office."), arr("onsite"))
case(A, ad("Hybrid: four days a week on site."), arr("hybrid", 4))
case(A, ad("Hybrid, 1 day per week in the office."), arr("hybrid", 1))
case(A, ad("Kein Homeoffice möglich.", "de"), arr("onsite"))
case(A, ad("Homeoffice ist bei dieser Stelle leider nicht möglich.", "de"), arr("onsite"))
case(A, ad("Homeoffice an 2 Tagen pro Woche.", "de"), arr("hybrid"))
case(A, ad("Work from home, anywhere in Canada."), arr("remote"))
case(A, ad("Hybrid – 3 Tage im Büro, 2 Tage remote.", "de"), arr("hybrid", 3))

case(L, ad("Fluency in English and German."), langs(English=True, German=True))
case(
    L,
    ad("German skills (B2+) are required; knowledge of Polish is a plus."),
    langs(German=True, Polish=False),
)
case(L, ad("Gute Deutsch- und Englischkenntnisse.", "de"), langs(German=True, English=True))
case(L, ad("Englisch fließend in Wort und Schrift.", "de"), langs(English=True))
case(
    L,
    ad(
        "Requirements\n- SQL\n- Python\n- Fluent English\nNice to have\n- German\n- Docker\n",
        reqs=False,
    ),
    langs(English=True, German=False),
)
case(
    L,
    ad("Fluent English; German is not required."),
    lambda r: (
        all(x.language != "German" or not x.required for x in r.language_requirements),
        f"{[(x.language, x.required, x.implied) for x in r.language_requirements]}",
    ),
)
case(L, ad("Native or near-native French."), native)
case(L, ad("Deutsch auf muttersprachlichem Niveau.", "de"), native)
case(L, ad("Englisch auf Native-Speaker-Niveau.", "de"), native)

case(X, ad("Max. 35 Jahre alt.", "de"), flagged("age-coded"))
case(X, ad("Ideal candidates are aged 25-35."), flagged("age-coded"))
case(X, ad("Perfect for young professionals."), flagged("age-coded"))
case(X, ad("Fresh graduates only."), flagged("age-coded"))
case(X, ad("Join our young, dynamic team."), flagged("age-coded"))
case(X, ad("Ein junges und dynamisches Team wartet.", "de"), flagged("age-coded"))
case(X, ad("You must be able to stand 8 hours a day."), flagged("ability-coded"))
case(X, ad("Must lift up to 25 kg."), flagged("ability-coded"))
case(X, ad("Excellent eyesight and physically fit."), flagged("ability-coded"))
case(X, ad("Körperlich fit und gute Sehkraft.", "de"), flagged("ability-coded"))
case(
    X,
    ad("Must lift 50 lbs and stand for long periods.", title="Warehouse Associate"),
    not_flagged("ability-coded"),
)
case(
    X,
    ad("Heben von Patienten gehört zum Alltag.", "de", title="Pflegefachkraft (m/w/d)"),
    not_flagged("ability-coded"),
)
case(X, ad("Only EU citizens may apply."), flagged("nationality-coded", "concern"))
case(X, ad("You must be a citizen of Canada."), flagged("nationality-coded", "concern"))
case(X, ad("Active security clearance required."), flagged("nationality-coded", "concern"))
case(
    X,
    ad("Staatsangehörigkeit eines EU-Mitgliedstaates erforderlich.", "de"),
    flagged("nationality-coded", "concern"),
)

for s in (
    "Maybe, if budget allows, we will run unconscious bias training.",
    "I think we're pretty good on this, probably.",
):
    ans(N, s, at_most(2))
for s in ("Vielleicht, mal sehen.", "Wir würden gern irgendwann Gehaltsbänder veröffentlichen."):
    ans(N, s, at_most(2))
for s in (
    "We hire the best person for the job, regardless of background.",
    "We don't see gender here.",
    "Unsere Türen stehen immer offen.",
    "We have a flat hierarchy and great vibes.",
):
    ans(N, s, at_most(2))
for s in (
    "From 2027 on, all managers will get bias training.",
    "We are about to roll out salary bands.",
    "Ab nächstem Jahr wird es Gehaltsbänder geben.",
):
    ans(N, s, at_most(3))
for s in (
    "We have a Chief Diversity Officer and a DEI taskforce.",
    "Es gibt eine Gleichstellungsbeauftragte und einen Diversity-Rat.",
    "There's a women in tech group and a parental leave policy.",
):
    ans(N, s, at_most(3))
for s in (
    "We tried blind CV screening but gave up after two months.",
    "The women's network dissolved in 2022.",
    "Die Gehaltsanalyse wurde 2023 gestrichen.",
    "Nobody owns it since the HR lead quit.",
):
    ans(N, s, at_most(2, flag=True))
for s in (
    "We publish pay bands on every job ad since 2023 and 100% of offers fall within the band.",
    "Every promotion case is reviewed by a panel of three, including one person from outside the team; we track outcomes by gender each quarter.",
    "Unser Betriebsrat prüft seit 2020 jede Eingruppierung; 2024 wurden 14 Fälle korrigiert.",
    "In 2024 we paid 37 employees a total of €48,000 to close unexplained gaps.",
):
    ans(N, s, at_least(4))

case(F, ad("Gehalt: 55.000 - 65.000 € brutto im Jahr", "de"), level_of("salary", "positive"))
case(F, ad("Wettbewerbsfähige Vergütung.", "de"), level_of("salary", "gap"))
case(F, ad("Only EU citizens may apply."), invariant)
case(F, ad("Salary: 100-120k"), invariant)
case(F, ad("Join our young and dynamic team. Must lift 50 lbs."), invariant)
case(
    S,
    ad("Valid driver's license and reliable transportation required."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S,
    ad("Work hard, play hard!"),
    q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
)
case(S, ad("Wir arbeiten hart und feiern hart.", "de"), q_has("bro-culture", {"drinking-culture"}))


# ================================================================ third batch
for s in (
    "You will estimate models with independent variables and fixed effects.",
    "We are committed to diversity and equal opportunity.",
    "Experience with responsive web design.",
    "You will handle sensitive data under GDPR.",
    "You will work with all kinds of data.",
    "You will run our customer loyalty programme.",
    "You will own lead nurturing campaigns.",
    "Experience with Kafka Connect and connected devices.",
    "You will manage dependencies and dependency upgrades.",
    "You will contribute to the open-source community.",
    "You will drive adoption of our data platform.",
):
    case(G, ad(s), no_gender)
for s in (
    "Du verantwortest die Durchsetzung von Sicherheitsrichtlinien.",
    "Du leistest Unterstützung bei der Migration unserer Datenbanken.",
    "Wir behaupten uns im Wettbewerb mit großen Anbietern.",
    "Du sorgst für eine unabhängige Prüfung der Modelle.",
):
    case(G, ad(s, "de"), no_gender)
case(G, ad("You are a dominant, forceful and self-reliant leader."), masc)
case(G, ad("Sie sind einfühlsam, hilfsbereit und teamorientiert.", "de"), fem)

for s in (
    "We don't track that.",
    "You'd have to ask HR about that.",
    "Wir messen das nicht.",
    "Dazu kann ich nichts sagen, fragen Sie die Personalabteilung.",
):
    ans(N, s, at_most(2))
for s in (
    "Managers have had to complete a two-hour structured interviewing course since 2022; 96% have done it.",
    "Seit 2023 veröffentlichen wir Gehaltsbänder in jeder Stellenanzeige; 100 % der Angebote liegen im Band.",
):
    ans(N, s, at_least(4))


def pay_doubt(r: AdReport) -> tuple[bool, str]:
    fs = [f for f in r.findings if f.check == "salary"]
    said = any(
        f.confidence == "low"
        or "guess" in (f.title + f.why + f.doubt).lower()
        or "taken from" in (f.title + f.why).lower()
        or "not written" in (f.title + f.why).lower()
        for f in fs
    )
    return said, f"{[(f.level.value, f.confidence, f.title[:70], f.doubt[:60]) for f in fs]}"


case(F, ad("Compensation: 140,000-160,000"), pay_doubt)
case(F, ad("Salary: 60.000 - 70.000 im Jahr", "de"), pay_doubt)
case(
    L,
    ad("Deutschkenntnisse sind ein Plus, Englisch ist Pflicht.", "de"),
    langs(English=True, German=False),
)
case(
    L,
    ad("Good command of English (spoken and written); basic Swedish helps."),
    langs(English=True, Swedish=False),
)
case(
    A,
    ad("Location: Berlin / Remote"),
    arr("hybrid")
    if False
    else (lambda r: (r.work_arrangement in ("remote", "hybrid"), f"arr={r.work_arrangement}")),
)
case(A, ad("You will be based at our office in Leeds."), arr("onsite"))
case(A, ad("Flexible hybrid model: 60% in the office."), arr("hybrid", 3))
case(A, ad("Arbeitsort: München (Homeoffice möglich)", "de"), arr("hybrid"))


# ================================================================ fourth batch: written after the fixes, run once
P4, R4, G4, A4, L4, X4, N4 = (c + " (4th)" for c in (P, R, G, A, L, X, N))
case(P4, ad("Doors open 7am; last shift finishes 10pm. Annual bonus target: 15%."), no_pay)
case(P4, ad("We manage $3.2bn in assets for 40,000 clients."), no_pay)
case(P4, ad("Weiterbildungsbudget von 2.000 € pro Jahr.", "de"), no_pay)
case(P4, ad("**Salary**\n€58,000 – €66,000 gross per year"), pay_is(58000, 66000, "year"))
case(P4, ad("Base salary range: 110K–130K USD"), pay_is(110000, 130000))
case(P4, ad("Pay: 65,000 to 78,000 (depending on experience)"), pay_is(65000, 78000))
case(P4, ad("Salary: $140,000 - $118,000 per year"), pay_is(118000, 140000, "year"))
case(P4, ad("Lowest salary: £41,000\nHighest salary: £47,500"), pay_is(41000, 47500))
case(
    P4,
    ad("The rate is $35/hour, or roughly $72,800 a year."),
    has_figs((35, "hour"), (72800, "year")),
)
case(
    P4,
    ad("Das Gehalt liegt zwischen 4.800 € und 5.600 € brutto monatlich.", "de"),
    pay_is(4800, 5600, "month"),
)
case(P4, ad("Wir bieten von 72.000 bis 84.000 € im Jahr.", "de"), pay_is(72000, 84000, "year"))
case(P4, ad("Gehalt: 62.000 € - 54.000 € p.a.", "de"), pay_is(54000, 62000, "year"))
case(
    R4,
    ad(
        "We back late-stage and growth-stage companies.\n9+ years of experience.",
        title="Lead Data Scientist",
    ),
    senior_not("intern", "junior"),
)
case(
    R4,
    ad(
        "Work closely with our internship programme coordinators.\n6+ years.",
        title="Senior Analyst",
    ),
    senior_not("intern"),
)
case(R4, ad(DUTY.format(h="Responsibilities include"), "en"), must(3))
case(R4, ad(DUTY.format(h="Deine Mission"), "de"), must(3))
case(R4, ad(REQ_BODY.format(h="What you'll need"), reqs=False), must(4, 1))
case(R4, ad(REQ_BODY.format(h="Your experience & skills"), reqs=False), must(4, 1))
case(R4, ad(REQ_BODY.format(h="Deine Kenntnisse"), "de", reqs=False), must(4, 1))
case(R4, ad(NICE.format(h="Nice-to-haves"), reqs=False), must(3))
case(R4, ad(NICE.format(h="Bonus if you have"), reqs=False), must(3))
case(R4, ad(NICE.format(h="Extra points for"), reqs=False), must(3))
case(R4, ad_de_after_reqs(NICE, "Gern gesehen"), must(3))
case(R4, ad(BEN.format(h="Benefits"), reqs=False), must(3))
case(R4, ad_de_after_reqs(BEN, "Was wir dir bieten"), must(3))
case(R4, ad_de_after_reqs(BEN, "Unser Angebot an dich"), must(3))
case(
    R4,
    ad(
        "Requirements\n- SQL\n- Hands-on experience with one or more of: Airflow, Dagster, Prefect, Luigi, Argo, Kubeflow, Mage, Kestra",
        reqs=False,
    ),
    few_tools,
)
for s in (
    "You will provide support to the finance team.",
    "We are a leader in logistics software.",
    "Our Head of Data leads a team of twelve.",
    "Competitive salary and pension.",
    "Reliable, independent data pipelines are key.",
    "You will analyse customer support tickets.",
):
    case(G4, ad(s), no_gender)
for s in ("Wir zahlen ein wettbewerbsfähiges Gehalt.", "Du bist Teil unseres Support-Teams."):
    case(G4, ad(s, "de"), no_gender)
case(G4, ad("We need a confident, decisive and competitive self-starter."), masc)
case(A4, ad("Hybrid (3 days in office, 2 from home)."), arr("hybrid", 3))
case(A4, ad("Location: fully remote within Germany."), arr("remote"))
case(A4, ad("This role is 100% office-based in Milan."), arr("onsite"))
case(A4, ad("Remote work is not possible for this position."), arr("onsite"))
case(A4, ad("Homeoffice: nach Abstimmung mit dem Team möglich.", "de"), arr("hybrid"))
case(A4, ad("2 Tage Homeoffice pro Woche möglich.", "de"), arr("hybrid", 3))
case(A4, ad("Wir arbeiten vollständig vor Ort in Stuttgart.", "de"), arr("onsite"))
case(A4, ad("In the office four days a week; Fridays from home."), arr("hybrid", 4))
case(L4, ad("English (C1) is required; Dutch is a nice extra."), langs(English=True, Dutch=False))
case(L4, ad("Deutsch fließend (mind. C1), Englisch gut.", "de"), langs(German=True, English=True))
case(
    L4,
    ad("Knowledge of Italian is not necessary."),
    lambda r: (
        all(x.language != "Italian" or not x.required for x in r.language_requirements),
        f"{[(x.language, x.required) for x in r.language_requirements]}",
    ),
)
case(L4, ad("Deutsch als Muttersprache.", "de"), native)
case(L4, ad("You are a native German speaker."), native)
case(X4, ad("We're a young, ambitious crew."), flagged("age-coded"))
case(X4, ad("Ideal für junge Leute, die etwas bewegen wollen.", "de"), flagged("age-coded"))
case(X4, ad("Must be able to stand for the full 8-hour shift."), flagged("ability-coded"))
case(
    X4,
    ad("Applicants must be citizens of an EU member state."),
    flagged("nationality-coded", "concern"),
)
case(
    X4,
    ad("Sie besitzen die deutsche Staatsangehörigkeit.", "de"),
    flagged("nationality-coded", "concern"),
)
ans(N4, "Perhaps we'll look into that next quarter.", at_most(2))
ans(N4, "Wir sind da offen, jeder ist willkommen.", at_most(2))
ans(N4, "We are planning to introduce salary bands next year.", at_most(3))
ans(N4, "We have a DEI committee and a pride network.", at_most(3))
ans(
    N4, "The mentoring scheme was shut down in 2024 and nothing replaced it.", at_most(2, flag=True)
)
ans(N4, "Our returnship ran once in 2022 and was never repeated.", at_most(2, flag=True))
ans(N4, "Das Gleichstellungsgremium tagt seit 2023 nicht mehr.", at_most(2, flag=True))
ans(
    N4,
    "Since 2021 our CFO signs off every pay review; the gender gap fell from 11% to 4% by 2025.",
    at_least(4),
)
ans(
    N4,
    "Seit Januar 2023 bewerten zwei Personen jedes Interview mit einer festen Skala; 2024 waren 44 % der Einstellungen Frauen.",
    at_least(4),
)


# ================================================================ fifth batch: a second author's inputs
P5, R5, G5, A5, L5, X5, N5, F5, S5, H5 = (c + " (5th)" for c in (P, R, G, A, L, X, N, F, S, H))
# pay: times of day, bonuses and other money that is not pay
case(P5, ad("Office hours: 8.30am to 5.30pm. New starters receive a £2,000 welcome bonus."), no_pay)
case(P5, ad("Working hours 07:00–15:30. Retention bonus of $4,000 after 12 months."), no_pay)
case(
    P5, ad("Early shift starts at 6 AM, late shift ends at 2 PM. Holiday bonus: CHF 1,500."), no_pay
)
case(P5, ad("The team owns an annual cloud budget of €750,000."), no_pay)
case(P5, ad("Our clients generated $1.8 billion in sales last year."), no_pay)
case(P5, ad("Childcare allowance of up to €300 per month."), no_pay)
case(P5, ad("We cover up to $7,500 in moving costs."), no_pay)
case(
    P5,
    ad("Schichtbeginn 6 Uhr, Schichtende 14 Uhr. Einmalige Wechselprämie von 2.500 €.", "de"),
    no_pay,
)
case(P5, ad("Fahrtkostenzuschuss bis 50 € im Monat und ein Jobrad.", "de"), no_pay)
case(P5, ad("Spot awards of up to $1,000 and a yearly profit share."), no_pay)
# pay: other currencies and separators, bare amounts, ranges
case(P5, ad("Salary: 85.000 - 95.000 EUR per year"), pay_is(85000, 95000, "year"))
case(P5, ad("Salary: CHF 110'000 – 130'000 p.a."), pay_is(110000, 130000, "year"))
case(P5, ad("Gehalt: CHF 95'000 bis 115'000 brutto pro Jahr", "de"), pay_is(95000, 115000, "year"))
case(P5, ad("Salary: 120 000 - 140 000 per year"), pay_is(120000, 140000, "year"))
case(P5, ad("Pay: 30–34 USD/hour"), pay_is(30, 34, "hour"))
case(P5, ad("Salary band: 70k–85k GBP"), pay_is(70000, 85000))
case(P5, ad("Base: $150K - $125K"), pay_is(125000, 150000))
case(P5, ad("Remuneration: 62,000 – 71,000 per annum"), pay_is(62000, 71000, "year"))
case(P5, ad("Gehalt: 2.800 € – 3.400 € brutto/Monat", "de"), pay_is(2800, 3400, "month"))
case(
    P5, ad("Vergütung: 5.100,00 EUR bis 5.900,00 EUR monatlich", "de"), pay_is(5100, 5900, "month")
)
case(
    P5, ad("Jahresbruttogehalt zwischen 64 000 und 72 000 Euro", "de"), pay_is(64000, 72000, "year")
)
case(P5, ad("Salary from: $88,000\nSalary to: $102,000"), pay_is(88000, 102000))
case(
    P5,
    ad("Pay Range Low: 47.50 USD/hour\nPay Range High: 61.25 USD/hour"),
    pay_is(47.5, 61.25, "hour"),
)
case(P5, ad("Gehalt von: 52.000 €\nGehalt bis: 61.000 €", "de"), pay_is(52000, 61000))
case(
    P5,
    ad("Starting wage is $19.75/hour (about $41,000 annually)."),
    has_figs((19.75, "hour"), (41000, "year")),
)
case(
    P5,
    ad("Stundenlohn 21 €, das entspricht rund 43.000 € im Jahr.", "de"),
    has_figs((21, "hour"), (43000, "year")),
)
case(
    P5,
    ad("Hours: 9:00 a.m. – 5:30 p.m.\nSalary: $58,000"),
    lambda r: (
        r.pay.minimum == 58000 and r.pay.period != "month",
        f"pay=({r.pay.minimum},{r.pay.period})",
    ),
)
case(
    P5,
    ad("Salary: $64,000 per year. Team lunch every Friday at 1pm."),
    pay_is(64000, 64000, "year"),
)

# requirements (requs/reqnhs own these rules; listed here to be read)
case(
    R5,
    ad(
        "We work with mid-stage biotech firms.\n10+ years of experience.",
        title="Principal Data Scientist",
    ),
    senior_not("intern", "junior"),
)
case(
    R5,
    ad(
        "Experience with multi-stage pipelines and staged rollouts.\n5+ years.",
        title="Senior Data Engineer",
    ),
    senior_not("intern"),
)
for h in ("Your responsibilities", "What your day looks like", "Main Tasks", "Job Duties:"):
    case(R5, ad(DUTY.format(h=h)), must(3))
for h in ("Deine Tätigkeiten", "Ihr Aufgabengebiet"):
    case(R5, ad(DUTY.format(h=h), "de"), must(3))
for h in (
    "Required Qualifications & Experience",
    "Your profile",
    "Who we're looking for",
    "Essential criteria",
    "Qualifications",
):
    case(R5, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in ("Was Sie mitbringen", "Voraussetzungen"):
    case(R5, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
for h in (
    "Preferred Skills",
    "Desired Qualifications",
    "It's a plus if you have",
    "Even better if",
):
    case(R5, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Idealerweise", "Ein Plus sind"):
    case(R5, ad_de_after_reqs(NICE, h), must(3))
for h in ("What you get", "Our benefits", "Why you'll love working here"):
    case(R5, ad(BEN.format(h=h), reqs=False), must(3))
for h in ("Deine Vorteile", "Darauf kannst du dich freuen"):
    case(R5, ad_de_after_reqs(BEN, h), must(3))
case(
    R5,
    ad(
        "Requirements\n- Python\n- Experience with any two of the following: Snowflake, BigQuery, Redshift, Databricks, Synapse, ClickHouse, Druid, Pinot",
        reqs=False,
    ),
    few_tools,
)

# gender (gender3 owns these rules; listed here to be read)
for s in (
    "We provide IT support and desktop support to 2,000 staff.",
    "We are a global leader in cyber insurance.",
    "Reporting to the Lead Product Designer.",
    "You will track lead time and lead conversion.",
    "Competitive pay and a generous pension.",
    "Our trust and safety analysts review flagged content.",
    "You will design objective, reproducible benchmarks.",
    "Experience with independent component analysis.",
    "You will join as a Customer Support Analyst.",
):
    case(G5, ad(s), no_gender)
for s in (
    "Wettbewerbsfähige Bezahlung und betriebliche Altersvorsorge.",
    "Du arbeitest eng mit unserem Team Lead zusammen.",
    "Erfahrung mit Support Vector Machines.",
):
    case(G5, ad(s, "de"), no_gender)
case(G5, ad("We're after an aggressive, driven and self-confident go-getter."), masc)
case(G5, ad("We want someone warm, nurturing and compassionate."), fem)
case(G5, ad("Sie sind durchsetzungsfähig, ehrgeizig und entscheidungsfreudig.", "de"), masc)

# work arrangement and office days
case(A5, ad("Hybrid: 60% remote, 40% office."), arr("hybrid", 2))
case(A5, ad("You'll be in the office on Mondays, Wednesdays and Fridays."), arr("hybrid", 3))
case(A5, ad("Expect to be on site at least one day per week."), arr("hybrid", 1))
case(A5, ad("Working from home: up to 3 days a week."), arr("hybrid", 2))
case(A5, ad("This position is remote (US only)."), arr("remote"))
case(A5, ad("Fully in-office role, five days a week in Dublin."), arr("onsite"))
case(A5, ad("We do not offer remote work for this role."), arr("onsite"))
case(A5, ad("Homeoffice-Anteil bis zu 50 %.", "de"), arr("hybrid"))
case(A5, ad("Mobiles Arbeiten zu 40 % möglich.", "de"), arr("hybrid"))
case(A5, ad("Homeoffice nach Rücksprache mit der Führungskraft.", "de"), arr("hybrid"))
case(A5, ad("Präsenzpflicht Montag bis Donnerstag, freitags mobil.", "de"), arr("hybrid", 4))
case(A5, ad("Anwesenheit im Büro: Mo–Fr.", "de"), arr("onsite"))
case(A5, ad("1 Bürotag pro Woche.", "de"), arr("hybrid", 1))
case(A5, ad("An 3 Tagen pro Woche arbeitest du vor Ort.", "de"), arr("hybrid", 3))
case(A5, ad("100 % remote möglich.", "de"), arr("remote"))
case(A5, ad("Wir arbeiten ausschließlich im Büro.", "de"), arr("onsite"))

# languages: levels, required or a plus, native-speaker wording
case(
    L5,
    ad("Englisch (B2) erforderlich, Spanisch wünschenswert.", "de"),
    langs(English=True, Spanish=False),
)
case(L5, ad("Proficient English (C1) mandatory; German a plus."), langs(English=True, German=False))
case(
    L5,
    ad("Verhandlungssicheres Deutsch ist Pflicht, Englisch ist von Vorteil.", "de"),
    langs(German=True, English=False),
)
case(L5, ad("English at C2 level required, French optional."), langs(English=True, French=False))
case(
    L5,
    ad("Gute Englischkenntnisse (mind. B2) setzen wir voraus; Italienisch ist ein Plus.", "de"),
    langs(English=True, Italian=False),
)
case(L5, ad("Deutsch auf Muttersprachler-Niveau.", "de"), native)
case(L5, ad("Native-like command of English."), native)
case(L5, ad("English must be your first language."), native)
case(L5, ad("Deutsch als Erstsprache.", "de"), native)
case(L5, ad("Native Dutch speaker required."), native)

# exclusionary: age
for s, lang in (
    ("Ideal für junge Menschen, die durchstarten wollen.", "de"),
    ("Perfekt für junge Leute mit Ideen.", "de"),
    ("Wir suchen junge Talente mit frischen Ideen.", "de"),
    ("Junge Talente gesucht!", "de"),
    ("Perfekt für Berufseinsteiger unter 30.", "de"),
    ("Du bist jung und dynamisch?", "de"),
    ("Du bist jung, dynamisch und flexibel.", "de"),
    ("Jung, dynamisch, erfolgreich – das sind wir.", "de"),
    ("Wir suchen junge, motivierte Mitarbeiter.", "de"),
    ("Altersgrenze: 35 Jahre.", "de"),
    ("Idealalter 25–35 Jahre.", "de"),
    ("Young, energetic graduates wanted.", "en"),
    ("We're looking for a young and energetic analyst.", "en"),
    ("Digital natives welcome!", "en"),
    ("You're a digital native who lives on social media.", "en"),
    ("Recent graduate (within the last 2 years) required.", "en"),
    ("This role requires a recent college graduate.", "en"),
    ("Candidates should be recent graduates.", "en"),
    ("Applicants must be between 21 and 30 years old.", "en"),
    ("Great fit for a young go-getter.", "en"),
):
    case(X5, ad(s, lang), flagged("age-coded"))
for s, lang in (
    ("You will build apps used by young people aged 14–18.", "en"),
    ("Wir unterstützen junge Menschen beim Berufseinstieg.", "de"),
    ("Digital-native banks are our main clients.", "en"),
    ("Wir sind ein junges Unternehmen mit erfahrenen Kolleginnen und Kollegen.", "de"),
    ("Our young-adult fiction list is growing.", "en"),
):
    case(X5, ad(s, lang), not_flagged("age-coded"))
# exclusionary: ability
for s, lang in (
    ("Must be able to carry 20 kg boxes up stairs.", "en"),
    ("Must be able to sit for long periods.", "en"),
    ("Requires standing for most of the shift.", "en"),
    ("Perfect hearing and vision required.", "en"),
    ("Good physical fitness is essential.", "en"),
    ("Physically demanding role: lifting up to 23 kg.", "en"),
    ("Sie können schwere Lasten bis 20 kg heben.", "de"),
    ("Gute körperliche Verfassung vorausgesetzt.", "de"),
    ("Stehende Tätigkeit über den ganzen Tag.", "de"),
):
    case(X5, ad(s, lang), flagged("ability-coded"))
case(
    X5,
    ad("Heben bis 20 kg gehört dazu.", "de", title="Lagerhelfer (m/w/d)"),
    not_flagged("ability-coded"),
)
case(X5, ad("Must lift 40 lbs.", title="Retail Stocker"), not_flagged("ability-coded"))
case(
    X5,
    ad("Pakete bis 31,5 kg tragen.", "de", title="Paketzusteller (m/w/d)"),
    not_flagged("ability-coded"),
)
# exclusionary: nationality, neutral
for s, lang in (
    ("Must be a citizen of the United States.", "en"),
    ("Candidates must possess Australian citizenship.", "en"),
    ("Applicants must be EU nationals.", "en"),
    ("Nur Bewerber mit deutscher Staatsangehörigkeit.", "de"),
    ("Österreichische Staatsbürgerschaft erforderlich.", "de"),
):
    case(X5, ad(s, lang), flagged("nationality-coded", "concern"))

# answers
for s in (
    "We'd love to do more on diversity, it's definitely on our radar.",
    "Probably next year we might have a look at parental leave, not sure.",
    "I guess we could hire more women, hopefully soon.",
    "Wir würden gerne mehr tun, vielleicht im nächsten Jahr.",
    "We're one big happy family and everybody gets along.",
    "Our doors are always open and the vibe is amazing.",
    "Bei uns ist jeder willkommen, wir haben eine super Kultur.",
    "We treat everyone the same.",
):
    ans(N5, s, at_most(2))
for s in (
    "Starting next quarter we will roll out anonymised CVs.",
    "We intend to publish our gender pay gap in 2027.",
    "Geplant ist, 2027 einen Diversity-Bericht zu veröffentlichen.",
    "We're going to hire a DEI lead soon.",
    "We have a diversity board, an LGBTQ+ network and a parental leave policy.",
    "There's an inclusion task force and a D&I charter.",
    "Wir haben ein Frauennetzwerk, eine Inklusionsbeauftragte und eine Betriebsvereinbarung zu Diversity.",
):
    ans(N5, s, at_most(3))
for s in (
    "The women in tech network was disbanded last spring and nothing took its place.",
    "Our pay audit stopped after 2022; no one picked it up.",
    "The inclusion survey was discontinued when the people team shrank.",
    "Das Netzwerk für Eltern wurde 2024 aufgelöst und nicht ersetzt.",
    "Seit die Diversity-Managerin gegangen ist, kümmert sich niemand mehr darum.",
):
    ans(N5, s, at_most(2, flag=True))
for s in (
    "Since 2022 our COO reviews every promotion decision; women's promotion rate rose from 12% to 19% in 2024.",
    "Every role has a published salary band since April 2023, and our median gender pay gap was 2.1% in the 2025 report.",
    "Seit 2022 gibt es anonymisierte Lebensläufe; der Anteil der Frauen unter den Eingeladenen stieg von 18 % auf 31 %.",
    "Our parental leave has been 20 weeks fully paid since 2021; 14 fathers took it last year.",
):
    ans(N5, s, at_least(4))

# findings: levels and confidence
case(F5, ad("Salary: CHF 110'000 – 130'000 p.a."), level_of("salary", "positive"))
case(F5, ad("Attractive remuneration package."), level_of("salary", "gap"))
case(F5, ad("Salary: 85-95k"), pay_doubt)
case(F5, ad("Ein junges Team. Muttersprache Deutsch. Nur EU-Bürger.", "de"), invariant)

# suggestions
case(
    S5,
    ad("Must have own car and a valid driving licence."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S5,
    ad("Führerschein Klasse B und eigener PKW erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S5,
    ad("We work hard and play harder, with drinks every Thursday."),
    q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
)
case(
    S5,
    ad("Join our young and dynamic team!"),
    q_has("age-coded", {"age"}, {"screen-reader", "driving"}),
)
case(
    S5,
    ad("Ideal für junge Leute, die etwas bewegen wollen.", "de"),
    q_has("age-coded", {"age"}, {"screen-reader", "driving"}),
)
case(
    S5,
    ad("Native English speaker required."),
    q_has("nationality-coded", {"language"}, {"driving"}),
)

# hostile: odd Unicode, markup, very long lines
case(H5, ad("Salary: $85,000\u2013$95,000\u00a0per\u00a0year"), pay_is(85000, 95000, "year"))
case(H5, ad("Salary: \uff0485,000 \u2013 \uff0495,000 per year"), pay_is(85000, 95000, "year"))
case(
    H5,
    ad("<div><strong>Salary:</strong>&nbsp;$70,000&nbsp;&ndash;&nbsp;$80,000 per year</div>"),
    pay_is(70000, 80000, "year"),
)
case(H5, ad("| Salary | $70,000 - $80,000 per year |\n|---|---|"), pay_is(70000, 80000, "year"))
case(
    H5, ad("Ein jun\u00adges, dyna\u00admisches Team wartet auf dich.", "de"), flagged("age-coded")
)
case(H5, ad("\U0001f9d1\u200d\U0001f4bb Junges Team \U0001f680", "de"), flagged("age-coded"))
case(H5, ad("2 Tage pro Woche im Bu\u0308ro.", "de"), arr("hybrid", 2))
case(H5, ad("Requirements: " + ", ".join(f"tool{i}" for i in range(600))), ran)
case(H5, ad("Salary: $80,000" + " " * 10000 + "per year"), ran)
case(H5, ad("young " * 4000 + "team"), ran)
case(H5, ad("jung, " * 3000 + "Team", "de"), ran)
case(H5, ad("<ul><li>Requirements<ul><li>SQL</li><li>Python</li></ul></li></ul>"), ran)
case(H5, ad("Salary: -$5,000 - $10,000"), ran)
case(H5, ad("Must be a U\u200b.S\u200b. citizen."), flagged("nationality-coded", "concern"))

# ================================================================ sixth batch: redteam4's inputs
P6, R6, G6, A6, L6, X6 = (c + " (6th)" for c in (P, R, G, A, L, X))
# pay: not pay
case(P6, ad("Store opens 10 AM and closes 9 PM. Sign-on incentive: $2,500."), no_pay)
case(P6, ad("Shifts run 4pm-12am. A one-time hiring bonus of $3,500 applies."), no_pay)
case(P6, ad("Night shift 10 p.m. – 6 a.m.; shift differential paid."), no_pay)
case(P6, ad("Tuition reimbursement of up to $5,250 per year."), no_pay)
case(P6, ad("You will manage a P&L of £12m and a team budget of £900k."), no_pay)
case(P6, ad("We raised $45M in Series B funding last spring."), no_pay)
case(P6, ad("Wellness allowance: $100 per month."), no_pay)
case(
    P6,
    ad(
        "Kernarbeitszeit 9–15 Uhr. Weihnachtsgeld und ein Zuschuss zum Deutschlandticket von 49 € monatlich.",
        "de",
    ),
    no_pay,
)
case(P6, ad("Das Projektvolumen liegt bei 3 Mio. Euro.", "de"), no_pay)
case(P6, ad("Sign-on bonus: 10,000 USD. Equity grant worth $40,000."), no_pay)
# pay: found, right amount and period
case(P6, ad("Wage: 22.00 - 26.50 per hour"), pay_is(22, 26.5, "hour"))
case(P6, ad("Salary Range: 75,000 to 92,000 annually"), pay_is(75000, 92000, "year"))
case(P6, ad("SALARY: 65K - 80K"), pay_is(65000, 80000))
case(P6, ad("Starting salary: 54,000"), pay_is(54000, 54000))
case(P6, ad("Pay: €4,200 – €4,800 per month"), pay_is(4200, 4800, "month"))
case(P6, ad("Compensation: $180,000 - $145,000 base + equity"), pay_is(145000, 180000))
case(P6, ad("Salary: £32,500 pa"), pay_is(32500, 32500, "year"))
case(P6, ad("Salary: 48,000-56,000 GBP a year"), pay_is(48000, 56000, "year"))
case(P6, ad("Hourly: $17 – $21"), pay_is(17, 21, "hour"))
case(P6, ad("Pay rate: $28 an hour"), pay_is(28, 28, "hour"))
case(P6, ad("Salary: 3,900-4,400 EUR/month gross"), pay_is(3900, 4400, "month"))
case(P6, ad("Annual base salary range: USD 130K – 155K"), pay_is(130000, 155000, "year"))
case(P6, ad("Pay Range Minimum: 95,000\nPay Range Maximum: 118,000"), pay_is(95000, 118000))
case(P6, ad("Min. salary: €50,000\nMax. salary: €62,000"), pay_is(50000, 62000))
case(
    P6,
    ad("Das Jahresgehalt beträgt zwischen 58.000 und 66.000 Euro brutto.", "de"),
    pay_is(58000, 66000, "year"),
)
case(P6, ad("Wir bieten 4.100 bis 4.700 Euro brutto im Monat.", "de"), pay_is(4100, 4700, "month"))
case(
    P6,
    ad("Gehalt: ab 55.000 € brutto jährlich", "de"),
    lambda r: (
        r.pay.minimum == 55000 and r.pay.period == "year",
        f"pay=({r.pay.minimum},{r.pay.period})",
    ),
)
case(P6, ad("Vergütung: 70 – 80 T€ p.a.", "de"), pay_is(70000, 80000, "year"))
case(P6, ad("Jahresgehalt: 62k–70k EUR", "de"), pay_is(62000, 70000, "year"))
case(
    P6,
    ad("The rate is $24 per hour, which comes to about $50,000 a year."),
    has_figs((24, "hour"), (50000, "year")),
)
case(P6, ad("Pay is $31/hr ($64,480/yr)."), has_figs((31, "hour"), (64480, "year")))
case(P6, ad("Hours: 7am - 3pm\nPay: $19/hour"), pay_is(19, 19, "hour"))
# requirements: seniority from substrings
case(
    R6,
    ad(
        "We support first-stage and growth-stage founders.\n9+ years of experience.",
        title="Senior Product Analyst",
    ),
    senior_not("intern", "junior", "entry"),
)
case(
    R6,
    ad("Provide expert guidance on experimentation.", title="Data Analyst"),
    senior_not("lead", "expert", "principal"),
)
case(
    R6,
    ad("Experience with leading indicators and lead-lag models.", title="Economist"),
    senior_not("lead"),
)
case(
    R6,
    ad(
        "You will work in our headquarters and report to the head of analytics.",
        title="Data Analyst",
    ),
    senior_not("head", "director", "lead"),
)
case(
    R6,
    ad(
        "Internal tools, internationally distributed team.\n6+ years.",
        title="Senior Backend Engineer",
    ),
    senior_not("intern"),
)
case(
    R6,
    ad(
        "Arbeit in einem internationalen Team. Mindestens 7 Jahre Erfahrung.",
        "de",
        title="Senior Data Engineer (m/w/d)",
    ),
    senior_not("intern"),
)
case(
    R6,
    ad("Du arbeitest eng mit der Teamleitung zusammen.", "de", title="Data Analyst (m/w/d)"),
    senior_not("lead", "head"),
)
# duty headings
for h in (
    "ESSENTIAL DUTIES",
    "Essential Functions",
    "What You'll Do:",
    "## What you'll be doing",
    "Role Responsibilities",
    "Duties & Responsibilities",
    "**The role**",
    "In this role you will:",
):
    case(R6, ad(DUTY.format(h=h)), must(3))
for h in (
    "AUFGABEN",
    "## Aufgaben",
    "Deine Aufgaben:",
    "**Das erwartet dich**",
    "Ihre Verantwortung",
    "Dein Job",
):
    case(R6, ad(DUTY.format(h=h), "de"), must(3))
# requirement headings
for h in (
    "Qualifications & Education",
    "Required Skills",
    "Required Qualifications:",
    "QUALIFICATIONS",
    "## Requirements:",
    "**Required:**",
    "What we're looking for",
    "Must-Haves",
    "About you",
    "You have:",
    "Experience and skills required",
):
    case(R6, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "## Dein Profil",
    "Ihr Profil:",
    "PROFIL",
    "Was wir erwarten",
    "Das zeichnet dich aus",
    "Anforderungsprofil",
    "Das bringen Sie mit:",
):
    case(R6, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
# nice-to-have headings
for h in (
    "Desired Skills",
    "Preferred",
    "PREFERRED QUALIFICATIONS",
    "Nice-to-haves:",
    "## Bonus",
    "Additional preferred skills",
    "Plus:",
):
    case(R6, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Wünschenswert:", "Nice to have", "Optional", "Was ein Plus ist"):
    case(R6, ad_de_after_reqs(NICE, h), must(3))
# benefits headings
for h in (
    "Benefits",
    "What we offer",
    "BENEFITS:",
    "## What We Offer",
    "We offer",
    "Perks & Benefits",
    "What you'll get",
):
    case(R6, ad(BEN.format(h=h), reqs=False), must(3))
for h in (
    "Unser Angebot",
    "Konditionen",
    "Wir bieten dir:",
    "Benefits",
    "Was Sie erwartet",
    "Deine Benefits:",
):
    case(R6, ad_de_after_reqs(BEN, h), must(3))
# bullets of different kinds under a heading
for b in ("*", "+", "–", "·", "1."):
    case(R6, ad(f"Requirements\n{b} SQL\n{b} Python\n{b} Statistics\n", reqs=False), must(3))
case(
    R6,
    ad(
        "Requirements\n- SQL\n- Proficiency with one or more of the following: Airflow, Dagster, Prefect, Luigi, Argo, Kubeflow, Mage",
        reqs=False,
    ),
    few_tools,
)
case(
    R6,
    ad(
        "Anforderungen\n- Kenntnisse in einem oder mehreren der folgenden Tools: Tableau, Power BI, Looker, Qlik, Metabase, Superset",
        "de",
        reqs=False,
    ),
    few_tools,
)
# gender: non-traits
for s in (
    "Strong grasp of linear algebra and SQL.",
    "You will provide second-line support for our clients.",
    "We are a leader in renewable energy.",
    "We are hiring a Lead Analytics Engineer.",
    "Reports to the Team Lead, Data Platform.",
    "You will improve lead qualification and lead routing.",
    "We pay competitive wages and offer a generous bonus.",
    "Competitive base salary plus equity.",
    "Experience in trust and safety operations.",
    "You will build decision support systems for clinicians.",
    "Our objective is to make payments simple.",
    "You will support the finance team with month-end close.",
    "Knowledge of sensitivity analysis.",
    "Experience with competitive analysis and market research.",
    "Independent contractor position.",
):
    case(G6, ad(s), no_gender)
for s in (
    "Starkes Verständnis von Statistik.",
    "Du unterstützt das Team bei der Monatsabschlussarbeit.",
    "Wir sind ein führender Anbieter von Software.",
    "Attraktive und wettbewerbsfähige Vergütung.",
):
    case(G6, ad(s, "de"), no_gender)
case(G6, ad("You are competitive, dominant and self-reliant."), masc)
case(G6, ad("We want someone who is sympathetic, gentle and understanding."), fem)
# work arrangement
case(A6, ad("Homeoffice-Anteil 70 %", "de"), arr("hybrid"))
case(A6, ad("Bis zu 60 % mobiles Arbeiten möglich.", "de"), arr("hybrid"))
case(A6, ad("Mobiles Arbeiten nach Absprache.", "de"), arr("hybrid"))
case(A6, ad("Homeoffice nach Vereinbarung möglich.", "de"), arr("hybrid"))
case(A6, ad("Präsenz im Büro von Montag bis Freitag.", "de"), arr("onsite"))
case(A6, ad("Die Stelle erfordert Präsenz vor Ort (Mo–Fr).", "de"), arr("onsite"))
case(A6, ad("3 Tage pro Woche im Büro.", "de"), arr("hybrid", 3))
case(A6, ad("Zwei Tage pro Woche im Büro, der Rest mobil.", "de"), arr("hybrid", 2))
case(A6, ad("3 Bürotage pro Woche.", "de"), arr("hybrid", 3))
case(A6, ad("Wir erwarten 2 Präsenztage im Büro.", "de"), arr("hybrid", 2))
case(A6, ad("Mindestens ein Tag pro Woche im Office.", "de"), arr("hybrid", 1))
case(A6, ad("Hybrid role: 2 days per week in our London office."), arr("hybrid", 2))
case(A6, ad("In office 4 days/week."), arr("hybrid", 4))
case(A6, ad("Work from home up to 40% of the time."), arr("hybrid"))
case(A6, ad("This role is 100% on-site."), arr("onsite"))
case(A6, ad("Remote (anywhere in Canada)."), arr("remote"))
case(A6, ad("Three days a week on-site at our Boston lab."), arr("hybrid", 3))
# languages
case(
    L6,
    ad("Englisch (C1) zwingend, Französisch von Vorteil.", "de"),
    langs(English=True, French=False),
)
case(
    L6,
    ad("Deutsch (B2) zwingend erforderlich, Englisch wünschenswert.", "de"),
    langs(German=True, English=False),
)
case(
    L6,
    ad("Englisch fließend (Pflicht), Deutsch ein Plus.", "de"),
    langs(English=True, German=False),
)
case(
    L6,
    ad("Französisch C1 vorausgesetzt, Deutsch von Vorteil.", "de"),
    langs(French=True, German=False),
)
case(L6, ad("Fluent German required; English is an asset."), langs(German=True, English=False))
case(L6, ad("English (C1) is mandatory, Spanish a plus."), langs(English=True, Spanish=False))
case(L6, ad("Deutsch auf Muttersprachniveau.", "de"), native)
case(L6, ad("Deutschkenntnisse auf muttersprachlichem Niveau.", "de"), native)
case(L6, ad("Native-speaker level of German."), native)
case(L6, ad("German at native level."), native)
# exclusionary
for s, lang in (
    ("Wir sind ein jungen, dynamischen Team.", "de"),
    ("Verstärke unser junges, dynamisches Team!", "de"),
    ("In einem jungen, motivierten Team.", "de"),
    ("Du arbeitest in einem jungen und dynamischen Umfeld.", "de"),
    ("You'll join a youthful, energetic crew.", "en"),
):
    case(X6, ad(s, lang), flagged("age-coded"))
for s in (
    "Must be comfortable standing for prolonged periods.",
    "Ability to stand for long periods of time.",
    "Must be able to walk and stand for extended periods.",
    "Requires prolonged sitting and standing.",
):
    case(X6, ad(s, title="Financial Analyst"), flagged("ability-coded"))
for s, lang in (
    ("Must be a United States citizen.", "en"),
    ("U.S. citizenship required.", "en"),
    ("Applicants must be Canadian citizens.", "en"),
    ("Only UK nationals may apply.", "en"),
    ("Schweizer Staatsbürgerschaft zwingend.", "de"),
    ("Voraussetzung ist die deutsche Staatsbürgerschaft.", "de"),
):
    case(X6, ad(s, lang), flagged("nationality-coded", "concern"))

# sixth batch, second round: more headings, pay shapes and German arrangement
case(P6, ad("Salary: USD 92,000 - 104,000 per annum"), pay_is(92000, 104000, "year"))
case(P6, ad("Salary: 4.500 – 5.200 € brutto monatlich", "de"), pay_is(4500, 5200, "month"))
case(P6, ad("Pay: $2,000 - $2,400 biweekly"), pay_is(2000, 2400))
case(P6, ad("Compensation: $55 - $70 per hour (contract)"), pay_is(55, 70, "hour"))
case(P6, ad("The salary for this role is between $85,000 and $100,000."), pay_is(85000, 100000))
case(P6, ad("Salary between 40k and 45k per year."), pay_is(40000, 45000, "year"))
case(P6, ad("We pay £450 per day."), pay_is(450, 450, "day"))
case(P6, ad("Salary: CHF 9,000/month x 13"), pay_is(9000, 9000, "month"))
case(P6, ad("SALARY RANGE: $110K–$130K/YR"), pay_is(110000, 130000, "year"))
case(P6, ad("Pay: 25 €/Std.", "de"), pay_is(25, 25, "hour"))
case(P6, ad("Gehaltsrahmen: 60.000–70.000 € p. a.", "de"), pay_is(60000, 70000, "year"))
case(P6, ad("Brutto-Jahresgehalt: 48.000 € bis 54.000 €", "de"), pay_is(48000, 54000, "year"))
case(P6, ad("Salary: 72,000 USD - 64,000 USD"), pay_is(64000, 72000))
case(P6, ad("Meetings at 3pm. We also offer a signing bonus of up to £5,000."), no_pay)
case(P6, ad("Shift: 2pm-10pm. $1,000 retention bonus paid after 90 days."), no_pay)
case(P6, ad("Our office is open 8am-6pm; the parking permit costs $40 per month."), no_pay)
case(P6, ad("The fund has $3 billion under management."), no_pay)
case(P6, ad("Relocation assistance up to €8.000 und ein Bonus von 5.000 €.", "de"), no_pay)
case(P6, ad("Eine Antrittsprämie von 3.000 € zahlen wir zusätzlich.", "de"), no_pay)
case(P6, ad("Schicht: 14-22 Uhr. Schichtzulage 150 € pro Monat.", "de"), no_pay)
case(
    P6,
    ad("Pay: $18/hr weekdays, $22/hr weekends; roughly $40,000 per year full time."),
    has_figs((18, "hour"), (22, "hour"), (40000, "year")),
)
for h in (
    "Job Responsibilities:",
    "WHAT YOU WILL DO",
    "Your Mission",
    "Responsibilities include:",
    "Key Accountabilities",
    "Was du tun wirst",
    "Deine Rolle",
    "Ihre Hauptaufgaben",
):
    case(
        R6,
        ad(
            DUTY.format(h=h),
            "de"
            if h[0] in "WDI" and " " in h and h.split()[0] in ("Was", "Deine", "Ihre")
            else "en",
        ),
        must(3),
    )
for h in (
    "Minimum Requirements:",
    "MINIMUM QUALIFICATIONS",
    "Skills and Qualifications",
    "What You Need",
    "What you'll need to succeed",
    "Requirements & Skills",
    "Your Skills",
    "**Qualifications**",
    "Education & Experience:",
    "Candidate Profile",
):
    case(R6, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "Ihre Qualifikationen",
    "Deine Skills",
    "Was Sie auszeichnet",
    "Qualifikation",
    "Unsere Anforderungen",
    "Was wir von dir erwarten",
):
    case(R6, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
for h in (
    "Preferred Qualifications:",
    "Nice to Have:",
    "Desired",
    "DESIRED SKILLS",
    "Helpful but not required",
    "Bonus if you have",
    "Assets",
    "What would make you stand out",
):
    case(R6, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Das wäre toll", "Von Vorteil sind", "Optional:", "Kein Muss, aber ein Plus"):
    case(R6, ad_de_after_reqs(NICE, h), must(3))
for h in (
    "Benefits:",
    "WHAT WE OFFER",
    "Our Offer:",
    "Why work with us?",
    "Total Rewards",
    "What's on offer",
    "We Offer:",
):
    case(R6, ad(BEN.format(h=h), reqs=False), must(3))
for h in (
    "Was wir dir bieten",
    "Unser Angebot:",
    "Konditionen:",
    "Wir bieten Ihnen",
    "Deine Vorteile bei uns",
    "Benefits:",
    "Darauf kannst du dich freuen:",
):
    case(R6, ad_de_after_reqs(BEN, h), must(3))
case(
    R6,
    ad("Job title: Associate Data Analyst\n3+ years.", title="Associate Data Analyst"),
    senior_not("senior", "lead"),
)
case(
    R6,
    ad("Our founders are industry experts.", title="Junior Analyst"),
    senior_not("expert", "lead", "senior"),
)
case(R6, ad("The team leads the market in pricing.", title="Data Analyst"), senior_not("lead"))
case(
    R6,
    ad(
        "Ein Praktikum im Studium ist von Vorteil.\n5+ Jahre Erfahrung.",
        "de",
        title="Senior Data Engineer (m/w/d)",
    ),
    senior_not("intern"),
)
case(
    R6,
    ad("You'll report to the Principal Engineer.", title="Data Engineer"),
    senior_not("principal"),
)
case(
    R6,
    ad("Internships, mentoring and internal mobility.", title="Lead Data Scientist"),
    senior_not("intern"),
)
for s in (
    "We value strong attention to detail.",
    "Competitive salary, competitive holidays.",
    "You will support users across the business.",
    "Lead the migration of our data warehouse.",
    "We are an industry-leading SaaS company.",
    "Join a leading fintech.",
    "Provide tier-2 support and escalate issues.",
):
    case(G6, ad(s), no_gender)
for s in (
    "Wir sind Technologieführer in unserer Branche.",
    "Du leitest Projekte eigenständig.",
    "Starke Kommunikationsfähigkeit.",
):
    case(G6, ad(s, "de"), no_gender)
case(A6, ad("Home office possible 2 days per week."), arr("hybrid", 3))
case(A6, ad("Flexible working: 3 days in office, 2 from home."), arr("hybrid", 3))
case(A6, ad("Working location: Remote"), arr("remote"))
case(A6, ad("Arbeitsort: Berlin (hybrid, 2 Tage Büro)", "de"), arr("hybrid", 2))
case(A6, ad("Bis zu 2 Tage Homeoffice pro Woche.", "de"), arr("hybrid", 3))
case(A6, ad("Homeoffice: 50 %", "de"), arr("hybrid"))
case(A6, ad("Wir arbeiten hybrid mit 2 Präsenztagen.", "de"), arr("hybrid", 2))
case(A6, ad("Remote-Anteil: bis zu 40 %", "de"), arr("hybrid"))
case(A6, ad("Du arbeitest zu 100 % vor Ort.", "de"), arr("onsite"))
case(A6, ad("Mobiles Arbeiten ist an 2 Tagen pro Woche möglich.", "de"), arr("hybrid", 3))
case(A6, ad("Homeoffice ist nicht möglich.", "de"), arr("onsite"))
case(A6, ad("Vor-Ort-Präsenz an 4 Tagen pro Woche.", "de"), arr("hybrid", 4))
case(
    L6,
    ad("Englisch: C1 (zwingend); Deutsch: B1 (wünschenswert)", "de"),
    langs(English=True, German=False),
)
case(
    L6,
    ad("Sprachen: Deutsch C1 (Pflicht), Englisch B2 (von Vorteil)", "de"),
    langs(German=True, English=False),
)
case(
    L6,
    ad("Sehr gute Deutsch- und Englischkenntnisse in Wort und Schrift.", "de"),
    langs(German=True, English=True),
)
case(
    L6,
    ad("Languages: English (required), German (nice to have)"),
    langs(English=True, German=False),
)
case(L6, ad("Fluency in English; any German is a bonus."), langs(English=True, German=False))
case(L6, ad("Deutsch als Muttersprache erforderlich.", "de"), native)
case(L6, ad("Deutsch auf muttersprachlichem Niveau (C2).", "de"), native)
case(L6, ad("Muttersprache Englisch.", "de"), native)
case(X6, ad("Wir sind ein junges Team mit flachen Hierarchien.", "de"), flagged("age-coded"))
case(X6, ad("Young and dynamic environment."), flagged("age-coded"))
case(X6, ad("Must be a citizen of Germany.", "en"), flagged("nationality-coded", "concern"))
case(X6, ad("Applicants must have U.S. citizenship."), flagged("nationality-coded", "concern"))
case(X6, ad("Requires U.S. Citizenship."), flagged("nationality-coded", "concern"))
case(X6, ad("You must be able to stand for long periods."), flagged("ability-coded"))
case(X6, ad("Ability to remain standing for prolonged periods."), flagged("ability-coded"))

# sixth batch, third round: labels mid-line, crowns, layouts of a requirement list
case(P6, ad("Salary: $60,000 - $70,000 / year"), pay_is(60000, 70000, "year"))
case(P6, ad("$40/hour to $50/hour"), pay_is(40, 50, "hour"))
case(P6, ad("Salary: £25k-£30k DOE"), pay_is(25000, 30000))
case(P6, ad("We pay $900 per week."), pay_is(900, 900, "week"))
case(P6, ad("Base salary €55k + bonus"), pay_is(55000, 55000))
case(P6, ad("Monatliches Bruttogehalt: 3.500 €", "de"), pay_is(3500, 3500, "month"))
case(
    P6,
    ad("Stundenlohn ab 15 €", "de"),
    lambda r: (r.pay.minimum == 15 and r.pay.period == "hour", f"{figs(r)}"),
)
case(P6, ad("Salary: 38,000 to 45,000 pro rata"), pay_is(38000, 45000))
case(P6, ad("PAY: $85,000.00 - $95,000.00 PER YEAR"), pay_is(85000, 95000, "year"))
case(P6, ad("Salary\n$70,000 – $85,000 a year"), pay_is(70000, 85000, "year"))
case(P6, ad("**Salary**: 64 000–72 000 SEK per month"), pay_is(64000, 72000, "month"))
case(
    P6,
    ad("Compensation: $105,000 – $125,000 annually plus a $10,000 signing bonus"),
    pay_is(105000, 125000, "year"),
)
case(P6, ad("Salary range: $90,000-$110,000. Relocation: $5,000."), pay_is(90000, 110000))
case(
    P6,
    ad("Gehalt: 4.000 € brutto/Monat plus 13. Gehalt; Jobticket 58 €.", "de"),
    pay_is(4000, 4000, "month"),
)
case(P6, ad("Salary: 50-60K€"), pay_is(50000, 60000))
case(P6, ad("Hours 9-5pm, Salary: 28,000"), pay_is(28000, 28000))
case(P6, ad("Closing at 5 PM on 12 March. Budget owner for $2m."), no_pay)
case(P6, ad("Overtime is paid at 1.5x. Holiday pay accrues at 12.07%."), no_pay)
case(P6, ad("Our customers range from $10M to $500M in annual revenue."), no_pay)
case(P6, ad("Car allowance of £4,800 per year."), no_pay)
case(P6, ad("Provide support at 5pm–9pm on weekdays. Bonus up to 15%."), no_pay)
for t in (
    "REQUIREMENTS:\n1) SQL\n2) Python\n3) Statistics",
    "**Requirements:**\n- SQL\n- Python\n- Statistics",
    "Requirements\n\n- SQL\n\n- Python\n\n- Statistics",
    "__Requirements__\n- SQL\n- Python\n- Statistics",
    "### REQUIREMENTS ###\n- SQL\n- Python\n- Statistics",
    "<b>Requirements</b>\n- SQL\n- Python\n- Statistics",
):
    case(R6, ad(t, reqs=False), must(3, 1))
case(R6, ad("Anforderungen:\n1. SQL\n2. Python\n3. Statistik", "de", reqs=False), must(3))
case(
    R6,
    ad(
        "What you'll do\n- Build models\n- Ship features\n- Write docs\n- Test code\n\nWhat you'll bring\n- SQL\n- Python\n- Statistics",
        reqs=False,
    ),
    must(3),
)
case(
    R6,
    ad(
        "Ihre Aufgaben\n- Berichte erstellen\n- Modelle bauen\n- Daten prüfen\n- Abstimmen\nIhr Profil\n- SQL\n- Python\n- Statistik\nWir bieten\n- Homeoffice\n- Urlaub\n- Weiterbildung\n- Jobrad",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    R6,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\nPreferred\n- Spark\n- Airflow\n- dbt\n- Kafka",
        reqs=False,
    ),
    must(3),
)
case(
    R6,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\n- Spark (preferred)\n- Airflow (nice to have)\n- dbt (a plus)",
        reqs=False,
    ),
    must(3, 1),
)
case(
    R6,
    ad("Intern", title="Data Science Intern"),
    lambda r: (r.seniority in ("intern", "entry", "junior"), f"{r.seniority}"),
)
case(
    R6,
    ad("x", title="Werkstudent Data Analytics (m/w/d)"),
    lambda r: (r.seniority in ("intern", "entry", "junior", "student"), f"{r.seniority}"),
)
case(
    R6,
    ad("x", title="Head of Data"),
    lambda r: (r.seniority in ("head", "director", "lead", "manager"), f"{r.seniority}"),
)
case(
    R6,
    ad("x", title="Staff Software Engineer"),
    lambda r: (r.seniority in ("staff", "senior", "principal", "lead"), f"{r.seniority}"),
)
case(
    R6,
    ad("We are in growth stage.\n10+ years.", title="Data Scientist III"),
    senior_not("intern", "junior"),
)
case(
    R6,
    ad("Stay up to date with cutting-edge research.", title="Senior Data Scientist"),
    senior_not("intern", "junior"),
)
case(
    R6,
    ad("Work with our leadership team and senior stakeholders.", title="Junior Data Analyst"),
    senior_not("senior", "lead"),
)
case(
    R6,
    ad("Our stage-gate process is well defined.\n8+ years.", title="Senior Engineer"),
    senior_not("intern"),
)
for s in (
    "Build data-driven products.",
    "Compute confidence intervals and p-values.",
    "Find the dominant eigenvalue of the matrix.",
    "Experience with active learning and active directory.",
    "Work with hierarchical models.",
    "Knowledge of adversarial networks.",
    "Our support staff help customers daily.",
    "We are leaders in climate tech.",
    "Ambitious roadmap for 2027.",
    "Headquartered in Austin; we lead the market.",
):
    case(G6, ad(s), no_gender)
for s in (
    "Datengetriebene Entscheidungen treffen.",
    "Konfidenzintervalle berechnen.",
    "Du unterstützt unsere Kunden im Support.",
):
    case(G6, ad(s, "de"), no_gender)
case(A6, ad("Hybrid (3 days office / 2 days home)"), arr("hybrid", 3))
case(A6, ad("Location: Remote, UK"), arr("remote"))
case(A6, ad("Arbeitsmodell: hybrid", "de"), arr("hybrid"))
case(A6, ad("Homeoffice bis zu 3 Tage die Woche.", "de"), arr("hybrid", 2))
case(A6, ad("Wir erwarten dich an zwei Tagen pro Woche im Büro.", "de"), arr("hybrid", 2))
case(A6, ad("Präsenzzeit: 3 Tage / Woche", "de"), arr("hybrid", 3))
case(A6, ad("Remote work: not possible", "en"), arr("onsite"))
case(A6, ad("Standort: München, 100 % remote möglich", "de"), arr("remote"))
case(A6, ad("Working pattern: 2 days from home, 3 days in the office"), arr("hybrid", 3))
case(A6, ad("You will be on-site Monday through Friday."), arr("onsite"))
case(A6, ad("Mobile Arbeit bis zu 50 %.", "de"), arr("hybrid"))
case(A6, ad("Anwesenheit im Büro an mindestens 3 Tagen.", "de"), arr("hybrid", 3))
case(L6, ad("Gute Deutschkenntnisse (B2) sind Voraussetzung.", "de"), langs(German=True))
case(
    L6, ad("English: fluent. German: basic knowledge is a plus."), langs(English=True, German=False)
)
case(
    L6, ad("Deutsch- und Englischkenntnisse von Vorteil.", "de"), langs(German=False, English=False)
)
case(
    L6,
    ad("Verhandlungssicheres Englisch, Deutsch wünschenswert.", "de"),
    langs(English=True, German=False),
)
case(L6, ad("Englisch auf Muttersprachniveau ist Pflicht.", "de"), native)
case(L6, ad("Native or bilingual proficiency in French."), native)
case(X6, ad("Wir sind ein junges, dynamisches Team.", "de"), flagged("age-coded"))
case(X6, ad("Applicants must be United States citizens."), flagged("nationality-coded", "concern"))
case(X6, ad("You will be standing for prolonged periods."), flagged("ability-coded"))
case(X6, ad("Must be a US citizen or green card holder."), flagged("nationality-coded", "concern"))


# ================================================================ seventh round (helper redteam5)
# Written by reading: each expectation was set before askback ran on it.
P7, R7, G7, A7 = "pay (7th)", "requirements (7th)", "gender (7th)", "arrangement (7th)"
L7, X7, N7, F7, S7, H7 = (
    "languages (7th)", "exclusionary (7th)", "answers (7th)", "findings (7th)",
    "suggestions (7th)", "hostile (7th)",
)  # fmt: skip


def must_none(r: AdReport) -> tuple[bool, str]:
    return r.must_haves in (None, 0), f"must_haves={r.must_haves}"


def no_age(r: AdReport) -> tuple[bool, str]:
    fs = [f.title for f in r.findings if f.check == "age-coded"]
    return not fs, f"{fs}"


def pay_min(lo: float, period: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.pay.stated and r.pay.minimum == lo and (period is None or r.pay.period == period)
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period})"

    return chk


def pay_max(hi: float, period: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.pay.stated and r.pay.maximum == hi and (period is None or r.pay.period == period)
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period})"

    return chk


def period_written(lo: float, hi: float, period: str) -> Check:
    """The figure with its period read from the words, not guessed from its size."""

    def chk(r: AdReport) -> tuple[bool, str]:
        ok = (
            r.pay.minimum == lo
            and r.pay.maximum == hi
            and r.pay.period == period
            and "period" not in r.pay.guessed
        )
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period}) guessed={r.pay.guessed}"

    return chk


# ---- pay: layouts, capitals, odd spaces, other languages, things that are not pay
case(P7, ad("SALARY: $92,000 – $108,000 PER ANNUM"), pay_is(92000, 108000, "year"))
case(
    P7,
    ad("Gehalt:\u00a0€58.000\u00a0–\u00a0€66.000 brutto/Jahr", "de"),
    pay_is(58000, 66000, "year"),
)
case(P7, ad("Pay: £14.25 per hour\r\nHours: 37.5 per week\r\n"), pay_is(14.25, 14.25, "hour"))
case(P7, ad("| Salary | $75,000 - $85,000 / year |\n|---|---|"), pay_is(75000, 85000, "year"))
case(P7, ad("<li>Compensation: $120k&ndash;$140k annually</li>"), pay_is(120000, 140000, "year"))
case(P7, ad("**Gehalt:** 4.200 € – 4.800 € brutto monatlich", "de"), pay_is(4200, 4800, "month"))
case(P7, ad("Vergütung: ab 65.000 € p.a.", "de"), pay_min(65000, "year"))
case(P7, ad("Salary: USD 130,000-150,000"), pay_is(130000, 150000))
case(P7, ad("Salary: 130.000 - 150.000 EUR"), pay_is(130000, 150000))
case(P7, ad("We pay 28 USD per hour."), pay_is(28, 28, "hour"))
case(P7, ad("Annual base salary of $101,500 to $126,000."), pay_is(101500, 126000, "year"))
case(P7, ad("Home-office stipend: $2,000 per year for equipment."), no_pay)
case(P7, ad("Signing bonus: $10,000. Salary: $95,000."), pay_is(95000, 95000))
case(P7, ad("We raised $25M in Series B funding last spring."), no_pay)
case(P7, ad("Meal allowance: €15 per day."), no_pay)
case(P7, ad("The office opens 8am-6pm; lunch is 12pm-1pm."), no_pay)
case(P7, ad("Lön: 45 000 kr per månad"), period_written(45000, 45000, "month"))
case(P7, ad("Lön: 38 000–44 000 kr/mån"), period_written(38000, 44000, "month"))
case(P7, ad("Timlön: 175 kr"), period_written(175, 175, "hour"))
case(P7, ad("Lön: 180 kr per timme"), period_written(180, 180, "hour"))
case(P7, ad("Lønn: 600 000 NOK per år"), period_written(600000, 600000, "year"))
case(P7, ad("Løn: 40.000 DKK pr. måned"), period_written(40000, 40000, "month"))
case(P7, ad("Lön: 52 000 SEK i månaden"), period_written(52000, 52000, "month"))
case(P7, ad("Salary: 560 000 SEK om året"), period_written(560000, 560000, "year"))
case(P7, ad("Salary: 48,000 SEK/month"), period_written(48000, 48000, "month"))
case(P7, ad("Lön: 1 400 kr per dag"), period_written(1400, 1400, "day"))
case(P7, ad("Salary: £32,000 - £36,000 pro rata (FTE)"), pay_is(32000, 36000))
case(P7, ad("Salary range (USD): 85,000–95,000 per year"), pay_is(85000, 95000, "year"))
case(P7, ad("Pay: $22 - $26/hr + tips"), pay_is(22, 26, "hour"))
case(P7, ad("Rate: €450/day"), pay_is(450, 450, "day"))
case(P7, ad("Jahresgehalt: 72 000 CHF", "de"), pay_is(72000, 72000, "year"))
case(P7, ad("Gross salary: 3,800 EUR per month (14 salaries a year)"), pay_is(3800, 3800, "month"))
case(P7, ad("Earn up to $90K/yr"), pay_max(90000, "year"))
case(P7, ad("Salary: $85,000-$95,000\r\n\r\n"), pay_is(85000, 95000))
case(P7, ad("SALARY $85,000 TO $95,000 A YEAR"), pay_is(85000, 95000, "year"))
case(P7, ad("You will manage a $50M portfolio. Salary: $110,000."), pay_is(110000, 110000))

# ---- requirements: a list on the heading's line
case(R7, ad("Requirements: SQL, Python, Statistics", reqs=False), must(3))
case(R7, ad("Must have: Python, dbt, Airflow and a degree", reqs=False), must(4))
case(R7, ad("Anforderungen: SQL, Python und Statistik", "de", reqs=False), must(3))
case(R7, ad("**Required skills:** Excel, SQL, Tableau", reqs=False), must(3))
case(
    R7, ad("Qualifications: BSc in statistics; 3 years of SQL; fluent English", reqs=False), must(3)
)
case(R7, ad("REQUIREMENTS: SQL, PYTHON, STATISTICS", reqs=False), must(3))
case(R7, ad("Was du mitbringst: SQL, Python, Statistik, Git", "de", reqs=False), must(4))
case(
    R7, ad("Requirements: SQL, Python, Statistics\nNice to have: Spark, Kafka", reqs=False), must(3)
)
case(
    R7,
    ad("Anforderungen: SQL, Python, Statistik\nVon Vorteil: Spark, Kafka", "de", reqs=False),
    must(3),
)
case(R7, ad("Requirements: see below\n- SQL\n- Python\n- Statistics", reqs=False), must(3))
case(R7, ad("Requirements: none. We train you from day one.", reqs=False), must_none)
case(
    R7,
    ad("Requirements: You have 5 years of experience with SQL, Python and dbt.", reqs=False),
    must_none,
)
case(R7, ad("Requirements:\u00a0SQL,\u00a0Python,\u00a0Statistics", reqs=False), must(3))
case(R7, ad("Requirements:\tSQL,\tPython,\tStatistics", reqs=False), must(3))
case(R7, ad("Responsibilities: build models, ship features, write docs"), must(3))
case(R7, ad("Benefits: pension, gym, 30 days of leave"), must(3))
case(R7, ad("Deine Aufgaben: Modelle bauen, Berichte schreiben, Daten prüfen", "de"), must(3))
case(R7, ad("Was wir bieten: Homeoffice, Jobrad, 30 Tage Urlaub", "de"), must(3))
# ---- requirements: "o" and other bullets, layouts
case(R7, ad("Requirements\no Python\no SQL\no Statistics", reqs=False), must(3))
case(R7, ad("Requirements\n\no Python\n\no SQL\n\no Statistics", reqs=False), must(3))
case(R7, ad("Anforderungen\no Python\no SQL\no Statistik", "de", reqs=False), must(3))
case(R7, ad("Requirements\n  o Python\n  o SQL\n  o Statistics", reqs=False), must(3))
case(R7, ad("Requirements\r\no Python\r\no SQL\r\no Statistics\r\n", reqs=False), must(3))
case(R7, ad("| Requirement |\n|---|\n| SQL |\n| Python |\n| Statistics |", reqs=False), must(3))
case(R7, ad("WHAT YOU'LL BRING\n- SQL\n- Python\n- Statistics", reqs=False), must(3))
case(R7, ad("Requirements\u00a0:\n- SQL\n- Python\n- Statistics", reqs=False), must(3))
case(R7, ad("Requirements\r\n- SQL\r\n- Python\r\n- Statistics\r\n", reqs=False), must(3))
case(R7, ad("Requirements   \n- SQL\n- Python\n- Statistics", reqs=False), must(3))
case(
    R7,
    ad("<h3>Requirements</h3><ul><li>SQL</li><li>Python</li><li>Statistics</li></ul>", reqs=False),
    must(3),
)
case(
    R7,
    ad("<strong>Requirements</strong><br>- SQL<br>- Python<br>- Statistics", reqs=False),
    must(3),
)
case(R7, ad("Requirements\na) SQL\nb) Python\nc) Statistics", reqs=False), must(3))
case(R7, ad("Requirements\n(1) SQL\n(2) Python\n(3) Statistics", reqs=False), must(3))
case(R7, ad("Requirements\n— SQL\n— Python\n— Statistics", reqs=False), must(3))
case(R7, ad("Requirements\n‣ SQL\n‣ Python\n‣ Statistics", reqs=False), must(3))
case(R7, ad("Requirements\n\uf0b7 SQL\n\uf0b7 Python\n\uf0b7 Statistics", reqs=False), must(3))
case(
    R7,
    ad("We partner with late-stage funds.\n8+ years of experience.", title="SENIOR DATA ENGINEER"),
    yrs_senior,
)
case(R7, ad("Experience with stage-gate processes.", title="Data Analyst"), senior_not("intern"))

# ---- gender: terms and things vs traits
for s in (
    "Our trust-and-safety models flag fraud.",
    "Support tickets are triaged by our analysts.",
    "COMPETITIVE SALARY AND BENEFITS.",
    "We are an industry-leading provider of logistics software.",
    "Experience with decision trees and random forests.",
    "You will analyse customer support data.",
    "You will lead the migration to dbt.",
):
    case(G7, ad(s), no_gender)
for s in (
    "Wir bieten ein wettbewerbsfähiges Vergütungspaket.",
    "Unabhängige Stichproben und Konfidenzintervalle gehören zum Alltag.",
):
    case(G7, ad(s, "de"), no_gender)
case(G7, ad("You are assertive, decisive and self-reliant."), masc)
case(G7, ad("WE WANT A FEARLESS, COMPETITIVE SELF-STARTER."), masc)
case(G7, ad("We are a warm, supportive and collaborative team."), fem)
case(G7, ad("Du bist durchsetzungsstark und entscheidungsfreudig.", "de"), masc)

# ---- work arrangement: the verb between the count and the place, layouts
case(A7, ad("Einen Tag pro Woche arbeitest du im Büro.", "de"), arr("hybrid", 1))
case(A7, ad("Zwei Tage die Woche bist du bei uns vor Ort.", "de"), arr("hybrid", 2))
case(
    A7, ad("An drei Tagen pro Woche arbeiten Sie in unserem Büro in Bern.", "de"), arr("hybrid", 3)
)
case(
    A7,
    ad("Zwei Tage pro Woche arbeitest du von zu Hause, den Rest im Büro.", "de"),
    arr("hybrid", 3),
)
case(A7, ad("Two days a week you'll work from our Leeds office."), arr("hybrid", 2))
case(A7, ad("Hybrid: three days per week you will be in our Bristol office."), arr("hybrid", 3))
case(A7, ad("HYBRID: 3 DAYS IN OFFICE"), arr("hybrid", 3))
case(A7, ad("Work model:\u00a0Hybrid (2 days in office)"), arr("hybrid", 2))
case(A7, ad("Arbeitsort: Zürich | Homeoffice: 40 %", "de"), arr("hybrid", 3))
case(A7, ad("Location: Remote (US)"), arr("remote"))
case(A7, ad("Fully remote within Germany."), arr("remote"))
case(A7, ad("100 % Remote, deutschlandweit.", "de"), arr("remote"))
case(A7, ad("Work from home: not possible for this role."), arr("onsite"))
case(A7, ad("Homeoffice ist leider nicht möglich.", "de"), arr("onsite"))
case(A7, ad("Wir arbeiten hybrid: zwei Tage Büro, drei Tage mobil.", "de"), arr("hybrid", 2))
case(A7, ad("Hybrid: in-office Monday–Thursday, Friday from home."), arr("hybrid", 4))
case(A7, ad("Dienstags und donnerstags bist du im Büro, sonst mobil.", "de"), arr("hybrid", 2))
case(A7, ad("Vor-Ort-Präsenz: 4 Tage pro Woche", "de"), arr("hybrid", 4))
case(A7, ad("Hybrid role: one day a week in the office."), arr("hybrid", 1))

# ---- languages
case(L7, ad("Fluent English and German (C1) required."), langs(English=True, German=True))
case(L7, ad("ENGLISH: FLUENT. GERMAN: A PLUS."), langs(English=True, German=False))
case(L7, ad("Deutsch C1 und Englisch B2 sind Pflicht.", "de"), langs(German=True, English=True))
case(L7, ad("Französischkenntnisse sind ein Plus.", "de"), langs(French=False))
case(L7, ad("Englisch fließend in Wort und Schrift.", "de"), langs(English=True))
case(L7, ad("Excellent written and spoken English."), langs(English=True))
case(L7, ad("Gute Englischkenntnisse (B2) wünschenswert.", "de"), langs(English=False))
case(L7, ad("Native speaker of German or equivalent."), native)
case(L7, ad("Muttersprache Deutsch.", "de"), native)
case(L7, ad("Deutsch auf muttersprachlichem Niveau.", "de"), native)
case(
    L7,
    ad("Knowledge of Swedish is a plus; fluent English is required."),
    langs(English=True, Swedish=False),
)
case(
    L7,
    ad("English (C1) is a must; German is not required."),
    lambda r: (
        any(x.language == "English" and x.required for x in r.language_requirements)
        and not any(x.language == "German" and x.required for x in r.language_requirements),
        f"{[(x.language, x.required) for x in r.language_requirements]}",
    ),
)

# ---- exclusionary: age-coded culture wording and its look-alikes
for s in (
    "We are young at heart.",
    "Our team is young, international and fun.",
    "Our team is very young.",
    "We are a young and dynamic company.",
    "We are looking for a young graduate.",
    "YOUNG AND DYNAMIC TEAM!",
    "Digital natives welcome.",
    "Join our young-at-heart crew.",
):
    case(X7, ad(s), flagged("age-coded"))
for s in (
    "Wir sind ein junggebliebenes Team.",
    "Unser Team ist jung geblieben.",
    "Du wirst Teil eines jungen Teams.",
    "Unser Team ist jung.",
    "Wir sind jung im Kopf und lieben Daten.",
):
    case(X7, ad(s, "de"), flagged("age-coded"))
for s in (
    "Our young customers love our app.",
    "We support young people leaving care.",
    "The company is young: founded in 2023.",
):
    case(X7, ad(s), no_age)
for s in (
    "Wir begleiten junge Menschen in den Beruf.",
    "Bewerbungen aller Altersgruppen sind willkommen.",
):
    case(X7, ad(s, "de"), no_age)
case(X7, ad("Must be able to lift 25 kg."), flagged("ability-coded"))
case(X7, ad("Valid driver's license required."), flagged("ability-coded"))
case(X7, ad("US citizenship required."), flagged("nationality-coded", "concern"))
case(X7, ad("Native English speaker wanted."), flagged("nationality-coded"))
case(X7, ad("Work hard, play hard."), flagged("bro-culture"))
case(X7, ad("We're looking for a coding ninja."), flagged("bro-culture"))

# ---- answers
for s in (
    "We might do a pay audit next year, not sure.",
    "Honestly, we don't track that.",
    "Everyone here is treated the same.",
    "We hope to, maybe, eventually.",
):
    ans(N7, s, at_most(2))
for s in (
    "We have a DEI council.",
    "WE HAVE A WOMEN'S NETWORK.",
    "Wir planen, 2027 Gehaltsbänder einzuführen.",
):
    ans(N7, s, at_most(3))
ans(N7, "Das Mentoring-Programm wurde 2024 eingestellt und nicht ersetzt.", at_most(2, flag=True))
for s in (
    "Since 2023 we publish all salary bands internally; the gap fell from 7% to 2%.",
    "Our VP Engineering owns hiring targets: 40% women on every shortlist since 2022, reviewed quarterly.",
    "Seit 2022 veröffentlichen wir alle Gehaltsbänder intern; die Lücke sank von 6 % auf 1 %.",
):
    ans(N7, s, at_least(4))


def refused(text: str) -> Callable[[], Any]:
    """An empty answer is refused with a clear InputError (not a crash, not a rating)."""

    def run() -> Any:
        try:
            return analyze_answer(text)
        except InputError as exc:
            return exc

    return run


for s in ("", "\u200b\u200b\u200b", " \n\t "):
    CASES.append((N7, s, refused(s), lambda a: (isinstance(a, InputError), f"{type(a).__name__}")))

# ---- findings: levels and doubt
case(F7, ad("Salary: competitive."), level_of("salary", "gap"))
# One exact figure: info when this round was written, positive since 2026-12-05 (round 22's
# readers expected positive; one exact figure tells the pay as plainly as a range).
case(F7, ad("Salary: $80,000 per year."), level_of("salary", "positive"))
case(F7, ad("Salary: up to $80,000 per year."), level_of("salary", "info"))
case(F7, ad("Salary: $80,000-$90,000 per year."), level_of("salary", "positive"))
case(F7, ad("Hybrid, two office days a week."), level_of("remote", "info"))
case(F7, ad("We are young at heart."), level_of("age-coded", "concern"))
case(F7, ad("Requirements: SQL, Python, Statistics", reqs=False), invariant)

# ---- suggestions fit the finding
case(
    S7,
    ad("Valid driver's licence required."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(S7, ad("We are young at heart."), q_has("age-coded", {"age"}))
case(S7, ad("Work hard, play hard!"), q_has("bro-culture", {"drinking-culture"}))
case(S7, ad("Must be a US citizen."), q_has("nationality-coded", {"visa"}))
case(S7, ad("We offer a competitive salary."), q_has("salary", {"salary-range"}))
case(S7, ad("Unser Team ist junggeblieben.", "de"), q_has("age-coded", {"age"}))

# ---- hostile: long repeats of the new shapes, odd characters
for t in (
    ad("Requirements: " + ", ".join(["SQL"] * 300), reqs=False),
    ad("o " * 5000),
    ad("\r\n".join(["o Python"] * 2000), reqs=False),
    ad("Einen Tag pro Woche " * 2000, "de"),
    ad("Lön: " + "45 000 kr per månad " * 500),
    ad("young at heart " * 3000),
    ad("Requirements: SQL,,, Python,,, Statistics", reqs=False),
    ad("Salary: $80,000\x00 per year"),
    "Requirements: " + "a," * 50000,
    "Nice to have: x, y\n" * 3000,
):
    case(H7, t, ran)
case(H7, ad("Salary: $80,000 per year".upper()), pay_is(80000, 80000, "year"))
case(H7, ad("Gehalt:\u202f60\u202f000\u202f€ pro Jahr", "de"), pay_is(60000, 60000, "year"))
case(H7, ad("Salary: $80,000\u2013$90,000 per year"), pay_is(80000, 90000, "year"))
case(H7, ad("Requ\u200birements: SQL, Python, Statistics", reqs=False), must(3))
case(H7, ad("\ufeffRequirements: SQL, Python, Statistics", reqs=False), must(3))


# ================================================================ seventh batch: answers5's answers
# Written for this probe and labelled by reading, before the analyzer ran on them: concrete
# (a careful candidate rates it 4 or 5) or vague (2 or less). Half English, half German; tricky
# shapes: completion and retention as outcomes, numbers that are not measures, measures in the
# passive, outcomes with owners and dates, plans with dates, stops and replacements, sarcasm,
# hedges and long rambling answers.
# (N7, "answers (7th)", is the group of the seventh round above: these answers join it.)
for s in (
    "All 14 team leads completed the structured-interview training by June 2024, and HR checks attendance before anyone joins a panel.",
    "Nine of the eleven women who went through the returnship in 2023 are still with us today.",
    "Attrition among our Black engineers fell from 18% to 9% after we introduced stay interviews in 2022.",
    "Salary bands were published to every employee in March 2024, and each offer is checked against them by the head of reward.",
    "The accessibility audit was carried out by an external firm last autumn; 23 issues were found and 21 have been fixed.",
    "In 2024 our CTO rewrote the promotion criteria, and every promotion case now needs a written justification reviewed by two directors.",
    "Since January 2023, every job ad goes through a gender-decoder check owned by our recruiting lead.",
    "Well, it's a long story, we went back and forth a lot, people had opinions, but in the end we did run a pay equity audit in May 2025 across all 310 staff, found a 3% gap in engineering and closed it in the July pay round, so, yes.",
    "85 % of new managers finished the inclusive leadership course within their first six months last year.",
    "We kept 17 of our 20 graduate hires from the 2022 cohort through their second year.",
    "The parental leave policy was extended to 26 weeks for all parents in 2023, and 12 fathers have taken the full leave since.",
    "Our mentoring programme stopped in 2022, but we replaced it with a sponsorship scheme in 2023 and 11 of the 15 sponsees have since been promoted.",
    "Maria, our VP Data, reviews every model for bias before launch, and she blocked two launches this year.",
    "The number of women in senior data roles went from 4 to 10 between 2021 and 2025.",
    "Every interview panel has at least one woman; we tracked it for 120 panels last year and missed it twice.",
    "Our head of people owns the exit-interview process, and we changed the on-call policy in April after three exits cited it.",
    "Retention of returners after one year was 92% in 2024.",
    "Alle 18 Teamleitungen haben bis Ende 2024 das Training zu unbewussten Vorurteilen abgeschlossen; die Personalabteilung prüft das jährlich.",
    "Von den zwölf Frauen aus dem Förderprogramm 2022 sind zehn noch im Unternehmen.",
    "Die Fluktuation in der IT ist seit der Einführung flexibler Arbeitszeiten 2023 von 15 % auf 8 % gesunken.",
    "Die Gehaltsbänder wurden im März 2024 im Intranet veröffentlicht, und Frau Keller prüft jedes Angebot dagegen.",
    "2023 haben wir eine externe Barrierefreiheitsprüfung durchgeführt; von 30 gefundenen Mängeln sind 27 behoben.",
    "Seit 2022 verantwortet unsere Personalleiterin die jährliche Entgeltanalyse; die bereinigte Lücke liegt jetzt bei 1,5 %.",
    "Jede Stellenanzeige wird seit Januar 2024 von zwei Personen auf ausschließende Formulierungen geprüft.",
    "Das Mentoring wurde 2021 eingestellt, stattdessen haben wir 2022 ein Sponsoring-Programm gestartet, seitdem wurden acht Teilnehmerinnen befördert.",
    "90 % der Führungskräfte haben den Kurs im ersten Halbjahr 2025 abgeschlossen.",
    "Sieben von neun Rückkehrerinnen aus der Elternzeit sind nach zwei Jahren noch bei uns.",
    "Also, das war ein langer Weg, wir haben viel diskutiert, viele Meinungen gehört, aber im Herbst 2024 haben wir dann tatsächlich die Beförderungskriterien überarbeitet, und seitdem ist der Frauenanteil bei Beförderungen von 20 % auf 38 % gestiegen.",
    "Der Betriebsrat hat 2023 eine Betriebsvereinbarung zu mobiler Arbeit durchgesetzt; seitdem arbeiten 70 % der Teams zwei Tage remote.",
    "Im letzten Jahr gingen fünf von elf Führungspositionen an Frauen.",
    "Herr Demir leitet seit 2021 unser Netzwerk für Menschen mit Behinderung, das zweimal im Jahr Workshops für alle Teams anbietet.",
    "Die Elternzeitquote der Väter stieg nach der Aufstockung des Elterngeldzuschusses 2022 von 12 % auf 41 %.",
    "Wir haben 2024 alle 40 Führungskräfte zu fairen Interviews geschult, und die Teilnahme wird von der HR-Leitung nachgehalten.",
    "Nach der Umstellung auf anonymisierte Bewerbungen im Mai 2023 wurden doppelt so viele Bewerberinnen eingeladen wie im Jahr davor.",
):
    ans(N7, s, at_least(4))
for s in (
    "We hope everyone will complete the bias training eventually.",
    "Honestly, nobody completed it, the course was kind of optional.",
    "Did they stay? I'm not sure, I'd have to check.",
    "We're 400 people in 6 countries and diversity is just part of our DNA.",
    "I've been here for 3 years and I've never seen anyone treated unfairly.",
    "In September we'll start a pay audit, and by 2027 we want 40% women in leadership.",
    "Oh sure, we absolutely 'prioritise' diversity, like we prioritise everything, haha.",
    "Yeah, there's probably a policy somewhere, I think HR has it, not sure who owns it.",
    "So, look, it's a big question, and I think everyone here genuinely cares, we talk about it a lot at all-hands, people are passionate, and we're always trying to get better, you know, it's a journey, and we're on it, I'd say we're in a good place overall.",
    "Our goal is that 100% of managers complete the training by next year.",
    "Retention is something we really care about, we want people to stay for the long haul.",
    "We did a survey once, a couple of years ago maybe, I don't remember what came out of it.",
    "We'd love to set up a returnship, maybe in Q2 if the budget allows.",
    "We have 24 Slack channels for interest groups and a great culture of sharing.",
    "We have a women in tech group, a pride group and a parents' group, they're all lovely.",
    "I guess people stay because they like it here? We don't really measure that.",
    "Wir hoffen, dass alle Führungskräfte das Training irgendwann abschließen.",
    "Abgeschlossen hat das Training eigentlich niemand, es war ja freiwillig.",
    "Ob die geblieben sind? Das müssten Sie die Personalabteilung fragen.",
    "Wir sind 250 Mitarbeitende an vier Standorten und leben Vielfalt jeden Tag.",
    "Ich bin seit 15 Jahren hier und habe nie Diskriminierung erlebt.",
    "Ab Herbst wollen wir eine Gehaltsanalyse machen und bis 2028 sollen 30 % der Führungskräfte Frauen sein.",
    "Ja, klar, Diversity ist uns ungemein wichtig, steht ja auch auf jeder Folie.",
    "Da gibt es bestimmt irgendeine Richtlinie, aber wer die verantwortet, weiß ich nicht genau.",
    "Also, das ist natürlich ein großes Thema, und ich glaube, bei uns liegt das allen wirklich am Herzen, wir reden viel darüber, in den Teams, in der Kaffeeküche, und ich würde sagen, wir sind da auf einem guten Weg, auch wenn es natürlich immer noch Luft nach oben gibt.",
    "Ziel ist, dass alle Mitarbeitenden den Kurs bis nächstes Jahr abschließen.",
    "Die Leute bleiben gern bei uns, glaube ich, Zahlen dazu haben wir keine.",
    "Wir würden gerne ein Rückkehrprogramm aufsetzen, vielleicht im dritten Quartal.",
    "Es gibt bei uns drei Kaffeeküchen und einen Kicker, das Miteinander ist super.",
    "Wir haben eine Gleichstellungsbeauftragte, einen Inklusionsbeirat und eine Diversity-Charta.",
    "Die meisten bleiben wohl so zwei, drei Jahre, genau weiß ich das nicht.",
):
    ans(N7, s, at_most(2))
for s in (
    "The ERG was really active until the founder left in 2022; it's kind of quiet now and nobody runs it.",
    "The mentoring scheme was cancelled in 2023 and nobody picked it up.",
    "Das Frauennetzwerk war bis 2022 aktiv, seitdem ist es eingeschlafen.",
    "Das Mentoringprogramm wurde abgeschafft, als die Sponsorin ging, und nie ersetzt.",
):
    ans(N7, s, at_most(2, flag=True))


# ================================================================ eighth round (helper redteam8)
# Written by reading: each expectation was set before askback ran on it. HTML pages go through
# the public path for HTML (askback.text.source), as a user's file would.


def hcase(cls: str, fragment: str, check: Check) -> None:
    from askback.text.source import prepare_text

    page = (
        f"<html><body><h1>Data Analyst</h1><p>{FILL_EN}</p>{fragment}<p>{FILL_EN}</p></body></html>"
    )
    CASES.append((cls, page, lambda: analyze(prepare_text(page, "ad.html").text), check))


def none_of(check: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [(f.check, f.level.value, f.title[:50]) for f in r.findings if f.check == check]
        return not fs, f"{fs}"

    return chk


def no_native(r: AdReport) -> tuple[bool, str]:
    got = [(x.language, x.native) for x in r.language_requirements if x.native]
    return not got, f"{got}"


P8, R8, G8, A8, L8, X8, N8, F8, S8 = (c + " (8th)" for c in (P, R, G, A, L, X, N, F, S))
# ---- pay
hcase(
    P8,
    "<ul><li><strong>Salary range:</strong> $88,400&ndash;$102,000 USD annually</li></ul>",
    pay_is(88400, 102000, "year"),
)
case(P8, ad("Starting pay: $19.75 an hour"), pay_is(19.75, 19.75, "hour"))
case(P8, ad("Pay Range: $64,000.00 - $79,000.00 / yr"), pay_is(64000, 79000, "year"))
case(P8, ad("Salary: 70 000 – 85 000 EUR gross p.a."), pay_is(70000, 85000, "year"))
case(P8, ad("Night shift 10pm–6am. $2,000 retention bonus after 90 days."), no_pay)
case(P8, ad("Tuition reimbursement up to $5,250 per year."), no_pay)
case(P8, ad("Our fund manages $3B in assets; we raised a $45M Series B."), no_pay)
case(P8, ad("Compensation: 115000 - 135000 USD/year"), pay_is(115000, 135000, "year"))
case(P8, ad("Salary band: 60K–75K GBP"), pay_is(60000, 75000))
case(P8, ad("Base salary range: $150k – $125k"), pay_is(125000, 150000))
case(P8, ad("Salary min: £42,000\nSalary max: £50,000"), pay_is(42000, 50000))
case(P8, ad("Pay Min: 28.00 USD/hr\nPay Max: 36.00 USD/hr"), pay_is(28, 36, "hour"))
case(
    P8,
    ad("Hourly: $30–$36 (roughly $62,000–$75,000 annually)"),
    has_figs((30, "hour"), (62000, "year")),
)
case(P8, ad("Wir bieten ein Jahresbruttogehalt ab 58.000 €.", "de"), pay_min(58000, "year"))
case(
    P8, ad("Das Bruttomonatsgehalt beträgt 3.850 € (Vollzeit).", "de"), pay_is(3850, 3850, "month")
)
case(P8, ad("Gehalt: 60k - 70k € brutto/Jahr", "de"), pay_is(60000, 70000, "year"))
case(P8, ad("Work hours 7am - 3pm. Pay: $24/hour."), pay_is(24, 24, "hour"))
case(
    P8,
    ad("The hiring range for this role is $132,000 to $158,000 per year, plus equity."),
    pay_is(132000, 158000, "year"),
)
case(P8, ad("Pay: 40-45 USD per hour"), pay_is(40, 45, "hour"))
case(P8, ad("Monthly salary: 5,200 - 6,000 EUR"), pay_is(5200, 6000, "month"))
case(P8, ad("We grew to $12M ARR in two years and are profitable."), no_pay)
case(P8, ad("Benefits worth over $10,000 a year, including health insurance."), no_pay)
case(P8, ad("On-call allowance of $400 per week."), no_pay)
case(P8, ad("Salary – €52,000 to €61,000 per annum, pro rata"), pay_is(52000, 61000, "year"))
case(P8, ad("Gehalt ab 4.500 € monatlich bei 40 Std./Woche", "de"), pay_min(4500, "month"))
case(P8, ad("Stundenlohn ab 16,80 € brutto", "de"), pay_min(16.8, "hour"))
case(
    P8,
    ad("| Pay | $70,000–$82,000 per year |\n|---|---|\n| Location | Denver |"),
    pay_is(70000, 82000, "year"),
)
case(P8, ad("Salary range (annual): 98\u00a0000–112\u00a0000 USD"), pay_is(98000, 112000, "year"))
case(
    P8,
    ad("Salary: $100,000 - $120,000 per year; contractors $48 - $58 per hour."),
    has_figs((100000, "year"), (48, "hour")),
)
case(P8, ad("Salary: 80 - 95K per year"), pay_is(80000, 95000, "year"))
case(P8, ad("Pay: between 62,000 and 71,000 dollars a year"), pay_is(62000, 71000, "year"))
case(P8, ad("Jahresgehalt: 72.000 – 84.000 EUR", "de"), pay_is(72000, 84000, "year"))
case(
    P8,
    ad("Das Gehalt liegt zwischen 5.000 € und 5.800 € im Monat.", "de"),
    pay_is(5000, 5800, "month"),
)
case(P8, ad("Wir zahlen 23 € bis 27 € pro Stunde.", "de"), pay_is(23, 27, "hour"))
case(P8, ad("Salary: £38k–£44k + 10% bonus"), pay_is(38000, 44000))
case(P8, ad("Our office is open 8 am to 6 pm; we give a $750 wellness budget."), no_pay)
case(P8, ad("PAY RANGE\n$91,500 - $104,000"), pay_is(91500, 104000))
case(P8, ad("Expected salary: 95.000–105.000 € per year"), pay_is(95000, 105000, "year"))
# ---- requirements: duty headings
for h in (
    "Responsibilities:",
    "In this role you will:",
    "THE ROLE",
    "Your mission",
    "What you'll be working on",
    "Job Duties",
    "Main tasks",
    "<h3>What You Will Do</h3>",
):
    case(R8, ad(DUTY.format(h=h)), must(3))
for h in (
    "Deine Verantwortung",
    "Was du bewegst",
    "Ihre Tätigkeiten:",
    "Aufgabengebiet",
    "DEINE AUFGABEN",
):
    case(R8, ad(DUTY.format(h=h), "de"), must(3))
# requirement headings
for h in (
    "What we're looking for",
    "Candidate profile",
    "Must-haves:",
    "Key skills required",
    "YOU HAVE",
    "Qualifications",
    "Experience & skills needed:",
    "**Requirements**",
    "About you",
    "Your profile",
    "What you need",
):
    case(R8, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "Was wir von dir erwarten",
    "Dein Skillset",
    "Voraussetzungen",
    "Ihre Qualifikationen:",
    "Das zeichnet dich aus",
    "Was Sie mitbringen",
):
    case(R8, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
hcase(
    R8,
    "<h3>Requirements</h3><ul><li>Degree in statistics</li><li>4 years of SQL</li><li>Python</li><li>Clear written English</li></ul>",
    must(4, 1),
)
# nice-to-have headings
for h in (
    "Bonus if you have",
    "Nice-to-haves:",
    "Preferred skills",
    "Even better if you have",
    "Plus",
    "PREFERRED",
    "Desired Qualifications",
):
    case(R8, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Idealerweise bringst du mit", "Ein Plus ist", "Optional", "Nice to have:"):
    case(R8, ad_de_after_reqs(NICE, h), must(3))
# benefits headings
for h in (
    "Benefits & Perks",
    "What you'll get",
    "What we give you",
    "Our benefits:",
    "Rewards",
    "WHAT WE OFFER",
):
    case(R8, ad(BEN.format(h=h), reqs=False), must(3))
for h in (
    "Unsere Benefits",
    "Deine Vorteile",
    "Darauf kannst du dich freuen",
    "Was wir dir bieten:",
    "Unser Angebot an Sie",
):
    case(R8, ad_de_after_reqs(BEN, h), must(3))
# seniority from title and level words only
case(
    R8,
    ad(
        "You will build internet-scale systems for international clients.\n9+ years of experience.",
        title="Senior Software Engineer",
    ),
    yrs_senior,
)
case(
    R8,
    ad("You will support headcount planning for the sales org.", title="Data Analyst"),
    senior_not("head", "director"),
)
case(R8, ad("Our principles guide our work.", title="Data Analyst"), senior_not("principal"))
case(
    R8,
    ad(
        "You will improve our backstage tooling.\n10+ years of experience.",
        title="Lead Data Engineer",
    ),
    senior_not("intern", "junior", "entry"),
)
case(
    R8,
    ad(
        "Wir unterstützen Kunden in jeder Projektphase und Stage.\n8+ Jahre Erfahrung.",
        "de",
        title="Senior Data Engineer (m/w/d)",
    ),
    senior_not("intern", "junior"),
)
case(R8, ad("We are leaders in our field.", title="Data Analyst"), senior_not("lead"))
case(
    R8,
    ad(
        "Requirements\n- SQL\n- Hands-on experience with either of the following: Airflow, Dagster, Prefect, Luigi, Argo, Kubeflow, Mage, Kestra",
        reqs=False,
    ),
    few_tools,
)
case(
    R8,
    ad(
        "Anforderungen\n- SQL\n- Kenntnisse in einer oder mehreren dieser Sprachen: Python, R, Julia, Scala, Java, Go, Rust, C++",
        "de",
        reqs=False,
    ),
    few_tools,
)
# ---- gender: non-trait words
for s in (
    "Your responsibilities include reporting and API response times.",
    "Manage package dependencies; pay depending on experience.",
    "Build pipelines with Kafka Connect and connectors.",
    "Experience with Azure Active Directory.",
    "Determine the root cause of data quality failures.",
    "Experience with hierarchical models and independent component analysis.",
    "You will write business logic in Python.",
    "Experience with Objective-C and Swift.",
    "You will run competitor analysis for the pricing team.",
    "Join our Decision Science team.",
    "You will present to the risk committee every quarter.",
    "We offer child care vouchers.",
    "You will work with Salesforce and the workforce planning team.",
    "Senior individual contributor role, no people management.",
    "Work in our Trusted Research Environment.",
    "Competitive pay, 401(k) and dental.",
    "Salaries are competitive and reviewed yearly.",
    "Track leading and lagging indicators.",
):
    case(G8, ad(s), no_gender)
for s in (
    "Du berichtest an die Teamleitung und arbeitest eng mit der Geschäftsführung.",
    "Wir zahlen ein wettbewerbsfähiges Gehalt und bieten Unterstützung bei der Kinderbetreuung.",
    "Analyse von Kundendaten und Aufbau von Entscheidungsunterstützungssystemen.",
):
    case(G8, ad(s, "de"), no_gender)
case(G8, ad("You are self-reliant, headstrong and outspoken."), masc)
case(G8, ad("We want someone warm, considerate and loyal."), fem)
case(G8, ad("Sie sind zielstrebig, durchsetzungsfähig und selbstsicher.", "de"), masc)
case(G8, ad("Du bist einfühlsam, hilfsbereit und verständnisvoll.", "de"), fem)
# ---- arrangement
case(A8, ad("Hybrid (3 days onsite / 2 remote)"), arr("hybrid", 3))
case(A8, ad("Work location: Remote (US)"), arr("remote"))
case(A8, ad("This position is 100% on-site."), arr("onsite"))
case(A8, ad("Fully in-office, 5 days per week."), arr("onsite"))
hcase(A8, "<p><b>Location:</b> Remote &ndash; UK</p>", arr("remote"))
case(A8, ad("Work model: Hybrid – 60% office"), arr("hybrid"))
case(A8, ad("Hybrides Arbeiten: 3 Tage Homeoffice, 2 Tage vor Ort.", "de"), arr("hybrid", 2))
case(A8, ad("Arbeitsort: 100 % remote", "de"), arr("remote"))
case(A8, ad("Mobiles Arbeiten zu 50 % möglich.", "de"), arr("hybrid"))
case(A8, ad("Die Stelle ist vollständig vor Ort in Stuttgart zu besetzen.", "de"), arr("onsite"))
case(A8, ad("Homeoffice-Möglichkeit an bis zu 2 Tagen pro Woche.", "de"), arr("hybrid"))
case(A8, ad("Remote-Anteil: 80 %", "de"), arr("hybrid"))
case(A8, ad("Vier Tage pro Woche im Büro in Köln.", "de"), arr("hybrid", 4))
# ---- languages
case(
    L8,
    ad("English: fluent (mandatory). German: basic knowledge is a plus."),
    langs(English=True, German=False),
)
case(
    L8,
    ad("Gute Deutschkenntnisse (B2) zwingend erforderlich; Englisch ist ein Plus.", "de"),
    langs(German=True, English=False),
)
case(L8, ad("You speak French at a native level."), native)
case(L8, ad("Englisch fließend, Spanisch wäre schön.", "de"), langs(English=True, Spanish=False))
case(L8, ad("Must speak Dutch; English is helpful."), langs(Dutch=True, English=False))
case(L8, ad("Muttersprachler Deutsch.", "de"), native)
case(L8, ad("Native Spanish speaker preferred."), native)
case(L8, ad("Polish would be an asset."), langs(Polish=False))
case(
    L8,
    ad("Languages: English (required), German (nice to have)"),
    langs(English=True, German=False),
)
case(
    L8,
    ad("Sprachen: Deutsch – verhandlungssicher; Englisch – von Vorteil", "de"),
    langs(German=True, English=False),
)
case(L8, ad("Experience with React Native and native iOS apps."), no_native)
case(L8, ad("Deutsch (Muttersprache), Englisch (C1)", "de"), native)
# ---- exclusionary
case(X8, ad("A young, energetic team that loves a challenge."), flagged("age-coded"))
case(X8, ad("Bewerber bis max. 35 Jahre.", "de"), flagged("age-coded"))
case(X8, ad("Join our youthful crew!"), flagged("age-coded"))
case(X8, ad("Dich erwartet ein junges und dynamisches Umfeld.", "de"), flagged("age-coded"))
case(X8, ad("Ability to remain standing for 8 hours a day."), flagged("ability-coded"))
case(X8, ad("Must be able to lift up to 40 lbs."), flagged("ability-coded"))
case(X8, ad("Citizenship: U.S. citizens only."), flagged("nationality-coded", "concern"))
case(X8, ad("Only EU nationals will be considered."), flagged("nationality-coded", "concern"))
case(
    X8,
    ad("Candidates must be Canadian citizens or permanent residents."),
    flagged("nationality-coded", "concern"),
)
case(
    X8,
    ad("Due to federal contract requirements, applicants must be U.S. Citizens."),
    flagged("nationality-coded", "concern"),
)
case(
    X8,
    ad("Die Stelle setzt die deutsche Staatsbürgerschaft voraus.", "de"),
    flagged("nationality-coded", "concern"),
)
case(X8, ad("We sponsor visas; citizenship is not required."), none_of("nationality-coded"))
case(X8, ad("Experience with cloud-native architectures.", title="Junior Data Engineer"), no_age)
case(X8, ad("We are a young company, founded in 2021."), no_age)
case(X8, ad("Work with our junior analysts and graduates.", title="Senior Data Analyst"), no_age)
# ---- answers
for s in (
    "We're working on it, diversity is a priority for leadership.",
    "Our CEO is very passionate about inclusion.",
    "We're definitely thinking about a pay audit at some point.",
    "Most of our managers are pretty fair, I'd say.",
    "We get really good reviews on Glassdoor about our culture.",
    "Unsere Türen stehen immer offen, jeder kann jederzeit kommen.",
    "Wir planen, irgendwann ein Diversity-Team aufzubauen.",
    "We have a very flat hierarchy and everyone has a voice.",
    "There's an employee handbook that covers all of that.",
    "It really depends on the team, some are better than others.",
):
    ans(N8, s, at_most(2))
for s in (
    "From next quarter we'll be publishing salary ranges on every ad.",
    "Wir wollen ab 2026 Gehaltsbänder veröffentlichen.",
    "We've got a DEI task force, a pride network and an equal opportunities statement.",
    "Es gibt einen Inklusionskreis, ein Elternnetzwerk und einen Verhaltenskodex.",
):
    ans(N8, s, at_most(3))
for s in (
    "The women's network was shut down during the 2023 layoffs and hasn't come back.",
    "We used to publish pay bands, but stopped in 2022.",
    "Die Gehaltsbänder wurden 2023 wieder abgeschafft.",
    "Our DEI lead was let go last year and the role was never refilled.",
):
    ans(N8, s, at_most(2, flag=True))
for s in (
    "Since 2021 our COO has run a quarterly promotion review; women were 44% of promotions in 2024, up from 29%.",
    "We have published pay ranges in every job ad since February 2023, and offers now stay within 5% of the band.",
    "Our returnship placed 8 people in 2024; 7 were offered permanent roles.",
    "Every team lead holds a 1:1 every two weeks; HR audits the calendars and compliance was 96% last quarter.",
    "Seit April 2023 gibt es feste Gehaltsbänder; Herr Schmidt prüft jedes Angebot, und die Lücke sank von 7 % auf 2 %.",
    "Im Jahr 2024 wurden 6 von 10 Teamleitungen mit Frauen besetzt.",
    "We cut median time-to-hire from 45 to 28 days in 2024 by moving to structured interviews.",
    "Disabled employees are 9% of staff, measured in our 2025 anonymous survey with an 87% response rate.",
):
    ans(N8, s, at_least(4))
# ---- findings levels
case(F8, ad("Salary: $70k–$85k"), level_of("salary", "positive"))
case(F8, ad("Pay: DOE"), level_of("salary", "gap"))
case(F8, ad("Gehalt: 55.000 € pro Jahr", "de"), level_of("salary", "positive"))  # see round 7
case(F8, ad("Gehalt: bis zu 55.000 € pro Jahr", "de"), level_of("salary", "info"))
case(F8, ad("Wir bieten ein wettbewerbsfähiges Gehalt.", "de"), level_of("salary", "gap"))
case(F8, ad("Fully remote within Canada."), level_of("remote", "info"))
case(F8, ad("Wir sind ein junges Team.", "de"), level_of("age-coded", "concern"))
case(F8, ad("Compensation: 95-110"), invariant)
case(F8, ad("U.S. citizenship required."), invariant)
# ---- suggestions
case(
    S8,
    ad("Must hold a valid driving licence and have own vehicle."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S8,
    ad("Fahrerlaubnis Klasse B und eigener PKW erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S8,
    ad("We work hard & play hard, with keg parties every month."),
    q_has("bro-culture", {"drinking-culture"}),
)
case(S8, ad("Only US citizens may apply."), q_has("nationality-coded", {"visa"}))
case(S8, ad("Bewerber bis 35 Jahre.", "de"), q_has("age-coded", {"age"}))
case(S8, ad("Salary: depending on experience."), q_has("salary", {"salary-range"}))

case(P8, ad("Salary: $85K/yr – $95K/yr"), pay_is(85000, 95000, "year"))
case(P8, ad("Salary: Up to $130,000 per year"), pay_max(130000, "year"))
case(P8, ad("Salary: From £45,000 per annum"), pay_min(45000, "year"))
case(P8, ad("Comp: $160–190K base"), pay_is(160000, 190000))
case(P8, ad("Pay: $25.00 - $27.50 Hourly"), pay_is(25, 27.5, "hour"))
case(P8, ad("Salary Range: 80,000.00 - 100,000.00 USD Annual"), pay_is(80000, 100000, "year"))
case(P8, ad("Gehalt: 4.000,- bis 4.800,- € brutto/Monat", "de"), pay_is(4000, 4800, "month"))
case(P8, ad("Vergütung: 65 TEUR p.a.", "de"), pay_is(65000, 65000, "year"))
case(P8, ad("Salary: CHF 110'000 - 130'000"), pay_is(110000, 130000))
case(P8, ad("USD 95,000–USD 105,000 per year"), pay_is(95000, 105000, "year"))
case(P8, ad("Estimated pay: $40/hr to $50/hr"), pay_is(40, 50, "hour"))
case(P8, ad("Salary: $72.5k - $80k"), pay_is(72500, 80000))
case(P8, ad("We pay 15% above market. Sign-on: $10k."), no_pay)
case(P8, ad("Salary: $90,000 - 110,000"), pay_is(90000, 110000))
case(P8, ad("Zusätzlich 2.500 € Weihnachtsgeld und 600 € Urlaubsgeld.", "de"), no_pay)
case(
    P8,
    ad(
        "The base pay for this position ranges from $104,600/year in our lowest geographic market up to $199,000/year in our highest geographic market."
    ),
    pay_is(104600, 199000, "year"),
)
case(P8, ad("$29.50/hour, 40 hours/week"), pay_is(29.5, 29.5, "hour"))
case(P8, ad("Band 6 (£37,338 - £44,962)"), pay_is(37338, 44962))
case(P8, ad("£500/day inside IR35"), pay_is(500, 500, "day"))
case(P8, ad("Relocation assistance up to €8.000.", "de"), no_pay)
case(P8, ad("Salary: $80,000–$100,000 + $5,000 sign-on bonus"), pay_is(80000, 100000))
case(P8, ad("Pay: $3,000-$4,000 per month"), pay_is(3000, 4000, "month"))
case(
    P8, ad("Pay range: $61K - $74K annually (depending on location)"), pay_is(61000, 74000, "year")
)
case(P8, ad("Salary\n$78,000 - $92,000 a year"), pay_is(78000, 92000, "year"))
hcase(P8, "<p>Compensation</p><p>$110,000 &#8211; $125,000</p>", pay_is(110000, 125000))
case(P8, ad("Hours: 9:00am–5:30pm. Salary: £31,500."), pay_is(31500, 31500))
case(P8, ad("Bruttojahresgehalt: 58.000 EUR bis 64.000 EUR", "de"), pay_is(58000, 64000, "year"))
case(P8, ad("Gehaltsrahmen 50–60 Tsd. € jährlich", "de"), pay_is(50000, 60000, "year"))
case(P8, ad("We invest $2,000 per person per year in training."), no_pay)
# requirements
case(
    R8,
    ad(
        "Qualifications\n- SQL (required)\n- Spark (preferred)\n- Python (required)\n- Airflow (preferred)\n- Statistics (required)",
        reqs=False,
    ),
    must(3),
)
case(
    R8,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\n- Bonus: experience with Spark\n- Nice to have: dbt",
        reqs=False,
    ),
    must(3),
)
case(R8, ad("#### Who You Are:\n- SQL\n- Python\n- Statistics\n- Git", reqs=False), must(4))
case(
    R8,
    ad(
        "**Qualifications:** Bachelor's degree; 3 years of SQL; Python; stakeholder skills.",
        reqs=False,
    ),
    must(4, 1),
)
case(
    R8, ad("Requirements\n1. SQL\n2. Python\n3. Statistics\n4. Git\n5. Docker", reqs=False), must(5)
)
case(R8, ad("Requirements\n1) SQL\n2) Python\n3) Statistics", reqs=False), must(3))
case(
    R8,
    ad(
        "Was du mitbringst:\n- SQL\n- Python\n- Statistik\nWas schön wäre:\n- Spark\n- dbt\n- Kafka",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    R8,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\nPREFERRED QUALIFICATIONS\n- Spark\n- dbt\n- Kafka",
        reqs=False,
    ),
    must(3),
)
hcase(
    R8,
    "<p><strong>Requirements</strong></p><ul><li>SQL</li><li>Python</li><li>Statistics</li></ul><p><strong>Benefits</strong></p><ul><li>Pension</li><li>Gym</li><li>Holidays</li><li>Bonus</li></ul>",
    must(3),
)
case(
    R8,
    ad(
        "Requirements:\n• SQL\n• Python\n• Statistics\n\nWhat we offer:\n• Pension\n• Gym\n• Holidays\n• Bonus",
        reqs=False,
    ),
    must(3),
)
case(
    R8,
    ad("Required:\n- SQL\n- Python\nPreferred:\n- Spark\n- dbt\n- Kafka\n- Flink", reqs=False),
    must(2),
)
case(
    R8,
    ad(
        "Responsibilities\n- Build pipelines\n- Write reports\n- Run tests\n- Mentor\n- Present\n- Automate\nRequirements\n- SQL\n- Python",
        reqs=False,
    ),
    must(2),
)
case(
    R8,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\nAbout us\n- Founded 2010\n- 300 people\n- Offices in 4 cities\n- B Corp",
        reqs=False,
    ),
    must(3),
)
case(
    R8,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\nHow to apply\n- Send CV\n- Send cover letter\n- Add portfolio\n- Two references",
        reqs=False,
    ),
    must(3),
)
case(
    R8,
    ad(
        "Anforderungen\n- SQL\n- Python\n- Statistik\nUnsere Benefits:\n- 30 Tage Urlaub\n- Jobrad\n- Betriebliche Altersvorsorge\n- Weiterbildung",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    R8,
    ad("We serve senior living communities across Ohio.", title="Data Analyst"),
    senior_not("senior", "lead"),
)
case(
    R8,
    ad(
        "You will manage two interns over the summer.\n5+ years of experience.",
        title="Data Analyst",
    ),
    senior_not("intern"),
)
case(
    R8,
    ad("You will present findings to leadership and department heads.", title="Data Analyst"),
    senior_not("lead", "head", "director"),
)
case(
    R8,
    ad(
        "Requirements\n- Experience in at least one cloud: AWS, GCP, Azure, OCI, IBM Cloud, Alibaba Cloud, DigitalOcean",
        reqs=False,
    ),
    few_tools,
)
case(
    R8,
    ad(
        "Requirements\n- Any modern BI tool (e.g. Tableau, Looker, Power BI, Qlik, Metabase, Superset)",
        reqs=False,
    ),
    few_tools,
)
# gender
for s in (
    "Kind regards, the hiring team. What kind of data do we use? All kinds.",
    "You will handle sensitive personal data.",
    "You will model yield curves and credit spreads.",
    "Feel free to apply even if you miss a requirement.",
    "You will commit code to GitHub every day.",
    "Write unit tests with assertions and fixtures.",
    "We are an athletic apparel brand.",
    "Report confidence intervals and p-values.",
    "Air Force veterans are encouraged to apply.",
    "Experience with warm-start models and warm standby systems.",
    "You will draft our response to regulatory requests.",
):
    case(G8, ad(s), no_gender)
for s in (
    "Durchsetzung der Datenschutzrichtlinien und Entscheidungsbäume.",
    "Du übernimmst Verantwortung für unsere Datenplattform.",
):
    case(G8, ad(s, "de"), no_gender)
# arrangement
case(A8, ad("Location: Remote (EMEA)"), arr("remote"))
case(A8, ad("Workplace type: Remote"), arr("remote"))
case(A8, ad("Job type: Full-time, Remote"), arr("remote"))
case(A8, ad("Hybrid remote in Chicago, IL 60601"), arr("hybrid"))
case(A8, ad("Work Location: In person"), arr("onsite"))
case(A8, ad("Onsite 4 days a week, Friday from home."), arr("hybrid", 4))
case(A8, ad("100% Remote (must reside in TX)"), arr("remote"))
case(A8, ad("This is a home-based role."), arr("remote"))
case(A8, ad("Office-based in Manchester."), arr("onsite"))
case(A8, ad("Standort: Remote (Deutschland)", "de"), arr("remote"))
case(A8, ad("Arbeitsmodell: Hybrid (2 Tage Büro)", "de"), arr("hybrid", 2))
case(A8, ad("Präsenzpflicht: 3 Tage/Woche", "de"), arr("hybrid", 3))
case(A8, ad("Kein Homeoffice möglich.", "de"), arr("onsite"))
case(A8, ad("Du arbeitest ortsunabhängig.", "de"), arr("remote"))
case(A8, ad("Remote work is not available for this role."), arr("onsite"))
# languages
case(L8, ad("German (C1) is essential; English is desirable."), langs(German=True, English=False))
case(L8, ad("Knowledge of French is an advantage."), langs(French=False))
case(L8, ad("Deutsch fließend in Wort und Schrift.", "de"), langs(German=True))
case(L8, ad("Englischkenntnisse wären wünschenswert.", "de"), langs(English=False))
case(L8, ad("Mother-tongue level Italian."), native)
case(L8, ad("Muttersprachliches Niveau in Deutsch.", "de"), native)
case(L8, ad("Native German or C2 level."), native)
case(
    L8,
    ad("Requirements\n- SQL\n- Fluent English\nNice to have\n- Spanish\n- Spark", reqs=False),
    langs(English=True, Spanish=False),
)
# exclusionary
case(X8, ad("Alter: 25-35 Jahre.", "de"), flagged("age-coded"))
case(X8, ad("Applicants must be between 21 and 30 years old."), flagged("age-coded"))
case(X8, ad("Must be able to stand and walk for long periods."), flagged("ability-coded"))
case(X8, ad("Ständiges Stehen und Gehen während der Schicht.", "de"), flagged("ability-coded"))
case(X8, ad("Must be a citizen of the United States."), flagged("nationality-coded", "concern"))
case(
    X8,
    ad("Nur EU-Bürger können berücksichtigt werden.", "de"),
    flagged("nationality-coded", "concern"),
)
case(X8, ad("Must be eligible to work in the UK."), not_flagged("nationality-coded"))
# answers
for s in (
    "HR handles that.",
    "I think it's about 30% women, maybe? Not sure.",
    "We're proud to be an equal opportunity employer.",
    "Wir sind stolz auf unsere familiäre Atmosphäre.",
    "Our head of people is looking into it.",
    "Personally I've never had any problems here.",
    "Das ist bei uns kein Thema, wir behandeln alle gleich.",
):
    ans(N8, s, at_most(2))
for s in ("We have a diversity and inclusion statement on our website.",):
    ans(N8, s, at_most(3))
for s in (
    "Last year 3 of our 5 engineering hires were women.",
    "In 2024 we paid £1.2m in pay-equity adjustments to 140 staff.",
    "Unsere Betriebsvereinbarung garantiert seit 2022 zwei Homeoffice-Tage; 95 % nutzen sie.",
    "Our CFO signs off every salary band, and the 2025 audit found no gap above 2% in any level.",
):
    ans(N8, s, at_least(4))
for s in (
    "We tried blind CVs in 2021 but abandoned them after six months.",
    "Our pay-gap reporting has been paused indefinitely.",
    "Die Mentoring-Runde wurde 2024 gestrichen und nicht ersetzt.",
):
    ans(N8, s, at_most(2, flag=True))
case(
    S8,
    ad("Driver's license (Class C) required."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S8,
    ad("Gültige Fahrerlaubnis erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(S8, ad("Alter zwischen 25 und 35 Jahren.", "de"), q_has("age-coded", {"age"}))


# ---- eighth round, second pass: more shapes found while fixing the first
case(P8, ad("Shift: 2pm - 10pm, $19/hour"), pay_is(19, 19, "hour"))
case(P8, ad("Schedule: 6 am – 2:30 pm. Pay: $23.50 per hour."), pay_is(23.5, 23.5, "hour"))
case(P8, ad("Office hours 8:30am-5pm; salary $52,000/yr."), pay_is(52000, 52000, "year"))
case(P8, ad("Open 24/7. $500 referral bonus."), no_pay)
case(P8, ad("We offer 25 days PTO and a $1,000 wellness stipend."), no_pay)
case(P8, ad("Budget: $250k for tooling."), no_pay)
case(P8, ad("Our average deal size is $40k."), no_pay)
case(
    P8,
    ad("The role pays $31 per hour, or about $64,480 a year at 40 hours a week."),
    has_figs((31, "hour"), (64480, "year")),
)
case(P8, ad("Salary: 72k-84k USD, plus 10% target bonus and $15k sign-on."), pay_is(72000, 84000))
case(P8, ad("Minimum: $48,000\nMaximum: $61,000"), pay_is(48000, 61000))
case(P8, ad("Low end of range: $120,000\nHigh end of range: $150,000"), pay_is(120000, 150000))
case(P8, ad("Range low: $120,000\nRange high: $150,000"), pay_is(120000, 150000))
case(P8, ad("Bottom of range: $90,000\nTop of range: $110,000"), pay_is(90000, 110000))
case(
    P8, ad("Starting at $60,000 and going up to $72,000 based on experience."), pay_is(60000, 72000)
)
case(P8, ad("Weekly pay: $950 - $1,100"), pay_is(950, 1100, "week"))
case(P8, ad("Base salary: $130,000; OTE: $180,000"), pay_is(130000, 130000))
case(P8, ad("$7,500 annual learning budget. Salary: $88,000."), pay_is(88000, 88000))
case(P8, ad("Annual bonus up to $10,000 on top of $70,000 base."), pay_is(70000, 70000))
case(
    P8, ad("Bruttojahresgehalt zwischen 60 und 70 Tausend Euro", "de"), pay_is(60000, 70000, "year")
)
case(P8, ad("Dienstwagen im Wert von 45.000 € auch zur privaten Nutzung.", "de"), no_pay)
case(
    P8,
    ad("Ein Firmenwagen (Listenpreis 40.000 €) steht bereit. Gehalt: 70.000 € p.a.", "de"),
    pay_is(70000, 70000, "year"),
)
case(P8, ad("Salary: $85,000 - Sign on bonus: $5,000"), pay_is(85000, 85000))
case(P8, ad("Salary: $85,000 - great benefits"), pay_is(85000, 85000))
case(P8, ad("Salary: $85,000 - $95,000 - Sign on bonus: $5,000"), pay_is(85000, 95000))
case(
    R8,
    ad(
        "Must have:\n- SQL\n- Python\nShould have:\n- Spark\n- Kafka\nCould have:\n- dbt",
        reqs=False,
    ),
    must(2),
)
case(R8, ad("You should have:\n- SQL\n- Python\n- Statistics", reqs=False), must(3))
for s in (
    "Persisted views and persistent caches.",
    "You will gather stakeholder opinions in surveys.",
    "We build communal spaces for our offices.",
    "Compassion fatigue research in nursing.",
    "Cooperative game theory and cooperative banking.",
    "Our interdependent microservices need monitoring.",
    "Pleasant Hill office, California.",
    "Tender management for public contracts.",
    "Empathy maps in UX research.",
    "You will assess competitive threats and the competitive landscape.",
    "Our dominant design is based on Material UI.",
    "Our loyalty team runs the points scheme.",
    "Run sentiment analysis to detect emotional tone in reviews.",
    "Experience with warm leads and cold outreach.",
):
    case(G8, ad(s), no_gender)
case(G8, ad("Herzlich willkommen bei uns! Herzliche Grüße, Anna.", "de"), no_gender)
case(G8, ad("You are kind, warm and loyal, with a dominant personality."), masc)
case(G8, ad("You are kind, warm and loyal, with a dominant personality."), fem)
case(A8, ad("Location: Remote – UK"), arr("remote"))
case(A8, ad("Location: Remote - US"), arr("remote"))
case(A8, ad("This role is remote."), arr("remote"))
case(A8, ad("The role is fully home-based."), arr("remote"))
case(A8, ad("In office 3 days per week, two days from home."), arr("hybrid", 3))
case(A8, ad("This position can be performed remotely."), arr("remote"))
case(L8, ad("Sehr gutes Deutsch, Englisch gern gesehen.", "de"), langs(German=True, English=False))
case(L8, ad("Du sprichst gerne und fließend Deutsch.", "de"), langs(German=True))
case(X8, ad("Du bist zwischen 20 und 30 Jahre alt.", "de"), flagged("age-coded"))
case(X8, ad("We're looking for fresh talent, born after 1995."), flagged("age-coded"))
case(X8, ad("Applicants must hold a valid US passport."), flagged("nationality-coded", "concern"))
case(X8, ad("You must have a valid passport for travel."), none_of("nationality-coded"))
case(F8, ad("Salary: $60,000 - $200,000 per year."), level_of("salary", "info"))
case(
    F8, ad("Women make up 42% of our engineering team."), level_of("diversity-measure", "positive")
)
case(
    F8,
    ad("Der Frauenanteil liegt bei 35 % in der IT.", "de"),
    level_of("diversity-measure", "positive"),
)
for s in (
    "Our head of HR would be the one to ask.",
    "There were some changes last year, I think.",
    "We have lots of women in the company, especially in marketing.",
    "The team is pretty diverse, people from all over the world.",
    "We're a values-driven company.",
    "Leadership takes this very seriously.",
    "Wir sind ein bunter Haufen aus vielen Ländern.",
    "Das regeln die Teams selbst.",
    "Our CEO talks about diversity at every all-hands.",
    "Our Chief People Officer is very engaged on this topic.",
    "Unsere Personalleiterin ist da sehr engagiert.",
):
    ans(N8, s, at_most(2))
for s in (
    "Last quarter, 38% of new hires came through our bootcamp partnership.",
    "In 2024 we promoted 9 people, 5 of them women.",
    "The median gender pay gap was 6.1% in our April 2025 report, down from 9.4%.",
    "Every candidate gets the same four questions, scored on a 1-5 rubric by two interviewers.",
    "Attrition was 11% last year, against 18% in 2022.",
    "Die Personalabteilung veröffentlicht jedes Jahr im Mai den Entgeltbericht; 2024 lag die Lücke bei 3 %.",
    "Unsere CFO gibt jede Gehaltserhöhung frei, und 2024 wurden 120 Erhöhungen geprüft.",
    "Two of our five directors are women, and one is over 60.",
):
    ans(N8, s, at_least(4))


# ---- eighth round, third pass: yes/no labels, company-wide arrangements, languages not needed
for s, kind in (
    ("Remote: No", "onsite"),
    ("Telework eligible: No", "onsite"),
    ("Telework eligible: Yes", "hybrid"),
    ("We're an in-person company; everyone works from our NYC office.", "onsite"),
    ("Remote OK", "remote"),
    ("You can work from anywhere in the UK.", "remote"),
    ("Work anywhere within the EMEA time zones.", "remote"),
    ("Location: Boston, MA (Hybrid)", "hybrid"),
    ("Location: Anywhere (Remote)", "remote"),
    ("Work from home: Not available", "onsite"),
):
    case(A8, ad(s), arr(kind))
for s, kind in (
    ("Homeoffice: ja", "hybrid"),
    ("Remote-Arbeit ist vollständig möglich.", "remote"),
    ("Die Tätigkeit erfolgt in Präsenz am Standort Bonn.", "onsite"),
    ("Deutschlandweit remote möglich.", "remote"),
    ("Bei uns kannst du komplett remote arbeiten.", "remote"),
    ("Präsenz an mindestens zwei Tagen pro Woche.", "hybrid"),
):
    case(A8, ad(s, "de"), arr(kind))
case(
    L8, ad("You don't need to speak German, but fluent English is essential."), langs(English=True)
)
case(
    L8,
    ad("Englisch musst du nicht perfekt können, Deutsch (C1) ist Pflicht.", "de"),
    langs(German=True),
)
case(L8, ad("Deutsch musst du nicht können, Englisch (C1) ist Pflicht.", "de"), langs(English=True))
case(L8, ad("Fluency in Mandarin is a strong plus."), langs(Mandarin=False))
case(L8, ad("Bilingual English/Spanish required."), langs(English=True, Spanish=True))
case(L8, ad("Knowledge of Swedish is a bonus but not a must."), langs(Swedish=False))


def native_only(lang: str, other: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = {x.language: x.native for x in r.language_requirements if not x.implied}
        return got.get(lang) is True and got.get(other) is False, f"{got}"

    return chk


case(
    L8, ad("Deutsch: C2 (Muttersprachniveau), Englisch: B2", "de"), native_only("German", "English")
)
case(
    L8, ad("Deutsch als Muttersprache, Englisch fließend.", "de"), native_only("German", "English")
)
case(S8, ad("Beer on tap and Friday drinks."), q_has("bro-culture", {"drinking-culture"}))
case(S8, ad("Weekly happy hour with the whole team."), q_has("bro-culture", {"drinking-culture"}))


# ---- eighth round: Indian digit grouping
case(P8, ad("Salary: ₹12,00,000 - ₹18,00,000 per annum"), pay_is(1200000, 1800000, "year"))
case(P8, ad("CTC: INR 8,50,000 – 12,00,000 per year"), pay_is(850000, 1200000, "year"))
case(P8, ad("Salary: €12,50 per hour"), pay_is(12.5, 12.5, "hour"))


# ---- eighth round: sections after the requirements that are not requirements
for h, items in (
    ("Our Tech Stack", "- Snowflake\n- dbt\n- Airflow\n- Looker"),
    ("Schedule:", "- Monday to Friday\n- 8 hour shift"),
    ("Contact", "- Sam Lee\n- sam@example.com\n- +44 20 7946 0000"),
):
    case(R8, ad(f"Requirements\n- SQL\n- Python\n- Statistics\n{h}\n{items}", reqs=False), must(3))
case(
    R8,
    ad(
        "Anforderungen\n- SQL\n- Python\n- Statistik\nKontakt\n- Frau Müller\n- Tel. 0123\n- jobs@firma.de",
        "de",
        reqs=False,
    ),
    must(3),
)


# ---- eighth round: gestures and talk in answers; thin but specific answers stay adequate
for s in (
    "The CEO sent an email about it last year.",
    "Da tut sich gerade viel, wir sind auf einem guten Weg.",
    "Das ist bei uns Chefsache.",
    "Wir achten immer darauf, fair zu sein.",
    "Bei uns gibt es keine Unterschiede zwischen Männern und Frauen.",
    "We're always looking to improve.",
    "It's something we talk about in our leadership offsites.",
    "We have an amazing team of 40 people from 15 countries.",
):
    ans(N8, s, at_most(2))
for s in (
    "2024 haben wir 14 Stellen besetzt, davon 8 mit Frauen.",
    "Der Betriebsrat prüft seit 2020 jede Eingruppierung, und 2024 wurden 6 Fälle korrigiert.",
    "Every promotion packet is reviewed by a calibration panel of three, and we publish the promotion rates by gender twice a year.",
    "After we removed the degree requirement in 2023, 30% of our data hires came from non-traditional backgrounds.",
    "Our COO reviewed all salaries in 2023.",
):
    ans(N8, s, at_least(4))


# ================================================================ ninth round (helper redteam9)
# Written by reading: each expectation was set before askback ran on it.
P9, R9, G9, A9, X9 = (c + " (9th)" for c in (P, R, G, A, X))
# ---- arrangement: the office by another name, meetups, one weekday, short weekdays
case(A9, ad("Hybrid: 1 day a week at our Dublin hub, the rest from home."), arr("hybrid", 1))
case(A9, ad("Hybrid role: three days a week in the studio."), arr("hybrid", 3))
case(A9, ad("Hybrid: 2 days per week at our campus in Austin."), arr("hybrid", 2))
case(A9, ad("Hybrid: 2 Tage pro Woche im Standort Bremen.", "de"), arr("hybrid", 2))
case(A9, ad("Remote, with quarterly meetups in Porto."), arr("remote", 0))
case(A9, ad("Remote, with offsites twice a year."), arr("remote", 0))
case(A9, ad("Remote, mit Team-Events zweimal im Jahr.", "de"), arr("remote", 0))
case(A9, ad("Hybrid: mittwochs Teamtag im Büro.", "de"), arr("hybrid", 1))
case(A9, ad("Hybrid: in the office on Wednesdays."), arr("hybrid", 1))
case(A9, ad("Hybrid: Fridays in the office, otherwise from home."), arr("hybrid", 1))
case(A9, ad("Hybrid working: Mon, Wed and Thu in the office."), arr("hybrid", 3))
case(A9, ad("Hybrid: Tue & Thu in the office."), arr("hybrid", 2))
case(A9, ad("Hybrides Arbeiten: Mo, Mi, Do im Büro.", "de"), arr("hybrid", 3))
case(A9, ad("Hybrid: Di und Fr im Büro.", "de"), arr("hybrid", 2))

# ---- pay: one figure said to be the salary, the dollar written out, "or more"
case(P9, ad("The salary is 55k."), pay_is(55_000, 55_000, "year"))
case(P9, ad("The salary is £48k."), pay_is(48_000, 48_000))
case(P9, ad("Your salary will be 67,500."), pay_is(67_500, 67_500))
case(P9, ad("Hourly rate of 42 to 50 dollars."), pay_is(42, 50, "hour"))
case(P9, ad("We pay between 39 and 47 dollars an hour."), pay_is(39, 47, "hour"))
case(P9, ad("60.000 bis 70.000 Euro brutto im Jahr.", "de"), pay_is(60_000, 70_000, "year"))
case(P9, ad("Salary: 110,000+ USD"), has_figs((110_000, "year")))
case(P9, ad("We raised 12 million dollars from investors."), no_pay)
case(P9, ad("Salary reviews are yearly; 40k customers use our app."), no_pay)

# ---- requirements: the heading's comma list on the next line
case(R9, ad("REQUIREMENTS:\nSQL, Python, Airflow, 3 years of experience", reqs=False), must(4))
case(R9, ad("Requirements:\nExcel, Tableau, statistics", reqs=False), must(3))
case(R9, ad("What you bring:\nPython, dbt and Looker", reqs=False), must(3))
case(R9, ad("Dein Profil:\nSQL, Python, Power BI, 2 Jahre Erfahrung", "de", reqs=False), must(4))

# ---- exclusionary: sight and hearing, the team's average age, one bro-culture sentence
case(X9, ad("Applicants must see and hear well."), flagged("ability-coded", "info"))
case(X9, ad("Good eyesight and hearing are required."), flagged("ability-coded", "info"))
case(
    X9, ad("Gutes Seh- und Hörvermögen setzen wir voraus.", "de"), flagged("ability-coded", "info")
)
case(X9, ad("The team's average age is 28."), flagged("age-coded"))
case(X9, ad("Das Durchschnittsalter im Team liegt bei 28 Jahren.", "de"), flagged("age-coded"))
case(X9, ad("The average age of our customers is 52."), not_flagged("age-coded"))


def one_bro(r: AdReport) -> tuple[bool, str]:
    fs = [[s.text for s in f.spans] for f in r.findings if f.check == "bro-culture"]
    return len(fs) == 1, f"{fs}"


case(X9, ad("We work hard, play hard and crush it every day."), one_bro)
case(X9, ad("Our ninjas hustle like rockstars."), one_bro)
# ---- gender: non-trait senses of coded words
case(G9, ad("Decide which metrics matter for the product."), no_gender)
case(G9, ad("You will help decide whether a feature ships."), no_gender)
case(G9, ad("A gentle introduction to our stack in week one."), no_gender)
case(G9, ad("We are a dependable partner for our clients."), no_gender)
case(G9, ad("You are able to decide quickly under pressure."), masc)
case(G9, ad("You are a dependable partner to the finance team."), fem)


# ================================================================ tenth round (helper redteam10)
# Written by reading: each expectation was set before askback ran on it.
P10, R10, G10, A10, L10, X10, N10, S10 = (c + " (10th)" for c in (P, R, G, A, L, X, N, S))


def yrs_flag(r: AdReport) -> tuple[bool, str]:
    bad = [f.title for f in r.findings if f.check == "years-vs-seniority"]
    return bool(bad), f"seniority={r.seniority} years={r.years_required} {bad}"


def arr_not(r: AdReport) -> tuple[bool, str]:
    return r.work_arrangement == "not_stated", f"arr={r.work_arrangement} days={r.office_days}"


# ---- pay: things that are not pay for the job
for s in (
    "Hours: 10am to 6pm, Tuesday to Saturday. Retention bonus of $4,000 after one year.",
    "Tuition reimbursement of up to $5,250 per year.",
    "The fund manages $3 billion in client assets.",
    "You will manage a $750K annual marketing budget.",
    "We closed a $25M Series B in March.",
    "Signing bonus: 5,000 USD. Working hours 9am-5:30pm.",
    "Our customers save an average of $1,200 per year with our app.",
    "Commuter benefit of $100 per month and a $50 monthly phone allowance.",
    "We match charitable donations up to $1,000 a year.",
    "Standups are at 9:30 am; the on-call week ends Monday 10 am.",
    "Deals typically range from $50,000 to $250,000 in annual contract value.",
    "Team offsite budget: $2,000 per person per year.",
):
    case(P10, ad(s), no_pay)
for s in (
    "Wir bieten einen Zuschuss von 50 € monatlich zum Deutschlandticket.",
    "Weiterbildungsbudget von 2.000 € pro Jahr.",
    "Unser Umsatz lag 2025 bei 80 Mio. Euro.",
    "Kernarbeitszeit 10–15 Uhr, Prämie bis zu 5.000 €.",
    "Für deinen Umzug zahlen wir bis zu 4.000 Euro.",
    "Du verantwortest ein Projektvolumen von 3 Mio. €.",
):
    case(P10, ad(s, "de"), no_pay)
# ---- pay: ranges and labels
case(P10, ad("Salary: 75,000 to 90,000 a year"), pay_is(75000, 90000, "year"))
case(P10, ad("Compensation: 120-150K base"), pay_is(120000, 150000))
case(P10, ad("Pay: 28.00-34.00 per hour"), pay_is(28, 34, "hour"))
case(P10, ad("Salary band: 98,000 – 121,000 USD"), pay_is(98000, 121000))
case(P10, ad("Target base: $165k–$190k"), pay_is(165000, 190000))
case(
    P10,
    ad("The hiring range for this role is $104,000 – $126,000 per year."),
    pay_is(104000, 126000, "year"),
)
case(P10, ad("Salary: £42,000 - £38,000 per annum"), pay_is(38000, 42000, "year"))
case(P10, ad("Pay range: $39/hr - $33/hr"), pay_is(33, 39, "hour"))
case(P10, ad("Salary minimum: 85,000\nSalary maximum: 102,000"), pay_is(85000, 102000))
case(P10, ad("Salary\nFrom: $55,000\nTo: $65,000"), pay_is(55000, 65000))
case(
    P10,
    ad("We pay $31 an hour, roughly $64,000 annually."),
    has_figs((31, "hour"), (64000, "year")),
)
case(P10, ad("Rate: $45/hr or $93,600/yr"), has_figs((45, "hour"), (93600, "year")))
case(P10, ad("Salary: 90 000 – 110 000 EUR per year"), pay_is(90000, 110000, "year"))
case(P10, ad("Base salary range is 140K-165K USD plus equity."), pay_is(140000, 165000))
case(P10, ad("Salary: 100–120k per annum plus a 10% bonus"), pay_is(100000, 120000, "year"))
case(
    P10,
    ad("Compensation: $72,000 - $80,000 + $5,000 sign-on bonus"),
    pay_is(72000, 80000),
)
case(P10, ad("Wage: $17.25–$19.75/hour"), pay_is(17.25, 19.75, "hour"))
case(P10, ad("Pay: $3,800 - $4,300 per month"), pay_is(3800, 4300, "month"))
case(P10, ad("Weekly pay: $1,150"), pay_is(1150, 1150, "week"))
case(P10, ad("Day rate: £450 - £550"), pay_is(450, 550, "day"))
case(P10, ad("Salary: 95,000-115,000 (DOE)"), pay_is(95000, 115000))
case(P10, ad("Shift: 6pm–2am. Pay: $24/hour."), pay_is(24, 24, "hour"))
case(P10, ad("Salary: 65K–80K GBP"), pay_is(65000, 80000))
case(
    P10,
    ad("Annual base pay of $118,300.00 to $147,900.00"),
    pay_is(118300, 147900, "year"),
)
case(P10, ad("Salary: up to $130,000"), pay_max(130000))
case(P10, ad("Starting salary: $62,000"), pay_min(62000))
case(P10, ad("Pay: 21-25 USD/hour"), pay_is(21, 25, "hour"))
case(P10, ad("Salary: 110k - 95k"), pay_is(95000, 110000))
case(P10, ad("Salary (annual): 88,000 - 96,000"), pay_is(88000, 96000, "year"))
case(P10, ad("Hourly: 32 - 38"), pay_is(32, 38, "hour"))
case(P10, ad("Salary: 70.000 € – 80.000 € (je nach Erfahrung)", "de"), pay_is(70000, 80000))
case(
    P10,
    ad("Das Gehalt beträgt zwischen 3.800 € und 4.400 € brutto pro Monat.", "de"),
    pay_is(3800, 4400, "month"),
)
case(P10, ad("Jahresbruttogehalt: 58.000 – 72.000 EUR", "de"), pay_is(58000, 72000, "year"))
case(P10, ad("Gehalt: 55 – 65 Tsd. € p.a.", "de"), pay_is(55000, 65000, "year"))
case(P10, ad("Stundenlohn: 18,50 €", "de"), pay_is(18.5, 18.5, "hour"))
case(P10, ad("Gehalt ab 50.000 € p.a.", "de"), pay_min(50000, "year"))
case(P10, ad("Bis zu 85.000 € Jahresgehalt.", "de"), pay_max(85000, "year"))
case(P10, ad("Monatsgehalt: 4.500 € brutto", "de"), pay_is(4500, 4500, "month"))
case(
    P10,
    ad("Wir zahlen 62.000 bis 68.000 Euro im Jahr, dazu einen Bonus von 5.000 Euro.", "de"),
    pay_is(62000, 68000, "year"),
)
case(P10, ad("Gehaltsrahmen: 60.000 - 75.000", "de"), pay_is(60000, 75000))

# ---- requirements: seniority from the title and level words only
case(
    R10,
    ad(
        "Knowledge of internal controls and internet protocols.\n8+ years of experience.",
        title="Senior Auditor",
    ),
    yrs_senior,
)
case(
    R10,
    ad(
        "We invest in mid-stage and growth-stage companies.\n7+ years of experience in investing.",
        title="Senior Investment Analyst",
    ),
    yrs_senior,
)
case(
    R10,
    ad(
        "You will help run our summer internship programme.\n6+ years of experience.",
        title="Senior Data Scientist",
    ),
    yrs_senior,
)
case(
    R10,
    ad("Experience with Juniper and Cisco routers.", title="Network Engineer"),
    senior_not("junior"),
)
case(
    R10,
    ad("You track leading indicators and lead times.", title="Supply Chain Analyst"),
    senior_not("lead"),
)
case(R10, ad("Headcount planning is part of the role.", title="Data Analyst"), senior_not("head"))
case(
    R10,
    ad("Your expertise in organic chemistry matters here.", title="Chemist"),
    senior_not("expert", "lead", "principal"),
)
case(
    R10,
    ad("We follow the principle of least privilege.", title="Security Analyst"),
    senior_not("principal"),
)
case(
    R10,
    ad(
        "Erfahrung mit Internet-Protokollen.\nMindestens 8 Jahre Berufserfahrung.",
        "de",
        title="Senior Netzwerkingenieur (m/w/d)",
    ),
    yrs_senior,
)
case(
    R10,
    ad(
        "Du betreust auch unsere Praktikantinnen und Praktikanten.\nMindestens 7 Jahre Erfahrung.",
        "de",
        title="Senior Consultant (m/w/d)",
    ),
    yrs_senior,
)
case(R10, ad("8+ years of experience in analytics.", title="Junior Data Analyst"), yrs_flag)
case(
    R10,
    ad("Mindestens 6 Jahre Berufserfahrung.", "de", title="Junior Controller (m/w/d)"),
    yrs_flag,
)
# ---- requirements: duty headings are not requirement headings
for h in (
    "Essential Responsibilities",
    "What You'll Be Doing:",
    "Your Responsibilities",
    "Core Duties",
    "Duties & Responsibilities",
    "In this role, you will:",
    "Job Duties",
    "A day in the life",
):
    case(R10, ad(DUTY.format(h=h)), must(3))
for h in (
    "Aufgabengebiet",
    "Ihr Aufgabenbereich:",
    "Deine Aufgaben bei uns",
    "Das machst du bei uns",
):
    case(R10, ad(DUTY.format(h=h), "de"), must(3))
# ---- requirements: headings that start the must-have list
for h in (
    "Qualifications and Education",
    "Required Skills and Experience",
    "Requirements & Qualifications",
    "What We're Looking For",
    "What we need from you",
    "You should have",
    "About You",
    "Your Profile",
    "Must-Haves",
    "The ideal candidate will have:",
    "Required:",
    "Essential Criteria",
    "Person Specification",
    "**Required Qualifications**",
):
    case(R10, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "Ihre Qualifikationen",
    "Was Sie mitbringen",
    "Unsere Anforderungen",
    "Voraussetzungen",
    "Damit überzeugst du uns",
    "Ihr Profil:",
):
    case(R10, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
# ---- requirements: nice-to-have headings end the must-have list
for h in (
    "Desired Skills",
    "Preferred",
    "Nice-to-haves",
    "Bonus if you have",
    "Even better if you have",
    "Desirable Criteria",
    "Preferred Experience:",
):
    case(R10, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Idealerweise bringst du mit", "Nice to have:", "Ein Plus sind", "Optional"):
    case(R10, ad_de_after_reqs(NICE, h), must(3))
# ---- requirements: benefits sections are not must-haves
for h in (
    "Benefits",
    "What we offer",
    "Why you'll love working here",
    "What You'll Get",
    "Total Rewards",
):
    case(R10, ad(BEN.format(h=h), reqs=False), must(3))
for h in ("Unser Angebot", "Konditionen", "Das bieten wir", "Unsere Benefits", "Deine Vorteile"):
    case(R10, ad_de_after_reqs(BEN, h), must(3))
# ---- requirements: alternatives are not that many tools
case(
    R10,
    ad(
        "Requirements\n- Experience in one or more of the following: Snowflake, BigQuery, Redshift, Databricks, Synapse, ClickHouse, Postgres",
        reqs=False,
    ),
    few_tools,
)
case(
    R10,
    ad(
        "Requirements\n- Working knowledge of two or more of:\n  - AWS\n  - GCP\n  - Azure\n  - OCI\n  - IBM Cloud\n  - Alibaba Cloud\n",
        reqs=False,
    ),
    few_tools,
)
case(
    R10,
    ad(
        "Anforderungen\n- Kenntnisse in einer oder mehreren der folgenden Technologien: Java, Kotlin, Scala, Go, Rust, C#, TypeScript",
        "de",
        reqs=False,
    ),
    few_tools,
)

# ---- gender: not traits
for s in (
    "Strong SQL skills and a strong background in statistics.",
    "Experience with Active Directory and ActiveRecord.",
    "Experience with Salesforce and Force.com.",
    "This is an independent contractor position.",
    "You will fit Bayesian hierarchical models.",
    "Experience with Google Analytics and Adobe Analytics.",
    "This is an individual contributor role.",
    "You will stream events with Kafka Connect.",
    "You will model yield curves for the treasury team.",
    "You will reconcile trust accounts every month.",
    "Our customer support leads report to the Head of Support.",
    "We pay competitive wages and a competitive shift differential.",
    "Experience with decision trees and gradient boosting.",
    "You will build our lead scoring model.",
):
    case(G10, ad(s), no_gender)
for s in (
    "Wir sind ein führender Anbieter von Cloud-Lösungen.",
    "Du unterstützt die Durchsetzung der Datenschutzrichtlinien.",
    "Erfahrung mit Google Analytics.",
    "Du berichtest an unsere Teamleitung.",
):
    case(G10, ad(s, "de"), no_gender)
case(G10, ad("You are a driven, self-reliant go-getter who thrives on competition."), masc)
case(G10, ad("You are warm, nurturing and considerate with colleagues."), fem)
case(G10, ad("Du bist einfühlsam, hilfsbereit und verständnisvoll.", "de"), fem)
case(G10, ad("Sie sind entscheidungsfreudig und durchsetzungsfähig.", "de"), masc)

# ---- arrangement and office days
case(A10, ad("Homeoffice-Anteil bis 50 %.", "de"), arr("hybrid"))
case(A10, ad("Homeoffice an bis zu drei Tagen pro Woche möglich.", "de"), arr("hybrid"))
case(A10, ad("Arbeiten aus dem Homeoffice nach Rücksprache.", "de"), arr("hybrid"))
case(A10, ad("Präsenzpflicht an allen Arbeitstagen.", "de"), arr("onsite"))
case(A10, ad("Die Stelle ist nicht für Homeoffice geeignet.", "de"), arr("onsite"))
case(A10, ad("Wir arbeiten zu 100 % remote.", "de"), arr("remote"))
case(A10, ad("2 Tage pro Woche vor Ort, den Rest mobil.", "de"), arr("hybrid", 2))
case(A10, ad("3 Bürotage pro Woche.", "de"), arr("hybrid", 3))
case(A10, ad("Wir erwarten dich einmal pro Woche im Büro.", "de"), arr("hybrid", 1))
case(A10, ad("Anwesenheit im Büro: Montag bis Freitag.", "de"), arr("onsite"))
case(A10, ad("This role is fully in-office."), arr("onsite"))
case(A10, ad("In-office 4 days a week."), arr("hybrid", 4))
case(A10, ad("You are expected in the office three days each week."), arr("hybrid", 3))
case(A10, ad("Remote (US only)."), arr("remote"))
case(A10, ad("This position is not eligible for remote work."), arr("onsite"))
case(A10, ad("Hybrid (2 days in-office)."), arr("hybrid", 2))
case(A10, ad("Mon–Thu in the office, Fridays from home."), arr("hybrid", 4))
case(A10, ad("Our product helps remote teams collaborate."), arr_not)
case(A10, ad("We build software for hybrid cloud environments."), arr_not)
case(A10, ad("Experience with remote sensing data is a plus."), arr_not)
case(A10, ad("Wir entwickeln Software für hybride Cloud-Umgebungen.", "de"), arr_not)

# ---- languages
case(
    L10,
    ad("Englisch (C1) zwingend, Französisch von Vorteil.", "de"),
    langs(English=True, French=False),
)
case(
    L10,
    ad(
        "Gute Deutschkenntnisse in Wort und Schrift sind Voraussetzung; Englisch ist ein Plus.",
        "de",
    ),
    langs(German=True, English=False),
)
case(
    L10,
    ad("Verhandlungssicheres Deutsch, gutes Englisch wünschenswert.", "de"),
    langs(German=True, English=False),
)
case(L10, ad("English: mandatory. German: nice to have."), langs(English=True, German=False))
case(L10, ad("Working proficiency in Portuguese preferred."), langs(Portuguese=False))
case(L10, ad("Must speak Spanish fluently."), langs(Spanish=True))
case(L10, ad("Italian language skills would be an asset."), langs(Italian=False))
case(L10, ad("Polnischkenntnisse sind von Vorteil, aber kein Muss.", "de"), langs(Polish=False))
case(L10, ad("Deutsch auf muttersprachlichem Niveau.", "de"), native)
case(L10, ad("Native or near-native French."), native)
case(L10, ad("Englisch auf Muttersprachniveau (C2).", "de"), native)
case(L10, ad("You are a native speaker of Dutch."), native)
for s in (
    "Experience with React Native and Swift.",
    "You will run native advertising campaigns.",
    "We build cloud-native services on Kubernetes.",
    "Our app supports native iOS and Android widgets.",
):
    case(L10, ad(s), no_native)
case(L10, ad("Erfahrung in nativer App-Entwicklung.", "de"), no_native)

# ---- exclusionary: age
for s in (
    "Join a young team of digital natives.",
    "Perfect for energetic young professionals.",
    "Candidates should be under 35.",
):
    case(X10, ad(s), flagged("age-coded"))
for s in (
    "Du passt perfekt in unser junges und dynamisches Team.",
    "Wir suchen junge Talente.",
    "Ideal für Berufseinsteiger unter 30.",
):
    case(X10, ad(s, "de"), flagged("age-coded"))
case(X10, ad("Applicants must be 18 years or older."), not_flagged("age-coded"))
case(
    X10,
    ad("You will support young people aged 16 to 25.", title="Youth Worker"),
    not_flagged("age-coded"),
)
# ---- exclusionary: physical demands in desk work
for s in (
    "Must be able to stand for long periods and lift 30 lbs.",
    "Requires standing for up to 8 hours per shift.",
    "Frequent lifting of up to 40 pounds.",
    "Must be able to climb ladders and crawl in tight spaces.",
):
    case(X10, ad(s), flagged("ability-coded"))
case(X10, ad("Langes Stehen und Heben schwerer Lasten.", "de"), flagged("ability-coded"))
for s in (
    "We stand for diversity and fairness.",
    "We have long-standing clients in retail.",
    "You will stand up new data pipelines.",
    "You will do the heavy lifting on data cleaning.",
    "Standing desks are available for everyone.",
):
    case(X10, ad(s), none_of("ability-coded"))
case(X10, ad("Wir stehen für Qualität und Fairness.", "de"), none_of("ability-coded"))
# ---- exclusionary: citizenship, neutral
for s in (
    "Only U.S. citizens are eligible for this position.",
    "Citizenship: U.S. citizenship required.",
    "Must be a citizen of Canada.",
    "Requires an active Secret clearance, which requires U.S. citizenship.",
):
    case(X10, ad(s), flagged("nationality-coded", "concern"))
case(
    X10,
    ad("Nur für Bewerber mit deutscher Staatsbürgerschaft.", "de"),
    flagged("nationality-coded", "concern"),
)


def work_permit(r: AdReport) -> tuple[bool, str]:
    """A right to work is a condition to ask about (info), not called citizenship."""
    fs = [(f.level.value, f.title) for f in r.findings if f.check == "nationality-coded"]
    bad = [t for _, t in fs if "itizenship" in t or "Staatsangehörigkeit" in t]
    return bool(fs) and all(lv == "info" for lv, _ in fs) and not bad, f"{fs}"


case(X10, ad("Must be authorized to work in the US; we do not sponsor visas."), work_permit)
case(X10, ad("Arbeitserlaubnis für die EU erforderlich.", "de"), work_permit)
case(
    X10, ad("Eine gültige Arbeitsgenehmigung für Deutschland ist Voraussetzung.", "de"), work_permit
)
case(X10, ad("Wir bieten leider kein Visa-Sponsoring an.", "de"), work_permit)
for s in (
    "We welcome applicants of all nationalities.",
    "Our customers are citizens of 40 countries.",
    "You will grow our citizen developer programme.",
):
    case(X10, ad(s), none_of("nationality-coded"))

# ---- tenth round, second pass: more of the shapes fixed above
case(P10, ad("Salary\nFrom: £41,000\nTo: £47,500"), pay_is(41000, 47500))
case(P10, ad("Gehalt\nVon: 52.000 €\nBis: 61.000 €", "de"), pay_is(52000, 61000))
case(P10, ad("Budget\nFrom: $10,000\nTo: $50,000"), no_pay)
case(P10, ad("Hourly: $26 - $31"), pay_is(26, 31, "hour"))
case(P10, ad("Sign-on bonus\n$6,000 after 90 days"), no_pay)
case(P10, ad("Relocation support\nFrom: $3,000\nTo: $9,000"), no_pay)
case(P10, ad("Umzugskostenpauschale\nbis zu 5.000 €", "de"), no_pay)
case(P10, ad("**Salary**\n$78,000 - $86,000"), pay_is(78000, 86000))
case(P10, ad("Hourly: 37.5 hours per week. Salary: 41,000 - 46,000"), pay_is(41000, 46000))
case(P10, ad("Paid hourly: 24.50"), pay_is(24.5, 24.5, "hour"))
case(G10, ad("Competitive shift premiums for nights and weekends."), no_gender)
case(A10, ad("Wir erwarten dich an allen Arbeitstagen im Büro.", "de"), arr("onsite"))
case(A10, ad("You will be in the office every working day."), arr("onsite"))
case(
    A10, ad("Every day in the office is different. Hybrid: 2 days in the office."), arr("hybrid", 2)
)
case(A10, ad("Telearbeit: Die Stelle ist nicht für Telearbeit geeignet.", "de"), arr("onsite"))
case(A10, ad("This role is not suitable for remote working."), arr("onsite"))
case(A10, ad("We meet in the office twice a week."), arr("hybrid", 2))
case(A10, ad("Zweimal pro Woche im Homeoffice, sonst im Büro.", "de"), arr("hybrid", 3))
case(A10, ad("Di–Do vor Ort, Mo und Fr mobil.", "de"), arr("hybrid", 3))
case(A10, ad("Tuesday to Thursday in the office."), arr("hybrid", 3))
case(A10, ad("Mon–Fri in the office."), arr("onsite"))
case(A10, ad("We meet clients once a week."), arr_not)
case(L10, ad("Russischkenntnisse wünschenswert.", "de"), langs(Russian=False))
case(L10, ad("Sehr gute Türkischkenntnisse erforderlich.", "de"), langs(Turkish=True))
case(
    X10,
    ad("You will climb ladders to inspect rooftop units.", title="Data Analyst"),
    flagged("ability-coded"),
)
case(X10, ad("Access to a reliable vehicle is required."), flagged("ability-coded"))
case(X10, ad("A company car is provided for client visits."), none_of("ability-coded"))
case(X10, ad("You will help our customers climb the career ladder."), none_of("ability-coded"))
ans(N10, "Our founders are super supportive.", at_most(2))
ans(N10, "Unsere Führungskräfte sind immer ansprechbar.", at_most(2))
ans(N10, "Hybrid working was dropped in 2024 and never came back.", at_most(2, flag=True))
ans(N10, "Die Gleitzeit wurde 2023 abgeschafft.", at_most(2, flag=True))
case(
    S10,
    ad("Own transport required for home visits."),
    q_has("ability-coded", {"driving"}, {"screen-reader"}),
)

# ---- answers
for s in (
    "We're working on it and it's a priority for leadership.",
    "Diversity is in our DNA.",
    "Honestly, we treat everyone the same, so it's not an issue.",
    "We'd love to have more women apply, maybe we'll try some outreach.",
    "I believe the numbers are pretty good, but I don't have them.",
    "We have a great culture and an open-door policy, so people can raise anything.",
    "Our managers are all very approachable.",
    "We're about 50/50, I think, roughly.",
    "We have lots of women in senior roles.",
    "Hopefully next year we'll start tracking it.",
    "We might do a pay audit if there's budget.",
    "Wir haben eine Open-Door-Policy und ein super Betriebsklima.",
    "Wir sind da ziemlich gut aufgestellt, denke ich.",
    "Vielleicht führen wir nächstes Jahr flexible Arbeitszeiten ein.",
):
    ans(N10, s, at_most(2))
for s in (
    "We're planning to roll out structured interviews next quarter.",
    "In Q2 we will start publishing salary ranges.",
    "Ab 2027 wollen wir Gehaltsbänder veröffentlichen.",
    "We have a DEI task force, an inclusion policy and a parents' network.",
    "There's a wellbeing committee and a flexible working policy.",
    "Hundreds of people have joined our mentoring programme.",
):
    ans(N10, s, at_most(3))
for s in (
    "The women's network was disbanded during the restructuring.",
    "We stopped publishing the pay gap after 2022.",
    "Our returner programme was shelved and nobody picked it up.",
    "Flexible hours were scrapped when the new CEO arrived.",
    "Die Initiative für Gehaltstransparenz wurde 2023 abgebrochen.",
    "Unser Diversity-Team wurde aufgelöst.",
):
    ans(N10, s, at_most(2, flag=True))
for s in (
    "Since April 2024 every job ad lists a salary range, and applications from women rose from 18% to 29%.",
    "Our parental leave is 20 weeks at full pay for all parents; 14 fathers took it in 2025.",
    "Maria Lopez, our VP Engineering, runs promotion calibration twice a year; in 2025, 46% of promotions went to women.",
    "We publish our gender pay gap every April; in 2025 the median gap was 3.1%, down from 7.4% in 2022.",
    "Every hiring panel uses the same five scored questions since January 2024; offer acceptance among under-represented candidates went from 60% to 81%.",
    "Seit 2023 veröffentlichen wir alle Gehaltsbänder intern; die bereinigte Lücke liegt bei 1,8 %.",
    "Im letzten Jahr haben 9 von 20 Teamleitungen in Teilzeit gearbeitet.",
):
    ans(N10, s, at_least(4))

# ---- suggested questions fit the finding
case(
    S10,
    ad("Valid driver's license and a clean driving record required."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S10,
    ad("Must have own car for client visits."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S10,
    ad("Führerschein der Klasse B ist zwingend erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S10, ad("We work hard, play hard."), q_has("bro-culture", {"drinking-culture", "working-hours"})
)
case(S10, ad("Beer Fridays and a ping-pong table."), q_has("bro-culture", {"drinking-culture"}))
case(S10, ad("Must be able to lift 50 lbs."), q_has("ability-coded", set(), {"driving"}))
case(
    S10,
    ad("Citizenship: U.S. citizenship required."),
    q_has("nationality-coded", set(), {"screen-reader", "driving"}),
)
case(
    S10,
    ad("Join our young and dynamic team!"),
    q_has("age-coded", {"age"}, {"driving", "screen-reader"}),
)
case(S10, ad("Salary: competitive."), q_has("salary", {"salary-range"}))
case(S10, ad("Wir sind ein junges Team mit Feierabendbier.", "de"), q_has("age-coded", {"age"}))


# ---- tenth round, third pass: more shapes a demanding user would paste


def no_lang(language: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = {x.language: x.required for x in r.language_requirements if not x.implied}
        return language not in got, f"langs={got}"

    return chk


for s in (
    "A bonus of up to 15% and a sign-on bonus of $10,000.",
    "We have 2,500 employees and 40,000 customers.",
    "Founded in 2012; 1,200 staff across 14 offices.",
    "Our office is open 7am-7pm.",
    "Meal allowance: $15 per day.",
    "Per diem: $75/day when travelling.",
    "Overtime is paid at 1.5x.",
):
    case(P10, ad(s), no_pay)
for s in (
    "Essenszuschuss von 7 € pro Tag.",
    "Fahrtkostenzuschuss bis zu 80 € im Monat.",
):
    case(P10, ad(s, "de"), no_pay)
case(P10, ad("Pay: $22/hr, time-and-a-half after 40 hours"), pay_is(22, 22, "hour"))
case(P10, ad("Salary: 55.000 - 65.000 EUR"), pay_is(55000, 65000))
case(P10, ad("Hourly Rate: $18 – $22 DOE"), pay_is(18, 22, "hour"))
case(P10, ad("Salary: Competitive ($90k–$110k)"), pay_is(90000, 110000))
case(P10, ad("Up to £45k + bonus"), pay_max(45000))
case(P10, ad("Starting at $24.50 per hour"), pay_min(24.5, "hour"))
case(P10, ad("Salary range (CAD): 85,000 - 100,000"), pay_is(85000, 100000))
case(P10, ad("Annual Salary: $68,000.00 - $74,000.00"), pay_is(68000, 74000, "year"))
case(
    P10,
    ad("Vergütung: 3.900 – 4.600 € brutto/Monat (13 Gehälter)", "de"),
    pay_is(3900, 4600, "month"),
)
case(P10, ad("Stundenlohn ab 15 €", "de"), pay_min(15, "hour"))
case(
    P10,
    ad("$30-35/hour (approx. $62k-$73k per year)"),
    has_figs((30, "hour"), (62000, "year")),
)
case(
    P10,
    ad("Stundensatz 28 € (ca. 58.000 € im Jahr)", "de"),
    has_figs((28, "hour"), (58000, "year")),
)
# requirements
for h in ("Minimum Requirements", "What You Need", "What you'll bring", "Skills Needed"):
    case(R10, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "Was du mitbringen solltest",
    "Dein Know-how",
    "Anforderungsprofil",
    "Fachliche Anforderungen",
):
    case(R10, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
for h in ("Key Accountabilities", "What You'll Work On", "Responsibilities include:"):
    case(R10, ad(DUTY.format(h=h)), must(3))
for h in ("Deine Rolle", "Ihre Tätigkeiten"):
    case(R10, ad(DUTY.format(h=h), "de"), must(3))
for h in (
    "Nice to Have (not required)",
    "Bonus Points If You Have",
    "Preferred Skills",
    "Additional Desired Qualifications",
):
    case(R10, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Perks & Benefits", "What's in it for you?", "We Offer", "Our Perks"):
    case(R10, ad(BEN.format(h=h), reqs=False), must(3))
for h in ("Wir bieten dir", "Was wir dir bieten", "Unsere Leistungen"):
    case(R10, ad_de_after_reqs(BEN, h), must(3))
case(
    R10, ad("10+ years of experience in data engineering.", title="Lead Data Engineer"), yrs_senior
)
case(R10, ad("12+ years in analytics leadership.", title="Head of Data"), yrs_senior)
case(R10, ad("5+ years of experience with SQL.", title="Data Analyst Intern"), yrs_flag)
case(
    R10,
    ad("Mindestens 5 Jahre Berufserfahrung.", "de", title="Werkstudent Data Analytics (m/w/d)"),
    yrs_flag,
)
# gender
for s in (
    "You will drive the adoption of dbt across teams.",
    "Experience handling sensitive data (PII).",
    "You will analyse child benefit claims.",
    "You will follow up warm leads from events.",
    "You will track committed capital for the fund.",
):
    case(G10, ad(s), no_gender)
for s in ("Wir haben eine führende Position im Markt.", "Sie berichten an die Bereichsleitung."):
    case(G10, ad(s, "de"), no_gender)
case(G10, ad("You are able to work independently and decisively."), masc)
# arrangement
case(A10, ad("Homeoffice: 2 Tage/Woche.", "de"), arr("hybrid", 3))
case(A10, ad("Hybrid – 60 % remote."), arr("hybrid", 2))
case(A10, ad("Arbeitsort: Berlin (Hybrid)", "de"), arr("hybrid"))
case(A10, ad("Location: London (3 days in office)"), arr("hybrid", 3))
case(A10, ad("Anwesenheitspflicht: 3 Tage pro Woche.", "de"), arr("hybrid", 3))
case(A10, ad("Remote-Anteil: bis zu 40 %.", "de"), arr("hybrid", 3))
case(A10, ad("The role is 100% office-based."), arr("onsite"))
case(A10, ad("No remote option."), arr("onsite"))
case(A10, ad("Work from home on Fridays, the rest of the week in the office."), arr("hybrid", 4))
case(A10, ad("In-office days are Monday and Wednesday; Fridays from home."), arr("hybrid", 2))
case(A10, ad("Präsenztage: Di und Do.", "de"), arr("hybrid", 2))
case(
    A10,
    ad("Hybrid. Our in-office days are Tuesday, Wednesday and Thursday, with Mondays remote."),
    arr("hybrid", 3),
)
case(A10, ad("Remote monitoring of patients is part of the service."), arr_not)
case(A10, ad("Experience with hybrid app development (Ionic)."), arr_not)
# languages
case(L10, ad("Französisch in Wort und Schrift zwingend erforderlich.", "de"), langs(French=True))
case(L10, ad("Fluent English; Swedish is a plus."), langs(English=True, Swedish=False))
case(L10, ad("Spanish or Portuguese preferred."), langs(Spanish=False, Portuguese=False))
case(L10, ad("Good command of German (B2 minimum)."), langs(German=True))
case(L10, ad("Deutsch (Muttersprache).", "de"), native)
case(L10, ad("Native German speakers preferred."), native)
case(L10, ad("Our app is available in German and English."), no_lang("German"))
# exclusion
case(X10, ad("Looking for fresh graduates."), flagged("age-coded"))
case(X10, ad("You must be at least 21 to drive company vehicles."), not_flagged("age-coded"))
case(X10, ad("Must be able to lift up to 25 kg."), flagged("ability-coded"))
case(X10, ad("Applicants must be EU nationals."), flagged("nationality-coded", "concern"))
case(X10, ad("Open to UK nationals only."), flagged("nationality-coded", "concern"))
case(X10, ad("Security clearance (SC) required."), flagged("nationality-coded", "concern"))
case(
    X10,
    ad("You will work at Citizens Advice Leeds.", title="Adviser"),
    none_of("nationality-coded"),
)
case(X10, ad("We serve national and local clients."), none_of("nationality-coded"))
# answers
for s in (
    "We are an equal opportunities employer and proud of it.",
    "I'd say it's pretty balanced.",
    "We did a survey once, I think it was positive.",
    "Our CEO really cares about this.",
    "We've started talking about a pay audit.",
):
    ans(N10, s, at_most(2))
ans(N10, "Wir haben eine Diversity-Charta unterschrieben.", at_most(3))
for s in (
    "Last quarter we promoted 4 of our 9 female engineers.",
    "Since 2023 every role is advertised with a salary band; no offer went outside its band.",
    "Im Jahr 2024 nahmen 11 Väter Elternzeit von mindestens zwei Monaten.",
):
    ans(N10, s, at_least(4))
for s in (
    "Our ERG lost its budget and stopped meeting.",
    "Die Gehaltsbänder werden seit 2022 nicht mehr veröffentlicht.",
):
    ans(N10, s, at_most(2, flag=True))
# suggestions
case(S10, ad("Must be physically fit."), q_has("ability-coded", set(), {"driving"}))
case(
    S10,
    ad("Native English speaker required."),
    q_has("nationality-coded", {"language"}, {"driving"}),
)
case(S10, ad("Young and hungry team!"), q_has("age-coded", {"age"}))


# ---- tenth round, fourth pass
# pay
case(P10, ad("Compensation: USD 95,000 – 105,000 + equity"), pay_is(95000, 105000))
case(P10, ad("Salary: $58K"), pay_is(58000, 58000))
case(
    P10,
    ad("Pay rate: $19.00 – $21.50 per hour, plus a $1,000 sign-on bonus"),
    pay_is(19, 21.5, "hour"),
)
case(P10, ad("Salary £28,500 - £31,000 per annum pro rata"), pay_is(28500, 31000, "year"))
case(P10, ad("Gehalt: ab 4.000 € brutto monatlich", "de"), pay_min(4000, "month"))
case(
    P10,
    ad("Wir bieten ein Jahresgehalt von 65.000 bis 75.000 € zzgl. Bonus.", "de"),
    pay_is(65000, 75000, "year"),
)
case(P10, ad("Brutto-Jahresgehalt: 52.000 € – 58.000 €", "de"), pay_is(52000, 58000, "year"))
case(P10, ad("The salary for this role is between $80,000 and $95,000."), pay_is(80000, 95000))
case(P10, ad("Base salary: 130k-150k, plus 10% target bonus and RSUs"), pay_is(130000, 150000))
case(P10, ad("Rate: 450-500 GBP/day outside IR35"), pay_is(450, 500, "day"))
for s in (
    "Our Series C raised $60 million.",
    "You will handle invoices of up to $250,000.",
    "Employees get $500 a year for wellness.",
    "Work from 8:00am – 4:30pm.",
    "Annual bonus target: 10% of base; sign-on bonus up to $15,000.",
):
    case(P10, ad(s), no_pay)
for s in (
    "Jährlicher Bonus bis zu 8.000 € und ein Jobrad.",
    "Wir verwalten ein Vermögen von 2 Mrd. €.",
    "Arbeitszeit: 7:30 – 16:00 Uhr.",
):
    case(P10, ad(s, "de"), no_pay)
# requirements headings
for h in (
    "You'll Need:",
    "Requirements and skills",
    "Who We're Looking For",
    "What Makes You a Great Fit",
):
    case(R10, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in ("Was wir von dir erwarten", "Das bringen Sie mit:", "Dein Profil:"):
    case(R10, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
for h in ("What You'll Do", "The Role", "Responsibilities:", "Your Impact"):
    case(R10, ad(DUTY.format(h=h)), must(3))
for h in ("Deine Mission", "Was dich bei uns erwartet", "Aufgaben:"):
    case(R10, ad(DUTY.format(h=h), "de"), must(3))
for h in ("Nice-to-have:", "Preferred qualifications:", "Bonus skills"):
    case(R10, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("Wünschenswert:", "Von Vorteil sind", "Pluspunkte:"):
    case(R10, ad_de_after_reqs(NICE, h), must(3))
for h in ("Benefits:", "What we offer:", "Why join us?", "Compensation and Benefits"):
    case(R10, ad(BEN.format(h=h), reqs=False), must(3))
for h in ("Benefits:", "Was wir bieten:", "Unser Angebot:"):
    case(R10, ad_de_after_reqs(BEN, h), must(3))
case(
    R10,
    ad(
        "You will partner with late-stage product teams.\n9+ years of experience.",
        title="Senior Product Analyst",
    ),
    yrs_senior,
)
case(
    R10,
    ad("Our expert network spans 40 countries.", title="Research Analyst"),
    senior_not("expert", "lead", "principal"),
)
case(
    R10,
    ad(
        "Wir arbeiten mit Internationalen Kunden.\nMindestens 8 Jahre Erfahrung.",
        "de",
        title="Senior Data Engineer (m/w/d)",
    ),
    yrs_senior,
)
# gender
for s in (
    "Strong communication skills in English.",
    "You will support the Head of Analytics.",
    "A strong understanding of A/B testing.",
    "We are a leading provider of HR software.",
    "You will lead weekly data reviews with the Team Lead.",
    "Competitive salary and benefits package.",
):
    case(G10, ad(s), no_gender)
for s in (
    "Du hast ein fundiertes Verständnis von Statistik.",
    "Wir bieten ein wettbewerbsfähiges Gehalt.",
    "Du unterstützt unser Support-Team.",
):
    case(G10, ad(s, "de"), no_gender)
case(G10, ad("We want a fearless, dominant and aggressive negotiator."), masc)
case(G10, ad("Du bist empathisch, fürsorglich und kommunikativ.", "de"), fem)
# arrangement
case(A10, ad("Hybrid: 3 Tage im Büro, 2 Tage mobil.", "de"), arr("hybrid", 3))
case(A10, ad("Mobiles Arbeiten an bis zu zwei Tagen pro Woche.", "de"), arr("hybrid", 3))
case(A10, ad("Remote (EU time zones)"), arr("remote"))
case(A10, ad("Fully remote within the UK."), arr("remote"))
case(A10, ad("On-site in Munich, 5 days a week."), arr("onsite"))
case(A10, ad("Büropflicht: 4 Tage die Woche.", "de"), arr("hybrid", 4))
case(A10, ad("We sell remote controls and hybrid bikes."), arr_not)
# languages
case(
    L10, ad("Englisch fließend (C1), Deutsch von Vorteil.", "de"), langs(English=True, German=False)
)
case(L10, ad("Excellent written and spoken German is essential."), langs(German=True))
case(L10, ad("Knowledge of Dutch or French is an advantage."), langs(Dutch=False, French=False))
case(L10, ad("Deutsch als Muttersprache.", "de"), native)
case(L10, ad("Muttersprachliches Englisch.", "de"), native)
case(L10, ad("Fluent Polish or Czech plus English."), langs(Polish=True, Czech=True, English=True))
case(L10, ad("German or Dutch would be nice."), langs(German=False, Dutch=False))
# exclusion
case(X10, ad("Unser junges, motiviertes Team freut sich auf dich!", "de"), flagged("age-coded"))
case(X10, ad("Join a young and vibrant crew."), flagged("age-coded"))
case(X10, ad("Must be able to stand for the entire shift."), flagged("ability-coded"))
case(
    X10,
    ad("Must be a U.S. citizen with an active TS/SCI clearance."),
    flagged("nationality-coded", "concern"),
)
case(
    X10,
    ad("Deutsche Staatsbürgerschaft ist Voraussetzung.", "de"),
    flagged("nationality-coded", "concern"),
)
case(X10, ad("We support citizens with their tax returns."), none_of("nationality-coded"))
case(X10, ad("Our youngest customers are students."), no_age)
# answers
for s in (
    "We're a very inclusive place, everyone says so.",
    "It's on the roadmap.",
    "Wir haben da schon viel gemacht.",
    "Das ist uns sehr wichtig.",
):
    ans(N10, s, at_most(2))
for s in (
    "In 2025, 38% of our new managers were women, up from 24% in 2023.",
    "Seit Januar 2024 bekommt jede Bewerberin strukturierte Interviews mit vier festen Fragen; die Zusagequote stieg von 55 % auf 70 %.",
):
    ans(N10, s, at_least(4))
ans(N10, "The parents' network died out when its organiser left.", at_most(2, flag=True))
# suggestions
case(
    S10,
    ad("Valid driving licence essential."),
    q_has("ability-coded", {"driving"}, {"screen-reader"}),
)
case(S10, ad("We play hard and party harder."), q_has("bro-culture", {"drinking-culture"}))


# ---- tenth round, fifth pass
for s in (
    "Salary Range: $112,000 - $140,000 / year",
    "Compensation Range: $112K–$140K annually",
    "The annual base salary range for this position is $112,000 to $140,000.",
    "Pay Transparency: $112,000 - $140,000 USD per year",
):
    case(P10, ad(s), pay_is(112000, 140000, "year"))
case(
    P10,
    ad("Salary: £14.50 per hour (£28,275 per annum)"),
    has_figs((14.5, "hour"), (28275, "year")),
)
case(P10, ad("Pay: $2,900 biweekly"), pay_min(2900))
case(P10, ad("Gehaltsband: 70–85k € p. a.", "de"), pay_is(70000, 85000, "year"))
case(
    P10,
    ad("Vergütung nach TV-L E13 (ca. 4.800 – 6.900 € brutto/Monat)", "de"),
    pay_is(4800, 6900, "month"),
)
case(P10, ad("Gehalt: 3.500,00 € - 4.200,00 € monatlich", "de"), pay_is(3500, 4200, "month"))
for s in (
    "Shifts: 6a-2p or 2p-10p. $3,000 retention bonus.",
    "Company-paid life insurance worth 2x your salary.",
    "You will reconcile accounts worth $4 million a month.",
    "Our clients range from $10M to $500M in revenue.",
    "Car allowance of £5,000 per year.",
):
    case(P10, ad(s), no_pay)
case(P10, ad("Firmenwagen (Listenpreis 45.000 €) auch zur privaten Nutzung.", "de"), no_pay)
# requirements
for h in ("QUALIFICATIONS", "Experience & Skills", "Your Experience", "Who you are:"):
    case(R10, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in ("Das zeichnet dich aus:", "Deine Qualifikationen", "Was Sie auszeichnet"):
    case(R10, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))
for h in ("About the role", "Your tasks", "What you will do:"):
    case(R10, ad(DUTY.format(h=h)), must(3))
for h in ("Deine Aufgaben:", "Ihre Aufgaben im Überblick"):
    case(R10, ad(DUTY.format(h=h), "de"), must(3))
for h in ("Nice to haves", "Preferred:", "Bonus:"):
    case(R10, ad(NICE.format(h=h), reqs=False), must(3))
for h in ("What we offer you", "Perks:", "The package"):
    case(R10, ad(BEN.format(h=h), reqs=False), must(3))
for h in ("Was wir dir bieten:", "Deine Benefits:", "Wir bieten Ihnen"):
    case(R10, ad_de_after_reqs(BEN, h), must(3))
case(
    R10,
    ad(
        "Our interns program is run by the data team.\n7+ years of experience.",
        title="Staff Analytics Engineer",
    ),
    yrs_senior,
)
case(R10, ad("Experience with leading BI tools.", title="BI Developer"), senior_not("lead"))
# gender
for s in (
    "A strong track record in forecasting.",
    "You will challenge assumptions in the model review.",
    "You will analyse competitor pricing.",
    "Experience building decision support dashboards.",
    "We share our results at a monthly all-hands.",
    "We are a leader in logistics software.",
):
    case(G10, ad(s), no_gender)
case(G10, ad("We need a confident, self-reliant analyst."), masc)
case(G10, ad("We are a supportive, understanding and kind team."), fem)
# arrangement
case(A10, ad("Homeoffice-Möglichkeit an 2 Tagen pro Woche.", "de"), arr("hybrid", 3))
case(A10, ad("Hybrid (Warsaw office, 2 days per week)."), arr("hybrid", 2))
case(A10, ad("You'll work from our Leeds office three days a week."), arr("hybrid", 3))
case(A10, ad("Remote-first with an optional office in Berlin."), arr("remote"))
case(A10, ad("Vor-Ort-Präsenz an 3 Tagen pro Woche.", "de"), arr("hybrid", 3))
# languages
case(L10, ad("Sehr gute Deutsch- und Englischkenntnisse.", "de"), langs(German=True, English=True))
case(
    L10,
    ad("Fluency in English is required; Arabic is a strong plus."),
    langs(English=True, Arabic=False),
)
case(L10, ad("English or German at C1 level."), langs(English=True, German=True))
# exclusion
case(X10, ad("Ideal for a young graduate looking to start their career."), flagged("age-coded"))
case(X10, ad("You must be comfortable sitting for long periods."), flagged("ability-coded"))
case(X10, ad("U.S. Citizenship is required."), flagged("nationality-coded", "concern"))
case(X10, ad("We welcome applications from people of all ages."), no_age)
# answers
ans(N10, "We're looking into it.", at_most(2))
ans(N10, "Everybody here is treated fairly.", at_most(2))
ans(N10, "We plan to start a pay audit at some point.", at_most(2))
ans(
    N10,
    "Our COO owns the pay audit; the 2025 audit found a 2.8% gap that we closed in March.",
    at_least(4),
)
ans(N10, "Wir haben 2024 alle 140 Gehälter geprüft und 9 angepasst.", at_least(4))
ans(N10, "The returnship was cut in 2024 and not replaced.", at_most(2, flag=True))

# ---- tenth round, sixth pass: the same classes through HTML, as a user's saved page
hcase(P10, "<h3>Salary</h3><p>From: $66,000<br>To: $74,000</p>", pay_is(66000, 74000))
hcase(P10, "<ul><li>Hourly: 29 - 34</li></ul>", pay_is(29, 34, "hour"))
hcase(P10, "<p><b>Sign-on bonus</b><br>$7,500</p>", no_pay)
hcase(
    A10, "<ul><li>Mon&ndash;Thu in the office</li><li>Fridays from home</li></ul>", arr("hybrid", 4)
)
hcase(A10, "<p>Work from home on Mondays and Fridays.</p>", arr("hybrid", 3))
hcase(A10, "<p>This position is not suitable for remote work.</p>", arr("onsite"))
hcase(X10, "<ul><li>Must have own car</li></ul>", flagged("ability-coded"))
hcase(G10, "<p>Competitive shift differential for nights.</p>", no_gender)
hcase(
    L10,
    "<p>Knowledge of Swedish or Danish is an advantage.</p>",
    langs(Swedish=False, Danish=False),
)
# Alternatives in a nested <ul> under an item: html.main_text indents nested items as Markdown
# does, so they are read as the same list written in text (one requirement for the choice).
for _lead in ("two or more of:", "at least one of the following:", "one of these:"):
    hcase(
        R10,
        f"<h2>Requirements</h2><ul><li>Production experience with {_lead}<ul><li>Kafka</li>"
        "<li>Pulsar</li><li>Kinesis</li></ul></li><li>Strong SQL</li><li>Python</li></ul>",
        must(3),
    )
hcase(
    R10,
    "<h2>What you bring</h2><ol><li>Degree in a quantitative field</li><li>Experience with:"
    "<ul><li>dbt</li><li>Airflow</li></ul></li></ol>",
    must(3, tol=1),
)

# ---- tenth round, seventh pass: an age is no years of experience; eyesight by other words


def years_is(n: int | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.years_required == n, f"years={r.years_required}"

    return chk


case(R10, ad("Alter: 25-35 Jahre", "de"), years_is(3))
case(R10, ad("Bewerber im Alter zwischen 20 und 30 Jahren.", "de"), years_is(3))
case(R10, ad("Ideal for candidates aged 21-28 years."), years_is(3))
case(R10, ad("You are 25 years old or older."), years_is(3))
case(X10, ad("Strong eyesight is required."), flagged("ability-coded"))
case(X10, ad("Keen hearing and good eyesight."), flagged("ability-coded"))
case(X10, ad("A strong vision for the product."), none_of("ability-coded"))

# ---- tenth round, eighth pass: whole ads with every class at once


FULL10 = {
    "uk1": """# Data Officer

Band 5 | £29,970 - £36,483 per annum | Leeds General Infirmary

Main duties of the job
- Maintain the patient activity dashboards
- Answer data requests from clinical teams

Person Specification
Essential
- Degree or equivalent experience
- Advanced Excel
- Experience of SQL
Desirable
- Experience with Power BI

This post is based at the hospital; home working up to two days a week by agreement.
A full UK driving licence and access to a car are essential for travel between sites.
""",
    "de2": """# Referent*in Datenmanagement

Die Stadt Musterstadt sucht zum nächstmöglichen Zeitpunkt eine*n Referent*in.

Ihre Aufgaben:
- Pflege des Datenkatalogs
- Beratung der Fachämter

Ihr Profil:
- abgeschlossenes Hochschulstudium (Master) in Informatik oder vergleichbar
- Kenntnisse in SQL und Python
- Deutschkenntnisse auf C1-Niveau

Wir bieten:
- Vergütung nach Entgeltgruppe 13 TVöD (ca. 4.700 – 6.800 € brutto monatlich)
- Mobiles Arbeiten bis zu 60 %
- Betriebliche Altersvorsorge
""",
    "en3": """# Machine Learning Engineer (Remote, EU)

About us: a 40-person climate startup, fully remote across Europe with two offsites a year.

Your responsibilities
- Train and ship forecasting models
- Build our feature store

You bring
- 3+ years of Python in production
- Experience with PyTorch or JAX
- Fluent English; German or French is a plus

Salary: €70,000 – €85,000 gross per year, plus stock options.
""",
    "de1": """# Data Analyst (m/w/d) – Controlling

Wir sind ein mittelständischer Maschinenbauer mit 800 Mitarbeitenden in Ulm.

## Deine Aufgaben
- Du baust Berichte in Power BI
- Du analysierst Kosten und Margen
- Du unterstützt das Controlling bei Audits

## Dein Profil
- Abgeschlossenes Studium der Wirtschaftswissenschaften
- Mindestens 3 Jahre Erfahrung im Controlling
- Sehr gute SQL-Kenntnisse
- Verhandlungssicheres Deutsch, gutes Englisch

## Wünschenswert
- Erfahrung mit SAP
- Python

## Das bieten wir
- 30 Tage Urlaub
- Homeoffice an bis zu zwei Tagen pro Woche
- Jobrad und Deutschlandticket-Zuschuss von 30 € im Monat
- Gehalt: 58.000 – 66.000 € brutto im Jahr
""",
    "en1": """# Senior Analytics Engineer

We're a Series B fintech (raised $40M in 2025) with 120 people.

## What you'll do
- Own our dbt models and the semantic layer
- Partner with Finance on revenue reporting
- Mentor two junior analysts

## What we're looking for
- 5+ years in analytics engineering
- Expert SQL and dbt
- Experience with one or more of: Snowflake, BigQuery, Redshift
- Clear written English

## Nice to have
- Looker or Tableau
- Experience in payments

## Compensation & Benefits
- Salary: $150,000 – $175,000 per year + equity
- $2,000 learning budget
- Hybrid: Tuesdays and Thursdays in our NYC office
""",
    "en2": """# Warehouse Data Coordinator

Join our young, energetic team at the Reno distribution center!

Responsibilities
- Track inventory in our WMS
- Prepare daily shipping reports

Requirements
- High school diploma
- 1+ year of inventory experience
- Must be able to lift 50 lbs and stand for the entire shift
- Must be a U.S. citizen

Pay: $21.50/hr, shift 6am - 2:30pm. $1,000 sign-on bonus.
On-site only.
""",
}


def whole(must_n: int, pay: tuple[float, float, str], kind: str, days: float | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (
            r.must_haves,
            (r.pay.minimum, r.pay.maximum, r.pay.period),
            r.work_arrangement,
            r.office_days,
        )
        return got == (must_n, pay, kind, days), f"{got}"

    return chk


case(R10, FULL10["de1"], whole(4, (58000, 66000, "year"), "hybrid", 3))
case(R10, FULL10["en1"], whole(4, (150000, 175000, "year"), "hybrid", 2))
case(R10, FULL10["en2"], whole(4, (21.5, 21.5, "hour"), "onsite", 5))
case(A10, ad("Hybrid: Mondays and Fridays at our Leeds office."), arr("hybrid", 2))
case(A10, ad("Wednesdays and Thursdays we meet in our Berlin office."), arr("hybrid", 2))
case(A10, ad("On-site only."), arr("onsite"))
case(A10, ad("Location: Austin, TX (in-office only)"), arr("onsite"))

case(R10, FULL10["uk1"], whole(3, (29970, 36483, "year"), "hybrid", 3))
case(R10, FULL10["de2"], whole(3, (4700, 6800, "month"), "hybrid", 2))
case(R10, FULL10["en3"], whole(3, (70000, 85000, "year"), "remote", 0))
case(A10, ad("Home working up to three days a week."), arr("hybrid", 2))
case(A10, ad("Homeworking 2 days per week, the rest on site."), arr("hybrid", 3))

case(A10, ad("WFH 2 days a week, otherwise in the office."), arr("hybrid", 3))
case(A10, ad("Homeoffice 2 Tage pro Woche, den Rest im Büro.", "de"), arr("hybrid", 3))
case(A10, ad("2 days a week in the office, the rest from home."), arr("hybrid", 2))


# ---- tenth round, ninth pass
for s in (
    "Bei uns sind alle per Du und die Stimmung ist super.",
    "Wir sind auf einem guten Weg, denke ich.",
    "Da kümmert sich die Personalabteilung drum.",
    "Das Thema steht bei uns ganz oben auf der Agenda.",
    "We have a lot of women in leadership, I believe.",
):
    ans(N10, s, at_most(2))
for s in (
    "Unsere Gleichstellungsbeauftragte prüft seit 2022 jede Stellenausschreibung; der Frauenanteil in Führung stieg von 18 % auf 31 %.",
    "Since March 2025, every promotion case is reviewed by a panel of three, and the promotion rate gap between men and women fell from 6 to 1 percentage points.",
):
    ans(N10, s, at_least(4))
ans(N10, "Das Mentoring-Programm ist nach einem Jahr eingeschlafen.", at_most(2, flag=True))
ans(N10, "Our salary bands were published once in 2022 and never updated.", at_most(2, flag=True))
case(P10, ad("Salary: 48,000-55,000 GBP pa"), pay_is(48000, 55000, "year"))
case(P10, ad("Pay: 15.50/hr - 18.00/hr"), pay_is(15.5, 18, "hour"))
case(P10, ad("Gehalt: 45 - 52 TEUR", "de"), pay_is(45000, 52000))
case(P10, ad("Vergütung: bis zu 95 T€ p.a.", "de"), pay_max(95000, "year"))
case(P10, ad("Office hours: 9am–5pm; lunch break 12pm–1pm."), no_pay)
case(P10, ad("The fund has $500M under management and a $20M annual budget."), no_pay)
case(G10, ad("You will lead the migration of our analytics stack."), no_gender)
case(G10, ad("Our analytical team supports the business units."), no_gender)
case(A10, ad("Ab sofort, unbefristet, Vollzeit, 100 % remote möglich.", "de"), arr("remote"))
case(A10, ad("Flexible working: up to 2 days from home each week."), arr("hybrid", 3))
case(L10, ad("Bewerbungen auf Englisch sind willkommen.", "de"), no_lang("English"))
case(X10, ad("Wir suchen Verstärkung für unser junges Start-up-Team.", "de"), flagged("age-coded"))


# ================================================================ eleventh round (helper redteam11)
# Written by reading: each expectation was set before askback ran on it.
P11, R11, G11, A11, L11, X11, N11, S11 = (c + " (11th)" for c in (P, R, G, A, L, X, N, S))

# ---- pay: other currencies and notations
case(P11, ad("Salary: CHF 110'000 – 125'000 per year"), pay_is(110000, 125000, "year"))
case(P11, ad("Lön: 42 000–48 000 SEK per månad"), pay_is(42000, 48000, "month"))
case(P11, ad("Monthly salary: SEK 45,000 - 52,000"), pay_is(45000, 52000, "month"))
case(P11, ad("Gehalt: € 4.500 brutto monatlich", "de"), pay_is(4500, 4500, "month"))
case(P11, ad("Vergütung: 4.200 € - 4.800 € brutto/Monat", "de"), pay_is(4200, 4800, "month"))
case(P11, ad("£45k-£55k pro rata"), pay_is(45000, 55000))
case(P11, ad("Day rate: £450-£550 outside IR35"), pay_is(450, 550, "day"))
case(P11, ad("Contract, 6 months, €600 per day."), pay_is(600, 600, "day"))
case(P11, ad("Tagessatz: 700 € netto", "de"), pay_is(700, 700, "day"))
case(P11, ad("Rate: $90-$110/hr on W2"), pay_is(90, 110, "hour"))
case(P11, ad("Salary: 65 000 – 72 000 EUR gross per year"), pay_is(65000, 72000, "year"))
case(P11, ad("Compensation: CHF 9,500 per month (13 salaries)"), pay_is(9500, 9500, "month"))
case(P11, ad("Jahresgehalt: 68.000–78.000 € (brutto)", "de"), pay_is(68000, 78000, "year"))
case(P11, ad("Gehaltsspanne: 60 - 70 k€ p.a.", "de"), pay_is(60000, 70000, "year"))
case(P11, ad("Salary: £38,500 - £44,000 per annum plus benefits"), pay_is(38500, 44000, "year"))
case(P11, ad("Pay: USD 150,000–180,000/yr"), pay_is(150000, 180000, "year"))
case(P11, ad("Stundenlohn: 18,50 € brutto", "de"), pay_is(18.5, 18.5, "hour"))
case(P11, ad("Salary: NOK 650,000 - 750,000"), pay_is(650000, 750000))
case(
    P11,
    ad("Salary: PLN 18 000 - 24 000 gross monthly (B2B possible)"),
    pay_is(18000, 24000, "month"),
)
case(P11, ad("Base salary: $95K–$120K + equity"), pay_is(95000, 120000))
# not pay
for s in (
    "Free lunch every day and a £500 annual learning budget.",
    "Our clients include firms with over CHF 2bn in assets.",
    "Shift: 6am–2pm or 2pm–10pm, rotating weekly.",
    "Equity: 0.1% – 0.25%, vesting over 4 years.",
    "Pension: we contribute 8% of your salary.",
    "Cycle-to-work scheme up to £2,000.",
    "Home office setup allowance of €800 in your first month.",
    "Annual bonus target: 15% of base salary.",
    "Our ARR grew from $5M to $18M in two years.",
    "Meetings run from 2pm to 3pm CET.",
):
    case(P11, ad(s), no_pay)
for s in (
    "Jährliches Weiterbildungsbudget: 1.500 €.",
    "Zuschuss zur betrieblichen Altersvorsorge von 50 % bzw. bis zu 100 € im Monat.",
    "Unsere Kunden verwalten über 5 Mrd. € Vermögen.",
    "Essenszuschuss: 6,90 € pro Arbeitstag.",
    "Schichtbeginn um 6 Uhr, Ende um 14:30 Uhr.",
    "Fahrradleasing und 30 Tage Urlaub.",
):
    case(P11, ad(s, "de"), no_pay)

# ---- requirements: seniority from the title and level words only
case(
    R11,
    ad(
        "You will help with our data stage pipelines.\n- 7+ years of experience",
        title="Senior Data Engineer",
    ),
    yrs_senior,
)
case(
    R11,
    ad("Requirements: 5+ Jahre Erfahrung", "de", title="Senior Data Scientist (m/w/d)"),
    yrs_senior,
)
case(
    R11,
    ad(
        "Wir suchen Verstärkung.\n- 6+ Jahre Berufserfahrung",
        "de",
        title="Leitender Datenanalyst (m/w/d)",
    ),
    yrs_senior,
)
case(R11, ad("- 8+ years of experience", title="Sr. Analytics Engineer"), yrs_senior)
case(R11, ad("- 10+ years of experience", title="Principal Data Scientist"), yrs_senior)
case(R11, ad("- 6+ years of experience", title="Staff Machine Learning Engineer"), yrs_senior)
case(
    R11,
    ad("Our interns will shadow you. \n- 7+ years of experience", title="Lead Data Engineer"),
    yrs_senior,
)
case(
    R11,
    ad(
        "Das Team arbeitet mit Werkstudierenden zusammen.\n- 5+ Jahre Erfahrung",
        "de",
        title="Senior Data Engineer (w/m/d)",
    ),
    yrs_senior,
)
case(
    R11,
    ad("- 5+ years of experience in internal audit", title="Data Analyst"),
    senior_not("intern"),
)
case(
    R11,
    ad("- 5+ years of experience with international teams", title="Data Analyst"),
    senior_not("intern"),
)
case(R11, ad("- 6+ years in leadership development", title="Data Analyst"), senior_not("lead"))
case(
    R11, ad("- 4+ years; mid-stage startup experience", title="Data Analyst"), senior_not("intern")
)
case(
    R11,
    ad("Trainee programme: 24 months.\n- 5+ years of experience", title="Junior Data Analyst"),
    yrs_flag,
)
case(R11, ad("- 8+ Jahre Berufserfahrung", "de", title="Junior Data Analyst (m/w/d)"), yrs_flag)
case(R11, ad("- 6+ years of experience", title="Entry-level Data Analyst"), yrs_flag)
case(
    R11, ad("- 5+ Jahre Erfahrung", "de", title="Berufseinsteiger Data Analytics (m/w/d)"), yrs_flag
)

# ---- gender: German trait words vs non-trait senses
case(G11, ad("Du bist durchsetzungsstark und ehrgeizig.", "de"), masc)
case(G11, ad("Sie treten selbstbewusst und durchsetzungsstark auf.", "de"), masc)
case(G11, ad("Du bist einfühlsam und teamorientiert.", "de"), fem)
case(G11, ad("Sie sind herzlich, hilfsbereit und zuverlässig.", "de"), fem)
case(
    G11,
    ad(
        "You are assertive, decisive and competitive.",
    ),
    masc,
)
case(G11, ad("You are compassionate, supportive and collaborative."), fem)
for s in (
    "Du hilfst bei der Durchsetzung von Compliance-Vorgaben.",
    "Wir sind Marktführer im Bereich Zahlungsverkehr.",
    "Du leitest das Projekt zur Einführung von SAP.",
    "Erfahrung mit Analysen im Wettbewerbsumfeld.",
    "Du berichtest an die Abteilungsleitung.",
    "Wir bieten ein wettbewerbsfähiges Gehalt.",
    "Du unterstützt unser Support-Team im 2nd-Level.",
    "Kenntnisse in Active Directory von Vorteil.",
):
    case(G11, ad(s, "de"), no_gender)
for s in (
    "You will run competitive analysis for the product team.",
    "We offer a competitive compensation package.",
    "Experience with decision support tools.",
    "You will support the lead engineer on releases.",
    "Experience building dominant-frequency filters in signal processing.",
    "You will maintain our child-safety classifiers.",
    "Experience with trust and safety operations.",
    "The team leader is based in Berlin.",
    "Strong knowledge of statistics.",
    "You will drive adoption of our data catalogue.",
):
    case(G11, ad(s), no_gender)

# ---- arrangement and office days
case(A11, ad("Remote within CET ±2h."), arr("remote"))
case(A11, ad("Fully remote, as long as you overlap with CET working hours."), arr("remote"))
case(A11, ad("Büro-Pflicht 60 %.", "de"), arr("hybrid"))
case(A11, ad("Präsenzquote: 40 % im Büro.", "de"), arr("hybrid"))
case(A11, ad("Mobiles Arbeiten bis zu 60 % der Arbeitszeit.", "de"), arr("hybrid"))
case(A11, ad("Homeoffice ist zu 100 % möglich.", "de"), arr("remote"))
case(
    A11,
    ad("Du arbeitest überwiegend aus dem Homeoffice, einmal im Monat Teamtag in Köln.", "de"),
    arr("hybrid"),
)
case(A11, ad("Arbeitsort: Stuttgart (vor Ort).", "de"), arr("onsite"))
case(A11, ad("Hybrides Arbeiten: 3 Tage Homeoffice, 2 Tage Büro.", "de"), arr("hybrid", 2))
case(A11, ad("Wir sehen uns an 2 Tagen pro Woche im Office.", "de"), arr("hybrid", 2))
case(A11, ad("Location: London (hybrid, 3 days on site)."), arr("hybrid", 3))
case(A11, ad("Work model: hybrid – 60% office."), arr("hybrid"))
case(A11, ad("This is a 100% on-site position in Rotterdam."), arr("onsite"))
case(A11, ad("Remote-friendly: work from home up to 4 days a week."), arr("hybrid", 1))
case(A11, ad("We are an office-first company: 4 days in the office."), arr("hybrid", 4))
case(A11, ad("Work from anywhere in the UK."), arr("remote"))
case(A11, ad("Location: Remote (EMEA)."), arr("remote"))
case(A11, ad("Onsite five days a week in Austin, TX."), arr("onsite"))
for s in (
    "You will build remote monitoring for wind turbines.",
    "Experience with hybrid search (BM25 + vectors).",
    "Our office is next to the central station.",
    "We sell remote-control toys for kids.",
):
    case(A11, ad(s), arr_not)
for s in (
    "Du entwickelst Fernwartungslösungen für Maschinen.",
    "Unser Büro liegt zentral in Leipzig.",
    "Erfahrung mit Hybridfahrzeugen ist ein Plus.",
):
    case(A11, ad(s, "de"), arr_not)

# ---- languages with CEFR levels
case(L11, ad("German (B2) required, English (C1) required."), langs(German=True, English=True))
case(L11, ad("English C1 is a must; Spanish B1 is a plus."), langs(English=True, Spanish=False))
case(L11, ad("Deutsch mindestens B2, Englisch C1.", "de"), langs(German=True, English=True))
case(
    L11,
    ad("Englisch auf C1-Niveau erforderlich, Niederländisch wünschenswert.", "de"),
    langs(English=True, Dutch=False),
)
case(L11, ad("Französisch (B2) ist ein Plus.", "de"), langs(French=False))
case(L11, ad("Fluent English (C1+) and conversational German (B1)."), langs(English=True))
case(L11, ad("Sprachen: Deutsch (C2), Englisch (B2).", "de"), langs(German=True, English=True))
case(L11, ad("Swedish is a bonus but not required."), langs(Swedish=False))
case(L11, ad("Italienischkenntnisse (B1) sind hilfreich.", "de"), langs(Italian=False))
case(L11, ad("Native-level German is essential."), native)
case(L11, ad("Deutsch als Muttersprache.", "de"), native)
case(L11, ad("English mother tongue preferred."), native)
case(L11, ad("Muttersprachliche Englischkenntnisse.", "de"), native)
for s in (
    "Experience with native mobile apps (Kotlin, Swift).",
    "You will work with Node.js and Go.",
    "Experience with Java and C# is a plus.",
    "Kubernetes-native deployments.",
):
    case(L11, ad(s), no_native)
case(L11, ad("You will work with Python and R."), no_lang("Python"))

# ---- exclusionary: age
for s in (
    "You are a digital native who lives on social media.",
    "We are a young, fun team in our twenties.",
    "Ideal candidates are recent graduates aged 22-28.",
    "Max. 5 years since graduation.",
):
    case(X11, ad(s), flagged("age-coded"))
for s in (
    "Werde Teil unseres jungen, hippen Teams!",
    "Du bist Digital Native.",
    "Wir sind ein junges Team mit flachen Hierarchien.",
    "Idealerweise bist du zwischen 25 und 35 Jahre alt.",
):
    case(X11, ad(s, "de"), flagged("age-coded"))
for s in (
    "Berufseinsteiger sind herzlich willkommen.",
    "Auch Quereinsteiger und Berufserfahrene sind willkommen.",
    "Wir sind ein junges Unternehmen, 2021 gegründet.",
    "Wir fördern junge Menschen in unseren Bildungsprojekten.",
):
    case(X11, ad(s, "de"), not_flagged("age-coded"))
for s in (
    "Graduates and experienced hires are both welcome.",
    "We are a young company founded in 2022.",
    "Our product helps young families save money.",
    "Must be at least 21 to drive our vehicles.",
):
    case(X11, ad(s), not_flagged("age-coded"))
# ---- exclusionary: physical demands in desk work
for s in (
    "Must be able to sit or stand for 8 hours and lift 25 lbs.",
    "Physical requirements: frequent bending, kneeling and lifting up to 50 pounds.",
    "Must have full use of both hands.",
    "Must be able to walk up to 5 miles per shift.",
):
    case(X11, ad(s), flagged("ability-coded"))
case(X11, ad("Körperliche Belastbarkeit und Heben bis 20 kg.", "de"), flagged("ability-coded"))
for s in (
    "We lift each other up.",
    "You will walk stakeholders through the results.",
    "Standing meetings are kept to 15 minutes.",
    "You will carry out A/B tests.",
):
    case(X11, ad(s), none_of("ability-coded"))
case(X11, ad("Du stehst im engen Austausch mit dem Vertrieb.", "de"), none_of("ability-coded"))
# ---- exclusionary: citizenship, neutral
for s in (
    "Must hold UK citizenship due to security requirements.",
    "Applicants must be Swiss nationals.",
    "U.S. Citizenship is required for this role (ITAR).",
):
    case(X11, ad(s), flagged("nationality-coded", "concern"))
case(
    X11,
    ad("Deutsche Staatsangehörigkeit erforderlich.", "de"),
    flagged("nationality-coded", "concern"),
)
case(X11, ad("You must have the right to work in the UK."), work_permit)
case(X11, ad("Eine gültige Arbeitserlaubnis für die Schweiz ist erforderlich.", "de"), work_permit)
for s in (
    "Our platform serves citizens across Europe.",
    "We have colleagues of 30 nationalities.",
):
    case(X11, ad(s), none_of("nationality-coded"))
case(
    X11,
    ad("Wir haben Kolleginnen und Kollegen aus 25 Nationen.", "de"),
    none_of("nationality-coded"),
)

# ---- answers: numbers that are not outcomes, vague vs concrete
for s in (
    "We have 3 ERGs and 2 diversity councils.",
    "Our office has 4 floors and 12 meeting rooms.",
    "We've talked about this in about 10 all-hands meetings.",
    "Our CEO mentioned diversity 5 times in her last town hall.",
    "We've had 2 workshops on unconscious bias, and people liked them.",
    "About 100 people attended our Pride event, which was fun.",
    "Wir haben 3 Netzwerke und einen Diversity-Beirat.",
    "Wir haben 2020 eine Charta der Vielfalt unterschrieben.",
    "Es gab im letzten Jahr 4 Workshops zum Thema, die gut ankamen.",
    "I think we're maybe 40% women, I'd have to check.",
    "Ich glaube, wir liegen bei etwa 30 % Frauen, genau weiß ich es nicht.",
    "We'll probably look at pay equity sometime in 2027.",
    "Wir planen eventuell 2027 eine Gehaltsanalyse.",
):
    ans(N11, s, at_most(2))
for s in (
    "Our mentoring programme ended when the budget was cut in 2024.",
    "We used to publish pay bands, but we stopped in 2023.",
    "Das Frauennetzwerk hat sich 2024 aufgelöst, es gibt keinen Ersatz.",
    "Die Teilzeit-Option für Führungskräfte wurde gestrichen.",
):
    ans(N11, s, at_most(2, flag=True))
for s in (
    "In 2025, 11 of our 24 engineering hires were women, up from 4 of 22 in 2023, after we rewrote our ads and used structured interviews.",
    "Our HR director, Tom Weber, reviews pay every January; the unexplained gap fell from 5.2% to 0.9% between 2022 and 2025.",
    "Seit Januar 2024 hat jede Stelle eine Gehaltsspanne; der Anteil der Bewerberinnen stieg von 22 % auf 35 %.",
    "2025 haben 12 von 15 Vätern die volle Elternzeit von 16 Wochen genommen.",
    "Since we introduced a 4-day week option in 2023, attrition among parents fell from 19% to 8%.",
):
    ans(N11, s, at_least(4))

# ---- suggested questions fit the finding
case(
    S11,
    ad("Führerschein Klasse B und eigener PKW erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"screen-reader"}),
)
case(S11, ad("Must be able to lift 20 kg regularly."), q_has("ability-coded", set(), {"driving"}))
case(S11, ad("Work hard, party harder!"), q_has("bro-culture", {"drinking-culture"}))
case(
    S11,
    ad("Wir sind ein junges, dynamisches Team.", "de"),
    q_has("age-coded", {"age"}, {"driving", "screen-reader"}),
)
case(S11, ad("Digital natives wanted!"), q_has("age-coded", {"age"}, {"driving"}))
case(
    S11,
    ad("Must be a Swiss citizen."),
    q_has("nationality-coded", set(), {"screen-reader", "driving", "age"}),
)
case(S11, ad("Gehalt: attraktiv.", "de"), q_has("salary", {"salary-range"}))
case(S11, ad("Competitive salary and great benefits."), q_has("salary", {"salary-range"}))

# ---- findings: levels hold
case(F, ad("Salary: CHF 120,000 – 140,000 per year."), level_of("salary", "positive"))
case(F, ad("Vergütung: attraktiv und leistungsgerecht.", "de"), level_of("salary", "gap"))
case(F, ad("Deutsche Staatsangehörigkeit erforderlich.", "de"), invariant)
case(F, ad("Day rate: £500."), invariant)


# ---- eleventh round, second pass
case(P11, ad("Salary: 80.000 – 95.000 CHF brutto/Jahr", "de"), pay_is(80000, 95000, "year"))
case(P11, ad("Månadslön 38 000 kr"), pay_is(38000, 38000, "month"))
case(P11, ad("Rate: €75–€90 per hour (freelance)"), pay_is(75, 90, "hour"))
case(P11, ad("Daily rate: up to £600"), pay_max(600, "day"))
case(P11, ad("Salary: £32,000 FTE (pro rata for 3 days a week)"), pay_is(32000, 32000))
case(P11, ad("Gehalt ab 3.900 € brutto/Monat bei 40 Std./Woche", "de"), pay_min(3900, "month"))
case(
    P11,
    ad("Vergütung nach TV-L E13 (ca. 4.600 – 6.700 € brutto monatlich)", "de"),
    pay_is(4600, 6700, "month"),
)
case(P11, ad("Salary: 55K–65K EUR per annum"), pay_is(55000, 65000, "year"))
case(P11, ad("Deadline: 12pm, 15 January. Interviews at 2pm."), no_pay)
case(P11, ad("Company valued at €1.2bn after our last round."), no_pay)
case(P11, ad("Mitarbeiterrabatt von 20 % und 500 € Willkommensbonus.", "de"), no_pay)
case(P11, ad("You will process payments of up to $10,000 per transaction."), no_pay)
case(A11, ad("Remote (UTC-3 to UTC+3)."), arr("remote"))
case(A11, ad("Anywhere in Europe, remote."), arr("remote"))
case(
    A11, ad("Hybrid model: office on Mondays and Wednesdays."), arr("hybrid")
)  # days not counted yet (2)
case(A11, ad("Präsenz an 3 von 5 Tagen.", "de"), arr("hybrid"))  # days not counted yet (3)
case(A11, ad("Arbeitsmodell: 50/50 Büro und Homeoffice.", "de"), arr("hybrid"))
case(A11, ad("Wir arbeiten remote-first mit einem Büro in Berlin.", "de"), arr("remote"))
case(A11, ad("Ein Arbeiten im Homeoffice ist nicht möglich.", "de"), arr("onsite"))
case(A11, ad("Remote work is not available for this role."), arr("onsite"))
case(A11, ad("We use remote desktop tools for support."), arr_not)
case(L11, ad("Dutch (B2 or higher) is required."), langs(Dutch=True))
case(L11, ad("Gute Englischkenntnisse (mind. B2) setzen wir voraus.", "de"), langs(English=True))
case(L11, ad("Portugiesisch auf C1-Niveau wäre schön.", "de"), langs(Portuguese=False))
case(
    L11,
    ad("Fluent in English; Danish or Norwegian is an advantage."),
    langs(English=True, Danish=False),
)
case(L11, ad("Deutsch wie eine Muttersprache.", "de"), native)
case(X11, ad("Du bist zwischen 20 und 30 und hast Lust auf Start-up.", "de"), flagged("age-coded"))
case(X11, ad("We want someone young and hungry."), flagged("age-coded"))
case(X11, ad("Candidates should be in their 20s or early 30s."), flagged("age-coded"))
case(
    X11,
    ad("Our users are young adults between 18 and 25.", title="Product Analyst"),
    not_flagged("age-coded"),
)
case(X11, ad("Must be able to see small print and distinguish colours."), flagged("ability-coded"))
case(X11, ad("Gute körperliche Verfassung erforderlich.", "de"), flagged("ability-coded"))
case(X11, ad("You will stand in for the team lead during holidays."), none_of("ability-coded"))
case(X11, ad("EU citizenship required."), flagged("nationality-coded", "concern"))
case(X11, ad("Must be eligible to work in Germany."), work_permit)
case(X11, ad("We cannot offer visa sponsorship for this role."), work_permit)
ans(N11, "We sent 3 emails about the new policy and put up 10 posters.", at_most(2))
ans(N11, "Wir haben 12 Räume für Eltern und 2 Netzwerke.", at_most(2))
ans(N11, "We've got 5 diversity champions, it's going well I think.", at_most(2))
ans(N11, "In 2024, 18 of 30 promotions went to women, up from 7 of 28 in 2022.", at_least(4))
ans(
    N11,
    "Since 2023 our pay review is checked by an external auditor each year; the adjusted gap is 1.2%.",
    at_least(4),
)
case(
    S11,
    ad("Only EU citizens may apply."),
    q_has("nationality-coded", {"visa"}, {"driving", "screen-reader"}),
)
case(
    S11,
    ad("Native English speaker required."),
    q_has("language", set(), {"driving", "screen-reader"}),
)
case(
    S11,
    ad("Must be able to stand for long periods."),
    q_has("ability-coded", set(), {"driving", "visa"}),
)
case(S11, ad("Recent graduates only."), q_has("age-coded", {"age"}, {"driving", "visa"}))


# ================================================================ twelfth round (helper redteam12)
# Written by reading: each expectation was set before askback ran on it.
P12, A12, L12, X12 = (c + " (12th)" for c in (P, A, L, X))


def salary_not_gap(r: AdReport) -> tuple[bool, str]:
    """A public pay scale with its grade tells the pay: no 'no salary stated' gap."""
    fs = [(f.level.value, f.title[:60]) for f in r.findings if f.check == "salary"]
    return bool(fs) and all(lv != "gap" for lv, _ in fs), f"{fs}"


def not_required(language: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = {x.language: x.required for x in r.language_requirements if not x.implied}
        return got.get(language) is not True, f"langs={got}"

    return chk


def ability_not_concern_or_none(r: AdReport) -> tuple[bool, str]:
    fs = [(f.level.value, f.title[:50]) for f in r.findings if f.check == "ability-coded"]
    return all(lv != "concern" for lv, _ in fs), f"{fs}"


# ---- pay: figures without a sign, k-suffixes, high to low, labelled ends
for s, lo, hi, per in (
    ("Salary: 78,000 - 92,000 USD per year", 78000, 92000, "year"),
    ("Compensation range: 120,000–150,000 annually", 120000, 150000, "year"),
    ("Pay: 60K to 75K per annum", 60000, 75000, "year"),
    ("Salary: $98,000 – $84,000 per year", 84000, 98000, "year"),
    ("Pay: 3,200 - 3,800 EUR per month", 3200, 3800, "month"),
    ("Salary: 70.000 - 80.000 EUR p.a.", 70000, 80000, "year"),
    ("The salary for this role is 55,000-62,000 pounds a year.", 55000, 62000, "year"),
    ("Salary: 48 000 - 56 000 euros per year", 48000, 56000, "year"),
    ("Rate: 650 - 750 GBP per day", 650, 750, "day"),
    ("Hourly: 24.50 to 29.75", 24.5, 29.75, "hour"),
    ("Salary: 62,000 to 54,000 GBP per annum", 54000, 62000, "year"),
    ("Hourly pay: $34 - $29", 29, 34, "hour"),
):
    case(P12, ad(s), pay_is(lo, hi, per))
for s, lo, hi in (
    ("Base salary: 110-130k", 110000, 130000),
    ("Pay range: 95k - 80k", 80000, 95000),
    ("Salary: 42000-48000 GBP", 42000, 48000),
    ("Salary $85k–$105k + bonus", 85000, 105000),
    ("Compensation: 95,000 to 120,000 USD base, plus equity", 95000, 120000),
    ("Salary Minimum: $64,500\nSalary Maximum: $79,000", 64500, 79000),
    ("Pay Range Min: 52,000\nPay Range Max: 61,000", 52000, 61000),
    ("Starting salary: £30,000\nMaximum salary: £36,000", 30000, 36000),
    ("Target compensation: 140k–170k", 140000, 170000),
):
    case(P12, ad(s), pay_is(lo, hi))
case(P12, ad("Up to $140,000 per year"), pay_max(140000, "year"))
case(P12, ad("From £42,000 per annum"), pay_min(42000, "year"))
case(P12, ad("Salary: up to 65k EUR"), pay_max(65000))
case(P12, ad("Base pay starts at 88,000 per year."), pay_min(88000, "year"))
# hourly and yearly in one sentence
case(P12, ad("$28.00 per hour ($58,240 per year)"), has_figs((28, "hour"), (58240, "year")))
case(
    P12,
    ad("The pay is $22 an hour, or about $45,760 a year."),
    has_figs((22, "hour"), (45760, "year")),
)
case(
    P12,
    ad("Pay: $40–$48 hourly / $83,200–$99,840 annually"),
    has_figs((40, "hour"), (83200, "year")),
)
case(
    P12,
    ad("Starting at $19/hour (approx. $39,520/year)"),
    has_figs((19, "hour"), (39520, "year")),
)
# German, Austrian, Swiss
for s, lo, hi, per in (
    ("Das Gehalt liegt zwischen 58.000 und 66.000 Euro brutto im Jahr.", 58000, 66000, "year"),
    ("Das Gehalt liegt zwischen 4.200 und 5.100 Euro brutto monatlich.", 4200, 5100, "month"),
    ("Wir bieten ein Jahresgehalt zwischen 70.000 € und 85.000 €.", 70000, 85000, "year"),
    ("Gehalt: € 4.000 brutto monatlich", 4000, 4000, "month"),
    ("Das Mindestgehalt beträgt € 3.850,- brutto pro Monat (14 Gehälter).", 3850, 3850, "month"),
    ("Lohn: CHF 95'000 - 110'000 p.a.", 95000, 110000, "year"),
    ("Gehaltsband: 72.000 bis 64.000 € brutto jährlich", 64000, 72000, "year"),
    ("Monatsgehalt zwischen EUR 3.600 und EUR 4.300 brutto", 3600, 4300, "month"),
    ("Stundenlohn zwischen 16 und 19 Euro brutto", 16, 19, "hour"),
):
    case(P12, ad(s, "de"), pay_is(lo, hi, per))
case(P12, ad("Salary range: CHF 8'000–9'500 per month x 13"), pay_is(8000, 9500, "month"))
case(
    P12,
    ad(
        "Für diese Position gilt ein KV-Mindestgehalt von EUR 52.000 brutto/Jahr auf Vollzeitbasis.",
        "de",
    ),
    pay_min(52000, "year"),
)
case(P12, ad("Ab 55.000 € brutto jährlich", "de"), pay_min(55000, "year"))
case(P12, ad("Bis zu 72.000 € Jahresgehalt", "de"), pay_max(72000, "year"))
case(P12, ad("Jahresbruttogehalt: ab 60 TEUR", "de"), pay_min(60000, "year"))
case(P12, ad("Gehalt: 65-75 T€", "de"), pay_is(65000, 75000))
# a public pay scale with its grade tells the pay
for s in (
    "Die Vergütung erfolgt nach TVöD E13.",
    "Vergütung: TV-L EG 11",
    "Bezahlung nach Entgeltgruppe 12 TVöD Bund.",
    "Eingruppierung in die Entgeltgruppe E 10 TV-L.",
):
    case(P12, ad(s, "de"), salary_not_gap)
# OTE: the base is the pay when both are given
case(P12, ad("Base: £55k, OTE £85k"), pay_min(55000))
# not pay
for s in (
    "Working hours: 7.30am - 4pm. We offer a £2,000 welcome bonus.",
    "Interviews will take place on 12 March from 10am–3pm.",
    "Closing date: 30/06/2026",
    "You will manage a portfolio of €50m.",
    "Relocation assistance up to $10,000.",
    "Our 2025 revenue was $320 million.",
    "Team of 12, supporting 3,000 users across 40 sites.",
    "Eligible for an annual bonus of 10-15% and a car allowance of £5,400.",
    "Shift times: 10pm to 6am, 4 nights on, 4 off.",
    "Sign-on bonus: 7,500 EUR",
    "Phone allowance: £30/month.",
    "We raised 40 million dollars in 2024.",
    "Our platform processes 2 million transactions per day.",
    "Relocation package: 8,000 - 12,000 EUR depending on distance.",
    "Learning budget: 1,000 - 2,000 USD per year.",
    "Office hours 8:30am - 5:30pm, lunch 12pm - 1pm.",
):
    case(P12, ad(s), no_pay)
for s in (
    "Weiterbildungsbudget von 2.000 € pro Jahr.",
    "Wir zahlen 1.000 € Empfehlungsprämie.",
    "Kernarbeitszeit 9-15 Uhr, Gleitzeit.",
    "Eintritt: 01.04.2026",
    "Unser Umsatz liegt bei 80 Mio. Euro.",
    "Umzugskostenpauschale bis 5.000 €.",
    "Schichtzeiten: 6:00 - 14:00 Uhr und 14:00 - 22:00 Uhr.",
    "Jobticket im Wert von 49 € monatlich.",
):
    case(P12, ad(s, "de"), no_pay)

# ---- work arrangement: office days by weekday and by share of days
for s, kind, days in (
    ("Hybrid model: office on Tuesdays and Thursdays.", "hybrid", 2),
    ("Hybrid: in the office Mondays, Wednesdays and Fridays.", "hybrid", 3),
    ("Hybrid setup – we meet at the office every Tuesday and Thursday.", "hybrid", 2),
    ("Office days: Tue/Thu", "hybrid", 2),
    ("Hybrid: office Mon & Thu", "hybrid", 2),
    ("In office: Monday–Wednesday; remote: Thursday–Friday", "hybrid", 3),
    ("4 out of 5 days in the office.", "hybrid", 4),
    ("2 days per week on-site, 3 days remote", "hybrid", 2),
    ("We expect you in the office at least 3 days a week.", "hybrid", 3),
    ("Hybrid (3 days in office)", "hybrid", 3),
    ("Hybrid – 2x per week in our Berlin office", "hybrid", 2),
    ("Onsite 3x/week, the rest remote.", "hybrid", 3),
    ("Two days a week in our London office (Tuesday and Wednesday).", "hybrid", 2),
    ("Hybrid working – currently Tuesdays, Wednesdays and Thursdays in the office.", "hybrid", 3),
    ("1 day a week from home, the rest in the office.", "hybrid", 4),
    ("Hybrid, with three of five working days on site.", "hybrid", 3),
):
    case(A12, ad(s), arr(kind, days))
for s, kind, days in (
    ("Präsenz an 3 von 5 Tagen.", "hybrid", 3),
    ("Anwesenheit im Büro an 2 von 5 Arbeitstagen.", "hybrid", 2),
    ("Hybrides Arbeiten: Dienstag und Donnerstag im Büro.", "hybrid", 2),
    ("Hybrides Arbeiten möglich, im Büro sind wir montags und donnerstags.", "hybrid", 2),
    ("Bürotage: Mo, Mi, Fr", "hybrid", 3),
    ("Mindestens 3 Tage pro Woche vor Ort.", "hybrid", 3),
    ("Mind. 2 Präsenztage/Woche", "hybrid", 2),
    ("Homeoffice: 3 von 5 Tagen", "hybrid", 2),
    ("Vor Ort bist du an 4 von 5 Tagen, einen Tag arbeitest du mobil.", "hybrid", 4),
):
    case(A12, ad(s, "de"), arr(kind, days))
for s, kind in (
    ("Working pattern: 60% office, 40% home.", "hybrid"),
    ("100% remote within the UK.", "remote"),
    ("Fully remote (US time zones).", "remote"),
    ("This role is based on site in Zurich five days a week.", "onsite"),
    ("Remote-friendly, with quarterly team meetups in Lisbon.", "remote"),
    ("Work from home is possible up to 50% of your time.", "hybrid"),
):
    case(A12, ad(s), arr(kind))
for s, kind in (
    ("Homeoffice-Anteil bis zu 40 %.", "hybrid"),
    ("Remote-Anteil: 80 %", "hybrid"),
    ("Dieser Job ist zu 100 % remote.", "remote"),
    ("Vor-Ort-Tätigkeit in unserem Büro in Wien.", "onsite"),
    ("Mobiles Arbeiten im Umfang von 60 %.", "hybrid"),
    ("Präsenzpflicht: 40 %", "hybrid"),
    ("Arbeitsmodell: hybrid (60 % Homeoffice)", "hybrid"),
):
    case(A12, ad(s, "de"), arr(kind))
# things that only look like an arrangement
for s in (
    "Our product helps hybrid teams plan their office days.",
    "We build remote sensing models for agriculture.",
    "Experience with remote monitoring systems.",
    "Team meetings every Monday and Wednesday.",
    "Our hybrid cloud platform runs on AWS and on-prem.",
    "Applications close on Friday; interviews on Tuesday and Thursday.",
    "Our office has 3 floors and a rooftop terrace.",
):
    case(A12, ad(s), arr_not)
for s in (
    "Wir haben Büros in Berlin, München und Wien.",
    "Unsere Kunden sind zu 80 % im Mittelstand.",
    "Jour fixe jeden Montag und Donnerstag.",
):
    case(A12, ad(s, "de"), arr_not)

# ---- languages: required and plus in one sentence, levels, native-speaker wording
for s, want, lang in (
    (
        "Deutsch (C2) zwingend erforderlich, Englisch von Vorteil.",
        {"German": True, "English": False},
        "de",
    ),
    (
        "Englisch verhandlungssicher (C1) Pflicht, Französisch wünschenswert.",
        {"English": True, "French": False},
        "de",
    ),
    (
        "Fließende Deutschkenntnisse (mind. C1) sind ein Muss, Italienisch ist ein Plus.",
        {"German": True, "Italian": False},
        "de",
    ),
    ("English at C1 level required, Spanish preferred.", {"English": True, "Spanish": False}, "en"),
    ("Fluent English required; German a plus.", {"English": True, "German": False}, "en"),
    (
        "German (B2+) is nice to have, English (C1) is mandatory.",
        {"English": True, "German": False},
        "en",
    ),
    (
        "Sehr gute Deutsch- und Englischkenntnisse in Wort und Schrift.",
        {"German": True, "English": True},
        "de",
    ),
    ("Verhandlungssicheres Englisch und Deutsch.", {"German": True, "English": True}, "de"),
    ("Gute Französischkenntnisse wären wünschenswert.", {"French": False}, "de"),
    ("Knowledge of Swedish is beneficial.", {"Swedish": False}, "en"),
    ("Fluency in Dutch and English (spoken and written).", {"Dutch": True, "English": True}, "en"),
    ("Deutsch: fließend; Englisch: gut", {"German": True, "English": True}, "de"),
    ("Sprachen: Deutsch C1, Englisch B2", {"German": True, "English": True}, "de"),
    (
        "You speak English fluently (C1/C2); German is an asset.",
        {"English": True, "German": False},
        "en",
    ),
    ("Englischkenntnisse sind von Vorteil, aber kein Muss.", {"English": False}, "de"),
    ("Italian would be great but not essential.", {"Italian": False}, "en"),
    ("Polish (B2) desirable; English (C1) essential.", {"English": True, "Polish": False}, "en"),
    (
        "Englisch fließend (C1) vorausgesetzt, Spanisch ist wünschenswert.",
        {"English": True, "Spanish": False},
        "de",
    ),
):
    case(L12, ad(s, lang), langs(**want))
case(
    L12, ad("Deutschkenntnisse nicht erforderlich, Englisch reicht.", "de"), not_required("German")
)
for s, lang in (
    ("Native German speaker.", "en"),
    ("German native speaker (m/f/d) wanted.", "en"),
    ("Englisch auf muttersprachlichem Niveau.", "de"),
    ("Französisch auf Muttersprachenniveau.", "de"),
    ("Native or near-native English.", "en"),
    ("English: native level.", "en"),
    ("Muttersprache Deutsch.", "de"),
    ("Deutsch als Erstsprache.", "de"),
    ("You are a native speaker of Spanish.", "en"),
    ("Mother-tongue level Italian.", "en"),
    ("Deutsch auf Native-Speaker-Niveau.", "de"),
):
    case(L12, ad(s, lang), native)
for s in (
    "We build native iOS apps.",
    "Experience with cloud-native tools.",
    "Our app helps learners practise with native speakers.",
):
    case(L12, ad(s), no_native)
case(L12, ad("Localisation into 12 languages including Japanese."), no_lang("Japanese"))

# ---- exclusionary: age, physical demands for desk work, citizenship neutral
for s, lang in (
    ("Wir sind ein junges, dynamisches Team.", "de"),
    ("Du passt perfekt in unser junges Team.", "de"),
    ("Ein junges und motiviertes Team erwartet dich.", "de"),
    ("Join a youthful, energetic team.", "en"),
    ("Ideal for recent graduates.", "en"),
    ("Berufseinsteiger bis 30 Jahre.", "de"),
    ("Applicants should be under 35.", "en"),
    ("Alter: 25-35 Jahre", "de"),
    ("Wir suchen junge Talente.", "de"),
    ("Du bist ein Digital Native.", "de"),
    ("Fresh graduates welcome; ideally 22-28 years old.", "en"),
    ("Join our young, fun-loving crew!", "en"),
):
    case(X12, ad(s, lang), flagged("age-coded"))
for s, lang in (
    ("We're a young company founded in 2021.", "en"),
    ("Wir sind ein junges Start-up aus Köln.", "de"),
    ("Our users are mostly young professionals.", "en"),
    ("Du arbeitest mit Jugendämtern zusammen.", "de"),
):
    case(X12, ad(s, lang), no_age)
for s, lang in (
    ("Must be able to lift up to 50 lbs.", "en"),
    ("Ability to stand for extended periods.", "en"),
    ("Prolonged standing and walking required.", "en"),
    ("Requires frequent bending, stooping and kneeling.", "en"),
    ("Langes Stehen sowie Heben von Lasten bis 20 kg.", "de"),
    ("Körperliche Belastbarkeit setzen wir voraus.", "de"),
    ("Physically fit and able to carry 25 kg.", "en"),
    ("Good hearing is required.", "en"),
    ("Must be able to remain on your feet for most of the day.", "en"),
):
    case(X12, ad(s, lang), flagged("ability-coded"))
for s in (
    "We stand behind our products.",
    "You'll lift our data quality to new levels.",
    "Daily stand-up at 9:30.",
    "Heavy use of Excel and SQL.",
):
    case(X12, ad(s), none_of("ability-coded"))
case(
    X12,
    ad("Must be able to lift 50 lbs and stand for long shifts.", title="Warehouse Associate"),
    ability_not_concern_or_none,
)
for s, lang in (
    ("Must hold U.S. citizenship.", "en"),
    ("Candidates must be British nationals.", "en"),
    ("Deutsche Staatsangehörigkeit zwingend erforderlich.", "de"),
    ("Schweizer Bürgerrecht oder Niederlassungsbewilligung C.", "de"),
    ("Must be able to obtain a Top Secret/SCI clearance.", "en"),
    ("Eligibility for SC clearance (5 years UK residency) is essential.", "en"),
    ("Sicherheitsüberprüfung (Ü2) ist Voraussetzung.", "de"),
    ("Only citizens of EU member states will be considered.", "en"),
):
    case(X12, ad(s, lang), flagged("nationality-coded", "concern"))
case(X12, ad("You must have the right to live and work in Australia."), work_permit)
case(X12, ad("Eine Arbeitsbewilligung für die Schweiz ist erforderlich.", "de"), work_permit)
for s in (
    "We cover the cost of citizenship applications for our staff.",
    "You'll help write our corporate citizenship report.",
):
    case(X12, ad(s), none_of("nationality-coded"))


# ================================================================ thirteenth round (helper redteam13)
# Written by reading: each expectation was set before askback ran on it.
R13, G13, N13, S13 = (c + " (13th)" for c in (R, G, N, S))
# Still wrong after this round, left to their owners: a flat list after "one or more of the
# following" (list shapes, usa4) and driving or partying said in other words (exclusion wording).
O13 = "open (13th)"

# ---- requirements: seniority from the title and level words only
for frag, title in (
    ("Our internship alumni network is large.\n- 8+ years of experience", "Senior Data Engineer"),
    (
        "You will support late-phase and mid-stage trials.\n- 7+ years in biostatistics",
        "Senior Biostatistician",
    ),
    (
        "Our juniors and trainees will learn from you.\n- 6+ years of experience",
        "Lead Data Scientist",
    ),
    ("- 10+ years of experience, 3 of them managing people", "Head of Data"),
    ("- 9+ years of experience in analytics", "Principal Analytics Engineer"),
    ("- 8+ years of experience", "Sr Data Scientist"),
    ("- 12+ years of experience", "Director, Data Science"),
):
    case(R13, ad(frag, title=title), yrs_senior)
for frag, title in (
    ("Du betreust unsere Praktikant:innen.\n- 6+ Jahre Erfahrung", "Senior Data Engineer (m/w/d)"),
    (
        "- 8 Jahre Berufserfahrung, davon 3 mit Personalverantwortung",
        "Teamleiter Data Analytics (m/w/d)",
    ),
    ("Unser Trainee-Programm begleitest du.\n- 7 Jahre Erfahrung", "Lead Data Scientist (w/m/d)"),
):
    case(R13, ad(frag, "de", title=title), yrs_senior)
for frag, title in (
    ("- 7+ years of experience", "Junior Data Analyst"),
    ("- 5+ years of experience with SQL", "Graduate Data Analyst"),
    ("- 6+ years of experience", "Data Science Intern"),
):
    case(R13, ad(frag, title=title), yrs_flag)
case(
    R13, ad("- 5 Jahre Berufserfahrung", "de", title="Werkstudent Data Analytics (m/w/d)"), yrs_flag
)
case(R13, ad("- 4+ Jahre Erfahrung", "de", title="Junior BI-Entwickler (m/w/d)"), yrs_flag)
for frag, bad in (
    ("- 5+ years of experience in stage management and events", ("intern",)),
    ("Our lead times for reports are short.", ("lead",)),
    ("You are a subject-matter expert in pricing.", ("lead", "senior", "manager")),
    (
        "You will work with our principal investigators on clinical studies.",
        ("lead", "senior", "manager"),
    ),
    ("You support the senior leadership team with weekly reports.", ("senior", "lead", "manager")),
    ("You report to the Head of Analytics.", ("lead", "manager")),
    ("Experience with multi-stage ranking pipelines.", ("intern",)),
    ("Knowledge of internationalisation (i18n) and localisation.", ("intern",)),
    ("You will build our internal data catalogue.", ("intern",)),
    ("Experience in retail banking and mortgage leads.", ("lead",)),
    ("Strong sense of ownership; you mentor junior colleagues.", ("junior",)),
    ("Working knowledge of the headless CMS we use.", ("manager", "lead")),
):
    case(R13, ad(frag, title="Data Analyst"), senior_not(*bad))
for frag, bad in (
    ("Erfahrung in der Leitstelle eines Rettungsdienstes.", ("lead", "manager")),
    ("Du arbeitest eng mit der Geschäftsleitung zusammen.", ("lead", "manager")),
    ("Du unterstützt unsere Juniorberater:innen.", ("junior",)),
):
    case(R13, ad(frag, "de", title="Data Analyst (m/w/d)"), senior_not(*bad))

# ---- requirements: duty headings are not requirement headings (REQS adds 3 must-haves)
for h in (
    "Responsibilities & Duties",
    "What You'll Be Doing:",
    "Essential Duties and Responsibilities",
    "ROLE RESPONSIBILITIES",
    "Your mission",
    "Day to Day",
    "In this role, you will:",
    "Job Duties",
    "Your impact",
    "**Key Accountabilities**",
    "Main tasks",
    "Essential Functions & Responsibilities",
):
    case(R13, ad(DUTY.format(h=h)), must(3))
for h in (
    "Deine Aufgaben:",
    "Aufgabengebiet",
    "Ihr Aufgabenbereich",
    "Was dich erwartet:",
    "Deine Rolle",
    "Tätigkeiten",
    "Ihre Aufgabenschwerpunkte",
    "**Dein Job**",
):
    case(R13, ad(DUTY.format(h=h), "de"), must(3))

# ---- requirements: headings that start the must-have list
for h in (
    "Required Skills",
    "**Required Skills:**",
    "### Required Skills",
    "REQUIRED SKILLS",
    "Required Qualifications:",
    "Qualifications & Education",
    "Skills and Qualifications",
    "WHAT WE'RE LOOKING FOR",
    "About You",
    "Your profile",
    "Who You Are:",
    "Requirements & Skills",
    "Experience & Skills Required",
    "What You Need",
    "What you'll need to succeed",
    "Must-Haves:",
    "Key Skills",
    "Essential Criteria",
    "Person Specification",
    "Your Background",
    "Required Experience & Qualifications",
    "Candidate Profile",
    "Qualifications",
):
    case(R13, ad(REQ_BODY.format(h=h), reqs=False), must(4, 1))
for h in (
    "Ihr Profil:",
    "Was Sie mitbringen",
    "Das bringen Sie mit:",
    "Anforderungsprofil",
    "Qualifikationen",
    "Dein Skillset",
    "Was wir von dir erwarten",
    "Voraussetzungen",
    "Deine Qualifikationen",
    "Profil",
    "Was du mitbringst:",
):
    case(R13, ad(REQ_BODY.format(h=h), "de", reqs=False), must(4, 1))

# ---- requirements: nice-to-have headings end the must-have list
for h in (
    "Desired Skills",
    "Preferred",
    "Nice-to-haves",
    "Preferred Skills & Experience",
    "Bonus",
    "Plus",
    "Ideally you also have",
    "Desired Qualifications:",
    "Even better if you have",
    "Additional Skills (Preferred)",
    "PREFERRED QUALIFICATIONS",
):
    case(R13, ad(NICE.format(h=h), reqs=False), must(3))
for h in (
    "Wünschenswert:",
    "Idealerweise bringst du mit",
    "Nice to have",
    "Ein Plus sind",
    "Von Vorteil sind",
    "Schön wäre",
    "Optional",
):
    case(R13, ad_de_after_reqs(NICE, h), must(3))

# ---- requirements: benefits sections are not must-haves
for h in (
    "Benefits",
    "What we offer",
    "What We Offer:",
    "Our Benefits",
    "Benefits & Perks",
    "What you'll get",
    "Why you'll love working here",
    "We offer",
    "Compensation and Benefits:",
    "Rewards",
):
    case(R13, ad(BEN.format(h=h), reqs=False), must(3))
for h in (
    "Unser Angebot",
    "Konditionen",
    "Wir bieten dir",
    "Was wir Ihnen bieten",
    "Unsere Benefits",
    "Deine Vorteile",
    "Was dich bei uns erwartet",
    "Benefits",
):
    case(R13, ad_de_after_reqs(BEN, h), must(3))

# ---- requirements: alternatives are not that many tools
for frag in (
    "Requirements\n- Experience with one or more of the following: Snowflake, BigQuery, Redshift, Databricks, Synapse, ClickHouse, DuckDB, Postgres",
    "Requirements\n- Hands-on experience in one or more of the following languages:\n  - Python\n  - R\n  - Julia\n  - Scala\n  - SAS\n  - MATLAB\n  - Stata",
    "Requirements\n- Knowledge of at least two of: AWS, GCP, Azure, OCI, Alibaba Cloud, IBM Cloud",
    "Requirements\n- Experience with any of the following BI tools (Tableau, Power BI, Looker, Qlik, Superset, Metabase)",
    "Requirements:\n- Python\n- SQL\n- Familiarity with some of: Airflow, Dagster, Prefect, Luigi, Argo, Kubeflow",
    "Requirements\n- Proficiency in one of Java, Kotlin, Scala, Go, Rust, C#, TypeScript",
):
    case(R13, ad(frag, reqs=False), few_tools)
case(
    O13,
    ad(
        "Required Skills\n- Experience with one or more of the following:\n- Python\n- Java\n- Go\n- Rust\n- C++\n- Scala\n- Kotlin",
        reqs=False,
    ),
    few_tools,
)
for frag in (
    "Anforderungen\n- Kenntnisse in einer oder mehreren der folgenden Technologien: Java, Kotlin, Go, Rust, Scala, Python, TypeScript",
    "Anforderungen\n- Erfahrung mit mindestens einem Cloud-Anbieter (AWS, Azure, GCP, IONOS, Hetzner, OVH)",
    "Dein Profil\n- Eine der folgenden Sprachen: Java, C#, Go, Python, Rust, Kotlin",
):
    case(R13, ad(frag, "de", reqs=False), few_tools)
# near-miss: a plain list of eight tools is eight must-haves
case(
    R13,
    ad(
        "Requirements\n- Python\n- SQL\n- Spark\n- Airflow\n- dbt\n- Docker\n- Kubernetes\n- Terraform",
        reqs=False,
    ),
    must(8, 1),
)

# ---- gender: not traits
for s in (
    "Strong working knowledge of Excel and SQL.",
    "A strong grasp of causal inference.",
    "Strong background in econometrics.",
    "You will provide second-line support for our data pipelines.",
    "You will support the finance team with month-end reporting.",
    "Experience with customer support tooling such as Zendesk.",
    "We are a global leader in logistics software.",
    "We are the market-leading provider of HR software.",
    "You will report to the Lead Data Scientist.",
    "Reporting to the Analytics Lead, you will own dashboards.",
    "Experience with lead scoring and lead qualification models.",
    "We offer a competitive salary and bonus.",
    "Competitive pay and 30 days of holiday.",
    "You will join our Trust & Safety team.",
    "You will build clinical decision support tools.",
    "Our objective is to reduce fraud losses.",
    "You will help set objectives and key results for the team.",
    "Experience administering Active Directory.",
    "Experience with independent component analysis.",
    "You will analyse data for our children's hospital network.",
    "Experience administering SharePoint sites.",
    "Experience with support vector machines and random forests.",
    "You will write objective, unbiased evaluation reports.",
    "Monitor competitor pricing in a competitive market.",
):
    case(G13, ad(s), no_gender)
for s in (
    "Du unterstützt das Controlling bei Monatsabschlüssen.",
    "Wir sind ein führender Anbieter von Logistiksoftware.",
    "Du berichtest an den Lead Data Scientist.",
    "Wettbewerbsfähige Vergütung und 30 Tage Urlaub.",
    "Kenntnisse in Entscheidungsunterstützungssystemen.",
    "Unser Ziel ist es, Betrug zu reduzieren.",
    "Du hast ein starkes Verständnis von Statistik.",
    "Du arbeitest im Team Trust & Safety.",
):
    case(G13, ad(s, "de"), no_gender)
for s in (
    "You are ambitious, driven and self-reliant.",
    "We want a competitive, assertive self-starter.",
    "You thrive in a fearless, aggressive sales culture.",
    "You are decisive and dominant in negotiations.",
):
    case(G13, ad(s), masc)
for s in (
    "You are warm, nurturing and empathetic.",
    "We are a supportive, caring and understanding team.",
):
    case(G13, ad(s), fem)
case(G13, ad("Du bist ehrgeizig, zielstrebig und durchsetzungsfähig.", "de"), masc)
case(G13, ad("Du bist einfühlsam, herzlich und hilfsbereit.", "de"), fem)

# ---- answers: inputs without an outcome, plans, bodies, failures, vague culture
for s in (
    "We ran 6 sessions on inclusive hiring last spring.",
    "We held 4 listening sessions with staff in 2024.",
    "We ran 3 unconscious-bias trainings for 120 managers.",
    "Our team organised 8 lunch-and-learns on neurodiversity this year.",
    "We've hosted 2 hackathons for women in tech.",
    "We sent a survey to all 400 employees in March.",
    "We spent €20,000 on diversity training last year.",
    "Wir haben 2024 sechs Workshops zu inklusiver Sprache durchgeführt.",
    "Wir haben 5 Schulungen für 80 Führungskräfte organisiert.",
    "We're hoping to launch a mentoring scheme soon.",
    "We want to look into flexible hours at some point.",
    "Irgendwann wollen wir mal eine Gehaltsanalyse machen.",
    "We're a flat organisation and everyone's voice counts.",
    "Honestly, we don't really see gender here, we just hire the best.",
    "Wir sind alle per Du und haben flache Hierarchien.",
):
    ans(N13, s, at_most(2))
for s in (
    "We trained 150 managers in structured interviewing.",
    "We are planning to publish pay bands in 2026.",
    "Our goal is to reach 40% women in leadership by 2030.",
    "We aim to have a returnship running by next spring.",
    "Wir möchten künftig Gehaltsbänder veröffentlichen.",
    "Geplant ist, 2026 ein Frauennetzwerk zu gründen.",
    "We have a DEI task force, an equal opportunities policy and a women's network.",
    "There's a wellbeing committee and a flexible working policy.",
    "We've signed the Diversity Charter and have a zero-tolerance policy.",
    "Wir haben ein Diversity-Team und einen Verhaltenskodex.",
    "Es gibt eine Gleichstellungsbeauftragte und eine Betriebsvereinbarung zu mobiler Arbeit.",
):
    ans(N13, s, at_most(3))
for s in (
    "The women's network was shut down after the reorg and hasn't come back.",
    "Our returnship was paused in 2024 and nobody picked it up.",
    "We tried blind CV screening, but gave up after three months.",
    "The pay audit stalled when our HR lead left.",
    "Das Diversity-Board wurde 2023 aufgelöst.",
    "Unser Mentoring-Programm ist mangels Budget ausgelaufen.",
):
    ans(N13, s, at_most(2, flag=True))
for s in (
    "Since 2023, every job ad lists a salary range; applications from women rose from 18% to 31% in a year.",
    "Our CFO, Ana Ruiz, owns the pay audit; in 2025 it found 14 unexplained gaps, all corrected by April.",
    "Last year 9 of 20 promotions to senior engineer went to women, compared with 3 of 18 in 2022.",
    "After we moved to structured interviews in 2024, offer acceptance among under-represented candidates rose from 40% to 62%.",
    "We ran 6 sessions on inclusive hiring in 2024; afterwards the share of women shortlisted rose from 20% to 34%.",
    "Seit 2022 verantwortet unsere Personalleiterin die jährliche Entgeltanalyse; die bereinigte Lücke liegt jetzt bei 1,5 %.",
    "2024 kehrten 19 von 20 Eltern nach der Elternzeit zurück, 2021 waren es 12 von 20.",
    "Wir haben 2023 sechs Workshops gemacht; seitdem ist der Frauenanteil in Interview-Panels von 10 % auf 45 % gestiegen.",
):
    ans(N13, s, at_least(4))

# ---- suggested questions fit the finding
for s in (
    "Valid driver's license and a clean driving record required.",
    "Must have own transport and a full driving licence.",
    "A current drivers licence is mandatory for this role.",
):
    case(S13, ad(s), q_has("ability-coded", {"driving"}, {"screen-reader", "accessibility"}))
for s in ("Führerschein der Klasse B wird vorausgesetzt.", "Fahrerlaubnis Klasse B erforderlich."):
    case(S13, ad(s, "de"), q_has("ability-coded", {"driving"}, {"screen-reader", "accessibility"}))
for s in (
    "We work hard and play hard.",
    "Work hard, play hard culture with regular team drinks.",
    "We're a work-hard-play-hard team.",
):
    case(S13, ad(s), q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}))
case(
    S13,
    ad("Bei uns gilt: work hard, play hard!", "de"),
    q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
)
case(
    S13,
    ad("Must be able to lift 25 lbs."),
    q_has("ability-coded", set(), {"driving", "screen-reader"}),
)
case(
    S13,
    ad("Must be a U.S. citizen."),
    q_has("nationality-coded", set(), {"driving", "screen-reader"}),
)
case(
    S13,
    ad("Join our young, dynamic team!"),
    q_has("age-coded", {"age"}, {"driving", "screen-reader"}),
)

# ---- thirteenth round, second batch (written before any fix, like the first)
WHOLE_EN = (
    "# {title}\n\nAbout the role\n" + FILL_EN + "\n\n{duty}\n- Build pipelines\n- Own dashboards\n"
    "- Run experiments\n- Write documentation\n- Review code\n\n{req}\n- SQL\n- Python\n"
    "- Statistics\n- Clear written English\n\n{nice}\n- Spark\n- dbt\n\n{ben}\n- 30 days of holiday\n"
    "- Pension\n- Learning budget\n- Gym\n"
)
WHOLE_DE = (
    "# {title}\n\nÜber die Stelle\n"
    + FILL_DE
    + "\n\n{duty}\n- Pipelines bauen\n- Dashboards betreuen\n"
    "- Experimente durchführen\n- Dokumentation schreiben\n- Code reviewen\n\n{req}\n- SQL\n- Python\n"
    "- Statistik\n- Sehr gutes Deutsch\n\n{nice}\n- Spark\n- dbt\n\n{ben}\n- 30 Tage Urlaub\n"
    "- Betriebsrente\n- Weiterbildungsbudget\n- Jobrad\n"
)
for duty, req, nice, ben in (
    ("What you'll do", "What you'll bring", "Nice to have", "What we offer"),
    (
        "Your responsibilities will include:",
        "To be successful in this role, you will have:",
        "Bonus points if you have:",
        "Why join us?",
    ),
    (
        "Role & Responsibilities",
        "The ideal candidate will have:",
        "Preferred, but not required:",
        "Perks & Benefits",
    ),
    (
        "Key Responsibilities Include:",
        "You have:",
        "It would be a plus if you have:",
        "What's in it for you?",
    ),
    ("You will:", "You'll need:", "Desirable:", "What you can expect from us"),
    ("The Role", "Required Skills & Experience", "Desired Skills & Experience", "Total Rewards"),
    ("Essential Duties", "Minimum Requirements", "Preferred Requirements", "Our offer to you"),
):
    case(
        R13, WHOLE_EN.format(title="Data Engineer", duty=duty, req=req, nice=nice, ben=ben), must(4)
    )
for duty, req, nice, ben in (
    (
        "Deine Aufgaben",
        "Das solltest du mitbringen:",
        "Idealerweise hast du außerdem:",
        "Das bieten wir:",
    ),
    (
        "Was du bewegst",
        "Was uns überzeugt:",
        "Pluspunkte sammelst du mit:",
        "Darauf kannst du dich freuen",
    ),
    ("Deine Mission", "Das zeichnet dich aus", "Kein Muss, aber schön:", "Unsere Leistungen"),
    ("Ihre Verantwortung", "Was Sie auszeichnet", "Von Vorteil:", "Was wir bieten"),
    ("Das erwartet dich", "Was wir uns wünschen", "Das wäre super:", "Warum wir?"),
    ("Deine Verantwortlichkeiten", "Deine Superkräfte", "Nice to have:", "Deine Benefits bei uns"),
):
    case(
        R13,
        WHOLE_DE.format(title="Data Engineer (m/w/d)", duty=duty, req=req, nice=nice, ben=ben),
        must(4),
    )
for title in (
    "Data Engineer III",
    "Staff Data Engineer",
    "Senior Manager, Analytics",
    "VP of Data",
    "Chief Data Officer",
):
    case(R13, ad("- 8+ years of experience", title=title), yrs_senior)
for title in (
    "Entry Level Data Analyst",
    "Apprentice Data Analyst",
    "Trainee Data Analyst",
    "Associate Data Analyst (Junior)",
):
    case(R13, ad("- 6+ years of experience", title=title), yrs_flag)
case(
    R13,
    ad("This is an entry-level position.\n- 6+ years of experience", title="Data Analyst"),
    yrs_flag,
)
case(
    R13,
    ad(
        "Dies ist eine Einstiegsposition.\n- 6+ Jahre Berufserfahrung",
        "de",
        title="Data Analyst (m/w/d)",
    ),
    yrs_flag,
)
for frag, bad in (
    ("We provide analytics for senior living communities.", ("senior",)),
    ("You will work with our Lead Generation team.", ("lead",)),
    ("The Head of Data will be your manager.", ("manager", "lead")),
    ("You will mentor students from our summer internship.", ("intern",)),
    ("You will present to senior stakeholders.", ("senior",)),
    ("Build management information (MI) reporting.", ("manager",)),
    ("Experience with project management tools such as Jira.", ("manager",)),
    ("Working with our Chief Medical Officer on trial data.", ("manager", "lead")),
):
    case(R13, ad(frag + "\n- 3+ years of experience", title="Data Analyst"), senior_not(*bad))
for frag, bad in (
    ("Erfahrung im Management von Stammdaten.", ("manager",)),
    ("Du präsentierst vor dem Senior Management.", ("senior",)),
    ("Wir betreiben Daten-Services für Seniorenheime.", ("senior",)),
    ("Du arbeitest mit der Teamleitung Vertrieb zusammen.", ("lead", "manager")),
):
    case(
        R13,
        ad(frag + "\n- 3 Jahre Erfahrung", "de", title="Data Analyst (m/w/d)"),
        senior_not(*bad),
    )

# "challenging problems": the lexicon counts a challenging job as Gaucher et al. did (it offers
# "hard problem"); set as a miss before the run, changed after reading why, and kept here.
case(G13, ad("You will work on challenging problems in forecasting."), masc)
# gender: more words from the research lists in a sense that names no trait
for s in (
    "You will be responsible for the data warehouse.",
    "Experience with data-driven decision making.",
    "Experience with autonomous driving datasets.",
    "Compute confidence intervals and run A/B tests.",
    "Experience with greedy algorithms and dynamic programming.",
    "Hierarchical clustering and decision trees.",
    "Model independent variables and control for confounders.",
    "You will work as an individual contributor.",
    "Write business logic for our billing service.",
    "Design a persistent storage layer.",
    "Experience with Salesforce and Workday.",
    "Build a loyalty programme analytics stack.",
    "Handle sensitive data under GDPR.",
    "Experience with lead nurturing campaigns in HubSpot.",
    "Familiarity with child processes and signal handling.",
    "Experience with Kafka Connect and file sharing protocols.",
    "Commit access to our open-source repositories.",
    "You will determine the root cause of data incidents.",
    "Principal component analysis and clustering.",
):
    case(G13, ad(s), no_gender)
for s in (
    "Du bist verantwortlich für das Data Warehouse.",
    "Erfahrung mit datengetriebenen Entscheidungen.",
    "Erfahrung mit autonomem Fahren.",
    "Du arbeitest mit sensiblen Daten.",
    "Hierarchische Clusteranalyse und Entscheidungsbäume.",
):
    case(G13, ad(s, "de"), no_gender)

# answers: more shapes
for s in (
    "Next year we will hire 5 more women, that's the plan.",
    "We'll have a pay audit done by Q2 2026; the €40k budget is approved.",
    "About half our team are women, I think.",
    "There are 12 people on our diversity council.",
    "We posted 30 jobs on a women-in-tech board this year.",
    "Wir haben 3 Diversity-Beauftragte und 2 Netzwerke gegründet.",
    "Wir werden nächstes Jahr 4 Frauen in Führung bringen.",
):
    ans(N13, s, at_most(3))
for s in (
    "The mentoring programme was scrapped after one cohort.",
    "Our flexible-hours pilot was cancelled, and no one has revisited it.",
    "Die Gehaltsanalyse wurde 2024 abgebrochen und nie nachgeholt.",
):
    ans(N13, s, at_most(2, flag=True))
for s in (
    "Since January 2024 our COO has chaired a monthly pay review; the median gap fell from 7% to 2.5%.",
    "Seit 2023 veröffentlichen wir alle Gehaltsbänder; die Zahl der Bewerberinnen hat sich von 40 auf 95 pro Quartal mehr als verdoppelt.",
):
    ans(N13, s, at_least(4))

# suggestions: more shapes
case(
    O13,
    ad("Must hold a valid CDL."),
    q_has("ability-coded", {"driving"}, {"screen-reader", "accessibility"}),
)
case(
    S13,
    ad("Must be able to drive to client sites; own car required."),
    q_has("ability-coded", {"driving"}, {"screen-reader", "accessibility"}),
)
case(
    O13,
    ad("PKW-Führerschein und eigener Wagen erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"screen-reader", "accessibility"}),
)
case(O13, ad("We party as hard as we work."), q_has("bro-culture", {"drinking-culture"}))
case(
    S13,
    ad("We work hard and party harder every Friday."),
    q_has("bro-culture", {"drinking-culture"}),
)
case(
    O13,
    ad("Bei uns wird hart gearbeitet und noch härter gefeiert.", "de"),
    q_has("bro-culture", {"drinking-culture"}),
)


# ================================================================ fourteenth round (helper redfix14)
# Written by reading: each expectation was set before askback ran on it.
P14, A14, X14, N14, S14 = (c + " (14th)" for c in (P, A, X, N, S))

# ---- arrangement: office days and shares, EN/DE/CH
for s, kind, days in (
    ("We work hybrid: two fixed office days (Tuesday and Wednesday).", "hybrid", 2),
    ("Expect to be in our Manchester office three days each week.", "hybrid", 3),
    ("Hybrid role – minimum 2 days per week in the office.", "hybrid", 2),
    ("You'll spend Mondays and Thursdays with the team in the office.", "hybrid", 2),
    ("In-office Tuesday through Thursday, remote Monday and Friday.", "hybrid", 3),
    ("Our hybrid policy: 40% of your time in the office.", "hybrid", None),
    ("Office attendance: 1 day a week.", "hybrid", 1),
    ("This role is hybrid, with 3 anchor days in the office each week.", "hybrid", 3),
    ("We come together in the office twice a week.", "hybrid", 2),
    ("Hybrid (office-based 60% of the week).", "hybrid", None),
):
    case(A14, ad(s), arr(kind, days))
for s, kind, days in (
    ("Wir arbeiten hybrid: 2 Tage die Woche im Büro, den Rest mobil.", "hybrid", 2),
    ("Präsenz im Büro an drei Tagen pro Woche.", "hybrid", 3),
    ("Du bist dienstags und donnerstags bei uns im Büro.", "hybrid", 2),
    ("Mobiles Arbeiten bis zu 60 % der Arbeitszeit.", "hybrid", None),
    ("Homeoffice an bis zu zwei Tagen pro Woche.", "hybrid", 3),
    ("Hybrides Arbeitsmodell mit einem festen Teamtag pro Woche in Köln.", "hybrid", 1),
    ("Homeoffice ist an 2 Tagen pro Woche möglich.", "hybrid", 3),
    ("Bürotage: Montag und Mittwoch", "hybrid", 2),
):
    case(A14, ad(s, "de"), arr(kind, days))
for s, kind in (
    ("Homeoffice-Möglichkeit bis 40 % (Schweiz).", "hybrid"),
    ("Teilweise Homeoffice möglich (nach Absprache mit dem Team).", "hybrid"),
    ("Arbeitsort: Bern, Homeoffice bis 50 % möglich.", "hybrid"),
    ("Die Stelle ist zu 100 % vor Ort in Basel.", "onsite"),
    ("Arbeitsort Zürich; Homeoffice ist nicht möglich.", "onsite"),
    ("Remote aus der ganzen Schweiz möglich.", "remote"),
):
    case(A14, ad(s, "de"), arr(kind))
# remote within a country or time zone, remote-first
for s in (
    "This is a fully remote role open to candidates anywhere in Canada.",
    "Remote (US only) – you must live in one of the 50 states.",
    "Remote within Germany; we meet twice a year in Hamburg.",
    "Remote-first company: work from anywhere between UTC-1 and UTC+3.",
    "Fully remote, but you need 4 hours of overlap with CET.",
    "Remote – EMEA time zones",
    "We are a remote-first team distributed across Europe.",
    "100% remote within the UK, with occasional travel to London for workshops.",
):
    case(A14, ad(s), arr("remote"))
for s in (
    "Vollständig remote innerhalb Deutschlands.",
    "Remote-first: Du arbeitest von überall in Deutschland, Österreich oder der Schweiz.",
    "100 % Remote innerhalb der EU möglich.",
):
    case(A14, ad(s, "de"), arr("remote"))
# on-site, with or without occasional travel
for s in (
    "This is an on-site role in Rotterdam with occasional travel to client sites.",
    "On-site, five days a week, at our Austin lab; up to 10% travel.",
    "The role is based on-site at our Birmingham hospital; some travel between sites.",
    "Fully office-based in Dublin, with occasional trips to Berlin.",
):
    case(A14, ad(s), arr("onsite"))
for s in (
    "Die Stelle ist eine Präsenzstelle in Stuttgart mit gelegentlichen Dienstreisen.",
    "Tätigkeit vor Ort in Linz, gelegentliche Reisen zu Kunden.",
):
    case(A14, ad(s, "de"), arr("onsite"))
# near-misses: not the job's arrangement
for s in (
    "Our app helps remote teams run better meetings.",
    "We sell office furniture to hybrid workplaces.",
    "You will analyse how often employees use the office on Mondays.",
    "Experience with remote sensing and satellite data.",
    "Our customers are mostly fully remote start-ups.",
    "The report covers 3 days of office occupancy data per week.",
):
    case(A14, ad(s), arr_not)
for s in (
    "Unsere Software hilft Teams, die hybrid arbeiten.",
    "Du analysierst Daten zur Büroauslastung an 3 Tagen pro Woche.",
):
    case(A14, ad(s, "de"), arr_not)

# ---- pay: no currency sign, German and Swiss formats, public scales
for s, lo, hi, per in (
    ("Salary: 64,000 to 71,000 a year", 64000, 71000, "year"),
    ("Annual base salary range: 118,000 - 142,000 (depending on location)", 118000, 142000, "year"),
    ("Hourly rate: 31 - 36 per hour", 31, 36, "hour"),
    ("Base pay starts at 92,000 annually.", 92000, None, "year"),
    ("Pay: 26.50 per hour", 26.5, 26.5, "hour"),
    ("Salary band: 54k-62k per year", 54000, 62000, "year"),
):
    case(P14, ad(s), pay_min(lo, per) if hi is None else pay_is(lo, hi, per))
for s, lo, hi, per in (
    ("Gehalt: 58.000 - 67.000 EUR brutto jährlich", 58000, 67000, "year"),
    ("Jahresgehalt zwischen 61.500 und 70.000 Euro", 61500, 70000, "year"),
    ("Das Bruttomonatsgehalt beträgt 4.350,00 EUR.", 4350, 4350, "month"),
    ("Vergütung: 3.900 € – 4.600 € brutto pro Monat", 3900, 4600, "month"),
    ("Lohn: CHF 7'200.– bis 8'400.– pro Monat (13x)", 7200, 8400, "month"),
    ("Jahreslohn: 98'000 – 115'000 CHF", 98000, 115000, "year"),
    ("Salär: CHF 105'000 p.a.", 105000, 105000, "year"),
    ("Gehalt ab 52.000 € brutto/Jahr", 52000, None, "year"),
):
    case(P14, ad(s, "de"), pay_min(lo, per) if hi is None else pay_is(lo, hi, per))
for s in (
    "Die Vergütung erfolgt nach TVöD-VKA, Entgeltgruppe 11.",
    "Eingruppierung in E 9b TV-L.",
    "Bezahlung nach AVR Caritas, Entgeltgruppe 7.",
    "Besoldung nach Besoldungsgruppe A 11 LBesG.",
    "Die Stelle ist in Lohnklasse 19 eingereiht.",
    "Vergütung nach TV-Ärzte/VKA (Ä2).",
):
    case(P14, ad(s, "de"), salary_not_gap)
for s in (
    "Salary: Agenda for Change Band 5",
    "Band 7 (Agenda for Change)",
    "This position is a GS-13 (series 1530).",
):
    case(P14, ad(s), salary_not_gap)
for s in (
    "You will manage 40,000 customer accounts per year.",
    "Base load starts at 88,000 requests per second.",
    "Our pay-as-you-go product serves 120,000 users.",
    "Experience with TVöD payroll is a plus.",
    "Our office is on the A13 near Dagenham.",
):
    case(P14, ad(s), no_pay)
for s in (
    "Wir verwalten 12.000 Verträge pro Jahr.",
    "Kenntnisse in der Abrechnung nach TVöD und TV-L.",
    "Unser Budget: 250.000 € pro Jahr für Weiterbildung.",
):
    case(P14, ad(s, "de"), no_pay)

# ---- driving, physical and age wording
for s, lang in (
    ("A valid Class C CDL is required.", "en"),
    ("Applicants need a full UK driving licence with no more than 6 points.", "en"),
    ("Must possess a valid state driver's license and insurable driving record.", "en"),
    ("Access to your own vehicle for travel between sites is essential.", "en"),
    ("Gültiger Führerschein Klasse B und eigener PKW erforderlich.", "de"),
    ("Fahrerlaubnis der Klasse CE wird vorausgesetzt.", "de"),
    ("Führerschein B zwingend.", "de"),
):
    case(S14, ad(s, lang), q_has("ability-coded", {"driving"}, {"screen-reader"}))
for s, lang in (
    ("Must be able to lift and carry 30 lbs regularly.", "en"),
    ("The job involves standing for most of the shift.", "en"),
    ("Heben und Tragen von Lasten bis 25 kg.", "de"),
    ("Ganztägiges Stehen an der Linie.", "de"),
):
    case(X14, ad(s, lang), flagged("ability-coded"))
for s, lang in (
    ("Join our young and energetic marketing team!", "en"),
    ("Applicants should be between 25 and 35 years old.", "en"),
    ("Ideal for young graduates.", "en"),
    ("Du passt perfekt in unser junges, motiviertes Team.", "de"),
    ("Wir suchen junge Talente für unser Büro in Graz.", "de"),
):
    case(X14, ad(s, lang), flagged("age-coded"))
for s, lang in (
    ("Our members are mostly young professionals in London.", "en"),
    ("We build apps loved by young professionals.", "en"),
    ("Unsere Kunden sind vor allem junge Familien.", "de"),
    ("We run youth programmes for young people aged 16-24.", "en"),
    ("Our company is young: founded in 2022.", "en"),
):
    case(X14, ad(s, lang), no_age)
for s, lang in (
    ("We play as hard as we work!", "en"),
    ("Work hard, party harder – every Thursday.", "en"),
    ("Bei uns wird hart gearbeitet und hart gefeiert.", "de"),
):
    case(S14, ad(s, lang), q_has("bro-culture", {"working-hours", "drinking-culture"}))
for s, lang in (
    ("We work hard to keep our customers' data safe.", "en"),
    ("Wir arbeiten hart an unseren Zielen und feiern gemeinsam Erfolge.", "de"),
    ("Our sales team plays hard in the regional football league.", "en"),
):
    case(X14, ad(s, lang), none_of("bro-culture"))

# ---- answers: plans and intent vs deeds with outcomes
for s in (
    "We plan to introduce salary bands next year.",
    "We're going to start tracking promotion rates by gender.",
    "The idea is to set up a returner programme in 2026.",
    "We intend to review our parental leave policy soon.",
    "We would like to have more women on the leadership team.",
    "Wir wollen im nächsten Jahr eine Entgeltanalyse machen.",
    "Wir planen, ein Mentoring-Programm aufzubauen.",
    "Ziel ist, bis 2027 mehr Frauen in Führung zu bringen.",
    "Wir überlegen, Gehaltsbänder einzuführen.",
):
    ans(N14, s, at_most(3))
for s in (
    "We're committed to diversity and we value every voice.",
    "Inclusion is in our DNA.",
    "Bei uns zählt nur die Leistung, nicht das Geschlecht.",
    "Wir sind offen für alle.",
):
    ans(N14, s, at_most(2))
for s in (
    "In 2024 we published pay bands for every role; the share of women applying for engineering jobs went from 15% to 27%.",
    "Our head of people runs a yearly pay audit; the last one, in March 2025, closed 11 gaps and the median gap is now 1.8%.",
    "Since we started blind CV review in 2023, the share of women invited to interview rose from 22% to 38%.",
    "After we introduced a 4-day week option in 2024, attrition among parents fell from 18% to 9%.",
    "Seit 2024 nennen wir in jeder Anzeige das Gehaltsband; der Anteil der Bewerberinnen stieg von 20 % auf 33 %.",
    "Unsere Personalchefin verantwortet seit 2023 die Entgeltanalyse; die Lücke sank von 6 % auf 2 %.",
    "Nach Einführung strukturierter Interviews 2024 stieg der Frauenanteil bei Einstellungen von 25 % auf 41 %.",
):
    ans(N14, s, at_least(4))
for s in (
    "We launched a women's network in 2022 but it fizzled out within a year.",
    "The parental leave top-up was cut in the 2024 budget round.",
    "Unser Frauennetzwerk ist nach einem Jahr eingeschlafen.",
):
    ans(N14, s, at_most(2, flag=True))
# ================================================================ seventeenth round (helper redteam17): German
# Written by reading: each expectation was set before askback ran on it. German, Austrian and
# Swiss ad lines and interview notes; near-misses carry the same words in another sense.
G17, X17, N17, R17 = (c + " (17th)" for c in (G, X, N, R))


def g_counts(word: str) -> Check:
    """A coded hit whose text holds `word` (the trait is counted)."""

    def chk(r: AdReport) -> tuple[bool, str]:
        hits = [s.text for f in r.findings if f.check == "gender-coded" for s in f.spans]
        return any(word in h.lower() for h in hits), f"hits={hits}"

    return chk


def g_not(word: str) -> Check:
    """No coded hit whose text holds `word`."""

    def chk(r: AdReport) -> tuple[bool, str]:
        hits = [s.text for f in r.findings if f.check == "gender-coded" for s in f.spans]
        return not any(word in h.lower() for h in hits), f"hits={hits}"

    return chk


# ---- gender: traits and culture wording of the cited lists, in their German forms
for frag, word in (
    ("Du bist durchsetzungsstark und behältst auch im Trubel den Überblick.", "durchsetzungsst"),
    ("Sie überzeugen durch Durchsetzungsstärke gegenüber Fachbereichen.", "durchsetzungsst"),
    ("Wir suchen eine durchsetzungsstarke Persönlichkeit.", "durchsetzungsst"),
    ("Eine zielstrebige Arbeitsweise zeichnet dich aus.", "zielstrebig"),
    ("Du verfolgst deine Ziele mit Zielstrebigkeit.", "zielstrebig"),
    ("Du bist ehrgeizig und willst etwas bewegen.", "ehrgeiz"),
    ("Mit Ehrgeiz und Neugier treibst du Themen voran.", "ehrgeiz"),
    ("Ein selbstbewusstes Auftreten gegenüber Stakeholdern ist uns wichtig.", "selbstbewusst"),
    ("Du arbeitest selbstständig und strukturiert.", "selbstst"),
    ("Selbständiges Arbeiten ist für dich selbstverständlich.", "selbst"),
    ("Du bist entscheidungsstark und übernimmst gern Verantwortung.", "entscheidungsst"),
    ("Analytisches Denkvermögen und eine strukturierte Arbeitsweise.", "analytisch"),
    ("Du denkst analytisch und gehst Probleme strukturiert an.", "analytisch"),
    ("Ausgeprägte analytische Fähigkeiten", "analytisch"),
    ("Du bist führungsstark und motivierst dein Team.", "führungsst"),
    ("Ambitionierte Kolleginnen und Kollegen warten auf dich.", "ambitioniert"),
    ("Du bist wettbewerbsorientiert und liebst Herausforderungen.", "wettbewerbsorientiert"),
    ("Du hast ein hohes Durchsetzungsvermögen.", "durchsetzungsverm"),
    ("Du bist risikobereit und probierst gern Neues.", "risikobereit"),
    ("Hartnäckig bleibst du an Problemen dran.", "hartnäckig"),
    ("Logisches Denkvermögen setzen wir voraus.", "logisch"),
):
    case(G17, ad(frag, "de"), g_counts(word))
for frag, word in (
    ("Du bist einfühlsam im Umgang mit Kolleginnen und Kollegen.", "einfühlsam"),
    ("Empathie und Einfühlungsvermögen bringst du mit.", "einfühlungsverm"),
    ("Du bist ein empathischer Teamplayer.", "empathisch"),
    ("Du arbeitest gewissenhaft und zuverlässig.", "gewissenhaft"),
    ("Eine kontaktfreudige und kooperative Art.", "kontaktfreudig"),
    ("Du bist engagiert und hilfsbereit.", "engagiert"),
    ("Verantwortungsbewusstsein und Hilfsbereitschaft zeichnen dich aus.", "verantwortungsbewusst"),
    ("Wir pflegen eine kollaborative und unterstützende Teamkultur.", "kollaborativ"),
    ("Ein herzliches Team freut sich auf dich.", "herzlich"),
    ("Du hast ausgeprägte zwischenmenschliche Fähigkeiten.", "zwischenmenschlich"),
    ("Ein verständnisvoller und rücksichtsvoller Umgang ist uns wichtig.", "verständnisvoll"),
    ("Bei uns zählen Loyalität und Ehrlichkeit.", "loyal"),
):
    case(G17, ad(frag, "de"), g_counts(word))
# gendered forms and the Gendersternchen must not break the count
for frag, word in (
    ("Wir suchen eine:n engagierte:n Data Scientist:in.", "engagiert"),
    ("Du bist ein*e zielstrebige*r Analyst*in mit Freude an Zahlen.", "zielstrebig"),
    ("Gesucht: durchsetzungsstarke/r Projektleiter/in (m/w/d).", "durchsetzungsst"),
    ("Als einfühlsame_r Kolleg_in unterstützt du unsere Entwickler*innen.", "einfühlsam"),
    ("Wir suchen eine*n selbstbewusste*n Teamleiter*in.", "selbstbewusst"),
    ("Als gewissenhafte:r Data Engineer:in sorgst du für saubere Daten.", "gewissenhaft"),
):
    case(G17, ad(frag, "de"), g_counts(word))
for title in (
    "Data Scientist:in (m/w/d)",
    "Entwickler*in Data Platform (w/m/d)",
    "Analyst/in Controlling (m/w/x)",
    "Datenanalyst_in (gn*)",
    "Data Engineer (all genders)",
):
    case(G17, ad("Du bist zielstrebig und neugierig.", "de", title=title), g_counts("zielstrebig"))
    case(G17, ad("Wir freuen uns auf deine Bewerbung.", "de", title=title), no_gender)
# senses that are not traits: market position, job titles, licences, pay, things
for frag in (
    "Wir sind marktführend im Bereich Zahlungsverkehr.",
    "Als Marktführer in der DACH-Region wachsen wir stark.",
    "Wir sind einer der führenden Anbieter von Logistiksoftware.",
    "Du berichtest an die Führungskraft des Bereichs Data Science.",
    "Die Stelle ist eine Führungskraft-Position mit Budgetverantwortung.",
    "Führerschein Klasse B ist von Vorteil.",
    "Wir bieten ein wettbewerbsfähiges Gehalt und 30 Tage Urlaub.",
    "Unsere Daten sichern uns einen Wettbewerbsvorteil.",
    "Du baust unsere analytische Plattform aus.",
    "Du entwickelst Systeme zur Entscheidungsunterstützung.",
    "Du berichtest an den Leiter Data Science.",
    "Die Teamleitung Data Analytics ist deine direkte Ansprechpartnerin.",
    "Wir übernehmen eine dominante Marktstellung in Europa.",
    "Du prüfst Modelle in einer unabhängigen Validierung.",
    "Du arbeitest an Software für autonomes Fahren.",
    "Du sorgst für zuverlässige Datenpipelines.",
    "Wir freuen uns über Bewerbungen unabhängig vom Alter und Geschlecht.",
    "Wir begrüßen alle Bewerbungen unabhängig ihrer Herkunft oder Religion.",
    "Überlegen Sie nicht lange und bewerben Sie sich!",
    "Sie gehen sorgsam mit sensiblen Informationen um.",
    "Kenntnisse in Spark sind förderlich.",
    "Erfahrung mit Tableau ist förderlich, aber kein Muss.",
    "Du betreust unsere loyalen Kundinnen und Kunden.",
    "Wir bieten verantwortungsvolle Aufgaben in einem wachsenden Unternehmen.",
    "Herzlich willkommen bei der Datenfabrik AG!",
    "Du entwickelst logische Datenmodelle im Data Warehouse.",
    "Unsere Produkte sind der Konkurrenz technisch überlegen.",
    "Du erstellst Prognosen mit dem Modul Führungsinformationssystem.",
):
    case(G17, ad(frag, "de"), no_gender)
for frag, title in (
    ("Du führst ein Team von fünf Analysten.", "Leiter Data Science (m/w/d)"),
    ("Du berichtest an die Geschäftsführung.", "Teamleitung Business Intelligence (w/m/d)"),
    ("Du verantwortest die Datenstrategie.", "Führungskraft Data & Analytics (m/w/d)"),
    ("Du arbeitest im Bereich Wettbewerbsanalyse.", "Analyst Wettbewerb & Markt (m/w/d)"),
):
    case(G17, ad(frag, "de", title=title), no_gender)

# ---- exclusionary: age
for frag in (
    "Dich erwartet ein junges, dynamisches Team.",
    "Werde Teil unseres jungen Teams in Wien!",
    "Du bist ein Digital Native und liebst Apps.",
    "Wir suchen Berufseinsteiger bis 30 Jahre.",
    "Ideal für Absolventinnen und Absolventen frisch von der Uni.",
    "Du kommst frisch von der Hochschule und willst durchstarten.",
    "Bewerber sollten max. 35 Jahre alt sein.",
    "Du bist zwischen 25 und 35 Jahre alt.",
    "Wir suchen junge, motivierte Talente.",
    "Altersgrenze: 40 Jahre.",
):
    case(X17, ad(frag, "de"), flagged("age-coded"))
for frag in (
    "Wir sind ein junges Unternehmen, gegründet 2021 in Zürich.",
    "Wir sind seit über 30 Jahren am Markt.",
    "Du analysierst Daten der letzten 35 Jahre.",
    "Eine Junior-Position mit Mentoring.",
    "Unsere Kundinnen und Kunden sind zwischen 25 und 35 Jahre alt.",
    "Das Produkt richtet sich an Digital-Native-Marken.",
    "Max. 35 Stunden pro Woche, Gleitzeit.",
    "Du kommst frisch aus dem Urlaub? Kein Problem, Start ist flexibel.",
):
    case(X17, ad(frag, "de"), no_age)
# native-speaker wording
for frag in (
    "Deutsch als Muttersprache",
    "Muttersprachliche Deutschkenntnisse setzen wir voraus.",
    "Deutsch auf muttersprachlichem Niveau",
    "Sprachen: Muttersprache Deutsch, sehr gute Englischkenntnisse",
    "Französisch oder Deutsch als Muttersprache (Schweiz)",
    "Du bist deutscher Muttersprachler.",
):
    case(X17, ad(frag, "de"), native)
for frag in (
    "Deutsch auf C1-Niveau, Englisch verhandlungssicher",
    "Sehr gute Deutschkenntnisse (mind. C1)",
    "Du unterstützt Kundinnen in ihrer Landessprache.",
):
    case(X17, ad(frag, "de"), no_native)
# physical demands, licence and "belastbar" for desk jobs: ability-coded
for frag in (
    "Du bist körperlich belastbar.",
    "Du bist belastbar und behältst einen kühlen Kopf.",
    "Hohe Belastbarkeit und Flexibilität",
    "Führerschein Klasse B erforderlich.",
    "Gültiger Führerschein und Reisebereitschaft",
    "Gute körperliche Verfassung wird vorausgesetzt.",
):
    case(X17, ad(frag, "de"), flagged("ability-coded"))
for frag in (
    "Du lieferst belastbare Analysen für das Management.",
    "Wir brauchen belastbare Zahlen statt Bauchgefühl.",
    "Du sorgst für eine belastbare Datengrundlage.",
    "Du baust belastbare Prognosemodelle.",
    "Die Belastbarkeit unserer Schätzungen prüfst du mit Tests.",
    "Du analysierst Daten der Führerscheinstelle.",
):
    case(X17, ad(frag, "de"), none_of("ability-coded"))
# citizenship and permits: neutral information, never a concern
for frag in (
    "Eine gültige Arbeitserlaubnis für Deutschland ist erforderlich.",
    "Aufenthaltstitel mit Arbeitserlaubnis erforderlich.",
    "Arbeitsbewilligung für die Schweiz (Ausweis B oder C)",
    "Wir unterstützen dich beim Visum und Aufenthaltstitel.",
):
    case(X17, ad(frag, "de"), not_flagged("nationality-coded"))
for frag in (
    "Deutsche Staatsangehörigkeit erforderlich.",
    "Schweizer Staatsbürgerschaft zwingend.",
):
    case(X17, ad(frag, "de"), flagged("nationality-coded"))

# ---- answers: intent, value talk, deflection, failures, input-only numbers (all vague)
for s in (
    "Wir wollen nächstes Jahr ein Mentoring-Programm aufsetzen.",
    "Geplant ist eine Gehaltsanalyse, aber ein Datum haben wir noch nicht.",
    "Wir überlegen, anonymisierte Bewerbungen einzuführen.",
    "Perspektivisch möchten wir mehr Frauen in Führung bringen.",
    "Das sollte demnächst kommen, die Geschäftsführung ist dran.",
    "Wir haben vor, Gehaltsbänder zu veröffentlichen.",
    "Angedacht ist ein Netzwerk für Eltern.",
    "Mittelfristig soll es eine Diversity-Strategie geben.",
    "Wir arbeiten daran, das ist auf der Agenda für nächstes Jahr.",
    "Es ist in Planung, Teilzeit in Führung zu ermöglichen.",
):
    ans(N17, s, at_most(2))
for s in (
    "Uns ist Vielfalt sehr wichtig.",
    "Wir leben Diversität, das spürt man jeden Tag.",
    "Bei uns zählt der Mensch, nicht das Geschlecht.",
    "Wir sind ein offenes Team, jeder ist willkommen.",
    "Chancengleichheit ist Teil unserer DNA.",
    "Wir legen großen Wert auf ein wertschätzendes Miteinander.",
    "Diversity wird bei uns großgeschrieben.",
    "Wir behandeln alle gleich, da gibt es keine Unterschiede.",
):
    ans(N17, s, at_most(2))
for s in (
    "Da müssten Sie HR fragen.",
    "Das kann ich Ihnen leider nicht sagen, da ist die Personalabteilung zuständig.",
    "Dazu habe ich keine Zahlen, das müsste die Geschäftsführung beantworten.",
    "Das weiß ich ehrlich gesagt nicht.",
    "Das fällt nicht in meinen Bereich.",
    "Da fragen Sie am besten die Kollegin aus dem People-Team.",
):
    ans(N17, s, at_most(2))
for s in (
    "Das Mentoring ist leider eingeschlafen.",
    "Das Frauennetzwerk gab es mal, aber das ist eingeschlafen.",
    "Die Gehaltsanalyse wurde gestoppt, als die Budgets gekürzt wurden.",
    "Der Pilot zu Teilzeitführung ist im Sande verlaufen.",
    "Die Diversity-Beauftragte ist gegangen und die Stelle wurde nicht nachbesetzt.",
    "Das Programm wurde nach einem Jahr eingestellt.",
):
    ans(N17, s, at_most(2))
for s in (
    "Wir hatten 4 Workshops zu unbewussten Vorurteilen.",
    "Letztes Jahr gab es 3 Schulungen für Führungskräfte.",
    "Wir haben 2 Diversity-Tage im Jahr.",
    "Wir haben 12 Veranstaltungen organisiert.",
    "Es gibt 5 Netzwerke und einen Newsletter.",
):
    ans(N17, s, at_most(3))
for s in (
    "Seit 2023 prüft der Betriebsrat jede Ausschreibung; der Frauenanteil stieg von 18 auf 27 %.",
    "Seit Januar 2024 veröffentlichen wir Gehaltsbänder in jeder Anzeige; der unbereinigte Gender Pay Gap sank von 14 % auf 9 %.",
    "2023 hat unsere Personalleiterin eine Gehaltsanalyse für alle 420 Beschäftigten durchgeführt; 31 Gehälter wurden im April angehoben.",
    "Seit Herbst 2022 sitzt in jeder Auswahlkommission mindestens eine Frau; der Anteil der Frauen bei Neueinstellungen stieg von 22 % auf 35 %.",
    "Seit 2021 bieten wir Führung in Teilzeit an; heute führen 9 von 40 Teamleitungen in Teilzeit.",
    "Im März 2024 hat der Vorstand anonymisierte Lebensläufe eingeführt; die Einladungsquote von Bewerberinnen stieg von 25 auf 38 %.",
    "Seit 2022 misst HR jedes Quartal die Fluktuation nach Geschlecht; bei Frauen sank sie von 15 % auf 8 %.",
    "Unsere CFO hat 2024 die Boni an Diversity-Ziele gekoppelt; der Anteil Frauen in Führung stieg in einem Jahr von 20 % auf 26 %.",
):
    ans(N17, s, at_least(4))

# ---- requirements: German headings (must-haves counted, other sections not)
RB17 = "\n{h}\n- Studium der Informatik oder Statistik\n- 3 Jahre Erfahrung mit SQL\n- Python\n- Sehr gute Deutschkenntnisse\n"
for h in (
    "Das bringst du mit",
    "Ihr Profil",
    "Was Sie mitbringen",
    "Was du mitbringen solltest:",
    "**Dein Profil**",
    "Anforderungsprofil",
    "Ihre Qualifikationen",
    "Das zeichnet dich aus",
    "Was wir uns von dir wünschen",
    "Deine Skills",
    "Das brauchen wir von dir",
    "Voraussetzungen",
):
    case(R17, ad(RB17.format(h=h), "de", reqs=False), must(4))
NI17 = "\nDein Profil\n- SQL\n- Python\n- Statistik\n{h}\n- Spark\n- dbt\n- Kafka\n"
for h in (
    "Wünschenswert",
    "Von Vorteil:",
    "Pluspunkte",
    "Idealerweise",
    "Idealerweise bringst du mit:",
    "Das ist ein Plus",
    "Kein Muss, aber schön",
    "Nice to have:",
    "Was uns zusätzlich freut",
):
    case(R17, ad(NI17.format(h=h), "de", reqs=False), must(3))
BE17 = "\nDein Profil\n- SQL\n- Python\n- Statistik\n{h}\n- 30 Tage Urlaub\n- Betriebliche Altersvorsorge\n- Jobrad\n- Weiterbildungsbudget\n"
for h in (
    "Das bieten wir",
    "Unser Angebot",
    "Deine Benefits",
    "Was wir dir bieten:",
    "Darauf kannst du dich freuen",
    "Wir bieten Ihnen",
    "Unsere Leistungen",
    "Deine Vorteile",
    "Warum wir?",
    "Was dich bei uns erwartet",
):
    case(R17, ad(BE17.format(h=h), "de", reqs=False), must(3))
DU17 = "\n{h}\n- Datenpipelines bauen\n- Berichte schreiben\n- Experimente auswerten\n- Ergebnisse präsentieren\n- Dashboards pflegen\n"
for h in (
    "Deine Aufgaben",
    "Ihr Aufgabengebiet",
    "Das erwartet dich",
    "Ihre Aufgaben:",
    "Deine Rolle",
    "Was du bewegst",
    "Aufgabenbereich",
    "Das sind deine Aufgaben",
    "Ihre Verantwortlichkeiten",
    "Was dich erwartet:",
):
    case(R17, ad(DU17.format(h=h), "de"), must(3))
# seniority from German titles
for title, want in (
    ("Werkstudent Data Analytics (m/w/d)", "intern"),
    ("Werkstudentin (w/m/d) Business Intelligence", "intern"),
    ("Praktikant Data Science (m/w/d)", "intern"),
    ("Praktikum Datenanalyse (6 Monate)", "intern"),
    ("Junior Data Analyst (m/w/d)", "junior"),
    ("Senior Data Engineer (m/w/d)", "senior"),
    ("Lead Data Scientist (w/m/d)", "lead"),
    ("Teamleiter Data Analytics (m/w/d)", "lead"),
    ("Leitung Business Intelligence (m/w/d)", "lead"),
    ("Teamleitung Data Engineering (m/w/d)", "lead"),
):

    def sen_is(r: AdReport, want: str = want) -> tuple[bool, str]:
        ok = r.seniority == want or (want == "lead" and r.seniority in ("lead", "manager"))
        return ok, f"seniority={r.seniority}"

    case(R17, ad("Du arbeitest mit unseren Fachbereichen.", "de", title=title), sen_is)
for frag, bad in (
    ("Du arbeitest eng mit der Leitstelle zusammen.", ("lead", "manager")),
    ("Du betreust unsere Werkstudierenden und Praktikant:innen.", ("intern",)),
    ("Du berichtest an die Teamleitung.", ("lead", "manager")),
    ("Du unterstützt die Senior-Managerin bei Analysen.", ("senior", "manager", "lead")),
    ("Erfahrung mit Leitungssystemen im Netzbetrieb.", ("lead", "manager")),
    ("Du planst das Praktikumsprogramm mit.", ("intern",)),
):
    case(R17, ad(frag, "de", title="Data Analyst (m/w/d)"), senior_not(*bad))


# ================================================================ twentieth round: answers as notes
# 175 interview notes written for this round (EN and DE), as candidates jot them. The band of each
# was decided by reading before the first run: <=2 vague, <=3 not concrete, >=4 concrete.
def band20(lo: int, hi: int) -> Callable[[Any], tuple[bool, str]]:
    def chk(a: Any) -> tuple[bool, str]:
        r = a.suggested_rating
        ok = r is not None and lo <= r <= hi
        return ok, f"rating={r} red={a.red_flag} {a.counts()}"

    return chk


for cls20, notes20 in (
    (
        "ans hope (20th)",
        (
            ("they said the new mentoring scheme should reduce attrition, esp. for women", 2),
            (
                "Hiring mgr: the structured interviews will hopefully get us to a more balanced team",
                2,
            ),
            ("VP eng: once the career ladder is out, promotions ought to be fairer", 2),
            ("- pay bands -> expected to close the gap over time (her words)", 2),
            ("they think the ML review board is going to catch most bias issues going fwd", 2),
            ("re on-call: new rota is meant to cut pages by half, too early to say", 2),
            ("learning budget 'should help retention' acc. to recruiter", 2),
            ("remote policy: they expect it to widen the hiring pool, no numbers yet", 2),
            ("retention should improve with the new ladder — CPO's words, no baseline", 2),
            ("expected outcome: 20% fewer incidents. actual: dunno yet", 2),
            ("laut HR soll das neue Mentoring die Fluktuation senken", 2),
            ("Teamlead meinte, die Gehaltsbänder dürften den Gap mittelfristig schließen", 2),
            (
                "neue Rufbereitschaftsregel soll die Nachteinsätze halbieren, Zahlen gibt's noch keine",
                2,
            ),
            ("Homeoffice-Regel soll helfen, mehr Frauen zu gewinnen (ihre Hoffnung)", 2),
            ("Ethikboard wird hoffentlich Bias früher erkennen", 2),
            ("das Weiterbildungsbudget sollte eigentlich die Bindung erhöhen, sagt er", 2),
            ("Ihr Mentoring wird die Fluktuation sicher senken, meinte die Recruiterin", 2),
            ("Fluktuation nach dem Mentoring? 'hoffentlich niedriger', gemessen wird das nicht", 2),
        ),
    ),
    (
        "ans target (20th)",
        (
            ("aim for 40% women in eng by 2027", 2),
            ("Target: 30% of leadership from underrepresented groups by end of 2028.", 2),
            ("goal is zero sev1 incidents w/o postmortem next yr", 2),
            ("they want pay gap under 5% by 2027, HR head owns the target", 3),
            ("OKR this year: data quality score 95%+ on all tier-1 tables", 3),
            ("Their ambition: 50/50 shortlists for every senior role from 2027 on", 2),
            ("KPI target of 90% mentoring completion, not measured yet", 2),
            ("the DEI lead will publish the first pay gap report in spring", 3),
            ("they hope to hit 35% women in data by 2028", 2),
            ("mentoring is supposed to start 'soon', no date", 2),
            ("diversity: 'We aim to be representative of society' (no numbers, no date)", 2),
            ("Ziel: 40 % Frauen in Führung bis 2028", 2),
            ("Zielquote 30 % Frauen im Data-Team bis Ende 2027, verantwortlich ist die CPO", 3),
            ("angestrebt sind 95 % Datenqualität bei den Kern-Tabellen", 2),
            ("bis 2028 wollen sie den Pay Gap unter 3 % drücken", 2),
            ("OKR fürs nächste Jahr: jede Störung mit Postmortem", 2),
            ("Diversity-Ziele: 'in drei Jahren wollen wir bei 35 % sein'", 2),
            ("Lernbudget wird 'nächstes Jahr sicher erhöht', sagt der CFO", 2),
        ),
    ),
    (
        "ans hedged (20th)",
        (
            ("Retention? I think it went up a bit after the 4-day week, not sure by how much", 2),
            ("they introduced pay bands in 2023 and apparently the gap is smaller now, maybe", 3),
            ("He reckons attrition dropped somewhat since the mentoring started, no figures", 3),
            ("probably around 30% women? she wasn't sure, might be less", 2),
            ("engagement scores improved I guess, she couldn't remember the numbers", 2),
            ("the postmortems seem to have helped, fewer repeats, roughly, hard to say", 2),
            ("women in leadership 'went up massively' he said, but wouldn't give a number", 2),
            (
                "Fluktuation ist glaub ich etwas gesunken seit der 4-Tage-Woche, genau wusste sie's nicht",
                2,
            ),
            ("Frauenanteil so ca. 30 %? eher weniger, meinte er", 2),
            ("die Postmortems haben wohl geholfen, gefühlt weniger Wiederholungen", 2),
            ("seit den Gehaltsbändern ist die Lücke angeblich kleiner geworden", 3),
            ("Zufriedenheit ist irgendwie gestiegen, Zahlen hatte sie nicht parat", 2),
            ("Frauen in Führung 'deutlich mehr geworden', eine Zahl wollte er nicht nennen", 2),
        ),
    ),
    (
        "ans process (20th)",
        (
            (
                "ML review board meets every 2 weeks, chaired by Head of DS (Anna K.), every model going to prod needs sign-off",
                4,
            ),
            (
                "Incident reviews: blameless postmortem within 5 working days for every sev1/sev2, SRE lead runs them",
                4,
            ),
            (
                "data quality: each table has a named owner in the catalog, dbt tests run nightly, owners get paged on failure",
                4,
            ),
            ("on-call 1 wk in 6, paid €300/week extra, EM reviews the rota monthly", 4),
            (
                "promo criteria written down per level, calibration committee twice a year (Mar/Sep) led by CTO",
                4,
            ),
            (
                "pay equity audit every year since 2022, done by external firm, reported to the board",
                4,
            ),
            (
                "mentoring: every new joiner gets a mentor from another team for 6 months, People team matches them",
                4,
            ),
            ("parental leave 20 wks fully paid for all parents since Jan 2024", 4),
            (
                "learning budget €1,500/yr per person + 5 days, manager approves, tracked in Personio",
                4,
            ),
            ("on-call comp: time off in lieu, 1 day per weekend on call, tracked by EM", 4),
            (
                "data quality: SLAs on 25 core tables, breaches reviewed every Monday by the data platform lead",
                4,
            ),
            (
                "Remote policy doc: 3 days office, Mon-Wed, enforced via badge data since Sept 2024",
                4,
            ),
            (
                "Ethikboard tagt alle 2 Wochen, Vorsitz hat die Leiterin Data Science, jedes Modell braucht vor Go-live eine Freigabe",
                4,
            ),
            ("Postmortem für jeden P1/P2 binnen 5 Arbeitstagen, moderiert vom SRE-Lead", 4),
            (
                "Datenqualität: jede Tabelle hat einen benannten Owner im Katalog, Tests laufen jede Nacht",
                4,
            ),
            (
                "Rufbereitschaft 1 Woche von 6, 250 € Zulage pro Woche, Teamleitung prüft den Plan monatlich",
                4,
            ),
            (
                "Beförderungskriterien je Level schriftlich, Kalibrierungsrunde 2x im Jahr (März/Sept.), Leitung CTO",
                4,
            ),
            (
                "Gehaltsaudit jährlich seit 2022 durch externe Kanzlei, Bericht an den Aufsichtsrat",
                4,
            ),
            (
                "jede*r Neue bekommt für 6 Monate eine Mentorin aus einem anderen Team, das People-Team teilt zu",
                4,
            ),
            ("Elternzeit: 20 Wochen voll bezahlt für alle Eltern seit Jan. 2024", 4),
            (
                "Weiterbildungsbudget 1.500 €/Jahr pro Kopf plus 5 Tage, Freigabe durch Teamleitung",
                4,
            ),
            (
                "Datenqualität: SLAs für 25 Kern-Tabellen, Verstöße bespricht der Plattform-Lead jeden Montag",
                4,
            ),
            ("Präsenzpflicht 3 Tage (Mo–Mi), seit Sept. 2024 per Badge kontrolliert", 4),
            (
                "Incident-Postmortems seit 2023 Pflicht, Verantwortung beim jeweiligen Service-Owner, Review jeden Donnerstag",
                4,
            ),
            (
                "Gehaltsbänder für alle Stufen, intern einsehbar seit 2023, HR prüft Abweichungen quartalsweise",
                4,
            ),
        ),
    ),
    (
        "ans denial (20th)",
        (
            ("we don't track that", 2),
            ("Asked about gender split in promos — 'we don't really measure that'", 2),
            ("no formal review for models, data scientists just ship", 2),
            ("pay audit: never done one, no plans", 2),
            ("They don't collect diversity data at all (GDPR, they said)", 2),
            ("no on-call rota, whoever's around fixes it", 2),
            ("postmortems? 'not really a thing here'", 2),
            ("No written promotion criteria, it's up to your manager", 2),
            ("they don't do exit interviews", 2),
            ("nobody owns data quality, it's 'everyone's job'", 2),
            ("no budget for training this yr (freeze)", 2),
            ("pay equity: 'we're confident there's no gap' — never checked tho", 2),
            ("promo criteria exist (a doc on Confluence), last updated 2019, nobody reads it", 2),
            ("incident review happens 'when needed'", 2),
            ("learning budget: 'ask your manager, usually fine'", 2),
            ("Mentoring: informal buddy thing, not everyone gets one", 2),
            ("das erfassen wir nicht", 2),
            ("Frauenanteil bei Beförderungen? 'messen wir nicht'", 2),
            ("kein formaler Review für Modelle, die DS deployen einfach", 2),
            ("Gehaltsanalyse gab es noch nie, ist auch nicht geplant", 2),
            ("keine Rufbereitschaft, wer gerade da ist, kümmert sich", 2),
            ("Postmortems? 'machen wir eigentlich nicht'", 2),
            ("keine schriftlichen Beförderungskriterien, entscheidet die Führungskraft", 2),
            ("Diversity-Daten werden gar nicht erhoben (Datenschutz, hieß es)", 2),
            ("Gender Pay Gap? 'Gibt's bei uns nicht' – gemessen wurde nie", 2),
            ("Beförderungskriterien gibt's (Confluence-Seite von 2019), liest aber keiner", 2),
            ("Incident-Review 'bei Bedarf'", 2),
            ("Weiterbildung: 'einfach die Führungskraft fragen, klappt meistens'", 2),
            ("Rufbereitschaft gibt's, aber wie die vergütet wird, wusste keiner so genau", 2),
        ),
    ),
    (
        "ans value talk (20th)",
        (
            (
                "re ML ethics: 'we take it very seriously', Responsible AI principles on the website",
                2,
            ),
            ("remote: 'hybrid, we trust people' - no set days, depends on team", 2),
            ("parental leave: 'we follow the law'", 3),
            ("They're 'looking into' a 4-day week, pilot maybe Q3", 2),
            ("Ethik: 'nehmen wir sehr ernst', KI-Leitlinien stehen auf der Website", 2),
            ("Homeoffice 'nach Absprache', feste Tage gibt's nicht, je nach Team", 2),
            ("Elternzeit: 'wir halten uns ans Gesetz'", 3),
            ("Sie sind 'dabei, sich das anzuschauen', 4-Tage-Woche evtl. als Pilot im Herbst", 2),
        ),
    ),
    (
        "ans contradicted (20th)",
        (
            (
                "HM said every promo goes through calibration panel. Later the senior eng told me promos are basically decided by the VP alone, panel is a rubber stamp.",
                3,
            ),
            (
                "Recruiter: 'we do blameless postmortems for everything'. Engineer: 'honestly we skip them when we're busy, which is always'.",
                2,
            ),
            (
                "manager says learning budget is €2k/yr; two team members said nobody's actually been able to use it",
                3,
            ),
            (
                "They said data owners are assigned per domain — but then admitted half the domains have no owner right now",
                3,
            ),
            (
                "CTO: ML ethics board reviews all models. DS on the panel: it hasn't met since last summer.",
                2,
            ),
            ("eng mgr: 'tbh no one owns data quality rn, we had a DQ guild but it fizzled'", 2),
            ("ethics board: set up last year, hasn't reviewed a model yet", 3),
            (
                "HR: jede Beförderung geht durch ein Gremium. Später sagte der Senior Dev, das entscheidet eigentlich der Bereichsleiter allein.",
                3,
            ),
            (
                "Recruiterin: 'Postmortems machen wir immer'. Entwickler: ehrlich gesagt lassen wir die meistens ausfallen.",
                2,
            ),
            (
                "Chef sagt 2.000 € Budget pro Jahr; zwei aus dem Team meinten, das hat noch keiner genutzt bekommen.",
                3,
            ),
            (
                "CTO: Ethikboard prüft alle Modelle. Data Scientistin im Board: das hat seit letztem Sommer nicht mehr getagt.",
                2,
            ),
            (
                "Teamleiter: 'ehrlich, Datenqualität gehört gerade niemandem, die DQ-Gilde ist eingeschlafen'",
                2,
            ),
        ),
    ),
    (
        "ans irony (20th)",
        (
            ('yeah, "flexible" hours (everyone online 8-8)', 2),
            (
                "work-life balance is 'great' — said with an eye roll, three people mentioned weekend deploys",
                2,
            ),
            ('mentoring "programme" = a Slack channel nobody posts in', 2),
            ('diversity? "we hire the best person, full stop" lol', 2),
            ('sure, "open door" — CEO\'s door was literally locked when we walked past', 2),
            ('ha, "mandatory fun" Fridays instead of a D&I strategy', 2),
            ('ja, "flexible" Arbeitszeiten (alle sind von 8 bis 20 online)', 2),
            ('Mentoring-"Programm" = ein Slack-Kanal, in dem keiner schreibt', 2),
            ('Diversity? "Wir stellen einfach die Besten ein" – na super', 2),
            ('klar, "Open Door" – die Tür vom GF war zu, als wir vorbeiliefen', 2),
            ("jaja, 'Work-Life-Balance' – Deployments sind trotzdem Freitagabend", 2),
        ),
    ),
    (
        "ans third-hand (20th)",
        (
            ("a friend who works there said they do a pay audit every year", 3),
            ("heard from an ex-employee that on-call is brutal, like 1 week in 3", 3),
            ("Glassdoor says promos are political, couldn't verify", 2),
            ("apparently (per a former DS) the ML review board was only on paper", 2),
            ("my old colleague there says the learning budget is €1k, not sure it's still true", 3),
            ("eine Freundin, die dort arbeitet, sagt, es gibt jährlich ein Gehaltsaudit", 3),
            ("laut Kununu sind Beförderungen reine Politik, konnte ich nicht prüfen", 2),
            ("ein Ex-Kollege meinte, das Ethikboard gibt's nur auf dem Papier", 2),
            ("hab gehört, das Weiterbildungsbudget ist 1.000 €, ob das noch stimmt?", 3),
            (
                "Mein Bekannter dort sagt, Remote geht 'eigentlich immer', offiziell gibt's keine Regel",
                2,
            ),
        ),
    ),
    (
        "ans mixed (20th)",
        (
            (
                "Diversity: lots of 'we value everyone' talk at first. Then HR lead got specific: since 2022 anonymised CVs for all eng roles, women in eng hires went from 18% to 31% last year. Also 'we'd like to do more for neurodiversity' but nothing concrete.",
                4,
            ),
            (
                "Long answer on culture, 'we're a family', 'open door', the CEO cares a lot, they had a town hall about it once, would love to do a survey next year. No numbers.",
                2,
            ),
            (
                "Incidents - they were a bit defensive at first ('we don't really have many incidents'), but the SRE lead then walked through it: every P1 gets a postmortem within 48h, actions tracked in Jira, 27 of 30 actions closed in Q1.",
                4,
            ),
            (
                "Data quality: 'everyone owns data quality' (i.e. no one?), they have a wiki page, plan to buy a DQ tool next year, maybe Monte Carlo.",
                2,
            ),
            (
                "Parental leave: statutory only, they said 'we're generous with flexibility' and 'people come back happy'.",
                3,
            ),
            (
                "Mentoring - loose at first ('people just help each other'), but there's a formal prog too: 14 pairs in 2024, run by L&D (Tom), 12 of 14 mentees still here. Would like to expand.",
                4,
            ),
            (
                "Diversity: erst viel 'bei uns sind alle willkommen'. Dann die HR-Leiterin konkret: seit 2022 anonymisierte Lebensläufe für alle Tech-Stellen, Frauenanteil bei Neueinstellungen von 18 % auf 31 % im letzten Jahr. 'Neurodiversität würden wir gern mehr machen' – nichts Konkretes.",
                4,
            ),
            (
                "Kultur: 'wir sind wie eine Familie', 'flache Hierarchien', der GF liegt das sehr am Herzen, nächstes Jahr vielleicht eine Umfrage. Keine Zahlen.",
                2,
            ),
            (
                "Störungen – erst abwehrend ('so viele haben wir nicht'), dann der SRE-Lead: jeder P1 bekommt binnen 48 h ein Postmortem, Maßnahmen in Jira, 27 von 30 im Q1 erledigt.",
                4,
            ),
            (
                "Datenqualität: 'dafür sind alle verantwortlich', es gibt eine Wiki-Seite, nächstes Jahr soll evtl. ein Tool gekauft werden.",
                2,
            ),
            (
                "Mentoring – erst vage ('man hilft sich halt'), aber es gibt ein Programm: 14 Tandems 2024, organisiert von L&D (Herr Wolf), 12 von 14 Mentees sind noch da.",
                4,
            ),
        ),
    ),
    (
        "ans results (20th)",
        (
            ("pay eq audit 2024: gap 6.1% → 2.3% after 18 adjustmnets (HR dir)", 4),
            (
                "promo rate by gender published internally each yr since '22, last yr W 14% vs M 13%",
                4,
            ),
            ("ERG budget €10k/yr, exec sponsor = COO; 3 ERGs, 120 members total", 4),
            ("remote: fully remote since 2020, 60% of staff outside DE, office optional", 4),
            ("on-call pages down from ~40/wk to 12/wk after alert cleanup last qtr", 4),
            (
                "ML: model cards mandatory for every prod model since Q2 2023; review board rejected 3 models last year",
                4,
            ),
            ("data incidents tracked in a register, 11 in 2024, each with RCA by domain owner", 4),
            ("learning budget: avg spend €1.1k/person in 2024, 85% used it", 4),
            ("they said: 'we cut time-to-promo for women from 3.1 to 2.4 yrs'", 4),
            (
                "Parental leave uptake by fathers went from 2 to 11 ppl since the 16wk policy (2023)",
                4,
            ),
            (
                "they publish the gender pay gap yearly (UK reporting), 2024 median gap 11.8%, down from 14.2%",
                4,
            ),
            (
                "Gehaltsaudit 2024: Lücke von 6,1 % auf 2,3 % nach 18 Anpassungen (laut HR-Direktorin)",
                4,
            ),
            (
                "Beförderungsquote nach Geschlecht wird seit 2022 jährlich intern veröffentlicht, letztes Jahr F 14 % vs. M 13 %",
                4,
            ),
            ("Remote: seit 2020 voll remote, 60 % der Leute außerhalb DE", 4),
            (
                "Pager-Alarme von ~40/Woche auf 12/Woche gesenkt nach Alert-Aufräumen im letzten Quartal",
                4,
            ),
            (
                "Model Cards sind seit Q2 2023 Pflicht für jedes Produktivmodell; das Board hat letztes Jahr 3 Modelle abgelehnt",
                4,
            ),
            ("Väter in Elternzeit: von 2 auf 11 gestiegen seit der 16-Wochen-Regel (2023)", 4),
            (
                "Weiterbildung: 2024 im Schnitt 1.100 € pro Kopf ausgegeben, 85 % haben es genutzt",
                4,
            ),
            (
                "Lohngleichheitsanalyse nach Logib 2023 durchgeführt, Abweichung 2,1 %, von externer Stelle geprüft",
                4,
            ),
            (
                "Einkommensbericht alle 2 Jahre, wie gesetzlich vorgeschrieben, letzter 2024, Gap 9 %",
                4,
            ),
        ),
    ),
):
    for note20, want20 in notes20:
        ans(cls20, note20, band20(4, 5) if want20 == 4 else band20(1, want20))


# ================================================================ nineteenth round (helper leftovers19)
# The classes earlier rounds left: the job's place said with a verb, ranges wrapped over two
# lines, pay-scale grades without a hyphen and named steps, native wording with a German
# adjective, flat option lists of longer options, site chrome in plain divs. Expectations were
# set by reading before the fixes (two base-site probes changed after, see below); on the base
# commit 29 of these 48 failed.
P19, R19, A19, L19, H19 = (c + " (19th)" for c in (P, R, A, L, H))
for frag, lang, want in (
    ("You'll work on-site at our Rotterdam office.", "en", "onsite"),
    ("The post holder will be working on site in our Swindon office.", "en", "onsite"),
    # A base site says which site, not on site against home (as the NHS labels and
    # test_arrangement_places read it): these two were expected on-site before the fixes.
    ("The post holder will be based at our Swindon campus.", "en", "not_stated"),
    ("This role is based at our Gdansk plant.", "en", "not_stated"),
    ("You will work from our Lisbon office.", "en", "onsite"),
    ("Einsatzort: vor Ort in unserem Werk in Ulm", "de", "onsite"),
    ("Sie arbeiten vor Ort an unserem Standort in Bern.", "de", "onsite"),
    # near-misses: not the job's arrangement, or not on site only
    ("Free on-site parking and an on-site gym.", "en", "not_stated"),
    ("Our on-site canteen serves lunch daily.", "en", "not_stated"),
    ("You will meet clients on site now and then.", "en", "not_stated"),
    ("You will work on site when needed, otherwise from home.", "en", "not_stated"),
    ("Kostenlose Parkplätze vor Ort.", "de", "not_stated"),
    ("Du arbeitest gelegentlich vor Ort bei unseren Kunden.", "de", "not_stated"),
):
    case(A19, ad(frag, lang), arr(want))
for frag, lang, lo, hi in (
    ("Gehalt: zwischen 58.000 und\n66.000 Euro brutto jährlich.", "de", 58000, 66000),
    ("Salär: CHF 102 000 –\n118 000 pro Jahr", "de", 102000, 118000),
    ("Salary: £36,000 to\n£41,000 per annum", "en", 36000, 41000),
    ("Jahresgehalt: 64.000 bis\n72.000 € brutto", "de", 64000, 72000),
    ("Salary: 70,000 -\n82,000 per year", "en", 70000, 82000),
    # near-misses: the next line is no end of a range
    ("Gehalt: 60.000 € brutto im Jahr und\n30 Tage Urlaub", "de", 60000, 60000),
    ("Salary: €48,000 per year and\n25 days of leave", "en", 48000, 48000),
):
    case(P19, ad(frag, lang), pay_is(lo, hi))


def scale_is(label: str | None, step_asked: bool = True) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        asks = [f.ask for f in r.findings if f.check == "salary" and f.data.get("kind") == "scale"]
        ok = r.pay.scale == label and (
            label is None or any(("step (Stufe)" in a) == step_asked for a in asks)
        )
        return ok, f"scale={r.pay.scale} asks={asks}"

    return chk


for frag, lang, want, step_asked in (
    ("Pay: GS 11 on the General Schedule.", "en", "GS 11", True),
    ("Salary: GS 12/13, depending on experience.", "en", "GS 12/13", True),
    ("This position is paid at GS 9.", "en", "GS 9", True),
    ("Vergütung nach TV-L E 12, Stufe 2.", "de", "TV-L E 12 Stufe 2", False),
    (
        "Eingruppierung nach TVöD EG 10, Erfahrungsstufe 3.",
        "de",
        "TVöD EG 10 Erfahrungsstufe 3",
        False,
    ),
    (
        "Pay: Agenda for Change Band 5, pay point 18.",
        "en",
        "Agenda for Change Band 5 pay point 18",
        False,
    ),
    # near-misses: no pay word beside "GS 12"; a step not named
    ("We use the GS 12 router line in our lab.", "en", None, True),
    ("Vergütung nach TVöD E 9; Stufe nach Berufserfahrung.", "de", "TVöD E 9", True),
):
    case(P19, ad(frag, lang), scale_is(want, step_asked))


def no_german_stated(r: AdReport) -> tuple[bool, str]:
    got = [(x.language, x.required) for x in r.language_requirements if not x.implied]
    return not any(lang == "German" for lang, _ in got), f"langs={got}"


for frag in (
    "Du bist deutscher Muttersprachler oder hast vergleichbare Kenntnisse.",
    "Sie sind spanische Muttersprachlerin.",
    "Italienischer Muttersprachler (m/w/d) gesucht.",
    "Französisch auf muttersprachlichem Niveau.",
):
    case(L19, ad(frag, "de"), native)
case(L19, ad("You are a native Portuguese speaker."), native)
for frag in (
    "Ein deutscher Führerschein ist Pflicht.",
    "Wir sind ein deutscher Mittelständler mit Sitz in Köln.",
):
    case(L19, ad(frag, "de"), no_german_stated)
for frag, lang, n in (
    (
        "## Requirements\n- Experience with one or more of the following:\n- Cloud data warehouses such as BigQuery\n- Stream processing with Kafka or Pulsar\n- Orchestration with Airflow or Prefect\n- A degree in a quantitative field\n",
        "en",
        2,
    ),
    (
        "## Requirements\n- Depth in one or more of the following:\n- Experience with dbt models at scale\n- Experience with Looker explores\n- Experience with Tableau extracts\n- 4+ years in analytics\n",
        "en",
        2,
    ),
    (
        "## Requirements\n- Working knowledge of one or more of the following:\n- Python\n- Scala\n- Go\n- Strong SQL\n- 2+ years in data engineering\n",
        "en",
        3,
    ),
    (
        "## Requirements\n- One or more of the following:\n- Python\n- R\n- SAS\n\n- Git\n- Linux\n",
        "en",
        3,
    ),
    (
        "## Dein Profil\n- Erfahrung mit einem der folgenden Tools:\n- Power BI mit eigenen Datenmodellen\n- Tableau in größeren Projekten\n- Qlik Sense für Fachbereiche\n- Mindestens 2 Jahre Berufserfahrung\n",
        "de",
        2,
    ),
    # near-misses: names only; a sentence after the names is a requirement of its own
    ("## Requirements\n- One or more of the following:\n- Python\n- R\n- SAS\n", "en", 1),
    (
        "## Requirements\n- Familiarity with one or more of the following:\n- Tableau\n- Looker\n- You have mentored analysts before.\n",
        "en",
        2,
    ),
):
    case(R19, ad(frag, lang, reqs=False), must(n))


def text_lacks(*bad: str, keeps: tuple[str, ...] = ()) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        found = [b for b in bad if b in r.text]
        lost = [k for k in keeps if k not in r.text]
        return not found and not lost, f"still={found} lost={lost}"

    return chk


hcase(
    H19,
    '<div class="site-footer"><a href="/a">About us</a> <a href="/b">Careers blog</a> <a href="/c">Press room</a></div>',
    text_lacks("Press room"),
)
hcase(
    H19,
    '<div id="breadcrumb"><a href="/">Start</a> › <a href="/j">All jobs</a> › <a href="/d">Data roles</a></div>',
    text_lacks("All jobs"),
)
hcase(
    H19,
    '<div class="main-nav"><a href="/p">Products</a> <a href="/q">Pricing</a> <a href="/c">Customers</a></div>',
    text_lacks("Pricing"),
)
hcase(
    H19,
    '<table><tr><td><a href="/">Home</a><br><a href="/v">Vacancies</a><br><a href="/r">Register CV</a></td><td>Temp to perm, Coventry.</td></tr></table>',
    text_lacks("Register CV", keeps=("Coventry",)),
)
# near-misses: the posting's own footer and an equal-opportunity statement stay
hcase(
    H19,
    '<div class="job-footer"><p>Apply by 30 June with a short cover letter.</p></div>',
    text_lacks(keeps=("30 June",)),
)
hcase(
    H19,
    '<div class="footer"><p>We are an equal opportunity employer and welcome every applicant.</p></div>',
    text_lacks(keeps=("equal opportunity",)),
)


# ================================================================ twenty-first round (helper redteam21)
# Written by reading: each expectation was set before askback ran on it. Four new inputs for each
# example sentence of the issue, in its shape but with other words, numbers, currencies, word order
# and language; one class name per example class so a failure says which shape broke.
def _c21(name: str) -> str:
    return name + " (21st)"


# ---- pay: a time of day is not 'per month'; a bonus is not pay
for frag, lang in (
    ("Hours: 7am-3pm. A $4,500 joining bonus is paid after 90 days.", "en"),
    ("Working hours 10 am – 6 pm; we offer a £3,000 welcome bonus.", "en"),
    ("Evening shift 2pm to 10pm with a CAD 2,000 signing bonus.", "en"),
    ("Schicht: 6-14 Uhr. Wir zahlen eine Antrittsprämie von 2.500 €.", "de"),
):
    case(_c21("pay time/bonus"), ad(frag, lang), no_pay)
# ---- pay: relocation, budgets, revenue, benefits and incentives are not pay for the job
for frag, lang in (
    ("Relocation assistance of up to $7,500 is provided.", "en"),
    ("You will manage an annual budget of €3 million across four teams.", "en"),
    ("The business line generated $85M in revenue last year.", "en"),
    ("Benefits include a $2,000 wellness allowance and a $1,000 learning stipend.", "en"),
    ("Quarterly incentive bonus of up to $6,000.", "en"),
    ("Wir bieten einen Umzugszuschuss von 5.000 € und ein Weiterbildungsbudget von 1.500 €.", "de"),
):
    case(_c21("pay non-pay"), ad(frag, lang), no_pay)
# ---- pay: amounts with no currency sign in a pay context
for frag, lang, lo, hi, per in (
    ("Salary: 72,000 - 86,000 per annum", "en", 72000, 86000, "year"),
    ("Base salary: 105,000 to 125,000 a year", "en", 105000, 125000, "year"),
    ("Annual salary: 64,500 – 71,000 yearly", "en", 64500, 71000, "year"),
    ("Gehalt: 58.000 - 66.000 pro Jahr", "de", 58000, 66000, "year"),
    ("Compensation: 125,000-145,000", "en", 125000, 145000, None),
    ("Total compensation: 180,000–210,000", "en", 180000, 210000, None),
    ("Pay: 48,000 - 54,000", "en", 48000, 54000, None),
    ("Vergütung: 70.000-80.000", "de", 70000, 80000, None),
    ("Salary: 85-95k", "en", 85000, 95000, None),
    ("Base: 130-150K", "en", 130000, 150000, None),
    ("Pay range: 70-80k per year", "en", 70000, 80000, "year"),
    ("Gehalt: 60-70k", "de", 60000, 70000, None),
    ("Rate: 62,000 - 74,000 DOE", "en", 62000, 74000, None),
    ("Salary: 55,000 to 65,000 DOE", "en", 55000, 65000, None),
    ("Pay: 91,000 - 99,000 depending on experience", "en", 91000, 99000, None),
    ("Rate: 58,000 - 69,000 (DOE)", "en", 58000, 69000, None),
):
    case(_c21("pay no currency"), ad(frag, lang), pay_is(lo, hi, per))
# ---- pay: a range written high to low
for frag, lang, lo, hi in (
    ("Salary: $145,000 - $118,000", "en", 118000, 145000),
    ("Pay range: €72,000 – €61,000 per year", "en", 61000, 72000),
    ("Gehalt: 68.000 € - 57.000 €", "de", 57000, 68000),
    ("Compensation: $41/hr - $34/hr", "en", 34, 41),
):
    case(_c21("pay high-low"), ad(frag, lang), pay_is(lo, hi))
# ---- pay: minimum and maximum on separate labelled lines
for frag, lang, lo, hi in (
    ("Salary minimum: $82,000\nSalary maximum: $99,000", "en", 82000, 99000),
    ("Min. pay: £31,500\nMax. pay: £37,000", "en", 31500, 37000),
    ("Gehalt (min.): 52.000 €\nGehalt (max.): 61.000 €", "de", 52000, 61000),
    ("Lowest rate: $24.50 per hour\nHighest rate: $30.25 per hour", "en", 24.5, 30.25),
):
    case(_c21("pay min/max lines"), ad(frag, lang), pay_is(lo, hi))
# ---- pay: hourly and yearly in one sentence, each with its period
for frag, lang, h, y in (
    ("You will earn $31 an hour, roughly $64,000 a year.", "en", 31, 64000),
    ("Starting at £17.50 per hour (around £34,000 per annum).", "en", 17.5, 34000),
    ("Der Stundenlohn beträgt 21 €, das sind etwa 40.000 € im Jahr.", "de", 21, 40000),
    ("Pay is $45/hr or $93,600/yr for full-time staff.", "en", 45, 93600),
):
    case(_c21("pay hour+year"), ad(frag, lang), has_figs((h, "hour"), (y, "year")))
# ---- pay: German 'zwischen … und … Euro'
for frag, lo, hi, per in (
    ("Das Gehalt liegt zwischen 47.000 und 55.000 Euro brutto im Jahr.", 47000, 55000, "year"),
    ("Wir zahlen zwischen 3.800 und 4.400 Euro brutto monatlich.", 3800, 4400, "month"),
    ("Jahresgehalt zwischen 62.500 und 71.000 Euro", 62500, 71000, "year"),
    ("Vergütung: zwischen 50 000 und 58 000 EUR brutto pro Jahr", 50000, 58000, "year"),
):
    case(_c21("pay zwischen"), ad(frag, "de"), pay_is(lo, hi, per))


# ---- requirements: seniority from the title and level words, not substrings
def senior_and_years(*bad: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        a, da = senior_not(*bad)(r)
        b, db = yrs_senior(r)
        return a and b, da + " " + db

    return chk


for frag, lang, title in (
    (
        "You will support mid-stage oncology trials.\n7+ years of experience.",
        "en",
        "Senior Biostatistician",
    ),
    ("We back growth-stage companies.\n9+ years of experience.", "en", "Lead Data Engineer"),
    ("Our backstage tooling powers live events.\n6+ years in analytics.", "en", "Senior Analyst"),
    (
        "Du baust unsere Staging-Umgebung aus.\nMindestens 8 Jahre Berufserfahrung.",
        "de",
        "Senior Data Engineer (m/w/d)",
    ),
):
    case(
        _c21("req stage"),
        ad(frag, lang, title=title),
        senior_and_years("intern", "junior", "entry"),
    )
for frag, lang, title in (
    ("You will offer expert insight into campaign data.", "en", "Marketing Analyst"),
    ("Expert knowledge of Excel is a plus.", "en", "Data Analyst"),
    ("We build leading-edge models and catch misleading metrics.", "en", "Data Scientist"),
    ("Du bringst Expertenwissen in SQL mit.", "de", "Datenanalyst (m/w/d)"),
):
    case(
        _c21("req expert/lead"),
        ad(frag, lang, title=title),
        senior_not("lead", "principal", "expert", "head", "senior"),
    )
# ---- requirements: duty headings are not requirement headings
for h, lang in (
    ("Essential Responsibilities", "en"),
    ("Core Functions:", "en"),
    ("Principal Duties", "en"),
    ("What You'll Be Doing", "en"),
    ("Main Tasks", "en"),
    ("Your Responsibilities", "en"),
    ("Job Duties", "en"),
    ("Key Accountabilities", "en"),
    ("**Duties & Responsibilities**", "en"),
    ("What you will work on", "en"),
    ("Essential Job Duties", "en"),
    ("What you'll own", "en"),
    ("Ihre Aufgaben im Detail", "de"),
    ("Aufgabengebiet", "de"),
    ("Deine Tätigkeiten", "de"),
    ("Aufgaben & Verantwortung", "de"),
):
    case(_c21("req duty heading"), ad(DUTY.format(h=h), lang), must(3))
# ---- requirements: headings with '&', 'Required …', with and without colon
for h, lang in (
    ("Experience & Education", "en"),
    ("Skills & Qualifications", "en"),
    ("Training & Experience", "en"),
    ("Kenntnisse & Erfahrung", "de"),
    ("Required Experience", "en"),
    ("Required Competencies", "en"),
    ("Needed Skills", "en"),
    ("Erforderliche Kenntnisse", "de"),
    ("Required Education and Experience:", "en"),
    ("Minimum Requirements:", "en"),
    ("Qualifications Required:", "en"),
    ("Voraussetzungen:", "de"),
    ("Requirements", "en"),
    ("Qualifications", "en"),
    ("Your Profile", "en"),
    ("Ihre Qualifikationen", "de"),
):
    case(_c21("req heading"), ad(REQ_BODY.format(h=h), lang, reqs=False), must(4, 1))
# ---- requirements: a nice-to-have heading without a colon ends the must list
for h, lang in (
    ("Desired Qualifications", "en"),
    ("Desired Experience", "en"),
    ("Preferred Skills", "en"),
    ("Preferred Experience", "en"),
    ("Nice-to-haves", "en"),
    ("Additional Preferred Qualifications", "en"),
    ("Wünschenswerte Kenntnisse", "de"),
    ("Idealerweise", "de"),
):
    t = ad(NICE.format(h=h), reqs=False) if lang == "en" else ad_de_after_reqs(NICE, h)
    case(_c21("req nice heading"), t, must(3))
# ---- requirements: benefits sections are not must-haves
for h, lang in (
    ("What We Provide", "en"),
    ("Our Benefits", "en"),
    ("We offer", "en"),
    ("Employee Benefits", "en"),
    ("Benefits & Perks", "en"),
    ("Why you'll love working here", "en"),
    ("Unsere Leistungen", "de"),
    ("Das bieten wir", "de"),
    ("Deine Vorteile", "de"),
    ("Konditionen & Benefits", "de"),
    ("Unser Angebot an dich", "de"),
    ("Vergütung & Konditionen", "de"),
):
    t = ad(BEN.format(h=h), reqs=False) if lang == "en" else ad_de_after_reqs(BEN, h)
    case(_c21("req benefits heading"), t, must(3))
# ---- requirements: 'one or more of the following' is not that many required tools
for frag, lang in (
    (
        "Requirements\n- SQL\n- Hands-on experience with one or more of the following:\n  - Snowflake\n  - BigQuery\n  - Redshift\n  - Databricks\n  - Synapse\n  - Teradata\n  - ClickHouse\n",
        "en",
    ),
    (
        "Requirements\n- Knowledge of one or more of the following languages: Java, Kotlin, Go, Rust, C++, Swift, Ruby, Elixir\n",
        "en",
    ),
    (
        "Anforderungen\n- Kenntnisse in einer oder mehreren der folgenden Technologien: AWS, Azure, GCP, Kubernetes, Terraform, Ansible, Docker, Helm\n",
        "de",
    ),
    (
        "Requirements\n- Python\n- One or more of the following cloud platforms:\n  - AWS\n  - GCP\n  - Azure\n  - OCI\n  - Alibaba Cloud\n  - IBM Cloud\n",
        "en",
    ),
):
    case(_c21("req one-or-more"), ad(frag, lang, reqs=False), few_tools)

# ---- gender: senses that are not traits
for cls21, frags in (
    (
        "gender understanding",
        (
            ("Solid understanding of linear algebra.", "en"),
            ("A thorough understanding of HIPAA rules.", "en"),
            ("Working understanding of Kafka internals.", "en"),
            ("Gutes Verständnis für Cloud-Architekturen.", "de"),
        ),
    ),
    (
        "gender support",
        (
            ("You will provide on-call production support for the billing service.", "en"),
            ("The team offers application support to clinicians.", "en"),
            ("Second-level support for our ERP users.", "en"),
            ("Du leistest Support für unsere Datenplattform.", "de"),
        ),
    ),
    (
        "gender market leader",
        (
            ("We are the market leader in parcel logistics.", "en"),
            ("As an industry leader in insurance, we insure 3 million homes.", "en"),
            ("We are a leading bank in the Nordics.", "en"),
            ("Wir sind führender Anbieter von Logistiksoftware.", "de"),
        ),
    ),
    (
        "gender lead title",
        (
            ("We are recruiting a Lead Analytics Engineer.", "en"),
            ("This Lead Product Analyst role reports to the CPO.", "en"),
            ("Join us as Lead ML Engineer.", "en"),
            ("Wir suchen einen Lead Data Engineer (m/w/d).", "de"),
        ),
    ),
    (
        "gender team lead",
        (
            ("You report to the Team Lead, Analytics.", "en"),
            ("Our team leads meet weekly.", "en"),
            ("Reporting line: Squad Lead.", "en"),
            ("Du berichtest an die Teamleitung.", "de"),
        ),
    ),
    (
        "gender lead scoring",
        (
            ("Build lead scoring models for the sales team.", "en"),
            ("Improve lead conversion and lead routing.", "en"),
            ("Qualify inbound leads from marketing.", "en"),
            ("Du optimierst das Lead-Scoring im CRM.", "de"),
        ),
    ),
    (
        "gender competitive pay",
        (
            ("We pay a competitive base salary plus equity.", "en"),
            ("Competitive pay and a generous pension.", "en"),
            ("A competitive salary and 28 days of leave.", "en"),
            ("Wir bieten ein wettbewerbsfähiges Grundgehalt.", "de"),
        ),
    ),
    (
        "gender competitive wages",
        (
            ("Competitive wages and weekly pay.", "en"),
            ("We offer competitive hourly wages.", "en"),
            ("Competitive rates for contractors.", "en"),
            ("Konkurrenzfähige Vergütung und 30 Urlaubstage.", "de"),
        ),
    ),
    (
        "gender trust and safety",
        (
            ("You will join the Trust and Safety org.", "en"),
            ("Experience in trust & safety operations.", "en"),
            ("Our Trust and Safety analysts review user reports.", "en"),
            ("Erfahrung im Bereich Trust & Safety.", "de"),
        ),
    ),
    (
        "gender decision support",
        (
            ("Build clinical decision support systems.", "en"),
            ("Experience with decision support tools in retail.", "en"),
            ("You will maintain our decision-support dashboards.", "en"),
            ("Erfahrung mit Decision-Support-Systemen.", "de"),
        ),
    ),
    (
        "gender objective",
        (
            ("Our objective is to cut delivery times in half.", "en"),
            ("The main objective of this role is data quality.", "en"),
            ("Key objectives include reducing churn.", "en"),
            ("Objectives and key results guide our planning.", "en"),
        ),
    ),
):
    for frag, lang in frags:
        case(_c21(cls21), ad(frag, lang), no_gender)
# near-misses: the trait senses still count
case(_c21("gender traits kept"), ad("You are competitive, assertive and self-reliant."), masc)
case(
    _c21("gender traits kept"), ad("You are a natural leader who is decisive under pressure."), masc
)
case(_c21("gender traits kept"), ad("We are a supportive, understanding and warm team."), fem)
case(_c21("gender traits kept"), ad("Du bist durchsetzungsstark und ehrgeizig.", "de"), masc)

# ---- arrangement: German shares and days
for cls21, frags, chk in (
    (
        "arr share",
        (
            "Homeoffice-Anteil bis 50 %.",
            "Anteil mobiler Arbeit: 40 %.",
            "Remote-Anteil von 70 %.",
            "Homeoffice-Quote von bis zu 60 Prozent.",
        ),
        arr("hybrid"),
    ),
    (
        "arr bis zu",
        (
            "Bis zu 60 % mobiles Arbeiten.",
            "Bis zu 50 % Remote-Arbeit möglich.",
            "Mobiles Arbeiten bis zu 40 % deiner Arbeitszeit.",
            "Du kannst bis zu 70 % im Homeoffice arbeiten.",
        ),
        arr("hybrid"),
    ),
    (
        "arr nach Absprache",
        (
            "Mobiles Arbeiten nach Absprache.",
            "Homeoffice nach Rücksprache möglich.",
            "Home-Office in Abstimmung mit dem Team.",
            "Remote-Arbeit nach Vereinbarung.",
        ),
        arr("hybrid"),
    ),
    (
        "arr Präsenz",
        (
            "Anwesenheit im Büro von Montag bis Freitag.",
            "Präsenzpflicht im Büro Mo–Fr.",
            "Präsenz vor Ort in unserem Büro von Montag bis Freitag.",
            "Vollzeit im Büro, montags bis freitags.",
        ),
        arr("onsite"),
    ),
):
    for frag in frags:
        case(_c21(cls21), ad(frag, "de"), chk)
for frag, n in (
    ("3 Tage pro Woche im Büro.", 3),
    ("Zwei Tage die Woche im Office, sonst mobil.", 2),
    ("1 Tag pro Woche im Büro, den Rest remote.", 1),
    ("4 Tage wöchentlich im Büro.", 4),
    ("3 Bürotage pro Woche.", 3),
    ("Zwei Bürotage, der Rest im Homeoffice.", 2),
    ("1 Bürotag pro Woche.", 1),
    ("Wir haben 3 feste Bürotage.", 3),
):
    case(_c21("arr office days"), ad(frag, "de"), arr("hybrid", n))

# ---- languages: required vs plus; native-speaker wording
for frag, lang, want in (
    ("Spanisch (B2) zwingend, Englisch von Vorteil.", "de", {"Spanish": True, "English": False}),
    (
        "Französisch (C1) zwingend erforderlich, Deutsch ein Plus.",
        "de",
        {"French": True, "German": False},
    ),
    ("English (C1) mandatory, German a plus.", "en", {"English": True, "German": False}),
    ("Deutsch (B2) zwingend, Englisch wünschenswert.", "de", {"German": True, "English": False}),
):
    case(_c21("lang required/plus"), ad(frag, lang), langs(**want))
for frag, lang in (
    ("Englisch auf Muttersprachniveau.", "de"),
    ("Französisch auf Muttersprachlerniveau.", "de"),
    ("Spanisch auf Muttersprachniveau erforderlich.", "de"),
    ("German at native-speaker level.", "en"),
):
    case(_c21("lang native"), ad(frag, lang), native)

# ---- exclusionary
for frag in (
    "Dich erwartet ein junges, motiviertes Team.",
    "Unser junges, kreatives Team freut sich auf dich.",
    "Verstärke unser junges und dynamisches Vertriebsteam.",
    "Arbeite in einem jungen, engagierten Team mit flachen Hierarchien.",
):
    case(_c21("excl age DE"), ad(frag, "de"), flagged("age-coded"))
# near-miss: a young company is the firm's age, not the staff's (the lexicon's own rule)
case(_c21("excl age DE"), ad("Wir sind ein junges und dynamisches Start-up.", "de"), no_age)
for frag, lang in (
    ("Must be able to stand for long periods.", "en"),
    ("Ability to stand for prolonged periods of time is required.", "en"),
    ("Prolonged standing and walking.", "en"),
    ("Langes Stehen ist erforderlich.", "de"),
):
    case(_c21("excl standing desk"), ad(frag, lang), flagged("ability-coded"))
for frag, lang in (
    ("Applicants must be Canadian citizens.", "en"),
    ("Must hold U.S. citizenship to obtain a clearance.", "en"),
    ("Only UK nationals may apply.", "en"),
    ("Schweizer Staatsbürgerschaft erforderlich.", "de"),
):
    case(_c21("excl citizenship"), ad(frag, lang), flagged("nationality-coded", "concern"))

# ---- answers: the five wrong ratings
for cls21, notes, chk in (
    (
        "ans hope",
        (
            "We'd love to hire maybe one or two more women in engineering next year.",
            "Maybe we'll get three more female analysts by 2027, we hope.",
            "Wir hoffen, nächstes Jahr vielleicht zwei oder drei Frauen mehr einzustellen.",
            "Perhaps we could bring on a couple more women leaders next year, hopefully.",
        ),
        at_most(2),
    ),
    (
        "ans open door",
        (
            "We have an open door policy and a fantastic team spirit.",
            "Our doors are always open and the culture is amazing.",
            "Wir haben eine Open-Door-Policy und eine tolle Kultur.",
            "There's an open-door culture here and everyone gets along great.",
        ),
        at_most(2),
    ),
    (
        "ans future plan",
        (
            "Hopefully by autumn we will start a women's network.",
            "In Q2 we will hopefully roll out a mentoring programme.",
            "Hoffentlich gründen wir im dritten Quartal ein Netzwerk für Frauen.",
            "We will probably launch an LGBTQ+ group in Q4.",
        ),
        at_most(3),
    ),
    (
        "ans bodies",
        (
            "We have an inclusion board, a buddy network and an equity policy.",
            "There is a DEI committee and a parents network and a flexible work policy.",
            "Wir haben einen Inklusionsrat, ein Frauennetzwerk und eine Diversity-Richtlinie.",
            "We've got a diversity task force, a women's forum and an anti-bias policy.",
        ),
        at_most(3),
    ),
    (
        "ans failure",
        (
            "The returnship ended when the budget was cut; nothing took its place.",
            "Our women's network stopped after the lead left, and it was never restarted.",
            "Das Mentoring-Programm endete, als der Sponsor ging; ersetzt wurde es nicht.",
            "Sponsorship stopped when the VP moved on; nothing replaced it.",
        ),
        at_most(2, flag=True),
    ),
):
    for note in notes:
        ans(_c21(cls21), note, chk)

# ---- suggested questions that fit the finding
for frag, lang in (
    ("A valid driver's license is required.", "en"),
    ("Must hold a clean driving licence and have access to a car.", "en"),
    ("Führerschein Klasse B erforderlich.", "de"),
    ("Current driver's licence required for travel between sites.", "en"),
):
    case(
        _c21("sugg driving"),
        ad(frag, lang),
        q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
    )
for frag in (
    "We work hard and play hard.",
    "Work hard, play hard is our motto.",
    "Our team works hard and plays harder.",
    "Work hard / play hard: Friday drinks every week.",
):
    case(
        _c21("sugg work hard"),
        ad(frag),
        q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
    )


# ---- a second batch of round 21, written after the first was read: more shapes of each class
def _c21_ad(cls: str, frag: str, chk: Check, lang: str = "en", **kw: Any) -> None:
    case(cls, ad(frag, lang, **kw), chk)


# pay time/bonus
for f, lg in [
    ("Shift: 6am–2pm. Sign-on bonus $2,500.", "en"),
    ("Hours 11am-7pm, plus a €3,000 signing bonus.", "en"),
    ("Arbeitszeiten 7:00-15:30 Uhr. Wechselprämie 4.000 €.", "de"),
    ("Shift 12pm - 8pm | Retention bonus: $1,800", "en"),
    ("Night shift 10pm-6am. $2,000 hiring bonus.", "en"),
    ("Hours: 9am - 5:30pm. We pay a $750 referral bonus.", "en"),
]:
    _c21_ad(_c21("pay time/bonus b"), f, no_pay, lg)
for f, lg in [
    ("Relocation package: $10,000", "en"),
    ("Budget: €250,000 per year", "en"),
    ("Annual revenue: $12M", "en"),
    ("Team budget of £400k a year.", "en"),
    ("Umsatz: 30 Mio. € pro Jahr", "de"),
    ("Sign-on bonus: $5,000", "en"),
    ("Equipment allowance: $1,200 per year", "en"),
    ("Jahresbudget: 80.000 €", "de"),
]:
    _c21_ad(_c21("pay non-pay b"), f, no_pay, lg)
for f, lg, lo, hi, per in [
    ("Salary: 90000 - 110000 per year", "en", 90000, 110000, "year"),
    ("Salary range 75,000-82,000 annually", "en", 75000, 82000, "year"),
    ("Compensation: 95,000 – 120,000 + bonus", "en", 95000, 120000, None),
    ("Jahresgehalt: 55.000 – 62.000", "de", 55000, 62000, "year"),
    ("Salary: 110-130k", "en", 110000, 130000, None),
    ("Compensation: 100K-120K", "en", 100000, 120000, None),
    ("Rate: 45,000 - 52,000 DOE", "en", 45000, 52000, None),
    ("Wage: 19.50 - 22.00 per hour", "en", 19.5, 22, "hour"),
    ("Hourly: 28 - 34", "en", 28, 34, "hour"),
    ("Salary: 80,000 to 95,000 (DOE)", "en", 80000, 95000, None),
    ("Pay: 52,000–58,000 a year, DOE", "en", 52000, 58000, "year"),
    ("Gehalt: 4.200 - 4.800 monatlich", "de", 4200, 4800, "month"),
]:
    _c21_ad(_c21("pay no currency b"), f, pay_is(lo, hi, per), lg)
for f, lg, lo, hi in [
    ("$110,000 - $90,000", "en", 90000, 110000),
    ("Salary: £45,000 - £38,000 per annum", "en", 38000, 45000),
    ("€85k - €70k", "en", 70000, 85000),
    ("Pay: $32 - $26 per hour", "en", 26, 32),
    ("Gehalt 75.000 bis 64.000 EUR", "de", 64000, 75000),
]:
    _c21_ad(_c21("pay high-low b"), f, pay_is(lo, hi), lg)
for f, lg, lo, hi in [
    ("Salary Min: $95,000\nSalary Max: $120,000", "en", 95000, 120000),
    ("Starting salary: $70,000\nMaximum salary: $84,000", "en", 70000, 84000),
    ("Pay Range Minimum: $45.00\nPay Range Maximum: $55.00", "en", 45, 55),
    ("Minimum: €60,000\nMaximum: €72,000", "en", 60000, 72000),
    ("Mindestgehalt: 48.000 €\nHöchstgehalt: 58.000 €", "de", 48000, 58000),
    ("Low end: $100,000\nHigh end: $125,000", "en", 100000, 125000),
]:
    _c21_ad(_c21("pay min/max b"), f, pay_is(lo, hi), lg)
for f, lg, h, y in [
    ("The rate is $24/hour (about $50,000/year).", "en", 24, 50000),
    ("Earn £15 per hour, that is £29,250 per year.", "en", 15, 29250),
    ("€30 pro Stunde bzw. 57.000 € pro Jahr.", "de", 30, 57000),
    ("Pay: $40 per hour; annualized $83,200 per year.", "en", 40, 83200),
    ("$62,400 annually ($30 hourly)", "en", 30, 62400),
]:
    _c21_ad(_c21("pay hour+year b"), f, has_figs((h, "hour"), (y, "year")), lg)
for f, lo, hi, per in [
    ("zwischen 52.000 und 60.000 Euro brutto im Jahr", 52000, 60000, "year"),
    ("Das Jahresgehalt bewegt sich zwischen 65.000 € und 75.000 €.", 65000, 75000, "year"),
    ("zwischen 4.000 und 4.600 EUR brutto pro Monat", 4000, 4600, "month"),
    ("Gehalt zwischen 70k und 80k Euro", 70000, 80000, None),
    ("zwischen 58.000,- und 66.000,- Euro p.a.", 58000, 66000, "year"),
    ("Wir bieten zwischen 45 000 und 52 000 Euro Jahresbrutto.", 45000, 52000, "year"),
]:
    _c21_ad(_c21("pay zwischen b"), f, pay_is(lo, hi, per), "de")
# requirements seniority
for f, lg, t in [
    ("We work with early-stage biotechs.\n10+ years of experience.", "en", "Principal Scientist"),
    ("Support stage-gate reviews.\n8+ years.", "en", "Senior Project Manager"),
    ("You bring internal audit experience.\n7+ years.", "en", "Senior Auditor"),
    ("Our intern program is run by you.\n6+ years of experience.", "en", "Senior Recruiter"),
    (
        "Wir unterstützen Firmen in der Wachstumsphase.\n8+ Jahre Erfahrung.",
        "de",
        "Senior Consultant (m/w/d)",
    ),
]:
    _c21_ad(_c21("req stage b"), f, senior_and_years("intern", "junior", "entry"), lg, title=t)
for f, lg, t in [
    ("You are a subject-matter expert in payments.", "en", "Payments Analyst"),
    ("You will provide thought leadership.", "en", "Data Analyst"),
    ("Work closely with the head of product.", "en", "Product Analyst"),
    ("Experience leading workshops.", "en", "Business Analyst"),
    ("Du bist Experte für SQL.", "de", "Data Analyst (m/w/d)"),
    ("Report to our Director of Data.", "en", "Data Analyst"),
]:
    _c21_ad(
        _c21("req expert/lead b"),
        f,
        senior_not("lead", "principal", "expert", "head", "director", "senior"),
        lg,
        title=t,
    )
for h, lg in [
    ("Essential Functions", "en"),
    ("ESSENTIAL DUTIES:", "en"),
    ("What You'll Do:", "en"),
    ("Aufgaben", "de"),
    ("Aufgaben:", "de"),
    ("Responsibilities:", "en"),
    ("Job Responsibilities", "en"),
    ("Duties", "en"),
    ("**What you'll do**", "en"),
    ("### Essential Functions", "en"),
    ("Dein Job", "de"),
    ("Was Sie erwartet", "de"),
    ("Your Mission", "en"),
    ("The Job", "en"),
]:
    _c21_ad(_c21("req duty heading b"), DUTY.format(h=h), must(3), lg)
for h, lg in [
    ("Qualifications & Education", "en"),
    ("Required Skills", "en"),
    ("Required Qualifications:", "en"),
    ("QUALIFICATIONS", "en"),
    ("Education & Experience", "en"),
    ("Skills & Requirements", "en"),
    ("Experience & Skills:", "en"),
    ("Required Skills & Experience", "en"),
    ("**Required Qualifications**", "en"),
    ("Minimum Qualifications & Experience", "en"),
    ("Profil", "de"),
    ("Dein Profil:", "de"),
    ("Anforderungen & Qualifikationen", "de"),
    ("Ausbildung & Erfahrung", "de"),
    ("Fachliche & persönliche Anforderungen", "de"),
    ("Who You Are", "en"),
    ("What You Need", "en"),
    ("Must-Have Qualifications", "en"),
    ("Your Skills & Experience", "en"),
    ("Was Du Mitbringst", "de"),
]:
    _c21_ad(_c21("req heading b"), REQ_BODY.format(h=h), must(4, 1), lg, reqs=False)
for h, lg in [
    ("Desired Skills", "en"),
    ("Preferred", "en"),
    ("Preferred Qualifications:", "en"),
    ("PREFERRED", "en"),
    ("Desired", "en"),
    ("Nice to Have", "en"),
    ("Bonus Skills", "en"),
    ("Plus", "en"),
    ("Preferred Experience & Skills", "en"),
    ("Von Vorteil sind", "de"),
    ("Wünschenswert:", "de"),
    ("Nice-to-have", "de"),
    ("Optional", "en"),
    ("Desirable Criteria", "en"),
]:
    t = ad(NICE.format(h=h), reqs=False) if lg == "en" else ad_de_after_reqs(NICE, h)
    case(_c21("req nice b"), t, must(3))
for h, lg in [
    ("Benefits", "en"),
    ("What we offer", "en"),
    ("Unser Angebot", "de"),
    ("Konditionen", "de"),
    ("BENEFITS:", "en"),
    ("What We Offer You", "en"),
    ("Our Perks", "en"),
    ("Benefits & Compensation", "en"),
    ("Wir bieten Dir", "de"),
    ("Was wir Dir bieten", "de"),
    ("Unser Angebot:", "de"),
    ("Deine Benefits:", "de"),
    ("Benefits:", "de"),
    ("Why Work With Us", "en"),
    ("Perks & Benefits", "en"),
    ("Total Rewards", "en"),
]:
    t = ad(BEN.format(h=h), reqs=False) if lg == "en" else ad_de_after_reqs(BEN, h)
    case(_c21("req benefits b"), t, must(3))
for f, lg in [
    (
        "Requirements\n- SQL\n- Experience in one or more of the following: Python, R, Julia, Scala, MATLAB, SAS, Stata, SPSS\n",
        "en",
    ),
    (
        "Requirements\n- Proficiency in one or more of the following:\n  * AWS\n  * GCP\n  * Azure\n  * Kubernetes\n  * Terraform\n  * Docker\n",
        "en",
    ),
    (
        "Anforderungen\n- Erfahrung mit einem oder mehreren der folgenden Tools: Jira, Confluence, Asana, Trello, Monday, Notion, ClickUp\n",
        "de",
    ),
    ("Requirements\n- One or more of: Java, Go, Rust, C++, Kotlin, Scala, Python\n", "en"),
    (
        "Requirements\n- Familiarity with any of the following frameworks:\n- React\n- Vue\n- Angular\n- Svelte\n- Ember\n- Solid\n",
        "en",
    ),
]:
    _c21_ad(_c21("req one-or-more b"), f, few_tools, lg, reqs=False)
# gender
for f, lg in [
    ("Strong understanding of statistics and SQL.", "en"),
    ("Deep understanding of our customers.", "en"),
    ("Good understanding of accounting principles.", "en"),
    ("You provide production support for our pipelines.", "en"),
    ("Provide support to the finance team.", "en"),
    ("Customer support experience is a plus.", "en"),
    ("We are a market leader in payments.", "en"),
    ("A global leader in logistics.", "en"),
    ("We are hiring a Lead Data Scientist.", "en"),
    ("Team Lead", "en"),
    ("Reports to: Team Lead", "en"),
    ("lead scoring", "en"),
    ("Own our lead scoring model.", "en"),
    ("We offer a competitive base salary.", "en"),
    ("competitive wages", "en"),
    ("Competitive benefits package.", "en"),
    ("trust and safety", "en"),
    ("decision support systems", "en"),
    ("our objective is", "en"),
    ("Our objective is to grow.", "en"),
    ("Thought leadership in analytics.", "en"),
    ("Lead generation campaigns.", "en"),
    ("Supporting documentation is required.", "en"),
    ("Support the leadership team with reporting.", "en"),
    ("Unterstützung des Teams bei Analysen.", "de"),
    ("Du unterstützt den Vertrieb.", "de"),
    ("Teamleiter Vertrieb", "de"),
    ("Wir sind Marktführer.", "de"),
    ("Wettbewerbsfähige Vergütung.", "de"),
    ("Leading the analytics roadmap.", "en"),
    ("Collaborate with support engineers.", "en"),
    ("Competitive salary and bonus", "en"),
    ("You will lead projects.", "en"),
    ("Objectives are set each quarter.", "en"),
]:
    _c21_ad(_c21("gender non-trait b"), f, no_gender, lg)
# arrangement
for f, c, d in [
    ("Homeoffice-Anteil 60 %", "hybrid", None),
    ("bis zu 80 % mobiles Arbeiten", "hybrid", None),
    ("Homeoffice nach Absprache", "hybrid", None),
    ("Präsenz im Büro von Montag bis Freitag", "onsite", None),
    ("2 Tage pro Woche im Büro", "hybrid", 2),
    ("2 Bürotage", "hybrid", 2),
    ("Homeoffice: 40 %", "hybrid", None),
    ("Mobile Arbeit bis 60 %", "hybrid", None),
    ("Remote-Anteil: bis zu 50%", "hybrid", None),
    ("Home Office nach Absprache möglich", "hybrid", None),
    ("Die Möglichkeit zum mobilen Arbeiten nach Absprache", "hybrid", None),
    ("Präsenz im Büro Montag bis Freitag erforderlich", "onsite", None),
    ("Montag bis Freitag vor Ort", "onsite", None),
    ("Zwei Tage pro Woche im Büro", "hybrid", 2),
    ("mindestens 2 Tage pro Woche im Büro", "hybrid", 2),
    ("3 Tage/Woche im Büro", "hybrid", 3),
    ("2 Bürotage/Woche", "hybrid", 2),
    ("2 Büro-Tage pro Woche", "hybrid", 2),
    ("Wir erwarten 3 Tage Präsenz im Büro pro Woche.", "hybrid", 3),
    ("An 2 Tagen pro Woche im Büro", "hybrid", 2),
]:
    _c21_ad(_c21("arr b"), f, arr(c, d), "de")
for f, want, lg in [
    ("Englisch (C1) zwingend, Deutsch von Vorteil", "English=True,German=False", "de"),
    ("Deutsch (C2) zwingend erforderlich, Englisch von Vorteil", "German=True,English=False", "de"),
    ("Englisch: C1 (zwingend); Deutsch: von Vorteil", "English=True,German=False", "de"),
    ("Englisch fließend (zwingend), Deutsch wünschenswert", "English=True,German=False", "de"),
    (
        "Sehr gute Deutschkenntnisse (C1) zwingend, Englischkenntnisse von Vorteil",
        "German=True,English=False",
        "de",
    ),
    ("English C1 required, German B1 is a plus", "English=True,German=False", "en"),
    ("German (B2) is a must, English nice to have", "German=True,English=False", "en"),
]:
    kw = dict(x.split("=") for x in want.split(","))
    kw = {k: v == "True" for k, v in kw.items()}
    _c21_ad(_c21("lang req b"), f, langs(**kw), lg)
for f, lg in [
    ("Deutsch auf Muttersprachniveau", "de"),
    ("Englisch auf Muttersprachniveau (C2)", "de"),
    ("Deutsch muttersprachlich", "de"),
    ("Native German speaker", "en"),
    ("English native speaker required", "en"),
    ("Muttersprache Deutsch", "de"),
    ("German: native level", "en"),
]:
    _c21_ad(_c21("lang native b"), f, native, lg)
for f, lg in [
    ("Dich erwartet ein jungen, dynamischen Team", "de"),
    ("in einem jungen, dynamischen Team", "de"),
    ("Junges, dynamisches Team sucht Verstärkung", "de"),
    ("ein junges Team mit flachen Hierarchien", "de"),
    ("Teil eines jungen und motivierten Teams", "de"),
    ("Wir sind ein junges Team.", "de"),
    ("Join a young, dynamic team", "en"),
]:
    _c21_ad(_c21("excl age b"), f, flagged("age-coded"), lg)
for f, lg in [
    ("Standing for prolonged periods.", "en"),
    ("Must be able to stand for prolonged periods", "en"),
    ("Requires standing for extended periods of time.", "en"),
    ("Ability to stand and walk for long periods.", "en"),
    ("Längeres Stehen", "de"),
    ("Prolonged periods of standing required.", "en"),
]:
    _c21_ad(_c21("excl standing b"), f, flagged("ability-coded"), lg)
for f, lg in [
    ("must be a US citizen", "en"),
    ("Must be a U.S. Citizen.", "en"),
    ("US Citizenship required", "en"),
    ("Candidates must be United States citizens.", "en"),
    ("U.S. citizenship is required.", "en"),
    ("Must be a citizen of the United States.", "en"),
    ("Deutsche Staatsbürgerschaft ist Voraussetzung.", "de"),
    ("Only EU citizens can apply.", "en"),
]:
    _c21_ad(_c21("excl citizen b"), f, flagged("nationality-coded", "concern"), lg)
for s, chk in [
    ("We hope to hire two or three more women next year, maybe", at_most(2)),
    ("We're hoping to maybe hire a few more women in 2026.", at_most(2)),
    ("We have an open-door policy and a great culture", at_most(2)),
    ("Open door policy, great culture, everyone is welcome.", at_most(2)),
    ("Hopefully in Q3 we will launch an ERG", at_most(3)),
    ("We'll launch an ERG in Q3, hopefully.", at_most(3)),
    ("In Q1 we will set up a women's network.", at_most(3)),
    ("We have a diversity council and a mentoring network and an inclusion policy", at_most(3)),
    ("We have a DEI council, an ERG and a code of conduct.", at_most(3)),
    ("Mentoring stopped when the sponsor left; nothing replaced it", at_most(2, True)),
    ("The mentoring scheme ended in 2023 and nothing replaced it.", at_most(2, True)),
    ("Our ERG stopped meeting after the chair left.", at_most(2, True)),
]:
    ans(_c21("ans b"), s, chk)
for f, lg in [
    ("Driver's license required.", "en"),
    ("Valid driving license and own vehicle required.", "en"),
    ("Führerschein Klasse B", "de"),
    ("Must have a valid driver's licence.", "en"),
]:
    _c21_ad(
        _c21("sugg driving b"),
        f,
        q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
        lg,
    )
for f in [
    "Work hard, play hard.",
    "We work hard and we play hard.",
    "Work hard, play harder!",
    "Wir arbeiten hart und feiern hart.",
]:
    _c21_ad(
        _c21("sugg whph b"),
        f,
        q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
    )


# ================================================================ twenty-second round (helper redteam22)
# Forty whole ads written for this round (US/UK/DE/CH, private and public employers), each with
# the levels its findings must carry, set by reading before askback ran on them (issue 11, item 4:
# each finding's level must hold; a finding of low confidence says so).
_ADS22: dict[str, tuple[Any, ...]] = {
    "us_field": (
        """# Field Service Technician – HVAC

Northwind Climate Services, Columbus, OH

We install and repair heating and cooling systems for homes and small businesses across central Ohio. As a Field Service Technician you drive a company van to four to six customer sites a day, diagnose faults, replace parts and explain the work to customers.

## Requirements
- EPA 608 certification
- 2+ years of HVAC service experience
- Valid driver's license and a clean driving record; you drive to customer sites every day
- Able to lift 50 lbs and work in attics and crawl spaces

## Pay and benefits
- Pay: $24.00 - $31.00 per hour, plus overtime
- Medical, dental and vision insurance
- 401(k) with 4% match
- Company van, phone and tools

We are an equal opportunity employer. All qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or veteran status.
""",
        {"salary": "positive", "diversity-boilerplate": "gap"},
        ("age-coded",),
        {},
    ),
    "us_desk_drive": (
        """# Accounts Payable Specialist

Harbor Lane Foods, Tampa, FL

Our finance team in Tampa processes about 3,000 supplier invoices a month. You will match invoices to purchase orders in NetSuite, chase missing approvals by email and phone, and help close the books each month.

## What you bring
- 2+ years in accounts payable
- Solid Excel skills (VLOOKUP, pivot tables)
- Valid driver's license required
- High school diploma or equivalent

## What we offer
- Salary: $46,000 - $52,000 per year
- Health and dental insurance, 15 days PTO
- Fully on-site at our Tampa office, Monday to Friday

The role is office-based and does not involve driving. Harbor Lane Foods is an equal opportunity employer.
""",
        {"salary": "positive", "ability-coded": "concern"},
        (),
        {},
    ),
    "us_clearance": (
        """# Systems Engineer (Secret Clearance)

Ridgeline Defense Systems, Huntsville, AL

Ridgeline builds test equipment for missile defense programs. You will design and verify test harnesses, write requirements in DOORS and support integration events at government test ranges.

## Required Qualifications
- Bachelor's degree in Electrical or Systems Engineering
- 4+ years of systems engineering experience
- Active Secret clearance; U.S. citizenship is required
- Experience with requirements management tools

## Compensation
The salary range for this position is $98,000 - $128,000 per year. Final pay depends on experience and location.

## Benefits
Medical, dental, vision, 401(k) with 6% match, tuition assistance and 9/80 schedule.

Ridgeline runs an annual pay equity audit and publishes its results to all employees. We are an Equal Opportunity Employer, including disability and protected veterans.
""",
        {"nationality-coded": "info", "salary": "positive", "diversity-measure": "positive"},
        (),
        {},
    ),
    "us_young": (
        """# Growth Marketing Associate

Fizzlab, Austin, TX

Fizzlab is a fast-growing beverage startup with a young, energetic team. You will run paid social campaigns, write email flows and report on customer acquisition cost every week.

## You have
- 1-2 years of experience in digital marketing
- Hands-on Meta Ads and Klaviyo
- Strong writing in English
- Comfort with spreadsheets

## Perks
- Competitive salary and equity
- Unlimited PTO
- Free drinks, team happy hours every Friday
- Hybrid: three days a week in our Austin office

We are proud to be an equal opportunity workplace.
""",
        {"age-coded": "concern", "salary": "gap"},
        (),
        {},
    ),
    "us_bonus_only": (
        """# Inside Sales Representative

Copperline Software, Denver, CO

Copperline sells scheduling software to dental practices. As an Inside Sales Representative you call inbound leads, run product demos over video and close first-year contracts.

## Requirements
- 1+ year of B2B phone sales
- Salesforce experience
- Clear, friendly phone manner

## What's in it for you
- Uncapped commission and a $2,000 sign-on bonus
- Quarterly performance bonus of up to $5,000
- Medical, dental and vision coverage
- 20 days PTO, hybrid working with two office days a week

We value diverse perspectives and welcome applicants from all backgrounds.
""",
        {"salary": "gap"},
        (),
        {"no_pay": True},
    ),
    "us_federal": (
        """# IT Specialist (INFOSEC), GS-2210-12

Department of the Interior, Lakewood, CO

This position is in the Office of the Chief Information Officer. The incumbent assesses security controls, reviews system security plans and advises system owners on remediation.

## Salary
$89,142 to $115,887 per year (GS-12, locality pay for Denver).

## Conditions of employment
- U.S. citizenship is required
- Suitability and fitness determination; background investigation
- Males born after 12/31/1959 must be registered for Selective Service

## Qualifications
You must have one year of specialized experience equivalent to GS-11, including assessing security controls under NIST SP 800-53 and writing authorization packages.

## Benefits
Federal health insurance, Thrift Savings Plan, 13 days sick leave and 13 to 26 days annual leave.

The Department of the Interior is an equal opportunity employer. Reasonable accommodations are available to applicants with disabilities.
""",
        {"salary": "positive", "nationality-coded": "info"},
        ("age-coded",),
        {},
    ),
    "us_years_junior": (
        """# Junior Data Analyst

Brightwater Health, Boston, MA

Brightwater runs 14 primary care clinics. Our analytics team reports on appointment wait times, no-shows and patient satisfaction.

## Responsibilities
- Maintain weekly Tableau dashboards
- Answer ad-hoc questions from clinic managers
- Check data quality in our warehouse

## Requirements
- 6+ years of experience in healthcare analytics
- SQL and Tableau
- Bachelor's degree in a quantitative field

## Compensation
$58,000 - $66,000 per year, plus annual merit increase.

## Benefits
Health, dental, 403(b) with match, 20 days PTO. Hybrid: two days a week in the Boston office.

Brightwater is an equal opportunity employer.
""",
        {"years-vs-seniority": "concern", "salary": "positive"},
        (),
        {},
    ),
    "us_years_senior": (
        """# Senior Backend Engineer

Ledgerly, New York, NY (hybrid)

Ledgerly builds bookkeeping software for small businesses. You will design services in Go, review pull requests and mentor two mid-level engineers on the payments team.

## Requirements
- 8+ years of backend engineering experience
- Go or Java in production
- PostgreSQL and Kafka
- Experience running services on AWS

## Compensation
Base salary: $175,000 - $205,000 per year, plus equity.

## Benefits
Medical, dental, vision, 401(k) match, 16 weeks paid parental leave for all parents, and a $1,500 learning budget. Hybrid, with Tuesdays and Thursdays in our Manhattan office.

We publish our engineering salary bands internally and review them twice a year for gender and ethnicity gaps. Ledgerly is an equal opportunity employer.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        (),
        {"no_years_concern": True},
    ),
    "us_competitive": (
        """# Customer Success Manager

Tidepool Analytics, Remote (US)

Tidepool helps retailers forecast demand. As a Customer Success Manager you own a book of 30 mid-market accounts, run quarterly business reviews and spot accounts at risk before they churn.

## You have
- 3+ years in customer success for a B2B SaaS product
- Comfort reading dashboards and explaining them
- Excellent written communication

## We offer
- A competitive salary and benefits package
- Fully remote within the US
- Home office stipend
- Health, dental and vision insurance

Tidepool is an equal opportunity employer and values diversity at our company.
""",
        {"salary": "gap", "remote": "info", "diversity-boilerplate": "gap"},
        (),
        {},
    ),
    "us_returner": (
        """# Software Engineer – Returnship Program

Alderbank Financial, Charlotte, NC

Have you taken a career break of two years or more to care for family? Our 16-week paid returnship program puts you back into engineering with a mentor, training and a real project. Most returners are offered a permanent role at the end.

## What you'll need
- Previous experience as a software engineer
- A career break of at least two years
- Willingness to learn our Java and Python stack

## Pay
$42.00 per hour during the program; permanent roles pay $105,000 - $125,000 per year.

## Benefits
Medical coverage from day one, flexible hours, and a hybrid schedule with two office days a week.

Alderbank runs employee resource groups for women, veterans and LGBTQ+ staff, each with an executive sponsor and budget.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        (),
        {},
    ),
    "uk_nhs": (
        """# Band 6 Clinical Data Analyst

Northgate NHS Foundation Trust, Leeds

The Business Intelligence team supports clinical services with reports on waiting lists, bed occupancy and theatre use. You will build Power BI reports, write SQL against our data warehouse and present findings to clinical leads.

## Essential criteria
- Degree in a numerate subject or equivalent experience
- Advanced SQL and Power BI
- Experience with NHS data sets (SUS, ECDS)

## Salary
£37,338 - £44,962 per annum, Agenda for Change Band 6.

## Benefits
27 days annual leave rising with service, NHS Pension, flexible working and cycle to work scheme.

The Trust holds Disability Confident Leader status and guarantees an interview to disabled applicants who meet the essential criteria. We welcome applications from all communities.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        (),
        {},
    ),
    "uk_sc": (
        """# Cyber Security Analyst

Crown Analytics Ltd, Cheltenham

Crown Analytics supports government customers with security monitoring. You will triage alerts in our SOC, write detection rules and produce incident reports.

## Requirements
- Eligibility for SC clearance; you must be a British citizen and have lived in the UK for the last five years
- 2+ years in a SOC or similar role
- Knowledge of Splunk or Sentinel

## Salary and benefits
£42,000 - £50,000 per annum, 25 days holiday, private medical insurance and a 7% employer pension contribution. The role is on-site in Cheltenham, five days a week, due to the nature of the work.

Crown Analytics is an equal opportunities employer.
""",
        {"nationality-coded": "info", "salary": "positive"},
        (),
        {},
    ),
    "uk_digital_native": (
        """# Social Media Executive

Brightside Studios, Manchester

Brightside is an independent agency working with fashion and beauty brands. You will plan content calendars, write captions and report on engagement for three client accounts.

## About you
- A digital native who lives and breathes TikTok and Instagram
- Recent graduate, 0-2 years of experience
- A good eye for visuals

## What we offer
- Salary: £24,000 - £27,000 per annum
- 25 days holiday plus your birthday off
- Hybrid working, two days a week in our Northern Quarter studio

Brightside is an equal opportunities employer.
""",
        {"age-coded": "concern", "salary": "positive"},
        (),
        {},
    ),
    "uk_doe": (
        """# Warehouse Team Leader

Pennine Logistics, Wakefield

We run a 200,000 sq ft distribution centre for a national grocery chain. As Team Leader on the night shift you lead a team of 15 pickers, plan the shift with the manager and keep safety standards high.

## You will need
- 2+ years leading a warehouse team
- Counterbalance or reach truck licence (or willing to train)
- Good English and basic IT

## Pay
Competitive salary, depending on experience, plus night shift allowance.

## Benefits
Free parking, staff canteen, 28 days holiday including bank holidays, and company pension.

Pennine Logistics is an equal opportunities employer.
""",
        {"salary": "gap"},
        (),
        {"no_pay": True},
    ),
    "uk_council": (
        """# Planning Officer

Westmoor District Council, Kendal

Westmoor's planning team decides about 1,400 applications a year. You will assess householder and minor applications, visit sites, write officer reports and advise applicants.

## Essential
- Degree in town planning or equivalent, RTPI membership or working towards it
- Experience assessing planning applications
- A full UK driving licence and access to a vehicle, as the role involves regular site visits across a rural district

## Salary
£35,745 - £38,223 per annum, Grade 9.

## Benefits
Local Government Pension Scheme, 26 days leave rising to 31, flexi-time and hybrid working.

We are committed to equality. We offer a guaranteed interview to disabled candidates and to care leavers who meet the essential criteria.
""",
        {"salary": "positive", "ability-coded": "info", "diversity-measure": "positive"},
        (),
        {},
    ),
    "uk_uni": (
        """# Research Software Engineer

University of Eastbridge, Department of Physics

The Research Software Group supports physicists with code for simulations and data analysis. You will refactor research code, add tests, and teach short courses in Python.

## Person specification
- PhD or equivalent experience in a computational field
- Strong Python, experience with C++ or Fortran
- Experience working with researchers

## Salary
Grade 7: £38,249 - £45,163 per annum.

The University holds an Athena Swan Silver award and offers a returners' fellowship for staff coming back from parental leave. We welcome applications from all sections of the community.

Hybrid working is available. The post is fixed term for 24 months.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        (),
        {},
    ),
    "uk_competitive": (
        """# Senior Product Designer

Lumen Travel, London

Lumen builds booking tools for independent hotels. You will design flows for our web and mobile apps, run usability tests and work with two product squads.

## What we're looking for
- 5+ years of product design experience
- A portfolio showing end-to-end work
- Figma and prototyping skills

## What we offer
- Competitive salary
- Share options
- Hybrid working: two days a week in our Shoreditch office
- 25 days holiday and private healthcare

We are an inclusive employer and encourage applications from everyone.
""",
        {"salary": "gap", "diversity-boilerplate": "gap"},
        (),
        {"no_pay": True},
    ),
    "uk_young_pub": (
        """# Bar Supervisor

The Copper Kettle, Bristol

A busy independent pub in Bristol's harbourside. You will run the bar on evening shifts, train new staff, manage stock and handle cash-up.

## About you
- 1+ year of bar experience, supervisory experience a plus
- Personal licence holder, or willing to get one
- You'll fit right into our young, lively team

## Pay
£12.80 per hour plus tronc (around £2 per hour on average).

## Perks
Free staff meal on shift, 50% off food, 28 days holiday pro rata.
""",
        {"age-coded": "concern", "salary": "positive"},
        (),
        {},
    ),
    "de_fuehrerschein_aussendienst": (
        """# Servicetechniker Aufzugsanlagen (m/w/d)

Liftwerk Süd GmbH, Stuttgart

Wir warten und reparieren Aufzüge in der Region Stuttgart. Als Servicetechniker fährst du mit deinem Firmenwagen täglich zu unseren Kunden, führst Wartungen durch und behebst Störungen.

## Dein Profil
- Abgeschlossene Ausbildung als Elektroniker, Mechatroniker oder vergleichbar
- Erste Berufserfahrung im Service
- Führerschein Klasse B, da du täglich zu Kunden fährst
- Bereitschaft zu Rufbereitschaft

## Wir bieten
- Gehalt: 3.600 € - 4.200 € brutto im Monat nach Tarif
- Firmenwagen auch zur privaten Nutzung
- 30 Tage Urlaub, betriebliche Altersvorsorge

Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, Alter oder Behinderung.
""",
        {"salary": "positive", "ability-coded": "info"},
        (),
        {},
    ),
    "de_fuehrerschein_buero": (
        """# Sachbearbeiter Buchhaltung (m/w/d)

Hansen & Partner Steuerberatung, Hamburg

Unsere Kanzlei betreut mittelständische Mandanten in Hamburg. Du bearbeitest die laufende Finanzbuchhaltung in DATEV, bereitest Umsatzsteuervoranmeldungen vor und unterstützt bei Jahresabschlüssen.

## Dein Profil
- Ausbildung als Steuerfachangestellte:r oder Buchhalter:in
- Sicherer Umgang mit DATEV und Excel
- Führerschein Klasse B
- Sehr gute Deutschkenntnisse

## Wir bieten
- Gehalt zwischen 48.000 und 55.000 Euro brutto im Jahr
- 30 Tage Urlaub
- Arbeitsplatz in unserer Kanzlei in Hamburg-Altona, Montag bis Freitag

Die Stelle ist ein reiner Bürojob.
""",
        {"salary": "positive", "ability-coded": "concern"},
        (),
        {},
    ),
    "de_junges_team": (
        """# Werkstudent Online-Marketing (m/w/d)

Pixelhaus GmbH, Berlin

Pixelhaus entwickelt Apps für Fitness-Studios. Du unterstützt unser Marketing bei Kampagnen auf Instagram und Google Ads, pflegst unsere Website und wertest Kennzahlen aus.

## Dein Profil
- Eingeschriebene:r Student:in im Bereich Marketing, BWL oder Medien
- Erste Erfahrung mit Social Media
- Sehr gute Deutsch- und gute Englischkenntnisse

## Wir bieten
- Ein junges, dynamisches Team mit flachen Hierarchien
- 15 € pro Stunde
- Flexible Arbeitszeiten, 20 Stunden pro Woche
- Homeoffice nach Absprache
""",
        {"age-coded": "concern", "salary": "positive"},
        (),
        {},
    ),
    "de_oed": (
        """# Sachbearbeitung Bauordnung (m/w/d)

Stadt Lindenfeld, Bauordnungsamt

Die Stadt Lindenfeld sucht zum nächstmöglichen Zeitpunkt eine Sachbearbeitung für das Bauordnungsamt in Vollzeit. Sie prüfen Bauanträge, führen Ortsbesichtigungen durch und beraten Bauherren.

## Ihr Profil
- Bachelor Architektur oder Bauingenieurwesen
- Kenntnisse im Bauordnungsrecht wünschenswert
- Führerschein Klasse B für Ortstermine im Stadtgebiet

## Wir bieten
- Eine Vergütung nach Entgeltgruppe 11 TVöD
- 30 Tage Urlaub, Jahressonderzahlung, betriebliche Altersversorgung (ZVK)
- Gleitzeit und die Möglichkeit zum mobilen Arbeiten

Die Stadt Lindenfeld fördert die Gleichstellung aller Geschlechter. Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt. Wir haben einen zertifizierten Frauenförderplan.
""",
        {"ability-coded": "info", "diversity-measure": "positive"},
        ("age-coded",),
        {},
    ),
    "de_staatsangehoerigkeit": (
        """# IT-Sicherheitsbeauftragter (m/w/d)

Bundesamt für Datenverkehr, Bonn

Im Referat Informationssicherheit verantworten Sie das Sicherheitskonzept unserer Fachverfahren nach BSI IT-Grundschutz, begleiten Audits und beraten Fachbereiche.

## Ihr Profil
- Abgeschlossenes Hochschulstudium (Master) in Informatik oder vergleichbar
- Kenntnisse im IT-Grundschutz
- Deutsche Staatsangehörigkeit oder die eines EU-Mitgliedstaates
- Bereitschaft zur Sicherheitsüberprüfung (Ü2)

## Wir bieten
- Vergütung nach Entgeltgruppe 14 TVöD Bund, je nach Erfahrung 5.200 € bis 7.300 € brutto monatlich
- 30 Tage Urlaub, Gleitzeit, mobiles Arbeiten bis zu 60 %
- Jobticket

Wir gewährleisten die berufliche Gleichstellung aller Geschlechter. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt.
""",
        {"nationality-coded": "info", "salary": "positive"},
        (),
        {},
    ),
    "de_bonus": (
        """# Vertriebsmitarbeiter Innendienst (m/w/d)

Kramer Industriebedarf GmbH, Dortmund

Wir handeln mit Schrauben, Werkzeugen und Arbeitsschutz für Industriekunden. Im Innendienst beantwortest du Kundenanfragen, erstellst Angebote und betreust einen festen Kundenstamm.

## Dein Profil
- Kaufmännische Ausbildung, gern im Großhandel
- Freude am Telefon
- Sicher in MS Office, SAP von Vorteil

## Wir bieten
- Attraktive Vergütung mit Jahresbonus bis zu 6.000 €
- Eine Willkommensprämie von 1.500 €
- 30 Tage Urlaub, Bike-Leasing
- Zwei Tage Homeoffice pro Woche

Bei uns zählt, was du kannst.
""",
        {"salary": "gap"},
        (),
        {"no_pay": True},
    ),
    "de_attraktiv": (
        """# Senior Data Engineer (m/w/d)

Nordlicht Energie AG, Hamburg

Wir bauen die Datenplattform für unsere Windparks. Du entwickelst Pipelines mit Spark und Airflow, modellierst Daten in Snowflake und berätst unsere Analyst:innen.

## Dein Profil
- 5+ Jahre Erfahrung als Data Engineer
- Python und SQL
- Erfahrung mit Airflow und Spark

## Wir bieten
- Ein attraktives Gehalt
- 30 Tage Urlaub
- Hybrides Arbeiten mit zwei Bürotagen pro Woche
- Weiterbildungsbudget

Wir sind überzeugt, dass vielfältige Teams bessere Ergebnisse erzielen, und freuen uns über alle Bewerbungen.
""",
        {"salary": "gap", "diversity-boilerplate": "gap"},
        (),
        {"no_pay": True},
    ),
    "de_lohngleichheit": (
        """# Controller (m/w/d)

Bergmann Maschinenbau GmbH, Augsburg

Als Controller erstellst du Monats- und Quartalsberichte, begleitest die Budgetplanung und analysierst Abweichungen in unseren drei Werken.

## Dein Profil
- Studium der Wirtschaftswissenschaften
- 3 Jahre Erfahrung im Controlling
- Sehr gute Excel- und SAP-Kenntnisse

## Wir bieten
- 62.000 € - 70.000 € brutto im Jahr
- 30 Tage Urlaub, Kantine, betriebliche Altersvorsorge
- Drei Tage pro Woche mobiles Arbeiten

Wir lassen unsere Gehälter jährlich extern auf Entgeltgleichheit prüfen und veröffentlichen das Ergebnis im Intranet. Unser Frauennetzwerk hat ein eigenes Budget.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        (),
        {},
    ),
    "de_junior_jahre": (
        """# Junior Projektmanager (m/w/d)

Werft 3 Digitalagentur, Köln

Du steuerst Website-Projekte für unsere Kunden aus dem Mittelstand, planst Sprints, hältst Budgets im Blick und bist erste Ansprechperson für Kund:innen.

## Dein Profil
- Mindestens 7 Jahre Berufserfahrung im Projektmanagement
- Erfahrung mit Jira und Confluence
- Sehr gute Deutschkenntnisse

## Wir bieten
- 45.000 € - 50.000 € brutto jährlich
- 28 Tage Urlaub
- Homeoffice bis zu 80 %

Wir freuen uns auf deine Bewerbung.
""",
        {"years-vs-seniority": "concern", "salary": "positive"},
        (),
        {},
    ),
    "de_muttersprache": (
        """# Redakteur Online (m/w/d)

Mediengruppe Rheinblick, Düsseldorf

Du schreibst und redigierst Artikel für unser Nachrichtenportal, planst Themen mit dem Ressort und optimierst Texte für Suchmaschinen.

## Dein Profil
- Abgeschlossenes Volontariat
- Deutsch als Muttersprache
- Erfahrung mit einem Redaktionssystem

## Wir bieten
- Bezahlung nach Haustarif, 4.100 € brutto im Monat
- 30 Tage Urlaub
- Zwei Tage mobiles Arbeiten pro Woche

Wir begrüßen Bewerbungen von Menschen jeder Herkunft.
""",
        {"language": "concern", "salary": "positive"},
        (),
        {},
    ),
    "de_kurz": (
        """# Lagerhelfer (m/w/d)

Spedition Wolf, Bremen

Für unser Lager in Bremen suchen wir ab sofort Lagerhelfer in Vollzeit. Du kommissionierst Waren, belädst LKW und hältst das Lager sauber.

## Dein Profil
- Zuverlässigkeit und Teamgeist
- Staplerschein von Vorteil
- Bereitschaft zur Schichtarbeit

## Wir bieten
- 15,50 € pro Stunde
- Schichtzulagen
- Einen sicheren Arbeitsplatz

Bewirb dich jetzt!
""",
        {"salary": "positive"},
        (),
        {"short_low": True},
    ),
    "ch_lohn": (
        """# Data Scientist (w/m/d) 80-100%

Helvetia Rückversicherung AG, Zürich

Im Team Analytics entwickelst du Modelle zur Schadenprognose, arbeitest mit Aktuar:innen zusammen und bringst Modelle in Produktion.

## Dein Profil
- Master in Statistik, Informatik oder Mathematik
- 3+ Jahre Erfahrung mit Python und SQL
- Sehr gute Deutsch- und Englischkenntnisse

## Wir bieten
- Jahreslohn CHF 115'000 - 135'000 (100 %)
- 5 Wochen Ferien, Pensionskasse über dem Obligatorium
- Hybrides Arbeiten, zwei Tage im Büro

Wir sind nach dem Fair-ON-Pay-Standard für Lohngleichheit zertifiziert.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        (),
        {},
    ),
    "ch_permit": (
        """# Software Engineer Java (m/w/d)

Alpentech AG, Bern

Alpentech entwickelt Software für Schweizer Kantonsverwaltungen. Du entwickelst Backend-Services in Java und Spring, schreibst Tests und arbeitest im Scrum-Team mit.

## Dein Profil
- Abgeschlossenes Informatikstudium oder Lehre als Informatiker EFZ
- 3+ Jahre Erfahrung mit Java
- Schweizer Bürgerrecht oder Niederlassungsbewilligung C
- Deutsch fliessend

## Wir bieten
- Lohn CHF 105'000 bis 120'000 pro Jahr
- 25 Ferientage, flexible Arbeitszeiten
- Homeoffice bis zu 40 %

Wir leben Vielfalt.
""",
        {"nationality-coded": "info", "salary": "positive"},
        (),
        {},
    ),
    "ch_bund": (
        """# Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter Statistik

Bundesamt für Landwirtschaftsstatistik, Neuchâtel

Sie werten Erhebungen zur Landwirtschaft aus, entwickeln Stichprobenverfahren und publizieren Berichte.

## Ihr Profil
- Master in Statistik oder Agrarwissenschaften
- Erfahrung mit R
- Sehr gute Kenntnisse in zwei Amtssprachen

## Wir bieten
- Lohnklasse 23, CHF 105'000 - 135'000 jährlich
- Flexible Arbeitsmodelle, Jobsharing möglich
- 5 Wochen Ferien

Die Bundesverwaltung achtet auf die unterschiedlichen Bedürfnisse ihrer Mitarbeitenden. Sie bietet Teilzeit und Jobsharing auch in Kaderfunktionen an und hat ein Programm zur beruflichen Integration von Menschen mit Behinderung.
""",
        {"salary": "positive", "diversity-measure": "positive"},
        ("age-coded",),
        {},
    ),
    "ch_competitive": (
        """# Key Account Manager (m/w/d)

Swissfood Distribution AG, Basel

Sie betreuen Schlüsselkunden im Detailhandel, verhandeln Jahresgespräche und entwickeln Aktionen mit unseren Markenpartnern.

## Ihr Profil
- Kaufmännische Ausbildung mit Weiterbildung
- 5 Jahre Erfahrung im Key Account Management FMCG
- Deutsch und Französisch verhandlungssicher
- Führerausweis Kat. B, Reisetätigkeit von 40 % im Aussendienst

## Wir bieten
- Ein marktgerechtes Salär
- Geschäftsfahrzeug
- 5 Wochen Ferien

Wir freuen uns auf Ihre vollständigen Bewerbungsunterlagen.
""",
        {"salary": "gap", "ability-coded": "info"},
        (),
        {"no_pay": True},
    ),
    "us_nonprofit_short": (
        """# Program Coordinator

Riverbend Food Bank, Louisville, KY

Riverbend distributes food to 120 partner pantries. The Program Coordinator schedules volunteers, tracks deliveries and keeps partner records up to date.

## Requirements
- 1+ year of coordination or admin experience
- Excel and Google Sheets
- Spanish a plus

## Pay
$19.00 - $21.00 per hour, full time.

Apply with a resume and short cover letter.
""",
        {"salary": "positive"},
        (),
        {"short_low": True},
    ),
    "uk_short_comp": (
        """# Receptionist

Oakfield Dental Practice, Reading

Our friendly practice needs a receptionist to greet patients, book appointments and take payments.

## You will need
- Customer service experience
- Good computer skills
- A calm, friendly manner

## We offer
- Competitive salary
- 28 days holiday pro rata
- Free parking

Send your CV to the practice manager.
""",
        {"salary": "gap"},
        (),
        {"short_low": True, "no_pay": True},
    ),
    "us_relocation": (
        """# Plant Process Engineer

Greystone Packaging, Dayton, OH

Greystone makes corrugated boxes for consumer brands. You will improve line efficiency, lead root-cause analysis on quality issues and run capital projects up to $500,000.

## Requirements
- B.S. in Chemical, Mechanical or Industrial Engineering
- 3+ years in a manufacturing environment
- Lean or Six Sigma experience

## Compensation
- Salary: $82,000 - $96,000 per year
- Relocation assistance of up to $10,000
- Annual bonus target of 8%

## Benefits
Medical, dental, vision, 401(k) with 5% match and 3 weeks PTO. On-site role, Monday to Friday, 7:00 am – 3:30 pm.

Greystone is an equal opportunity employer.
""",
        {"salary": "positive"},
        (),
        {"pay": (82000, 96000)},
    ),
    "uk_nationality_con": (
        """# Graduate Analyst

Thamesgate Consulting, London

Thamesgate advises retailers on pricing and stores. As a Graduate Analyst you will clean data, build Excel models and help prepare client presentations.

## Requirements
- 2:1 degree in a numerate subject
- Strong Excel
- Native English speaker
- Recent graduate (graduated in 2024 or 2025)

## What we offer
- Salary: £32,000 per annum
- 25 days holiday
- Hybrid working, three days in our City office

Thamesgate is an equal opportunities employer.
""",
        {"language": "concern", "age-coded": "concern", "salary": "positive"},
        (),
        {},
    ),
    "us_stand": (
        """# Retail Pharmacy Technician

CareMart Pharmacy, Phoenix, AZ

Join our store team to fill prescriptions, count medications, handle insurance claims and help patients at the counter.

## Requirements
- Arizona pharmacy technician license
- 1+ year of retail pharmacy experience
- Ability to stand for long periods

## Pay
$18.50 - $22.00 per hour.

## Benefits
Medical, dental, 401(k), employee discount, tuition help for pharmacy school.

CareMart is an equal opportunity employer and provides reasonable accommodations to qualified individuals with disabilities.
""",
        {"ability-coded": "info", "salary": "positive"},
        (),
        {},
    ),
    "us_long_none": (
        """# Data Engineer

Sagebrush Insurance, Salt Lake City, UT

Sagebrush Insurance writes auto and home policies in eleven western states. Our data team moves policy, claims and billing data into a cloud warehouse so that actuaries, underwriters and claims leaders can rely on one version of the numbers. We are moving from nightly batch loads on an old on-premises SQL Server to Snowflake and dbt, and we want an engineer who has lived through a migration like this before.

## What you'll do
- Build and maintain ingestion pipelines from our policy and claims systems
- Model data in dbt with tests and documentation
- Work with actuaries to define metrics such as loss ratio and claim frequency
- Monitor pipelines and fix failures before business users notice
- Review code from other engineers and share what you learn

## Requirements
- 3+ years of data engineering experience
- Strong SQL and Python
- Experience with Snowflake or a similar cloud warehouse
- Experience with an orchestration tool such as Airflow or Dagster
- Clear writing for documentation and tickets

## Nice to have
- Insurance or financial services data
- Experience with dbt tests and CI

Sagebrush Insurance is headquartered in downtown Salt Lake City.
""",
        {"salary": "gap", "diversity-none": "gap"},
        (),
        {"long_high": True, "no_pay": True},
    ),
    "de_long_none": (
        """# Business Analyst SAP (m/w/d)

Rhein-Main Versorgung GmbH, Frankfurt am Main

Die Rhein-Main Versorgung beliefert rund 400.000 Haushalte mit Strom, Gas und Wasser. Im Rahmen der Umstellung auf SAP S/4HANA suchen wir eine:n Business Analyst, die oder der die Anforderungen unserer Fachbereiche aufnimmt, Prozesse beschreibt und die Umsetzung mit unserem IT-Dienstleister begleitet. Du arbeitest eng mit Abrechnung, Kundenservice und Netzbetrieb zusammen und bist die Brücke zwischen Fachbereich und Technik.

## Deine Aufgaben
- Aufnahme und Dokumentation fachlicher Anforderungen
- Modellierung von Geschäftsprozessen in BPMN
- Erstellung von Testfällen und Begleitung der Abnahmetests
- Schulung von Key Usern in den Fachbereichen
- Mitarbeit im Projektteam der S/4HANA-Einführung

## Dein Profil
- Abgeschlossenes Studium der Wirtschaftsinformatik oder vergleichbar
- 3 Jahre Erfahrung als Business Analyst
- Kenntnisse in SAP IS-U oder S/4HANA Utilities
- Sehr gute Deutschkenntnisse, gute Englischkenntnisse
- Strukturierte und selbstständige Arbeitsweise

Bewerbungen bitte über unser Online-Portal. Wir melden uns innerhalb von zwei Wochen nach Eingang Ihrer Unterlagen und laden ausgewählte Kandidatinnen und Kandidaten zu einem Gespräch an unserem Standort im Frankfurter Osthafen ein.
""",
        {"salary": "gap", "diversity-none": "gap"},
        (),
        {"long_high": True, "no_pay": True},
    ),
}

_APPLY22 = {
    "us": [
        "## How to apply\nSubmit your resume through our careers page. A recruiter reviews every application within five business days. The process has a 30-minute phone screen, a one-hour interview with the hiring manager and a final conversation with two future colleagues. We answer every applicant, including those we do not move forward.",
        "## About the process\nApply online with a resume; a cover letter is optional. Expect a short call with our recruiter, a practical exercise that takes no more than two hours, and a panel interview. We aim to make a decision within three weeks of your first call and will tell you where you stand at each step.",
    ],
    "uk": [
        "## How to apply\nPlease apply with your CV and a short supporting statement explaining how you meet the criteria above. Shortlisted candidates will be invited to an interview in the week after the closing date. References will be taken up before any offer is confirmed.",
        "## Next steps\nSend us your CV through the apply button. We read every application and reply to each one. Interviews take place in person or by video, and we will tell you the format and the questions' topics a week in advance.",
    ],
    "de": [
        "## So bewirbst du dich\nSchick uns deinen Lebenslauf über unser Bewerbungsportal, ein Anschreiben brauchen wir nicht. Wir melden uns innerhalb von zwei Wochen bei dir. Danach folgen ein kurzes Telefonat und ein persönliches Gespräch mit deiner künftigen Führungskraft und einer Kollegin aus dem Team.",
        "## Ihre Bewerbung\nBitte senden Sie uns Ihre Unterlagen mit Lebenslauf und Zeugnissen über unser Online-Portal. Die Vorstellungsgespräche finden voraussichtlich drei Wochen nach Ende der Bewerbungsfrist statt. Für Rückfragen zum Verfahren steht Ihnen unsere Personalabteilung gern zur Verfügung.",
    ],
    "ch": [
        "## Bewerbung\nBitte bewerben Sie sich mit Lebenslauf, Arbeitszeugnissen und Diplomen über unser Online-Portal. Wir prüfen jede Bewerbung sorgfältig und melden uns innerhalb von zehn Arbeitstagen. Für Fragen zur Stelle erreichen Sie die Personalabteilung telefonisch von Montag bis Freitag.",
        "## Ablauf\nNach einem ersten Gespräch mit der Personalabteilung lernen Sie Ihre künftige Vorgesetzte und das Team kennen. Referenzauskünfte holen wir erst nach Rücksprache mit Ihnen ein. Stellenantritt nach Vereinbarung.",
    ],
}
_SHORT22 = {"de_kurz", "us_nonprofit_short", "uk_short_comp"}


def _pad22(key: str, text: str) -> str:
    if len(text.split()) >= 120:
        return text
    region = key.split("_")[0]
    paras = _APPLY22[region]
    out = text
    i = sum(map(ord, key))
    for k in range(len(paras)):
        if len(out.split()) >= 120:
            break
        out = out.rstrip("\n") + "\n\n" + paras[(i + k) % len(paras)] + "\n"
    return out


ADS22 = {k: (_pad22(k, v[0]), *v[1:]) for k, v in _ADS22.items()}

_ABSENCE22 = {"diversity-none", "benefits", "data-maturity", "responsible-ai", "salary", "remote"}


def _c22(name: str) -> str:
    return name + " (22nd)"


def _lv22(check: str, level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [f for f in r.findings if f.check == check]
        ok = bool(fs) and all(f.level.value == level for f in fs)
        return ok, f"{check}: {[(f.level.value, f.confidence, f.title[:50]) for f in fs]}"

    return chk


def _none22(check: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [f for f in r.findings if f.check == check]
        return not fs, f"{check}: {[(f.level.value, f.title[:50]) for f in fs]}"

    return chk


def _no_pay22(r: AdReport) -> tuple[bool, str]:
    return not r.pay.stated, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period}) figs={figs(r)}"


def _pay22(lo: float, hi: float) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return (r.pay.minimum, r.pay.maximum) == (lo, hi), f"pay=({r.pay.minimum},{r.pay.maximum})"

    return chk


def _no_years_concern22(r: AdReport) -> tuple[bool, str]:
    fs = [f for f in r.findings if f.check == "years-vs-seniority" and f.level.value == "concern"]
    return not fs, f"{[f.title[:60] for f in fs]}"


def _absent_gaps22(low: bool) -> Check:
    """Gaps that rest on what the ad leaves out (and a boilerplate-only diversity gap, which rests
    on measures the ad does not name) are low confidence in a short ad, high in a long one."""

    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [
            f
            for f in r.findings
            if f.level.value == "gap"
            and (f.check in _ABSENCE22 or f.check == "diversity-boilerplate")
        ]
        bad = [f for f in fs if (f.confidence == "low") != low]
        return bool(
            fs
        ) and not bad, f"words={r.words} {[(f.check, f.confidence) for f in bad or fs]}"

    return chk


_CLS22 = {
    "salary": "pay level",
    "age-coded": "age level",
    "nationality-coded": "citizenship level",
    "ability-coded": "ability level",
    "diversity-boilerplate": "diversity level",
    "diversity-measure": "diversity level",
    "diversity-none": "diversity level",
    "years-vs-seniority": "years level",
    "language": "language level",
    "remote": "arrangement level",
}
# Still failing after this round, left open: a licence asked together with a vehicle of one's own
# for site visits stays a concern (an own car is a cost the employer could carry), where the
# reader expected info. (A single exact pay figure was open here too, info where the readers
# expected positive; it is positive since 2026-12-05: one exact figure tells the pay as plainly
# as a range, and "up to" or "from" one figure stays info.)
O22 = "open (22nd)"
for _k, (_text, _levels, _absent, _extra) in ADS22.items():
    for _check, _level in _levels.items():
        _open = (_k, _check) == (
            "uk_council",
            "ability-coded",
        )
        _cls = O22 if _open else _c22(_CLS22[_check])
        case(_cls, _text, _lv22(_check, _level))
    for _check in _absent:
        case(_c22(_CLS22[_check]), _text, _none22(_check))
    if _extra.get("no_pay"):
        case(_c22("pay read"), _text, _no_pay22)
    if "pay" in _extra:
        case(_c22("pay read"), _text, _pay22(*_extra["pay"]))
    if _extra.get("no_years_concern"):
        case(_c22("years level"), _text, _no_years_concern22)
    if _extra.get("short_low") or _extra.get("long_high"):
        case(_c22("confidence"), _text, _absent_gaps22(bool(_extra.get("short_low"))))


# ================================================================ twenty-fourth round (helper redteam24)
# Written by reading, before askback ran on any of it: (a) German, Austrian and Swiss ad lines as
# StepStone, XING, karriere.at, jobs.ch, Interamt and university boards write them; (b) interview
# notes in English and German, jotted after calls. Near-misses carry the same words in another
# sense. The Austrian "KV" minimum is a floor: the pay's minimum is that figure.
def _c24(name: str) -> str:
    return name + " (24th)"


P24, R24, G24, A24, L24, X24, F24 = (
    _c24(c)
    for c in (
        "de pay",
        "de requirements",
        "de gender",
        "de arrangement",
        "de languages",
        "de exclusionary",
        "de levels",
    )
)

# ---- pay: KV minimum with Überzahlung, 14 Gehälter, public scales, ranges, k, CHF
for frag, lo, per in (
    (
        "Für diese Position gilt laut Kollektivvertrag ein monatliches Mindestbruttogehalt von € 3.412,00 (14 Gehälter). Eine Überzahlung je nach Qualifikation und Erfahrung ist möglich.",
        3412,
        "month",
    ),
    (
        "Das KV-Mindestentgelt beträgt EUR 2.980 brutto monatlich auf Vollzeitbasis; die Bereitschaft zur Überzahlung ist gegeben.",
        2980,
        "month",
    ),
    (
        "Jahresbruttogehalt ab EUR 54.600 (KV IT, ST2), marktkonforme Überzahlung je nach Qualifikation.",
        54600,
        "year",
    ),
    (
        "Wir bieten ein Bruttomonatsgehalt ab € 4.100,- (14 x jährlich) mit Bereitschaft zur Überzahlung.",
        4100,
        "month",
    ),
    (
        "Gehalt: mind. € 3.650 brutto/Monat (14x jährlich), das tatsächliche Gehalt richtet sich nach deiner Erfahrung.",
        3650,
        "month",
    ),
    (
        "Das Gehalt für diese Position beträgt mindestens EUR 48.000 brutto jährlich, eine Überzahlung ist abhängig von der Qualifikation möglich.",
        48000,
        "year",
    ),
    ("Jahresgehalt ab 62.000 € brutto, je nach Erfahrung.", 62000, "year"),
    ("Gehalt ab 3.500,- Euro brutto / Monat (Vollzeit, 38,5 Std.)", 3500, "month"),
    ("Salär: ab CHF 7'800.– pro Monat x 13", 7800, "month"),
):
    case(P24, ad(frag, "de"), pay_min(lo, per))
for frag, lo, hi, per in (
    ("Gehaltsrahmen: von 55.000 € bis 68.000 € brutto pro Jahr", 55000, 68000, "year"),
    ("Wir bieten dir von 4.300 bis 5.200 Euro brutto monatlich.", 4300, 5200, "month"),
    ("Das Jahresgehalt bewegt sich zwischen 71.000 und 84.000 EUR.", 71000, 84000, "year"),
    (
        "Dein Gehalt: zwischen 3.900 € und 4.500 € brutto/Monat, 13 Monatsgehälter",
        3900,
        4500,
        "month",
    ),
    ("Gehaltsspanne: 58k – 70k € brutto jährlich", 58000, 70000, "year"),
    ("Vergütung: 65–78 k€ brutto p. a.", 65000, 78000, "year"),
    ("Jahreslohn CHF 120'000.– bis 135'000.–, 13. Monatslohn inklusive", 120000, 135000, "year"),
    (
        "Der Lohn beträgt zwischen CHF 92'500 und CHF 104'000 brutto pro Jahr bei einem Pensum von 100 %.",
        92500,
        104000,
        "year",
    ),
    ("Stundenlohn: 18,50 € bis 21,00 € brutto", 18.5, 21, "hour"),
    ("Brutto-Monatsgehalt (Vollzeit): € 3.200 – € 3.800", 3200, 3800, "month"),
    (
        "Das Bruttojahresgehalt liegt je nach Erfahrung zwischen 50 und 60 Tsd. Euro.",
        50000,
        60000,
        "year",
    ),
):
    case(P24, ad(frag, "de"), pay_is(lo, hi, per))
case(P24, ad("Lohnband: CHF 98'000 bis CHF 112'000 (100 %)", "de"), pay_is(98000, 112000))
for frag in (
    "Die Eingruppierung erfolgt in die Entgeltgruppe 13 TV-L.",
    "Bezahlung nach TVöD-VKA, Entgeltgruppe 11.",
    "Je nach Erfüllung der persönlichen Voraussetzungen erfolgt die Eingruppierung bis Entgeltgruppe 14 TVöD Bund.",
    "Die Vergütung richtet sich nach Entgeltgruppe 9b TVöD (Bund).",
):
    case(P24, ad(frag, "de"), salary_not_gap)
for frag in (
    "Zuschuss zum Klimaticket in Höhe von € 365 pro Jahr.",
    "Wir zahlen eine Antrittsprämie von 2.500 € nach der Probezeit.",
    "Du verantwortest ein Projektbudget von rund 3 Mio. CHF.",
    "Essenszuschuss von € 4,40 pro Arbeitstag.",
    "Kernzeit von 9:30 bis 15:00 Uhr, Gleitzeitrahmen 7-19 Uhr.",
    "Mitarbeitende erhalten Reka-Checks im Wert von CHF 600 jährlich.",
    "Homeoffice-Pauschale von 50 € im Monat.",
    "Über 250 Mitarbeitende an 4 Standorten, Umsatz 2025: 48 Mio. €.",
    "Zielbonus von bis zu 15 % des Jahresgehalts.",
    "Urlaubs- und Weihnachtsgeld (14 Gehälter).",
):
    case(P24, ad(frag, "de"), no_pay)

# ---- requirements: headings that start the must-have list (4 must-haves each)
RB24 = "\n{h}\n- Abgeschlossenes Studium der Wirtschaftsinformatik\n- Mindestens 3 Jahre Erfahrung in der Datenmodellierung\n- Sicherer Umgang mit SQL und Python\n- Gute Deutsch- und Englischkenntnisse\n"
for h in (
    "Was du mitbringst",
    "Anforderungen:",
    "## Anforderungen",
    "Das solltest du mitbringen:",
    "Was Sie auszeichnet",
    "Fachliche Voraussetzungen",
    "Ihre Kompetenzen",
    "Ihr Know-how:",
    "Das bringen Sie mit:",
    "Was wir erwarten",
):
    case(R24, ad(RB24.format(h=h), "de", reqs=False), must(4))
# nice-to-have headings end the must list (3 must-haves)
NI24 = "\nWas du mitbringst\n- Sehr gute SQL-Kenntnisse\n- Erfahrung mit Python\n- Grundlagen der Statistik\n{h}\n- Spark\n- Airflow\n- Kafka\n"
for h in (
    "Wünschenswert:",
    "Von Vorteil",
    "Wünschenswert sind",
    "Gerne gesehen:",
    "Ein Plus ist",
    "Zusätzlich von Vorteil:",
    "Wünschenswerte Qualifikationen",
):
    case(R24, ad(NI24.format(h=h), "de", reqs=False), must(3))
# benefits headings are not must-haves (3 must-haves)
BE24 = "\nWas du mitbringst\n- Sehr gute SQL-Kenntnisse\n- Erfahrung mit Python\n- Grundlagen der Statistik\n{h}\n- 25 Urlaubstage plus 24.12. und 31.12.\n- Zuschuss zur Kinderbetreuung\n- Jobticket\n- Firmenfitness\n"
for h in (
    "Das bieten wir dir:",
    "Benefits",
    "Unsere Benefits",
    "Was wir bieten",
    "Wir bieten:",
    "Ihre Vorteile bei uns",
    "Darauf darfst du dich freuen",
):
    case(R24, ad(BE24.format(h=h), "de", reqs=False), must(3))
# a duty heading is not a requirements heading (REQS_DE adds 3 must-haves)
DU24 = "\n{h}\n- Aufbau von ETL-Strecken\n- Pflege des Data Warehouse\n- Erstellung von Reports\n- Abstimmung mit Fachbereichen\n"
for h in ("Ihre Tätigkeiten", "Das machst du bei uns:", "Dein Job", "Deine Verantwortung"):
    case(R24, ad(DU24.format(h=h), "de"), must(3))
# an item marked as a plus inside the must list is not a must-have
for body in (
    "\nDein Profil\n- Studium der Informatik\n- 2 Jahre Erfahrung mit SQL\n- Python\n- Kenntnisse in Power BI von Vorteil\n",
    "\nAnforderungen\n- Studium der Informatik\n- 2 Jahre Erfahrung mit SQL\n- Python\n- Idealerweise Erfahrung mit Azure\n",
):
    case(R24, ad(body, "de", reqs=False), must(3))

# ---- gender: German trait and culture wording vs other senses
for frag, word in (
    ("Du trittst gegenüber Fachabteilungen durchsetzungsstark auf.", "durchsetzungsst"),
    (
        "Wir wünschen uns eine selbstbewusste und entscheidungsfreudige Persönlichkeit.",
        "selbstbewusst",
    ),
    ("Mit deiner zielstrebigen Art bringst du Projekte ins Ziel.", "zielstrebig"),
    ("Sie zeichnen sich durch Entschlossenheit und Ausdauer aus.", "entschlossen"),
    ("Du bist kommunikativ, kooperativ und offen.", "kooperativ"),
    ("Sie sind eine empathische Führungspersönlichkeit.", "empathisch"),
    ("Ein offensives Auftreten im Vertrieb ist gefragt.", "offensiv"),
    ("Du bist belastbar und ehrgeizig.", "ehrgeizig"),
    ("Ein fürsorglicher Umgang miteinander ist uns wichtig.", "fürsorglich"),
    ("Du bringst Durchsetzungsfähigkeit und Humor mit.", "durchsetzungsf"),
    ("Sie sind kontaktfreudig und gehen offen auf Menschen zu.", "kontaktfreudig"),
    ("Bei uns erwartet dich ein vertrauensvolles Miteinander.", "vertrauensvoll"),
    ("Du bist mutig und probierst neue Wege aus.", "mutig"),
):
    case(G24, ad(frag, "de"), g_counts(word))
for frag in (
    "Wir sind ein unabhängiges Beratungsunternehmen mit Sitz in Graz.",
    "Du stellst eine zuverlässige Stromversorgung unserer Rechenzentren sicher.",
    "Du arbeitest mit sensiblen Gesundheitsdaten.",
    "Das Projekt ist förderlich für unsere Klimaziele.",
    "Du führst unabhängige Audits unserer Modelle durch.",
    "Offensive Security: Du testest unsere Anwendungen auf Schwachstellen.",
    "Analytische Auswertungen für den Vertrieb erstellst du eigenständig.",
    "Du modellierst die Risikobereitschaft von Anlegern.",
    "Du entwickelst kooperative Lernspiele für Grundschulen.",
    "Unterstützende Tätigkeiten in der Buchhaltung gehören dazu.",
):
    case(G24, ad(frag, "de"), no_gender)

# ---- arrangement: Homeoffice, mobiles Arbeiten, Remote-Anteil, Präsenz, Pensum
for frag, kind, days in (
    ("Bis zu 2 Tage Homeoffice pro Woche.", "hybrid", 3),
    ("Mobiles Arbeiten an bis zu 60 % der Arbeitszeit möglich.", "hybrid", 2),
    ("Homeoffice: 1 Tag pro Woche.", "hybrid", 4),
    ("Präsenzpflicht an drei Tagen pro Woche am Standort Zürich.", "hybrid", 3),
    ("Deine Präsenztage: Dienstag und Donnerstag.", "hybrid", 2),
    ("An vier Tagen pro Woche bist du bei uns im Büro.", "hybrid", 4),
    ("Pensum 80–100 %, davon bis zu 40 % im Homeoffice.", "hybrid", None),
    ("Hybrides Arbeiten: 50 % Büro, 50 % Homeoffice.", "hybrid", None),
    ("Flexible Arbeitszeiten und mobiles Arbeiten nach Absprache.", "hybrid", None),
    ("Homeoffice-Möglichkeit in Abstimmung mit dem Team.", "hybrid", None),
    ("Arbeitsort: Linz (Homeoffice tageweise möglich).", "hybrid", None),
    ("Remote-Anteil von 100 % möglich.", "remote", None),
    ("100 % Remote innerhalb Österreichs.", "remote", None),
    ("Wir arbeiten ortsunabhängig – ganz ohne Büro.", "remote", None),
    ("Die Stelle erfordert Präsenz vor Ort; Homeoffice ist nicht möglich.", "onsite", None),
    ("Vollzeit-Präsenz im Labor erforderlich.", "onsite", None),
    ("Kein Homeoffice möglich, da Kundenkontakt vor Ort.", "onsite", None),
    # near-misses: a workload (Pensum) or a place of work is no arrangement
    ("Pensum: 100 %, Arbeitsort Bern.", "not_stated", None),
    ("Pensum 60 %.", "not_stated", None),
    ("Teilzeit (Pensum 50 %) möglich.", "not_stated", None),
):
    case(A24, ad(frag, "de"), arr(kind, days))

# ---- languages: CEFR levels, verhandlungssicher, fließend, required vs plus, native wording
for frag, want in (
    ("Deutsch fließend (mind. C1), Englisch gut (B2).", {"German": True, "English": True}),
    (
        "Sehr gute Deutschkenntnisse in Wort und Schrift (C2); Französischkenntnisse wünschenswert.",
        {"German": True, "French": False},
    ),
    (
        "Verhandlungssichere Englischkenntnisse setzen wir voraus, Italienisch ist ein Plus.",
        {"English": True, "Italian": False},
    ),
    ("Englisch B2 zwingend; Spanisch von Vorteil.", {"English": True, "Spanish": False}),
    (
        "Französisch (Niveau B2) von Vorteil, Deutsch C1 Voraussetzung.",
        {"French": False, "German": True},
    ),
    ("Gute Englischkenntnisse (mind. B2) sind Voraussetzung.", {"English": True}),
    ("Stilsicheres Deutsch auf C2-Niveau.", {"German": True}),
    ("Fließende Deutsch- und Englischkenntnisse.", {"German": True, "English": True}),
    (
        "Kenntnisse einer zweiten Landessprache (Französisch oder Italienisch) sind von Vorteil.",
        {"French": False, "Italian": False},
    ),
):
    case(L24, ad(frag, "de"), langs(**want))
for frag in (
    "Englisch auf Muttersprachenniveau.",
    "Du bist Muttersprachler:in in Deutsch.",
    "Muttersprache Französisch, sehr gute Deutschkenntnisse.",
    "Deutsch (Muttersprache oder C2).",
    "Erstsprache Deutsch, gute Französischkenntnisse.",
):
    case(L24, ad(frag, "de"), native)
case(L24, ad("Unsere Kundschaft spricht Deutsch, Englisch und Polnisch.", "de"), no_lang("Polish"))
case(
    L24,
    ad("Muttersprachliche Kundenbetreuung in zwölf Sprachen ist unser Markenzeichen.", "de"),
    no_native,
)

# ---- exclusionary: age, physical demands on desk work, Arbeitsbewilligung / citizenship neutral
for frag in (
    "Du bist zwischen 25 und 35 Jahre alt.",
    "Wir suchen einen jungen Kollegen für unser Controlling.",
    "Junge Absolvent:innen mit frischem Wissen sind willkommen.",
    "Unser Team (Durchschnittsalter 28) freut sich auf dich.",
):
    case(X24, ad(frag, "de"), flagged("age-coded"))
for frag in (
    "Als junges FinTech (gegründet 2023) wachsen wir schnell.",
    "Du betreust unser Programm für junge Erwachsene.",
    "Zielgruppe unserer App sind junge Familien.",
):
    case(X24, ad(frag, "de"), no_age)
for frag in (
    "Körperliche Fitness und die Fähigkeit, bis zu 15 kg zu heben, sind Voraussetzung.",
    "Du kannst längere Zeit stehen und gehen.",
    "Gute körperliche Konstitution ist erforderlich.",
    "Uneingeschränktes Farbsehvermögen ist erforderlich.",
):
    case(X24, ad(frag, "de"), flagged("ability-coded"))
for frag in (
    "Höhenverstellbare Schreibtische für alle.",
    "Du hebst unsere Datenqualität auf ein neues Niveau.",
    "Wir stehen für flache Hierarchien und kurze Wege.",
):
    case(X24, ad(frag, "de"), none_of("ability-coded"))
case(
    X24,
    ad("Heben von Lasten bis 25 kg gehört zum Alltag.", "de", title="Lagerlogistiker (m/w/d)"),
    ability_not_concern_or_none,
)
for frag in (
    "Eine gültige Arbeitserlaubnis für Österreich (z. B. Rot-Weiß-Rot-Karte) ist Voraussetzung.",
    "Voraussetzung ist eine gültige Aufenthalts- und Arbeitsbewilligung.",
    "Sie verfügen über eine gültige Arbeitsbewilligung (Ausweis B oder C).",
):
    case(X24, ad(frag, "de"), work_permit)
for frag in (
    "Deutsche Staatsangehörigkeit (Voraussetzung für die Verbeamtung).",
    "Österreichische Staatsbürgerschaft ist erforderlich.",
    "Schweizer Staatsbürgerschaft (Sicherheitsprüfung Stufe 2).",
):
    case(X24, ad(frag, "de"), flagged("nationality-coded", "concern"))
for frag in (
    "Du berätst Staatsangehörige aus Drittstaaten zu Aufenthaltsfragen.",
    "Wir helfen neuen Kolleg:innen beim Antrag auf Arbeitsbewilligung für ihre Familie.",
):
    case(X24, ad(frag, "de"), none_of("nationality-coded"))

# ---- the level of each finding
for frag, check, level in (
    ("Gehalt: 60.000 – 70.000 € brutto p. a.", "salary", "positive"),
    ("Lohn: CHF 105'000 – 118'000 bei 100 % Pensum", "salary", "positive"),
    ("Attraktive Vergütung und umfangreiche Zusatzleistungen.", "salary", "gap"),
    ("Leistungsgerechte Bezahlung.", "salary", "gap"),
    ("Wir sind ein junges, hungriges Team.", "age-coded", "concern"),
    ("Homeoffice an zwei Tagen pro Woche.", "remote", "info"),
    ("Gültige Arbeitsbewilligung für die Schweiz.", "nationality-coded", "info"),
):
    case(F24, ad(frag, "de"), level_of(check, level))
for frag in (
    "Gehalt ab 3.400 € (14 Gehälter), Überzahlung möglich.",
    "Deutsch als Muttersprache.",
    "Körperlich belastbar, bis 20 kg heben.",
):
    case(F24, ad(frag, "de"), invariant)

# ---- (b) interview notes, EN and DE, jotted after calls. >=4: a measure with an owner, a number
# or an outcome, done; <=2: intent, hope, plans, bodies or policies with no outcome, deflection,
# numbers that count inputs; failures also carry a red flag.
for cls24, lo24, hi24, flag24, notes24 in (
    (
        _c24("notes concrete"),
        4,
        5,
        False,
        (
            "eng mgr (Priya): since Q1 2025 every promo packet is reviewed blind -> share of women promoted went 18% -> 31%",
            "fairness audit: Jan 2025 the ML lead ran the credit model vs. age bands, found 7pt gap in approval, retrained, gap now 2pt",
            "they publish pay bands since 2024; HR did an equal-pay review in March, 12 salaries raised (all women, avg +6%)",
            "data: dbt tests on all 140 models since last summer, failed-pipeline pages went from ~30/mo to 4/mo (SRE dashboard shown)",
            "on-call: rota changed Oct '24, max 1 week in 6; pages per shift down from 11 to 3 — she showed the Grafana chart",
            "mentoring: 22 pairs in 2024, 19 finished; 6 of the mentees promoted within a year (VP People owns it)",
            "bias: model cards mandatory since v3.2; Anna (resp. AI) blocked 2 launches in 2025 until the disparity tests passed",
            "parental leave topped up to 20 weeks full pay in 2023 → return rate of mothers 71% → 94%",
            "hiring: structured interviews + scorecards since Jan; offer-acceptance from under-rep. groups 40% -> 58%, TA lead tracks monthly",
            "growth: each eng has a written dev plan, reviewed twice a year; 9 of 14 ICs moved up a level in 2 yrs",
            "post-mortems blameless since 2023, 47 written last year, repeat incidents down by half (CTO's number, in the wiki)",
            "data catalog: Marta's team tagged 1,200 tables by owner in 2024; 'who owns this?' tickets went from 60 a quarter to 8",
            "seit 2023 anonymisierte Bewerbungen (HR-Leitung), Anteil eingeladener Frauen von 24 % auf 39 % gestiegen",
            "Gehaltsanalyse 2024 durch Betriebsrat + HR: 15 Gehälter angehoben, bereinigter Gap jetzt 1,8 %",
            "ML-Team: seit Mai jede Modellfreigabe mit Bias-Test (Lena verantwortlich), 3 Modelle zurückgestellt, 2 nach Nachtraining live",
            "Datenqualität: seit Q2 Great Expectations auf allen Kernpipelines → Datenfehler im Reporting von 12 auf 2 pro Monat",
            "Teilzeitführung seit 2022, heute 7 von 30 Teamleads in Teilzeit (laut CPO, im Nachhaltigkeitsbericht)",
            "Code-Reviews: seit Jan Pflicht für jedes PR, durchschn. Review-Zeit 2 Tage → 6 Std. (Teamlead zeigt Jira-Report)",
            "re women in eng: Sarah (dir.) set a 35% shortlist rule in 2024 — hires of women went from 3/20 to 9/22",
            "Weiterbildung: 2.000 € Budget p.P. seit 2024, 88 % haben es genutzt, 11 Zertifizierungen (HR-Auswertung)",
            "Barrierefreiheit: 2025 Audit aller internen Tools durch externen Prüfer, 41 von 46 Mängeln behoben (IT-Leiter)",
            "DEI: ERG for LGBTQ+ staff started 2023 w/ €15k budget; 3 policy changes came out of it (trans health cover incl.)",
        ),
    ),
    (
        _c24("notes future"),
        1,
        2,
        False,
        (
            "they're going to roll out a bias review for all models next year",
            "VP: we will publish salary bands 'once the job architecture is done'",
            "HR plant ab 2026 anonymisierte Bewerbungen",
            "planned: mentoring programme for women in Q3, owner tbd",
            "they want to hit 40% women in eng by 2028 — no plan how",
            "Datenkatalog soll nächstes Jahr kommen, wer's macht ist noch offen",
            "we'll set up model monitoring after the migration (he said 'soonish')",
            "Geplant: Karriereleiter für ICs, Entwurf ist in Arbeit",
            "next step → hire a DEI lead, budget not approved yet",
            "wir werden die Gehaltsbänder 2026 transparent machen, hieß es",
            "on-call comp is 'on the roadmap' for H2",
            "team wants to introduce blameless post-mortems going forward",
        ),
    ),
    (
        _c24("notes hope"),
        1,
        2,
        False,
        (
            "hopefully more women apply once the remote policy is out",
            "she hopes the new ladder makes promotions fairer",
            "ideally we'd have fairness tests on every model, maybe someday",
            "wir hoffen, dass sich der Frauenanteil von selbst verbessert",
            "manager: 'fingers crossed the data quality gets better with the new tool'",
            "vielleicht gibt's irgendwann mal ein Mentoring, wäre schön",
            "would be nice to get a proper data team at some point, he said",
            "they'd love to do pay audits 'if time allows'",
            "Hoffnung: mit dem neuen Chef wird die Feedbackkultur besser",
            "recruiter hopes the diversity numbers will look better next year",
        ),
    ),
    (
        _c24("notes bodies"),
        1,
        2,
        False,
        (
            "we have a D&I committee and a code of conduct",
            "there's an AI ethics board + responsible AI principles on the website",
            "Es gibt eine Diversity-Beauftragte und eine Betriebsvereinbarung zu Homeoffice.",
            "they have an inclusion policy, a women's network and an ally programme",
            "data governance council exists, meets quarterly",
            "wir haben Leitlinien für ethische KI und ein Gremium dafür",
            "career framework exists (a Notion page)",
            "they've got a mentoring platform everyone can sign up for",
            "Charta der Vielfalt unterzeichnet, Diversity-Netzwerk vorhanden",
            "a bias checklist is part of the model template",
            "there is an anti-harassment policy and an anonymous hotline",
            "wir haben ein Data-Mesh-Konzept und Data Owner pro Domäne (auf dem Papier)",
        ),
    ),
    (
        _c24("notes failure"),
        1,
        2,
        True,
        (
            "the women's network fizzled out after the founder left, nobody picked it up",
            "bias review board was disbanded in the 2024 reorg",
            "Mentoringprogramm wurde nach einem Jahr eingestellt, kein Ersatz",
            "they stopped publishing the pay gap report after 2022",
            "data quality team got cut in the layoffs, no one owns the pipelines now",
            "Diversity-Budget wurde 2025 gestrichen",
            "ERG lost its exec sponsor and has not met since March",
            "model monitoring was switched off to save cloud costs, nothing replaced it",
            "the returnship programme was paused indefinitely last year",
            "Feedbackrunden wurden abgeschafft, seitdem nichts mehr",
        ),
    ),
    (
        _c24("notes deflection"),
        1,
        2,
        False,
        (
            "asked about the pay gap → 'we don't really see gender here'",
            "q on bias testing: 'our data is objective, so it's not an issue'",
            "Frage nach Frauenanteil: 'wir stellen nur nach Leistung ein'",
            "re on-call load: 'everyone here is passionate, nobody complains'",
            "asked about attrition, he changed the subject to the new office",
            "Antwort auf Datenqualität: 'das ist Sache der IT'",
            "re diversity: 'that's HR's area, you'd have to ask them'",
            "asked how promotions work: 'it just happens when you're ready'",
            "'we're like a family' — didn't answer the question about overtime",
            "zum Thema Fairness im Modell: 'das Modell entscheidet ja neutral'",
        ),
    ),
    (
        _c24("notes input numbers"),
        1,
        2,
        False,
        (
            "120 people did unconscious-bias training last year",
            "we spend €50k a year on diversity events",
            "2 Workshops zu KI-Ethik im Jahr 2024, je 3 Stunden",
            "they posted the job on 14 diversity job boards",
            "mentoring: 40 sign-ups this year",
            "Wir haben 3 Diversity-Beauftragte und 5 Netzwerke",
            "the ethics board met 6 times in 2024",
            "sent 300 people to the data literacy course",
            "12 Stunden Weiterbildung pro Kopf und Jahr angeboten",
            "we have 8 ERGs and 1 DEI lead",
        ),
    ),
    (
        _c24("notes near-miss"),
        4,
        5,
        False,
        (
            "not much to brag about, but since 2024 the gap in promo rates closed from 9pt to 2pt (HR lead's number)",
            "she said it's 'only a small thing': interview panels always mixed since 2023, women hires 4 → 11 per year",
            "honestly modest — we added fairness checks in CI last spring, caught a 6% gap in the churn model before release",
            "'nothing fancy': oncall pay since 2024, attrition in SRE went from 5 leavers to 1",
            "eher klein: seit 2024 Gehaltsbänder offen, 6 Frauen bekamen dadurch eine Anpassung",
            "nur ein Anfang, aber: Datenverantwortliche pro Tabelle seit Q1, offene Datenfehler von 80 auf 15",
            "it's not perfect, but after the 2024 pay audit the CFO closed the 4% gap for 23 people",
            "small win: Tom (staff eng) started a reading group in 2023, 3 juniors from it are now mid-level",
            "bescheiden, aber 2024 haben wir 5 Rollen mit 80 % besetzt, 4 davon Mütter, alle noch da",
            "meh, we only did one thing — blind CV screen since 2023; callback rate for women up from 21% to 34%",
        ),
    ),
):
    for note24 in notes24:
        if note24.startswith("12 Stunden Weiterbildung"):
            # Still rated 4 after this round: "pro Kopf" reads as a rule for every case (gate)
            # beside the hours offered; whether hours offered per head are a measure is left open.
            ans("open (24th)", note24, band20(lo24, hi24))
            continue
        if flag24:
            ans(cls24, note24, at_most(hi24, flag=True))
        else:
            ans(cls24, note24, band20(lo24, hi24))

# mixed-language shorthand, each note with its own band
for note24, lo24, hi24 in (
    ("Bias-Tests → seit v2 im CI, Owner: Jonas; fairness gap churn model 8pt → 3pt", 4, 5),
    ("Gender Pay Gap: 'wir schauen uns das an' — no numbers", 1, 2),
    (
        "hiring funnel by gender tracked since 2023 (TA dashboard), Frauenanteil in finalen Runden 20 → 37 %",
        4,
        5,
    ),
    ("ML ethics: 'we follow the EU AI Act' – nothing more specific", 1, 2),
    ("DQ-SLAs seit Q3 pro Domäne, Verstöße von 25/Monat auf 6 gesunken (Data Platform Lead)", 4, 5),
    ("growth: 'ppl grow here organically' ?? no ladder, no reviews", 1, 2),
    ("Rufbereitschaft: ab nächstem Quartal vergütet, angeblich", 1, 2),
    (
        "team practice: pairing 2 days/wk since Jan, onboarding time 3 mo → 6 wks (EM's own tracking)",
        4,
        5,
    ),
    ("data maturity: 'we're data-driven' + lots of Excel, no warehouse yet", 1, 2),
    ("pay equity: CFO signed off raises for 17 ppl after the 2025 audit; gap 5.1% → 0.9%", 4, 5),
    ("DEI: 'we hire the best person, full stop'", 1, 2),
    (
        "Elternzeit für Väter: 2024 nahmen 14 von 16 Vätern ≥ 2 Monate (vorher 3 von 12), HR-Chefin hat's eingeführt",
        4,
        5,
    ),
    ("retention -> 'should be better w/ hybrid', no data", 1, 2),
    (
        "model review: red-team of the LLM feature in Feb by 3 ppl from legal+ML, 14 issues found, 12 fixed before launch",
        4,
        5,
    ),
    ("Frauen in Führung: Ziel 30 % bis 2027 (im Leitbild), Stand unbekannt", 1, 2),
    ("'we value psychological safety' – asked for an example, got none", 1, 2),
    (
        "accessibility: screen-reader support shipped in v4 after user panel w/ 12 blind users, support tickets on a11y 40 → 5",
        4,
        5,
    ),
    (
        "Team-Retro alle 2 Wochen seit 2022, daraus 2024: Deploy-Freeze freitags abgeschafft, Hotfixes von 9 auf 2 pro Quartal",
        4,
        5,
    ),
    ("recruiter: 'diversity is in our DNA'", 1, 2),
    ("data contracts piloted in 1 team, 'results pending'", 1, 2),
    ("they have KPIs for DEI (didn't say which), reviewed 'regularly'", 1, 2),
    ("Mentoring: lief 2023 mit 10 Tandems, dann eingeschlafen, seitdem nichts", 1, 2),
):
    ans(_c24("notes mixed"), note24, band20(lo24, hi24))


# ================================================================ twenty-third round (helper redteam23)
# Ads as boards and applicant-tracking systems write them: UK Civil Service Jobs, Australian SEEK,
# Canadian postings, US state/local government and university ads, Workday/Greenhouse/Lever/LinkedIn
# exports (capital headings, emoji and "•"/"▪" bullets, "1)" items, markdown tables, NBSP and
# unicode dashes, headings in bold), and out-of-range or hostile values. Every expectation was set
# by reading, before askback ran on any of these inputs.
def _c23(name: str) -> str:
    return name + " (23rd)"


def _a23(cls: str, frag: str, chk: Check, **kw: Any) -> None:
    case(_c23(cls), ad(frag, **kw), chk)


def _cur23(lo: float, hi: float, cur: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.pay.stated and (r.pay.minimum, r.pay.maximum, r.pay.currency) == (lo, hi, cur)
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.currency},{r.pay.period})"

    return chk


def _sane23(r: AdReport) -> tuple[bool, str]:
    """No figure, and no stated pay, runs high to low."""
    bad = [f for f in figs(r) if f[0] is not None and f[1] is not None and f[0] > f[1]]
    top = r.pay.minimum is not None and r.pay.maximum is not None and r.pay.minimum > r.pay.maximum
    return not bad and not top, f"pay=({r.pay.minimum},{r.pay.maximum}) figs={figs(r)}"


def _not_trusted23(r: AdReport) -> tuple[bool, str]:
    """A value that cannot be the pay for a job (an absurd size or period) is not reported as
    stated pay with full confidence: either not stated, or the salary finding says it doubts it."""
    fs = [f for f in r.findings if f.check == "salary"]
    doubted = any(f.confidence == "low" and f.doubt for f in fs)
    ok = (not r.pay.stated or doubted) and _sane23(r)[0]
    return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period}) doubted={doubted}"


def _sen23(level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        b, db = yrs_senior(r)
        return r.seniority == level and b, f"seniority={r.seniority} {db}"

    return chk


def _both23(*checks: Check) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        res = [c(r) for c in checks]
        return all(ok for ok, _ in res), " | ".join(d for _, d in res)

    return chk


# ---- pay: a time of day is not a period; a bonus is not pay (board and ATS layouts)
for f in (
    "Shift: 7.00am – 3.30pm (Mon–Fri). $3,000 sign-on bonus after six months.",
    "SHIFT: 3PM-11PM | SIGN-ON BONUS: $4,000",
    "Hours: 0800–1630, Monday to Friday. Welcome bonus of £2,500.",
    "▪ Shift 11pm – 7am\n▪ $5,000 sign-on bonus (paid in two instalments)",
    "Rostered 6am–2:30pm; a $1,500 retention bonus is paid each year.",
    "Office hours 8:30am–5pm AEST. Sign-on bonus of AU$3,000.",
    "🕗 8am–4:30pm · 💵 $2,000 signing bonus",
    "Work hours: 7 a.m. to 3:30 p.m. A one-time $6,000 hiring incentive is offered.",
):
    _a23("pay time/bonus", f, no_pay)
# ---- pay: relocation, budgets, revenue, allowances are not pay for the job
for f in (
    "Relocation: up to CAD 8,000 in moving costs reimbursed.",
    "You will manage a directorate budget of £1.8m.",
    "The district has an annual operating budget of $412 million.",
    "Our clients generate over A$30M in annual revenue.",
    "Professional development allowance: $1,500 per year",
    "• Annual bonus target: 15% of base\n• $2,500 home office setup stipend",
    "A start-up package of $150,000 for lab equipment is available to the successful candidate.",
    "Tuition reimbursement up to $5,250 per calendar year.",
    "Commuter benefit: $300 per month.",
    "Employee referral program pays $1,000 per successful hire.",
):
    _a23("pay non-pay", f, no_pay)
# ---- pay: bare amounts in a pay context (capitals, bold, NBSP, decimals, next-line figures)
for f, lo, hi, per in (
    ("SALARY: 68,000 - 79,000 PER ANNUM", 68000, 79000, "year"),
    ("Salary range: 52,412 – 61,890 per annum (pro rata)", 52412, 61890, "year"),
    ("**Salary:** 95,000–110,000 per year", 95000, 110000, "year"),
    ("Compensation: 160,000 - 185,000 base", 160000, 185000, None),
    ("Hiring range: 74,000 - 88,000 annually", 74000, 88000, "year"),
    ("Pay: 28.50 - 33.75 per hour", 28.5, 33.75, "hour"),
    ("Salary Grade 24: 71,200 - 94,500 annually", 71200, 94500, "year"),
    ("Annual Salary Range\n58,000 - 67,000", 58000, 67000, "year"),
    ("Salary: 90-105K DOE", 90000, 105000, None),
    ("Base pay range: 120k–140k", 120000, 140000, None),
    ("Salary: 45\u00a0000 - 52\u00a0000 per year", 45000, 52000, "year"),
    ("Wage: 22.00 – 26.00 hourly", 22, 26, "hour"),
    ("Pay Range: 81,300.00 - 101,600.00", 81300, 101600, None),
    ("Salary: 70,000 to 80,000 per annum plus benefits", 70000, 80000, "year"),
    ("Salary\u00a0range:\u00a063,000\u2013\u200971,500 a year", 63000, 71500, "year"),
):
    _a23("pay no currency", f, pay_is(lo, hi, per))
# ---- pay: a range written high to low
for f, lo, hi in (
    ("Salary: £41,250 - £38,091", 38091, 41250),
    ("Pay range: $96,500 – $81,000 per year", 81000, 96500),
    ("$118K - $102K + super", 102000, 118000),
    ("Hourly rate: $36.00 - $29.50", 29.5, 36),
    ("Compensation: CAD 110,000 – CAD 92,000", 92000, 110000),
    ("Base salary: 150,000 - 130,000 USD", 130000, 150000),
):
    _a23("pay high-low", f, pay_is(lo, hi))
# ---- pay: minimum and maximum on separate labelled lines (ATS fields, tables, bullets)
for f, lo, hi in (
    ("Salary Range Minimum: $64,300\nSalary Range Maximum: $83,600", 64300, 83600),
    ("MINIMUM SALARY: $52,000.00\nMAXIMUM SALARY: $71,000.00", 52000, 71000),
    ("Starting salary: £29,500\nTop of the scale: £34,800", 29500, 34800),
    ("**Min:** $45/hr\n**Max:** $58/hr", 45, 58),
    ("| Pay | Amount |\n|---|---|\n| Minimum | $91,000 |\n| Maximum | $112,000 |", 91000, 112000),
    ("Lower end of range: CAD 78,000\nUpper end of range: CAD 95,000", 78000, 95000),
    ("• Min salary: 60,000 AUD\n• Max salary: 72,000 AUD", 60000, 72000),
    ("Hourly pay\nLow: $25.10\nHigh: $31.40", 25.1, 31.4),
):
    _a23("pay min/max lines", f, pay_is(lo, hi))
# ---- pay: hourly and yearly in one sentence, each with its period
for f, want in (
    ("Pay: $27.40 per hour (approximately $57,000 annually).", ((27.4, "hour"), (57000, "year"))),
    (
        "£16.20 an hour, which is £31,590 a year for a 37.5 hour week.",
        ((16.2, "hour"), (31590, "year")),
    ),
    (
        "Starting rate $33/hr, or $68,640 per year on full-time hours.",
        ((33, "hour"), (68640, "year")),
    ),
    ("The hourly rate is CAD 29.80 (CAD 58,110 per annum).", ((29.8, "hour"), (58110, "year"))),
    (
        "$41.50–$46.00 per hour ($86,320–$95,680 per year)",
        ((41.5, "hour"), (46, "hour"), (86320, "year"), (95680, "year")),
    ),
    (
        "Pay is AU$38.20 an hour – about AU$75,000 a year plus super.",
        ((38.2, "hour"), (75000, "year")),
    ),
):
    _a23("pay hour+year", f, has_figs(*want))
# ---- pay: how boards write it (Civil Service Jobs, SEEK, Canada, US government and universities)
for f, chk in (
    (
        "Salary\n£35,720 - £40,280\nA Civil Service Pension with an employer contribution of 28.97%",
        pay_is(35720, 40280),
    ),
    ("Salary: £32,000 - £36,500 plus £4,200 London weighting", pay_is(32000, 36500)),
    ("Salary: £29,000 pro rata (0.6 FTE, 22.5 hours per week)", pay_is(29000, 29000)),
    ("$95,000 - $105,000 + super", pay_is(95000, 105000)),
    ("$110k – $125k AUD + super", _cur23(110000, 125000, "AUD")),
    ("Package: $130,000 - $145,000 including superannuation", pay_is(130000, 145000)),
    (
        "Salary: $78,000 - $92,000 CAD per annum",
        _both23(pay_is(78000, 92000, "year"), _cur23(78000, 92000, "CAD")),
    ),
    ("Salary range: CA$70,000–CA$85,000 per year", _cur23(70000, 85000, "CAD")),
    ("Base salary £45,000, OTE £70,000", pay_min(45000)),
    ("Salary: $62,417 - $74,900 per annum (APS Level 5)", pay_is(62417, 74900, "year")),
    ("Salary: $4,512.00 - $6,343.00 Monthly", pay_is(4512, 6343, "month")),
    (
        "Pay Grade: 14 | Salary Range: $58,866.00 - $94,186.00 Annually",
        pay_is(58866, 94186, "year"),
    ),
    (
        "Salary: Commensurate with experience; the hiring range is $72,000 to $80,000.",
        pay_is(72000, 80000),
    ),
    ("Hiring Range: $22.11 - $27.64 Hourly", pay_is(22.11, 27.64, "hour")),
    ("Salary: $71,591 to $77,388 (PM-04)", pay_is(71591, 77388)),
    ("$55,000 - $65,000 a year", pay_is(55000, 65000, "year")),
    ("$140K/yr - $175K/yr", pay_is(140000, 175000, "year")),
    ("Salary: £38,000 - £44,000 per annum, pro rata for part-time", pay_is(38000, 44000, "year")),
    ("Salary – £31,000 – £35,000 (depending on experience)", pay_is(31000, 35000)),
    ("💰 $85,000 – $95,000 + 11.5% super", pay_is(85000, 95000)),
):
    _a23("pay boards", f, chk)
# ---- pay: hostile and out-of-range values
for f, chk in (
    ("Salary: $0.00 - $0.00", no_pay),
    ("Pay: $0 per hour", no_pay),
    ("Pay: 0 - 0 per annum", no_pay),
    ("Compensation: $00,000 - $00,000", no_pay),
    ("Salary: $XX,XXX - $YY,YYY", no_pay),
    ("Salary: $\u00a0\u00a0\u00a0", no_pay),
    ("Salary range: $85,000 - $8,500", _sane23),
    ("Salary range: $95,000 - $9,000 per year", _sane23),
    ("Minimum: $90,000\nMaximum: $80,000", pay_is(80000, 90000)),
    ("Salary: $85,000 per hour", _not_trusted23),
    ("Salary: $75,000 per second", _not_trusted23),
    ("Salary: $123456789012345 per year", _not_trusted23),
    ("Salary: 999999999999999 - 999999999999999", _not_trusted23),
    ("Salary: $70,000 - $90,000 per year per year per year", pay_is(70000, 90000, "year")),
    ("Salary: " + "1," * 300, _sane23),
    ("Salary: $80,000 – – – $90,000", _sane23),
    ("\n".join(["Salary: $80,000 - $90,000"] * 120), pay_is(80000, 90000)),
    ("Salary: $" + "9," * 5 + "000 - $1", _sane23),
):
    _a23("pay hostile", f, chk)

# ---- requirements: seniority from the title and level words
for f, title, chk in (
    (
        "You will work on multi-stage procurement reviews.\n8+ years of experience.",
        "Senior Policy Adviser",
        senior_and_years("intern", "junior", "entry"),
    ),
    (
        "Our Stage-Gate process governs every launch.\n10+ years of experience.",
        "Principal Software Engineer",
        senior_and_years("intern", "junior", "entry"),
    ),
    (
        "Support the Principal Investigator (PI) with data collection.",
        "Research Assistant",
        senior_not("principal", "lead", "head", "senior"),
    ),
    (
        "Report to the Head of Department and the Senior Lecturer team.",
        "Administrative Coordinator",
        senior_not("head", "senior", "lead", "director"),
    ),
    (
        "You will present findings to senior leadership and the executive team.",
        "Data Analyst",
        senior_not("senior", "lead", "executive", "head"),
    ),
    (
        "Coordinate Phase II and Phase III trials with the lead investigator.",
        "Clinical Research Coordinator",
        senior_not("lead", "principal"),
    ),
    ("7+ years of experience building pipelines.", "SENIOR DATA ENGINEER", _sen23("senior")),
    (
        "Join a team led by an expert statistician.",
        "Graduate Data Analyst",
        senior_not("lead", "expert", "senior"),
    ),
    (
        "Support the Chief Executive and the leadership team.",
        "Executive Assistant",
        senior_not("head", "lead", "director", "principal"),
    ),
    (
        "Book meetings for our account executives.",
        "Lead Generation Specialist",
        senior_not("lead", "head", "principal"),
    ),
    (
        "6+ years in audit.\nYou will run the internal controls programme.",
        "Internal Audit Manager",
        senior_and_years("intern", "junior", "entry"),
    ),
    (
        "Support backstage crews at our venues.\n8+ years in live events.",
        "Senior Production Manager",
        senior_and_years("intern", "junior", "entry"),
    ),
):
    _a23("req seniority", f, chk, title=title)
# ---- requirements: duty headings are not requirement headings (REQS adds 3 must-haves)
DUTY23 = "\n{h}\n• Prepare monthly reports\n• Answer queries from managers\n• Keep the asset register\n• Reconcile accounts\n• Train new starters\n"
for h in (
    "ESSENTIAL DUTIES AND RESPONSIBILITIES",
    "**Key Responsibilities:**",
    "📋 What You'll Do",
    "Examples of Duties",
    "Typical Duties:",
    "Job Duties/Responsibilities",
    "Responsibilities include, but are not limited to, the following:",
    "## THE ROLE",
    "Day to day, you'll:",
    "Duties & Responsibilities",
    "What you'll be doing ▸",
    "**YOUR DAY-TO-DAY**",
):
    _a23("req duty heading", DUTY23.format(h=h), must(3))
# ---- requirements: headings that start the must-have list (capitals, bold, emoji, no colon)
REQ23 = "\n{h}\n- Degree in accounting or finance\n- 3 years of experience in payroll\n- Advanced Excel\n- Attention to detail\n"
for h in (
    "MINIMUM QUALIFICATIONS",
    "**Required Qualifications**",
    "Essential criteria",
    "Selection Criteria:",
    "Key Selection Criteria",
    "Skills and experience",
    "✅ What we're looking for",
    "Qualifications / Requirements",
    "REQUIRED KNOWLEDGE, SKILLS & ABILITIES",
    "Who You Are:",
    "Position Requirements",
    "Education & Experience Requirements",
    "### Requirements 🎯",
    "About You",
    "Experience you'll need",
    "**MUST HAVES:**",
):
    _a23("req heading", REQ23.format(h=h), must(4, 1), reqs=False)
# ---- requirements: bullets as exports write them
for b in ("▪ ", "1) ", "(a) ", "✔️ ", "– ", "· ", "➤ ", "a. "):
    items = ["Degree in accounting", "Payroll experience", "Advanced Excel", "Xero or MYOB"]
    if b == "1) ":
        body = "\n".join(f"{i}) {x}" for i, x in enumerate(items, 1))
    elif b == "(a) ":
        body = "\n".join(f"({c}) {x}" for c, x in zip("abcd", items, strict=True))
    elif b == "a. ":
        body = "\n".join(f"{c}. {x}" for c, x in zip("abcd", items, strict=True))
    else:
        body = "\n".join(b + x for x in items)
    _a23("req bullets", "Requirements\n" + body, must(4), reqs=False)
# ---- requirements: nice-to-have headings end the must-have list
NICE23 = "\nRequirements\n• Payroll experience\n• Advanced Excel\n• Degree in accounting\n{h}\n• Xero\n• CPA\n• Workday\n"
for h in (
    "PREFERRED QUALIFICATIONS",
    "**Nice to Have**",
    "Desirable criteria",
    "Bonus Points If You Have",
    "⭐ Nice to haves",
    "Preferred Skills",
    "Desired Qualifications:",
    "Asset Qualifications",
    "It would be great if you also have",
    "Additional Desirable Qualifications",
):
    _a23("req nice heading", NICE23.format(h=h), must(3), reqs=False)
# ---- requirements: benefits sections are not must-haves
BEN23 = "\nRequirements\n• Payroll experience\n• Advanced Excel\n• Degree in accounting\n{h}\n• 25 days annual leave\n• Employer pension contribution\n• Cycle to work scheme\n• Free parking\n"
for h in (
    "WHAT WE OFFER",
    "**Benefits**",
    "🎁 Perks & Benefits",
    "Why You'll Love Working Here",
    "What's on offer",
    "Total Rewards",
    "Our Commitment to You",
    "In return, you'll receive:",
    "What you'll get",
    "Benefits of working for us",
):
    _a23("req benefits heading", BEN23.format(h=h), must(3), reqs=False)
# ---- requirements: "one or more of the following" is not that many required tools
for f in (
    "Requirements\n• Experience with one or more of the following:\n  ▪ AWS\n  ▪ Azure\n  ▪ GCP\n  ▪ Oracle Cloud\n  ▪ IBM Cloud\n  ▪ Alibaba Cloud\n  ▪ DigitalOcean",
    "REQUIREMENTS\n1) SQL\n2) Proficiency in one or more of: Python, R, SAS, Stata, SPSS, Julia, MATLAB",
    "Requirements\n- Hands-on experience with one or more of the following tools: Jenkins, GitHub Actions, GitLab CI, CircleCI, Travis CI, TeamCity, Bamboo",
    "Requirements\n- Working knowledge of one or more of the following languages:\n  1) Java\n  2) C#\n  3) Go\n  4) Rust\n  5) Kotlin\n  6) Swift\n  7) C++",
    "Requirements\n- One or more of the following: Snowflake, BigQuery, Redshift, Databricks, Synapse, ClickHouse, Teradata",
    "Requirements\n- Experience in at least one of these BI tools – Tableau, Power BI, Looker, Qlik, MicroStrategy, Domo, Sisense",
):
    _a23("req one-or-more", f, few_tools, reqs=False)

# ---- gender: senses that are not traits
for s in (
    "Our Lead Registered Nurse oversees the unit.",
    "You will provide first-line support to 400 users.",
    "A deep understanding of Australian tax law.",
    "We are a market-leading insurer in Canada.",
    "Reporting to the Team Lead, Data Platform.",
    "Competitive salary and superannuation.",
    "Experience with lead-to-cash processes in Salesforce.",
    "You will support the objectives of the Department's strategic plan.",
    "You will work in our Trust and Safety operations.",
    "Experience with decision support tools in Power BI.",
    "Competitive pay and benefits package.",
    "Our analysts support the Chief Financial Officer.",
    "Requires an understanding of WCAG 2.2.",
    "We are a leader in renewable energy.",
    "Strong knowledge of IFRS.",
    "You will run the competitive tendering process for council contracts.",
    "Active Directory and Azure AD administration.",
    "Experience with analytical chemistry methods (HPLC, GC-MS).",
    "You will join the Independent Living Services team.",
):
    _a23("gender not trait", s, no_gender)
for s, chk in (
    ("We want a driven, self-reliant and decisive self-starter.", masc),
    ("YOU ARE COMPETITIVE, AMBITIOUS AND FEARLESS.", masc),
    ("🦁 Bold, assertive and headstrong people thrive here.", masc),
    ("Our nurturing, compassionate and supportive team welcomes you.", fem),
    ("We're an understanding, warm and collaborative bunch.", fem),
):
    _a23("gender trait", s, chk)

# ---- work arrangement: board fields and public-sector wording
for f, chk in (
    ("Location: Hybrid (2 days in office)", arr("hybrid", 2)),
    ("WORKPLACE TYPE: REMOTE", arr("remote")),
    ("📍 On-site – Parramatta NSW", arr("onsite")),
    ("Workplace type: On-site", arr("onsite")),
    ("Location: Remote (Canada)", arr("remote")),
    ("This position is eligible for telework up to 2 days per week.", arr("hybrid")),
    ("Hybrid working: a minimum of 60% of your time in the office.", arr("hybrid", 3)),
    (
        "Flexible working: a minimum of 40% of working time at your contracted workplace.",
        arr("hybrid", 2),
    ),
    ("Work from home 3 days a week.", arr("hybrid", 2)),
    ("Remote (US) – occasional travel to HQ.", arr("remote")),
    ("Hybrid – 3 days/week in our Toronto office", arr("hybrid", 3)),
    ("This is a fully in-person role; remote work is not available.", arr("onsite")),
    ("Work location: Hybrid remote in Melbourne VIC 3000", arr("hybrid")),
    ("WFH: 2 days/week", arr("hybrid", 3)),
    ("**Location:** 100% remote within Ontario", arr("remote")),
):
    _a23("arrangement", f, chk)

# ---- languages
for f, chk in (
    ("Bilingual (English and French) required.", langs(English=True, French=True)),
    ("Fluent English essential; French is an asset.", langs(English=True, French=False)),
    ("Welsh language skills are desirable.", langs(Welsh=False)),
    ("Welsh speaking is essential for this role.", langs(Welsh=True)),
    ("Japanese proficiency a plus.", langs(Japanese=False)),
    ("French (mandatory) – English (preferred)", langs(French=True, English=False)),
    ("LANGUAGES: ENGLISH (ESSENTIAL), FRENCH (DESIRABLE)", langs(English=True, French=False)),
    ("Must be a native English speaker.", native),
    ("Native French speaker required.", native),
    ("• Native-level Spanish", native),
):
    _a23("languages", f, chk)

# ---- exclusionary: age-coded wording and its look-alikes
for f in (
    "Join our young, vibrant team in Sydney!",
    "Perfect for a recent graduate (graduated within the last 2 years).",
    "We're looking for digital natives to join our social team.",
    "Ideal candidate: a young professional with energy to burn.",
):
    _a23("age", f, flagged("age-coded"))
for f in (
    "Our young people's services team supports care leavers.",
    "Our graduate scheme is open to all, whatever your age or background.",
    "You will support young people aged 11-18 in youth clubs.",
):
    _a23("age", f, no_age)
# ---- exclusionary: physical demands on desk jobs (flagged) and on physical jobs (not a concern)
for f, title in (
    (
        "Physical demands: must be able to sit or stand for prolonged periods and lift up to 25 lbs.",
        "Data Analyst",
    ),
    (
        "PHYSICAL REQUIREMENTS: Frequently lift/carry up to 40 pounds; stand and walk for extended periods.",
        "Financial Analyst",
    ),
    ("▪ Ability to lift 30lbs\n▪ Ability to stand for 8 hours", "Payroll Coordinator"),
):
    _a23("physical", f, flagged("ability-coded"), title=title)
for f, title in (
    ("Requires prolonged standing, bending and lifting of up to 23 kg.", "Warehouse Operative"),
    ("The role involves manual handling of patients.", "Healthcare Assistant"),
    ("Must be able to lift 50 lbs and work on ladders.", "Maintenance Technician"),
):
    _a23("physical", f, not_flagged("ability-coded"), title=title)
# ---- exclusionary: citizenship, read and reported neutrally
for f in (
    "Must be an Australian citizen or permanent resident.",
    "Applicants must be Canadian citizens or permanent residents.",
    "U.S. CITIZENSHIP REQUIRED",
    "BPSS clearance required; you must be a British citizen.",
    "• Citizenship: Must be a U.S. citizen",
):
    _a23("citizenship", f, flagged("nationality-coded", "concern"))

# ---- findings: the level of each
for f, chk in (
    ("Salary: £35,720 - £40,280 per annum", level_of("salary", "positive")),
    ("Salary: Competitive", level_of("salary", "gap")),
    ("Salary: DOE", level_of("salary", "gap")),
    ("Salary: Negotiable", level_of("salary", "gap")),
    ("Salary: $0.00 - $0.00", level_of("salary", "gap")),
    ("WORKPLACE TYPE: REMOTE", level_of("remote", "info")),
    ("Join our young and dynamic crew!", level_of("age-coded", "concern")),
    ("Must be a Canadian citizen.", level_of("nationality-coded", "info")),
    ("Must be able to lift 50 lbs.", level_of("ability-coded", "concern")),
    ("SALARY: $85,000 PER HOUR", invariant),
    ("| Salary | $0 |\n|---|---|", invariant),
):
    _a23("levels", f, chk)

# ---- suggested questions fit the finding
for f, chk in (
    (
        "Valid driver's licence and access to a vehicle required.",
        q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
    ),
    (
        "Must hold a full, clean driving licence (no more than 3 points).",
        q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
    ),
    ("Work hard, play hard – we love Friday drinks!", q_has("bro-culture", {"drinking-culture"})),
    ("A young, fun team!", q_has("age-coded", {"age"}, {"driving", "screen-reader"})),
    (
        "Must be an Australian citizen.",
        q_has("nationality-coded", set(), {"screen-reader", "driving"}),
    ),
    ("Salary: DOE", q_has("salary", {"salary-range"})),
    ("Must be able to lift 40 lbs.", q_has("ability-coded", set(), {"driving"})),
    ("Must be a native English speaker.", q_has("language", set(), {"driving", "screen-reader"})),
):
    _a23("suggestions", f, chk)

# ---- whole ads as exports write them: every class at once
_WHOLE23 = {
    "workday": (
        "# Payroll Specialist\n\nREQ-20417 | Full time | Calgary, AB\n\nJOB DESCRIPTION\nWe run payroll for 2,300 employees in three provinces.\n\n"
        "KEY RESPONSIBILITIES\n• Process bi-weekly payroll\n• Reconcile payroll accounts\n• Answer employee questions\n\n"
        "QUALIFICATIONS\n• Payroll Compliance Practitioner (PCP) designation\n• 3+ years of Canadian payroll experience\n• Advanced Excel\n\n"
        "PREFERRED QUALIFICATIONS\n• Workday Payroll\n• CPM designation\n\n"
        "COMPENSATION\nSalary Range Minimum: CAD 62,000\nSalary Range Maximum: CAD 74,000\n\n"
        "WORKPLACE TYPE: HYBRID (3 DAYS IN OFFICE)\n\n" + FILL_EN,
        3,
        (62000, 74000),
        "hybrid",
        3,
    ),
    "seek": (
        "# Business Analyst\n\n💼 Full time · 📍 Brisbane QLD · 💰 $105,000 – $115,000 + super\n\n"
        "**About the role**\nYou will map processes and write user stories for our claims platform.\n\n"
        "**What you'll do**\n▪ Run workshops\n▪ Write user stories\n▪ Test releases\n\n"
        "**About you**\n▪ 4+ years as a business analyst\n▪ Experience with Jira and Confluence\n▪ Insurance domain knowledge\n▪ Clear writing\n\n"
        "**Why join us?**\n▪ Hybrid: 2 days in the office\n▪ 5 weeks annual leave\n\n" + FILL_EN,
        4,
        (105000, 115000),
        "hybrid",
        2,
    ),
    "csj": (
        "# Higher Executive Officer – Data Analyst\n\nSalary\n£38,091 - £41,250\n\nJob description\nYou will analyse benefits data and brief ministers.\n\n"
        "Essential criteria\n1) Experience of SQL\n2) Experience of R or Python\n3) Clear written communication\n\n"
        "Desirable criteria\n1) Experience with Tableau\n\nBenefits\n• Civil Service Pension\n• 25 days annual leave\n\n"
        "Working arrangement: hybrid, a minimum of 60% of your time in the office.\n\n" + FILL_EN,
        3,
        (38091, 41250),
        "hybrid",
        3,
    ),
    "us_county": (
        "# Accountant II\n\nSalary: $4,980.00 - $6,720.00 Monthly\nLocation: Marion County, OR\nJob Type: Full-Time\n\n"
        "EXAMPLES OF DUTIES\n1) Prepares journal entries\n2) Reconciles bank statements\n3) Prepares grant reports\n\n"
        "MINIMUM QUALIFICATIONS\n1) Bachelor's degree in accounting\n2) Two years of professional accounting experience\n\n"
        "PREFERRED QUALIFICATIONS\n1) CPA license\n\nThis position is on-site at the county courthouse.\n\n"
        + FILL_EN,
        2,
        (4980, 6720),
        "onsite",
        None,
    ),
}
for _k23, (_t23, _n23, (_lo23, _hi23), _kind23, _days23) in _WHOLE23.items():
    case(_c23("whole ad must"), _t23, must(_n23, 1))
    case(_c23("whole ad pay"), _t23, pay_is(_lo23, _hi23))
    case(_c23("whole ad arrangement"), _t23, arr(_kind23, _days23))


# ================================================================ twenty-fifth round (helper paysupp)
# Written by reading, before askback ran on any of it: an allowance, supplement, weighting,
# premium, uplift or differential paid beside the salary (NHS High Cost Area Supplement, London
# weighting, recruitment and retention premium, on-call, shift and standby pay, car and location
# allowances, German Zulagen, US locality pay) is not the salary. The pay is read from the salary
# figures alone: the supplement's amount is in no pay figure, it does not widen the range and its
# period does not become the salary's. Near-misses: a salary that includes the supplement, a
# total stated as the pay, a supplement word in the job title, a supplement with no salary.
def _c25(name: str) -> str:
    return name + " (25th)"


S25, N25 = _c25("pay supplement"), _c25("pay supplement near-miss")


def _apart25(lo: float, hi: float, period: str, *away: float) -> Check:
    """The salary is lo to hi a `period`; none of the `away` amounts is in any pay figure."""

    def chk(r: AdReport) -> tuple[bool, str]:
        ends = {e for f in r.pay.figures for e in (f.minimum, f.maximum)}
        ok = (
            r.pay.stated
            and (r.pay.minimum, r.pay.maximum, r.pay.period) == (lo, hi, period)
            and not ends & set(away)
        )
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period}) figs={figs(r)}"

    return chk


# ---- NHS High Cost Area Supplement, as the trusts write it
for frag, lo, hi, away in (
    (
        "Salary: £31,365 - £37,890 per annum plus High Cost Area Supplement of 15% (minimum £3,160, maximum £4,005)",
        31365,
        37890,
        (3160, 4005),
    ),
    (
        "£24,907 to £30,615 a year pro rata + HCAS at 20% of basic pay, min £4,200 max £6,400 p.a.",
        24907,
        30615,
        (4200, 6400),
    ),
    (
        "Band 7: £45,753 - £51,668 per annum plus 5% Fringe HCAS (min £1,192, max £1,325 per annum)",
        45753,
        51668,
        (1192, 1325),
    ),
    (
        "Salary: £21,892 - £24,157 per annum\nplus Inner London High Cost Area Supplement of 20% of basic salary (min £4,736 max £5,560 a year)",
        21892,
        24157,
        (4736, 5560),
    ),
    ("£38,890 - £44,503 per annum + £4,250 HCAS", 38890, 44503, (4250,)),
    (
        "Pay: £19,737 - £21,142 pa. High cost area supplement: 15% of basic salary, subject to a minimum of £3,051 and a maximum of £3,888 per annum.",
        19737,
        21142,
        (3051, 3888),
    ),
    (
        "The post is paid £26,970 - £32,306 per year plus HCAS of £3,300 - £4,100 per annum (Outer London).",
        26970,
        32306,
        (3300, 4100),
    ),
):
    case(S25, ad(frag, title="Staff Nurse"), _apart25(lo, hi, "year", *away))

# ---- London weighting, Outer London allowance, RRP, market supplement, enhancements
for frag, lo, hi, away in (
    ("Salary: £29,500 plus £2,300 London weighting allowance", 29500, 29500, (2300,)),
    ("£26,500 per annum + London Weighting of £3,200 per annum", 26500, 26500, (3200,)),
    ("Starting salary £24,800 (plus Outer London allowance of £1,150 p.a.)", 24800, 24800, (1150,)),
    ("£35,000 - £40,000 per year, plus London weighting (£4,000)", 35000, 40000, (4000,)),
    (
        "Salary: £40,057 - £45,839 per annum plus a recruitment and retention premium of £6,000 per annum",
        40057,
        45839,
        (6000,),
    ),
    ("£50,952 - £57,349 p.a. plus RRP of £5,000 paid over two years", 50952, 57349, (5000,)),
    ("Salary £30,000 plus a market supplement of £5,000 per annum", 30000, 30000, (5000,)),
    ("Salary: £36,000 per annum plus £3,000 remote-area enhancement", 36000, 36000, (3000,)),
    (
        "Salary £23,500 per annum plus unsocial hours enhancement (up to £3,500 per annum)",
        23500,
        23500,
        (3500,),
    ),
    ("Pay £48,000 per annum, plus Scottish Islands uplift of £1,600 a year", 48000, 48000, (1600,)),
    (
        "Car allowance £5,000 per year in addition to a basic salary of £55,000",
        55000,
        55000,
        (5000,),
    ),
    ("Standby pay of £200 per week is paid on top of the £34,000 salary.", 34000, 34000, (200,)),
    ("Pay: £27,000 per year, plus an on-call allowance of £35 per night", 27000, 27000, (35,)),
    (
        "Base salary $78,000 plus a cost-of-living allowance of $6,500 per year",
        78000,
        78000,
        (6500,),
    ),
    (
        "$62,000 - $70,000 per year plus a $4,000 annual night-shift differential",
        62000,
        70000,
        (4000,),
    ),
    (
        "Salary: $74,950 to $97,430 per annum (base), plus locality pay of $12,300 per annum",
        74950,
        97430,
        (12300,),
    ),
    (
        "Locality pay: $21,480 per year, added to the base salary of $103,690 - $134,798",
        103690,
        134798,
        (21480,),
    ),
):
    case(S25, ad(frag), _apart25(lo, hi, "year", *away))
# The supplement's period is not the salary's: the range has none written, its size says.
case(
    S25,
    ad("Salary £2,450 - £2,780 plus a London allowance of £150 a week"),
    _apart25(2450, 2780, "month", 150),
)
case(
    S25,
    ad("Salary: £35,000 – £38,000, plus location allowance of £1,000 per month"),
    _apart25(35000, 38000, "year", 1000),
)
case(
    S25,
    ad("€4,200 gross monthly plus a location allowance of €650 per month"),
    _apart25(4200, 4200, "month", 650),
)
case(
    S25,
    ad("£11.50 per hour, plus shift allowance of £1.50 per hour for nights"),
    _apart25(11.5, 11.5, "hour", 1.5),
)
case(
    S25,
    ad("£13.20 per hour plus a 30% weekend uplift (£3.96 per hour)"),
    _apart25(13.2, 13.2, "hour", 3.96),
)

# ---- German Zulagen
for frag, lo, hi, per, away in (
    (
        "Bruttomonatsgehalt 3.800 € zuzüglich Schichtzulage von 150 € pro Monat",
        3800,
        3800,
        "month",
        (150,),
    ),
    (
        "Grundgehalt 62.000 € jährlich plus Funktionszulage von 4.800 € im Jahr",
        62000,
        62000,
        "year",
        (4800,),
    ),
    (
        "Zulage: 350 € monatlich zusätzlich zum Gehalt von 3.950 € brutto",
        3950,
        3950,
        "month",
        (350,),
    ),
    (
        "Gehalt: 3.500 € - 4.100 € brutto/Monat + Nachtzulage von bis zu 400 € monatlich",
        3500,
        4100,
        "month",
        (400,),
    ),
    (
        "Vergütung: 4.250 € brutto im Monat, dazu eine Ballungsraumzulage von 270 € monatlich",
        4250,
        4250,
        "month",
        (270,),
    ),
):
    case(S25, ad(frag, "de"), _apart25(lo, hi, per, *away))

# ---- near-misses: the salary includes the supplement, a total is the pay, a word in a title
for frag, lo, hi, per in (
    ("Salary: £31,000 per annum inclusive of High Cost Area Supplement", 31000, 31000, "year"),
    ("Total pay including HCAS: £36,480 - £43,220 per annum", 36480, 43220, "year"),
    ("Salary £28,400 - £33,900 per annum (including Outer London weighting)", 28400, 33900, "year"),
    ("Salary of £33,400 inclusive of Inner London weighting", 33400, 33400, "year"),
    ("€4.500 brutto/Monat inkl. aller Zulagen", 4500, 4500, "month"),
    ("This post attracts Inner London HCAS. Salary £33,000 – £38,000 p.a.", 33000, 38000, "year"),
    ("On-call Engineer: £41,000 per year", 41000, 41000, "year"),
    ("Shift Supervisor, salary £29,000 per annum", 29000, 29000, "year"),
    ("Allowances Officer – £25,100 per annum", 25100, 25100, "year"),
    ("Salary: £27,300 per annum plus allowances", 27300, 27300, "year"),
):
    case(N25, ad(frag), pay_is(lo, hi, per))
# A supplement alone, no salary figure: no pay is stated.
case(N25, ad("The post attracts a £4,000 London weighting."), no_pay)
case(N25, ad("On-call payment of £3,600 per year on top of your salary."), no_pay)


# ================================================================ twenty-seventh round (helper redteam27)
# Whole data-science ads (data scientist, ML engineer, analytics engineer, applied scientist, data
# analyst; junior to principal; US, UK, DE, CH, NL and remote-first employers), each with every
# expectation set by reading before askback ran on it, then single sentences on the requirement
# classes in data-science wording. An ad's dict: must (±1), sen, years, pay (lo, hi, cur, period)
# or None, arr (kind, days), langs {language: required}, lv {check: level}, no [checks absent],
# q {check: (tags wanted, tags never)}.
def _c27(name: str) -> str:
    return name + " (27th)"


def _sen27(level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.seniority == level, f"seniority={r.seniority} years={r.years_required}"

    return chk


def _yrs27(n: int | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.years_required == n, f"years={r.years_required}"

    return chk


def _pay27(want: tuple[float, float, str, str | None] | str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.pay.minimum, r.pay.maximum, r.pay.currency, r.pay.period)
        if want is None:
            return not r.pay.stated, f"pay={got}"
        if want == "scale":  # a public pay scale named, no figure written
            return r.pay.scale is not None, f"pay={got} scale={r.pay.scale}"
        if want == "stated":  # stated, with more than one fair reading of min and max
            return r.pay.stated, f"pay={got}"
        ok = r.pay.stated and got[:3] == want[:3] and (want[3] is None or got[3] == want[3])
        return ok, f"pay={got}"

    return chk


def _lv27(check: str, level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [(f.check, f.level.value) for f in r.findings if f.check == check]
        return bool(fs) and all(lv == level for _, lv in fs), f"{fs}"

    return chk


def _ad27(key: str, spec: dict[str, Any]) -> None:
    t = spec["text"]
    n = spec["must"]
    case(_c27("ds ad must"), t, must(n, 1) if n is not None else must_none)
    case(_c27("ds ad seniority"), t, _sen27(spec["sen"]))
    case(_c27("ds ad years"), t, _yrs27(spec["years"]))
    case(_c27("ds ad pay"), t, _pay27(spec["pay"]))
    kinds, days = spec["arr"]
    if isinstance(kinds, tuple):  # more than one fair reading of the kind
        case(
            _c27("ds ad arrangement"),
            t,
            lambda r: (r.work_arrangement in kinds, f"arr={r.work_arrangement}"),
        )
    else:
        case(_c27("ds ad arrangement"), t, arr(kinds, days))
    if spec.get("langs"):
        case(_c27("ds ad languages"), t, langs(**spec["langs"]))
    for chk_name, level in spec.get("lv", {}).items():
        case(_c27("ds ad levels"), t, _lv27(chk_name, level))
    for chk_name in spec.get("no", ()):
        case(_c27("ds ad absent"), t, none_of(chk_name))
    for chk_name, (want, never) in spec.get("q", {}).items():
        case(_c27("ds ad questions"), t, q_has(chk_name, set(want), set(never)))


_EEO_US27 = (
    "We are an equal opportunity employer. All qualified applicants will receive consideration for "
    "employment without regard to race, color, religion, sex, sexual orientation, gender identity, "
    "national origin, disability or veteran status."
)
_EEO_UK27 = (
    "We welcome applications from everyone and are committed to equal opportunities. If you need "
    "adjustments at any stage of the process, tell us and we will make them."
)
_AGG_DE27 = (
    "Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und "
    "sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung und Identität."
)
_ADS27: dict[str, dict[str, Any]] = {
    "us_health_senior_ds": {
        "text": "# Senior Data Scientist, Clinical Outcomes\n\nMeridian Health Partners runs 14 hospitals across Ohio and Indiana. Our analytics group turns claims and EHR data into decisions that shorten stays and prevent readmissions. This Senior Data Scientist position supports late-stage oncology programs and the quality office.\n\n"
        "## What you'll do\n- Build and validate readmission and length-of-stay models\n- Design observational studies with our clinicians\n- Present findings to the quality committee every quarter\n- Review code from two junior analysts\n\n"
        "## Required Qualifications\n- Master's degree in statistics, biostatistics, epidemiology or a related field\n- 5+ years of experience building predictive models on healthcare data\n- Fluency in Python or R\n- Strong SQL\n- Experience with causal inference methods\n\n"
        "## Preferred Qualifications\n- PhD\n- Familiarity with OMOP or FHIR\n- Experience with Databricks\n\n"
        "## Compensation and benefits\nThe salary range for this role is $138,000 - $172,000 per year. Medical, dental and vision coverage from day one, a 403(b) with 5% match, 25 days PTO and a $2,500 yearly learning budget.\n\n"
        "This is a hybrid role: 2 days a week in our Columbus office.\n\n"
        "Our models are reviewed for fairness across race, sex and payer type before deployment, and every model has a model card and a named clinical owner.\n\n"
        + _EEO_US27,
        "must": 5,
        "sen": "senior",
        "years": 5,
        "pay": (138000, 172000, "USD", "year"),
        "arr": ("hybrid", 2),
        "lv": {
            "salary": "positive",
            "remote": "info",
            "responsible-ai": "positive",
            "benefits": "info",
        },
        "no": ("years-vs-seniority", "must-haves", "stack-breadth", "age-coded"),
        "q": {"salary": ((), ("driving", "screen-reader"))},
    },
    "uk_bank_ds_mid": {
        "text": "# Data Scientist – Financial Crime\n\nThamesbridge Bank serves 3 million personal and business customers. Our Financial Crime Analytics team builds the models that catch fraud and money laundering before it reaches our customers.\n\n"
        "Key Responsibilities\n• Develop transaction-monitoring models\n• Work with investigators to label alerts\n• Monitor model drift and write validation reports for Model Risk\n\n"
        "What we're looking for\n• Experience building classification models in Python\n• Good SQL skills\n• An understanding of model validation and monitoring\n• The ability to explain a model to non-technical colleagues\n\n"
        "Nice to have\n• Experience in financial crime or fraud\n• Spark\n\n"
        "What we offer\n• Salary: £62,000 - £74,000 per annum plus bonus\n• 28 days holiday plus bank holidays\n• Pension with up to 10% employer contribution\n• Private medical insurance\n\n"
        "Hybrid working: you'll spend at least two days a week in our Leeds or London office.\n\n"
        "All our models go through independent model risk review, and we run bias testing on customer-facing decisions under the FCA's Consumer Duty.\n\n"
        + _EEO_UK27,
        "must": 4,
        "sen": "unspecified",
        "years": None,
        "pay": (62000, 74000, "GBP", "year"),
        "arr": ("hybrid", 2),
        "lv": {
            "salary": "positive",
            "remote": "info",
            "benefits": "info",
            "responsible-ai": "positive",
        },
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "de_scaleup_mle": {
        "text": "# Machine Learning Engineer (m/w/d)\n\nWir sind ein Berliner Scale-up mit 280 Mitarbeitenden und bauen eine Plattform für die Logistikplanung mittelständischer Händler. Unser ML-Team bringt Prognosemodelle für 1.400 Kunden in Produktion.\n\n"
        "## Deine Aufgaben\n- Du entwickelst und betreibst Modelle zur Absatzprognose\n- Du baust Feature-Pipelines mit dbt und Airflow\n- Du überwachst Modelle im Betrieb\n\n"
        "## Dein Profil\n- Mindestens 3 Jahre Erfahrung im Betrieb von ML-Modellen\n- Sehr gute Python-Kenntnisse\n- Erfahrung mit Docker und Kubernetes\n- Erfahrung mit einer Cloud-Plattform (AWS, GCP oder Azure)\n- Sehr gute Englischkenntnisse, Deutsch von Vorteil\n\n"
        "## Was wir bieten\n- 68.000 – 82.000 € brutto im Jahr\n- 30 Urlaubstage\n- Hybrides Arbeiten: 2 Tage pro Woche im Büro in Kreuzberg\n- Weiterbildungsbudget von 1.500 € pro Jahr\n- Zuschuss zum Deutschlandticket\n\n"
        "Unsere Modelle laufen mit Monitoring, Feature Store und Model Registry; Datenverträge regeln, wer welche Tabelle besitzt.\n\n"
        + _AGG_DE27,
        "must": 5,
        "sen": "unspecified",
        "years": 3,
        "pay": (68000, 82000, "EUR", "year"),
        "arr": ("hybrid", 2),
        "langs": {"English": True, "German": False},
        "lv": {
            "salary": "positive",
            "remote": "info",
            "benefits": "info",
            "data-maturity": "positive",
        },
        "no": ("years-vs-seniority", "must-haves"),
    },
    "ch_pharma_principal": {
        "text": "# Principal Data Scientist – Real World Evidence\n\nWe are a Basel-based pharmaceutical company with 9,000 employees. The Real World Evidence chapter supports regulatory submissions with data from registries and claims.\n\n"
        "Your responsibilities\n• Set the statistical strategy for RWE studies across three therapeutic areas\n• Mentor a team of six data scientists\n• Represent data science in health-authority meetings\n\n"
        "Your profile\n• PhD in statistics, epidemiology or a quantitative field\n• 12+ years of experience in pharmaceutical or health research\n• Deep expertise in causal inference and survival analysis\n• Expert R or Python\n• Fluent English; German is an asset\n\n"
        "We offer an attractive salary, an annual bonus, 6 weeks of vacation and a generous pension fund. The role is based at our Basel campus with up to 40% home office.\n\n"
        "We believe diversity makes us stronger.",
        "must": 5,
        "sen": "lead",
        "years": 12,
        "pay": None,
        "arr": ("hybrid", None),
        "langs": {"English": True, "German": False},
        "lv": {"salary": "gap", "remote": "info", "diversity-boilerplate": "gap"},
        "no": ("years-vs-seniority", "must-haves"),
        "q": {"salary": (("salary-range",), ("driving", "screen-reader"))},
    },
    "nl_junior_analyst": {
        "text": "# Junior Data Analyst\n\nFietsFabriek is an Amsterdam e-bike subscription start-up with 60 people. We have no data team yet: you will be our second analyst, working next to our first data engineer.\n\n"
        "What you'll do\n- Build our first dashboards in Metabase\n- Answer questions from marketing and operations\n- Help us set up a tracking plan\n\n"
        "What you bring\n- A bachelor's degree or equivalent experience\n- SQL\n- Excel or Google Sheets\n- Curiosity and clear communication in English\n\n"
        "Bonus points\n- Python\n- Dutch\n\n"
        "What's in it for you\n- €3,400 - €3,900 gross per month\n- 8% holiday allowance\n- A lease e-bike\n- 25 vacation days\n\n"
        "We work from our office in Amsterdam-Noord three days a week and from home on the other two.\n\n"
        "We're building our data stack from scratch.",
        "must": 4,
        "sen": "junior",
        "years": None,
        "pay": (3400, 3900, "EUR", "month"),
        "arr": ("hybrid", 3),
        "langs": {"English": True, "Dutch": False},
        "lv": {
            "salary": "positive",
            "remote": "info",
            "benefits": "info",
            "data-maturity": "info",
            "diversity-none": "gap",
        },
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
        "q": {"data-maturity": (("data-engineering",), ("driving",))},
    },
    "remote_staff_mle": {
        "text": "# Staff Machine Learning Engineer, Ranking\n\nLoomwork is a remote-first company of 400 people building a marketplace for freelance designers. We hire anywhere between UTC-8 and UTC+2.\n\n"
        "**In this role you will**\n- Own the ranking stack end to end\n- Set technical direction for a team of five ML engineers\n- Run online experiments with our experimentation platform\n\n"
        "**You have**\n- 8+ years of experience in software or ML engineering\n- Shipped ranking or recommendation systems to production\n- Strong Python and one of Go, Java or Scala\n- Experience with PyTorch or TensorFlow\n\n"
        "**It's a plus if you have**\n- Experience with learning-to-rank\n- Published research\n\n"
        "**Pay**\nThe base salary range for this role is $205,000 - $245,000 USD. Equity and benefits on top.\n\n"
        "We are fully remote: no office, no relocation.\n\n"
        "Every ranking change ships behind an A/B test, and we review fairness of exposure for new and established freelancers quarterly.\n\n"
        + _EEO_US27,
        "must": 4,
        "sen": "lead",
        "years": 8,
        "pay": (205000, 245000, "USD", None),
        "arr": ("remote", 0),
        "lv": {"salary": "positive", "remote": "info", "responsible-ai": "positive"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "us_startup_analytics_eng": {
        "text": "# Analytics Engineer\n\nBrightLedger is a 35-person fintech start-up in Austin, TX, Series A, helping small businesses close their books faster.\n\n"
        "Responsibilities\nModel our product and billing data in dbt. Own our Snowflake warehouse. Partner with finance on revenue metrics.\n\n"
        "Requirements\n2-4 years of experience in analytics engineering or data engineering\nExpert SQL\ndbt\nExperience with one or more of the following: Snowflake, BigQuery, Redshift, Databricks, Postgres\nGit\n\n"
        "Preferred\nLooker\nPython\n\n"
        "Compensation: $115,000 - $140,000 + equity. Health, dental, vision; unlimited PTO.\n\n"
        "Onsite in Austin four days a week.\n\n" + _EEO_US27,
        "must": 5,
        "sen": "unspecified",
        "years": 2,
        "pay": (115000, 140000, "USD", None),
        "arr": ("hybrid", 4),
        "lv": {"salary": "positive", "remote": "info", "benefits": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "uk_nhs_analyst": {
        "text": "# Senior Information Analyst\n\nBand 6 | Permanent | 37.5 hours per week\n\nNorthfield Community NHS Trust provides mental health and community services to 600,000 people.\n\n"
        "Main duties of the job\nThe post holder will produce performance reports for the Trust board, maintain SQL Server reporting databases and support service managers with data queries.\n\n"
        "Person specification\nEssential\n• Degree in a numerate subject or equivalent experience\n• Experience of writing SQL queries\n• Experience of Power BI or a similar reporting tool\n• Understanding of NHS data sets\nDesirable\n• Experience of Python or R\n• Knowledge of the Mental Health Services Data Set\n\n"
        "Salary: £37,338 - £44,962 per annum\n\nFlexible working: the team works in a hybrid way, with one day a week at Trust HQ.\n\n"
        "We are a Disability Confident Leader and guarantee an interview to disabled applicants who meet the essential criteria. Our Workforce Race Equality Standard report shows a gap we have a plan to close by 2027.",
        "must": 4,
        "sen": "senior",
        "years": None,
        "pay": (37338, 44962, "GBP", "year"),
        "arr": ("hybrid", 1),
        "lv": {"salary": "positive", "remote": "info", "diversity-measure": "positive"},
        "no": ("years-vs-seniority", "must-haves"),
    },
    "de_bank_head": {
        "text": "# Head of Data Science (m/w/d)\n\nAls genossenschaftliche Bank mit Sitz in Frankfurt betreuen wir 2,1 Mio. Kundinnen und Kunden. Unser Data-Science-Bereich mit 22 Mitarbeitenden entwickelt Modelle für Kreditrisiko und Vertrieb.\n\n"
        "Ihre Aufgaben\n• Fachliche und disziplinarische Führung von drei Teams\n• Aufbau einer bankweiten KI-Governance gemeinsam mit Compliance\n• Verantwortung für ein Budget im siebenstelligen Bereich\n\n"
        "Ihr Profil\n• Abgeschlossenes Studium der Mathematik, Informatik oder Statistik\n• Mindestens 10 Jahre Berufserfahrung, davon 5 Jahre in Führung\n• Fundierte Kenntnisse der aufsichtsrechtlichen Anforderungen (MaRisk, EU AI Act)\n• Verhandlungssichere Deutsch- und Englischkenntnisse\n\n"
        "Unser Angebot\n• Vergütung nach Haustarif, 13 Gehälter\n• 30 Tage Urlaub\n• Mobiles Arbeiten bis zu 60 %\n• Betriebliche Altersvorsorge\n\n"
        "Jedes neue KI-Modell durchläuft ein Use-Case-Review mit Fairness-Prüfung, bevor es produktiv geht.\n\n"
        + _AGG_DE27,
        "must": 4,
        "sen": "manager",
        "years": 10,
        "pay": None,
        "arr": ("hybrid", None),
        "langs": {"German": True, "English": True},
        "lv": {"remote": "info", "benefits": "info", "responsible-ai": "positive"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "us_public_sector_analyst": {
        "text": "# Data Analyst II\n\nCity of Riverton, Department of Transportation\n\nThe Data Analyst II supports the department's Vision Zero program by analysing crash, speed and traffic-count data.\n\n"
        "Essential Duties\n1. Maintains crash databases\n2. Prepares maps and reports for council\n3. Answers public records requests involving data\n\n"
        "Minimum Qualifications\n1. Bachelor's degree in statistics, planning, GIS or a related field\n2. Two years of experience analysing data\n3. Experience with ArcGIS or QGIS\n\n"
        "Preferred Qualifications\n1. Experience with R or Python\n2. Knowledge of traffic safety research\n\n"
        "Salary: $68,640.00 - $89,232.00 Annually\n\nThis position is on-site at City Hall, Monday through Friday.\n\n"
        "Benefits include a defined-benefit pension, health insurance and 12 paid holidays.\n\n"
        + _EEO_US27,
        "must": 3,
        "sen": "mid",
        "years": 2,
        "pay": (68640, 89232, "USD", "year"),
        "arr": ("onsite", 5),
        "lv": {"salary": "positive", "remote": "info", "benefits": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth", "responsible-ai"),
    },
    "ch_insurer_applied": {
        "text": "# Applied Scientist NLP (80–100 %)\n\nUnsere Versicherung mit Sitz in Zürich beschäftigt 4'500 Mitarbeitende. Im AI Lab automatisieren wir die Schadenbearbeitung mit Sprachmodellen.\n\n"
        "Deine Aufgaben\n- Du entwickelst Modelle zur Klassifikation von Schadenmeldungen\n- Du evaluierst LLMs für den Einsatz im Kundendienst\n\n"
        "Das bringst du mit\n- Master oder PhD in Informatik, Computerlinguistik oder ähnlich\n- 3+ Jahre Erfahrung mit NLP in der Praxis\n- Sehr gute Kenntnisse in Python und PyTorch\n- Deutsch und Englisch fliessend, Französisch von Vorteil\n\n"
        "Wir bieten\n- Lohn: CHF 120'000 – 140'000 pro Jahr\n- 5 Wochen Ferien\n- Homeoffice bis 2 Tage pro Woche\n\n"
        "Wir setzen KI nach unseren Leitlinien für vertrauenswürdige KI ein: Jeder Einsatz wird auf Fairness, Erklärbarkeit und Datenschutz geprüft.",
        "must": 4,
        "sen": "unspecified",
        "years": 3,
        "pay": (120000, 140000, "CHF", "year"),
        "arr": ("hybrid", 3),
        "langs": {"German": True, "English": True, "French": False},
        "lv": {"salary": "positive", "remote": "info", "responsible-ai": "positive"},
        "no": ("years-vs-seniority", "must-haves"),
    },
    "uk_scaleup_lead_analytics": {
        "text": "# Lead Analytics Engineer\n\nPebbleCart is a London grocery-delivery scale-up (Series C, 900 people). Our data team of 14 serves operations, marketing and finance.\n\n"
        "THE ROLE\nYou will lead four analytics engineers and own the modelling layer of our warehouse.\n\n"
        "WHAT YOU'LL BE DOING\n- Setting modelling standards in dbt\n- Hiring and growing the team\n- Working with data engineering on data contracts\n\n"
        "WHAT WE NEED FROM YOU\n- Experience leading analytics or data engineers\n- Deep SQL and dbt experience\n- Experience with a cloud warehouse such as BigQuery or Snowflake\n- A track record of improving data quality\n\n"
        "NICE TO HAVES\n- Experience with Airflow or Dagster\n- Knowledge of retail or logistics data\n\n"
        "We offer £95,000–£110,000, 25 days' holiday, private healthcare and a 5% pension contribution. Hybrid: three days in our Shoreditch office.\n\n"
        "Our data platform has monitored pipelines, data contracts and a data catalogue that every team uses.",
        "must": 4,
        "sen": "lead",
        "years": None,
        "pay": (95000, 110000, "GBP", None),
        "arr": ("hybrid", 3),
        "lv": {
            "salary": "positive",
            "remote": "info",
            "benefits": "info",
            "data-maturity": "positive",
            "diversity-none": "gap",
        },
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
        "q": {"diversity-none": (("concrete-measures",), ("driving", "screen-reader"))},
    },
    "de_public_ds": {
        "text": "# Data Scientist (m/w/d) – Statistisches Landesamt\n\nDas Statistische Landesamt erhebt und veröffentlicht amtliche Statistiken für rund 11 Millionen Menschen. Für unser neues Referat Datenwissenschaft suchen wir zum nächstmöglichen Zeitpunkt Verstärkung.\n\n"
        "Aufgaben\n- Entwicklung von Verfahren zur automatischen Klassifikation von Freitextangaben\n- Beratung der Fachbereiche bei Machine-Learning-Projekten\n\n"
        "Anforderungen\n- Abgeschlossenes wissenschaftliches Hochschulstudium (Master) in Statistik, Informatik oder vergleichbar\n- Gute Kenntnisse in R oder Python\n- Erfahrung mit maschinellem Lernen\n- Deutschkenntnisse mindestens auf Niveau C1\n\n"
        "Wünschenswert\n- Erfahrung in der amtlichen Statistik\n\n"
        "Wir bieten\n- Entgeltgruppe 13 TV-L\n- 30 Tage Urlaub\n- Mobiles Arbeiten bis zu 60 % der Arbeitszeit\n- Betriebliche Altersversorgung (VBL)\n\n"
        "Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Wir fördern die Gleichstellung aller Geschlechter.",
        "must": 4,
        "sen": "unspecified",
        "years": None,
        "pay": "scale",
        "arr": ("hybrid", None),
        "langs": {"German": True},
        "lv": {"remote": "info", "benefits": "info", "responsible-ai": "gap"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
        "q": {"responsible-ai": (("use-case-review",), ("driving", "screen-reader"))},
    },
    "us_bank_mle_sr": {
        "text": "# Senior Machine Learning Engineer – Credit Decisioning\n\nHarborline Financial is a regional bank with $48 billion in assets. Our credit decisioning platform scores 30,000 applications a day.\n\n"
        "What You'll Do:\n- Productionize credit risk models\n- Build real-time feature pipelines\n- Partner with Model Risk Management on validation\n\n"
        "Basic Qualifications:\n- Bachelor's degree in Computer Science or a related field\n- 5+ years of software engineering experience\n- 3+ years of experience deploying ML models\n- Python and SQL\n\n"
        "Preferred Qualifications:\n- Experience with Kafka and Flink\n- Experience with adverse-action reason codes\n\n"
        "Salary range: $150,000 to $185,000 per year, plus annual incentive.\n\n"
        "This role is in-office at our Charlotte headquarters five days a week.\n\n"
        "Every credit model is tested for disparate impact under fair-lending rules and reviewed by an independent validation team.\n\n"
        + _EEO_US27,
        "must": 4,
        "sen": "senior",
        "years": 5,
        "pay": (150000, 185000, "USD", "year"),
        "arr": ("onsite", 5),
        "lv": {"salary": "positive", "remote": "info", "responsible-ai": "positive"},
        "no": ("years-vs-seniority", "must-haves"),
    },
    "nl_scaleup_ds_native": {
        "text": "# Medior Data Scientist – Pricing\n\nReisPlan is a Utrecht travel scale-up with 300 employees. The pricing squad sets prices on 40,000 holiday packages every night.\n\n"
        "Your day-to-day\n• Improve our demand forecasting models\n• Run pricing experiments\n\n"
        "Who you are\n• 3 to 5 years of experience as a data scientist\n• Strong in Python (pandas, scikit-learn)\n• Experience with A/B testing\n• Native Dutch speaker\n\n"
        "Extra points for\n• Experience in travel or e-commerce\n\n"
        "The offer\n• €4,600 - €5,800 gross per month\n• 8% holiday allowance and a 13th month\n• 26 vacation days\n• Hybrid: 2 days at the office in Utrecht",
        "must": 4,
        "sen": "mid",
        "years": 3,
        "pay": (4600, 5800, "EUR", "month"),
        "arr": ("hybrid", 2),
        "langs": {"Dutch": True},
        "lv": {
            "salary": "positive",
            "remote": "info",
            "language": "concern",
            "diversity-none": "gap",
        },
        "no": ("years-vs-seniority", "must-haves"),
        "q": {"language": (("language",), ("driving", "screen-reader"))},
    },
    "remote_eu_ds_junior_years": {
        "text": "# Junior Data Scientist (Remote, EU)\n\nOrbitDesk is a remote-first B2B software company with people in 19 countries.\n\n"
        "About the role\nYou'll join a team of four data scientists working on churn and expansion models.\n\n"
        "What we expect\n- 4+ years of experience in data science\n- Python, SQL\n- Experience with Airflow\n- Experience with Kubernetes\n\n"
        "Pay: €48,000 - €55,000 per year\n\nFully remote within the EU; we meet twice a year in person.\n\n"
        "We are committed to building a diverse team.",
        "must": 4,
        "sen": "junior",
        "years": 4,
        "pay": (48000, 55000, "EUR", "year"),
        "arr": ("remote", 0),
        "lv": {
            "salary": "positive",
            "remote": "info",
            "years-vs-seniority": "concern",
            "diversity-boilerplate": "gap",
        },
        "no": ("must-haves",),
        "q": {"years-vs-seniority": (("levels",), ("driving", "screen-reader"))},
    },
    "us_wishlist_ds": {
        "text": "# Data Scientist\n\nAcme Retail Analytics, Chicago, IL\n\nJob Description\nWe are a fast-growing retail analytics company.\n\n"
        "Requirements:\n- 7+ years of experience\n- Python\n- R\n- SQL\n- Spark\n- Hadoop\n- Hive\n- Tableau\n- Power BI\n- AWS\n- Azure\n- Docker\n- Kubernetes\n- TensorFlow\n- PyTorch\n\n"
        "We offer a competitive salary and great benefits.\n\n" + _EEO_US27,
        "must": 15,
        "sen": "unspecified",
        "years": 7,
        "pay": None,
        "arr": ("not_stated", None),
        "lv": {
            "salary": "gap",
            "remote": "gap",
            "must-haves": "concern",
            "stack-breadth": "concern",
            "years-vs-seniority": "info",
        },
        "q": {
            "must-haves": (("requirements",), ("driving", "screen-reader")),
            "stack-breadth": (("stack",), ("driving",)),
        },
    },
    "de_startup_working_student": {
        "text": "# Werkstudent Data Analytics (m/w/d)\n\nWir sind ein Münchner Start-up im Bereich erneuerbare Energien mit 45 Mitarbeitenden.\n\n"
        "Was dich erwartet\n- Du wertest Daten unserer Solaranlagen aus\n- Du baust Reports in Power BI\n\n"
        "Was du mitbringst\n- Eingeschriebenes Studium der Informatik, Mathematik oder Wirtschaftswissenschaften\n- Erste Erfahrung mit SQL oder Python\n- Gute Deutsch- und Englischkenntnisse\n\n"
        "Was wir bieten\n- 17 € pro Stunde\n- Flexible Arbeitszeiten, 16–20 Stunden pro Woche\n- Homeoffice nach Absprache\n\n"
        "Unsere Dateninfrastruktur steht noch am Anfang.",
        "must": 3,
        "sen": "intern",
        "years": None,
        "pay": (17, 17, "EUR", "hour"),
        "arr": ("hybrid", None),
        "langs": {"German": True, "English": True},
        "lv": {"salary": "positive", "remote": "info", "data-maturity": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "uk_gov_principal": {
        "text": "# Principal Data Scientist (Grade 6)\n\nDepartment for Regional Growth\nSalary: £68,000 - £78,000 (London), £62,000 - £71,000 (national)\n\n"
        "Job description\nYou will lead data science for the levelling-up evaluation programme and line manage three senior data scientists.\n\n"
        "Person specification\nYou will be assessed against these behaviours and technical skills:\n- Leadership\n- Communicating and Influencing\n- Data Science Innovation\n- Applied Statistical Methods\n\n"
        "Benefits\n- Civil Service Pension with an employer contribution of 28.97%\n- 25 days of annual leave, rising to 30\n\n"
        "Working arrangements\nHybrid, with a minimum of 60% of working time in an office.\n\n"
        "All our models follow the Algorithmic Transparency Recording Standard.\n\n" + _EEO_UK27,
        "must": 4,
        "sen": "lead",
        "years": None,
        "pay": (62000, 78000, "GBP", None),
        "arr": ("hybrid", 3),
        "lv": {"salary": "positive", "remote": "info", "benefits": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "us_ds_intern": {
        "text": "# Data Science Intern (Summer 2027)\n\nNorthgate Insurance, Hartford, CT\n\nOur 12-week summer internship places you on a real modelling project with a mentor.\n\n"
        "What you'll work on\n- Claims severity models\n- A final presentation to leadership\n\n"
        "Who should apply\n- Currently pursuing a degree in statistics, data science or a related field\n- Coursework in regression and machine learning\n- Python or R\n\n"
        "Pay: $32 - $38 per hour\n\nThe internship is on-site in Hartford.\n\n" + _EEO_US27,
        "must": 3,
        "sen": "intern",
        "years": None,
        "pay": (32, 38, "USD", "hour"),
        "arr": ("onsite", None),
        "lv": {"salary": "positive", "remote": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "ch_bank_senior_ds": {
        "text": "# Senior Data Scientist – Wealth Management\n\nA Geneva private bank with 1,200 employees is building a client-analytics team.\n\n"
        "Main responsibilities\n- Build next-best-action models for relationship managers\n- Work with the CRM team on data quality\n\n"
        "Requirements\n- 6+ years in data science, ideally in banking\n- Python and SQL\n- Experience with MLflow\n- French and English fluent; German a plus\n\n"
        "Conditions\n- Salary CHF 150,000 - 175,000 p.a. plus bonus\n- 25 days of holiday\n- Two days of home office per week\n\n"
        "We were founded in 1881 and are proud of our values.",
        "must": 4,
        "sen": "senior",
        "years": 6,
        "pay": (150000, 175000, "CHF", "year"),
        "arr": ("hybrid", 3),
        "langs": {"French": True, "English": True, "German": False},
        "lv": {"salary": "positive", "remote": "info", "diversity-none": "gap"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "nl_health_ml": {
        "text": "# Machine Learning Engineer – Medical Imaging\n\nRadiantAI is a Rotterdam health-tech company (80 people) whose CE-marked software helps radiologists find lung nodules.\n\n"
        "Responsibilities\n- Train and validate deep-learning models on CT data\n- Maintain our training pipeline\n- Write technical documentation for our MDR file\n\n"
        "Qualifications\n- MSc in computer science, physics or a related field\n- 2+ years of experience with PyTorch\n- Experience with medical imaging (DICOM)\n- Fluent English\n\n"
        "Preferred\n- Experience with ISO 13485 or IEC 62304\n\n"
        "Salary: €5,000 – €6,500 gross per month. On-site in Rotterdam four days a week.\n\n"
        "Every model release passes clinical validation on held-out hospital data and a subgroup performance review, and a human radiologist always makes the final call.\n\n"
        "We track gender balance in hiring and publish the numbers internally every quarter.",
        "must": 4,
        "sen": "unspecified",
        "years": 2,
        "pay": (5000, 6500, "EUR", "month"),
        "arr": ("hybrid", 4),
        "langs": {"English": True},
        "lv": {
            "salary": "positive",
            "remote": "info",
            "responsible-ai": "positive",
            "diversity-measure": "positive",
        },
        "no": ("years-vs-seniority", "must-haves"),
    },
    "us_remote_analyst_citizen": {
        "text": "# Data Analyst (Remote, US)\n\nCivicLoop builds software for state unemployment agencies.\n\n"
        "Duties\n- Build reports for agency partners\n- Support data migrations\n\n"
        "Qualifications\n- 2+ years as a data analyst\n- SQL\n- Tableau\n- Must be a US citizen and able to pass a background check\n\n"
        "Compensation: $82,000 - $96,000 annually\n\nThis is a 100% remote position within the United States.\n\n"
        + _EEO_US27,
        "must": 4,
        "sen": "unspecified",
        "years": 2,
        "pay": (82000, 96000, "USD", "year"),
        "arr": ("remote", 0),
        "lv": {"salary": "positive", "remote": "info", "nationality-coded": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
        "q": {"nationality-coded": ((), ("driving", "screen-reader"))},
    },
    "de_konzern_senior_de": {
        "text": "# Senior Data Scientist (w/m/d) Predictive Maintenance\n\nAls Maschinenbaukonzern mit 24.000 Beschäftigten weltweit vernetzen wir unsere Anlagen.\n\n"
        "Das erwartet Sie\n- Entwicklung von Modellen zur Ausfallvorhersage\n- Zusammenarbeit mit dem Service in Stuttgart\n\n"
        "Das bringen Sie mit\n- Studium der Informatik, Mathematik oder Ingenieurwissenschaften\n- Mehrjährige Berufserfahrung in Data Science\n- Sehr gute Kenntnisse in Python\n- Erfahrung mit Zeitreihen\n- Englisch (C1) zwingend, Deutsch von Vorteil\n\n"
        "Wünschenswert sind\n- Kenntnisse in Azure ML\n\n"
        "Konditionen\n- Tarifvertrag IG Metall\n- 35-Stunden-Woche\n- 30 Tage Urlaub\n- 2 Tage pro Woche im Büro, sonst mobiles Arbeiten\n\n"
        + _AGG_DE27,
        "must": 5,
        "sen": "senior",
        "years": None,
        "pay": None,
        "arr": ("hybrid", 2),
        "langs": {"English": True, "German": False},
        "lv": {"remote": "info", "benefits": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "uk_charity_analyst": {
        "text": "# Data Analyst (Part-time, 3 days)\n\nHearthlight is a national charity supporting carers. Our small insight team of three measures how our helpline and grants help.\n\n"
        "About you\nYou'll need:\n• Experience of analysing survey and service data\n• Excel to an advanced level\n• Experience of SQL or a willingness to learn it\n\n"
        "It would be great if you also have:\n• Experience in the charity sector\n• R or Python\n\n"
        "Salary: £34,000 FTE (£20,400 actual) per annum\n\nMostly home-based with one day a month at our Birmingham office.\n\n"
        "We particularly welcome applications from people with lived experience of caring, and we guarantee an interview to candidates from under-represented ethnic groups who meet the essential criteria.",
        "must": 3,
        "sen": "unspecified",
        "years": None,
        "pay": "stated",
        "arr": (("remote", "hybrid"), None),
        "lv": {"remote": "info", "diversity-measure": "positive"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "us_applied_scientist_llm": {
        "text": "# Applied Scientist II, Generative AI\n\nNimbus Commerce, Seattle, WA\n\nWe are building LLM-powered product search for 70 million shoppers.\n\n"
        "Key job responsibilities\n- Fine-tune and evaluate large language models\n- Design offline and online evaluation for search relevance\n\n"
        "BASIC QUALIFICATIONS\n- PhD, or Master's degree and 3+ years of experience in machine learning\n- Experience programming in Python or Java\n- Publications in NLP or IR venues\n\n"
        "PREFERRED QUALIFICATIONS\n- Experience with RLHF\n- Experience with distributed training\n\n"
        "The pay range for this position is $146,100 to $236,300 per year in Washington.\n\nThis role is hybrid, three days a week in the Seattle office.\n\n"
        "Our responsible AI team red-teams every model before launch and publishes model cards.\n\n"
        + _EEO_US27,
        "must": 3,
        "sen": "mid",
        "years": 3,
        "pay": (146100, 236300, "USD", "year"),
        "arr": ("hybrid", 3),
        "lv": {"salary": "positive", "remote": "info", "responsible-ai": "positive"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "remote_analytics_none": {
        "text": "# Analytics Engineer (Remote)\n\nWe're a small remote team building open-source data tools.\n\n"
        "You'll maintain our dbt packages and write docs.\n\nWe'd love to hear from you if you know SQL, dbt and Git, and care about documentation.\n\n"
        "Work from anywhere; we overlap four hours with CET.",
        "must": None,
        "sen": "unspecified",
        "years": None,
        "pay": None,
        "arr": ("remote", 0),
        "lv": {"salary": "gap", "remote": "info", "benefits": "gap"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "de_mid_analyst_native": {
        "text": "# Data Analyst (m/w/d) im Controlling\n\nUnser Familienunternehmen aus dem Handel beschäftigt 3.000 Mitarbeitende in 120 Filialen.\n\n"
        "Ihre Aufgaben:\n- Analyse von Umsatz- und Filialdaten\n- Aufbau von Dashboards in Power BI\n\n"
        "Ihr Profil:\n- Abgeschlossenes Studium mit Schwerpunkt Controlling oder Statistik\n- 2–3 Jahre Berufserfahrung als Analyst\n- Sehr gute SQL- und Excel-Kenntnisse\n- Deutsch auf Muttersprachniveau\n\n"
        "Wir bieten:\n- Ein Jahresgehalt zwischen 55.000 und 63.000 Euro brutto\n- Präsenz im Büro von Montag bis Freitag in Bielefeld\n- 30 Tage Urlaub und Mitarbeiterrabatt\n\n"
        + _AGG_DE27,
        "must": 4,
        "sen": "unspecified",
        "years": 2,
        "pay": (55000, 63000, "EUR", "year"),
        "arr": ("onsite", 5),
        "langs": {"German": True},
        "lv": {"salary": "positive", "remote": "info", "language": "concern"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
        "q": {"language": (("language",), ("driving",))},
    },
    "us_health_lead_ds_expert": {
        "text": "# Lead Data Scientist, Population Health\n\nCaldera Health Plan covers 1.2 million members in Arizona and New Mexico.\n\n"
        "Position Summary\nThe Lead Data Scientist provides expert insight to care-management leaders and guides a team of four.\n\n"
        "Essential Functions\n- Builds risk-stratification models\n- Translates findings for clinical leaders\n- Sets coding and review standards for the team\n\n"
        "Qualifications & Education\n- Master's degree in a quantitative field\n- 7 years of experience in healthcare analytics\n- Advanced SQL and Python\n- Experience leading analysts\n\n"
        "Desired Skills\n- Experience with HEDIS measures\n- Experience with Azure\n\n"
        "Pay Range: $128,000 - $160,000 annually\n\nHybrid: Tuesdays to Thursdays in our Phoenix office.\n\n"
        "Our data is governed by a data-quality team and a catalogue; models are monitored monthly.\n\n"
        + _EEO_US27,
        "must": 4,
        "sen": "lead",
        "years": 7,
        "pay": (128000, 160000, "USD", "year"),
        "arr": ("hybrid", 3),
        "lv": {"salary": "positive", "remote": "info"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
    "uk_startup_mle_boilerplate_rai": {
        "text": "# ML Engineer\n\nFenwick Labs is a 20-person Cambridge start-up building AI assistants for conveyancing solicitors.\n\n"
        "What you'll be doing\n- Shipping LLM features to production\n- Building evaluation harnesses\n\n"
        "What you'll need\n- Strong Python\n- Experience deploying LLM applications\n- Experience with one or more of: AWS, GCP, Azure, Modal, Fly.io, Vercel, Render\n\n"
        "£70k - £90k + options. Office-first: we're together in Cambridge four days a week.\n\n"
        "We are passionate about AI and innovation.",
        "must": 3,
        "sen": "unspecified",
        "years": None,
        "pay": (70000, 90000, "GBP", None),
        "arr": ("hybrid", 4),
        "lv": {"salary": "positive", "remote": "info", "responsible-ai": "gap"},
        "no": ("years-vs-seniority", "must-haves", "stack-breadth"),
    },
}
for _k27, _spec27 in _ADS27.items():
    _ad27(_k27, _spec27)

# ---- single sentences on the requirement classes, in data-science wording
_FILL27 = "\n\nWe build forecasting and pricing models for 2,000 retailers. You will work with engineers and product managers.\n\n"


def _s27(cls: str, title: str, body: str, chk: Check) -> None:
    case(_c27(cls), f"# {title}\n{_FILL27}{body}\n{_FILL27}", chk)


# seniority only from title and level words (never substrings or other senses)
for _t, _body, _lvl in (
    (
        "Senior Data Scientist",
        "This role sits in our late-stage portfolio team.\n\nRequirements\n- 8+ years of applied statistics\n- Python",
        "senior",
    ),
    (
        "Data Scientist",
        "You will give expert advice on experimentation.\n\nRequirements\n- 4 years with Python\n- SQL",
        "unspecified",
    ),
    (
        "Machine Learning Engineer",
        "You will help us lead the market in fraud detection.\n\nRequirements\n- 3+ years of ML engineering\n- PyTorch",
        "unspecified",
    ),
    (
        "Data Analyst",
        "Our principal markets are Germany and Austria.\n\nRequirements\n- 2 years of SQL\n- Excel",
        "unspecified",
    ),
    (
        "Analytics Engineer",
        "We work with staffing agencies across the UK.\n\nRequirements\n- 3 years of dbt\n- SQL",
        "unspecified",
    ),
    (
        "Data Scientist",
        "You will build lead scoring models for our sales team.\n\nRequirements\n- 3 years of Python\n- SQL",
        "unspecified",
    ),
    (
        "Applied Scientist",
        "Our work covers early-stage drug discovery and internal tooling.\n\nRequirements\n- PhD in chemistry or ML\n- Python",
        "unspecified",
    ),
    (
        "Data Scientist",
        "The team reports to the Head of Data.\n\nRequirements\n- 4 years of Python\n- SQL",
        "unspecified",
    ),
    (
        "Data Analyst",
        "You will support our Director of Finance with monthly reporting.\n\nRequirements\n- 2 years of Excel\n- SQL",
        "unspecified",
    ),
    (
        "Data Scientist",
        "You will work closely with the Chief Medical Officer.\n\nRequirements\n- 3 years of R\n- SQL",
        "unspecified",
    ),
    (
        "Staff Data Scientist",
        "You will set direction for experimentation.\n\nRequirements\n- 9+ years of data science\n- Python",
        "lead",
    ),
    (
        "Principal Machine Learning Engineer",
        "You will shape our ML platform.\n\nRequirements\n- 10+ years of engineering\n- Python",
        "lead",
    ),
    (
        "Graduate Data Analyst",
        "A two-year rotation programme.\n\nRequirements\n- A degree in a numerate subject\n- Excel",
        "junior",
    ),
    (
        "Data Scientist II",
        "You will join our risk team.\n\nRequirements\n- 3 years of Python\n- SQL",
        "mid",
    ),
    (
        "Data Analyst",
        "Our clients are internship providers and universities.\n\nRequirements\n- 2 years of SQL\n- Tableau",
        "unspecified",
    ),
    (
        "Data Scientist",
        "We are trusted by the staff of 300 hospitals.\n\nRequirements\n- 4 years of Python\n- SQL",
        "unspecified",
    ),
):
    _s27("seniority words", _t, _body, _sen27(_lvl))
    _s27("seniority words", _t, _body, yrs_senior)

# duty headings are not requirement headings (3 must-haves below the requirements heading)
for _h in (
    "Essential Functions",
    "Essential Duties and Responsibilities",
    "What you'll do",
    "What you will be working on",
    "Your impact",
    "A day in the life",
    "Aufgaben",
    "Deine Mission",
    "Key Accountabilities",
    "The job",
):
    _s27(
        "duty headings",
        "Data Scientist",
        f"{_h}\n- Build churn models\n- Run A/B tests\n- Present results\n- Mentor analysts\n\nRequirements\n- Python\n- SQL\n- Statistics",
        must(3),
    )

# requirement headings that start the list (3 must-haves), with and without a colon
for _h in (
    "Qualifications & Education",
    "Required Skills",
    "Required Qualifications:",
    "Minimum Qualifications",
    "Must haves",
    "Skills and experience",
    "What we need from you",
    "Your toolkit",
    "You will need",
    "Ihr Profil",
    "Was du mitbringst",
    "Anforderungsprofil",
    "Essential criteria",
    "Who you are",
):
    _s27(
        "requirement headings",
        "Data Scientist",
        f"Duties\nYou will build forecasting models.\n\n{_h}\n- Python\n- SQL\n- Experience with time-series models\n\nWe offer 30 days of holiday.",
        must(3),
    )

# nice-to-have headings without a colon end the must list (3 must-haves)
for _h in (
    "Desired Skills",
    "Preferred",
    "Nice to have",
    "Bonus points",
    "Even better if you have",
    "Plus",
    "Good to have",
    "Desirable",
    "Preferred Experience",
    "Von Vorteil",
    "Wünschenswert",
    "Pluspunkte",
):
    _s27(
        "nice headings",
        "Data Scientist",
        f"Requirements\n- Python\n- SQL\n- Statistics\n\n{_h}\n- Spark\n- Airflow\n- dbt\n- Kubernetes",
        must(3),
    )

# benefits headings are not must-haves (3 must-haves)
for _h in (
    "What we offer",
    "Benefits",
    "Unser Angebot",
    "Konditionen",
    "Perks & benefits",
    "Why you'll love it here",
    "Our package",
    "Das bieten wir",
):
    _s27(
        "benefits headings",
        "Data Scientist",
        f"Requirements\n- Python\n- SQL\n- Statistics\n\n{_h}\n- 30 days of holiday\n- Pension plan\n- Learning budget\n- Gym membership",
        must(3),
    )


def _tools27(most: int) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        bad = [f.title for f in r.findings if f.check == "stack-breadth"]
        return not bad and (r.must_haves or 0) <= most, f"must={r.must_haves} tools={r.tools} {bad}"

    return chk


# "one or more of the following" tool lists are one requirement, not that many tools
for _body in (
    "Requirements\n- Python\n- Experience with one or more of the following:\n  - Snowflake\n  - BigQuery\n  - Redshift\n  - Databricks\n  - Synapse\n  - Postgres\n  - Oracle\n  - MySQL\n  - Teradata\n  - ClickHouse\n  - DuckDB\n  - Trino",
    "Requirements\n- SQL\n- Hands-on with any of these ML frameworks:\n  - PyTorch\n  - TensorFlow\n  - JAX\n  - Keras\n  - scikit-learn\n  - XGBoost\n  - LightGBM\n  - CatBoost\n  - Hugging Face\n  - spaCy\n  - MLflow\n  - Kubeflow",
    "Requirements\n- Python\n- Familiarity with at least one orchestration tool from the following list:\n  - Airflow\n  - Dagster\n  - Prefect\n  - Luigi\n  - Argo\n  - Kubeflow\n  - Mage\n  - Flyte\n  - Azure Data Factory\n  - AWS Glue\n  - dbt Cloud\n  - Step Functions",
    "Anforderungen\n- Python\n- Erfahrung mit einem oder mehreren der folgenden Tools:\n  - Tableau\n  - Power BI\n  - Looker\n  - Qlik\n  - Metabase\n  - Superset\n  - Sigma Computing\n  - Mode\n  - Hex\n  - ThoughtSpot\n  - MicroStrategy\n  - Domo",
    "Requirements\n- SQL\n- Experience in one or more of the following: Spark, Flink, Kafka, Beam, Hive, Presto, Trino, Hadoop, Storm, Samza, Pulsar, Kinesis",
):
    _s27("one of the following", "Data Engineer", _body, _tools27(3))

# near-miss: a real long list of required tools stays a concern
_s27(
    "one of the following",
    "Data Scientist",
    "Requirements\n- Python\n- R\n- SQL\n- Spark\n- Hive\n- Tableau\n- Power BI\n- AWS\n- Azure\n- Docker\n- Kubernetes\n- TensorFlow\n- PyTorch",
    _lv27("stack-breadth", "concern"),
)


def _rai27(want: bool) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [(f.level.value, f.title[:60]) for f in r.findings if f.check == "responsible-ai"]
        return r.responsible_ai == want, f"rai={r.responsible_ai} {fs}"

    return chk


def _mat27(*levels: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.data_maturity in levels, f"maturity={r.data_maturity}"

    return chk


# responsible AI: concrete practice is mentioned; boilerplate about AI is not
for _s, _want in (
    ("Every model goes through a fairness review before it reaches customers.", True),
    ("We publish model cards for all production models.", True),
    ("An ethics board can stop any use case, and it stopped two last year.", True),
    ("We test our credit models for disparate impact every quarter.", True),
    ("Our models are audited for bias by an external firm each year.", True),
    ("Human reviewers check every automated decision that denies a claim.", True),
    ("We red-team our language models before release.", True),
    ("Wir prüfen jedes Modell vor dem Einsatz auf Fairness und Erklärbarkeit.", True),
    ("We are passionate about AI and its potential to change the world.", False),
    ("We use cutting-edge AI to delight our customers.", False),
    ("Join us to build AI-first products.", False),
    ("You will build explainable dashboards for the board.", False),
    ("We are a fair employer and pay fairly.", False),
    ("Our AI strategy is ambitious.", False),
    ("We treat every customer fairly and ethically.", False),
    ("Wir gestalten die Zukunft mit künstlicher Intelligenz.", False),
):
    _s27(
        "responsible AI",
        "Machine Learning Engineer",
        f"Requirements\n- Python\n- PyTorch\n\n{_s}",
        _rai27(_want),
    )

# data maturity: named practices and teams vs. boilerplate
for _s, _lv in (
    (
        "We run a feature store, a model registry and automated monitoring for every model.",
        ("established",),
    ),
    (
        "Data contracts and a data catalogue tell every team who owns which table.",
        ("established", "some"),
    ),
    (
        "Our dbt models are tested in CI and our pipelines have on-call alerting.",
        ("established", "some"),
    ),
    (
        "We are building our data platform from scratch; today our data lives in spreadsheets.",
        ("early",),
    ),
    ("You will be our first data hire.", ("early",)),
    ("There is no data warehouse yet.", ("early",)),
    ("We are a data-driven company.", ("unclear",)),
    ("Data is in our DNA.", ("unclear",)),
    ("We love data and make decisions with it.", ("unclear",)),
    ("You will work with big data.", ("unclear",)),
):
    _s27("data maturity", "Data Scientist", f"Requirements\n- Python\n- SQL\n\n{_s}", _mat27(*_lv))


# ================================================================ twenty-sixth round: senses
# Each coded word in its trait or culture sense (a hit) against the same word in another sense
# (no hit), in English and German, with the near-misses of data-science vocabulary; and the
# exclusionary words (age, physical, native, citizenship, hero titles) against their other
# senses. Expectations decided by reading, before the first run. A word that no cited lexicon
# lists ("drive", "strong", "fearless", "kommunikativ", "souverän", "belastbar") is never a
# gender hit, in any sense.
def _c26(name: str) -> str:
    return name + " (26th)"


def _gspans(r: AdReport) -> list[str]:
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


def g_hit(word: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        hits = _gspans(r)
        return any(word in h for h in hits), f"hits={hits}"

    return chk


def g_miss(word: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        hits = _gspans(r)
        return not any(word in h for h in hits), f"hits={hits}"

    return chk


def _g26(frag: str, chk: Check, lang: str = "en") -> None:
    case(_c26("gender senses"), ad(frag, lang), chk)


def _x26(cls: str, frag: str, chk: Check, lang: str = "en", title: str = "") -> None:
    case(_c26(cls), ad(frag, lang, title=title), chk)


# ---- English: the trait or culture sense counts
for _f26, _w26 in (
    ("You are competitive by nature and like to win.", "competitive"),
    ("Our sales floor has a fiercely competitive culture.", "competitive"),
    ("You take the lead when a stakeholder meeting stalls.", "lead"),
    ("You bring proven leadership and a bias for action.", "leadership"),
    ("You have a dominant personality in negotiations.", "dominant"),
    ("You are aggressive in chasing new business.", "aggressive"),
    ("You work independently and need little supervision.", "independently"),
    ("You are independent, curious and self-motivated.", "independent"),
    ("You are analytical and enjoy puzzles.", "analytical"),
    ("We are a supportive team that celebrates small wins.", "supportive"),
    ("You are an active, hands-on person who speaks up.", "active"),
    ("You are confident presenting to the board.", "confident"),
    ("You are self-confident and outspoken in reviews.", "self-confident"),
    ("You love a challenge and never back down from one.", "challenge"),
    ("You challenge the status quo in every planning round.", "challenge"),
    ("You are decisive when the data is incomplete.", "decisive"),
    ("You stay objective when results contradict your hunch.", "objective"),
    ("You are a logical thinker.", "logical"),
    ("You are persistent and follow every lead to the end.", "persistent"),
    ("You are forceful when you defend a finding.", "forceful"),
    ("You are principled about data ethics.", "principled"),
    ("We are a hierarchical organisation with clear ranks.", "hierarchical"),
    ("You are ambitious and hungry to grow fast.", "ambitious"),
    ("You are assertive with senior stakeholders.", "assertive"),
    ("You are dependable, and colleagues count on you.", "dependable"),
    ("You are sensitive to the needs of your colleagues.", "sensitive"),
    ("You are trustworthy with your teammates.", "trustworthy"),
    ("We are a warm and welcoming group.", "warm"),
    ("You are kind to new colleagues.", "kind"),
    ("You are responsive to feedback from your peers.", "responsive"),
    ("You have excellent interpersonal skills.", "interpersonal"),
    ("You nurture junior colleagues as they grow.", "nurture"),
    ("You are cooperative and generous with your time.", "cooperative"),
    ("You are committed to your teammates' growth.", "committed"),
    ("You connect easily with people across the business.", "connect"),
    ("You are loyal to your team.", "loyal"),
    ("You are a quiet, reflective person who listens first.", "quiet"),
    ("You are empathetic and patient with users who struggle.", "empathetic"),
    ("You are compassionate with colleagues going through a hard time.", "compassionate"),
):
    _g26(_f26, g_hit(_w26))

# ---- English: the same words in another sense do not count
for _f26, _w26 in (
    ("We offer a competitive salary and an annual bonus.", "competitive"),
    ("We operate in a crowded, competitive market.", "competitive"),
    ("You will run competitive analysis of rival products.", "competitive"),
    ("You will monitor competitive pricing across retailers.", "competitive"),
    ("Map the competitive landscape for the board each quarter.", "competitive"),
    ("You will track competitor prices scraped from the web.", "competitor"),
    # Corrected after the first run: leading a team is a duty of the post in askback's lead
    # rule (gender_en.yaml senses.lead counts "lead by example", "lead from the front"), as
    # leading a project is; the first expectation counted it as a trait.
    ("You will lead a squad of four analysts.", "lead"),
    ("Build and retrain our lead scoring model.", "lead"),
    ("Improve lead-to-opportunity conversion in the CRM.", "lead"),
    ("Forecast supplier lead times for 4,000 parts.", "lead"),
    ("Engineer lead and lag features for the demand model.", "lead"),
    ("Model lead contamination in drinking-water samples.", "lead"),
    ("Estimate the lifetime of lead-acid batteries from sensor data.", "lead"),
    ("You will report to the Analytics Lead.", "lead"),
    ("Compute the dominant eigenvalue of the transition matrix.", "dominant"),
    ("Estimate the frequency of the dominant allele in each population.", "dominant"),
    ("Find the dominant frequency in the vibration spectrum.", "dominant"),
    ("Show that the dominant strategy of each bidder is to bid truthfully.", "dominant"),
    ("We work to an aggressive timeline for the Q3 launch.", "aggressive"),
    ("Set aggressive pricing for the launch quarter.", "aggressive"),
    ("Tune the aggressive caching layer in front of the API.", "aggressive"),
    ("Avoid aggressive outlier removal before the test.", "aggressive"),
    ("Regress sales on each independent variable and check for collinearity.", "independent"),
    ("This is an independent contractor engagement billed monthly.", "independent"),
    ("Assume the errors are independent and identically distributed.", "independent"),
    ("Run an independent samples t-test on the two cohorts.", "independent"),
    ("The model will go through an independent validation by the risk team.", "independent"),
    ("Tune analytical queries on our columnar warehouse.", "analytical"),
    ("Derive an analytical solution where the integral allows one.", "analytical"),
    ("Samples go to our analytical chemistry lab.", "analytical"),
    ("Migrate analytical workloads to BigQuery.", "analytical"),
    ("Train support vector machines and gradient-boosted trees.", "support"),
    ("Fit support vector regression to the price data.", "support"),
    ("Check that the support of the prior covers the data.", "support"),
    ("Classify customer support tickets by topic.", "support"),
    ("The library supports Python 3.12.", "support"),
    ("Apply active learning to cut labelling costs.", "active"),
    ("Manage accounts in Active Directory.", "active"),
    ("Grow monthly active users past one million.", "active"),
    ("Run an active-active Postgres cluster.", "active"),
    ("Report a 95% confidence interval for each estimate.", "confiden"),
    ("Report a 95% confident interval for each estimate.", "confiden"),
    ("Calibrate the model's confidence scores.", "confiden"),
    ("Run champion/challenger tests of credit models.", "challeng"),
    ("Promote the challenger model when it beats the champion.", "challeng"),
    ("Implement challenge-response authentication for the API.", "challeng"),
    ("Plot the decision boundary of each classifier.", "decision"),
    ("Formulate the problem as a Markov decision process.", "decision"),
    ("Tune the decision threshold to balance precision and recall.", "decision"),
    ("Minimise the objective function with L-BFGS.", "objective"),
    ("Solve multi-objective optimisation problems for routing.", "objective"),
    ("Write the business logic of the pricing service.", "logic"),
    ("Set up logical replication between Postgres instances.", "logical"),
    ("Apply fuzzy logic to the matching rules.", "logic"),
    ("Fit hierarchical Bayesian models of store sales.", "hierarchical"),
    ("Use hierarchical clustering to group products.", "hierarchical"),
    ("Store model artefacts on persistent volumes in Kubernetes.", "persistent"),
    ("Persist the trained model to object storage.", "persist"),
    ("Draw a force-directed layout of the fraud graph.", "force"),
    ("A brute-force search is fine for small inputs.", "force"),
    ("Follow SOLID principles in the feature store code.", "principle"),
    ("Track commitments in the sprint board and write clear commit messages.", "commit"),
    ("Connect dashboards to the Snowflake warehouse.", "connect"),
    ("Run Kafka Connect and label connected components in the graph.", "connect"),
    ("Add a fully connected layer on top of the encoder.", "connect"),
    ("Classify sensitive data in the lake before sharing.", "sensitiv"),
    ("Report sensitivity and specificity for each threshold.", "sensitiv"),
    ("Use cost-sensitive learning for the rare class.", "sensitiv"),
    ("Tune latency-sensitive services.", "sensitiv"),
    ("Implement trust region policy optimisation.", "trust"),
    ("Harden the zero-trust network.", "trust"),
    ("You will work for an NHS foundation trust.", "trust"),
    ("Use a warm start for the solver.", "warm"),
    ("Add a learning-rate warm-up to the schedule.", "warm"),
    ("Move cold logs to the warm storage tier.", "warm"),
    ("Join the two tables together on the customer key.", "together"),
    ("A random forest is a kind of ensemble.", "kind"),
    ("Forecast crop yield from satellite images.", "yield"),
    ("Model the yield curve for the treasury team.", "yield"),
    ("Write generators with Python's yield statement.", "yield"),
    ("Build responsive web dashboards.", "responsive"),
    ("Measure the effect of the customer loyalty programme.", "loyal"),
    ("Analyse loyalty card data from 300 stores.", "loyal"),
    ("Score leads for our lead nurturing campaigns.", "nurtur"),
    ("Solve cooperative games with Shapley values.", "cooperative"),
    ("Visit the child nodes of each tree and spawn a child process per batch.", "child"),
    ("Model parent-child tables in dbt.", "child"),
    ("Build the quiet-hours rule for deploys.", "quiet"),
    ("Understanding of Bayesian statistics is required.", "understand"),
    ("Route queries to the right individual contributor.", "individual"),
    ("Plot individual conditional expectation curves.", "individual"),
):
    _g26(_f26, g_miss(_w26))

# ---- English: words no cited lexicon lists are never gender hits, in any sense
for _f26, _w26 in (
    ("You will drive the car to the field sites.", "drive"),
    ("We are a data-driven company.", "driven"),
    ("Back up results to an external hard drive.", "drive"),
    ("You have drive and you are driven by impact.", "driv"),
    ("Our store uses strong consistency for writes.", "strong"),
    ("You are a strong communicator.", "strong"),
    ("We want a SQL ninja.", "ninja"),
    ("Be our rockstar data scientist.", "rockstar"),
    ("You are fearless in front of an audience.", "fearless"),
    ("Champion data literacy across the company.", "champion"),
):
    _g26(_f26, g_miss(_w26))

# ---- German: the trait sense counts
for _f26, _w26 in (
    ("Du bist durchsetzungsstark und überzeugst mit Argumenten.", "durchsetzungsstark"),
    ("Du bringst Durchsetzungsstärke gegenüber Fachbereichen mit.", "durchsetzungsstärke"),
    ("Du bist engagiert und neugierig.", "engagiert"),
    ("Du arbeitest zielstrebig an deinen Zielen.", "zielstrebig"),
    ("Du bist führungsstark und begeisterst dein Team.", "führungsstark"),
    ("Du bist empathisch und sensibel im Umgang mit Kolleginnen.", "sensibel"),
    ("Du denkst analytisch und strukturiert.", "analytisch"),
    ("Du arbeitest selbstständig und gründlich.", "selbstständig"),
    ("Du trittst dominant und bestimmt auf.", "dominant"),
    ("Du gehst offensiv auf neue Kunden zu.", "offensiv"),
    ("Du bist ehrgeizig und willst schnell wachsen.", "ehrgeizig"),
    ("Du bist wettbewerbsorientiert und willst gewinnen.", "wettbewerbsorientiert"),
    ("Du bist hilfsbereit und unterstützend im Team.", "unterstützend"),
    ("Du bist selbstbewusst vor großen Runden.", "selbstbewusst"),
):
    _g26(_f26, g_hit(_w26), "de")

# ---- German: other senses, and words no cited lexicon lists
for _f26, _w26 in (
    ("Für das Projekt haben wir eine externe Agentur engagiert.", "engagiert"),
    ("Die Firma hat zwei Beraterinnen engagiert, um das Data Warehouse aufzubauen.", "engagiert"),
    ("Ein erweitertes Führungszeugnis ist vorzulegen.", "führ"),
    ("Führerschein Klasse B ist von Vorteil.", "führ"),
    ("Du übernimmst die fachliche Führung des Projekts.", "führ"),
    ("Du berichtest an unsere Führungskraft im Bereich Daten.", "führ"),
    ("Wir verarbeiten sensible Daten nach DSGVO.", "sensib"),
    ("Du verschlüsselst sensible Gesundheitsdaten.", "sensib"),
    ("Wir schützen personenbezogene und sensible Informationen.", "sensib"),
    ("Du berechnest dominante Eigenwerte großer Matrizen.", "dominant"),
    ("Du bestimmst das dominante Allel in jeder Population.", "dominant"),
    ("Du hast Erfahrung in Offensive Security und Penetrationstests.", "offensiv"),
    ("Die Residuen sind unabhängig und identisch verteilt.", "unabhängig"),
    ("Auch Selbstständige können sich auf das Projekt bewerben.", "selbstständig"),
    ("Du optimierst analytische Abfragen in ClickHouse.", "analytisch"),
    ("Du findest eine analytische Lösung für das Integral.", "analytisch"),
    ("Du entwickelst eine wettbewerbsorientierte Preisgestaltung.", "wettbewerbsorientiert"),
    ("Du bist kommunikativ und offen.", "kommunikativ"),
    ("Kommunikative Fähigkeiten sind wichtig.", "kommunikativ"),
    ("Du hast ein souveränes Auftreten.", "souverän"),
    ("Du baust unsere souveräne Cloud mit auf.", "souverän"),
    ("Du bist belastbar und behältst den Überblick.", "belastbar"),
    ("Du lieferst belastbare Daten für die Planung.", "belastbar"),
    ("Du bist stark in SQL.", "stark"),
):
    _g26(_f26, g_miss(_w26), "de")

# ---- exclusionary: age, the age sense against other senses
for _f26 in (
    "You'll join a young team of six analysts in Leeds.",
    "You are a digital native who lives on social media.",
    "Ideal for digital natives who grew up online.",
    "We're a young, dynamic bunch of data nerds.",
):
    _x26("age senses", _f26, flagged("age-coded"))
for _f26 in (
    "We are a young company, founded in 2022.",
    "We are a young start-up with 40 people and real revenue.",
    "This is a junior role with mentoring from a senior data scientist.",
    "Junior and mid-level applicants are welcome.",
    "New graduates are welcome to apply, as are career changers.",
    "We build apps for digital-native brands.",
    "Estimate Young's modulus from the tensile test data.",
    "Enumerate Young tableaux for the combinatorics module.",
    "Our app helps young people save for their first flat.",
    "Segment users into younger and older cohorts.",
    "The data set is young: we only started logging in March.",
):
    _x26("age senses", _f26, none_of("age-coded"))
for _f26 in (
    "Wir sind ein junges Unternehmen mit 30 Beschäftigten.",
    "Berufseinsteigerinnen und Berufseinsteiger sind willkommen.",
    "Die Junior-Position eignet sich für den Einstieg in Data Science.",
):
    _x26("age senses", _f26, none_of("age-coded"), "de")

# ---- exclusionary: physical demands on a desk job against other senses of the words
for _f26 in (
    "You must be physically fit.",
    "Must be able to stand for an entire 8-hour shift.",
    "Ability to lift and carry 15 kg of equipment between floors.",
):
    _x26("physical senses", _f26, flagged("ability-coded"))
for _f26 in (
    "Check that the model is fit for purpose before it ships.",
    "Assess model fit with posterior predictive checks.",
    "Report goodness of fit for each regression.",
    "Join the daily stand-up meeting at 9:30.",
    "Your work will stand out in the quarterly review.",
    "Compute the standard deviation of each metric.",
    "Build a stand-alone scoring service.",
    "We offer standing desks and ergonomic chairs.",
    "Measure lift in conversion from the new checkout.",
    "Build uplift models for the retention campaign.",
    "Plot lift charts and gain curves for the classifier.",
    "The campaign gave a lift of 12 percentage points.",
    "Simulate a random walk for the price series.",
    "Walk stakeholders through the results each Friday.",
    "Run key driver analysis on the survey.",
    "Find the drivers of churn and install the JDBC driver.",
    "Keep the GPU drivers on the training nodes up to date.",
    "Carry forward the last observation for missing values.",
):
    _x26("physical senses", _f26, none_of("ability-coded"))
for _f26 in (
    "Du lieferst belastbare Prognosen für das Controlling.",
    "Du prüfst die Belastbarkeit der Ergebnisse.",
    "Du prüfst, ob das Modell für den Zweck fit ist.",
):
    _x26("physical senses", _f26, none_of("ability-coded"), "de")

# ---- exclusionary: native speaker against native apps and the like
for _f26 in (
    "You are a native speaker of Dutch.",
    "Native-level Spanish is required.",
):
    _x26("native senses", _f26, flagged("nationality-coded"))
for _f26 in (
    "Build native apps for iOS and Android.",
    "Design cloud-native data pipelines on Kubernetes.",
    "We mark Native American Heritage Month with a speaker series.",
    "Write mobile screens in React Native.",
    "Use native Python types in the API.",
    "Query the data through Snowflake's native connector.",
):
    _x26("native senses", _f26, none_of("nationality-coded"))
for _f26 in (
    "Du entwickelst native Apps für iOS.",
    "Du baust Cloud-native Datenplattformen.",
):
    _x26("native senses", _f26, none_of("nationality-coded"), "de")
_x26(
    "native senses",
    "Deutsch als Muttersprache ist Voraussetzung.",
    flagged("nationality-coded"),
    "de",
)

# ---- exclusionary: citizenship as a condition against other senses of the words
for _f26 in (
    "Applicants must hold Irish citizenship.",
    "You must be a New Zealand citizen.",
):
    _x26("citizenship senses", _f26, flagged("nationality-coded", "concern"))
for _f26 in (
    "Read our corporate citizenship report.",
    "You will coach citizen data scientists across the bank.",
    "We run citizen science projects with schools.",
    "We want our staff to be good global citizens.",
    "Model demand for citizenship applications for the Home Office.",
    "Du entwickelst digitale Services für Bürgerinnen und Bürger.",
):
    _x26("citizenship senses", _f26, none_of("nationality-coded"))

# ---- exclusionary: hero titles against tools of the same name
for _f26 in (
    "We are hiring a data ninja.",
    "Our team of analytics rockstars needs one more.",
):
    _x26("hero senses", _f26, flagged("bro-culture"))
for _f26 in (
    "We build the C++ extensions with CMake and Ninja.",
    "Set up jedi for autocompletion in the notebooks.",
    "You are fearless in front of an audience.",
):
    _x26("hero senses", _f26, none_of("bro-culture"))


# ================================================================ twenty-eighth round, English (helper rt28en)
# Fresh English shapes from UK, US, Irish, Australian, Canadian and NZ boards: a dollar code in
# the pay label, "pw", hedges written "c." or "approx.", numbered and emoji lists, "N+ years
# <doing something>" with no word for experience, experience ceilings, "dominant" said of what
# the data shows, "Remote – US (EST hours)". Every expectation set by reading.
def _c28en(name: str) -> str:
    return name + " (28th en)"


def _cur28(lo: float | None, hi: float | None, cur: str, period: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.pay.minimum, r.pay.maximum, r.pay.currency, r.pay.period)
        return r.pay.stated and got == (lo, hi, cur, period), f"pay={got}"

    return chk


def _masc28(n: int) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.masculine == n, f"masculine={r.masculine} {_gspans(r)}"

    return chk


for _f28, _w28 in (
    ("💷 Salary: £42,000–£48,000 + 10% bonus", (42000, 48000, "GBP", "year")),
    ("Pay: €55k–€62k DOE (Dublin)", (55000, 62000, "EUR", "year")),
    ("Salary: AUD 120,000 - 135,000 + super", (120000, 135000, "AUD", "year")),
    ("Base salary: $95,000 CAD to $110,000 CAD annually", (95000, 110000, "CAD", "year")),
    ("Rate: £450–£500 per day (outside IR35)", (450, 500, "GBP", "day")),
    ("**Remuneration:** 85,000 - 95,000 EUR gross p.a.", (85000, 95000, "EUR", "year")),
    ("| Salary | £38k to £44k |\n| Location | Leeds |", (38000, 44000, "GBP", "year")),
    ("Hourly: $28/hr. Annual equivalent approx. $58,240.", (28, 28, "USD", "hour")),
    ("We pay $70–$80 an hour on a 6-month contract.", (70, 80, "USD", "hour")),
    ("1. Salary\n   a. Minimum: £51,000\n   b. Maximum: £57,500", (51000, 57500, "GBP", "year")),
    ("Salary NZ$110,000 – NZ$125,000 plus KiwiSaver", (110000, 125000, "NZD", "year")),
    ("Comp: 150-180K USD base + equity", (150000, 180000, "USD", "year")),
    ("Salary: Grade 7 (£49,000 – £56,000) – national pay framework", (49000, 56000, "GBP", "year")),
    ("Salary: $100,000 – 85,000", (85000, 100000, "USD", "year")),
    ("Salary: $45-$50 an hour ($93,600-$104,000 annualised)", (45, 50, "USD", "hour")),
    ("$85,000 base + $15,000 OTE", (85000, 85000, "USD", "year")),
    # a dollar code in the pay label names whose dollars a bare "$" is
    ("Salary (AUD): $120,000 - $135,000", (120000, 135000, "AUD", "year")),
    ("Salary range (CAD): 90,000 $ – 105,000 $", (90000, 105000, "CAD", "year")),
    ("Pay (NZD): $60 per hour", (60, 60, "NZD", "hour")),
    ("Salary [CAD]: $70,000", (70000, 70000, "CAD", "year")),
    ("Salary, CAD: $70,000 – $80,000", (70000, 80000, "CAD", "year")),
    ("Compensation (USD): $150,000", (150000, 150000, "USD", "year")),
    # "pw", "p.w.", "per wk": per week, never a thousand times the figure a year
    ("Salary: £600 pw", (600, 600, "GBP", "week")),
    ("Salary: £600 p.w.", (600, 600, "GBP", "week")),
    ("Salary: £450 per wk", (450, 450, "GBP", "week")),
    # an abbreviated hedge ends no sentence: the period before it stays the amount's
    ("Day rate c. £600", (600, 600, "GBP", "day")),
    ("Day rate: c. £600", (600, 600, "GBP", "day")),
    ("Day rate approx. £600", (600, 600, "GBP", "day")),
    ("Daily rate c. £550", (550, 550, "GBP", "day")),
    # the retirement scheme beside a "$" figure names whose dollars it is
    ("Salary: $130,000 - $145,000 + super", (130000, 145000, "AUD", "year")),
    ("Salary package up to $140k inc. super", (None, 140000, "AUD", "year")),
    ("Salary: $110,000 + 11.5% super", (110000, 110000, "AUD", "year")),
    ("Salary: $95,000 plus KiwiSaver", (95000, 95000, "NZD", "year")),
    ("Salary: $90,000. Super team culture!", (90000, 90000, "USD", "year")),
):
    case(_c28en("pay"), ad(_f28), _cur28(*_w28))
for _f28 in (
    "The team manages a £3m annual budget and reports at 10:30 each Monday.",
    "A sign-on bonus of €5,000 and relocation support up to €8,000 apply.",
):
    case(_c28en("pay"), ad(_f28), no_pay)

# ---- years that open a list item or follow "you have" and name what was done
for _t28, _y28 in (
    (
        "# Senior Data Engineer\n\n**About you**\n1) 5+ years building pipelines\n2) Strong Python\n3) Airflow or Dagster\n",
        5,
    ),
    (
        "# Senior Data Engineer\n\nRequirements\n- 5+ years in data engineering\n- Strong Python\n",
        5,
    ),
    ("# Senior Data Engineer\n\nRequirements\n- 5+ years designing APIs\n- Strong Python\n", 5),
    ("# Staff Machine Learning Engineer\n\nYou have:\n- 8+ yrs\n- PyTorch\n", 8),
    ("# Data Engineer\n\nRequirements\n- 5+ years of Python\n- Strong SQL\n", 5),
    ("# Data Engineer\n\nRequirements\n- At least 4 years in analytics\n- Strong SQL\n", 4),
    ("# Data Engineer\n\nYou have 5+ years building pipelines and strong SQL.\n", 5),
    ("# Data Engineer\n\nRequirements:\n* 3-5 years developing dashboards\n", 3),
    ("# Data Engineer\n\nWhy us\n- 20+ years in business\n- Strong pension\n", None),
    ("# Care Data Officer\n\nEligibility\n- 18 years of age or older\n- A clean record\n", None),
):
    case(_c28en("years"), _t28, _yrs27(_y28))

# ---- requirement lists in board layouts
for _t28, _n28, _s28 in (
    (
        "# Analytics Lead\n\n### Must have\n- SQL\n- Looker\n- Experience with one or more of the following:\n  - Python\n  - R\n  - Scala\n- Stakeholder skills\n\n### Nice to have\n- GCP\n",
        4,
        "lead",
    ),
    (
        "# BI Developer\n\nThe successful candidate will have:\n(a) 3 years' Power BI experience;\n(b) DAX;\n(c) SQL Server;\n(d) good communication.\n\nIt would be great if you also have:\n(e) Azure Synapse.\n",
        4,
        "unspecified",
    ),
    (
        "# Data Scientist\n\n🎯 Your responsibilities\n✅ Build models\n✅ Run experiments\n✅ Present results\n\n🧠 Your skills\n✅ Python\n✅ Statistics\n✅ ML frameworks\n\n🎁 Perks\n✅ Gym membership\n✅ Free lunch\n",
        3,
        "unspecified",
    ),
    (
        "# Data Analyst (12-month FTC)\n\nEssential criteria\n1. Degree\n2. SQL\n3. Excel\n\nDesirable criteria\n1. Python\n",
        3,
        "unspecified",
    ),
    (
        "# Data Coordinator\n\nKey selection criteria:\n- Demonstrated experience in data management\n- Proficiency in Excel\n- Strong attention to detail\n",
        3,
        "unspecified",
    ),
    (
        "# Data Analyst – Graduate\n\nWhat you'll bring:\n• A 2:1 degree in a numerate subject\n• Excel skills\n• Curiosity\n\nWhat we offer:\n• 25 days holiday\n• Pension\n• Cycle to work scheme\n",
        3,
        "junior",
    ),
):
    case(_c28en("must-haves"), _t28, must(_n28))
    case(_c28en("seniority"), _t28, _sen27(_s28))

# ---- work arrangement
for _f28, _k28, _d28 in (
    ("Work pattern: hybrid (60% office / 40% home).", "hybrid", 3),
    ("Location: Sydney CBD – 4 days in office, Fridays WFH", "hybrid", 4),
    ("📍 Remote (UK only) – occasional travel to London", "remote", None),
    ("This role is office-based in Toronto, five days a week.", "onsite", None),
    ("Fully remote within Ireland; quarterly team days in Cork.", "remote", None),
    ("Remote: partially (2 days a week in the office)", "hybrid", 2),
    ("Location: Remote – US (EST hours)", "remote", None),
    ("Location: Remote – Germany (CET hours)", "remote", None),
    ("Remote — Germany", "remote", None),
):
    case(_c28en("arrangement"), ad(_f28), arr(_k28, _d28))

# ---- gender-coded: traits count, what the data shows does not
for _f28, _m28 in (
    ("You thrive in a fast-paced, competitive environment and are a driven self-starter.", 1),
    ("You are a strong, assertive communicator who isn't afraid to challenge.", 2),
    ("You'll analyse competitive market data and pricing of competitors.", 0),
    ("Analyse the dominant trends in customer churn.", 0),
    ("Find the dominant drivers of cost.", 0),
    ("Size the dominant customer segment.", 0),
    ("You have a dominant personality.", 1),
):
    case(_c28en("gender"), ad(_f28, reqs=False), _masc28(_m28))

# ---- exclusionary
for _f28, _chk28 in (
    ("Ideal for recent graduates looking to kick-start their career.", flagged("age-coded")),
    ("Applicants should be no older than 35.", flagged("age-coded")),
    ("Must have a maximum of 5 years' experience.", flagged("age-coded")),
    ("Candidates with over 10 years' experience need not apply.", flagged("age-coded")),
    ("Candidates without 3 years' experience need not apply.", none_of("age-coded")),
    (
        "Applicants must have the right to work in Australia.",
        flagged("nationality-coded", "concern"),
    ),
    ("Must be a Canadian citizen or permanent resident.", flagged("nationality-coded", "concern")),
    ("Native English speaker required.", flagged("nationality-coded")),
    ("We need a rockstar who can dominate the market.", flagged("bro-culture")),
):
    case(_c28en("exclusionary"), ad(_f28, reqs=False), _chk28)
for _f28, _y28 in (
    ("Must have a maximum of 5 years' experience.", None),
    ("Candidates with over 10 years' experience need not apply.", None),
    ("Candidates without 3 years' experience need not apply.", 3),
):
    case(_c28en("years"), ad(_f28, reqs=False), _yrs27(_y28))


# ================================================================ 28th round (de): German ads and answers
# German job ads (Germany, Austria, Switzerland: company sites, boards, TVöD, Swiss federal) and
# interview answers in English and German, written for this round. Expectations decided by
# reading, before the first run.
def _c28(name: str) -> str:
    return name + " (28th de)"


def _a28(frag: str, chk: Check) -> None:
    case(_c28("de ads"), ad(frag, "de"), chk)


def no_language(language: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = [(x.language, x.required, x.implied) for x in r.language_requirements]
        return all(x.language != language for x in r.language_requirements), f"langs={got}"

    return chk


def rated(lo: int, hi: int, red: bool) -> Callable[[Any], tuple[bool, str]]:
    def chk(a: Any) -> tuple[bool, str]:
        ok = a.suggested_rating is not None and lo <= a.suggested_rating <= hi
        return (
            ok and a.red_flag == red,
            f"rating={a.suggested_rating} red={a.red_flag} {a.counts()}",
        )

    return chk


# ---- pay
_a28(
    "Wir bieten ein Jahresgehalt zwischen 58.500 und 66.000 Euro brutto.",
    pay_is(58500, 66000, "year"),
)
_a28(
    "Die Vergütung liegt bei 4.200 € bis 4.900 € brutto monatlich (13 Monatsgehälter).",
    pay_is(4200, 4900, "month"),
)
_a28("Stundenlohn: 16,50 € brutto.", pay_is(16.5, 16.5, "hour"))
_a28(
    "Ihr Einstiegsgehalt: ab 61.000 EUR p.a., je nach Erfahrung bis 72.000 EUR.",
    pay_is(61000, 72000, "year"),
)
_a28("Die Eingruppierung erfolgt in Entgeltgruppe 11 TV-L.", scale_is("Entgeltgruppe 11 TV-L"))
_a28("Bezahlung nach TVöD-VKA, EG 10, inkl. Jahressonderzahlung.", scale_is("TVöD-VKA EG 10"))
_a28(
    "Lohnklasse 18 gemäss Bundespersonalverordnung, CHF 101'000 – 136'000.",
    pay_is(101000, 136000, "year"),
)
_a28("Salär: CHF 95'000 bis 110'000 (x 13).", pay_is(95000, 110000))
_a28(
    "Bruttomonatsgehalt mind. EUR 3.450,- (KV Handel, Beschäftigungsgruppe 3) mit Bereitschaft zur Überzahlung.",
    pay_min(3450, "month"),
)
_a28("Das Bruttojahresgehalt beträgt mindestens 55.000 Euro.", pay_min(55000, "year"))
_a28(
    "Das Gehalt liegt zwischen 52.000 und 60.000 Euro brutto im Jahr (auf Vollzeit gerechnet).",
    pay_is(52000, 60000, "year"),
)
# ---- work arrangement
_a28("Homeoffice-Anteil bis 60 % möglich.", arr("hybrid", 2))
_a28("Bis zu 80 % mobiles Arbeiten innerhalb Deutschlands.", arr("hybrid", 1))
_a28("Homeoffice nach Absprache.", arr("hybrid"))
_a28("Präsenz im Büro von Montag bis Freitag.", arr("onsite"))
_a28("Wir arbeiten hybrid: 2 Tage pro Woche im Büro in Köln.", arr("hybrid", 2))
_a28("Hybrides Arbeiten mit 2 Bürotagen pro Woche.", arr("hybrid", 2))
_a28("Kein Homeoffice möglich, da Tätigkeit im Labor.", arr("onsite"))
_a28("Ein Tag pro Woche Homeoffice ist möglich.", arr("hybrid", 4))
_a28("Die Stelle ist nicht remote-fähig; Arbeitsort ist Graz.", arr("onsite"))
_a28("Diese Position ist leider nicht homeoffice-fähig.", arr("onsite"))
_a28("Die Tätigkeit ist nicht für Homeoffice geeignet, da sie im Labor stattfindet.", arr("onsite"))
_a28(
    "Unsere Prozesse waren nicht remote-fähig, heute arbeiten wir zu 60 % mobil.", arr("hybrid", 2)
)
# ---- languages
_a28("Englisch (C1) zwingend, Deutsch von Vorteil.", langs(English=True, German=False))
_a28("Deutsch auf Muttersprachniveau.", native)
_a28(
    "Verhandlungssichere Deutsch- und Englischkenntnisse in Wort und Schrift.",
    langs(German=True, English=True),
)
_a28(
    "Gute Deutschkenntnisse (mind. B2) setzen wir voraus; Französisch ist ein Plus.",
    langs(German=True, French=False),
)
_a28(
    "Italienischkenntnisse wären wünschenswert, Deutsch fliessend.",
    langs(Italian=False, German=True),
)
_a28("Deutsch ist keine Voraussetzung, Englisch reicht.", no_language("German"))
_a28("Deutschkenntnisse sind nicht erforderlich.", no_language("German"))
_a28("Keine Deutschkenntnisse nötig – unsere Arbeitssprache ist Englisch.", no_language("German"))
_a28("Keine Vorkenntnisse nötig, Deutsch fließend.", langs(German=True))
_a28("Englisch ist nicht erforderlich, Deutsch schon.", langs(German=True))
_a28("Deutsch ist Pflicht, Englisch nicht erforderlich.", langs(German=True))
# ---- age and gender
_a28("Du verstärkst unser junges, dynamisches Team.", flagged("age-coded"))
_a28("Wir sind ein junggebliebenes Team mit flachen Hierarchien.", flagged("age-coded"))
_a28("Du bist zwischen 25 und 35 Jahre alt.", flagged("age-coded"))
_a28("Du bist durchsetzungsstark und hast Biss.", masc)
_a28("Du bist kommunikativ, einfühlsam und teamorientiert.", fem)
_a28("Wir bieten ein wettbewerbsfähiges Gehalt und eine führende Marktposition.", no_gender)


# ---- answers (English and German)
def _n28(text: str, chk: Callable[[Any], tuple[bool, str]]) -> None:
    CASES.append((_c28("answers"), text, lambda: analyze_answer(text), chk))


for _t28 in (
    "Wir haben 2023 ein anonymisiertes Bewerbungsverfahren eingeführt; der Anteil von Frauen in der Endrunde stieg von 18 % auf 34 %.",
    "Seit letztem Jahr veröffentlichen wir in jeder Stellenanzeige die Gehaltsspanne, und die Zahl der Bewerbungen hat sich verdoppelt.",
    "Unsere Teamleiterin hat die Rufbereitschaft neu geregelt: seit März hat niemand mehr als eine Woche pro Monat Bereitschaft.",
    "Die Fluktuation im Team lag im letzten Jahr bei 6 %, nachdem wir feste Fokuszeiten ohne Meetings eingeführt haben.",
    "Jede neue Kollegin bekommt eine Patin und einen Einarbeitungsplan für 90 Tage; 11 von 12 Neuen sind nach einem Jahr noch da.",
    "Bei uns verdienen Frauen und Männer gleich viel, das prüft der Betriebsrat jedes Jahr; 2024 lag die Lücke bei 1,2 %.",
    "Die Gleichstellungsbeauftragte sitzt in jeder Auswahlkommission und hat 2023 zwei Verfahren gestoppt.",
    "Since 2022 every promotion goes through a calibration panel; the gap in promotion rates between men and women closed from 9 points to 2.",
    "We cut on-call pages from 40 a week to 6 by fixing the top ten alerts, and the SRE lead reviews the list every Monday.",
    "Last quarter we shipped blind CV screening and our interview-to-offer rate for underrepresented candidates rose from 12% to 21%.",
    "Parental leave is 20 weeks fully paid for every parent, and 14 people took it last year.",
    "Attrition fell from 22% to 9% after we introduced a no-meeting Friday, owned by our COO.",
    "We used to have a pay gap of 14%, but we closed it to 3% by 2024 after an external audit.",
):
    _n28(_t28, rated(4, 5, False))
for _t28 in (
    "Wir werden nächstes Jahr ein Mentoring-Programm einführen.",
    "Diversität liegt uns sehr am Herzen.",
    "Wir haben einen Diversity-Beirat und eine Charta der Vielfalt unterschrieben.",
    "Wir planen, die Gehaltsbänder bis Ende 2025 offenzulegen.",
    "Wir haben eine Betriebsvereinbarung zu mobilem Arbeiten.",
    "Wir sind alle wie eine Familie hier, jeder hilft jedem.",
    "Wir bemühen uns, flexible Arbeitszeiten zu ermöglichen, wo es geht.",
    "Überstunden gibt es bei uns eigentlich nicht.",
    "Wir möchten den Frauenanteil in Führungspositionen auf 30 % erhöhen.",
    "Wir glauben fest daran, dass Vielfalt uns besser macht.",
    "Wir haben eine Gleichstellungsbeauftragte.",
    "Unsere Geschäftsführerin findet das Thema super wichtig.",
    "Ich denke schon, dass wir da gut aufgestellt sind.",
    "Wir würden das gerne machen, aber das Budget fehlt.",
    "We will introduce salary bands next year and publish them internally.",
    "We're going to hire a DEI lead in Q3.",
    "We have an ERG and a DEI council.",
    "We have a code of conduct and an anti-harassment policy.",
    "I believe we treat everyone fairly.",
    "Our CEO is really passionate about inclusion.",
    "We aim to reach 40% women in engineering by 2026.",
    "We are planning to roll out a mentoring scheme, hopefully by summer.",
    "We didn't have any attrition problems that I know of.",
    "Our head of people is looking into it.",
):
    _n28(_t28, rated(1, 2, False))
for _t28 in (
    "Das ist eine gute Frage, darüber haben wir uns ehrlich gesagt noch keine Gedanken gemacht.",
    "Leider hat das Mentoring-Programm nicht funktioniert und wurde nach drei Monaten eingestellt.",
    "Letztes Jahr haben drei Kolleginnen wegen Überstunden gekündigt, und wir haben noch nichts geändert.",
    "Das kann ich Ihnen leider nicht sagen, das müssten Sie HR fragen.",
    "Wir hatten geplant, 2024 Gehaltsbänder einzuführen, haben es aber verschoben.",
    "Wir haben nie eine Gehaltslücke festgestellt.",
    "Leider sind wir da noch nicht so weit.",
    "Honestly, our last engagement survey went badly and nothing changed afterwards.",
    "We tried a four-day week but it failed and we dropped it.",
    "We don't really track that.",
    "We haven't measured it, but people seem happier.",
    "That's above my pay grade, you'd have to ask someone else.",
    "We were going to publish salary bands but legal blocked it.",
    "We had an ERG for women, but it stopped when the founder left.",
    "Nobody has ever complained about it.",
    "Wir haben die Vier-Tage-Woche getestet, aber nach sechs Monaten wieder abgeschafft.",
):
    _n28(_t28, at_most(2, flag=True))
_n28("Wir haben keine Gehaltslücke, weil wir nach Tarif bezahlen.", rated(1, 2, False))
_n28("Die Quote liegt bei 40 %, aber das war schon immer so.", rated(1, 3, False))
_n28(
    "Wir haben die Vier-Tage-Woche getestet, nach sechs Monaten ausgewertet und beibehalten: die Krankentage sanken um 30 %.",
    rated(4, 5, False),
)
_n28(
    "We doubled the L&D budget to €3,000 per person, and 70% used it last year.", rated(4, 5, False)
)


# ================================================================ 29th round (helper rt29)
# Whole ads read as a user reads the report (issue 11, items 4 and 5): UK, US, IE, NL, DE; sales,
# design, warehouse, call centre, public sector, ML. Each expectation was set by reading the ad
# before askback ran on it. An ad's dict: pay (lo, hi, cur) or None or "stated"; hol (paid holiday
# above the legal floor among the benefits: True, False, or absent to skip); years; lv {check:
# level}; no [checks absent]; q {check: (tags wanted, tags never)}.
def _c29(name: str) -> str:
    return name + " (29th)"


_HOL29 = "paid holiday above the minimum"


def _pay29(want: tuple[float, float, str] | str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.pay.minimum, r.pay.maximum, r.pay.currency)
        if want is None:
            return not r.pay.stated, f"pay={got}"
        if want == "stated":
            return r.pay.stated, f"pay={got}"
        return r.pay.stated and got == want, f"pay={got}"

    return chk


def _hol29(want: bool) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return (_HOL29 in r.benefits) == want, f"benefits={list(r.benefits)}"

    return chk


def _ad29(spec: dict[str, Any]) -> None:
    t = spec["text"]
    case(_c29("ad pay"), t, _pay29(spec["pay"]))
    if "hol" in spec:
        case(_c29("ad holiday floor"), t, _hol29(spec["hol"]))
    if "years" in spec:
        case(_c29("ad years"), t, _yrs27(spec["years"]))
    for chk_name, level in spec.get("lv", {}).items():
        case(_c29("ad levels"), t, _lv27(chk_name, level))
    for chk_name in spec.get("no", ()):
        case(_c29("ad absent"), t, none_of(chk_name))
    for chk_name, (want, never) in spec.get("q", {}).items():
        case(_c29("ad questions"), t, q_has(chk_name, set(want), set(never)))


_ADS29: dict[str, dict[str, Any]] = {
    "bonus_pay": {
        "text": "# Account Executive, SMB (London)\n\nBrightlane is a payments startup with 60 people. We help small shops take card payments without a terminal.\n\n## What you'll do\n- Own a pipeline of small-business prospects from first call to signed contract\n- Run demos over video and in person\n- Keep the CRM up to date\n\n## About you\n- 2+ years in B2B sales\n- Comfortable with targets\n- Fluent English\n\n## What we offer\n- Uncapped commission: our top performers earned £40,000 in bonus last year on top of base salary\n- Share options\n- 25 days holiday plus bank holidays\n- Hybrid: 3 days a week in our Shoreditch office, fully remote in August\n\nWe are an equal opportunity employer.\n",
        "pay": None,
        "hol": True,
        "lv": {"salary": "gap", "remote": "info"},
        "q": {},
    },
    "hybrid_exceptions": {
        "text": "# Senior Product Designer\n\nFernwood Insurance, Bristol\n\nWe are looking for a senior product designer to lead the redesign of our claims journey.\n\nResponsibilities\n- Lead research and design for the claims app\n- Work with engineers and actuaries\n- Mentor two mid-level designers\n\nRequirements\n- 6+ years of product design experience\n- A portfolio showing end-to-end work\n- Experience with Figma and design systems\n\nWorking pattern: hybrid, two days a week in the Bristol office. During the first three months and in quarterly planning weeks you will be in the office every day. Remote working from abroad is not possible.\n\nSalary: £62,000 - £70,000 depending on experience.\n\nBenefits: 28 days holiday including bank holidays, statutory sick pay, pension (auto-enrolment), employee assistance programme.\n",
        "pay": (62000, 70000, "GBP"),
        "hol": False,
        "lv": {"salary": "positive"},
        "years": 6,
    },
    "ceiling": {
        "text": "# Junior Marketing Assistant\n\nWe are a creative agency in Manchester working for fashion brands.\n\nWho we are looking for:\n- A degree in marketing or communications\n- 0-2 years of experience (no more than 2 years, please)\n- A digital native who lives on Instagram and TikTok\n- Energetic and ready to work hard, play hard\n- Available to join Friday drinks and our yearly team trip\n\nWhat we offer: £24,000 a year, a young and vibrant team, free breakfast.\n",
        "pay": (24000, 24000, "GBP"),
        "lv": {"bro-culture": "concern", "age-coded": "concern"},
        "q": {
            "bro-culture": (
                ("drinking-culture", "social-events", "working-hours"),
                ("screen-reader", "driving"),
            )
        },
    },
    "legal_minimum_de": {
        "text": "# Sachbearbeiter (m/w/d) Buchhaltung\n\nDie Müller Logistik GmbH in Dortmund sucht ab sofort eine Sachbearbeitung Buchhaltung in Vollzeit.\n\nIhre Aufgaben:\n- Kreditorenbuchhaltung\n- Vorbereitung der Monatsabschlüsse\n- Abstimmung mit dem Steuerberater\n\nIhr Profil:\n- Abgeschlossene kaufmännische Ausbildung\n- Mindestens 3 Jahre Berufserfahrung in der Buchhaltung\n- Sichere Kenntnisse in DATEV und MS Excel\n- Sehr gute Deutschkenntnisse in Wort und Schrift\n- Führerschein Klasse B\n\nWir bieten:\n- 20 Tage Urlaub\n- Lohnfortzahlung im Krankheitsfall\n- Ein unbefristetes Arbeitsverhältnis\n- Kostenlose Parkplätze\n",
        "pay": None,
        "hol": False,
        "lv": {"ability-coded": "concern", "benefits": "gap"},
        "q": {"ability-coded": (("driving",), ("screen-reader", "accessibility", "language"))},
        "years": 3,
    },
    "ml_no_rai": {
        "text": "# Machine Learning Engineer, Credit Risk\n\nLendwise, New York, NY\n\nLendwise uses machine learning to decide consumer loans in minutes.\n\nResponsibilities\n- Train and deploy credit-scoring models that approve or decline applicants\n- Build feature pipelines from bank transaction data\n- Monitor model performance in production\n\nQualifications\n- BS in Computer Science or related field\n- 3+ years of experience training ML models in production\n- Python, PyTorch, XGBoost, Spark, Airflow\n\nCompensation: $165,000 - $195,000 base + equity.\nOn-site in our Manhattan office five days a week.\n",
        "pay": (165000, 195000, "USD"),
        "lv": {"responsible-ai": "gap"},
        "q": {"responsible-ai": (("use-case-review",), ("driving",))},
    },
    "ml_rai": {
        "text": "# Machine Learning Engineer, Credit Risk\n\nLendwise, New York, NY\n\nLendwise uses machine learning to decide consumer loans in minutes.\n\nResponsibilities\n- Train and deploy credit-scoring models that approve or decline applicants\n- Run fairness and disparate-impact testing on every model before release, documented in model cards\n- Work with our model risk management team on explainability of adverse action notices\n\nQualifications\n- 3+ years of experience training ML models in production\n- Python, PyTorch, XGBoost\n\nCompensation: $165,000 - $195,000 base + equity.\n",
        "pay": (165000, 195000, "USD"),
        "lv": {"responsible-ai": "positive"},
    },
    "public_sector_uk": {
        "text": "# Policy Adviser, Department for Transport\n\nGrade: Higher Executive Officer (HEO)\nSalary: £38,018 - £41,398 (London), £34,080 - £37,100 (national)\nLocation: London, Birmingham or Leeds. Hybrid working: a minimum of 60% of your working time in the office.\n\nJob description\nYou will advise ministers on rail policy and draft briefings and submissions.\n\nEssential criteria\n- Strong written communication\n- Ability to analyse evidence and present options\n\nBenefits\n- Civil Service pension with an average employer contribution of 28.97%\n- 25 days annual leave, rising to 30\n- Flexible working and flexitime\n\nThe Civil Service is committed to attract, retain and invest in talent wherever it is found. We are a Disability Confident Leader and offer a guaranteed interview to disabled applicants who meet the minimum criteria.\n",
        "pay": (38018, 41398, "GBP"),
        "hol": True,
        "lv": {"diversity-measure": "positive"},
    },
    "warehouse_us": {
        "text": "# Warehouse Associate – Night Shift\n\nColumbus, OH\n\nPay: $19.50/hour + $2.00/hour night shift differential\n\nWhat you'll do\n- Pick and pack customer orders\n- Load trucks\n- Must be able to lift up to 50 lbs and stand for 10-hour shifts\n- Mandatory overtime during peak season\n\nRequirements\n- High school diploma or GED\n- Must be 18 years or older\n- Must pass a drug screen and background check\n\nBenefits: Medical, dental, 401(k). We are an E-Verify employer.\n",
        "pay": (19.5, 19.5, "USD"),
        "years": None,
        "no": ("years-vs-seniority",),
        "q": {"ability-coded": ((), ("screen-reader",))},
    },
    "volunteer_charity": {
        "text": "# Fundraising Officer\n\nRiverside Hospice, Norwich\n\nSalary: £27,000 per annum (FTE), 0.8 FTE (30 hours per week)\n\nYou will organise community fundraising events and work with volunteers. Some evening and weekend work will be required, with time off in lieu.\n\nA full UK driving licence and access to a car for work use is essential, as you will travel across Norfolk. Mileage is paid at 45p per mile.\n\nWe are committed to being an inclusive employer. We offer 26 days annual leave plus bank holidays, a 5% employer pension contribution, and an employee assistance programme.\n",
        "pay": (27000, 27000, "GBP"),
        "hol": True,
        "q": {"ability-coded": (("driving",), ("screen-reader", "accessibility"))},
    },
    "sales_ote": {
        "text": "# Business Development Representative\n\nNimbus HR, Dublin\n\nBase salary €38,000, OTE €55,000. Last year our best BDRs earned €20,000 in commission on top of base.\n\nYou will book meetings for our account executives and qualify inbound leads.\n\nAbout you: 1+ year in sales or customer-facing work, fluent English; German or French is a plus.\n\nBenefits: 20 days annual leave, health insurance, pension contribution of 5%.\nHybrid, 3 days in our Dublin office.\n",
        "pay": "stated",
        "hol": False,
    },
    "de_ml": {
        "text": "# Data Scientist (m/w/d) Kreditrisiko\n\nEine Bank in Frankfurt am Main.\n\nIhre Aufgaben\n- Entwicklung von Scoring-Modellen für Privatkredite\n- Validierung der Modelle gemäß MaRisk\n\nIhr Profil\n- Master in Statistik, Mathematik oder Informatik\n- Mindestens 3 Jahre Erfahrung mit Python und SQL\n- Sehr gute Deutsch- und Englischkenntnisse\n\nWir bieten\n- 30 Tage Urlaub\n- Betriebliche Altersvorsorge\n- Hybrides Arbeiten mit 2 Tagen im Büro\n",
        "pay": None,
        "hol": True,
        "lv": {"responsible-ai": "gap"},
        "years": 3,
    },
    "uk_min_holiday": {
        "text": "# Customer Service Adviser\n\nCall centre, Sunderland. £11.44 per hour (National Living Wage). 37.5 hours per week, Monday to Saturday on a rota.\n\nWhat we offer: 28 days holiday (including bank holidays), free parking, staff discount, and a pension.\n\nYou will answer calls and emails from customers about orders and returns. Must be 18 years or over.\n",
        "pay": (11.44, 11.44, "GBP"),
        "hol": False,
        "years": None,
        "no": ("years-vs-seniority",),
    },
    "us_short_pto": {
        "text": "# Office Manager\n\nDental practice in Austin, TX. $22-$26/hour.\n\nBenefits: 15 days PTO, health insurance, 401(k) match.\n\nYou run the front desk, scheduling and supplies. 2+ years of office experience.\n",
        "pay": (22, 26, "USD"),
        "hol": True,
        "years": 2,
    },
    "nl_holiday": {
        "text": "# Data Analyst\n\nUtrecht. Salary €3,800 - €4,600 gross per month plus 8% holiday allowance.\n\nYou build dashboards in Power BI for our logistics planners. You have 2 years of experience with SQL and Power BI, and you speak Dutch and English.\n\nWe offer 25 vacation days, a travel allowance and a pension scheme.\n",
        "pay": (3800, 4600, "EUR"),
        "hol": True,
        "years": 2,
    },
}
for _s29 in _ADS29.values():
    _ad29(_s29)

# Single sentences of the three classes: a sum named "in bonus" is not the pay, holiday at the
# legal floor is no benefit, an age after the years is no experience asked for.
for _t29 in (
    "Our top performers earned £40,000 in bonus last year on top of base salary.",
    "Last year our best reps earned an average of $25,000 in commission.",
    "New joiners can earn €12,000 in commissions in their first year.",
    "You could earn $30,000 in stock over four years.",
):
    case(_c29("sum in bonus"), _t29, _pay29(None))
case(
    _c29("sum in bonus"),
    "Salary: £45,000 in London, £40,000 elsewhere.",
    _pay29((40000, 45000, "GBP")),
)
case(
    _c29("sum in bonus"),
    "We pay $120,000 in base salary plus bonus.",
    _pay29((120000, 120000, "USD")),
)
for _t29, _w29 in (
    ("We offer: 20 days annual leave, a pension and a bike scheme.", False),
    ("Wir bieten: 20 Tage Urlaub, ein Jobticket und Obst im Büro.", False),
    ("Benefits: 28 days holiday including bank holidays, free parking.", False),
    ("Holiday: 25 days holiday inclusive of public holidays.", False),
    ("Benefits: 28 days holiday plus bank holidays and a pension.", True),
    ("Wir bieten: 30 Tage Urlaub und ein Jobticket.", True),
    ("Benefits: 15 days PTO, health insurance and a 401(k) match.", True),
):
    case(_c29("holiday floor"), _t29, _hol29(_w29))
for _t29, _y29 in (
    (
        "Requirements\n- Must be 18 years or older\n- Must pass a drug screen and background check",
        None,
    ),
    ("Requirements\n- Must be 21 years of age or above\n- Must pass a background check", None),
    ("Anforderungen:\n- Sie sind 18 Jahre oder älter\n- Hintergrund in Logistik", None),
    ("Requirements\n- 5 years or more of experience\n- A background in sales", 5),
):
    case(_c29("age not years"), _t29, _yrs27(_y29))


# ================================================================ round 30 de (helper rt30de)
# German job ads (Germany, Austria, Switzerland) and interview answers in English and German,
# new shapes written for this round: pay told in compounds (Bruttojahresgehalt, Jahressalär,
# Monatslohn), "mindestens", k€ and TEUR, ranges high to low, supplements that are not pay;
# requirement headings with and without a colon; presence at the office as a share; a bound
# written "max."; experience ceilings with "bis zu"; physical demands in the dative; the Swiss
# Personensicherheitsprüfung. Answers: findings that led to nothing, questions declined or handed
# on, commitment professed, bodies set up with nothing they did, targets told as had, no rule
# ("das macht jeder, wie er will"), and the same shapes with a deed and its result. Every
# expectation was set by reading, before askback ran on the input.
def _c30(name: str) -> str:
    return name + " (30th de)"


def _a30(cls: str, frag: str, chk: Check) -> None:
    case(_c30(cls), ad(frag, "de"), chk)


def _pw30(lo: float | None, hi: float | None, period: str) -> Check:
    """The figure, with its period read from the words (not judged from the amount)."""

    def chk(r: AdReport) -> tuple[bool, str]:
        p = r.pay
        ok = (
            p.stated
            and (p.minimum, p.maximum, p.period) == (lo, hi, period)
            and "period" not in p.guessed
        )
        return ok, f"pay=({p.minimum},{p.maximum},{p.period}) guessed={p.guessed}"

    return chk


# ---- pay
_a30("pay", "Wir bieten ein Monatsgehalt ab 3.800 € brutto.", _pw30(3800, None, "month"))
_a30(
    "pay",
    "Jahresgehalt: bis zu 72.000 € brutto, abhängig von Ihrer Erfahrung.",
    pay_max(72000, "year"),
)
_a30("pay", "Gehalt: 65–75 k€ brutto p. a.", pay_is(65000, 75000, "year"))
_a30("pay", "Vergütung: 70 TEUR bis 85 TEUR p.a.", pay_is(70000, 85000, "year"))
_a30("pay", "Gehaltsspanne: 64.000 € – 56.000 € brutto jährlich.", pay_is(56000, 64000, "year"))
_a30("pay", "Bezahlung nach TVöD Bund, Entgeltgruppe 13.", scale_is("TVöD Bund Entgeltgruppe 13"))
_a30("pay", "Die Stelle ist nach E 9b TV-L bewertet.", scale_is("E 9b TV-L"))
_a30(
    "pay",
    "Das Mindestgehalt laut KV beträgt € 2.950,- brutto pro Monat (14 x jährlich).",
    pay_is(2950, 2950, "month"),
)
_a30("pay", "Lohn: CHF 7'200 pro Monat, 13. Monatslohn.", pay_is(7200, 7200, "month"))
_a30("pay", "Jahressalär: CHF 118'000 – 132'000.", _pw30(118000, 132000, "year"))
_a30("pay", "Bruttojahresgehalt ab 52.000 €.", _pw30(52000, None, "year"))
_a30("pay", "Das Bruttomonatsgehalt beträgt ab 3.900 €.", _pw30(3900, None, "month"))
_a30("pay", "Monatslohn: CHF 6'500 bis 7'800.", _pw30(6500, 7800, "month"))
_a30("pay", "Monatslohn CHF 6'500 – 7'800 (13x).", _pw30(6500, 7800, "month"))
_a30("pay", "Jahreslohn CHF 92'000.", _pw30(92000, 92000, "year"))
_a30("pay", "Bruttostundenlohn: 15,20 €.", _pw30(15.2, 15.2, "hour"))
_a30("pay", "Das Bruttojahresgehalt beträgt mindestens 55.000 Euro.", _pw30(55000, None, "year"))
_a30(
    "pay",
    "Bruttomonatsgehalt mind. EUR 3.450,- (KV Handel) mit Bereitschaft zur Überzahlung.",
    _pw30(3450, None, "month"),
)
_a30("pay", "Jahresgehalt max. 68.000 €.", _pw30(None, 68000, "year"))
_a30("pay", "Zusätzlich erhalten Sie ein 13. Monatsgehalt und Urlaubsgeld.", no_pay)
_a30("pay", "Nachtzuschläge von 25 % und eine Schichtzulage von 180 € im Monat.", no_pay)
_a30("pay", "Einmalige Umzugspauschale bis 5.000 € sowie Wechselprämie von 2.000 €.", no_pay)
_a30("pay", "Ihr Jahresbonus beträgt bis zu 15 % des Grundgehalts.", no_pay)
_a30("pay", "Fahrtkostenzuschuss 50 € monatlich und Deutschlandticket.", no_pay)
_a30("pay", "Die Vergütung erfolgt außertariflich.", level_of("salary", "gap"))
_a30("pay", "Grundgehalt: 4.100 € brutto/Monat; Schichtzulage 300 €.", pay_is(4100, 4100, "month"))
_a30(
    "pay",
    "Wir bieten ein Bruttojahresgehalt von 48.000 – 58.000 € sowie einen jährlichen Bonus.",
    pay_is(48000, 58000, "year"),
)
_a30(
    "pay",
    "Entgelt nach TV-L E13 (Stufe je nach Erfahrung) – das entspricht ca. 4.800 bis 6.800 € brutto im Monat.",
    pay_is(4800, 6800, "month"),
)
_a30("pay", "Jahresgehalt ab 62 k€ bis 74 k€.", pay_is(62000, 74000, "year"))
_a30("pay", "Gehalt: 65–75 k€ brutto p. a.", level_of("salary", "positive"))
_a30("pay", "Bruttojahresgehalt ab 52.000 €.", level_of("salary", "info"))
# ---- requirements
_a30(
    "requirements",
    "Das bringen Sie mit\n- Abgeschlossenes Studium der Informatik\n- Mindestens 5 Jahre Berufserfahrung\n- Erfahrung mit Kubernetes\n\nWünschenswert\n- Kenntnisse in Terraform\n- Erfahrung mit Azure",
    must(6),
)
_a30(
    "requirements",
    "Ihr Profil:\n- Ausbildung als Kaufmann/-frau\n- 2 Jahre Erfahrung\n- MS Office\nNice to have:\n- SAP\n- Englisch",
    must(6),
)
_a30(
    "requirements",
    "Aufgaben\n- Pflege der Stammdaten\n- Erstellung von Berichten\nWas Sie mitbringen\n- Studium BWL\n- 3 Jahre Erfahrung im Controlling\n- Sicherer Umgang mit Excel\nWir bieten\n- 30 Tage Urlaub\n- Jobrad",
    must(6),
)
_a30(
    "requirements",
    "Das zeichnet Sie aus:\n- Teamfähigkeit\n- Mehrjährige Berufserfahrung im Vertrieb\n- Reisebereitschaft\nDas ist ein Plus:\n- Erfahrung mit Salesforce",
    must(6),
)
_a30(
    "requirements",
    "Ihr Profil\n- Abgeschlossene Ausbildung zur Pflegefachkraft\n- Führerschein Klasse B\n- Von Vorteil: Erfahrung in der Intensivpflege\n- Idealerweise Kenntnisse in SAP",
    must(5),
)
_a30(
    "requirements",
    "Anforderungen:\n• Studium der Informatik\n• 4+ Jahre Erfahrung in Java\n• Wünschenswert: Kenntnisse in Kotlin",
    must(5),
)
_a30(
    "requirements",
    "Was wir erwarten\n1. Hochschulabschluss\n2. Sehr gute Excel-Kenntnisse\n3. Reisebereitschaft (ca. 20 %)",
    must(6),
)
# ---- gender-coded: trait and culture words only
_a30("gender", "Wir suchen eine durchsetzungsstarke Persönlichkeit mit Kampfgeist.", masc)
_a30("gender", "Sie sind ein Teamplayer, hilfsbereit und verständnisvoll.", fem)
_a30("gender", "Als Mitarbeiter (m/w/d) im Vertrieb betreuen Sie unsere Kunden.", no_gender)
_a30(
    "gender",
    "Die Analyse von Wettbewerbern und die Marktführerschaft im Segment gehören zu Ihren Aufgaben.",
    no_gender,
)
_a30("gender", "Wir suchen einen ehrgeizigen Vertriebler, der Ziele übertrifft.", masc)
_a30("gender", "Sie bringen Durchsetzungsvermögen und Verhandlungsgeschick mit.", masc)
_a30(
    "gender",
    "Wir suchen Mitarbeiter, die gerne im Team arbeiten und Verantwortung übernehmen.",
    no_gender,
)
_a30("gender", "Sie sind einfühlsam, zuverlässig und kommunikationsstark.", fem)
# ---- exclusionary
_a30(
    "exclusionary",
    "Ideal für junge Berufseinsteiger direkt nach dem Studium.",
    level_of("age-coded", "concern"),
)
_a30("exclusionary", "Sie sind jung, dynamisch und flexibel.", flagged("age-coded"))
_a30("exclusionary", "Wir sind ein dynamisches Unternehmen im Wachstum.", none_of("age-coded"))
_a30(
    "exclusionary",
    "Wir suchen Verstärkung für unser junges Team in Hamburg.",
    q_has("age-coded", {"age"}),
)
_a30(
    "exclusionary",
    "Körperliche Belastbarkeit wird vorausgesetzt. Sie arbeiten überwiegend am Schreibtisch im Büro.",
    level_of("ability-coded", "concern"),
)
_a30(
    "exclusionary",
    "Ein hohes Maß an körperlicher Fitness ist für diese Bürotätigkeit erforderlich.",
    level_of("ability-coded", "concern"),
)
_a30(
    "exclusionary",
    "Die Stelle ist nur für Personen mit deutscher Staatsangehörigkeit zugänglich (Sicherheitsüberprüfung).",
    level_of("nationality-coded", "info"),
)
_a30(
    "exclusionary",
    "Sie sind bereit, sich einer erweiterten Personensicherheitsprüfung zu unterziehen.",
    level_of("nationality-coded", "info"),
)
_a30(
    "exclusionary",
    "Durchführung der Sicherheitsprüfung nach DGUV V3 an elektrischen Anlagen.",
    none_of("nationality-coded"),
)
_a30(
    "exclusionary",
    "Schweizer Bürgerrecht oder Niederlassungsbewilligung C.",
    q_has("nationality-coded", set(), {"screen-reader", "driving"}),
)
_a30("exclusionary", "Sie haben maximal 2 Jahre Berufserfahrung.", flagged("age-coded"))
_a30(
    "exclusionary",
    "Perfekt für Berufsanfänger mit bis zu zwei Jahren Erfahrung.",
    flagged("age-coded"),
)
_a30("exclusionary", "Sie haben mindestens 2 Jahre Berufserfahrung.", none_of("age-coded"))
_a30("exclusionary", "Digital Native mit Gespür für Trends.", flagged("age-coded"))
# ---- work arrangement
_a30("arrangement", "Mobiles Arbeiten an 3 Tagen pro Woche.", arr("hybrid", 2))
_a30("arrangement", "Präsenzpflicht an zwei Tagen pro Woche in München.", arr("hybrid", 2))
_a30(
    "arrangement",
    "Remote innerhalb Deutschlands, gelegentliche Teamtreffen in Berlin.",
    arr("remote"),
)
_a30("arrangement", "Bürotage: Dienstag und Donnerstag.", arr("hybrid", 2))
_a30("arrangement", "Die Tätigkeit erfolgt vollständig vor Ort in unserem Werk.", arr("onsite"))
_a30("arrangement", "100 % remote möglich (innerhalb der Schweiz).", arr("remote"))
_a30("arrangement", "Mind. 50 % Präsenz im Büro.", arr("hybrid", 2.5))
_a30("arrangement", "Präsenz vor Ort: 60 %.", arr("hybrid", 3))
_a30("arrangement", "Anwesenheit im Büro zu mindestens 40 %.", arr("hybrid", 2))
_a30("arrangement", "Büropräsenz: mindestens 40 %.", arr("hybrid", 2))
_a30("arrangement", "Homeoffice-Anteil von bis zu 40 %.", arr("hybrid", 3))
_a30("arrangement", "Homeoffice: max. 2 Tage/Woche.", arr("hybrid", 3))
_a30("arrangement", "Homeoffice an bis zu 2 Tagen pro Woche.", arr("hybrid", 3))
_a30("arrangement", "Wir arbeiten remote-first, Büro in Wien optional.", arr("remote"))
_a30("arrangement", "Hybrid (60/40 Büro/Homeoffice).", arr("hybrid", 3))
_a30("arrangement", "70/30 Homeoffice/Büro.", arr("hybrid", 1.5))
_a30("arrangement", "Homeoffice möglich (bis zu 3 Tage).", arr("hybrid", 2))
_a30("arrangement", "Remote-Anteil: 80 %.", arr("hybrid", 1))
_a30("arrangement", "Ortsunabhängiges Arbeiten innerhalb der EU möglich.", arr("remote"))
_a30("pay", "Lohnband: CHF 85'000 – 105'000 brutto/Jahr.", pay_is(85000, 105000, "year"))
_a30("pay", "Gehaltsband 5: € 50.000,- bis € 60.000,- p.a.", pay_is(50000, 60000, "year"))
_a30(
    "languages",
    "Deutsch (Niveau C1) und Englisch (B2+) setzen wir voraus.",
    langs(German=True, English=True),
)
_a30(
    "languages",
    "Sie sprechen fließend Deutsch und Englisch; Spanisch ist von Vorteil.",
    langs(German=True, English=True, Spanish=False),
)
_a30(
    "exclusionary",
    "Wir suchen einen jungen, motivierten Kollegen (m/w/d).",
    level_of("age-coded", "concern"),
)
# ---- languages
_a30(
    "languages",
    "Deutsch auf C1-Niveau zwingend, Englisch von Vorteil.",
    langs(German=True, English=False),
)
_a30(
    "languages",
    "Verhandlungssicheres Englisch, Deutsch fließend in Wort und Schrift.",
    langs(English=True, German=True),
)
_a30("languages", "Französisch als Muttersprache, gute Deutschkenntnisse.", native)
_a30(
    "languages",
    "Englischkenntnisse sind wünschenswert, aber kein Muss.",
    langs(English=False),
)
_a30(
    "languages",
    "Fließende Englischkenntnisse; Deutschkenntnisse sind ein Plus.",
    langs(English=True, German=False),
)
_a30("languages", "Sprachen: Deutsch (Muttersprache), Französisch (B2).", native)
_a30(
    "languages",
    "Gute Englischkenntnisse zwingend, Deutsch nicht erforderlich.",
    no_language("German"),
)
_a30(
    "languages",
    "Kenntnisse einer zweiten Amtssprache (Französisch oder Italienisch) sind erwünscht.",
    langs(French=False, Italian=False),
)


# ---- answers (English and German)
def _n30(text: str, chk: Callable[[Any], tuple[bool, str]]) -> None:
    CASES.append((_c30("answers"), text, lambda: analyze_answer(text), chk))


for _t30 in (
    "Seit Januar 2024 bekommen alle Teilzeitkräfte dieselben Bonusregeln; die Personalleiterin Frau Berger hat das umgesetzt.",
    "Wir haben 2023 unsere Gehälter extern prüfen lassen und bei elf Kolleginnen nachgebessert, im Schnitt um 4 %.",
    "Nach der Mitarbeiterbefragung im Herbst 2023 haben wir die Kernarbeitszeit abgeschafft; die Zufriedenheit mit der Work-Life-Balance stieg von 3,1 auf 3,9.",
    "Unser Betriebsrat hat eine Betriebsvereinbarung zur Erreichbarkeit durchgesetzt: nach 19 Uhr gehen keine Mails mehr raus, und das gilt seit April.",
    "Wir haben keine Zielquote, aber wir haben 2024 alle Auswahlgespräche mit gemischten Panels geführt, und der Frauenanteil bei den Einstellungen stieg auf 41 %.",
    "In den letzten zwölf Monaten haben 9 von 10 neuen Entwicklerinnen ihre Probezeit bestanden.",
    "Die Teamleitung misst die Überstunden monatlich; im Schnitt waren es 2023 drei Stunden pro Person und Monat.",
    "Eine Quote haben wir nicht, aber seit 2023 schreiben wir alle Stellen auch in Teilzeit aus, und 6 der 14 Neueinstellungen arbeiten in Teilzeit.",
    "Unsere Personalleiterin, Frau Yilmaz, hat 2024 die Gehaltsbänder veröffentlicht; seitdem sind die Verhandlungsunterschiede zwischen Männern und Frauen von 7 % auf 2 % gesunken.",
    "Wir haben im März 2023 die Vertrauensarbeitszeit durch Zeiterfassung ersetzt, und die Überstunden sind um ein Drittel zurückgegangen.",
    "Our CFO signed off a pay audit in March 2024; we found a 6% gap in two teams and raised 14 salaries to close it.",
    "We don't have a formal target, but since 2022 every shortlist has at least two women and our hires went from 15% to 33% women.",
    "Maria, our engineering manager, introduced a rota in 2023 so nobody is on call more than one week in five, and pages per week dropped from 30 to 8.",
    "We ran two rounds of structured interviews last year and offer acceptance went from 60% to 78%.",
    "We never set a number, but we stopped asking for salary history in 2022 and the starting-pay gap between men and women fell from 8% to 2%.",
    "We set up a pay equity committee in 2022; it found a 6% gap and we raised 14 salaries to close it.",
    "We set up a council in 2021 and women in leadership went from 18% to 31%.",
    "Our target is 40% women by 2026, and we are at 36% today after changing our shortlists in 2023.",
    "We published our first gender pay gap report in April 2024: the median gap is 11%, and the CFO owns the action plan.",
):
    _n30(_t30, rated(4, 5, False))
for _t30 in (
    "Wir arbeiten daran, die Gehaltsstruktur transparenter zu machen.",
    "Das Thema steht ganz oben auf unserer Agenda.",
    "Wir haben eine Arbeitsgruppe gegründet, die sich mit Vielfalt beschäftigt.",
    "Wir haben 2023 einen Beirat für Vielfalt eingerichtet.",
    "Im nächsten Jahr soll es eine Gehaltsanalyse geben.",
    "Wir sind überzeugt, dass gemischte Teams bessere Ergebnisse liefern.",
    "Es gibt bei uns ein Gremium für Chancengleichheit.",
    "Grundsätzlich ist bei uns jeder willkommen.",
    "Wir hoffen, dass sich das mit der neuen Geschäftsführung bessert.",
    "Wir bekennen uns klar zur Vielfalt.",
    "Das Unternehmen hat sich der Chancengleichheit verschrieben.",
    "Ein Frauenanteil von 35 % ist unser Ziel für 2026.",
    "Wir führen gerade Gespräche mit einem externen Anbieter für eine Gehaltsanalyse.",
    "Bei uns gibt es keinen Gender Pay Gap, wir zahlen alle gleich.",
    "We set up a working group on inclusion last year.",
    "We established a DEI council in 2022.",
    "We have had a DEI council since 2022.",
    "Leadership is fully committed to closing the gap.",
    "Our leadership is deeply committed to diversity.",
    "We're working on it.",
    "It's on the roadmap.",
    "Our target is 40% women in engineering by 2026.",
    "We're currently in talks with a vendor about a pay audit.",
    "We are an equal opportunity employer.",
):
    _n30(_t30, rated(1, 2, False))
for _t30 in (
    "Ehrlich gesagt erfassen wir den Gender Pay Gap nicht.",
    "Wir messen die Fluktuation nicht.",
    "Wir werten das nicht aus.",
    "Das regelt bei uns die Personalabteilung, da bin ich nicht involviert.",
    "Dazu möchte ich mich nicht äußern.",
    "Die Umfrage 2023 hat gezeigt, dass 40 % unzufrieden sind, aber Konsequenzen gab es keine.",
    "Wir hatten 2022 eine Fluktuation von 30 %, und seitdem hat sich nichts getan.",
    "Passiert ist seitdem nichts.",
    "Daraus wurde nichts.",
    "Also, ehrlich gesagt gibt es da keine Regelung, das macht jeder Teamleiter, wie er will.",
    "Das läuft bei uns eher informell, auf Zuruf.",
    "We do not track pay gaps.",
    "I'd rather not go into pay here.",
    "That's handled by HR, I'm not involved.",
    "The survey showed 40% were unhappy, and nothing came of it.",
    "The audit results from 2023 were never acted on.",
    "We tried mentoring in 2022, but only three people signed up and it was shut down.",
    "We're a small team, so we handle it informally.",
    "We don't have a target, and honestly I don't think we need one.",
):
    _n30(_t30, at_most(2, flag=True))
_n30("We launched an ERG in Q3 and 40 people joined.", rated(4, 5, False))
_n30("Unser Ziel sind 40 % bis 2027, heute liegen wir bei 31 %.", rated(3, 5, False))
_n30("Die Quote liegt bei 40 %, aber das war schon immer so.", rated(1, 3, False))


# ================================================================ round 30 en (helper rt30en)
# English ads in the shapes of UK, US, Irish, Australian, Canadian and Indian boards (HTML and
# plain text, tables, bullets run into one line). Every expectation was set by reading the input
# before askback ran on it; what round 30 left open is listed in docs/text-analysis.md, not here.
def _c30e(name: str) -> str:
    return name + " (30th en)"


def _ad30(title: str, body: str) -> str:
    return f"# {title}\n\n{body}\n"


def _pay30(lo: float | None, hi: float | None, cur: str | None, period: str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.pay.minimum, r.pay.maximum, r.pay.currency, r.pay.period)
        return r.pay.stated and got == (lo, hi, cur, period), f"pay={got}"

    return chk


def _figs30(*want: float) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = [f.minimum if f.minimum is not None else f.maximum for f in r.pay.figures]
        return got == list(want), f"figures={got}"

    return chk


def _arr30(kind: str, days: float | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.work_arrangement, r.office_days)
        return got == (kind, days), f"arr={got}"

    return chk


def _req30(musts: int | None, years: int | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.must_haves, r.years_required)
        return got == (musts, years), f"must_haves, years={got}"

    return chk


def _gen30(masc: int, fem: int | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.masculine == masc and (fem is None or r.feminine == fem)
        return ok, f"masculine={r.masculine} feminine={r.feminine}"

    return chk


def _x30(*want: tuple[str, str]) -> Check:
    """Exactly these (check, level) pairs among the exclusionary findings, in any order."""

    def chk(r: AdReport) -> tuple[bool, str]:
        got = sorted((f.check, f.level.value) for f in r.findings if f.area.value == "exclusionary")
        return got == sorted(want), f"exclusionary={got}"

    return chk


def _ben30(*want: str, never: tuple[str, ...] = ()) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = all(w in r.benefits for w in want) and not any(n in r.benefits for n in never)
        return ok, f"benefits={r.benefits}"

    return chk


def _langs30(**want: bool) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = {x.language: x.required for x in r.language_requirements if not x.implied}
        return got == want, f"langs={got}"

    return chk


# ---- pay: periods, currencies written beside the figures, lakhs, base and OTE, not-pay amounts
for _t30, _b30, _w30 in (
    (
        "Payroll Officer",
        "Perth WA. Salary: $3,400 per fortnight plus 11.5% super. Full time, Monday to Friday.",
        (3400, 3400, "AUD", "fortnight"),
    ),
    (
        "Support Worker",
        "Disability services, Geelong. Pay: $1,150 - $1,300 per fortnight (part time, 0.6 FTE).",
        (1150, 1300, "USD", "fortnight"),
    ),
    (
        "Marketing Executive",
        "Galway. Salary: 38,000 - 44,000 (Euro) depending on experience.",
        (38000, 44000, "EUR", "year"),
    ),
    (
        "Bookkeeper",
        "Salary £30,000 sterling per annum, Norwich office.",
        (30000, 30000, "GBP", "year"),
    ),
    ("Bookkeeper", "Salary: 30,000 pounds sterling a year.", (30000, 30000, "GBP", "year")),
    (
        "Sales Manager",
        "Package: OTE £60,000 (base £40,000), car allowance, laptop and phone.",
        (40000, 40000, "GBP", "year"),
    ),
    ("Sales Manager", "OTE £60,000 with a base of £40,000.", (40000, 40000, "GBP", "year")),
    ("Sales Manager", "£40,000 basic, £60,000 OTE", (40000, 40000, "GBP", "year")),
    (
        "Solutions Consultant",
        "Dublin. The salary is between €60,000 and €75,000 with bonus.",
        (60000, 75000, "EUR", "year"),
    ),
    (
        "Bar Supervisor",
        "£12.60 per hour (approx. £24,500 per year based on 37.5 hours).",
        (12.6, 12.6, "GBP", "hour"),
    ),
    (
        "Data Engineer",
        "Salary\n£55,000 - £65,000\n\nLocation\nManchester (hybrid)",
        (55000, 65000, "GBP", "year"),
    ),
    (
        "Software Engineer",
        "Salary range: $140,000 to $120,000 depending on level.",
        (120000, 140000, "USD", "year"),
    ),
    (
        "Registered Nurse",
        "Band 5: £29,970 - £36,483 per annum pro rata. Plus a £2,000 welcome payment for international nurses.",
        (29970, 36483, "GBP", "year"),
    ),
    (
        "Graduate Analyst",
        "Starting salary ₹6,00,000 - ₹8,00,000 per annum (CTC). Bengaluru office.",
        (600000, 800000, "INR", "year"),
    ),
    (
        "Java Developer",
        "CTC: 12-18 LPA. Location: Pune, on-site.",
        (1200000, 1800000, "INR", "year"),
    ),
    ("Java Developer", "Salary: ₹12 LPA", (1200000, 1200000, "INR", "year")),
    ("Java Developer", "CTC: ₹8-10 lakhs per annum", (800000, 1000000, "INR", "year")),
    ("Java Developer", "Salary: 4.5 LPA to 6 LPA", (450000, 600000, "INR", "year")),
    ("Accounts Executive", "Salary: Rs. 35,000 per month", (35000, 35000, "INR", "month")),
    (
        "Policy Officer",
        "Salary: CAD $72,000 – $84,000 annually. Ottawa, hybrid (3 days in office).",
        (72000, 84000, "CAD", "year"),
    ),
    ("Support Worker", "Pay: NZD $28.50 per hour.", (28.5, 28.5, "NZD", "hour")),
    (
        "Customer Success Manager",
        "We offer a salary of £42k + up to 15% bonus and a £500 home-office budget.",
        (42000, 42000, "GBP", "year"),
    ),
    (
        "Cleaner",
        "Hours: 6am to 9am, Monday to Friday. Pay £11.44 an hour.",
        (11.44, 11.44, "GBP", "hour"),
    ),
    (
        "Senior Accountant",
        "Compensation: Up to $105K/year. Benefits include a $2,500 annual learning stipend and $100/month wellness allowance.",
        (None, 105000, "USD", "year"),
    ),
    (
        "Delivery Driver",
        "Earn $900 to $1,100 per week. Fuel card provided.",
        (900, 1100, "USD", "week"),
    ),
    (
        "Contract Data Analyst",
        "Rate: €450 - €550 per day. 6-month contract, Dublin 2, 2 days onsite.",
        (450, 550, "EUR", "day"),
    ),
    (
        "Site Engineer",
        "Salary: AUD 95k–110k + super + vehicle. FIFO 8/6 roster.",
        (95000, 110000, "AUD", "year"),
    ),
    (
        "Medical Secretary",
        "NHS Band 3 (£24,071 - £25,674). Part time, 22.5 hours per week, pro rata.",
        (24071, 25674, "GBP", "year"),
    ),
    (
        "Recruitment Consultant",
        "Basic salary £26,000 - £30,000 + commission (realistic first year OTE £40k).",
        (26000, 30000, "GBP", "year"),
    ),
    (
        "Data Scientist",
        "Salary range: 70.000 - 85.000 EUR brutto/year. Munich.",
        (70000, 85000, "EUR", "year"),
    ),
):
    case(_c30e("pay"), _ad30(_t30, _b30), _pay30(*_w30))
for _t30, _b30 in (
    (
        "Warehouse Operative",
        "Sign-on bonus: £1,000 after 12 weeks. Relocation package worth up to £5,000. Shifts start at 06:00 and finish at 14:30.",
    ),
    (
        "Head of Finance",
        "You will own a budget of £12m and a revenue target of $40 million. Our company turned over £85m last year.",
    ),
    ("Data Analyst", "Budget: ₹50 lakh for tooling. We have 2 lakh customers across India."),
):
    case(_c30e("pay"), _ad30(_t30, _b30), no_pay)
case(
    _c30e("pay"),
    _ad30(
        "Graduate Engineer",
        "Starting salary: £32,000 with a £2,000 golden hello. Relocation support of up to £3,000.",
    ),
    _figs30(32000),
)

# ---- work arrangement
for _b30, _w30 in (
    ("Location: Bengaluru (Work from office, 5 days).", ("onsite", 5.0)),
    ("Work mode: WFO. Location: Hyderabad.", ("onsite", 5.0)),
    ("WFH: Yes, 100%. Must live within the EST time zone.", ("remote", 0.0)),
    ("Location: Toronto, ON (in-person)", ("onsite", 5.0)),
    ("Work from home with one team day a month in Manchester.", ("remote", 0.0)),
    ("Up to $48,000. New York, NY (on-site 4 days).", ("hybrid", 4.0)),
    (
        "Work location: Remote (Canada only). Occasional travel to Toronto for team weeks.",
        ("remote", 0.0),
    ),
    (
        "This role is office-based in Cork, with the option to work from home on Fridays.",
        ("hybrid", 4.0),
    ),
    ("Flexible working: in the office Tuesday and Thursday, the rest from home.", ("hybrid", 2.0)),
    ("Location: Melbourne CBD / Hybrid (2 days WFH).", ("hybrid", 3.0)),
    (
        "Remote working is not available for this role; you will be based at our Belfast site.",
        ("onsite", 5.0),
    ),
    ("You forecast storms for the Weather Forecast Office (WFO) in Tulsa.", ("not_stated", None)),
):
    case(_c30e("arrangement"), _ad30("Analyst", _b30), _arr30(*_w30))

# ---- requirements: headings, nice-to-haves, bullets run into one line, tables
for _t30, _b30, _w30 in (
    (
        "Operations Manager",
        "Responsibilities\n- Lead a team of 12 warehouse staff\n- Own the site budget\n\nSkills and experience\n- 5 years managing warehouse teams\n- Forklift licence\n- NEBOSH certificate\nNice to have\n- SAP experience\n- Lean Six Sigma",
        (3, 5),
    ),
    (
        "Junior Accountant",
        "Key requirements:\n• AAT Level 3 or equivalent\n• 1-2 years in an accounts team\n• Sage 50\n\nBonus points if you have:\n• ACCA part-qualified\n• Experience of payroll",
        (3, 1),
    ),
    (
        "Senior Software Engineer",
        "Requirements\n- 3+ years of professional experience with Go\n- Kubernetes in production\n- Strong testing habits\nBenefits\n- Private medical cover\n- 25 days holiday\n- Cycle to work scheme",
        (3, 3),
    ),
    (
        "Customer Service Team Leader",
        "Duties include:\n- Supervising a team of 8 advisors\n- Handling escalated complaints\n- Running daily huddles\nEssential\n- Previous supervisory experience\n- Strong communication skills",
        (2, None),
    ),
    (
        "Trainee Solicitor",
        "Requirements\n- A 2:1 degree in any subject\n- Completed SQE1\nPreferred but not essential\n- Second language\n- Work experience in a law firm",
        (2, None),
    ),
    (
        "Administrative Assistant",
        "Key Responsibilities:\nAnswer phones, greet visitors, manage the post.\nPerson Specification:\nGood IT skills (Word, Excel, Outlook)\nFriendly and professional manner\nGCSE Maths and English grade C or above",
        (3, None),
    ),
    (
        "Backend Developer (Mid-level)",
        "Requirements: • 3-5 years with Node.js • PostgreSQL • REST API design • AWS Lambda",
        (4, 3),
    ),
    ("Data Engineer", "Requirements: • Python • 4+ years building data pipelines • SQL", (3, 4)),
    (
        "Staff Accountant",
        "Location: Dublin 2 | Hybrid | €45,000 - €52,000 + 10% bonus\n\nRequirements\n- ACA/ACCA part-qualified\n- 2+ years in practice or industry\n- Fluent English; French is a bonus",
        (3, 2),
    ),
):
    case(_c30e("requirements"), _ad30(_t30, _b30), _req30(*_w30))
case(
    _c30e("requirements"),
    _ad30(
        "Store Manager",
        "<h2>What you'll do</h2><ul><li>Run a store of 20 colleagues</li><li>Hit sales targets</li></ul><h2>What you'll bring</h2><ul><li>3 years' retail management experience</li><li>Full UK driving licence</li></ul><h2>What we offer</h2><ul><li>Up to 20% staff discount</li><li>Pension</li></ul>",
    ),
    _req30(2, 3),
)
for _t30, _b30 in (
    (
        "Graduate Software Developer",
        "Requirements\n- A degree in Computer Science or a related subject\n- 5+ years of experience in Java, Spring and AWS\n- Knowledge of React",
    ),
    (
        "Entry Level Sales Associate",
        "Requirements:\n- 7+ years of B2B sales experience\n- A proven track record of exceeding quota",
    ),
):
    case(_c30e("requirements"), _ad30(_t30, _b30), level_of("years-vs-seniority", "concern"))

# ---- benefits: a bonus as a plus, holiday at the floor, perks
for _t30, _b30, _chk30 in (
    (
        "Junior Accountant",
        "Key requirements:\n• AAT Level 3\n• Sage 50\n\nBonus points if you have:\n• ACCA part-qualified",
        _ben30(never=("bonus",)),
    ),
    (
        "Lab Technician",
        "£26,000 to £28,500 p/a. 20 days holiday plus bank holidays. Employer pension contribution of 8%.",
        _ben30("pension", never=("paid holiday above the minimum",)),
    ),
    (
        "Senior Data Analyst",
        "<h2>Benefits</h2><ul><li>33 days holiday including bank holidays</li><li>Pension 8%</li></ul>",
        _ben30("paid holiday above the minimum", "pension"),
    ),
    (
        "Pharmacist",
        "Up to $72.50/hr depending on experience. Sign-on bonus $10,000. Relocation $5,000.",
        _ben30("bonus", "relocation support"),
    ),
):
    case(_c30e("benefits"), _ad30(_t30, _b30), _chk30)

# ---- gender-coded wording: traits and culture only
for _t30, _b30, _w30 in (
    (
        "Account Director",
        "We are a competitive agency in a competitive market. Our product dominates the mid-market segment and leads the category.",
        1,
    ),
    (
        "Risk Analyst",
        "You will assess counterparty risk, run stress tests and analyse the dominant exposures in the portfolio.",
        0,
    ),
    (
        "Analyst",
        "Our analytics platform supports decision-making. You will build a competitive analysis of rival products and an independent review of pricing.",
        0,
    ),
    ("Head of Growth", "Our mission is to dominate the European market for SME insurance.", 0),
    ("Negotiator", "You have a dominant personality and thrive in tough negotiations.", 1),
    ("Customer Advisor", "You'll need to be a confident communicator, assertive when needed.", 2),
):
    case(_c30e("gender"), _ad30(_t30, _b30), _gen30(_w30))
case(
    _c30e("gender"),
    _ad30(
        "Nursery Practitioner",
        "Join our nurturing team. We are warm and supportive and we value empathy.",
    ),
    _gen30(0, 4),
)

# ---- exclusionary wording: age, ability, citizenship (neutral), bro-culture
for _t30, _b30, _w30 in (
    (
        "Project Coordinator",
        "The successful candidate will be a mature, experienced professional with excellent people skills.",
        (("age-coded", "concern"),),
    ),
    (
        "Data Scientist",
        "Candidates should have 3-5 years of experience. Overqualified candidates need not apply.",
        (("age-coded", "concern"),),
    ),
    (
        "Engineering Manager",
        "We work hard and play hard. Beers on Friday and a ping-pong table.",
        # one entry said in two sentences is one finding with both places (2026-12-05)
        (("bro-culture", "concern"),),
    ),
    (
        "Graduate Engineer",
        "We are looking for graduates who are fresh out of university.",
        (("age-coded", "concern"),),
    ),
    (
        "Field Sales Representative",
        "Must have a clean driving record and be willing to travel 60% of the time.",
        (("ability-coded", "concern"),),
    ),
    (
        "Payroll Administrator",
        "This is a desk-based role. Must be able to lift 50 lbs and stand for 8 hours.",
        (("ability-coded", "concern"), ("ability-coded", "concern")),
    ),
    (
        "Software Engineer",
        "Applicants must be US citizens due to the nature of the government contracts.",
        (("nationality-coded", "info"),),
    ),
    (
        "Policy Analyst",
        "You must have the right to work in the UK. We are unable to offer visa sponsorship.",
        (("nationality-coded", "info"),),  # one condition, two wordings: one finding
    ),
    (
        "Receptionist",
        "Applicants should be between 20 and 30 years old.",
        (("age-coded", "concern"),),
    ),
    ("Care Coordinator", "Mature age applicants are encouraged to apply.", ()),
    ("Platform Engineer", "We run a mature data platform and mature processes.", ()),
    ("Retail Assistant", "Must be 16 or over. Must be able to work weekends.", ()),
):
    case(_c30e("exclusionary"), _ad30(_t30, _b30), _x30(*_w30))

# ---- languages
for _b30, _w30 in (
    (
        "Ottawa. This position requires fluency in both English and French.",
        {"English": True, "French": True},
    ),
    (
        "Dublin. Fluent English and German essential; Dutch would be an advantage.",
        {"English": True, "German": True, "Dutch": False},
    ),
    (
        "Welsh speakers are encouraged to apply; Welsh is desirable but not essential.",
        {"Welsh": False},
    ),
    (
        "Must speak Mandarin or Cantonese to serve our clients in Vancouver.",
        {"Mandarin": True, "Cantonese": True},
    ),
    ("No French required. The team works in English.", {}),
):
    case(_c30e("languages"), _ad30("Customer Service Agent", _b30), _langs30(**_w30))

# ---- levels and questions fit the finding
for _t30, _b30, _chk30 in (
    (
        "Warehouse Operative",
        "Pay: £12.40 per hour. Must have a clean driving record.",
        q_has("ability-coded", {"driving"}, {"screen-reader", "accessibility"}),
    ),
    (
        "Project Coordinator",
        "We want a mature individual for our front desk.",
        q_has("age-coded", {"age"}, {"driving", "visa"}),
    ),
    (
        "Engineering Manager",
        "Beers on Friday and a ping-pong table.",
        q_has("bro-culture", {"drinking-culture"}, {"driving"}),
    ),
    ("Java Developer", "CTC: 12-18 LPA. Location: Pune, on-site.", level_of("salary", "positive")),
    ("Payroll Officer", "Pay: $2,150 per fortnight.", level_of("salary", "positive")),
    ("Analyst", "WFH: Yes, 100%.", level_of("remote", "info")),
):
    case(_c30e("levels and questions"), _ad30(_t30, _b30), _chk30)


# ---- seniority from the title: a manager of things is no manager's level
def _sen30(level: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.seniority == level, f"seniority={r.seniority}"

    return chk


for _t30, _w30 in (
    ("Office Manager", "unspecified"),
    ("Account Manager", "unspecified"),
    ("Customer Success Manager", "unspecified"),
    ("Senior Product Manager", "senior"),
    ("Assistant Store Manager", "manager"),
    ("Engineering Manager", "manager"),
    ("Graduate Analyst", "junior"),
):
    case(
        _c30e("seniority"),
        _ad30(_t30, "You keep the office running: post, diary, supplies and accounts."),
        _sen30(_w30),
    )


# ---- second pass: employers' names, a figure alone in its sentence, codes in brackets, WFO days
for _t30, _b30, _chk30 in (
    (
        "Dental Nurse",
        "Smile Dental Care, Leeds. £12.50 per hour. You will support dentists chairside.",
        _ben30(never=("health insurance",)),
    ),
    (
        "Receptionist",
        "Pension Insurance Corporation, London. £28,000. You will greet visitors and manage meeting rooms.",
        _ben30(never=("pension",)),
    ),
    (
        "Receptionist",
        "Pension Insurance Corporation, London. £28,000. You will greet visitors and manage meeting rooms.",
        _pay30(28000, 28000, "GBP", "year"),
    ),
    (
        "Personal Assistant to the CEO",
        "Central London. £45,000. You must be organised and discreet.",
        _pay30(45000, 45000, "GBP", "year"),
    ),
    (
        "Software Developer",
        "Salary: $85,000 - $95,000 (CAD). Toronto. Hybrid, 2 days/week in office.",
        _pay30(85000, 95000, "CAD", "year"),
    ),
    (
        "Software Engineer",
        "Compensation: ₹25,00,000 – ₹35,00,000 per annum + ESOPs. Gurugram. Hybrid: 3 days WFO.",
        _arr30("hybrid", 3.0),
    ),
    (
        "Customer Support Executive",
        "Salary: 3.5 - 4.2 LPA. Night shift (US hours). Immediate joiners only.",
        _pay30(350000, 420000, "INR", "year"),
    ),
    (
        "Sales Development Rep",
        "Base: $60k. OTE: $90k. Remote (US).",
        _pay30(60000, 60000, "USD", "year"),
    ),
):
    case(_c30e("second pass"), _ad30(_t30, _b30), _chk30)


# ================================================================ 31st round (helper rt31)
# Whole ads read as a user reads the report: EU analytics ads, NHS, USAJOBS, German and Swiss
# federal ads, 24 in all, drawn with a fixed seed. The classes held back here, each in minimal
# sentences written for this probe: "healthcare" or "wellbeing" as the sector, a job or the
# patients' good named as a benefit; an ML word that is not the job's own work (a degree
# subject, the teams served, AI in the hiring) making "a machine-learning role"; a coded word
# that is the quality of the people a care post serves; "equity" as fairness and "conferences"
# the job runs named as benefits; CI/CD for dbt named "MLOps practice".
def _c31(name: str) -> str:
    return name + " (31st)"


def _benefit31(label: str, want: bool) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return (label in r.benefits) == want, f"benefits={list(r.benefits)}"

    return chk


def _ml31(want: bool) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = any(f.title.startswith("A machine-learning role") for f in r.findings)
        return got == want, f"ml-role gap={got}"

    return chk


for _t31 in (
    "## Healthcare Assistant\n\nSalary: £20,500 per annum\n\nYou help the ward team with personal care.",
    "## Health Care Support Worker\n\nYou support patients on a busy surgical ward.",
    "The Springfield VA Health Care System is recruiting two pharmacists.",
    "The centre is a 300-bed health care facility with a trauma unit.",
    "Some experience in a healthcare setting would help you settle in.",
    "We are among the largest independent healthcare providers in the north.",
    "You advise patients and other healthcare professionals on their medication.",
):
    case(_c31("healthcare sector"), _t31, _benefit31("health insurance", False))
for _t31 in (
    "Benefits: private healthcare, a pension and a cycle scheme.",
    "- Healthcare cash plan\n- Free parking\n- Pension",
    "Competitive PTO and healthcare from day one.",
):
    case(_c31("healthcare sector"), _t31, _benefit31("health insurance", True))
for _t31 in (
    "- Assess each patient's health and wellbeing across a varied caseload.",
    "## Psychological Wellbeing Practitioner\n\nYou deliver low-intensity therapy.",
    "We help adults in the county improve their health and well being at home.",
):
    case(_c31("wellbeing of patients"), _t31, _benefit31("wellbeing or gym", False))
for _t31 in (
    "Other benefits include:\n- Wellbeing events\n- Long service awards",
    "We value the health and wellbeing of our staff and offer free counselling.",
):
    case(_c31("wellbeing of patients"), _t31, _benefit31("wellbeing or gym", True))
for _t31 in (
    "Requirements: a degree in Economics, Data Science or Mathematics.",
    "You partner with the analytics, data science and platform teams.",
    "You serve Finance, Data Science and ML teams with tested data products.",
    "We may use artificial intelligence (AI) tools to support parts of the hiring process.",
):
    case(_c31("ml word not the job"), ad(_t31), _ml31(False))
for _t31 in (
    "You will build machine learning models that forecast demand.",
    "You train and monitor deep learning models for churn with our data scientists.",
):
    case(_c31("ml word not the job"), ad(_t31), _ml31(True))
for _t31 in (
    "Our aim is to enable people to be as independent as possible.",
    "You will grow the independence of our service users at home.",
    "You promote the independence of young people in our care.",
):
    case(
        _c31("quality of others"),
        ad(_t31, title="Occupational Therapist", reqs=False),
        g_miss("independ"),
    )
case(
    _c31("quality of others"),
    ad("You work independently on your own caseload.", title="Occupational Therapist", reqs=False),
    g_hit("independently"),
)
for _t31 in (
    "Pay is set by experience, market data and internal equity.",
    "We value diversity, equity and inclusion across the company.",
    "You represent the company at meetups, conferences and trade fairs.",
    "Duties include scheduling meetings and conferences for the director.",
):
    case(
        _c31("equity, conferences"),
        _t31,
        lambda r: (not r.benefits, f"benefits={list(r.benefits)}"),
    )
for _t31 in (
    "Benefits: a competitive salary and equity.",
    "A yearly budget to attend conferences and courses.",
):
    case(
        _c31("equity, conferences"),
        _t31,
        lambda r: (bool(r.benefits), f"benefits={list(r.benefits)}"),
    )
for _t31, _w31 in (
    ("You ship dbt models through CI/CD with tests on each merge.", False),
    ("Models go through MLflow and a model registry before release.", True),
):
    case(
        _c31("ci/cd not mlops"),
        ad(_t31),
        lambda r, w=_w31: (
            any("MLOps practice" in f.title for f in r.findings) == w,
            str([f.title for f in r.findings if f.check == "data-maturity"]),
        ),
    )


# ================================================================ round 32 (helper rt32)
# Issue 11's classes again, each with new inputs written for this round (other words, order,
# punctuation, currencies, English and German, HTML and plain text). Every expectation was set by
# reading the input before askback ran on it.
_START32 = len(CASES)


def _c32(name: str) -> str:
    return name + " (32nd)"


def _a32(
    cls: str, frag: str, chk: Check, lang: str = "en", title: str = "", reqs: bool = True
) -> None:
    case(_c32(cls), ad(frag, lang, title=title, reqs=reqs), chk)


def _h32(cls: str, frag: str, chk: Check) -> None:
    hcase(_c32(cls), frag, chk)


def _sen32(*allowed: str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.seniority in allowed, f"seniority={r.seniority}"

    return chk


# ---- pay: a time of day is no period
_a32(
    "pay",
    "Working hours: 6am to 2pm, Monday to Friday. Salary: £26,500 per annum.",
    pay_is(26500, 26500, "year"),
)
_a32(
    "pay", "Hours: 08:00–16:30 with a 30-minute lunch. Rate: $24 per hour.", pay_is(24, 24, "hour")
)
_a32("pay", "The shift runs 10pm-6am; a night allowance applies.", no_pay)
_a32("pay", "Arbeitszeit: 7 bis 15:30 Uhr, Gleitzeit möglich.", no_pay, "de")
_a32("pay", "Our store is open 9am – 9pm, seven days a week.", no_pay)
_h32(
    "pay",
    "<p><b>Schedule:</b> 7:00 AM - 3:30 PM</p><p><b>Pay:</b> $21.75/hour</p>",
    pay_is(21.75, 21.75, "hour"),
)
# ---- pay: amounts that are not the pay
_a32("pay", "A sign-on bonus of €5,000 is paid after probation.", no_pay)
_a32("pay", "We cover relocation costs of up to CHF 10'000.", no_pay)
_a32("pay", "You will manage a £3m annual budget and a P&L of £20m.", no_pay)
_a32("pay", "Our revenue grew to $150M in 2025 and we employ 400 people.", no_pay)
_a32("pay", "Your benefits package is worth about $12,000 a year on top of base pay.", no_pay)
_a32("pay", "Nach der Probezeit zahlen wir eine Antrittsprämie von 3.000 €.", no_pay, "de")
_a32("pay", "Retention bonus: $7,500 paid in two instalments.", no_pay)
# ---- pay: figures in a pay context without a currency sign
_a32("pay", "Base salary: 95,000 to 115,000 annually.", pay_is(95000, 115000, "year"))
_a32("pay", "Total compensation: 150,000-175,000", pay_is(150000, 175000))
_a32("pay", "Salary: 60-75k DOE", pay_is(60000, 75000))
_a32("pay", "Pay: 90,000 - 105,000 DOE", pay_is(90000, 105000))
_a32("pay", "Salary range 70000 - 85000 per annum", pay_is(70000, 85000, "year"))
_a32("pay", "Gehalt: 55.000 - 65.000 brutto/Jahr", pay_is(55000, 65000, "year"), "de")
_h32(
    "pay",
    "<p><strong>Compensation:</strong> 125,000 – 140,000 per year</p>",
    pay_is(125000, 140000, "year"),
)
# ---- pay: a range written high to low
_a32("pay", "Salary: $120,000 to $95,000 per year.", pay_is(95000, 120000, "year"))
_a32("pay", "Pay range: €72k – €60k", pay_is(60000, 72000))
_a32("pay", "Hourly pay: $42 - $35", pay_is(35, 42, "hour"))
_a32("pay", "Jahresgehalt 70.000 – 62.000 € brutto", pay_is(62000, 70000, "year"), "de")
_a32("pay", "Salary: 110k-90k", pay_is(90000, 110000))
# ---- pay: minimum and maximum on separate labelled lines
_a32("pay", "Salary from: £40,000\nSalary to: £48,000", pay_is(40000, 48000))
_a32("pay", "Minimum pay: $22.50 per hour\nMaximum pay: $27.00 per hour", pay_is(22.5, 27, "hour"))
_a32("pay", "Min. Gehalt: 48.000 €\nMax. Gehalt: 58.000 €", pay_is(48000, 58000), "de")
_a32("pay", "- Salary minimum: 65,000 USD\n- Salary maximum: 80,000 USD", pay_is(65000, 80000))
_h32(
    "pay",
    "<ul><li><b>Pay range minimum:</b> $88,000</li><li><b>Pay range maximum:</b> $104,000</li></ul>",
    pay_is(88000, 104000),
)
# ---- pay: hourly and yearly in one sentence, each with its period
_a32(
    "pay",
    "The rate is £18.50 an hour, or roughly £36,000 annually.",
    has_figs((18.5, "hour"), (36000, "year")),
)
_a32("pay", "You'll earn $31/hr (about $64,500/yr).", has_figs((31, "hour"), (64500, "year")))
_a32(
    "pay",
    "Pay is €22 per hour – approximately €45,000 per year full-time.",
    has_figs((22, "hour"), (45000, "year")),
)
_a32(
    "pay",
    "Stundenlohn 19,50 €, das sind rund 40.000 € im Jahr.",
    has_figs((19.5, "hour"), (40000, "year")),
    "de",
)
_a32(
    "pay",
    "Annual salary of $70,720, equivalent to $34.00 hourly.",
    has_figs((34, "hour"), (70720, "year")),
)
# ---- pay: German "zwischen … und …"
_a32(
    "pay",
    "Das Jahresgehalt liegt zwischen 58.000 und 66.000 Euro brutto.",
    pay_is(58000, 66000, "year"),
    "de",
)
_a32(
    "pay",
    "Wir bieten zwischen 3.900 und 4.600 € brutto monatlich.",
    pay_is(3900, 4600, "month"),
    "de",
)
_a32(
    "pay",
    "Vergütung: zwischen 47.500 und 54.000 Euro brutto im Jahr",
    pay_is(47500, 54000, "year"),
    "de",
)
_a32(
    "pay",
    "Das Salär bewegt sich zwischen CHF 95'000 und CHF 110'000 pro Jahr.",
    pay_is(95000, 110000, "year"),
    "de",
)
_a32(
    "pay",
    "Je nach Erfahrung zahlen wir brutto im Jahr zwischen 61.000 und 69.000 €.",
    pay_is(61000, 69000, "year"),
    "de",
)

# ---- requirements: seniority from the title and level words only
for _t32, _b32 in (
    ("Data Analyst", "We back late-stage and growth-stage fintechs across Europe."),
    ("Data Analyst", "Our clients rely on expert insight from our research desk."),
    ("Data Analyst", "You will present findings to senior stakeholders each month."),
    ("Data Analyst", "You report to the Head of Data and support the leadership team."),
    ("Data Analyst", "Our Principal Consultants set the research agenda."),
):
    _a32("requirements", _b32, _sen32(None, "unspecified"), title=_t32)
_a32(
    "requirements",
    "Our experts publish widely.",
    _sen32("junior", "entry"),
    title="Junior Data Analyst",
)
_a32(
    "requirements",
    "We run an internship programme each summer.",
    _sen32("senior"),
    title="Senior Data Engineer",
)
# ---- requirements: duty headings are not requirement headings
_DUTY32 = "{h}\n- Prepare monthly reports\n- Reconcile accounts\n- Answer customer queries\n\nRequirements\n- SQL\n- Excel\n"
for _h in (
    "Essential Job Functions",
    "Key Responsibilities:",
    "What You Will Do",
    "Principal Duties",
    "Your day-to-day",
):
    _a32("requirements", _DUTY32.format(h=_h), must(2), reqs=False)
for _h in ("Ihre Aufgaben:", "Deine Aufgaben", "Aufgabenbereich"):
    _a32(
        "requirements",
        _DUTY32.format(h=_h).replace("Requirements", "Ihr Profil"),
        must(2),
        "de",
        reqs=False,
    )
# ---- requirements: requirement headings, with and without a colon
_REQ32 = (
    "{h}\n- A degree in statistics\n- 3 years of SQL\n- Experience with Tableau\n- Clear writing\n"
)
for _h in (
    "Qualifications and Experience",
    "Required Skills and Experience",
    "Minimum Qualifications:",
    "Skills & Qualifications",
    "Required Experience",
    "What we're looking for",
):
    _a32("requirements", _REQ32.format(h=_h), must(4), reqs=False)
_h32(
    "requirements",
    "<h3>Required Qualifications</h3><ul><li>A degree in statistics</li><li>3 years of SQL</li><li>Experience with Tableau</li></ul>",
    must(3),
)
# ---- requirements: a nice-to-have heading without a colon ends the must-haves
_NICE32 = "Requirements\n- SQL\n- Python\n- Statistics\n{h}\n- Airflow\n- Spark\n- Kafka\n"
for _h in (
    "Preferred Experience",
    "Desired Qualifications",
    "Additional Desired Skills",
    "Nice-to-haves",
    "Preferred Skills",
):
    _a32("requirements", _NICE32.format(h=_h), must(3), reqs=False)
_a32(
    "requirements",
    _NICE32.format(h="Wünschenswert sind").replace("Requirements", "Anforderungen"),
    must(3),
    "de",
    reqs=False,
)
# ---- requirements: benefits are no must-haves
_BEN32 = "Requirements\n- SQL\n- Python\n- Statistics\n{h}\n- 28 days of holiday\n- Pension scheme\n- Private health insurance\n- Learning budget\n"
for _h in ("Our Benefits", "Rewards", "Compensation and Benefits:", "What you get"):
    _a32("requirements", _BEN32.format(h=_h), must(3), reqs=False)
for _h in ("Unsere Leistungen", "Was Sie erwartet", "Konditionen:", "Wir bieten Ihnen"):
    _a32(
        "requirements",
        _BEN32.format(h=_h).replace("Requirements", "Anforderungen"),
        must(3),
        "de",
        reqs=False,
    )
# ---- requirements: "one or more of the following" is not that many tools required
for _b32 in (
    "Requirements\n- Hands-on experience in one or more of the following languages: Java, Go, Rust, C++, Kotlin, Scala, Ruby, Elixir",
    "Requirements\n- Knowledge of any of the following:\n  - Snowflake\n  - BigQuery\n  - Redshift\n  - Databricks\n  - Synapse\n  - ClickHouse\n  - DuckDB",
    "Requirements\n- Experience with one or more of: AWS, GCP, Azure, Oracle Cloud, IBM Cloud, Alibaba Cloud, DigitalOcean",
    "Requirements\n- Solid skills in at least one of the following BI tools: Tableau, Looker, Power BI, Qlik, Superset, Metabase, Mode",
):
    _a32("requirements", _b32, few_tools, reqs=False)
_a32(
    "requirements",
    "Anforderungen\n- Erfahrung in einer oder mehreren der folgenden Technologien: Java, Go, Rust, C++, Kotlin, Scala, Ruby, PHP",
    few_tools,
    "de",
    reqs=False,
)

# ---- gender-coded: trait and culture words only
for _b32 in (
    "You have a strong working knowledge of Excel and a strong understanding of accounting.",
    "You will provide second-line production support on a rota.",
    "We are a market-leading insurer and the market leader in pet cover.",
    "The Lead Analytics Engineer and the Analytics Team Lead will mentor you.",
    "You will build lead-scoring models for the sales team.",
    "We pay competitive wages and a competitive salary with overtime.",
    "Our Trust and Safety analysts review flagged content.",
    "You will maintain clinical decision support systems.",
    "Our objective is to cut waiting times by a third.",
):
    _a32("gender", _b32, no_gender)
for _b32 in (
    "Wir sind Marktführer für Pflegesoftware und zahlen ein wettbewerbsfähiges Gehalt.",
    "Unser Ziel ist es, Wartezeiten zu halbieren. Du berichtest an unseren Teamlead.",
):
    _a32("gender", _b32, no_gender, "de")
_a32("gender", "You are competitive, assertive and driven to win.", masc)
_a32("gender", "Du bist durchsetzungsfähig und willst gewinnen.", masc, "de")

# ---- work arrangement (German)
_a32("arrangement", "Homeoffice-Anteil von bis zu 50 %.", arr("hybrid"), "de")
_a32("arrangement", "Bis zu 60 % mobiles Arbeiten sind möglich.", arr("hybrid"), "de")
_a32("arrangement", "Homeoffice nach Rücksprache mit deiner Führungskraft.", arr("hybrid"), "de")
_a32("arrangement", "Mobiles Arbeiten ist nach Absprache möglich.", arr("hybrid"), "de")
_a32("arrangement", "Anwesenheit im Büro montags bis freitags.", arr("onsite"), "de")
_a32(
    "arrangement",
    "Sie arbeiten von Montag bis Freitag in unserem Büro in Köln.",
    arr("onsite"),
    "de",
)
_a32("arrangement", "Wir erwarten dich 3 Tage pro Woche vor Ort im Büro.", arr("hybrid", 3), "de")
_a32("arrangement", "1 Bürotag pro Woche, sonst Homeoffice.", arr("hybrid", 1), "de")
_a32("arrangement", "Zwei Bürotage pro Woche in Leipzig.", arr("hybrid", 2), "de")
# ---- languages
_a32(
    "languages",
    "Englisch (C1) zwingend erforderlich, Deutsch wünschenswert.",
    langs(English=True, German=False),
    "de",
)
_a32(
    "languages",
    "Verhandlungssicheres Englisch ist Pflicht; Deutschkenntnisse sind ein Plus.",
    langs(English=True, German=False),
    "de",
)
_a32(
    "languages",
    "Sehr gute Deutschkenntnisse (mind. B2) zwingend, Englisch von Vorteil.",
    langs(German=True, English=False),
    "de",
)
_a32(
    "languages", "English (C1) is mandatory; German is an asset.", langs(English=True, German=False)
)
_a32(
    "languages",
    "Französisch von Vorteil, fließendes Englisch erforderlich.",
    langs(English=True, French=False),
    "de",
)
_a32("languages", "Deutsch auf muttersprachlichem Niveau.", native, "de")
_a32("languages", "Deutschkenntnisse auf Muttersprachenniveau in Wort und Schrift.", native, "de")
_a32("languages", "Englisch auf Muttersprachniveau ist erforderlich.", native, "de")
_a32("languages", "You speak English at native-speaker level.", native)
_a32("languages", "Deutsch in Muttersprachqualität.", native, "de")

# ---- exclusionary
_a32(
    "exclusionary",
    "Du passt perfekt in unser junges, dynamisches Team.",
    flagged("age-coded"),
    "de",
)
_a32(
    "exclusionary",
    "Sie arbeiten in einem jungen und dynamischen Umfeld.",
    flagged("age-coded"),
    "de",
)
_a32(
    "exclusionary",
    "Junges, dynamisches Start-up-Team sucht Verstärkung!",
    flagged("age-coded"),
    "de",
)
_a32("exclusionary", "Join a young, dynamic team in Berlin.", flagged("age-coded"))
_a32(
    "exclusionary",
    "Must be able to remain standing for prolonged periods of time.",
    flagged("ability-coded"),
)
_a32(
    "exclusionary",
    "The role involves standing for long periods and frequent stooping.",
    flagged("ability-coded"),
)
_a32(
    "exclusionary", "Ability to stand for prolonged periods is required.", flagged("ability-coded")
)
for _b32 in (
    "Applicants must be United States citizens.",
    "Candidates must be a U.S. citizen to apply.",
    "Only US citizens will be considered for this role.",
    "You must be a citizen of the United States.",
    "Requires U.S. citizenship and the ability to obtain a Secret clearance.",
):
    _a32("exclusionary", _b32, level_of("nationality-coded", "info"))

# ---- answers
for _s32 in (
    "We're hoping to bring on two or three more women engineers next year, possibly.",
    "Maybe we'll hire a couple more women in 2027, we hope.",
    "We have an open-door policy and a brilliant culture.",
    "Our doors are always open and the culture is great.",
    "Wir haben eine Open-Door-Policy und eine tolle Kultur.",
    "We are going to start a mentoring scheme next quarter.",
    "Next year we will publish our pay bands.",
    "We'll roll out blind CV screening in the spring.",
    "Wir planen, nächstes Jahr ein Frauennetzwerk zu gründen.",
):
    ans(_c32("answers"), _s32, at_most(2))
for _s32 in (
    "We have a DEI council and an equal-opportunities policy.",
    "There's a women's network and a parental leave policy.",
    "We've got an inclusion working group and a diversity statement.",
    "Es gibt bei uns eine Gleichstellungsbeauftragte und eine Betriebsvereinbarung zu Vielfalt.",
    "We have a code of conduct, a speak-up policy and an ERG for parents.",
):
    ans(_c32("answers"), _s32, at_most(3))
for _s32 in (
    "We ran a returners scheme; it stopped when the programme lead left, and nothing replaced it.",
    "The mentoring circle ended after the budget was cut and was never restarted.",
    "Our pay audit lapsed in 2022; no one has picked it up since.",
    "Das Netzwerk lief aus, als die Initiatorin ging; ersetzt wurde es nicht.",
    "We tried anonymised CVs for a while, but it was quietly dropped.",
):
    ans(_c32("answers"), _s32, at_most(2, flag=True))
for _s32 in (
    "Since April 2024 our CFO has run a quarterly pay-gap review; the median gap fell from 11% to 4%.",
    "In 2025, 46% of our 52 hires were women, up from 30% in 2023; Priya Shah in Talent owns the target.",
    "Every job ad since 2023 lists a salary band, and applications from women rose 28% in the first year.",
    "Seit Januar 2023 prüft unsere Personalleiterin jede Beförderung; der Frauenanteil in Führung stieg von 18 % auf 31 %.",
    "Our COO chairs a monthly review of promotion rates; since 2022 the gap between men and women went from 9 points to 2.",
):
    ans(_c32("answers"), _s32, at_least(4))

# ---- suggested questions fit the finding
for _b32, _l32 in (
    ("Candidates need a valid driver's license and their own car.", "en"),
    ("Must hold a clean driving licence (category B).", "en"),
    ("A current driver's licence is required for travel between sites.", "en"),
    ("Führerschein der Klasse B und Reisebereitschaft setzen wir voraus.", "de"),
    ("Valid Class C driver's license required.", "en"),
):
    _a32(
        "suggestions",
        _b32,
        q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
        _l32,
    )
for _b32, _l32 in (
    ("We work hard and we play hard – think Friday drinks and team nights out.", "en"),
    ("Expect a work-hard/play-hard atmosphere.", "en"),
    ("Our motto: work hard, play harder.", "en"),
    ("We're a work hard, play hard bunch.", "en"),
    ("Bei uns gilt: work hard, play hard.", "de"),
):
    _a32(
        "suggestions",
        _b32,
        q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
        _l32,
    )

# ---- findings: levels hold, a low-confidence finding says so
for _b32 in (
    "Salary: 90,000 - 110,000 per year",
    "Rate: 600-700 per day",
    "Compensation: 90-110",
    "Applicants must be United States citizens.",
    "Pay: $120,000 to $95,000.",
    "Gehalt: zwischen 52 und 60 brutto",
):
    _a32("findings", _b32, invariant)
_a32("findings", "Pay: €60,000–€70,000 a year.", level_of("salary", "positive"))
_a32("findings", "Salary is negotiable.", level_of("salary", "gap"))
_a32("findings", "Must hold US citizenship.", level_of("nationality-coded", "info"))
_a32("findings", "Vergütung nach Vereinbarung.", level_of("salary", "gap"), "de")
_a32(
    "findings",
    "Wir bieten ein Jahresgehalt von 60.000 bis 70.000 €.",
    level_of("salary", "positive"),
    "de",
)
# ---- second batch: harder shapes of the same classes
_a32("pay", "Shift: 8am-4pm | Pay: 17.50/hr", pay_is(17.5, 17.5, "hour"))
_a32("pay", "Work schedule 7am–3pm Mon–Fri; wage $19–$22 per hour.", pay_is(19, 22, "hour"))
_a32("pay", "Salary: 85–95K + bonus", pay_is(85000, 95000))
_a32("pay", "Rate: 450 - 550 per day", pay_is(450, 550, "day"))
_a32("pay", "Compensation Range: 180,000.00 - 210,000.00", pay_is(180000, 210000))
_a32("pay", "Salary (DOE): 48,000 – 56,000", pay_is(48000, 56000))
_a32("pay", "Vergütung: 60.000 – 70.000 p.a.", pay_is(60000, 70000, "year"), "de")
_a32("pay", "Sign-on bonus: $10,000. Salary: $80,000 - $90,000.", pay_is(80000, 90000))
_a32("pay", "Relocation assistance up to $15,000; base pay $100k–$120k.", pay_is(100000, 120000))
_a32("pay", "Referral bonus $2,000 and a $1,000 equipment budget.", no_pay)
_a32("pay", "This team oversees $4 billion in assets under management.", no_pay)
_a32("pay", "Pay: 28.00 – 24.00 per hour", pay_is(24, 28, "hour"))
_a32("pay", "£55,000 - £45,000 per annum plus benefits", pay_is(45000, 55000, "year"))
_a32("pay", "Salary Min: 72000\nSalary Max: 86000", pay_is(72000, 86000))
_a32("pay", "Pay Range Low: $60,000\nPay Range High: $75,000", pay_is(60000, 75000))
_h32(
    "pay",
    "<table><tr><td>Minimum Salary</td><td>$50,000</td></tr><tr><td>Maximum Salary</td><td>$62,000</td></tr></table>",
    pay_is(50000, 62000),
)
_a32(
    "pay",
    "Pay: $25.00 - $30.00 per hour ($52,000 - $62,400 annually).",
    has_figs((25, "hour"), (52000, "year")),
)
_a32(
    "pay",
    "Das Gehalt bewegt sich zwischen 4.000 € und 4.800 € brutto pro Monat.",
    pay_is(4000, 4800, "month"),
    "de",
)
_a32(
    "pay",
    "Wir zahlen je nach Qualifikation zwischen 70.000 und 85.000 Euro p.a.",
    pay_is(70000, 85000, "year"),
    "de",
)
_h32(
    "requirements",
    "<h3>Essential Duties and Responsibilities</h3><ul><li>Prepare reports</li><li>Reconcile accounts</li><li>Answer queries</li></ul><h3>Qualifications</h3><ul><li>SQL</li><li>Excel</li></ul>",
    must(2),
)
_h32(
    "requirements",
    "<p><strong>Required Skills</strong></p><ul><li>SQL</li><li>Python</li><li>Statistics</li></ul><p><strong>Preferred</strong></p><ul><li>Spark</li><li>Airflow</li></ul>",
    must(3),
)
_h32(
    "requirements",
    "<h3>Requirements</h3><ul><li>SQL</li><li>Python</li><li>Statistics</li></ul><h3>What We Offer</h3><ul><li>Pension</li><li>Gym</li><li>30 days holiday</li></ul>",
    must(3),
)
_a32(
    "requirements",
    "Requirements\n- SQL\n- Python\n- Statistics\nPerks and Benefits\n- Pension\n- Gym\n- Free lunch\n",
    must(3),
    reqs=False,
)
_a32(
    "requirements",
    "Ihr Profil\n- SQL\n- Python\n- Statistik\nUnser Angebot an Sie\n- 30 Tage Urlaub\n- Jobrad\n- Betriebliche Altersvorsorge\n",
    must(3),
    "de",
    reqs=False,
)
_a32(
    "requirements",
    "Requirements\n- SQL\n- Python\n- Statistics\nBonus Points If You Have\n- Spark\n- dbt\n",
    must(3),
    reqs=False,
)
_a32(
    "requirements",
    "Responsibilities include:\n- Build dashboards\n- Write SQL\n- Present results\n- Train users\nRequirements\n- Excel\n- Tableau\n",
    must(2),
    reqs=False,
)
_a32("gender", "You will mentor two analysts.", no_gender, title="Lead Data Scientist")
_a32("gender", "You will run the payments squad.", no_gender, title="Team Lead, Payments")
_a32(
    "gender",
    "Du baust Lead-Scoring-Modelle für den Vertrieb.",
    no_gender,
    "de",
    title="Lead Data Scientist (m/w/d)",
)
_a32(
    "gender",
    "You bring a strong understanding of SQL and production support experience.",
    no_gender,
)
_a32("arrangement", "Mobile Office bis zu 80 %.", arr("hybrid"), "de")
_a32(
    "arrangement",
    "Wir arbeiten hybrid – 2 Tage pro Woche sind wir im Office.",
    arr("hybrid", 2),
    "de",
)
_a32("arrangement", "Zwei feste Bürotage (Di und Do).", arr("hybrid", 2), "de")
_a32("arrangement", "Präsenz im Büro Mo–Fr.", arr("onsite"), "de")
_a32("arrangement", "Sie sind montags bis freitags bei uns im Büro.", arr("onsite"), "de")
_a32(
    "arrangement",
    "Du arbeitest von Montag bis Freitag in unserem Büro in Graz.",
    arr("onsite"),
    "de",
)
_a32(
    "arrangement",
    "Sie arbeiten Montag bis Freitag an unserem Standort in Bern.",
    arr("onsite"),
    "de",
)
_a32("arrangement", "You work Monday to Friday from our office in Leeds.", arr("onsite"))
_a32(
    "languages",
    "Englischkenntnisse (C1) sind ein Muss, Deutsch ist ein Bonus.",
    langs(English=True, German=False),
    "de",
)
_a32(
    "languages",
    "Deutsch wäre schön, Englisch (C1) ist zwingend.",
    langs(English=True, German=False),
    "de",
)
_a32("languages", "Muttersprachliches Niveau in Deutsch.", native, "de")
_a32("exclusionary", "Dich erwartet ein dynamisches, junges Team.", flagged("age-coded"), "de")
_a32(
    "exclusionary",
    "Ein junges, motiviertes und dynamisches Team freut sich auf dich.",
    flagged("age-coded"),
    "de",
)
_a32(
    "exclusionary",
    "Must be able to stand for prolonged periods at a workstation.",
    flagged("ability-coded"),
)
_a32(
    "exclusionary",
    "Must be a US citizen or permanent resident.",
    level_of("nationality-coded", "info"),
)
_a32(
    "exclusionary",
    "Must be a US citizen (no sponsorship available).",
    level_of("nationality-coded", "info"),
)
ans(_c32("answers"), "Possibly two or three more women next year, if budgets allow.", at_most(2))
ans(_c32("answers"), "We've got an open door, and people say our culture is great.", at_most(2))
ans(_c32("answers"), "We intend to run our first pay audit in 2027.", at_most(2))
ans(_c32("answers"), "We have a Diversity Board and an inclusion policy.", at_most(3))
ans(_c32("answers"), "It ran until the sponsor left; nothing replaced it.", at_most(2, flag=True))
ans(
    _c32("answers"),
    "Since 2023 HR and the hiring manager sign off every shortlist; 40% of shortlisted candidates are now women.",
    at_least(4),
)
_a32(
    "suggestions",
    "You will need a full driving license and access to a vehicle.",
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
_a32(
    "suggestions",
    "We work hard, party hard and never miss a Friday pint.",
    q_has("bro-culture", {"working-hours", "drinking-culture", "social-events"}),
)
# ---- requirements: a must said outright, then a plus for another thing, stays a must-have
for _b32, _l32 in (
    ("Dein Profil\n- 4 Jahre SQL\n- Englisch (C1) zwingend, Deutsch von Vorteil\n- Python\n", "de"),
    (
        "Ihr Profil\n- 4 Jahre SQL\n- Deutsch zwingend erforderlich, Englisch wünschenswert\n- Python\n",
        "de",
    ),
    (
        "Requirements\n- 4 years of SQL\n- Fluent English is required and Dutch is a plus\n- Python\n",
        "en",
    ),
    (
        "Requirements\n- 4 years of SQL\n- English (C1) mandatory, German an advantage\n- Python\n",
        "en",
    ),
    ("Requirements\n- 4 years of SQL\n- Experience with Spark is a plus\n- Python\n", "en"),
):
    _a32("requirements", _b32, must(2 if "Spark" in _b32 else 3), _l32, reqs=False)
# ---- work arrangement: on site said at the head of a sentence with the place of work
for _b32, _w32, _l32 in (
    ("Hours 8am-4pm. On-site at our Columbus office.", "onsite", "en"),
    ("Onsite in Columbus, OH.", "onsite", "en"),
    ("Work location: on-site in Bristol.", "onsite", "en"),
    ("You'll be on-site at our Austin office every day.", "onsite", "en"),
    ("This is an in-office position in Austin.", "onsite", "en"),
    ("Vor Ort in unserem Büro in Köln.", "onsite", "de"),
    ("On-site parking at our office and a free gym.", "not_stated", "en"),
    ("On-site training in Python during onboarding.", "not_stated", "en"),
):
    _a32("arrangement", _b32, arr(_w32), _l32)
# ---- languages: "willkommen", "welcomed", "nützlich" make a plus
_a32(
    "languages",
    "Englisch (C1) ist Voraussetzung, Deutschkenntnisse sind willkommen.",
    langs(English=True, German=False),
    "de",
)
_a32(
    "languages",
    "Polnischkenntnisse sind nützlich, fließendes Deutsch ist Pflicht.",
    langs(German=True, Polish=False),
    "de",
)
_a32(
    "languages",
    "Fluent English is essential; Swedish is welcomed.",
    langs(English=True, Swedish=False),
)
# ---- requirements: "(Kann)" beside an item is a plus, "(Muss)" a must
_a32(
    "requirements",
    "Anforderungen\n- Informatikstudium (Muss)\n- Java (Muss)\n- Kubernetes (Kann)\n- Angular (Kann)\n",
    must(2),
    "de",
    reqs=False,
)
_a32(
    "requirements",
    "Ihr Profil\n- Lehre als Elektriker (Muss)\n- Italienisch (Kann-Kriterium)\n- Führerschein (Muss)\n",
    must(2),
    "de",
    reqs=False,
)
# ---- pay: minimum and maximum below a pay label alone on its line, no currency
_a32("pay", "Salary\nMinimum: 64,000\nMaximum: 79,000", pay_is(64000, 79000))
_a32("pay", "Compensation:\nMin 118,000\nMax 131,000", pay_is(118000, 131000))
_a32("pay", "Gehalt\nMindestens: 49.000\nHöchstens: 57.000", pay_is(49000, 57000), "de")


# ---- 2026-12-05, third session (mine): answers handed on, the talent pool blamed, German
# absence; an early-career audience names junior; windows in time are no years asked.
def _s3(name: str) -> str:
    return name + " (s3)"


ans(_s3("answers"), "Das müssten Sie wohl eher unsere Personalleitung fragen.", at_most(2))
ans(_s3("answers"), "Your recruiter might know more about that than me.", at_most(2))
ans(_s3("answers"), "I have very little insight into how pay is set.", at_most(2))
ans(_s3("answers"), "Da habe ich leider keinen richtigen Einblick.", at_most(2))
ans(_s3("answers"), "Women rarely apply to data roles, it's the field.", at_most(1, flag=True))
ans(_s3("answers"), "Es gibt am Markt einfach zu wenige Data Engineerinnen.", at_most(2))
ans(_s3("answers"), "We don't pay attention to gender at all.", at_most(2))
ans(_s3("answers"), "Bei uns gibt es aktuell keine Zielquote.", at_most(2))
ans(
    _s3("answers"),
    "Hard to find women at first, so in 2022 we changed sourcing; 5 of our 11 hires since were women.",
    at_least(4),
)
case(
    _s3("requirements"),
    ad("This is an early-career opportunity.\n\n## Requirements\n- 6 years of SQL\n", reqs=False),
    _sen32("junior"),
)
case(
    _s3("requirements"),
    ad(
        "Die Stelle richtet sich an Absolventinnen.\n\n## Profil\n- 5 Jahre Erfahrung\n",
        "de",
        reqs=False,
    ),
    _sen32("junior"),
)
case(
    _s3("requirements"),
    ad("You will coach new grads on our team.", title="Data Scientist"),
    _sen32("unspecified"),
)
case(
    _s3("requirements"),
    ad("Experience must be recent (within the past 8 years)."),
    years_is(3),
)


# ================================================================ helper rt35
# A stated preference for one sex (a concern), lawful positive action and neutral title marks
# (none), a ground the ad gives (info); and team, department and product names that hold a
# benefit word (no benefit). Inputs written for this block; expectations set by reading them.
def _rt35_sex(r: AdReport) -> list[str]:
    return [f.level.value for f in r.findings if f.check == "sex-preference"]


def _rt35_level(level: str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = _rt35_sex(r)
        return (got == [level] if level else not got), f"sex={got}"

    return chk


def _rt35_benefit(word: str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        fs = [f for f in r.findings if f.check == "benefits" and f.level.value != "gap"]
        got = [str(b) for f in fs for b in f.data.get("benefits", [])]
        ok = any(word in b for b in got) if word else not got
        return ok, f"benefits={got}"

    return chk


_rt35_sex_cases: list[tuple[str, str, str | None]] = [
    ("Male candidates preferred for the night shift.", "en", "concern"),
    ("Female staff required for our Oxford Street store.", "en", "concern"),
    ("Ladies only need apply; the salon is suitable for women.", "en", "concern"),
    ("We are recruiting a female assistant to support the partners.", "en", "concern"),
    ("Applicants must be female.", "en", "concern"),
    ("Priority will be given to male applicants.", "en", "concern"),
    ("This position is reserved for men.", "en", "concern"),
    ("Only male drivers will be considered.", "en", "concern"),
    ("Women need not apply for this site role.", "en", "concern"),
    (
        "Wir suchen zum nächstmöglichen Zeitpunkt einen männlichen Lagermitarbeiter.",
        "de",
        "concern",
    ),
    ("Nur weibliche Bewerberinnen werden berücksichtigt.", "de", "concern"),
    ("Empfangsdame (w) in Vollzeit.", "de", "concern"),
    ("Männer werden bei der Auswahl bevorzugt.", "de", "concern"),
    ("Die Tätigkeit ist perfekt für Frauen.", "de", "concern"),
    ("Referent (w/m/d) Controlling.", "de", None),
    ("Projektleitung (m/w/d) gesucht.", "de", None),
    ("Frauen werden bei gleicher Qualifikation bevorzugt eingestellt.", "de", None),
    ("Bewerbungen schwerbehinderter Menschen werden bei gleicher Eignung bevorzugt.", "de", None),
    ("Bewerbungen von Männern sind in der Kita ausdrücklich erwünscht.", "de", None),
    (
        "Men are under-represented in our nursing teams, so we particularly welcome them.",
        "en",
        None,
    ),
    ("Where two applicants are equally qualified we prefer the under-represented sex.", "en", None),
    ("You will grow our female wellness brand across Europe.", "en", None),
    ("Our two female co-founders still code every week.", "en", None),
    ("Our Women in Engineering group meets monthly.", "en", None),
    ("The clinic is open to women and girls from the age of 16.", "en", None),
    ("You will analyse footfall in our menswear and womenswear stores.", "en", None),
    ("The outreach service is for male offenders only.", "en", None),
    ("We are hiring people of any gender.", "en", None),
    (
        "This post is open to women only: the refuge houses survivors of domestic abuse.",
        "en",
        "info",
    ),
    ("Male carers required as the role involves personal care of male clients.", "en", "info"),
    (
        "An occupational requirement under the Equality Act applies: female applicants only.",
        "en",
        "info",
    ),
]
for _rt35_text, _rt35_lang, _rt35_want in _rt35_sex_cases:
    case("sex preference (rt35)", ad(_rt35_text, _rt35_lang), _rt35_level(_rt35_want))

_rt35_benefit_cases: list[tuple[str, str | None]] = [
    ("You will join the Pension Administration team in Leeds.", None),
    ("You will support the Gym Membership Products squad.", None),
    ("The Bonus Operations department runs the year-end process.", None),
    ("Sie verstärken unser Team Zusatzversicherung in Köln.", None),
    ("Benefits: a pension, 28 days holiday and team socials.", "pension"),
    ("Our Relocation team helps you find a flat.", "relocation"),
]
for _rt35_text, _rt35_word in _rt35_benefit_cases:
    case("unit names (rt35)", ad(_rt35_text), _rt35_benefit(_rt35_word))


# ---------------------------------------------------------------- rt33 (branch rt33, 2026-12-05)
# Pay: both periods of one pay line, whose dollars a bare "$" is, German pay-group ranges, and
# a round of the issue's pay classes (times of day, bonuses and budgets, figures without a
# currency, high-to-low ranges, min and max lines, k suffixes, "zwischen … und …").
def _rt33_cur(code: str, doubt: bool = False) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        unclear = "dollars-unclear" in r.pay.guessed
        return r.pay.currency == code and unclear == doubt, f"cur={r.pay.currency} {r.pay.guessed}"

    return chk


def _rt33(fragment: str, check: Check, lang: str = "en") -> None:
    case("pay", ad(fragment, lang), check)


for _rt33_frag, _rt33_lang, _rt33_want in (
    ("Pay: 26.40 per hour (approx. 54,900 per year)", "en", ((26.4, "hour"), (54900, "year"))),
    ("Rate: 17.85 an hour ~ 34,800 a year", "en", ((17.85, "hour"), (34800, "year"))),
    (
        "Wage: 11.90 per hour (c. 23,200 pro rata per annum)",
        "en",
        ((11.9, "hour"), (23200, "year")),
    ),
    ("Salary: 41,600 annually, equivalent to 20.00 hourly", "en", ((41600, "year"), (20, "hour"))),
    ("Pay: 24.80 per hour (approx. 48,360 pro rata)", "en", ((24.8, "hour"), (48360, "year"))),
    ("Salary: 39,000 p.a. (equivalent to 20.00 p/h)", "en", ((39000, "year"), (20, "hour"))),
    (
        "Stundenlohn: 23,50 pro Stunde (ca. 49.000 jährlich)",
        "de",
        ((23.5, "hour"), (49000, "year")),
    ),
    ("Stundensatz: 31 € (rund 5.400 € im Monat)", "de", ((31, "hour"), (5400, "month"))),
    (
        "Monatsgehalt: 4.150 € (entspricht ca. 49.800 € jährlich)",
        "de",
        ((4150, "month"), (49800, "year")),
    ),
):
    _rt33(_rt33_frag, has_figs(*_rt33_want), _rt33_lang)

for _rt33_frag, _rt33_code, _rt33_doubt in (
    ("Location: Parramatta, NSW\nSalary: $96,000 - $104,000", "AUD", False),
    ("Location: Edmonton, Alberta\nSalary: $78,000 – $88,000", "CAD", False),
    ("Location: Hamilton, New Zealand\nPay: $31 - $35 per hour", "NZD", False),
    ("Singapore office. Monthly salary: $6,500 - $7,800", "SGD", False),
    ("Salary: $100,000 - $115,000. All figures in AUD.", "AUD", False),
    ("Job location: Phoenix, AZ\nSalary: $66,000 - $74,000", "USD", False),
    ("Experience with CAD tools.\nSalary: $70,000 - $78,000", "USD", False),
    ("Remote (US or Canada)\nSalary: $75,000 - $90,000", "USD", True),
    ("Location: Sydney, Nova Scotia\nSalary: $61,000 - $68,000", "CAD", False),
    ("Location: Vancouver, Washington\nSalary: $52,000 - $61,000", "USD", False),
    ("Offices in Seattle and Vancouver\nSalary: $75,000 - $90,000", "USD", True),
    ("Salary: 18,240.60\nOur home near Hastings, East Sussex", "GBP", False),
):
    _rt33(_rt33_frag, _rt33_cur(_rt33_code, _rt33_doubt))

for _rt33_frag, _rt33_label in (
    (
        "Die Vergütung erfolgt nach Entgeltgruppe 12 bis 13 TVöD-Bund.",
        "Entgeltgruppe 12 bis 13 TVöD-Bund",
    ),
    ("Vergütung je nach Qualifikation bis Entgeltgruppe E 14 TV-L.", "bis Entgeltgruppe E 14 TV-L"),
    ("Eingruppierung: TV-L EG 10 – 11", "TV-L EG 10 – 11"),
    ("Bezahlung nach TVöD VKA E 9b bis E 10", "TVöD VKA E 9b bis E 10"),
    ("Die Stelle ist bewertet bis EG 12 TVöD.", "bis EG 12 TVöD"),
    ("Vergütung nach TVöD EG 8, 39 Stunden pro Woche", "TVöD EG 8"),
):
    _rt33(_rt33_frag, scale_is(_rt33_label), "de")

for _rt33_frag, _rt33_lang in (
    ("Opening hours 7am–7pm. Retention bonus: $4,000 after 12 months.", "en"),
    ("Shifts run 10pm to 6am; night differential of $3.50 per hour applies.", "en"),
    ("Hours: 8:30am - 5pm. We also offer a $2,500 wellness budget.", "en"),
    (
        "Frühschicht 6-14 Uhr, Spätschicht 14-22 Uhr. Einmalige Prämie 1.500 € nach der Probezeit.",
        "de",
    ),
    ("Our team manages a £4m annual budget and generated £12 million revenue last year.", "en"),
    ("A one-off relocation payment of €8,000 is offered to candidates moving to Dublin.", "en"),
    ("Annual learning allowance of £1,200 and a £500 home office grant.", "en"),
    ("Sign-on bonus $10k; signing incentive paid after 90 days.", "en"),
    ("Team revenue target: 2,000,000 per year.", "en"),
    ("Referral bonus: 3,000 per hire.", "en"),
):
    _rt33(_rt33_frag, no_pay, _rt33_lang)

for _rt33_frag, _rt33_lang, _rt33_lo, _rt33_hi, _rt33_per in (
    ("Compensation: 118,000 - 134,000 annually", "en", 118000, 134000, "year"),
    ("Salary: 72k to 80k DOE", "en", 72000, 80000, "year"),
    ("Base salary: 95,000-105,000, plus equity", "en", 95000, 105000, "year"),
    ("Pay range: 31.50 - 36.75 hourly", "en", 31.5, 36.75, "hour"),
    ("Salary: $140,000 – $118,000", "en", 118000, 140000, "year"),
    ("Gehalt: 68.000 € – 59.000 € brutto im Jahr", "de", 59000, 68000, "year"),
    ("Salary: 120.000 – 95.000 EUR", "en", 95000, 120000, "year"),
    ("Minimum pay: $52,000\nMaximum pay: $61,000", "en", 52000, 61000, "year"),
    ("Salary minimum: 47,000\nSalary maximum: 53,500", "en", 47000, 53500, "year"),
    ("Mindestgehalt: 51.000 €\nHöchstgehalt: 59.000 €", "de", 51000, 59000, "year"),
    ("Pay floor: $23.10/hr\nPay ceiling: $27.80/hr", "en", 23.1, 27.8, "hour"),
    ("Salary floor: 64,000\nSalary ceiling: 72,000", "en", 64000, 72000, "year"),
    ("Salary: 85K-97K", "en", 85000, 97000, "year"),
    ("Gehalt: 55-62 T€ brutto p.a.", "de", 55000, 62000, "year"),
    ("Wir zahlen zwischen 49.000 und 57.000 Euro brutto im Jahr.", "de", 49000, 57000, "year"),
    ("Das Jahresgehalt liegt zwischen 64.000 und 72.000 Euro brutto.", "de", 64000, 72000, "year"),
    ("Vergütung zwischen 3.900 und 4.600 Euro brutto im Monat", "de", 3900, 4600, "month"),
    ("Wir bieten zwischen 21 und 24 Euro brutto pro Stunde.", "de", 21, 24, "hour"),
    ("Meeting at 4pm every Thursday; the annual salary is 54,000.", "en", 54000, 54000, "year"),
    ("Daily standup 9.30am. Rate: 450 per day.", "en", 450, 450, "day"),
    ("Salary: 38,0000 to 42,000", "en", 38000, 42000, "year"),
):
    _rt33(_rt33_frag, pay_is(_rt33_lo, _rt33_hi, _rt33_per), _rt33_lang)


# ==== rt34 (branch rt34, 2026-12-05): work arrangement and languages, red-teamed ==========
# Each line written for this block: office presence in remote jobs, ranges of home days,
# shares, agreement, office days written many ways, weekdays, required vs plus languages with
# CEFR levels, native-speaker wording, working languages, missing language names.


def _rt34_cls(name: str) -> str:
    return name + " (rt34)"


def _rt34_case(cls: str, frag: str, chk: Check, lang: str = "en") -> None:
    case(_rt34_cls(cls), ad(frag, lang, reqs=False), chk)


def _rt34_range(low: float, high: float) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = (r.work_arrangement, r.office_days, r.office_days_max)
        return got == ("hybrid", low, high), f"arr={got}"

    return chk


def _rt34_working(language: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        got = [(x.language, x.required, x.working) for x in r.language_requirements]
        return (language, True, True) in got and not any(
            x.implied for x in r.language_requirements
        ), f"langs={got}"

    return chk


_rt34_arrangement: list[tuple[str, Check, str]] = [
    # a regular office presence, however small, in a remote job
    ("Remote (office 1 day)", arr("hybrid", 1), "en"),
    ("Remote (in-office 2 days)", arr("hybrid", 2), "en"),
    ("Remote (Büro 1 Tag pro Woche)", arr("hybrid", 1), "de"),
    ("Remote with an office day every Tuesday.", arr("hybrid", 1), "en"),
    ("Remote; Bürotag jeden Mittwoch.", arr("hybrid", 1), "de"),
    ("Fully remote; once a month in the office for planning.", arr("hybrid"), "en"),
    ("Remote role. You'll come into the office twice a month.", arr("hybrid"), "en"),
    ("Vollständig remote, einmal im Monat Teamtag im Büro.", arr("hybrid"), "de"),
    ("Remote mit monatlichem Präsenztag.", arr("hybrid"), "de"),
    ("Remote-first, but we meet in the Berlin office every other Friday.", arr("hybrid"), "en"),
    ("Remote, alle zwei Wochen im Büro.", arr("hybrid"), "de"),
    ("Remote with quarterly team meetings in Berlin.", arr("remote"), "en"),
    ("Remote mit quartalsweisen Team-Treffen.", arr("remote"), "de"),
    # ranges of home or office days
    ("1–2 Tage Homeoffice pro Woche.", _rt34_range(3, 4), "de"),
    ("Homeoffice an 1-2 Tagen pro Woche.", _rt34_range(3, 4), "de"),
    ("Homeoffice: 1 bis 2 Tage pro Woche", _rt34_range(3, 4), "de"),
    ("2 bis 3 Tage Homeoffice pro Woche.", _rt34_range(2, 3), "de"),
    ("1-2 days WFH per week.", _rt34_range(3, 4), "en"),
    ("2 to 3 days from home each week.", _rt34_range(2, 3), "en"),
    ("You can work 2-3 days from home.", _rt34_range(2, 3), "en"),
    ("two or three days a week from home", _rt34_range(2, 3), "en"),
    ("1 to 2 days remote per week.", _rt34_range(3, 4), "en"),
    ("Zwei bis drei Tage pro Woche im Büro.", _rt34_range(2, 3), "de"),
    # the job at an office or fully remote
    (
        "Based at our Leeds office or remote within the UK. Hybrid working available.",
        arr("remote"),
        "en",
    ),
    ("Du arbeitest in unserem Büro in Köln oder remote.", arr("remote"), "de"),
    ("Location: Munich or remote (EU)", arr("remote"), "en"),
    (
        "We offer hybrid or remote interviews. Hybrid working: 2 days in the office.",
        arr("hybrid", 2),
        "en",
    ),
    # glued labels, home working as needed
    ("Salary: Up to PHP 90,000Work setup: Work From Home", arr("remote"), "en"),
    ("Competitive payPermanent WFH arrangementFixed weekends off", arr("remote"), "en"),
    ("Home working when required.", arr("hybrid"), "en"),
    ("You may be asked to work remotely if required by the service.", arr("hybrid"), "en"),
    ("Homeoffice ist bei Bedarf möglich.", arr("hybrid"), "de"),
    ("Gelegentliches Homeoffice ist möglich.", arr("hybrid"), "de"),
    ("Support is delivered remotely where appropriate.", arr("not_stated"), "en"),
    # shares of home office, "nach Absprache"
    ("Homeoffice-Anteil bis zu 40 %.", arr("hybrid", 3), "de"),
    ("Mobiles Arbeiten: bis zu 60 Prozent deiner Arbeitszeit.", arr("hybrid", 2), "de"),
    ("Homeoffice zu 60 Prozent möglich.", arr("hybrid", 2), "de"),
    ("Du arbeitest zu 50 % im Homeoffice.", arr("hybrid", 2.5), "de"),
    ("Remote share: up to 60% of your working time.", arr("hybrid", 2), "en"),
    ("Up to 80% of the week can be spent working from home.", arr("hybrid", 1), "en"),
    ("We expect 40% office presence.", arr("hybrid", 2), "en"),
    ("Hybrid (60 % Homeoffice)", arr("hybrid", 2), "de"),
    ("Mobiles Arbeiten ist nach Absprache mit der Führungskraft möglich.", arr("hybrid"), "de"),
    ("Homeoffice in Absprache mit dem Team.", arr("hybrid"), "de"),
    ("Home office after consultation with your manager.", arr("hybrid"), "en"),
    ("Remote work on request, subject to approval.", arr("hybrid"), "en"),
    # office days written many ways, Präsenz, weekday lists
    ("Büro: 3 Tage/Woche", arr("hybrid", 3), "de"),
    ("Office attendance: 2 days/wk", arr("hybrid", 2), "en"),
    ("Twice weekly office attendance.", arr("hybrid", 2), "en"),
    ("Die Präsenzzeit im Büro beträgt drei Tage pro Woche.", arr("hybrid", 3), "de"),
    ("Wir erwarten dich an zwei Tagen pro Woche bei uns im Büro.", arr("hybrid", 2), "de"),
    ("Präsenzpflicht an zwei Tagen pro Woche.", arr("hybrid", 2), "de"),
    ("Präsenz vor Ort: Montag bis Freitag.", arr("onsite"), "de"),
    ("Präsenztage: Dienstag und Donnerstag", arr("hybrid", 2), "de"),
    ("Präsenz: Mo, Di, Do", arr("hybrid", 3), "de"),
    ("In office: Tues & Thurs", arr("hybrid", 2), "en"),
    ("We're in the office Mon–Wed.", arr("hybrid", 3), "en"),
    ("Im Büro Mo–Mi.", arr("hybrid", 3), "de"),
    ("Vor Ort Mo-Do, freitags mobil.", arr("hybrid", 4), "de"),
    ("We work from the office Tuesday through Thursday.", arr("hybrid", 3), "en"),
    ("Fridays are WFH days.", arr("hybrid", 4), "en"),
    ("Freitags ist Homeoffice.", arr("hybrid", 4), "de"),
    ("Wochenarbeit: 3 Tage Büro, 2 Tage mobil.", arr("hybrid", 3), "de"),
]
for _rt34_frag, _rt34_chk, _rt34_lang in _rt34_arrangement:
    _rt34_case("arrangement", _rt34_frag, _rt34_chk, _rt34_lang)

_rt34_languages: list[tuple[str, Check, str]] = [
    # required vs plus, with CEFR levels
    (
        "Englisch fließend (C1) erforderlich, Französisch (B1) wünschenswert.",
        langs(English=True, French=False),
        "de",
    ),
    ("Deutsch C1 zwingend; Englisch B2 von Vorteil.", langs(German=True, English=False), "de"),
    (
        "Französisch (B2) von Vorteil, Englisch (C1) zwingend.",
        langs(French=False, English=True),
        "de",
    ),
    (
        "Gute Englischkenntnisse (B2) sind Pflicht, Französisch ist ein Plus.",
        langs(English=True, French=False),
        "de",
    ),
    (
        "Excellent written English (C1); Dutch or French a bonus.",
        langs(English=True, Dutch=False, French=False),
        "en",
    ),
    ("English B2 or higher; Dutch is nice to have.", langs(English=True, Dutch=False), "en"),
    (
        "Sehr gute Deutschkenntnisse (mind. C1) und gute Englischkenntnisse (B2) erforderlich.",
        langs(German=True, English=True),
        "de",
    ),
    (
        "Good Nepali, Sinhala or Burmese would be an advantage.",
        langs(Nepali=False, Sinhala=False, Burmese=False),
        "en",
    ),
    (
        "Fluent Tamil, Telugu or Kannada speakers preferred.",
        langs(Tamil=False, Telugu=False, Kannada=False),
        "en",
    ),
    (
        "Gute Kroatisch- oder Serbischkenntnisse von Vorteil.",
        langs(Croatian=False, Serbian=False),
        "de",
    ),
    # native-speaker wording (nationality-coded): flagged, with a level offered
    ("German at mother-tongue level.", native, "en"),
    ("Native or near-native English.", native, "en"),
    ("Muttersprachliches Deutsch erforderlich.", native, "de"),
    ("Deutsch als Muttersprache wünschenswert.", native, "de"),
    ("English native speaker preferred.", native, "en"),
    ("We expect you to be a native speaker of English.", native, "en"),
    ("Arabic at C1 or native level is essential.", native, "en"),
    # language names that were missing (English and German names)
    ("Fluent Pashto or Dari required.", langs(Pashto=True, Dari=True), "en"),
    ("Fluency in Tigrinya or Amharic is essential.", langs(Tigrinya=True, Amharic=True), "en"),
    ("Fließend Tigrinisch oder Amharisch.", langs(Tigrinya=True, Amharic=True), "de"),
    ("Sehr gute Persischkenntnisse (Farsi/Dari).", langs(Persian=True, Dari=True), "de"),
    ("Fluent Marathi or Gujarati essential.", langs(Marathi=True, Gujarati=True), "en"),
    ("Swahili is a plus.", langs(Swahili=False), "en"),
    ("Fluent Malayalam required.", langs(Malayalam=True), "en"),
    ("Khmer or Lao speakers welcome.", langs(Khmer=False, Lao=False), "en"),
    # a working language
    ("Our working language is English.", _rt34_working("English"), "en"),
    ("The company language is English.", _rt34_working("English"), "en"),
    ("Unsere Arbeitssprache ist Englisch.", _rt34_working("English"), "de"),
    ("Englisch ist unsere Teamsprache.", _rt34_working("English"), "de"),
    (
        "Die Arbeitssprache im Team ist Englisch, Deutschkenntnisse sind von Vorteil.",
        langs(English=True, German=False),
        "de",
    ),
]
for _rt34_frag, _rt34_chk, _rt34_lang in _rt34_languages:
    _rt34_case("languages", _rt34_frag, _rt34_chk, _rt34_lang)
# ==== end rt34 ==============================================================================


def _load_rounds() -> None:
    """Import every module of benchmarks/probe_rounds: each adds its cases with case() and ans().

    Rounds that run side by side keep their cases in files of their own, so no two rounds edit
    one file (a union merge of this file once split a round's function in two).
    """
    import importlib
    import pkgutil

    from benchmarks import probe_rounds

    for info in sorted(pkgutil.iter_modules(probe_rounds.__path__), key=lambda m: m.name):
        importlib.import_module(f"benchmarks.probe_rounds.{info.name}")


def main() -> int:
    _load_rounds()
    verbose = "-v" in sys.argv
    total: dict[str, int] = defaultdict(int)
    failed: dict[str, int] = defaultdict(int)
    for cls, text, run, check in CASES:
        total[cls] += 1
        try:
            ok, detail = check(run())
        except Exception as exc:  # a probe records every crash
            ok, detail = False, "CRASH " + "".join(traceback.format_exception_only(exc)).strip()
        if not ok:
            failed[cls] += 1
            frag = text if len(text) < 200 else text[:80] + " … " + text[-0:]
            if cls != "answers" and text.startswith("# "):
                frag = text.split("\n\n")[2] if text.count("\n\n") > 2 else frag
            print(f"FAIL [{cls}] {frag[:300]!r}\n      {detail}")
        elif verbose:
            print(f"ok   [{cls}] {text[:80]!r}")
    print()
    for cls in total:
        print(f"{cls:14} {total[cls] - failed[cls]:3}/{total[cls]:3} pass")
    print(f"{'all':14} {sum(total.values()) - sum(failed.values()):3}/{sum(total.values()):3} pass")
    return 0


if __name__ == "__main__":
    # Run the module's importable copy, to which the rounds' files add their cases.
    from benchmarks import redteam_probe

    raise SystemExit(redteam_probe.main())
