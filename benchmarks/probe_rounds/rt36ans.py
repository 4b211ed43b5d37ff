"""Round rt36ans (2026-12-05, afternoon): interview answers (English and German) and the level
and suggested questions of job-ad findings. Every input was written for this round."""

# ruff: noqa: E501  (whole answers and ad lines, kept on one line each to read them)
from __future__ import annotations

from datetime import date

from benchmarks.redteam_probe import ad, ans, at_least, at_most, case, invariant, level_of, q_has

A = "answers (rt36ans)"
W = "weak answers (rt36ans)"
R = "red-flag answers (rt36ans)"
# Last year: a measure last done then has not lapsed (one done two years ago has).
LAST = date.today().year - 1
Q = "suggestions (rt36ans)"
F = "findings (rt36ans)"

# ---- concrete measures with an outcome, owner, number or date: at least 4
for s in (
    "Salary bands were published to all staff in March 2024 and the gap was reduced from 11% to 4%.",
    "Every interview is scored against a written rubric by two people; this was introduced in 2022 and offer rates for women went from 18% to 31%.",
    "pay audit yearly since 2021, owner: CFO, gap 7% -> 2%",
    "structured interviews since 01/2023, 2 interviewers, scorecard; women hires 20% -> 34%",
    "The proposal to publish salary bands was adopted by the board in May 2024, and since then every ad carries a range; applications from women rose from 18% to 29%.",
    "Pay equity was discussed at the board in March 2023 and 14 salaries were raised; the gap fell from 9% to 3%.",
    "We decided in 2022 that every shortlist will include at least two women; since then 38% of our hires have been women, up from 21%.",
    "Everyone gets along well, and more importantly our Head of People runs a pay audit every April; last year it closed a 5% gap.",
    "Few women applied, so in 2023 we rewrote our ads with a gender decoder; applications from women rose from 12% to 30%.",
    "Our inclusion task force, chaired by the COO, reviewed all 40 job ads in 2024; women applicants went from 20% to 33%.",
    "Not many women applied at first, so we partnered with two bootcamps in 2023; 9 of our last 25 hires came through them.",
    "We publish salary bands internally since 2023; the gap dropped from 10% to 4% and next we hope to make them public.",
    "Seit 2022 veröffentlichen wir die Lohnbänder intern; die Lohnlücke sank von 9 % auf 3 %.",
    "Frau Keller von HR prüft jedes Jahr im Mai die Löhne; 2025 haben wir 14 Löhne angepasst.",
    "Jede Einstellung wird von zwei Personen mit einem schriftlichen Bewertungsbogen entschieden, seit Januar 2023; der Frauenanteil bei Neueinstellungen stieg von 20 % auf 33 %.",
    "Lohnaudit jährlich seit 2021, verantwortlich: CFO, Lücke 7 % -> 2 %",
    "Wir haben 2024 die Stellenanzeigen umgeschrieben; seitdem kommen 35 % statt 15 % der Bewerbungen von Frauen.",
    "Die Geschäftsleitung hat 2023 beschlossen, die Lohnbänder offenzulegen; seit Januar 2024 stehen sie im Intranet und die Lücke sank von 8 % auf 3 %.",
    "Das Thema wurde im Mai 2024 im Vorstand besprochen; danach haben wir 12 Löhne angehoben und die Lücke von 7 % auf 2 % gesenkt.",
    "Wir hatten 2022 eine Taskforce, die die Stellenanzeigen überarbeitet hat; der Frauenanteil unter den Bewerbungen stieg von 15 % auf 31 %.",
    "Anfangs bewarben sich kaum Frauen; seit wir 2023 die Anzeigen umgeschrieben haben, kommen 30 % der Bewerbungen von Frauen statt 12 %.",
    "Du kannst ab dem ersten Tag 2 Tage pro Woche remote arbeiten, das gilt seit 2021 für alle 300 Mitarbeitenden, und die Fluktuation sank von 18 % auf 11 %.",
    f"We last ran the engagement survey in {LAST} and 81% responded; the inclusion score rose from 3.2 to 3.9.",
):
    ans(A, s, at_least(4))

# ---- hopes, plans, proposals, talk, bodies named, culture talk, numbers that are not results: at most 2
for s in (
    "I think we'd probably want to get more women on the team, ideally by the end of next year.",
    "The plan is to roll out salary bands sometime in 2027.",
    "We're going to start tracking attrition by gender from Q2.",
    "We'll be launching a mentoring scheme in January, the budget is approved.",
    "Honestly we're aiming for 40% women in tech roles by 2028.",
    "Our goal is to have a pay audit done next spring.",
    "We want to be at 30 percent women in leadership within five years.",
    "There's a proposal to introduce blind CV screening, it goes to the board in March.",
    "The idea of a returnship has been floated, it's pending approval from finance.",
    "There's a draft policy on flexible hours but it's waiting on sign-off.",
    "We're looking into a returnship, maybe with a partner, nothing signed yet.",
    "Hoping to do something about the gender gap soon, it's on the roadmap.",
    "It was decided that diversity should be a priority going forward.",
    "Things were discussed at the leadership offsite.",
    "We talked about it at the last all-hands, people seemed keen.",
    "In Q1 we will publish our first pay gap report.",
    "Starting next year, all managers will get unconscious bias training.",
    "From 2027 every role will have a salary range in the ad.",
    "We have 3 offices and an open culture.",
    "The company has grown to 250 employees and we're proud of our culture.",
    "We're a company of about 60 and people get along really well.",
    "There's a DEI committee and an anti-harassment policy and a code of conduct.",
    "We have an inclusion task force and a wellbeing group.",
    "We have a steering group for inclusion and an affinity group for parents.",
    "We've got a women's network, a pride network and an ethics board.",
    "We're a meritocracy, we just hire the best people.",
    "It's a very friendly place, we do lots of team lunches.",
    "We're all adults here, people speak up if there's a problem.",
    "Nobody is ever treated differently here, that goes without saying.",
    "It was decided that diversity should be a priority going forward.",
    "diversity council, mentoring network, inclusion policy - no numbers given",
    '"we\'re working on it", no details',
    "hopes to hire more women 2027",
    "open door policy, great culture, flat hierarchy",
    "Wir würden gerne mehr Frauen einstellen, vielleicht schon nächstes Jahr.",
    "Ab 2027 sollen alle Stellen mit Gehaltsband ausgeschrieben werden.",
    "Geplant ist ein Mentoring-Programm, das startet hoffentlich im Herbst.",
    "Es gibt einen Vorschlag für anonymisierte Bewerbungen, der geht im März in die Geschäftsleitung.",
    "Ein Antrag auf ein Lohnaudit liegt beim Betriebsrat zur Prüfung.",
    "Die Geschäftsleitung findet das Thema wichtig, es liegt zur Entscheidung beim Verwaltungsrat.",
    "Man hat beschlossen, dass Diversität künftig eine Priorität sein soll.",
    "Das wurde an der Strategieklausur besprochen.",
    "Das haben wir letztes Jahr im Team diskutiert, alle fanden es gut.",
    "Es gab schon viele Gespräche dazu, aber entschieden ist noch nichts.",
    "Wir planen, im nächsten Quartal eine Lohnanalyse zu machen.",
    "Wir schauen uns das an, sobald wir grösser sind.",
    "Wir sind 40 Leute und uns ist Vielfalt wirklich wichtig.",
    "Wir sind ein Team von 12 Personen und alle verstehen sich super.",
    "Wir sind ein Startup mit 18 Leuten und alle verstehen sich gut.",
    "Bei uns gibt es eine Diversity-Taskforce und eine Inklusionsrichtlinie.",
    "Wir haben eine Steuerungsgruppe Diversität und einen Elternkreis.",
    "Die Frauenquote ist kein Thema bei uns, wir stellen nach Qualifikation ein.",
    "Wir haben eine Politik der offenen Tür und eine tolle Kultur.",
    "Bei uns herrscht eine Duz-Kultur, flache Hierarchien, jeder kann alles sagen.",
    "Wir sind wie eine grosse Familie, da fühlt sich jeder wohl.",
    "Bei uns wird niemand wegen seines Geschlechts bevorzugt oder benachteiligt, das ist selbstverständlich.",
    "Bei uns ist das kein Problem, niemand würde wegen seiner Herkunft benachteiligt.",
    "Das versteht sich von selbst, bei uns zählt der Mensch.",
    "Das Thema Lohngleichheit ist uns ein grosses Anliegen.",
    "Gleichstellung ist uns ein echtes Herzensanliegen.",
    "Die Geschäftsleitung steht voll dahinter.",
    "Mentoring-Programm, Frauennetzwerk, Gleichstellungsbeauftragte - keine Zahlen",
    "hofft auf mehr Frauen 2027",
    "Da bin ich überfragt, aber ich glaube, da läuft etwas.",
    "Die Führungskräfte wurden 2023 geschult.",
    "Wir haben letztes Jahr 3 Workshops zum Thema unbewusste Vorurteile gemacht.",
    "Wir haben 2024 zwei Schulungen zu unbewussten Vorurteilen gemacht.",
    "Letztes Jahr haben wir 4 Webinare und einen Aktionstag gemacht.",
    "Wir haben eine Politik der offenen Tür, und Sie können jederzeit zu mir kommen.",
):
    ans(W, s, at_most(2))

# ---- failures, deflection and a blamed talent pool: at most 2 and a red flag
for s in (
    "We used to run blind CV screening, but it was dropped in 2024.",
    "There was a mentoring programme until 2022; it was discontinued when funding ran out.",
    "We had salary bands for a while, then the new CEO scrapped them.",
    "The ERG was paused last year and hasn't restarted.",
    "Our diversity report was last published in 2021.",
    "The last pay audit was in 2019, I think.",
    "We last ran the engagement survey in 2021.",
    "mentoring stopped w/ sponsor leaving, nothing since",
    "pay audit - dropped 2024 w/ budget cuts",
    "ERG: stopped w/ founder leaving",
    "Das Mentoring lief bis 2022, dann wurde es mangels Budget eingestellt.",
    "Früher hatten wir Gehaltsbänder, die hat der neue CEO abgeschafft.",
    "Wir hatten mal ein Mentoring, das hat die Geschäftsleitung 2023 gekippt.",
    "Die Gehaltsanalyse hat die neue CFO gestrichen.",
    "Unser Gründer hat das Frauennetzwerk letztes Jahr aufgelöst.",
    "Mentoring eingeschlafen nach Weggang der Sponsorin, seither nichts",
    "Die Lohnanalyse wurde zuletzt 2020 gemacht.",
    "Die letzte Befragung war 2019.",
    "You'd really have to ask HR about that one.",
    "I'm not the right person to answer that.",
    "Let's not get into politics here.",
    "DEI = HR's job, not hers",
    "She said D&I is the people team's job, not hers.",
    "DEI = Sache von HR, nicht ihr Thema",
    "Thema Frauenförderung = Sache der Geschäftsleitung, nicht mein Bereich",
    "Ich möchte das nicht politisch machen, das ist mir zu politisch.",
    "Da müssten Sie die Personalabteilung fragen, das weiss ich nicht.",
    "Honestly the talent pool for data engineers is 90% men, so there's only so much we can do.",
    "There simply aren't enough qualified candidates from diverse backgrounds.",
    "The universities don't produce enough female graduates in this field.",
    "Honestly it's a tough market, there are only so many women with ML experience.",
    'blamed pipeline, "not many female applicants"',
    "it's a pipeline thing, not many female applicants for data roles",
    "Ehrlich gesagt bewerben sich einfach zu wenige Frauen auf solche Stellen.",
    "Die Hochschulen bringen halt kaum Informatikerinnen hervor.",
    "Die Unis bringen einfach zu wenige Data-Science-Absolventinnen hervor.",
    "Es gibt zu wenige Informatikerinnen auf dem Markt, da können wir wenig machen.",
    "Du, ehrlich, wir sind erst 15 Leute, da haben wir sowas noch nicht.",
    "We're a small shop, 25 people, we don't have anything like that yet.",
):
    ans(R, s, at_most(2, flag=True))

# ---- job-ad findings: levels hold, low confidence says so
case(
    F,
    ad("We're after someone with youthful energy to join our crew."),
    level_of("age-coded", "concern"),
)
case(F, ad("Overqualified applicants will not be considered."), level_of("age-coded", "concern"))
case(
    F,
    ad("Wir suchen eine junge, dynamische Persönlichkeit.", "de"),
    level_of("age-coded", "concern"),
)
case(F, ad("Candidates must hold a valid UK passport."), level_of("nationality-coded", "info"))
case(
    F, ad("Schweizer Staatsbürgerschaft erforderlich.", "de"), level_of("nationality-coded", "info")
)
case(F, ad("Native English speaker required."), level_of("nationality-coded", "concern"))
case(F, ad("Deutsch als Muttersprache.", "de"), level_of("nationality-coded", "concern"))
case(F, ad("Salary: competitive, depending on experience."), level_of("salary", "gap"))
case(F, ad("Attraktives Gehalt.", "de"), level_of("salary", "gap"))
case(
    F,
    ad("Flexible working hours and a 4-day week are available."),
    level_of("diversity-measure", "positive"),
)
case(
    F,
    ad("Wir leben Vielfalt und freuen uns über alle Bewerbungen.", "de"),
    level_of("diversity-boilerplate", "gap"),
)
for frag, lang in (
    ("Must be able to climb ladders and carry equipment up to 20 kg.", "en"),
    ("Occasional unpaid overtime is expected during busy periods.", "en"),
    ("You will be part of an on-call rotation one week in six.", "en"),
    ("Up to 50% travel across Europe.", "en"),
    ("Rufbereitschaft im Wechsel, etwa eine Woche pro Monat.", "de"),
    ("Reisebereitschaft bis zu 40 %.", "de"),
    ("Gelegentliche Überstunden sind mit dem Gehalt abgegolten.", "de"),
):
    case(F, ad(frag, lang), invariant)

# ---- suggested questions fit the finding
case(
    Q,
    ad("We're after someone with youthful energy to join our crew."),
    q_has("age-coded", {"age"}, {"screen-reader", "visa"}),
)
case(
    Q,
    ad("Ideal für Berufseinsteiger bis 30 Jahre.", "de"),
    q_has("age-coded", {"age"}, {"screen-reader", "visa"}),
)
case(
    Q,
    ad("Must be able to climb ladders and carry equipment up to 20 kg."),
    q_has("ability-coded", {"adjustments"}, {"driving", "visa"}),
)
case(
    Q,
    ad("The position requires 20/20 vision and clear speech."),
    q_has("ability-coded", {"adjustments"}, {"driving", "visa"}),
)
case(
    Q,
    ad("Körperlich belastbar, Heben von Lasten bis 30 kg.", "de"),
    q_has("ability-coded", {"adjustments"}, {"driving", "visa"}),
)
case(
    Q,
    ad("Applicants must be eligible for a security clearance, which requires US citizenship."),
    q_has("nationality-coded", {"visa"}, {"screen-reader", "accessibility"}),
)
case(
    Q,
    ad("Candidates must hold a valid UK passport."),
    q_has("nationality-coded", {"visa"}, {"accessibility"}),
)
case(
    Q,
    ad("Schweizer Staatsbürgerschaft erforderlich.", "de"),
    q_has("nationality-coded", {"visa"}, {"accessibility"}),
)
case(
    Q,
    ad("You should be a native speaker of German."),
    q_has("nationality-coded", {"language"}, {"visa", "accessibility"}),
)
case(
    Q,
    ad("Deutsch als Muttersprache.", "de"),
    q_has("nationality-coded", {"language"}, {"visa", "accessibility"}),
)
case(
    Q,
    ad("Salary: competitive, depending on experience."),
    q_has("salary", {"salary-range"}, {"visa"}),
)
case(
    Q,
    ad("We work hard and play hard, with regular team drinks on Thursdays."),
    q_has("bro-culture", {"drinking-culture", "working-hours", "social-events"}, {"accessibility"}),
)
case(
    Q,
    ad("Work hard, play hard – bei uns gibt's jeden Freitag Bier.", "de"),
    q_has("bro-culture", {"drinking-culture", "working-hours", "social-events"}, {"accessibility"}),
)
case(
    Q,
    ad("A clean driving licence and access to your own vehicle are essential."),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    Q,
    ad("Führerschein Kl. B und eigenes Auto erforderlich.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    Q,
    ad("Fahrerlaubnis Kat. B ist Voraussetzung.", "de"),
    q_has("ability-coded", {"driving"}, {"accessibility", "screen-reader"}),
)
case(
    Q,
    ad("Flexible working hours and a 4-day week are available."),
    q_has("diversity-measure", {"part-time"}, {"on-call", "workation"}),
)
case(
    Q,
    ad("Gleitzeit und Teilzeit möglich.", "de"),
    q_has("diversity-measure", {"part-time"}, {"on-call", "workation"}),
)
case(
    Q,
    ad("We are committed to equal opportunities and welcome applications from all backgrounds."),
    q_has("diversity-boilerplate", {"concrete-measures"}, {"visa", "driving"}),
)

# ---- a second batch: mixed answers, passive voice, Swiss spelling, note form
for s in (
    "Since 2023 HR reviews every offer against the band; we hope to publish the bands externally next year.",
    "Seit 2023 prüft HR jedes Angebot gegen das Lohnband; nächstes Jahr wollen wir die Bänder auch extern zeigen.",
):
    ans(A, s, at_least(3))
for s in (
    "Seit März 2023 gilt: Jede Stelle wird mit Lohnband ausgeschrieben; die Lohnanalyse nach Logib ergab 2024 eine Differenz von 2,1 %, unter der Toleranzschwelle von 5 %.",
    "Herr Brunner, unser HR-Leiter, führt seit 2022 jährlich eine Lohngleichheitsanalyse durch; 2024 haben wir gestützt darauf 9 Löhne korrigiert.",
    "Wir haben 2023 ein Jobsharing-Modell eingeführt; heute arbeiten 14 Führungskräfte im Tandem, 9 davon Frauen.",
    "In 2024 we promoted 6 of our 14 senior women; the promotion panel has used a calibration checklist since January 2023.",
    "Our CTO owns the hiring scorecard; since it came in in 2022 the share of women in our data team went from 15% to 28%.",
    "Two years ago we moved all interviews to structured panels, and our offer-acceptance rate among women went up from 55% to 78%.",
    "After the 2023 survey we introduced a 4-day week for parents; 22 people use it and attrition among them fell from 14% to 6%.",
):
    ans(A, s, at_least(4))
for s in (
    "It is being looked into at board level.",
    "Das wird derzeit auf Ebene Geschäftsleitung geprüft, eine Entscheidung steht noch aus.",
    "A working group has been set up to look at it.",
    "Eine Arbeitsgruppe wurde ins Leben gerufen, die sich das anschaut.",
    "Es wurde angeregt, dass man das mal anschaut.",
    "We're 120 people in 3 countries, very international, 25 nationalities.",
    "Wir sind rund 80 Mitarbeitende an zwei Standorten und sehr international.",
    "The D&I budget is €20k a year and we hold 4 events.",
    "We sent the survey to all 300 employees last spring.",
    'Frauenanteil? "arbeiten dran", keine Zahl',
    'keine Lohnbänder, "kommt noch"',
    'Diversität: "wichtig für uns", sonst nix',
    "Sponsor weg -> Programm eingestellt, nichts Neues",
    "We'd hire more women if they applied, honestly.",
    "We're gender-neutral in hiring, the best person gets the job, full stop.",
    "Our founder really cares about this stuff.",
    "We have a diversity statement on our careers page.",
    "The engagement survey is anonymous, so we can't break it down by gender.",
):
    ans(W, s, at_most(2))
ans(R, "Honestly I don't know, I've only been here three months.", at_most(2, flag=True))

# ---- the new words inside concrete answers keep them at 4 or 5; a few more weak shapes
for s in (
    f"Our pay gap report was last published in March {LAST}: the median gap is 6%, down from 11% in 2022.",
    "Every promotion case is discussed by a panel of four, with written criteria, since 2023; 45% of promotions last year went to women.",
    "We have people from 25 nationalities, and since 2022 every job ad is reviewed by our Head of Talent; 40% of 2024 hires were women.",
    "Our budget for the returnship is €80k a year; 11 people have completed it since 2022 and 9 stayed.",
    "Der Vorschlag des Betriebsrats wurde 2023 umgesetzt: Seither gibt es Lohnbänder für alle Stellen, und die Lücke sank von 9 % auf 4 %.",
    "Wir sind sehr international, 40 % unserer Mitarbeitenden kommen nicht aus der Schweiz, und seit 2021 bieten wir allen einen Sprachkurs an.",
    "Das wurde 2022 in der Geschäftsleitung beschlossen und umgesetzt: seitdem werden alle Löhne jährlich von Frau Meier geprüft; 2024 wurden 11 Löhne angehoben.",
    f"The last audit was in {LAST} and found a 3% gap, which we closed by raising 8 salaries.",
    "We agreed in 2023 that every panel would include a woman; since then the share of women hired rose from 22% to 37%.",
    "Our CEO decided that all roles will carry a salary range; since June 2024 every ad has one and applications rose 30%.",
):
    ans(A, s, at_least(4))
for s in (
    "The last time we looked at this was 2020.",
    "Honestly, that's a question for legal, not for me.",
):
    ans(R, s, at_most(2, flag=True))
for s in (
    "Our Head of People would have to answer that.",
    "We're working on a proposal.",
    "People are free to raise concerns with their manager anytime.",
):
    ans(W, s, at_most(2))

# ---- a third batch: observances, priorities, inclusion claimed as given
for s in (
    "We celebrate International Women's Day every year with a breakfast.",
    "Jedes Jahr am Weltfrauentag gibt es ein Frühstück.",
    "Die Quote ist bei uns nicht so wichtig, wir schauen auf die Leistung.",
    "Im Moment ist das keine Priorität, wir müssen erst profitabel werden.",
    "Right now it's not a priority, we need to hit our numbers first.",
    "Our founder is a woman, so we're naturally inclusive.",
    "Unsere Gründerin ist eine Frau, insofern sind wir da gut aufgestellt.",
    "Wir würden das gerne angehen, sobald das Budget da ist.",
    "Das steht auf unserer Agenda für nächstes Jahr.",
    "Unser CEO ist da sehr engagiert, er spricht oft darüber.",
    "Es gibt ein Frauennetzwerk, das ist glaube ich recht aktiv.",
):
    ans(W, s, at_most(2))
for s in (
    "Seit 2021 hat jede Führungskraft ein Diversitätsziel in ihrer Zielvereinbarung; der Frauenanteil im Kader stieg von 19 % auf 31 %.",
    "Frau Huber, Leiterin HR, hat 2024 alle Lohnbänder veröffentlicht; seither sind die Nachverhandlungen um 40 % zurückgegangen.",
    "Every March since 2021 we mark International Women's Day by publishing our pay gap; it fell from 9% to 4%.",
    "Wir sind gut aufgestellt: seit 2022 prüft Frau Roth jede Beförderung, der Frauenanteil im Kader stieg von 20 % auf 30 %.",
):
    ans(A, s, at_least(4))
