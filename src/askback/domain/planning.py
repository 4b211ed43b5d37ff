"""The interview planner: which questions to ask whom next, and why.

Each candidate (question, person) is scored by what its answer is expected to bring (value.py):
information on the dimensions the candidate weighs, movement of an unsettled deal breaker, the
knowledge gradient across live offers, and a bonus for settling a conflict. Rules come first:
stage and audience must fit, no sensitive question goes to a recruiter or HR at the screen, no
question is repeated to the same person, and well-known dimensions are skipped. A greedy pass
then fills the minutes, discounting a dimension once a question on it is planned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from askback.bank.schema import Audience, Dimension, Question, Stage
from askback.domain.evidence import DIMENSIONS, Assessment, Conflict, deal_breaker_lines
from askback.domain.model import Profile
from askback.domain.plan_reasons import headline, reasons
from askback.domain.plan_result import Addressee, Plan, PlanItem, Suggestion
from askback.domain.posterior import RATING_KERNEL
from askback.domain.sources import source_weight
from askback.domain.stats import FloatArray
from askback.domain.value import Values, preposterior
from askback.i18n import N_, Message

DB_PRIORITY = 1.0  # a point of expected deal-breaker risk movement, in nats of information
KG_WEIGHT = 5.0  # a fit point gained for the best offer, in nats of information
CONFLICT_BONUS = 0.4  # settling a conflict on a dimension weighed 10/10
# How well a question can settle a conflict: the disputed question itself, a related or
# same-topic one (or the bank's match to a disputed free-text question), a question the other
# side already answered, any question on the dimension.
RELEVANCE = (1.0, 0.5, 0.4, 0.25)
MIN_SCORE = 1e-3
# A question k candidates asked at this company scores this much more (a tie-breaker between
# questions of about equal value, never enough to beat a clearly better one).
COMMUNITY_BOOST = 0.15
# At the screen, "anyone" is most likely the recruiter: keep sensitive questions from them too.
SCREEN_GUARDED = frozenset({Audience.RECRUITER, Audience.HR, Audience.ANY})
MAX_LATER = 3
SHIPPED = "bank"  # Question.source of the shipped bank; custom and user files say otherwise

__all__ = ["Addressee", "Plan", "PlanItem", "Suggestion", "plan_interview"]


@dataclass
class _Candidates:
    """Questions that survived the rules, as arrays over (question, addressee)."""

    questions: list[Question] = field(default_factory=list)
    dim: list[int] = field(default_factory=list)
    relevance: list[float] = field(default_factory=list)
    ok: list[list[bool]] = field(default_factory=list)
    indep: list[list[float]] = field(default_factory=list)
    must: list[bool] = field(default_factory=list)
    blocked: list[Question] = field(default_factory=list)  # sensitive at the screen


def _asked(assessment: Assessment) -> tuple[set[tuple[str, str]], set[str]]:
    pairs: set[tuple[str, str]] = set()
    ids: set[str] = set()
    for item in assessment.items:
        if item.question_id:
            ids.add(item.question_id)
        if item.person is not None:
            # A free-text question counts as its bank match, so that is not put to them again.
            for qid in (item.question_id, *item.topics):
                if qid:
                    pairs.add((qid, item.person))
    return pairs, ids


def _disputed_tags(conflict: Conflict, by_id: dict[str, Question]) -> frozenset[str]:
    return frozenset(
        t for qid in conflict.disputed_questions if qid in by_id for t in by_id[qid].tags
    )


def _relevance(q: Question, conflict: Conflict, tags: frozenset[str]) -> float:
    """How well q can settle the conflict; `tags` are those of the disputed questions."""
    disputed = conflict.disputed_questions
    if q.id in disputed:
        return RELEVANCE[0]
    if disputed & set(q.related) or tags & set(q.tags) or q.id in conflict.disputed_topics:
        return RELEVANCE[1]
    if q.id in conflict.question_ids:
        return RELEVANCE[2]
    return RELEVANCE[3]


def _fits_audience(q: Question, role: Audience) -> bool:
    return role == Audience.ANY or role in q.audience or Audience.ANY in q.audience


def _candidates(
    assessment: Assessment,
    questions: Sequence[Question],
    to: Sequence[Addressee],
    stage: Stage,
    profile: Profile,
    open_dims: set[Dimension],
) -> _Candidates:
    pairs, asked_ids = _asked(assessment)
    by_id = {q.id: q for q in questions}
    dim_index = {d: i for i, d in enumerate(DIMENSIONS)}
    must = set(profile.must_ask)
    conflicts = {d.dimension: d.conflict for d in assessment.dimensions}
    tags = {d: _disputed_tags(c, by_id) for d, c in conflicts.items() if c is not None}
    out = _Candidates()
    seen: set[str] = set()
    for q in questions:
        d = q.dimension
        if q.id in seen or (d not in open_dims and q.id not in must) or stage not in q.stage:
            continue
        seen.add(q.id)
        conflict = conflicts[d]
        # An answered question is only worth repeating to someone else to settle a conflict.
        if q.id in asked_ids and conflict is None:
            continue
        ok, indep, guarded = [], [], False
        for a in to:
            fits = _fits_audience(q, a.role) and (q.id, a.person or "") not in pairs
            if fits and q.sensitive and stage == Stage.SCREEN and a.role in SCREEN_GUARDED:
                fits, guarded = False, True
            ok.append(fits)
            indep.append(0.3 if conflict and a.person in conflict.people else 1.0)
        if not any(ok):
            if guarded:
                out.blocked.append(q)
            continue
        out.questions.append(q)
        out.dim.append(dim_index[d])
        out.relevance.append(_relevance(q, conflict, tags[d]) if conflict else 0.0)
        out.ok.append(ok)
        out.indep.append(indep)
        out.must.append(q.id in must)
    return out


class _State:
    """The expected state of every dimension as questions get planned, and their values."""

    def __init__(
        self, assessment: Assessment, to: Sequence[Addressee], profile: Profile, rival: float
    ) -> None:
        self.alpha = np.array([d.alpha for d in assessment.dimensions])
        weights = np.array([d.weight for d in assessment.dimensions])
        self.importance = weights / 10.0
        share_total = weights.sum()
        self.share = weights / share_total if share_total > 0 else weights
        self.fit = assessment.fit.mean
        self.rival = rival  # the best other offer's value (Assessment.value())
        passing, rest = assessment.value_terms()
        self.passing, self.rest = np.array(passing), np.array(rest)
        self.threshold = deal_breaker_lines(profile)
        self.source = np.array(
            [[source_weight(a.role, d, profile.source_weights) for a in to] for d in DIMENSIONS]
        )
        self.conflict = np.array(
            [
                CONFLICT_BONUS * self.importance[i] if d.conflict else 0.0
                for i, d in enumerate(assessment.dimensions)
            ]
        )
        self.values = self._values(np.arange(len(DIMENSIONS)))

    def _values(self, dims: np.ndarray) -> Values:
        r = self.source.shape[1]
        rows = np.repeat(dims, r)
        n = rows.size
        return preposterior(
            self.alpha[rows],
            self.source[dims].reshape(-1),
            self.threshold[rows],
            np.full(n, self.fit),
            self.share[rows],
            np.full(n, self.rival),
            self.passing[rows],
            self.rest[rows],
        )

    def base(self) -> FloatArray:
        v, r = self.values, self.source.shape[1]
        shape = (-1, r)
        return (
            self.importance[:, None] * v.info.reshape(shape)
            + DB_PRIORITY * v.risk_move.reshape(shape)
            + KG_WEIGHT * v.kg.reshape(shape)
        )

    def plan_answer(self, d: int, e: int) -> None:
        """Count the expected answer of addressee e on dimension d, then revalue d."""
        w = self.source[d, e]
        expected = (self.alpha[d] / self.alpha[d].sum()) @ RATING_KERNEL
        self.alpha[d] = self.alpha[d] + w * expected
        self.conflict[d] *= 0.5
        fresh = self._values(np.array([d]))
        r = self.source.shape[1]
        for name in ("info", "var_cut", "risk_move", "kg", "p_switch"):
            getattr(self.values, name)[d * r : (d + 1) * r] = getattr(fresh, name)


def plan_interview(
    assessment: Assessment,
    questions: Sequence[Question],
    to: Sequence[Addressee],
    stage: Stage,
    minutes: int,
    profile: Profile,
    rivals: Sequence[float] = (),
) -> Plan:
    """Pick and order the questions for one interview with `to` at `stage` within `minutes`.

    `rivals` are the other live offers' values (`Assessment.value()`: the expected fit where
    every deal breaker holds).
    """
    to = list(to) or [Addressee(Audience.ANY)]
    # Questions that score the same go in list order: the user's own before the shipped bank's.
    questions = sorted(questions, key=lambda q: q.source == SHIPPED)
    skipped: list[tuple[Dimension, Message]] = []
    open_dims: set[Dimension] = set()
    for d in assessment.dimensions:
        if d.weight <= 0:
            skipped.append((d.dimension, Message("weight-zero", N_("you weigh it 0"))))
        elif d.well_known:
            known = N_("well known: {mean:.1f} ({low:.1f}–{high:.1f})")
            skipped.append(
                (d.dimension, Message("well-known", known, mean=d.mean, low=d.low, high=d.high))
            )
        else:
            open_dims.add(d.dimension)
    cands = _candidates(assessment, questions, to, stage, profile, open_dims)
    state = _State(assessment, to, profile, max(rivals) if rivals else float("nan"))
    items: list[PlanItem] = []
    if cands.questions:
        items = _greedy(assessment, cands, state, to, minutes)
    later = _later(assessment, cands, items, questions)
    return Plan(
        label=assessment.label,
        stage=stage,
        minutes=minutes,
        addressees=tuple(to),
        items=tuple(items),
        later=tuple(later),
        skipped=tuple(skipped),
    )


def _greedy(
    assessment: Assessment,
    cands: _Candidates,
    state: _State,
    to: Sequence[Addressee],
    minutes: int,
) -> list[PlanItem]:
    dim = np.array(cands.dim)
    ok = np.array(cands.ok, dtype=bool)
    indep = np.array(cands.indep)
    relevance = np.array(cands.relevance)
    must = np.array(cands.must, dtype=bool)
    cost = np.array([q.minutes for q in cands.questions])
    r = len(to)
    picked: list[PlanItem] = []
    left = minutes
    alive = np.asarray(ok.any(axis=1), dtype=bool)
    # Questions that at least k candidates asked at this company (the hub's figure) rank a
    # little higher: others found them worth asking here (docs/method.md, community).
    asked_here = _community_asked(assessment)
    boost = np.array([1.0 + COMMUNITY_BOOST * (q.id in asked_here) for q in cands.questions])
    while alive.any():
        score = state.base()[dim] + state.conflict[dim][:, None] * relevance[:, None] * indep
        score = score * boost[:, None]
        score = np.where(ok & alive[:, None] & (cost <= left)[:, None], score, -np.inf)
        # Must-ask questions go first, whatever they score.
        pinned = must & np.isfinite(score).any(axis=1)
        if pinned.any():
            score = np.where(pinned[:, None], score + 1e6, score)
        flat = int(np.argmax(score))
        qi, e = divmod(flat, r)
        best = float(score[qi, e])
        if not np.isfinite(best) or (best < MIN_SCORE and not must[qi]):
            break
        d = int(dim[qi])
        q = cands.questions[qi]
        v = state.values
        row = d * r + e
        conflict_part = float(state.conflict[d] * relevance[qi] * indep[qi, e])
        picked.append(
            PlanItem(
                question=q,
                to=to[e],
                score=best - 1e6 if must[qi] else best,
                minutes=q.minutes,
                info=float(v.info[row]),
                var_cut=float(v.var_cut[row]),
                risk_move=float(v.risk_move[row]),
                kg=float(v.kg[row]),
                p_switch=float(v.p_switch[row]),
                conflict=conflict_part,
                must_ask=bool(must[qi]),
                reasons=reasons(
                    assessment[DIMENSIONS[d]],
                    q,
                    to[e],
                    v,
                    row,
                    conflict_part,
                    bool(must[qi]),
                    community=asked_here.get(q.id),
                ),
                summary=headline(
                    assessment[DIMENSIONS[d]], q, v, row, conflict_part, bool(must[qi])
                ),
            )
        )
        left -= q.minutes
        alive[qi] = False
        state.plan_answer(d, e)
    return picked


def _community_asked(assessment: Assessment) -> dict[str, str]:
    """Question id -> the hub's figure it was asked under, for questions k candidates asked."""
    return {
        qid: f"{figure.members_low}–{figure.members_high}"
        for figure in assessment.community
        for qid in figure.questions
    }


def _later(
    assessment: Assessment,
    cands: _Candidates,
    items: list[PlanItem],
    questions: Sequence[Question],
) -> list[Suggestion]:
    """Questions worth asking elsewhere: sensitive ones kept from the screen, open conflicts."""
    out: list[Suggestion] = []
    by_id = {q.id: q for q in questions}
    for q in cands.blocked:
        why = Message("sensitive", N_("sensitive: not for a recruiter or HR at the screen"))
        out.append(Suggestion(q, *_elsewhere(q), why))
    settled = {i.question.dimension for i in items if i.conflict > 0}
    for c in assessment.conflicts():
        if c.dimension in settled:
            continue
        # The disputed question first, then the bank's match to a disputed free-text one.
        order = [*sorted(c.disputed_questions), *sorted(c.disputed_topics), *sorted(c.question_ids)]
        fitting = [by_id[i] for i in order if i in by_id and by_id[i].dimension == c.dimension]
        if fitting:
            why = Message(
                "conflict",
                N_("settles the conflict on {dimension} with someone who has not answered it"),
                dimension=c.dimension,
            )
            out.append(Suggestion(fitting[0], *_elsewhere(fitting[0]), why))
    seen: set[str] = set()
    unique = []
    for s in out:
        if s.question.id not in seen:
            seen.add(s.question.id)
            unique.append(s)
    unique.sort(key=lambda s: -assessment[s.question.dimension].weight)
    return unique[:MAX_LATER]


def _elsewhere(q: Question) -> tuple[Audience, Stage]:
    """Where to ask instead: a peer in a backchannel talk when the question allows it."""
    if Stage.BACKCHANNEL in q.stage:
        role = Audience.PEER if _fits_audience(q, Audience.PEER) else q.audience[0]
        return role, Stage.BACKCHANNEL
    later_stages: list[Stage] = [s for s in q.stage if s != Stage.SCREEN] or list(q.stage)
    roles = [a for a in q.audience if a not in SCREEN_GUARDED] or list(q.audience)
    return roles[0], later_stages[0]
