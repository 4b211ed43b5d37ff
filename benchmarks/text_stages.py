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

from askback.text import (
    commitments,
    conditions,
    exclusion,
    gender,
    jobad,
    pay,
    requirements,
)
from askback.text.doc import Doc, prepare
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
    """jobad.analyze(text), its steps (jobad.STEPS) run one by one, adding each step's CPU
    seconds to `spent`."""
    clock = time.process_time
    run = jobad.Analysis(text)
    for name, step in jobad.STEPS:
        start = clock()
        step(run)
        spent[name] = spent.get(name, 0.0) + clock() - start
    return run.report


STEPS = tuple(name for name, _ in jobad.STEPS)


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
