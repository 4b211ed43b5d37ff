"""Round arr2: the work arrangement (ranges of office visits, remote beside hybrid, remote-first,
field work, "on-site" perks) and the languages an ad asks for, in English and German."""

from __future__ import annotations

from askback.text.report import AdReport
from benchmarks.redteam_probe import Check, ad, arr, case, langs, native, no_lang, not_required

A = "arrangement (arr2)"
L = "languages (arr2)"


def days(lo: float, hi: float | None) -> Check:
    """Hybrid with office days from lo to hi a week (hi None: one count)."""

    def chk(r: AdReport) -> tuple[bool, str]:
        ok = r.work_arrangement == "hybrid" and (r.office_days, r.office_days_max) == (lo, hi)
        return ok, f"arr={r.work_arrangement} days={r.office_days}-{r.office_days_max}"

    return chk


def choice(other: str) -> Check:
    """Remote, and the finding names the other way of work on offer."""

    def chk(r: AdReport) -> tuple[bool, str]:
        titles = [f.title for f in r.findings if f.check == "remote"]
        ok = r.work_arrangement == "remote" and any(other in t for t in titles)
        return ok, f"arr={r.work_arrangement} titles={titles}"

    return chk


def arr_none(r: AdReport) -> tuple[bool, str]:
    return r.work_arrangement == "not_stated", f"arr={r.work_arrangement}"


def _de(text: str) -> str:
    return ad(text, "de")


# ---- office visits a week as a range of counts: the fewest and the most office days
for text, lo, hi in (
    ("We expect you in the office two or three times a week.", 2.0, 3.0),
    ("Twice or three times a week you join us in the studio.", 2.0, 3.0),
    ("Onsite 1-2 times per week at our Porto hub.", 1.0, 2.0),
    ("You will be at our office between one and two days a week.", 1.0, 2.0),
    ("One to two days a week at the Ghent campus, the rest from home.", 1.0, 2.0),
    ("Once or twice a week you come to the office for planning.", 1.0, 2.0),
):
    case(A, ad(text), days(lo, hi))
for text, lo, hi in (
    ("Im Büro bist du ein- bis zweimal pro Woche, sonst arbeitest du mobil.", 1.0, 2.0),
    ("Präsenz vor Ort zwei- bis dreimal die Woche.", 2.0, 3.0),
    ("Am Standort Linz sind wir drei- bis viermal wöchentlich.", 3.0, 4.0),
    ("An zwei bis drei Tagen pro Woche arbeitest du in unserem Büro in Graz.", 2.0, 3.0),
    ("Zwischen 2 und 3 Tagen pro Woche bist du im Büro.", 2.0, 3.0),
    ("Homeoffice an bis zu 3 Tagen, die übrigen Tage im Team vor Ort.", 2.0, None),
    ("Mobiles Arbeiten ist an maximal zwei Tagen möglich.", 3.0, None),
):
    case(A, _de(text), days(lo, hi))

# ---- remote beside hybrid or an office, the candidate's choice
for text in (
    "Work model: Remote/Hybrid",
    "Location: Rotterdam (Hybrid / Remote)",
    "The position is remote (hybrid possible) for people in Belgium.",
    "Hybrid (remote on request) from our Vienna office.",
    "Remote/Hybrid in Antwerp",
    "Remote (with an optional hybrid setup in Zagreb).",
):
    case(A, ad(text), choice("hybrid"))
for text in (
    "Arbeitsmodell: Hybrid/Remote",
    "Die Stelle ist remote (hybrid auch möglich).",
    "Remote/Hybrid-Arbeit ab Leipzig.",
):
    case(A, _de(text), choice("hybrid"))
case(A, ad("Join our Bristol office or work fully remote within the UK."), choice("office"))
# A field labelled with the slash pair, and a compound after it, stay hybrid.
case(A, ad("Remote/ Hybrid: Hybrid, two days in Lyon"), arr("hybrid"))
case(A, ad("Remote/Hybrid: Remote (Spain)"), arr("remote"))
case(A, ad("We are a hybrid/remote-friendly employer with an office in Turin."), arr("hybrid"))

# ---- remote: remote-first, a country or time zone, anywhere, visits now and then
for text in (
    "We are remote-first; the team spans six countries.",
    "This is a remote role for people living in Portugal.",
    "Remote within CET +/- 2 hours.",
    "You can work from anywhere, as long as you overlap four hours with Berlin.",
    "Fully remote, with occasional travel to our Madrid office for workshops.",
    "Remote-first, and we meet in person twice a year.",
):
    case(A, ad(text), arr("remote", 0.0))
for text in (
    "Die Stelle ist vollständig remote, deutschlandweit.",
    "Du arbeitest 100 % remote innerhalb der EU.",
    "Remote aus ganz Deutschland, zweimal im Jahr Teamevents in Hamburg.",
):
    case(A, _de(text), arr("remote", 0.0))
# Working from anywhere as a benefit of some weeks a year is no remote job.
case(A, ad("Hybrid, and up to four weeks a year you may work from anywhere."), arr("hybrid"))
case(A, ad("Benefits: work from anywhere for 30 days a year, gym."), arr_none)

# ---- on site: a duty to be present, field work at client sites
for text in ("Es gilt Präsenzpflicht am Standort Freiburg.", "Präsenzpflicht im Labor in Jena."):
    case(A, _de(text), arr("onsite"))
case(A, ad("You will work on site at client premises across Scotland."), arr("onsite"))
case(A, _de("Die Tätigkeit erfolgt beim Kunden vor Ort in der Region Stuttgart."), arr("onsite"))
# A duty with days after it is hybrid.
case(A, _de("Präsenzpflicht an drei Tagen pro Woche in Kassel."), days(3.0, None))

# ---- hybrid with office days a month, or after the induction
case(A, ad("Hybrid: at least 4 office days per month in Leeds."), arr("hybrid"))
case(A, _de("Hybrid mit sechs Präsenztagen pro Monat in Dortmund."), arr("hybrid"))
case(A, _de("Nach der Einarbeitung ist mobiles Arbeiten möglich."), arr("hybrid"))
case(A, _de("Homeoffice an zwei Tagen, sonst Präsenzpflicht."), days(3.0, None))

# ---- "on-site" that is not about where the work is done
for text in (
    "Perks: an on-site gym, free parking and lunch.",
    "On-site childcare and a bike workshop.",
    "We have an on-site café and a roof terrace.",
):
    case(A, ad(text), arr_none)
case(A, _de("Kantine und Fitnessraum vor Ort, Jobticket."), arr_none)

# ---- languages: CEFR levels, fluent, negotiation level, basics
case(L, ad("English at C1 and Dutch at B1 or higher."), langs(English=True, Dutch=True))
case(L, ad("You write and speak Italian at B2 level."), langs(Italian=True))
case(L, _de("Deutsch (C1) und Englisch (B2) setzen wir voraus."), langs(German=True, English=True))
case(L, _de("Du sprichst fließend Deutsch und gut Englisch."), langs(German=True, English=True))
case(L, _de("Verhandlungssichere Französischkenntnisse."), langs(French=True))
case(L, _de("Grundkenntnisse in Spanisch sind von Vorteil."), langs(Spanish=False))
case(L, _de("Italienischkenntnisse wären ein Plus."), langs(Italian=False))
case(L, ad("Fluent English and either French or German."), langs(English=True))
case(L, ad("Fluent Portuguese; Spanish would be a plus."), langs(Portuguese=True, Spanish=False))
case(L, ad("German is a plus, English is a must."), langs(German=False, English=True))
case(L, ad("Some Polish is nice to have."), not_required("Polish"))
case(
    L, _de("Englisch ist Pflicht, Niederländisch wünschenswert."), langs(English=True, Dutch=False)
)

# ---- a language named as a market, a product's locale or a body: not asked for
for text, language in (
    ("You will own reporting for the Spanish market.", "Spanish"),
    ("Experience with the Dutch market is required.", "Dutch"),
    ("You will build forecasts for our French clients.", "French"),
    ("Our app ships in English, Swedish and Finnish.", "Swedish"),
    ("We localise the product into Japanese.", "Japanese"),
):
    case(L, ad(text), no_lang(language))

# ---- native-speaker wording: flagged, with a level to ask for instead
for text in (
    "Native Spanish speaker required.",
    "You are a native speaker of Dutch.",
    "English mother tongue is essential.",
):
    case(L, ad(text), native)
for text in (
    "Deutsch als Muttersprache setzen wir voraus.",
    "Du bist Muttersprachler:in in Französisch.",
):
    case(L, _de(text), native)
