"""Round rt37 (2026-12-05, afternoon): a second author's fresh inputs, English and German, in
shapes the earlier rounds did not have. Every input was written for this round.

Decisions taken here (see docs/text-analysis.md, "### rt37: ..."):
- OTE / on-target earnings is pay the ad states, but not a base: with a base beside it the base
  is the pay; alone, the OTE figure stands as the pay (the ad's one stated figure), so the
  salary is not "missing".
- A 13th or 14th month (*x 13*, *14 Monatsgehälter*) leaves the monthly figure as the pay.
- A day rate is pay by the day; pro-rata and FTE figures are the full-time yearly figure.
"""

# ruff: noqa: E501  (the inputs are whole ad lines, kept on one line each to read them)
from __future__ import annotations

from benchmarks.redteam_probe import (
    AdReport,
    Check,
    ad,
    ans,
    at_least,
    at_most,
    case,
    flagged,
    must,
    no_gender,
    no_pay,
    not_flagged,
    pay_is,
    senior_not,
)


def _c(name: str) -> str:
    return f"{name} (rt37)"


def _pay_min(lo: float, period: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.pay.stated and r.pay.minimum == lo
        if period:
            ok = ok and r.pay.period == period
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period})"

    return chk


def _pay_max(hi: float, period: str | None = None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.pay.stated and r.pay.maximum == hi
        if period:
            ok = ok and r.pay.period == period
        return ok, f"pay=({r.pay.minimum},{r.pay.maximum},{r.pay.period})"

    return chk


def _senior_is(want: str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.seniority == want, f"seniority={r.seniority} years={r.years_required}"

    return chk


def _no_hits_of(*words: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        hits = [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]
        return not any(w in h for h in hits for w in words), f"hits={hits}"

    return chk


def _not_concern(*checks: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        bad = [
            (f.check, f.level.value, f.title[:50])
            for f in r.findings
            if f.check in checks and f.level.value == "concern"
        ]
        return not bad, f"{bad}"

    return chk


# ---------------------------------------------------------------- pay: stated figures
P = _c("pay")
# part-time and pro-rata: the full-time figure is the pay
case(
    P,
    ad("Salary: £42,000 FTE (£25,200 actual for 0.6 FTE)"),
    pay_is(42000, 42000, "year"),
)
case(
    P,
    ad("Pay: $58,000–$64,000 prorated for a 30-hour week"),
    pay_is(58000, 64000, "year"),
)
case(
    P,
    ad("Gehalt: 54.000 € brutto jährlich auf Vollzeitbasis (bei 30 Std. anteilig)", "de"),
    pay_is(54000, 54000, "year"),
)
# 13th / 14th month
case(P, ad("Salary: €3,900 gross per month x 14"), pay_is(3900, 3900, "month"))
case(P, ad("Monatsgehalt: 4.250 € brutto x 13", "de"), pay_is(4250, 4250, "month"))
case(
    P,
    ad("Gehalt: 3.800 € brutto/Monat, 14 Monatsgehälter", "de"),
    pay_is(3800, 3800, "month"),
)
case(
    P,
    ad("Das Bruttomonatsgehalt beträgt 4.100 € (14-mal jährlich).", "de"),
    pay_is(4100, 4100, "month"),
)
# OTE alone and beside a base
case(P, ad("Base €48,000 + on-target earnings of €72,000"), pay_is(48000, 48000))
case(P, ad("On-target earnings: $95,000 (50/50 base and commission)"), _pay_min(95000))
case(P, ad("Grundgehalt 52.000 €, OTE 78.000 €", "de"), pay_is(52000, 52000))
# up to / from / starting at
case(P, ad("Salary: up to £61,000 depending on experience"), _pay_max(61000))
case(P, ad("Pay: from $33 an hour"), _pay_min(33, "hour"))
case(P, ad("Salaries starting at €57,500 a year."), _pay_min(57500, "year"))
case(P, ad("Gehalt ab 4.600 € brutto im Monat", "de"), _pay_min(4600, "month"))
# thousands: K, TEUR, Tsd. €
case(P, ad("Compensation: 110K–125K USD base"), pay_is(110000, 125000))
case(P, ad("Vergütung: 110 TEUR fix", "de"), pay_is(110000, 110000))
case(P, ad("Zielgehalt: 96 – 104 Tsd. € brutto p.a.", "de"), pay_is(96000, 104000, "year"))
case(P, ad("Salary: €85K"), pay_is(85000, 85000))
# day rates for contractors
case(P, ad("Contract: 6 months, €650/day"), pay_is(650, 650, "day"))
case(P, ad("Rate: $800 - $950 per day, inside IR35 not applicable"), pay_is(800, 950, "day"))
case(P, ad("Tagessatz: 800 – 950 € netto (Freelance)", "de"), pay_is(800, 950, "day"))
# ranges split across lines
case(P, ad("Salary\nfrom £47,500\nto £53,000 per annum"), pay_is(47500, 53000, "year"))
case(
    P,
    ad("Gehaltsspanne:\n62.000 €\nbis 71.000 € brutto jährlich", "de"),
    pay_is(62000, 71000, "year"),
)

# ---------------------------------------------------------------- pay: amounts that are not pay
N = _c("not pay")
for frag, lang in (
    ("We closed a $40M Series B in March and serve 1,200 customers.", "en"),
    ("Our startup raised $8.5 million in seed funding last spring.", "en"),
    ("Over 25,000 customers across 40 countries rely on our app.", "en"),
    ("You will manage an annual budget of €600,000.", "en"),
    ("Our team won the €50,000 Innovation Prize in 2024.", "en"),
    ("The lab has secured $1M in grants from two foundations.", "en"),
    ("Standup is at 9:30 every morning; the office closes at 18:00.", "en"),
    ("Applications close on 15.01.2027; interviews on 22 January 2027 at 10:00.", "en"),
    ("Wir haben 2025 eine Finanzierungsrunde über 12 Mio. € abgeschlossen.", "de"),
    ("Mehr als 3.500 Kundinnen und Kunden vertrauen auf unsere Software.", "de"),
    ("Du verantwortest ein Projektbudget von 250.000 €.", "de"),
    ("Unser Team hat den mit 20.000 € dotierten Innovationspreis gewonnen.", "de"),
    ("Bewerbungsschluss ist der 31.01.2027, Gespräche finden am 10.02. ab 9:00 Uhr statt.", "de"),
    ("Das Institut wirbt jährlich rund 4 Mio. Euro Drittmittel ein.", "de"),
):
    case(N, ad(frag, lang), no_pay)

# ---------------------------------------------------------------- requirements: headings
R = _c("requirements")
REQ = "\n{h}\n- A degree in economics or similar\n- 3 years of experience with SQL\n- Python\n- Good written English\n"
for h in (
    "What You Bring To The Table",
    "You might be a fit if",
    "You might be a fit if you have:",
    "Must-haves:",
    "**Must haves**",
    "You'll thrive here if you have",
):
    case(R, ad(REQ.format(h=h), reqs=False), must(4, 1))
REQ_DE = "\n{h}\n- Studium der Wirtschaftsinformatik oder vergleichbar\n- 3 Jahre Erfahrung mit SQL\n- Python\n- Gutes Deutsch\n"
for h in (
    "Dein Rucksack",
    "Das packst du in deinen Rucksack:",
    "Das zeichnet dich aus!",
    "Was du im Gepäck hast",
):
    case(R, ad(REQ_DE.format(h=h), "de", reqs=False), must(4, 1))
# nested bullets: sub-bullets are parts of one requirement
case(
    R,
    ad(
        "Requirements\n- Strong programming skills\n  - Python\n  - Go\n- 4+ years of backend experience\n- Experience with cloud:\n  - AWS or GCP\n",
        reqs=False,
    ),
    must(3, 2),
)
# a bonus list after the requirements is not must-have
case(
    R,
    ad(
        "Requirements\n- SQL\n- Python\n- Statistics\n\nExtra credit\n- dbt\n- Airflow\n- Spark\n- Kafka\n",
        reqs=False,
    ),
    must(3, 1),
)
case(
    R,
    ad(
        "Dein Profil\n- SQL\n- Python\n- Statistik\n\nPluspunkte\n- dbt\n- Airflow\n- Spark\n- Kafka\n",
        "de",
        reqs=False,
    ),
    must(3, 1),
)
# a numbered list that is duties, then the requirements
case(
    R,
    ad(
        "Your responsibilities\n1. Build the data model\n2. Own the weekly KPI report\n3. Run A/B tests\n4. Train colleagues\n5. Document pipelines\n\nRequirements\n- SQL\n- Python\n- Statistics\n",
        reqs=False,
    ),
    must(3, 1),
)
case(
    R,
    ad(
        "Requirements\n- Degree in computer science or equivalent experience\n- 3+ years with Kubernetes\n- Terraform\n",
        reqs=False,
    ),
    must(3),
)

# ---------------------------------------------------------------- seniority and years
S = _c("seniority")
case(
    S,
    ad(
        "You will help us build our leaderboard and senioritätsbasierte Modelle.",
        title="Data Analyst",
    ),
    senior_not("lead", "senior"),
)
case(
    S,
    ad("Experience with the Juniper and Seniorenheim data sets.", title="Data Analyst"),
    senior_not("junior", "senior"),
)
case(
    S,
    ad("- 8+ years of experience", title="Staff Data Scientist"),
    senior_not("junior", "entry", "intern", None),
)
case(
    S,
    ad("- 10+ years of experience", title="Principal Engineer, Payments"),
    senior_not("junior", "entry", "intern", None),
)
case(
    S,
    ad("Unterstütze das Team bei Analysen.", "de", title="Werkstudent (m/w/d) Controlling"),
    _senior_is("intern"),
)
case(
    S,
    ad(
        "Forschung und Lehre im Bereich maschinelles Lernen.",
        "de",
        title="Junior-Professur (W1) für Data Science",
    ),
    senior_not("junior", "entry", "intern"),
)
case(
    S,
    ad(
        "Research and teaching in statistics.",
        title="Assistant Professor (Tenure Track) in Statistics",
    ),
    senior_not("junior", "entry", "intern"),
)
case(
    S,
    ad("Mentor our juniors and lead code reviews.", title="Software Engineer"),
    senior_not("junior"),
)

# ---------------------------------------------------------------- gender: non-trait senses
G = _c("gender")
for s, w in (
    (
        "You will run competitive analysis and competitor benchmarking for our pricing team.",
        "competitive",
    ),
    ("Data quality is the decisive factor in every model we ship.", "decisive"),
    ("The role is offered as an independent contractor agreement.", "independent"),
    ("You will triage support tickets and write help-centre articles.", "support"),
    ("We build a dominant-strategy solver for auction design.", "dominant"),
    ("Experience with adversarial and aggressive caching strategies for CDNs.", "aggressive"),
    ("You will work on the decision support system for clinicians.", "support"),
    ("Entscheidend ist für uns die Datenqualität, nicht der Abschluss.", "entscheid"),
    ("Du arbeitest an einer unabhängigen Prüfung unserer Modelle.", "unabhängig"),
):
    case(
        G,
        ad(
            s,
            "de" if any(c in s for c in "äöüß") or s.startswith(("Entscheidend", "Du ")) else "en",
        ),
        _no_hits_of(w),
    )
case(G, ad("Our product provides a competitive advantage to small retailers."), no_gender)

# ---------------------------------------------------------------- exclusion
X = _c("exclusion")
# premises: a condition to ask about, not a concern about the ad's wording
case(
    X,
    ad(
        "Our office is on the third floor and has no lift; wheelchair users please contact us so we can arrange a ground-floor meeting room."
    ),
    _not_concern("ability-coded", "accessibility"),
)
case(
    X,
    ad(
        "Unser Büro ist leider nicht barrierefrei (kein Aufzug). Bitte sprich uns an, wir finden eine Lösung.",
        "de",
    ),
    _not_concern("ability-coded", "accessibility"),
)
# physical demands in a desk job
case(
    X,
    ad(
        "Must be able to lift 25 kg boxes of printer paper and stand all day.", title="Data Analyst"
    ),
    flagged("ability-coded"),
)
case(
    X,
    ad("Du kannst regelmäßig schwere Lasten bis 20 kg heben.", "de", title="Controller (m/w/d)"),
    flagged("ability-coded"),
)
# age wording in German
case(X, ad("Perfekt für Berufseinsteiger mit frischem Abschluss.", "de"), flagged("age-coded"))
case(
    X,
    ad("Du bist ein Digital Native und wächst mit unserem jungen Team.", "de"),
    flagged("age-coded"),
)
case(X, ad("Wir sind ein junges, dynamisches Team im Herzen von Köln.", "de"), flagged("age-coded"))
case(X, ad("Das Team ist zwischen 25 und 35 Jahre alt.", "de"), flagged("age-coded"))
# not age: the company's own age, a young product
case(X, ad("Wir sind ein junges Unternehmen, gegründet 2021.", "de"), not_flagged("age-coded"))
case(X, ad("Our product is still young, so your work shapes it."), not_flagged("age-coded"))

# ---------------------------------------------------------------- answers
A = _c("answers concrete")
for s in (
    "Wir haben letztes Jahr drei Ingenieurinnen eingestellt, zwei davon in Führungsrollen.",
    "Unsere Personalchefin hat 2024 strukturierte Interviews eingeführt; seitdem liegt der Frauenanteil bei Einstellungen bei 38 %.",
    "Wir haben 2023 die Gehaltsverhandlungen abgeschafft und zahlen seither nach festen Stufen.",
    "Die Geschäftsführung hat im März 2025 Gehaltsbänder für alle 120 Stellen veröffentlicht.",
    "Wir haben im Januar eine Elternzeit-Regelung mit 16 Wochen voller Bezahlung eingeführt, die bisher 7 Kolleginnen und Kollegen genutzt haben.",
    "Im letzten Jahr haben wir unsere Stellenanzeigen geprüft und 40 Anzeigen neu geschrieben; die Bewerbungen von Frauen stiegen von 14 % auf 27 %.",
    "Last year we hired four women into senior engineering roles and promoted two more.",
    "In 2024 we scrapped unpaid trial days and now pay every candidate for the take-home task.",
):
    ans(A, s, at_least(4))

V = _c("answers vague")
for s in (
    "Wir würden gern irgendwann mehr Frauen einstellen, vielleicht nächstes Jahr.",
    "Wir planen, eventuell eine Gehaltsanalyse durchzuführen, wenn es das Budget erlaubt.",
    "Darüber haben wir schon oft gesprochen, das ist uns sehr wichtig.",
    "Wir haben versucht, Gehaltsbänder einzuführen, aber das hat nicht geklappt.",
    "Das ist eine gute Frage, da müsste ich HR fragen.",
    "Wir behandeln alle gleich, Geschlecht spielt bei uns keine Rolle.",
    "We tried a mentoring scheme in 2023 but it fizzled out after two months.",
    "That's really more of an HR question, I couldn't say.",
    "We might look at flexible hours once things calm down.",
):
    ans(V, s, at_most(2))

# ---------------------------------------------------------------- second batch (rt37)
# level words that are part of another name
case(
    S,
    ad("Plan activities for our residents.", title="Senior Living Activities Coordinator"),
    senior_not("senior"),
)
case(
    S,
    ad("Teach two courses a year.", title="Junior Professor of Econometrics"),
    senior_not("junior"),
)
case(
    S,
    ad("Lehre und Forschung.", "de", title="Juniorprofessorin (W1) für Statistik"),
    senior_not("junior"),
)
case(S, ad("- 6+ years of experience", title="Senior Data Engineer"), _senior_is("senior"))
# the company described, not the person; self-employment, not a trait
for s, w, lang in (
    ("We are an independent, family-owned analytics consultancy.", "independent", "en"),
    ("Your forecast is a decisive input for the pricing committee.", "decisive", "en"),
    ("Wir suchen dich als Freelancer auf selbstständiger Basis.", "selbstständig", "de"),
    ("Als selbstständiger Berater rechnest du monatlich ab.", "selbstständig", "de"),
):
    case(G, ad(s, lang), _no_hits_of(w))
case(G, ad("You are independent, curious and decisive."), _no_hits_of("zzz"))
# sitting and standing in hours, with a place between
case(
    X,
    ad("You must be able to sit at a desk for 9 hours a day.", title="Data Analyst"),
    flagged("ability-coded"),
)
case(X, ad("The job means standing at a till for 7 hours."), flagged("ability-coded"))
case(
    X,
    ad("The written test takes 2 hours; you sit for 2 hours in our office."),
    not_flagged("ability-coded"),
)
# answers: handed on
for s in (
    "Das müsste ich erst mit unserer Personalleitung klären.",
    "I'd have to check with HR on the numbers.",
    "Honestly, that's more of a management question.",
):
    ans(V, s, at_most(2))


def _premises_info(r: AdReport) -> tuple[bool, str]:
    fs = [(f.check, f.level.value) for f in r.findings if f.check == "premises-access"]
    bad = [
        (f.check, f.level.value)
        for f in r.findings
        if f.level.value == "concern" and f.area.value == "exclusionary"
    ]
    return fs == [("premises-access", "info")] and not bad, f"{fs} {bad}"


def _no_premises(r: AdReport) -> tuple[bool, str]:
    fs = [f.title for f in r.findings if f.check == "premises-access"]
    return not fs, f"{fs}"


# premises: the building's access is a condition to ask about (info), never a concern
for s, lang in (
    (
        "Our office is on the third floor and has no lift; wheelchair users please contact us so we can arrange a ground-floor meeting room.",
        "en",
    ),
    (
        "Unser Büro ist leider nicht barrierefrei (kein Aufzug). Bitte sprich uns an, wir finden eine Lösung.",
        "de",
    ),
    ("The studio is only reachable by stairs, sorry.", "en"),
    ("Der Standort ist derzeit nicht stufenlos erreichbar.", "de"),
):
    case(X, ad(s, lang), _premises_info)
for s, lang in (
    ("Unsere Büros sind barrierefrei und mit dem ÖPNV gut erreichbar.", "de"),
    ("No elevator pitch needed: just send your CV.", "en"),
    ("No heavy lifting required.", "en"),
):
    case(X, ad(s, lang), _no_premises)

# answers, third batch: "vor zwei Jahren" is a time, not "vorhaben"; plans turned down and no
# time or money named as the reason are red flags
ans(
    A,
    "Wir haben vor zwei Jahren eine Teilzeitquote von 20 % in Führung eingeführt und erreichen sie heute.",
    at_least(4),
)
ans(
    A,
    "Die Personalleiterin hat im Frühjahr die Probezeitgespräche standardisiert; seitdem wurden 11 von 12 Frauen übernommen.",
    at_least(4),
)
for s in (
    "Wir haben eine Frauenquote geplant, aber der Vorstand hat sie abgelehnt.",
    "Der Vorschlag für offene Gehaltsbänder wurde 2024 von der Geschäftsführung abgelehnt.",
    "Man könnte sicher mehr tun, aber uns fehlt die Zeit.",
    "Honestly we don't have the bandwidth for that right now.",
):
    ans(V, s, at_most(2, flag=True))

# requirement headings, third batch
for h, lang in (
    ("Du passt zu uns, wenn du", "de"),
    ("Your superpowers", "en"),
    ("The essentials", "en"),
    ("Non-negotiables:", "en"),
    ("Das wünschen wir uns von dir", "de"),
    ("Deine Expertise", "de"),
    ("Worauf wir Wert legen", "de"),
    ("Damit begeisterst du uns", "de"),
    ("Dein Werkzeugkasten", "de"),
):
    case(R, ad(f"{h}\n- SQL\n- Python\n- Statistik\n", lang, reqs=False), must(3))
