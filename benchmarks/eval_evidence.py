"""Does the evidence engine tell the truth? A simulation with companies whose levels we know.

Each simulated company has a true level per dimension. Interviewers answer with noise that grows
as their role knows less about the dimension (noise sd = 0.7 / sqrt(source weight)), a personal
leniency shared by all their answers (sd 0.35), rounding to the five levels, and now and then a
red flag when what they say is plainly bad. Job ads add a rosy signal. The truth of a dimension
is the expected rating of a fully informed source, computed exactly from the same model.

Part 1 checks that the 80 % credible intervals cover the truth 70-90 % of the time.
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


def make_company(rng: np.random.Generator) -> Company:
    latent = rng.uniform(1.0, 5.0, len(DIMENSIONS))
    return Company(latent, true_level(latent), {})


def answer(
    rng: np.random.Generator, c: Company, d: int, role: str, person: str, qid: str | None = None
) -> EvidenceItem:
    """One simulated answer of `person` (in `role`) on dimension d."""
    lean = c.leniency.setdefault(person, float(rng.normal(0.0, LENIENCY)))
    w = source_weight(role, DIMENSIONS[d])
    value = c.latent[d] + lean + rng.normal(0.0, SIGMA / math.sqrt(w))
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


Cell = tuple[int, bool, float, float, bool]  # answers, covered, |error|, width, red flag


def simulate_coverage(rng: np.random.Generator, n: int = N_COMPANIES) -> list[Cell]:
    """One row per (company, dimension): how the assessment did against the truth."""
    companies = [make_company(rng) for _ in range(n)]
    groups = [(f"c{i}", interviews(rng, c)) for i, c in enumerate(companies)]
    assessed = assess_many(groups, Profile())
    rows = []
    for c, a in zip(companies, assessed, strict=True):
        for j, d in enumerate(a.dimensions):
            answers = sum(1 for i in a.items if i.dimension == d.dimension and i.kind == "answer")
            flagged = any(i.red_flag and i.dimension == d.dimension for i in a.items)
            rows.append(
                (answers, d.low <= c.truth[j] <= d.high, abs(d.mean - c.truth[j]), d.width, flagged)
            )
    return rows


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
    race(console, rng, load().questions)


__all__ = ["Dimension", "run"]
