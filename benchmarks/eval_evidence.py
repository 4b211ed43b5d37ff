"""Does the evidence engine tell the truth? A simulation with companies whose levels we know.

Each simulated company has a true level per dimension. Interviewers answer with noise that grows
as their role knows less about the dimension (noise sd = 0.7 / sqrt(source weight)), a personal
leniency shared by all their answers (sd 0.35), rounding to the five levels, and now and then a
red flag when what they say is plainly bad. Job ads add a rosy signal. The truth of a dimension
is the expected rating of a fully informed source, computed exactly from the same model.

Interviewers come in four kinds: honest (the model above), biased (every answer shifted by
BIAS levels, up or down, as someone selling the company or venting), unreliable (twice the
noise) and heavy-tailed (Student-t noise with 2 degrees of freedom: now and then far off).

Part 1 checks that the 80 % credible intervals cover the truth 70-90 % of the time overall and
at least 75 % in each band of the true level (at most 2, 2-4, at least 4), with honest
interviewers and with a mix of all four kinds.
Part 2 asks questions one at a time, chosen by the planner or at random from the same eligible
questions, and prints the profile-weighted error of the means after each question.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from rich.console import Console
from rich.table import Table

from askback.bank.schema import Audience, Dimension, Question, Stage
from askback.domain.evidence import DIMENSIONS, Assessment, assess, assess_many
from askback.domain.model import DealBreaker, EvidenceItem, ItemKind, Profile
from askback.domain.planning import Addressee, plan_interview
from askback.domain.sources import source_weight

SEED = 7
SIGMA = 0.7  # answer noise of a source with weight 1
LENIENCY = 0.35  # sd of an interviewer's personal leniency
RED_FLAG_BELOW = 1.25  # a latent value this low may come out as a red flag ...
RED_FLAG_CHANCE = 0.6  # ... with this chance
AD_OPTIMISM = 0.5  # job ads describe the company half a level better than it is
ROLES = ("hiring-manager", "peer", "leadership", "recruiter", "hr")
ROLE_P = (0.25, 0.35, 0.15, 0.15, 0.10)
N_COMPANIES = 400
N_PLANNED = 60  # companies in the planned-vs-random race
STEPS = 15
CUTS = np.array([1.5, 2.5, 3.5, 4.5])
BIAS = 0.75  # a biased interviewer's shift, in levels
KINDS = ("honest", "biased", "unreliable", "heavy-tailed")
MIX = (0.55, 0.15, 0.15, 0.15)  # the mixed population of interviewers
BANDS = (("at most 2", 1.0, 2.0), ("2 to 4", 2.0, 4.0), ("at least 4", 4.0, 5.0))
BAND_TARGET = 0.75


def _phi(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2.0)))


def true_level(latent: np.ndarray) -> np.ndarray:
    """The expected rating of a fully informed source (weight 1, average leniency)."""
    sd = math.hypot(SIGMA, LENIENCY)
    below = _phi((CUTS[None, :] - latent.reshape(-1, 1)) / sd)
    p = np.diff(
        np.concatenate(
            [np.zeros((below.shape[0], 1)), below, np.ones((below.shape[0], 1))], axis=1
        ),
        axis=1,
    )
    return (p @ np.arange(1, 6)).reshape(latent.shape)


@dataclass
class Company:
    latent: np.ndarray  # (11,) position on the latent 1-5 scale
    truth: np.ndarray  # (11,) expected informed rating
    leniency: dict[str, float]
    kinds: dict[str, str] | None = None  # person -> kind of interviewer; honest when absent
    mix: tuple[float, ...] | None = None  # draw each new person's kind from KINDS with this


def make_company(rng: np.random.Generator, mix: tuple[float, ...] | None = None) -> Company:
    latent = rng.uniform(1.0, 5.0, len(DIMENSIONS))
    return Company(latent, true_level(latent), {}, mix=mix)


def answer(
    rng: np.random.Generator, c: Company, d: int, role: str, person: str, qid: str | None = None
) -> EvidenceItem:
    """One simulated answer of `person` (in `role`) on dimension d."""
    lean = c.leniency.setdefault(person, float(rng.normal(0.0, LENIENCY)))
    w = source_weight(role, DIMENSIONS[d])
    kind = "honest"
    if c.mix is not None:
        kinds = c.kinds if c.kinds is not None else {}
        c.kinds = kinds
        if person not in kinds:
            kinds[person] = str(rng.choice(KINDS, p=c.mix))
            if kinds[person] == "biased":
                c.leniency[person] = lean = lean + BIAS * float(rng.choice([-1.0, 1.0]))
        kind = kinds[person]
    noise = SIGMA / math.sqrt(w)
    if kind == "unreliable":
        noise *= 2.0
    draw = float(rng.standard_t(2)) / math.sqrt(2.0) if kind == "heavy-tailed" else rng.normal()
    value = c.latent[d] + lean + noise * draw
    red = value < RED_FLAG_BELOW and rng.random() < RED_FLAG_CHANCE
    rating = int(np.clip(np.rint(value), 1, 5))
    return EvidenceItem(
        dimension=DIMENSIONS[d],
        rating=None if red else rating,
        source=role,
        person=person,
        red_flag=red,
        question_id=qid,
    )


def interviews(rng: np.random.Generator, c: Company) -> list[EvidenceItem]:
    """A hiring process: a few people, each answering a few questions, plus a job ad."""
    items: list[EvidenceItem] = []
    for p in range(int(rng.integers(1, 8))):
        role = str(rng.choice(ROLES, p=ROLE_P))
        for _ in range(int(rng.poisson(2.0)) + 1):
            items.append(answer(rng, c, int(rng.integers(0, len(DIMENSIONS))), role, f"p{p}"))
    for d in rng.choice(len(DIMENSIONS), 2, replace=False):
        rating = int(np.clip(np.rint(c.latent[d] + AD_OPTIMISM + rng.normal(0, 0.5)), 1, 5))
        items.append(EvidenceItem(DIMENSIONS[d], rating, "job-ad", "ad", kind=ItemKind.SIGNAL))
    return items


# answers, covered, |error|, width, red flag, true level, mean - truth
Cell = tuple[int, bool, float, float, bool, float, float]


def simulate_coverage(
    rng: np.random.Generator, n: int = N_COMPANIES, mix: tuple[float, ...] | None = None
) -> list[Cell]:
    """One row per (company, dimension): how the assessment did against the truth."""
    companies = [make_company(rng, mix) for _ in range(n)]
    groups = [(f"c{i}", interviews(rng, c)) for i, c in enumerate(companies)]
    assessed = assess_many(groups, Profile())
    rows = []
    for c, a in zip(companies, assessed, strict=True):
        for j, d in enumerate(a.dimensions):
            answers = sum(1 for i in a.items if i.dimension == d.dimension and i.kind == "answer")
            flagged = any(i.red_flag and i.dimension == d.dimension for i in a.items)
            truth = float(c.truth[j])
            rows.append(
                (
                    answers,
                    d.low <= truth <= d.high,
                    abs(d.mean - truth),
                    d.width,
                    flagged,
                    truth,
                    d.mean - truth,
                )
            )
    return rows


def in_band(truth: float, band: str) -> bool:
    """At most 2, strictly between 2 and 4, at least 4."""
    if band == BANDS[0][0]:
        return truth <= 2.0
    if band == BANDS[2][0]:
        return truth >= 4.0
    return 2.0 < truth < 4.0


def band_coverage(rows: list[Cell], answered: bool = False) -> list[tuple[str, int, float, float]]:
    """Per band of the true level: cells, coverage and mean (estimate - truth)."""
    out = []
    for name, _, _ in BANDS:
        sel = [r for r in rows if in_band(r[5], name) and (r[0] > 0 or not answered)]
        cov = float(np.mean([r[1] for r in sel])) if sel else float("nan")
        bias = float(np.mean([r[6] for r in sel])) if sel else float("nan")
        out.append((name, len(sel), cov, bias))
    return out


def bands(console: Console, rng: np.random.Generator) -> dict[str, float]:
    """Coverage per band of the true level, honest and mixed interviewers; the worst band."""
    table = Table(
        title=f"80 % intervals by band of the true level ({N_COMPANIES} companies x 11 "
        f"dimensions per population; target at least {BAND_TARGET:.0%} in every band)"
    )
    for col in ("interviewers", "cells", "true level", "n", "coverage", "mean - truth"):
        table.add_column(col, justify="right")
    worst: dict[str, float] = {}
    for label, mix in (("honest", None), ("mixed", MIX)):
        rows = simulate_coverage(rng, mix=mix)
        for which, answered in (("all", False), ("with answers", True)):
            for name, n, cov, bias in band_coverage(rows, answered):
                table.add_row(label, which, name, str(n), f"{cov:.1%}", f"{bias:+.2f}")
                key = f"{label}/{which}"
                worst[key] = min(worst.get(key, 1.0), cov)
            overall = [r for r in rows if r[0] > 0] if answered else rows
            table.add_row(
                label,
                which,
                "overall",
                str(len(overall)),
                f"{np.mean([r[1] for r in overall]):.1%}",
                "",
            )
            table.add_section()
    console.print(table)
    for key, value in worst.items():
        verdict = "meets" if value >= BAND_TARGET else "MISSES"
        console.print(f"{key}: worst band {value:.1%}, {verdict} the {BAND_TARGET:.0%} target.")
    return worst


def coverage(console: Console, rng: np.random.Generator) -> float:
    rows = simulate_coverage(rng)
    table = Table(
        title=f"80 % credible intervals: coverage of the true level "
        f"({N_COMPANIES} simulated companies x 11 dimensions)"
    )
    for col in ("answers on the cell", "cells", "coverage", "mean |error|", "mean width"):
        table.add_column(col, justify="right")
    buckets = [("0", 0, 0), ("1", 1, 1), ("2-3", 2, 3), ("4-6", 4, 6), ("7+", 7, 10**6)]
    for name, lo, hi in buckets:
        sel = [r for r in rows if lo <= r[0] <= hi]
        if sel:
            table.add_row(
                name,
                str(len(sel)),
                f"{np.mean([r[1] for r in sel]):.1%}",
                f"{np.mean([r[2] for r in sel]):.2f}",
                f"{np.mean([r[3] for r in sel]):.2f}",
            )
    flagged = [r for r in rows if r[4]]
    if flagged:
        table.add_row(
            "with a red flag",
            str(len(flagged)),
            f"{np.mean([r[1] for r in flagged]):.1%}",
            f"{np.mean([r[2] for r in flagged]):.2f}",
            f"{np.mean([r[3] for r in flagged]):.2f}",
        )
    evidenced = [r for r in rows if r[0] > 0]
    overall = float(np.mean([r[1] for r in rows]))
    table.add_section()
    table.add_row(
        "all",
        str(len(rows)),
        f"{overall:.1%}",
        f"{np.mean([r[2] for r in rows]):.2f}",
        f"{np.mean([r[3] for r in rows]):.2f}",
    )
    table.add_row(
        "with answers",
        str(len(evidenced)),
        f"{np.mean([r[1] for r in evidenced]):.1%}",
        f"{np.mean([r[2] for r in evidenced]):.2f}",
        f"{np.mean([r[3] for r in evidenced]):.2f}",
    )
    console.print(table)
    verdict = "inside" if 0.70 <= overall <= 0.90 else "OUTSIDE"
    console.print(f"Overall coverage {overall:.1%}: {verdict} the 70-90 % target.")
    return overall


def _profile(rng: np.random.Generator) -> Profile:
    weights = {
        d: int(rng.choice([0, 2, 5, 8, 10], p=[0.1, 0.25, 0.3, 0.2, 0.15])) for d in DIMENSIONS
    }
    top = max(weights, key=lambda d: weights[d])
    return Profile(weights=weights, deal_breakers=[DealBreaker(dimension=top, at_least=3)])


def _errors(a: Assessment, truth: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Profile-weighted |mean - truth|, and |deal-breaker risk - whether it truly breaks|."""
    means = np.array([d.mean for d in a])
    weighted = float((weights * np.abs(means - truth)).sum() / max(weights.sum(), 1e-9))
    (risk,) = a.deal_breakers()
    j = DIMENSIONS.index(risk.rule.dimension)
    breaks = float(truth[j] < risk.rule.at_least - 0.5)
    return np.array([weighted, abs(risk.risk - breaks)])


def simulate_race(
    rng: np.random.Generator, bank: list[Question], n: int = N_PLANNED, steps: int = STEPS
) -> dict[str, np.ndarray]:
    """Mean errors (steps + 1, 2) per strategy: weighted mean error, deal-breaker error."""
    stage = Stage.TEAM
    pool = [q for q in bank if stage in q.stage]
    curves = {"planned": np.zeros((steps + 1, 2)), "random": np.zeros((steps + 1, 2))}
    for _ in range(n):
        company = make_company(rng)
        profile = _profile(rng)
        weights = np.array([profile.weight(d) for d in DIMENSIONS])
        screen = [
            answer(rng, company, int(rng.integers(0, 11)), "recruiter", "rec") for _ in range(3)
        ]
        for strategy in curves:
            local = np.random.default_rng(rng.integers(1 << 30))
            items = list(screen)
            a = assess(items, profile)
            errors = np.tile(_errors(a, company.truth, weights), (steps + 1, 1))
            for step in range(1, steps + 1):
                team = step // 5  # a new pair of interviewers every five questions
                to = [
                    Addressee(Audience.HIRING_MANAGER, f"hm{team}"),
                    Addressee(Audience.PEER, f"peer{team}"),
                ]
                asked = {(i.question_id, i.person) for i in items}
                if strategy == "planned":
                    plan = plan_interview(a, pool, to, stage, 60, profile)
                    if not plan.items:
                        break  # nothing left worth asking: the error stays where it is
                    q, who = plan.items[0].question, plan.items[0].to
                else:
                    options = [
                        (q, t)
                        for q in pool
                        for t in to
                        if (t.role in q.audience or Audience.ANY in q.audience)
                        and (q.id, t.person) not in asked
                    ]
                    q, who = options[int(local.integers(len(options)))]
                d = DIMENSIONS.index(q.dimension)
                items.append(answer(local, company, d, who.role.value, str(who.person), q.id))
                a = assess(items, profile)
                errors[step:] = _errors(a, company.truth, weights)
            curves[strategy] += errors
    return {k: v / n for k, v in curves.items()}


def race(console: Console, rng: np.random.Generator, bank: list[Question]) -> None:
    curves = simulate_race(rng, bank)
    table = Table(
        title=f"Error after n questions, planned vs random ({N_PLANNED} simulated "
        "companies, team interviews with a hiring manager and a peer, shipped bank)"
    )
    for col in (
        "questions",
        "weighted |mean - truth|: planned",
        "random",
        "change",
        "deal-breaker |risk - truth|: planned",
        "random",
        "change",
    ):
        table.add_column(col, justify="right")
    for n in range(STEPS + 1):
        p, r = curves["planned"][n], curves["random"][n]
        change = [f"{(p[k] - r[k]) / r[k]:+.0%}" if n else "" for k in range(2)]
        table.add_row(
            str(n), f"{p[0]:.3f}", f"{r[0]:.3f}", change[0], f"{p[1]:.3f}", f"{r[1]:.3f}", change[1]
        )
    console.print(table)
    auc = curves["planned"][1:].sum(axis=0) / curves["random"][1:].sum(axis=0)
    console.print(
        f"Area under the error curves, planned as a share of random: weighted error "
        f"{auc[0]:.0%}, deal-breaker error {auc[1]:.0%}."
    )


def run() -> None:
    from askback.bank import load

    console = Console(width=120)
    rng = np.random.default_rng(SEED)
    coverage(console, rng)
    bands(console, np.random.default_rng(SEED + 1))
    race(console, rng, load().questions)


__all__ = ["Dimension", "run"]
