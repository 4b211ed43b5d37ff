"""Decisions against the truth: are the verdicts calibrated, and do planned questions choose
the right offer more often than random ones?

The companies and interviewers are those of eval_evidence.py, with the mixed population of
interviewers (honest, biased, unreliable and heavy-tailed).

Part 1, verdict calibration: many companies, each with a deal breaker on one dimension; for
each verdict, how often the deal breaker truly fails (the true level is below the line).
Part 2, rival offers: 2 or 3 companies at once, a recruiter screen at each, then questions
one at a time, put where the planner says (the top item of a plan at every offer, given the
others as rivals) or at random (a random offer, a random eligible question). After each
question: the chance the offer with the highest value (Assessment.value()) is not the truly
best one (the best true fit among the offers whose deal breaker truly holds), and the chance a
deal breaker is misclassified (risk >= 0.5 against whether it truly fails).
"""

from __future__ import annotations

import numpy as np
from rich.console import Console
from rich.table import Table

from askback.bank.schema import Audience, Question, Stage
from askback.domain.evidence import DIMENSIONS, Assessment, Verdict, assess, assess_many
from askback.domain.model import DealBreaker, EvidenceItem, Profile
from askback.domain.planning import Addressee, plan_interview
from benchmarks.eval_evidence import MIX, Company, _profile, answer, interviews, make_company

SEED = 11
N_CALIBRATION = 2000
N_TRIALS = 60
STEPS = 15
REPORT_AT = (0, 5, 10, 15)


def calibration_rows(rng: np.random.Generator, n: int = N_CALIBRATION) -> list[tuple[str, bool]]:
    """(verdict, truly fails) for n companies, one deal breaker each."""
    companies: list[Company] = []
    groups: list[tuple[str, list[EvidenceItem]]] = []
    rules: list[DealBreaker] = []
    for i in range(n):
        c = make_company(rng, MIX)
        items = interviews(rng, c)
        d = int(rng.integers(0, len(DIMENSIONS)))
        # Some more answers on the dimension that matters, from 0 to several people.
        for p in range(int(rng.integers(0, 5))):
            role = str(rng.choice(["hiring-manager", "peer", "leadership", "recruiter"]))
            items.append(answer(rng, c, d, role, f"x{p}"))
        companies.append(c)
        groups.append((f"c{i}", items))
        rules.append(DealBreaker(dimension=DIMENSIONS[d], at_least=int(rng.integers(2, 5))))
    out = []
    # One profile per rule: assess in batches of the same profile.
    by_rule: dict[DealBreaker, list[int]] = {}
    for i, rule in enumerate(rules):
        by_rule.setdefault(rule, []).append(i)
    for rule, idx in by_rule.items():
        profile = Profile(deal_breakers=[rule])
        assessed = assess_many([groups[i] for i in idx], profile)
        j = DIMENSIONS.index(rule.dimension)
        for i, a in zip(idx, assessed, strict=True):
            (db,) = a.deal_breakers()
            out.append((db.verdict.value, bool(companies[i].truth[j] < rule.at_least - 0.5)))
    return out


def calibration(console: Console, rng: np.random.Generator) -> None:
    rows = calibration_rows(rng)
    table = Table(
        title=f"Verdict calibration ({N_CALIBRATION} simulated companies, mixed interviewers, "
        "a deal breaker 'at least 2, 3 or 4 (80 % sure)' on one dimension)"
    )
    for col in ("verdict", "cases", "share of cases", "deal breaker truly fails"):
        table.add_column(col, justify="right")
    for v in Verdict:
        sel = [f for verdict, f in rows if verdict == v.value]
        if sel:
            table.add_row(
                v.value, str(len(sel)), f"{len(sel) / len(rows):.1%}", f"{np.mean(sel):.1%}"
            )
    table.add_section()
    table.add_row("all", str(len(rows)), "100%", f"{np.mean([f for _, f in rows]):.1%}")
    console.print(table)
    console.print(
        "A calibrated 'likely deal breaker' (80 % sure) fails at least 80 % of the time and a "
        "'clear' one at most 20 %; 'at risk' lies between."
    )


def _truth(companies: list[Company], profile: Profile) -> tuple[np.ndarray, np.ndarray]:
    """Per offer: the true profile-weighted fit and whether the deal breaker truly fails."""
    weights = np.array([profile.weight(d) for d in DIMENSIONS])
    share = weights / weights.sum() if weights.sum() > 0 else np.full(weights.size, 1 / 11)
    (rule,) = profile.deal_breakers
    j = DIMENSIONS.index(rule.dimension)
    fit = np.array([c.truth @ share for c in companies])
    fails = np.array([c.truth[j] < rule.at_least - 0.5 for c in companies])
    return fit, fails


def _errors(assessed: list[Assessment], fit: np.ndarray, fails: np.ndarray) -> np.ndarray:
    """(chose a worse offer, share of deal breakers misclassified)."""
    worth = np.where(fails, 0.0, fit)
    chosen = int(np.argmax([a.value() for a in assessed]))
    wrong = float(worth[chosen] < worth.max() - 1e-12)
    said_fails = np.array([a.deal_breakers()[0].risk >= 0.5 for a in assessed])
    return np.array([wrong, float(np.mean(said_fails != fails))])


def simulate_offers(
    rng: np.random.Generator, bank: list[Question], trials: int = N_TRIALS, steps: int = STEPS
) -> dict[str, np.ndarray]:
    """Mean (wrong offer, misclassified deal breaker) after 0..steps questions, per strategy."""
    stage = Stage.TEAM
    pool = [q for q in bank if stage in q.stage]
    curves = {"planned": np.zeros((steps + 1, 2)), "random": np.zeros((steps + 1, 2))}
    for _ in range(trials):
        k = int(rng.integers(2, 4))
        companies = [make_company(rng, MIX) for _ in range(k)]
        profile = _profile(rng)
        fit, fails = _truth(companies, profile)
        screens = [
            [answer(rng, c, int(rng.integers(0, 11)), "recruiter", f"rec{o}") for _ in range(3)]
            for o, c in enumerate(companies)
        ]
        for strategy in curves:
            local = np.random.default_rng(rng.integers(1 << 30))
            items = [list(s) for s in screens]
            assessed = [assess(items[o], profile, f"o{o}") for o in range(k)]
            errors = np.tile(_errors(assessed, fit, fails), (steps + 1, 1))
            for step in range(1, steps + 1):
                team = step // 5
                to = [
                    Addressee(Audience.HIRING_MANAGER, f"hm{team}"),
                    Addressee(Audience.PEER, f"peer{team}"),
                ]
                values = [a.value() for a in assessed]
                if strategy == "planned":
                    best: tuple[float, int, Question, Addressee] | None = None
                    for o, a in enumerate(assessed):
                        rivals = values[:o] + values[o + 1 :]
                        plan = plan_interview(a, pool, to, stage, 60, profile, rivals=rivals)
                        if plan.items and (best is None or plan.items[0].score > best[0]):
                            top = plan.items[0]
                            best = (top.score, o, top.question, top.to)
                    if best is None:
                        break  # nothing left worth asking anywhere
                    _, o, q, who = best
                else:
                    o = int(local.integers(k))
                    asked = {(i.question_id, i.person) for i in items[o]}
                    options = [
                        (q, t)
                        for q in pool
                        for t in to
                        if (t.role in q.audience or Audience.ANY in q.audience)
                        and (q.id, t.person) not in asked
                    ]
                    q, who = options[int(local.integers(len(options)))]
                d = DIMENSIONS.index(q.dimension)
                person = f"o{o}-{who.person}"
                items[o].append(answer(local, companies[o], d, who.role.value, person, q.id))
                assessed[o] = assess(items[o], profile, f"o{o}")
                errors[step:] = _errors(assessed, fit, fails)
            curves[strategy] += errors
    return {k: v / trials for k, v in curves.items()}


def race(console: Console, rng: np.random.Generator, bank: list[Question]) -> None:
    curves = simulate_offers(rng, bank)
    table = Table(
        title=f"Rival offers: planned vs random questions ({N_TRIALS} trials of 2-3 simulated "
        "companies, mixed interviewers, a deal breaker 'at least 3' on the top-weighted "
        "dimension, team interviews with a hiring manager and a peer)"
    )
    for col in (
        "questions",
        "P(choose a worse offer): planned",
        "random",
        "P(deal breaker misclassified): planned",
        "random",
    ):
        table.add_column(col, justify="right")
    for n in REPORT_AT:
        p, r = curves["planned"][n], curves["random"][n]
        table.add_row(str(n), f"{p[0]:.3f}", f"{r[0]:.3f}", f"{p[1]:.3f}", f"{r[1]:.3f}")
    console.print(table)
    mean_p, mean_r = curves["planned"][1:].mean(axis=0), curves["random"][1:].mean(axis=0)
    console.print(
        f"Averaged over questions 1-{STEPS}: a worse offer chosen {mean_p[0]:.3f} (planned) "
        f"against {mean_r[0]:.3f} (random); a deal breaker misclassified {mean_p[1]:.3f} "
        f"against {mean_r[1]:.3f}."
    )


def run() -> None:
    from askback.bank import load

    console = Console(width=120)
    rng = np.random.default_rng(SEED)
    calibration(console, rng)
    race(console, rng, load().questions)
