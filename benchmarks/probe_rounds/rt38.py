"""Round rt38 (2026-12-05, evening): a second author's fresh inputs for the classes issue 11
names, English and German, written for this round in the issue's shapes with other words,
numbers, currencies (USD, GBP, EUR, CHF), periods and headings.
"""

# ruff: noqa: E501  (the inputs are whole ad lines, kept on one line each to read them)
from __future__ import annotations

from benchmarks.redteam_probe import (
    REQS_DE,
    REQS_EN,
    AdReport,
    Check,
    ad,
    ans,
    arr,
    at_most,
    case,
    few_tools,
    flagged,
    has_figs,
    langs,
    masc,
    must,
    native,
    no_gender,
    no_pay,
    not_flagged,
    pay_is,
    pay_max,
    pay_min,
    q_has,
    senior_not,
)


def _c(name: str) -> str:
    return f"{name} (rt38)"


def _no_hits_of(*words: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        hits = [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]
        return not any(w in h for h in hits for w in words), f"hits={hits}"

    return chk


def _reqs_found(r: AdReport) -> tuple[bool, str]:
    bad = [f.title for f in r.findings if "no requirement" in f.title.lower()]
    return r.must_haves is not None and r.must_haves > 0 and not bad, f"must={r.must_haves} {bad}"


def _senior_is(want: str | None) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        return r.seniority == want, f"seniority={r.seniority} years={r.years_required}"

    return chk


def _age(r: AdReport) -> tuple[bool, str]:
    fs = [f.title for f in r.findings if f.check == "age-coded"]
    return bool(fs), f"{fs}"


# ---------------------------------------------------------------- pay: not pay
P = _c("pay")
case(P, ad("Hours: 7am-3pm. A £2,500 welcome bonus is paid after probation."), no_pay)
case(P, ad("Schicht 6-14 Uhr. Wechselprämie von 3.000 € nach der Probezeit.", "de"), no_pay)
case(P, ad("Working hours 9.30am - 5.30pm; relocation package up to $8,000."), no_pay)
case(P, ad("You will own a marketing budget of €1.2m and report on €40m revenue."), no_pay)
case(P, ad("Core hours 10am-4pm. We reimburse up to CHF 1,500 for training per year."), no_pay)
case(P, ad("Umzugskostenpauschale bis 5.000 € und 1.000 € Weiterbildungsbudget.", "de"), no_pay)
case(P, ad("Our client portfolio generates $300M in annual revenue."), no_pay)
case(P, ad("Shift pattern 2pm-10pm, referral bonus of $1,000 for each hire."), no_pay)
# pay labels without a currency sign
case(P, ad("Gehalt: 70.000-80.000 brutto", "de"), pay_is(70000, 80000))
case(P, ad("Base pay: 82,500 to 97,000 annually"), pay_is(82500, 97000, "year"))
case(P, ad("Pay range: 64,000-71,000"), pay_is(64000, 71000))
case(P, ad("Salary band: 75-90k"), pay_is(75000, 90000))
case(P, ad("Remuneration: 58,000 - 66,000 DOE"), pay_is(58000, 66000))
case(P, ad("Jahresgehalt: 61.000 - 68.000 brutto", "de"), pay_is(61000, 68000, "year"))
case(P, ad("Compensation 120-135K plus equity"), pay_is(120000, 135000))
# high to low
case(P, ad("Salary: £48,000 - £41,000 depending on experience"), pay_is(41000, 48000))
case(P, ad("Pay: $88,000 – $76,000 per year"), pay_is(76000, 88000, "year"))
case(P, ad("Gehalt: 72.000 € – 63.000 € brutto im Jahr", "de"), pay_is(63000, 72000, "year"))
case(P, ad("Salary: CHF 118,000 - CHF 104,000 p.a."), pay_is(104000, 118000, "year"))
# min and max on separate labelled lines
case(P, ad("Minimum salary: $71,000\nMaximum salary: $84,000"), pay_is(71000, 84000))
case(P, ad("Salary from: €52,000\nSalary to: €59,000"), pay_is(52000, 59000))
case(P, ad("Gehalt min.: 55.000 €\nGehalt max.: 63.000 €", "de"), pay_is(55000, 63000))
case(
    P,
    ad("Lower bound: £39,500 per annum\nUpper bound: £45,000 per annum"),
    pay_is(39500, 45000, "year"),
)
# hourly and yearly together
case(
    P,
    ad("Pay is $27 per hour, which comes to about $56,000 a year."),
    has_figs((27, "hour"), (56000, "year")),
)
case(
    P,
    ad("Stundenlohn 19,50 € (entspricht rund 40.500 € im Jahr).", "de"),
    has_figs((19.5, "hour"), (40500, "year")),
)
case(
    P,
    ad("£18.20 an hour or £35,500 per annum for salaried staff."),
    has_figs((18.2, "hour"), (35500, "year")),
)
# German between ... and ...
case(
    P,
    ad("Wir zahlen zwischen 58.500 und 66.000 Euro brutto jährlich.", "de"),
    pay_is(58500, 66000, "year"),
)
case(
    P,
    ad("Das Gehalt liegt zwischen 4.200 und 4.900 Euro brutto im Monat.", "de"),
    pay_is(4200, 4900, "month"),
)
case(P, ad("Salary between €61,000 and €69,000 a year."), pay_is(61000, 69000, "year"))
case(
    P, ad("Lohn zwischen CHF 96'000 und CHF 108'000 pro Jahr.", "de"), pay_is(96000, 108000, "year")
)
# a time of day next to an amount does not make it monthly
case(P, ad("Salary: $62,000. Office hours 8am-4pm."), pay_min(62000))
case(P, ad("Gehalt: 3.900 € brutto monatlich, Kernzeit 9-15 Uhr.", "de"), pay_max(3900, "month"))

# ---------------------------------------------------------------- requirement inflation
R = _c("requirements")
case(
    R,
    ad(
        "This Senior Analyst role backs our stage-gate reviews.\n8+ years in analytics.",
        title="Senior Analyst",
    ),
    senior_not("intern"),
)
case(R, ad("Backstage systems and onstage events are your playground."), senior_not("intern"))
case(
    R,
    ad("You will give expert guidance to finance teams.", title="Data Analyst"),
    senior_not("lead"),
)
case(R, ad("Misleading dashboards are what you fix.", title="Data Analyst"), senior_not("lead"))
case(R, ad("Wir sind Leader im Zahlungsverkehr.", "de"), senior_not("lead"))
case(
    R,
    ad("Help us with internal tooling and internationalisation.", title="Data Analyst"),
    senior_not("intern"),
)


def _ad_with(head: str, items: list[str], lang: str = "en", title: str = "") -> str:
    body = "\n".join(f"- {i}" for i in items)
    return ad(f"{head}\n{body}", lang, title, reqs=False)


case(
    R,
    _ad_with(
        "Key Responsibilities", ["Build models", "Write reports", "Present results", "Run reviews"]
    )
    + REQS_EN,
    must(3, 1),
)
case(
    R,
    _ad_with(
        "Deine Tätigkeiten",
        ["Modelle bauen", "Berichte schreiben", "Ergebnisse vorstellen", "Reviews leiten"],
        "de",
    )
    + REQS_DE,
    must(3, 1),
)
case(R, _ad_with("Skills & Experience", ["Python", "SQL", "Tableau"]), _reqs_found)
case(
    R,
    _ad_with("Minimum Qualifications", ["BSc in statistics", "2 years of SQL", "Excel"]),
    _reqs_found,
)
case(R, _ad_with("What You Bring", ["Python", "dbt", "Looker"]), _reqs_found)
case(R, _ad_with("Das bringst du mit", ["Python", "SQL", "Statistik"], "de"), _reqs_found)
case(R, _ad_with("Anforderungen", ["Studium der Informatik", "SQL", "Englisch"], "de"), _reqs_found)
case(
    R,
    _ad_with("Must Have", ["Python", "SQL"]) + "\nBonus Points\n- Spark\n- Airflow\n- Kafka\n",
    must(2, 1),
)
case(
    R,
    _ad_with("Wir erwarten", ["Python", "SQL"], "de")
    + "\nWünschenswert\n- Spark\n- Airflow\n- Kafka\n",
    must(2, 1),
)
case(
    R,
    _ad_with("Required", ["Python", "SQL"])
    + "\nPerks\n- Gym\n- Bike scheme\n- Pension\n- Free lunch\n",
    must(2, 1),
)
case(
    R,
    _ad_with("Dein Profil", ["Python", "SQL"], "de")
    + "\nWas wir bieten\n- Jobrad\n- 30 Tage Urlaub\n- Kantine\n- Altersvorsorge\n",
    must(2, 1),
)
case(
    R,
    ad("Experience with at least one of the following: Java, Go, Rust, Scala, C#, Kotlin, Swift."),
    few_tools,
)
case(
    R,
    ad(
        "Erfahrung mit mindestens einem der folgenden Tools: Tableau, Power BI, Looker, Qlik, Superset, Metabase.",
        "de",
    ),
    few_tools,
)

# ---------------------------------------------------------------- gender-coded: not traits
G = _c("gender")
case(G, ad("Solid understanding of experimental design."), no_gender)
case(G, ad("You will lead standups for the Lead Engineer's team."), _no_hits_of("lead"))
case(G, ad("We offer competitive pay and a competitive pension."), no_gender)
case(G, ad("We are the leading provider of payroll software."), _no_hits_of("lead"))
case(G, ad("You support the decision support team and its objective measures."), no_gender)
case(G, ad("Experience with lead generation and lead nurturing."), _no_hits_of("lead"))
case(G, ad("Work in our Trust & Safety group."), no_gender)
case(G, ad("Wir bieten ein wettbewerbsfähiges Gehalt.", "de"), no_gender)
case(G, ad("You should be aggressive, fearless and dominant in negotiations."), masc)

# ---------------------------------------------------------------- work arrangement
A = _c("arrangement")
case(A, ad("Remote-Anteil bis 40 %.", "de"), arr("hybrid"))
case(A, ad("Bis zu 60 % Homeoffice möglich.", "de"), arr("hybrid"))
case(A, ad("Mobiles Arbeiten nach Rücksprache mit der Führungskraft.", "de"), arr("hybrid"))
case(A, ad("Vor-Ort-Präsenz an allen Arbeitstagen im Werk.", "de"), arr("onsite"))
case(A, ad("3 Tage pro Woche im Office in Köln.", "de"), arr("hybrid", 3))
case(A, ad("Wir erwarten 4 Bürotage pro Woche.", "de"), arr("hybrid", 4))
case(A, ad("Expect four office days each week in Zurich."), arr("hybrid", 4))
case(A, ad("One day a week in our Bristol hub, otherwise home-based."), arr("hybrid", 1))

# ---------------------------------------------------------------- languages
L = _c("languages")
case(
    L, ad("Deutsch (C2) zwingend, Englisch wünschenswert.", "de"), langs(German=True, English=False)
)
case(
    L,
    ad("Französisch (B2) erforderlich, Italienisch ein Plus.", "de"),
    langs(French=True, Italian=False),
)
case(
    L, ad("Fluent Spanish is a must; Portuguese is a bonus."), langs(Spanish=True, Portuguese=False)
)
case(L, ad("Englisch auf muttersprachlichem Niveau.", "de"), native)
case(L, ad("Native-level French speaker required."), native)
case(L, ad("Deutsch als Muttersprache.", "de"), native)

# ---------------------------------------------------------------- exclusionary
X = _c("exclusionary")
case(X, ad("Du passt in unser junges, hungriges Team.", "de"), _age)
case(X, ad("Join a youthful crew of recent graduates."), _age)
case(X, ad("Ideal für Berufseinsteiger bis 30 Jahre.", "de"), _age)
case(
    X, ad("This desk-based role requires standing for extended periods."), flagged("ability-coded")
)
case(
    X,
    ad("Must be able to lift 25 kg and walk long distances in this office role."),
    flagged("ability-coded"),
)
case(X, ad("Applicants must be Swiss citizens."), flagged("nationality-coded", "concern"))
case(
    X,
    ad("Deutsche Staatsangehörigkeit erforderlich.", "de"),
    flagged("nationality-coded", "concern"),
)
case(X, ad("Only UK nationals will be considered."), flagged("nationality-coded", "concern"))
case(X, ad("We work in a young team but welcome all ages."), not_flagged("nationality-coded"))

# ---------------------------------------------------------------- answers
N = _c("answers")
for s, chk in (
    (
        "We'd love to bring in a couple more female engineers next year, fingers crossed.",
        at_most(2),
    ),
    ("Wir hoffen, nächstes Jahr vielleicht zwei weitere Frauen einzustellen.", at_most(2)),
    ("Our culture is really open, everyone can talk to anyone, we're like a family.", at_most(2)),
    (
        "Bei uns herrscht eine tolle Kultur und flache Hierarchien, die Tür steht immer offen.",
        at_most(2),
    ),
    ("Next year we plan to roll out a returnship program, hopefully by autumn.", at_most(3)),
    ("Im kommenden Jahr wollen wir ein Frauennetzwerk gründen.", at_most(3)),
    ("We have an inclusion committee, a parents' network and an anti-bias charter.", at_most(3)),
    (
        "Es gibt bei uns einen Diversity-Beirat, ein Elternnetzwerk und eine Leitlinie zur Inklusion.",
        at_most(3),
    ),
    ("The returners' scheme ended after the budget cut and was never restarted.", at_most(2, True)),
    (
        "Das Mentoring-Programm ist eingeschlafen, als die Verantwortliche ging; seitdem gibt es nichts.",
        at_most(2, True),
    ),
):
    ans(N, s, chk)

# ---------------------------------------------------------------- questions that fit
S = _c("questions fit")
case(
    S,
    ad("You need a clean driving licence and your own car for client visits."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S,
    ad("Ein gültiger PKW-Führerschein wird vorausgesetzt.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    S,
    ad("Applicants must hold Irish citizenship."),
    q_has("nationality-coded", set(), {"screen-reader"}),
)
case(
    S,
    ad("Friday beers with the team are a big part of who we are."),
    q_has("bro-culture", {"drinking-culture"}),
)
