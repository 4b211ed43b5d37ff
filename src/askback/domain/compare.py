"""Offers side by side: P(best) from posterior draws and what would settle the ranking.

Each draw takes every opportunity's fit and its deal-breaker dimensions from their posteriors
(scaled Betas matched to the Dirichlet moments); an offer that falls below a deal breaker in a
draw cannot be best in it. The share of draws each offer wins is its P(best).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from askback.bank.schema import Audience, Dimension, Question, Stage
from askback.domain.evidence import DIMENSIONS, Assessment, deal_breaker_lines, threshold
from askback.domain.model import Profile
from askback.domain.planning import SCREEN_GUARDED, SHIPPED
from askback.domain.sources import source_weight
from askback.domain.stats import FloatArray, beta_params
from askback.domain.value import gaussian_kg, preposterior
from askback.i18n import ngettext

if TYPE_CHECKING:
    import pandas as pd

DRAWS = 4000
MAX_ANSWERS = 5  # KG* looks up to this many answers ahead on one (dimension, role)
MIN_SWITCH = 0.01  # asks less likely than this to change the leader are not listed
ROLES = (
    Audience.RECRUITER,
    Audience.HR,
    Audience.HIRING_MANAGER,
    Audience.PEER,
    Audience.LEADERSHIP,
)


def p_best_draws(
    fit_mean: FloatArray,
    fit_var: FloatArray,
    db_mean: FloatArray,
    db_var: FloatArray,
    db_share: FloatArray,
    db_line: FloatArray,
    draws: int = DRAWS,
    seed: int | None = 0,
) -> tuple[FloatArray, float]:
    """P(best) per opportunity and P(no offer passes), from `draws` joint posterior draws.

    fit_* are per opportunity (n,); db_* are per opportunity and deal-breaker dimension (n, m),
    db_share is each deal-breaker dimension's share of the fit weights (m,) and db_line the
    level each must reach (m,).
    """
    rng = np.random.default_rng(seed)
    n = fit_mean.shape[0]
    # The part of the fit outside the deal-breaker dimensions is independent of them.
    rest_mean = fit_mean - db_mean @ db_share
    rest_var = np.maximum(fit_var - db_var @ (db_share * db_share), 1e-12)
    rest_share = 1.0 - float(db_share.sum())
    total = np.zeros((draws, n))
    passed = np.ones((draws, n), dtype=bool)
    if rest_share > 1e-9:
        a, b = beta_params(rest_mean, rest_var, rest_share * 1.0, rest_share * 5.0)
        total += rest_share * (1.0 + 4.0 * rng.beta(a, b, size=(draws, n)))
    for j in range(db_share.shape[0]):
        a, b = beta_params(db_mean[:, j], db_var[:, j])
        level = 1.0 + 4.0 * rng.beta(a, b, size=(draws, n))
        total += db_share[j] * level
        passed &= level >= db_line[j]
    scored = np.where(passed, total, -np.inf)
    winner = np.argmax(scored, axis=1)
    any_pass = passed.any(axis=1)
    wins = np.bincount(winner[any_pass], minlength=n) / draws
    return wins, float(1.0 - any_pass.mean())


@dataclass(frozen=True)
class Settler:
    """A question whose answer is most likely to change which offer leads."""

    label: str  # the opportunity to ask at
    dimension: Dimension
    audience: Audience
    stage: Stage | None
    question: Question | None
    kg: float  # knowledge gradient of `answers` answers, fit points
    p_switch: float  # chance that `answers` answers change which offer leads
    answers: int = 1  # how many answers (from different people in this role) that takes

    def describe(self) -> str:
        what = f"{self.question.id}: {self.question.summary}" if self.question else self.dimension
        if self.answers == 1:
            chance = f"{self.p_switch:.0%} chance it changes the leader"
        else:
            chance = ngettext(
                "with {n} person: {p:.0%} chance of a new leader",
                "with {n} people: {p:.0%} chance of a new leader",
                self.answers,
                p=self.p_switch,
            )
        return f"At {self.label}, ask the {self.audience} — {what} ({chance})"


@dataclass(frozen=True)
class Comparison:
    """Offers side by side: per-dimension intervals, fit, P(best), verdicts, flags, settlers."""

    assessments: tuple[Assessment, ...]
    p_best: tuple[float, ...]
    p_none: float
    draws: int
    settle: tuple[Settler, ...]

    def to_frame(self) -> pd.DataFrame:
        """One row per opportunity: fit and its interval, P(best), deal-breaker verdicts."""
        import pandas as pd

        rows = []
        for a, p in zip(self.assessments, self.p_best, strict=True):
            row: dict[str, Any] = {
                "opportunity": a.label,
                "fit": a.fit.mean,
                "fit_low": a.fit.low,
                "fit_high": a.fit.high,
                "p_best": p,
                "red_flags": len(a.red_flags()),
                "conflicts": len(a.conflicts()),
            }
            for db in a.deal_breakers():
                row[f"deal_breaker:{db.rule.dimension}"] = db.verdict.value
            rows.append(row)
        return pd.DataFrame(rows).set_index("opportunity")

    def dimension_frame(self) -> pd.DataFrame:
        """Long format: one row per (opportunity, dimension) with mean and 80 % interval."""
        import pandas as pd

        rows = [
            {
                "opportunity": a.label,
                "dimension": d.dimension.value,
                "weight": d.weight,
                "mean": d.mean,
                "low": d.low,
                "high": d.high,
                "conflict": d.conflict is not None,
            }
            for a in self.assessments
            for d in a.dimensions
        ]
        return pd.DataFrame(rows).set_index(["opportunity", "dimension"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "draws": self.draws,
            "p_none": self.p_none,
            "opportunities": [
                {
                    **a.to_dict(),
                    "p_best": p,
                    "deal_breakers": [
                        {"rule": d.rule.label(), "risk": d.risk, "verdict": d.verdict.value}
                        for d in a.deal_breakers()
                    ],
                    "red_flags": [i.describe() for i in a.red_flags()],
                    "green_flags": [i.describe() for i in a.green_flags()],
                }
                for a, p in zip(self.assessments, self.p_best, strict=True)
            ],
            "what_would_settle_it": [
                {
                    "opportunity": s.label,
                    "dimension": s.dimension.value,
                    "audience": s.audience.value,
                    "stage": s.stage.value if s.stage else None,
                    "question": s.question.id if s.question else None,
                    "kg": s.kg,
                    "p_switch": s.p_switch,
                    "answers": s.answers,
                    "text": s.describe(),
                }
                for s in self.settle
            ],
        }


def _moments(
    assessments: Sequence[Assessment], dims: Sequence[Dimension]
) -> tuple[FloatArray, FloatArray]:
    mean = np.array([[a[d].mean for d in dims] for a in assessments]).reshape(len(assessments), -1)
    var = np.array([[a[d].sd ** 2 for d in dims] for a in assessments]).reshape(mean.shape)
    return mean, var


def compare(
    assessments: Sequence[Assessment],
    profile: Profile,
    questions: Sequence[Question] = (),
    asked: Mapping[str, set[str]] | None = None,
    draws: int = DRAWS,
    seed: int | None = 0,
    top: int = 5,
) -> Comparison:
    """Compare assessed opportunities; `asked` maps a label to question ids already asked there."""
    rules = profile.deal_breakers
    weights = np.array([profile.weight(d) for d in DIMENSIONS])
    total = weights.sum()
    share = weights / total if total > 0 else np.full(weights.size, 1.0 / weights.size)
    index = {d: i for i, d in enumerate(DIMENSIONS)}
    db_dims = [r.dimension for r in rules]
    db_mean, db_var = _moments(assessments, db_dims)
    wins, none = p_best_draws(
        np.array([a.fit.mean for a in assessments]),
        np.array([a.fit.sd**2 for a in assessments]),
        db_mean,
        db_var,
        np.array([share[index[d]] for d in db_dims]),
        np.array([threshold(r) for r in rules]),
        draws,
        seed,
    )
    settlers = settle(assessments, profile, questions, asked or {}, top)
    return Comparison(tuple(assessments), tuple(float(w) for w in wins), none, draws, settlers)


def settle(
    assessments: Sequence[Assessment],
    profile: Profile,
    questions: Sequence[Question],
    asked: Mapping[str, set[str]],
    top: int = 5,
) -> tuple[Settler, ...]:
    """The (opportunity, dimension, role) asks with the highest knowledge gradient per answer.

    An offer is worth its expected fit where all your deal breakers hold (one you would turn
    down is worth nothing; Assessment.value()), so an answer that could show a deal breaker
    failing at the leader, or holding at a rival, counts. One answer is valued exactly
    (value.preposterior). When the offers are apart, one answer rarely changes the leader and
    its KG is 0, so up to MAX_ANSWERS answers are valued too (in the normal approximation,
    deal-breaker risks held where they are) and each ask is ranked by its best KG per answer:
    the KG* policy of Frazier & Powell (2010).
    """
    if len(assessments) < 2:
        return ()
    weights = np.array([profile.weight(d) for d in DIMENSIONS])
    share = weights / weights.sum() if weights.sum() > 0 else np.full(weights.size, 1 / 11)
    lines = deal_breaker_lines(profile)
    values = np.array([a.value() for a in assessments])
    n_r = len(ROLES)
    src = np.array(
        [[source_weight(r, d, profile.source_weights) for r in ROLES] for d in DIMENSIONS]
    ).reshape(-1)
    cell_share = np.repeat(share, n_r)
    found: list[tuple[float, float, float, int, int, int, int]] = []
    for o, a in enumerate(assessments):
        alpha = np.repeat(np.array([d.alpha for d in a.dimensions]), n_r, axis=0)
        n = alpha.shape[0]
        fit, rival = np.full(n, a.fit.mean), np.full(n, float(np.max(np.delete(values, o))))
        passing, rest = (np.array(x) for x in a.value_terms())
        one = preposterior(
            alpha,
            src,
            np.repeat(lines, n_r),
            fit,
            cell_share,
            rival,
            np.repeat(passing, n_r),
            np.repeat(rest, n_r),
        )
        kg, p_switch = [one.kg], [one.p_switch]
        value, keep = np.full(n, values[o]), a.pass_chance()
        for m in range(2, MAX_ANSWERS + 1):
            more = gaussian_kg(alpha, src, value, cell_share * keep, rival, m)
            kg.append(more[0])
            p_switch.append(more[1])
        kgs, switches = np.array(kg), np.array(p_switch)  # (answers, rows)
        per_answer = kgs / np.arange(1, MAX_ANSWERS + 1)[:, None]
        best = np.argmax(per_answer, axis=0)
        rows = np.arange(n)
        for row in np.flatnonzero(switches[best, rows] >= MIN_SWITCH):
            m = int(best[row])
            d, r = divmod(int(row), n_r)
            found.append(
                (
                    float(per_answer[m, row]),
                    float(kgs[m, row]),
                    float(switches[m, row]),
                    m + 1,
                    o,
                    d,
                    r,
                )
            )
    found.sort(key=lambda t: (-t[0], -t[2]))
    out: list[Settler] = []
    used: set[tuple[int, int]] = set()
    for _, kg_m, p_m, m, o, d, r in found:
        if (o, d) in used:
            continue
        used.add((o, d))
        a, dim, role = assessments[o], DIMENSIONS[d], ROLES[r]
        q = _pick(questions, dim, role, asked.get(a.label, set()))
        stage = _stages(q, role)[0] if q else None
        out.append(Settler(a.label, dim, role, stage, q, kg_m, p_m, m))
        if len(out) >= top:
            break
    return tuple(out)


def _stages(q: Question, role: Audience) -> list[Stage]:
    """The stages q may be asked of `role` at: a sensitive one never at a screen with them."""
    guarded = q.sensitive and role in SCREEN_GUARDED
    return [s for s in q.stage if not (guarded and s == Stage.SCREEN)]


def _pick(
    questions: Sequence[Question], dim: Dimension, role: Audience, asked: set[str]
) -> Question | None:
    fitting = [
        q
        for q in questions
        if q.dimension == dim
        and q.id not in asked
        and (role in q.audience or Audience.ANY in q.audience)
        and _stages(q, role)
    ]
    # Not sensitive first (it may go to anyone), then the user's own before the shipped bank's.
    fitting.sort(key=lambda q: (q.sensitive, q.source == SHIPPED))
    return fitting[0] if fitting else None
