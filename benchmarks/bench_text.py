"""Text-analysis throughput: askback (all checks) against genderdecoder3 (gender check only).

Both run on the same real ads (shared/data/jobads-eu-analytics), in one process, in the same
run: ROUNDS rounds, each one pass of each over every ad, the order alternating from round to
round so that both see the same load. The ratio is the median of the rounds' ratios, in CPU
time (what this process spent, which other processes on a busy machine barely change) with
the wall-clock median beside it; the load average is printed with it. A second measurement
runs 10,000 ads through `askback ad batch`'s engine on 2 processes. A third times the worst
input known for the requirement reader: 10,000 characters of lead-ins with no list under them
("Requirements: " line after line), which took over a second an ad before its reads were bounded.
A fourth sweeps hostile input more widely: each unit of HOSTILE (a piece of an ad that some check
reacts to: an amount, a pay label, a list marker, a German office share, a grade line, …) repeated
to 10,000 characters, once run together and once a unit a line, and reports the slowest. A check
that reads in more than linear time shows there first.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.common import Row, at_least, at_most
from benchmarks.eval_text import real_ads

BATCH_ADS = 10_000
BATCH_WORKERS = 2
ROUNDS = 7
# Lead-ins that open no list, each repeated to 10,000 characters (see the module docstring).
LEAD_INS = ("Requirements: \n", "Requirements: ", "You must have the following: ")
# Pieces of ads that some check reacts to, each repeated to 10,000 characters (module docstring).
# fmt: off
HOSTILE = (
    "$1", "$1 ", "90,000 - ", "Salary: $", "100-120k ", "8am-4pm ", "zwischen 52.000 und ",
    "€ 4.000 brutto ", "- Python\n", "* ", "1. ", "1) SQL; ", "a) ", "-OR- ", "or\n", "and/or ",
    "one or more of the following: ", "Qualifications & Education\n", "Desired Skills\n",
    "**Requirements**\n", "## ", "| a | b |\n", "GS-09: ", "Specialized experience: 1) ",
    "Basic Requirements: United States Citizenship: ", "Aufgaben\n", "Dein Profil\n",
    "10+ years of experience ", "Senior ", "Homeoffice-Anteil 60 % ", "2 Tage pro Woche im Büro ",
    "office on Mondays and ", "Präsenz an 3 von 5 Tagen ", "Deutsch (C1) ", "Englisch zwingend, ",
    "jungen, dynamischen ", "standing for prolonged periods ", "must be a US citizen ",
    "strong ", "lead ", "competitive ", "DataEngineerPython", "e.g., ", "x\u200b", "(", ":",
    "possible to recruit citizens as policy allows. English Proficiency. Must be\n\n",
    "Präsenz an 3 von 5 Tagen im Büro ", "3x/week on-site ", "60% office, 40% home ",
    "Italian would be great but not essential ",
    "1. Item a. ", "GS-4: ", "GS-12 and above (or equivalent): ", "- Ability to sail.\n\nOR\n\n",
    "You must have:\n- A current state licence to apply pesticides.\n",
    # Round 15: a PDF viewer's copy (hyphenation at a line end, a page footer, a symbol bullet).
    "Berufserfah-\nrung ", "Firma GmbH Seite 1 von 2\n", "\uf0b7 SQL\n",
    # Round 14: pay scales, users' arrangements and age, licences, party wording, office days.
    "TVöD ", "Vergütung nach TV-L EG ", "Entgeltgruppe 12 ", "Our product helps hybrid teams ",
    "Remote-friendly, with quarterly ", "Must hold a valid CDL ", "PKW-Führerschein und ",
    "We party as hard as we work ", "hart gearbeitet und noch härter ", "young professionals ",
    "Base pay starts at 88,000 ", "We sell office furniture to hybrid ",
    "3 anchor days in the office ", "einem festen Teamtag pro Woche ", "Remote – EMEA time zones\n",
    "Mondays and Thursdays with the team in the office ",
    "frisch von der Uni ", "Studium ", "Die Belastbarkeit der ", "unsere Praktikant:innen ",
    "Überlegen Sie ", "sensiblen ", "Was uns zusätzlich freut\n",
    # Round 18 (req_shapes): a bare part label over bullets, an item over indented examples.
    "Technical\n- SQL\n", "- Strong SQL, for example:\n  - CTEs\n", "at least one of the BI tools:",
    # Round 19: the job's place said with a verb, wrapped ranges, scale steps, adjective
    # language names, flat option lists.
    "You will work on site at our Dayton office ", "Arbeitsort: vor Ort in unserem Büro ",
    "Du arbeitest vor Ort ", "based at our Leeds site ", "zwischen 52.000 und\n",
    "CHF 95 000 –\n", "Salary: 90,000 -\n", "Vergütung nach GS 12/13, Stufe 3 ",
    "deutscher Muttersprachler ", "- Experience with one or more of the following:\n- Kafka\n",
    # Round 21: abbreviated pay labels, "Base:" lines, joined heading nouns, home shares named
    # first, weekdays in the plural, compound team nouns, the motto in the third person.
    "Min. pay: £31,500 ", "Base: 130-150K ", "Customer base: 40,000 ", "Training & Experience\n",
    "Needed Skills\n", "Anteil mobiler Arbeit: 40 % ", "Homeoffice-Quote 60 Prozent ",
    "im Büro montags bis freitags ", "junges und dynamisches Vertriebsteam ",
    "works hard and plays harder ", "Vergütung & Konditionen\n", "Ausbildung & Erfahrung\n",
    "Fachliche & persönliche Anforderungen\n", "2 Büro-Tage pro Woche ", "Längeres Stehen ",
    "zum mobilen Arbeiten nach Absprache ",
    # Round 22: a driving licence explained by the job's travel, the Swiss licence word, named
    # equality schemes.
    "Führerschein Klasse B für Ortstermine ", "driving licence as the role involves site visits ",
    "Führerausweis Kat. B ", "job share Disability Confident ",
    # Speed round (issue 11): the lead-ins on "the following" read line by line, "o" bullets.
    "if you have the following ", "o Python\n",
    # Speed round (sp-pay): pay-scale words the pattern is tried at, one by one.
    "general schedule gs tv-l ", "GS-12 AfC ",
    # Federal parts (usa6, req_usa): a federal qualification path, glued basic items, item 1 on
    # its lead-in.
    "Qualifications: one year of specialized experience OR a combination of education and "
    "experience. 1. Licensure. ", "Candidates must: 1. Meet the age limit.\n2. ",
    "Basic Requirements: U.S. citizenship. Graduate.Physical requirements outlined below. ",
    # Federal parts (usa7, req_usa_parts): glued middle dots, an approved-schools lead and the
    # items after it, the boilerplate, explanations, labelled basic requirements.
    # (Each with "Qualifications" and a federal word, so that the federal reader runs.)
    "Qualifications specialized experience· U.S. citizen· ",
    "Qualifications federal service\n- Approved schools are:(1) Schools of ",
    "Qualifications federal service\n- Experience refers to - Waiver of - An internship "
    "program involves ",
    "Qualifications federal service\nDEGREE: a. LICENSING: b. c. Licensure and Registration: OR ",
    "Qualifications Executive Core Qualifications:ECQ 1 - Leading Change: a.2) Leading People:"
    " PTQ #1 - TQ2: ",
    "Qualifications federal service GENERAL EXPERIENCE: Such a. SPECIALIZED EXPERIENCE: the "
    "following: - A.\n",
    "Qualifications federal service\n- Degree: a.\n\nLicensure: b.\n\nMust be c.\n",
    # Speed round (req_unwrap's, req_federal's and req_shapes' gates): lines cut on a word or a
    # comma, wide gaps, a bullet alone, a repeated item, indented items under an example cue.
    "review of the\n", "as policy allows,\n", "the\u00a0 \n", "x\n \n \n", "-  \n",
    "- Two years of experience on a ward\n", "  - CTEs, for example:", "Must be\n  in the ",
    # Red-team round 24: a permit with a bracket before its condition, a share at 100 %, young
    # applicants welcomed with what they bring, colour vision, standing for long.
    "gültige Arbeitsbewilligung (Ausweis ", "Arbeitserlaubnis (", "Remote-Anteil von bis zu 100 ",
    "Junge Kolleg:innen mit ", "uneingeschränktes Farbsehvermögen ", "längere Zeit stehen ",
    # Round 23: dollars of other countries, stems inside words, labels with no-break spaces,
    # range ends on their own lines, periods that do not fit, Civil Service shares, on-site
    # board lines, a language before a public body.
    "CA$70,000–CA$", "$78,000 - $92,000 CAD ", "referral ", "Salary\u00a0range:\u00a0",
    "Hiring range: 74,000 - ", "Annual Salary Range\n", "| Minimum | $91,000 |\n",
    "Lower end of range: ", "Hourly pay\nLow: $25.10\n", "$85,000 per hour ",
    "$75,000 per second ", "a minimum of 40% of working time at your contracted ",
    "📍 On-site – ", "Welsh Government ",
    # Speed round (sp2-req): many items on one line near grade words, items full of plus words.
    "Basic Requirements: - A degree. - GS 9 work. ", "- Python is a plus, preferred, ideally\n",
    # Speed round (sp2-phr): windows that pass the narrowed `needs` pre-checks, a benefit
    # between clause ends (commitments cuts its clause by one search each side).
    "5 days / 50 % work based ", "twice a week home office ", "class of 2020 years ",
    "30 days holiday.;!?\n", "no flexible working hours ",
    # Items lettered or in Roman numerals under a plain heading.
    "Requirements\nii. ",
    # Round 25: supplements beside the salary (names read back through a sentence, figures
    # crossed by "to" and "and", long digit runs before a currency, "including" before a name).
    "HCAS of 15% of basic salary, minimum £3,784 to a maximum of £", "£4,250 HCAS ",
    "Salary (inc. Outer London HCAS): £", "on-call pay of £", "and a housing allowance of €",
    "1 2 3 4 5 6 7 8 9 0 ", "Schichtzulage von 150 € ", "Allowances Officer – £",
    # Red team 27: years before "as a" and up to three words, a weekday span beside a list,
    # the office-every-day gap widened to 40, "and from home" inside the day count's clause.
    "5 years as a a a a ", "Tuesdays to Thursdays in our office ",
    "in-office at our a a a a a a a a five days ", "3 days a week and from home and from ",
    "office a a a a a a a a a a a a a two days ",
    "einer oder mehreren der ", "internship providers ",
    # Red team 26: the tool names next to hero words (not_after/not_before of `rockstar`), "you
    # are" before a commitment to "your" (senses._YOU_ARE_RX), phrase forms of "lead".
    "cmake and ninja ", "set up jedi for ", "you are really committed to your ",
    "take the lead when ", "young, fun crowd ", "stand for an entire 8-hour shift ",
    # Issue 11 (speed): the gated pay-period pattern (rx_first), its first letters run together.
    "€45.000 p pa per pro an a /j ",
    "Our product helps our customers sell to hybrid ", "no not kein nicht flexible hours ",
    "Arabic, Bangla, Czech, Danish, German, Greek, ",
    # Speed round (sp3-req): pay plans with digits near list lead-ins (_may_name_grade), heading
    # words with a colon list on every line (heading_lines), plus anchors in every item.
    "You must have: - na-7 gp7 Wg-1 gſ2 work. ", "Requirements: SQL, Python\n",
    "- great option, nice merit\n",
    # 2026-12-05: amounts of what is added to the pay, and "bonus" as a plus.
    "£1 + £1 ", "£20 ph plus unsocial hours (up to £40 ph) ", "Bonus points ", "is a bonus. ",
    "Base £40,000, OTE £60,000 ", "Location: Home-based (UK) ", "You will work from home, ",
    "Requirements:\nSQL, Python\nNice to have:\n", "3. Requirements\n3.1 SQL\n",
    "We compete globally. ", "standing at a workstation for long periods. ",
    "Stundenlohn: 18,50 €, Jahresgehalt ", "4.200 € brutto/Monat ",
    # Round hours2: working-time stems read and refused at every place (others' duties, office
    # weeks called shift patterns, travel shares, German duty words, ruled-out duties).
    "plan the on-call rota for ", "Shift pattern: Monday to Friday 9am-5pm ", "Shift pattern:\n",
    "up to 25% travel 2-3 days a month on the road ", "weekend evening nights out of hours ",
    "Sie planen Spätdienste, Sonntagsdienste und Pikett ",
    "kein Wochenenddienst, keine Überstunden, ohne Schichtdienst ",
    "Saturdays, Sundays and evenings ", "away from home nights away on the road ",
)
# fmt: on
# Pieces of interview notes the answer analyzer reacts to, each repeated to 10,000 characters.
HOSTILE_NOTES = (
    "We ran 6 sessions for 10 managers ",
    "There are 12 people on our council ",
    "We tried it but gave up after ",
    "we hope ",
    "hopefully in Q3 ",
    "1 2 3 ",
    "Wir planen ",
    "das ist Thema der Personalabteilung ",
    "Das weiß ich ehrlich gesagt ",
    "Da fragen Sie am besten die ",
    "100 people attended ",
    "we ",
    "The idea is to ",
    "the top-up was cut ",
    "is meant to cut pages by half from 40/wk to 12 ",
    "ist glaub ich etwas gesunken ",
    'yeah, "flexible" hours lol ',
    "we don't track that without ",
    "keine schriftlichen Kriterien, gab es noch nie ",
    "12 of 14 still here, ",
    # Round 21: a rule said to be a formality.
    "in practice the director decides alone ",
    "entscheidet eigentlich der Chef allein ",
    "eigentlich entscheidet entscheidet ",
    "is a rubber stamp ",
    # Red-team round 24: non-answers, intent of others, arrows, money spent, pending results.
    "changed the subject ",
    "ist Sache der ",
    "our data is objective ",
    "8pt -> ",
    "€50k spent ",
    "no warehouse yet ",
    "results pending ",
    "started a ",
    "wurde 2025 ",
    "wants to ",
    # 2026-12-05: beliefs and a problem denied.
    "we believe ",
    "is not a problem here ",
    "we just use the data ",
    # 2026-12-05, third session: hand-offs with words between, the talent pool blamed.
    "you maybe ask ",
    "müssten Sie eher die ",
    "women don't ",
    "es ist schwierig, frauen ",
    # Round rt36ans: a measure last done years ago, a stop by an owner, a proposal pending.
    "we last ran the ",
    "Früher hatten wir X, die hat der CEO abgeschafft, ",
    "there's a proposal to ",
)


@dataclass(frozen=True, slots=True)
class Pass:
    """One pass over every ad: CPU seconds of this process and wall-clock seconds."""

    cpu: float
    wall: float


def _pass(fn: Callable[[str], object], texts: list[str]) -> Pass:
    cpu, wall = time.process_time(), time.perf_counter()
    for text in texts:
        fn(text)
    return Pass(time.process_time() - cpu, time.perf_counter() - wall)


@dataclass(frozen=True, slots=True)
class Rounds:
    """The passes of a and b, round by round, and the median of the rounds' ratios b / a."""

    a: list[Pass]
    b: list[Pass]

    def ratio(self, clock: str = "cpu") -> float:
        return statistics.median(
            getattr(pb, clock) / getattr(pa, clock) for pa, pb in zip(self.a, self.b, strict=True)
        )

    def median(self, side: str, clock: str = "cpu") -> float:
        return statistics.median(getattr(p, clock) for p in getattr(self, side))


def interleaved(
    a: Callable[[str], object], b: Callable[[str], object], texts: list[str], rounds: int = ROUNDS
) -> Rounds:
    """`rounds` passes of a and of b, a first in even rounds and b first in odd ones."""
    out_a: list[Pass] = []
    out_b: list[Pass] = []
    for i in range(rounds):
        if i % 2 == 0:
            out_a.append(_pass(a, texts))
            out_b.append(_pass(b, texts))
        else:
            out_b.append(_pass(b, texts))
            out_a.append(_pass(a, texts))
    return Rounds(out_a, out_b)


def _load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:  # not on every platform
        return "load average unknown"
    return f"load {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} CPUs"


def run() -> list[Row]:
    from genderdecoder3 import assess

    from askback.text import batch
    from askback.text.jobad import analyze

    texts = [ad.text for ad in real_ads()]
    if not texts:
        return [Row("text", "real ads not found (set ASKBACK_SHARED_DATA)", 0, "ads", "", False)]
    words = sum(len(t.split()) for t in texts)
    for text in texts[:20]:  # first use compiles the regexes and loads the word lists
        analyze(text)
        assess(text)
    load_before = _load()
    measured = interleaved(analyze, assess, texts)
    ours, theirs = measured.median("a"), measured.median("b")
    ratio = measured.ratio("cpu")
    note = f"{len(texts)} real ads, {words:,} words; median CPU time of {ROUNDS} interleaved rounds"
    rows = [
        Row("text", "askback ad analysis, all checks", len(texts) / ours, "ads/s", note=note),
        Row("text", "askback ad analysis, all checks", words / ours, "words/s", note=note),
        Row("text", "genderdecoder3, gender check only", len(texts) / theirs, "ads/s", note=note),
        Row("text", "genderdecoder3, gender check only", words / theirs, "words/s", note=note),
    ]
    target, ok = at_least(ratio, 8, "x")  # issue 11: the earlier 20x target is withdrawn
    rows.append(
        Row(
            "text",
            "askback / genderdecoder3 throughput",
            ratio,
            "x",
            target,
            ok,
            note=(
                f"median of {ROUNDS} rounds' CPU-time ratios, one process, same texts; "
                f"wall clock {measured.ratio('wall'):.2f}x; {load_before} before, "
                f"{_load()} after"
            ),
        )
    )

    items = [batch.Record(str(i), texts[i % len(texts)]) for i in range(BATCH_ADS)]
    start = time.perf_counter()
    done = sum(1 for _ in batch.run(items, workers=BATCH_WORKERS, chunksize=64))
    took = time.perf_counter() - start
    rows.append(
        Row(
            "text",
            f"batch of {done:,} ads on {BATCH_WORKERS} processes",
            took,
            "s",
            note=f"{done / took:,.0f} ads/s including process start-up",
        )
    )
    worst = max(_cpu_ms(analyze, (unit * (10_000 // len(unit) + 1))[:10_000]) for unit in LEAD_INS)
    target, ok = at_most(worst, 200)
    rows.append(
        Row(
            "text",
            "worst case: 10,000 characters of lead-ins",
            worst,
            "ms",
            target,
            ok,
            note="slowest of 3 texts of one lead-in repeated, best of 3 runs each, CPU time",
        )
    )
    units = [(u, "run together") for u in HOSTILE] + [
        (u.rstrip("\n") + "\n", "a unit a line") for u in HOSTILE if not u.endswith("\n")
    ]
    timed = [(_cpu_ms(analyze, (u * (10_000 // len(u) + 1))[:10_000]), u, how) for u, how in units]
    slowest, unit, how = max(timed)
    target, ok = at_most(slowest, 500)
    rows.append(
        Row(
            "text",
            f"worst case: 10,000 characters of one of {len(units)} hostile units",
            slowest,
            "ms",
            target,
            ok,
            note=f"slowest: {unit.strip()!r} repeated, {how}; best of 3 runs each, CPU time",
        )
    )
    from askback.text.answers import analyze as analyze_notes

    timed = [
        (_cpu_ms(analyze_notes, (u * (10_000 // len(u) + 1))[:10_000]), u) for u in HOSTILE_NOTES
    ]
    slowest_notes, unit = max(timed)
    target, ok = at_most(slowest_notes, 500)
    rows.append(
        Row(
            "text",
            f"worst case: 10,000 characters of interview notes, {len(timed)} hostile units",
            slowest_notes,
            "ms",
            target,
            ok,
            note=f"slowest: {unit.strip()!r} repeated; best of 3 runs each, CPU time",
        )
    )
    return rows


def _cpu_ms(fn: Callable[[str], object], text: str) -> float:
    """The fastest of three calls of fn(text), in CPU milliseconds."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best * 1000
