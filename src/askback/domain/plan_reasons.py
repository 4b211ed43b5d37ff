"""Plain-language reasons for a planned question, built from the numbers that chose it."""

from __future__ import annotations

from askback.bank.schema import Question
from askback.domain.evidence import DimensionAssessment, Verdict
from askback.domain.plan_result import Addressee
from askback.domain.value import Values

RESEARCH_FIRST = (
    "Read up before you ask: what is already public (reports, the website, reviews) makes "
    "the answer easier to check and leaves time for what is not."
)


def reasons(
    d: DimensionAssessment,
    q: Question,
    to: Addressee,
    v: Values,
    row: int,
    conflict: float,
    must_ask: bool,
    community: str | None = None,
) -> tuple[str, ...]:
    """Why this question, for this person, now: one short sentence per driver.

    `community` is the hub's member range when candidates asked this question at the company.
    """
    out: list[str] = []
    if must_ask:
        out.append("On your must-ask list.")
    if conflict > 0 and d.conflict is not None:
        same = q.id in d.conflict.question_ids
        how = "the same question, put to someone else" if same else "a question on the same point"
        out.append(f"Settles a conflict on {d.dimension} ({how}): {d.conflict.brief()}.")
    db = d.deal_breaker
    if db is not None and db.verdict in (Verdict.AT_RISK, Verdict.UNKNOWN):
        state = "at risk" if db.verdict == Verdict.AT_RISK else "open for lack of evidence"
        out.append(
            f"Deal breaker '{db.rule.label()}' is {state} ({db.risk:.0%} risk); "
            f"this answer is expected to move that by {v.risk_move[row]:.0%}."
        )
    out.append(
        f"You weigh {d.dimension} {d.weight:.0f}/10 and it stands at {d.mean:.1f} "
        f"({d.low:.1f}-{d.high:.1f}); the answer is expected to cut its uncertainty by "
        f"{v.var_cut[row]:.0%}."
    )
    if v.p_switch[row] > 0.005:
        out.append(
            f"{v.p_switch[row]:.0%} chance this answer changes which offer comes out on top."
        )
    if to.role.value != "any":
        out.append(f"Asked of {to.label()}, a good source on {d.dimension}.")
    if community is not None:
        out.append(
            f"Candidates asked it at this company too (community: {community} candidates on "
            f"{d.dimension}); it ranks a little higher."
        )
    if q.research_first:
        out.append(RESEARCH_FIRST)
    return tuple(out)


def headline(
    d: DimensionAssessment,
    q: Question,
    v: Values,
    row: int,
    conflict: float,
    must_ask: bool,
) -> str:
    """The reasons in a few words, for a printed cheat sheet (no question ids, no quotes)."""
    parts: list[str] = []
    if q.research_first:
        parts.append("read up first")
    if must_ask:
        parts.append("must-ask")
    if conflict > 0 and d.conflict is not None:
        parts.append(f"settles a conflict on {d.dimension}")
    db = d.deal_breaker
    if db is not None and db.verdict in (Verdict.AT_RISK, Verdict.UNKNOWN):
        state = "at risk" if db.verdict == Verdict.AT_RISK else "open"
        parts.append(f"deal breaker {state} ({db.risk:.0%})")
    parts.append(f"{d.dimension} {d.weight:.0f}/10, -{v.var_cut[row]:.0%} uncertainty")
    if v.p_switch[row] > 0.005:
        parts.append(f"{v.p_switch[row]:.0%} chance to change the leading offer")
    return "; ".join(parts)
