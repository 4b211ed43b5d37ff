"""The evidence engine's three performance targets, on synthetic data of the stated sizes.

1. Assess 50 opportunities x 12 dimensions from 10,000 answers (after loading): <= 10 ms.
2. P(best) over 50 opportunities from 4,000 posterior draws: <= 50 ms.
3. A plan chosen from 1,000 candidate questions: <= 20 ms.
"""

from __future__ import annotations

import numpy as np

from askback.bank.schema import Audience, Dimension, Question, Stage
from askback.domain.compare import p_best_draws
from askback.domain.evidence import DIMENSIONS, assess, assess_batch
from askback.domain.model import DealBreaker, EvidenceItem, Profile
from askback.domain.planning import Addressee, plan_interview
from askback.domain.posterior import Encoded, encode
from benchmarks.common import Row, at_most, percentile, timings_ms

N_OPPS, N_DIMS, N_ANSWERS, N_DRAWS, N_QUESTIONS = 50, 12, 10_000, 4000, 1000
SEED = 20250301


def synthetic_arrays(rng: np.random.Generator) -> Encoded:
    """10,000 rated answers already loaded as arrays: 50 opportunities x 12 dimensions."""
    opp = rng.integers(0, N_OPPS, N_ANSWERS)
    dim = rng.integers(0, N_DIMS, N_ANSWERS)
    return Encoded(
        n_opps=N_OPPS,
        n_dims=N_DIMS,
        cell=(opp * N_DIMS + dim).astype(np.intp),
        level=rng.integers(0, 5, N_ANSWERS).astype(np.intp),
        weight=rng.choice([0.2, 0.5, 0.8, 0.9, 1.0, 3.0], N_ANSWERS),
        # About 25 people per opportunity, so the same person often answers twice.
        person=(opp * 25 + rng.integers(0, 25, N_ANSWERS)).astype(np.intp),
        answer=rng.random(N_ANSWERS) < 0.9,
        opp=opp.astype(np.intp),
        index=np.arange(N_ANSWERS, dtype=np.intp),
    )


def synthetic_questions(rng: np.random.Generator) -> list[Question]:
    audiences, stages = list(Audience), list(Stage)
    out = []
    for i in range(N_QUESTIONS):
        d = DIMENSIONS[i % len(DIMENSIONS)]
        out.append(
            Question.model_validate(
                {
                    "id": f"my-bench-{i}",
                    "text": f"Synthetic question {i} about {d}?",
                    "summary": f"Synthetic question {i}",
                    "dimensions": [d],
                    "tags": [f"topic-{i % 37}"],
                    "audience": list(rng.choice(audiences, 2, replace=False)),
                    "stage": list(rng.choice(stages, 2, replace=False)),
                    "why": "Benchmark.",
                    "green_flags": ["specific"],
                    "red_flags": ["vague"],
                    "rubric": {"1": "vague", "3": "general", "5": "specific"},
                    "sensitive": bool(rng.random() < 0.15),
                    "minutes": int(rng.integers(1, 6)),
                }
            )
        )
    return out


def _row(name: str, values: list[float], limit: float, note: str = "") -> Row:
    median = percentile(values, 50)
    target, ok = at_most(median, limit)
    extra = f"p95 {percentile(values, 95):.2f} ms"
    return Row("evidence", name, median, "ms", target, ok, note=f"{extra}; {note}".strip("; "))


def run() -> list[Row]:
    rng = np.random.default_rng(SEED)
    rows: list[Row] = []

    enc = synthetic_arrays(rng)
    weights = rng.integers(0, 11, N_DIMS).astype(float)
    thresholds = np.full(N_DIMS, np.nan)
    thresholds[[1, 6]] = 2.5  # two deal breakers, as a typical profile has
    batch = assess_batch(enc, weights, thresholds)
    times = timings_ms(lambda: assess_batch(enc, weights, thresholds), repeat=60)
    rows.append(
        _row(
            f"assess {N_OPPS} opp x {N_DIMS} dims from {N_ANSWERS:,} answers",
            times,
            10,
            "posterior, 80 % interval, conflicts, 2 deal-breaker risks, fit",
        )
    )

    # The same through the typed API from EvidenceItems (encode + objects), for reference.
    items = [
        [
            EvidenceItem(
                dimension=DIMENSIONS[int(d)],
                rating=int(r),
                source="peer",
                person=f"{o}-{int(p)}",
            )
            for d, r, p in zip(
                rng.integers(0, 11, 200),
                rng.integers(1, 6, 200),
                rng.integers(0, 25, 200),
                strict=True,
            )
        ]
        for o in range(N_OPPS)
    ]
    profile = Profile(deal_breakers=[DealBreaker(dimension=Dimension.RESPONSIBLE_ML, at_least=3)])
    from askback.domain.evidence import assess_many

    groups = [(f"opp {o}", its) for o, its in enumerate(items)]
    typed = timings_ms(lambda: assess_many(groups, profile), repeat=10, warmup=1)
    encode_ms = timings_ms(lambda: encode(items, DIMENSIONS), repeat=10, warmup=1)
    rows.append(
        Row(
            "evidence",
            f"assess_many {N_OPPS} opp x 11 dims from {N_ANSWERS:,} items (typed results)",
            percentile(typed, 50),
            "ms",
            note=f"includes encoding items to arrays ({percentile(encode_ms, 50):.1f} ms)",
        )
    )

    shape = (N_OPPS, N_DIMS)
    db_cols = [1, 6]
    share = weights / weights.sum()
    args = (
        batch.fit,
        batch.fit_var,
        batch.post.mean.reshape(shape)[:, db_cols],
        batch.post.var.reshape(shape)[:, db_cols],
        share[db_cols],
        np.array([2.5, 2.5]),
        N_DRAWS,
    )
    times = timings_ms(lambda: p_best_draws(*args), repeat=30)
    rows.append(
        _row(
            f"P(best) over {N_OPPS} opp, {N_DRAWS:,} draws",
            times,
            50,
            "fit and 2 deal-breaker dimensions drawn jointly",
        )
    )

    questions = synthetic_questions(rng)
    answers = [
        EvidenceItem(
            dimension=DIMENSIONS[int(d)],
            rating=int(r),
            source=str(rng.choice(["hiring-manager", "peer", "leadership"])),
            person=f"p{int(p)}",
            red_flag=bool(rng.random() < 0.05),
            question_id=f"my-bench-{int(q)}",
        )
        for d, r, p, q in zip(
            rng.integers(0, 11, 40),
            rng.integers(1, 6, 40),
            rng.integers(0, 8, 40),
            rng.integers(0, N_QUESTIONS, 40),
            strict=True,
        )
    ]
    plan_profile = Profile(
        weights={Dimension.RESPONSIBLE_ML: 9, Dimension.GROWTH: 7},
        deal_breakers=[DealBreaker(dimension=Dimension.RESPONSIBLE_ML, at_least=3)],
    )
    assessed = assess(answers, plan_profile, "bench")
    to = [Addressee(Audience.HIRING_MANAGER), Addressee(Audience.PEER, "p1", "Pat")]

    def make_plan() -> object:
        return plan_interview(
            assessed, questions, to, Stage.TEAM, 45, plan_profile, rivals=[3.1, 2.9]
        )

    plan = make_plan()
    times = timings_ms(make_plan, repeat=30)
    rows.append(
        _row(
            f"plan from {N_QUESTIONS:,} candidate questions",
            times,
            20,
            f"2 people, 45 min, 2 rivals; {len(plan.items)} questions chosen",  # type: ignore[attr-defined]
        )
    )
    return rows
