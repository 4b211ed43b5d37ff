"""CPU time of each stage of job-ad analysis, in microseconds an ad, on the shared EU ads.

    python -m benchmarks.text_stages

Best of five passes (process CPU time) over the 440 ads of shared/data/jobads-eu-analytics
(set ASKBACK_SHARED_DATA). The per-check rows run on documents prepared once, so a lazy Doc
property that an earlier check computed is not charged again: compare rows before and after a
change on the same machine, alternating the two, and give the load average beside them. The
ratio against genderdecoder3 is `python -m benchmarks.run text`; this script says where the
time goes.

The second table times each step inside whole analyses, as `jobad.analyze` runs them one ad
after another: there the word index and the phrase lists (lazy, computed once per document)
are rows of their own, and so are normalize, the findings builders and the report, which the
first table leaves out; the rows add up to about the whole analysis.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise

from askback.text import (
    areas_commitments,
    areas_terms,
    areas_words,
    commitments,
    conditions,
    exclusion,
    gender,
    jobad,
    pay,
    phrases,
    requirements,
)
from askback.text.doc import Doc, prepare
from askback.text.normalize import normalize
from askback.text.report import AdReport
from askback.text.wordindex import word_index
from benchmarks.eval_text import real_ads

PASSES = 5


def best_of(fn: Callable[[], object], n_ads: int, passes: int = PASSES) -> float:
    """The fastest of `passes` calls of fn, in CPU microseconds per ad."""
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best / n_ads * 1e6


def stages(texts: list[str]) -> list[tuple[str, float]]:
    """(stage, µs per ad) for the whole analysis, preparing the text, and each check."""
    for text in texts:  # warm the lexicons and automata
        jobad.analyze(text)
    n = len(texts)
    rows = [
        ("analyze (all)", best_of(lambda: [jobad.analyze(t) for t in texts], n)),
        ("prepare", best_of(lambda: [prepare(t, None, word_index()) for t in texts], n)),
    ]
    docs = [prepare(t, None, word_index()) for t in texts]
    checks: list[tuple[str, Callable[[Doc], object]]] = [
        ("gender", gender.check),
        ("exclusion", exclusion.check),
        ("requirements", requirements.check),
        ("pay", pay.check),
        ("commitments", commitments.check),
        ("arrangement", conditions.arrangement),
        ("in_eu", conditions.in_eu),
    ]
    for name, check in checks:
        rows.append((name, best_of(lambda check=check: [check(d) for d in docs], n)))
    reqs = [requirements.check(d) for d in docs]
    rows.append(
        (
            "language_requirements",
            best_of(
                lambda: [
                    conditions.language_requirements(d, r.nice_ranges())
                    for d, r in zip(docs, reqs, strict=True)
                ],
                n,
            ),
        )
    )
    return rows


def analyze_in_steps(text: str, spent: dict[str, float]) -> AdReport:
    """jobad.analyze(text) step by step (for text it accepts), adding each step's CPU seconds to
    `spent`. tests/unit/text/test_bench_text.py holds the report to analyze's."""
    clock = time.process_time
    t0 = clock()
    text = normalize(text)
    t1 = clock()
    doc = prepare(text, None, word_index())
    t2 = clock()
    doc._index()  # what the first Doc.positions call runs
    t3 = clock()
    phrases.scan(doc)
    t4 = clock()
    g = gender.check(doc)
    t5 = clock()
    excl = exclusion.check(doc)
    t6 = clock()
    reqs = requirements.check(doc)
    t7 = clock()
    salary = pay.check(doc)
    salary.eu = conditions.in_eu(doc)
    t8 = clock()
    comm = commitments.check(doc)
    t9 = clock()
    arrangement = conditions.arrangement(doc)
    t10 = clock()
    langs = conditions.language_requirements(doc, reqs.nice_ranges())
    implied = conditions.implied_requirement(doc, langs)
    if implied:
        langs.append(implied)
    t11 = clock()
    built = (
        areas_words.gender(doc, g),
        areas_words.excluding(doc, excl),
        areas_terms.requirements(doc, reqs),
        areas_terms.pay(doc, salary),
        areas_commitments.commitments(doc, comm, arrangement, langs),
    )
    t12 = clock()
    report = AdReport(
        text=text,
        lang=doc.lang,
        words=doc.words,
        languages=doc.shares,
        areas=[b[1] for b in built],
        findings=[f for b in built for f in b[0]],
        warnings=jobad._warnings(doc.lang, doc.shares, doc.words, forced=doc.forced),
        gender_verdict=g.verdict,
        masculine=g.masculine,
        feminine=g.feminine,
        pay=salary,
        work_arrangement=arrangement.kind,
        office_days=arrangement.office_days,
        language_requirements=langs,
        seniority=reqs.seniority,
        years_required=reqs.years,
        must_haves=reqs.must_haves,
        tools=reqs.tools,
        diversity=comm.diversity,
        responsible_ai=bool(comm.responsible_ai),
        data_maturity=comm.maturity_level,
        benefits=[str(m.entry.get("label")) for m in comm.benefits],
    )
    t13 = clock()
    ticks = (t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13)
    for name, (a, b) in zip(STEPS, pairwise(ticks), strict=True):
        spent[name] = spent.get(name, 0.0) + b - a
    return report


STEPS = (
    "normalize",
    "prepare",
    "word index",
    "phrase lists",
    "gender",
    "exclusion",
    "requirements",
    "pay",
    "commitments",
    "arrangement",
    "languages",
    "findings builders",
    "report",
)


def steps(texts: list[str], passes: int = PASSES) -> list[tuple[str, float]]:
    """(step, µs per ad) inside whole analyses: the fastest pass of each step."""
    for text in texts:
        jobad.analyze(text)
    best = dict.fromkeys(STEPS, float("inf"))
    for _ in range(passes):
        spent: dict[str, float] = {}
        for text in texts:
            analyze_in_steps(text, spent)
        for name in STEPS:
            best[name] = min(best[name], spent[name])
    return [(name, best[name] / len(texts) * 1e6) for name in STEPS]


def main() -> None:
    texts = [ad.text for ad in real_ads()]
    for name, micros in stages(texts):
        print(f"{name:24s} {micros:8.1f} µs/ad")
    print("\ninside whole analyses (lazy steps as rows of their own):")
    rows = steps(texts)
    for name, micros in rows:
        print(f"{name:24s} {micros:8.1f} µs/ad")
    print(f"{'sum':24s} {sum(m for _, m in rows):8.1f} µs/ad")


if __name__ == "__main__":
    main()
