"""Plain-language reasons for a planned question, built from the numbers that chose it.

Each reason is a `Message`: a stable kind, the English sentence as its catalog id, and the
numbers and names that fill it, so every face writes it in its own language (the CLI and
JSON in English, the web app in the page's language) and JSON readers get the figures too.
"""

from __future__ import annotations

from askback.bank.schema import Question
from askback.domain.evidence import DimensionAssessment, Verdict
from askback.domain.plan_result import Addressee
from askback.domain.value import Values
from askback.i18n import N_, Message

RESEARCH_FIRST = N_(
    "Read up before you ask: what is already public (reports, the website, reviews) makes "
    "the answer easier to check and leaves time for what is not."
)
_SAME_QUESTION = N_(
    "Settles a conflict on {dimension} (the same question, put to someone else): {who}."
)
_SAME_POINT = N_("Settles a conflict on {dimension} (a question on the same point): {who}.")
_AT_RISK = N_(
    "Deal breaker '{rule}' is at risk ({risk:.0%} risk); this answer is expected to move that "
    "by {move:.0%}."
)
_OPEN = N_(
    "Deal breaker '{rule}' is open for lack of evidence ({risk:.0%} risk); this answer is "
    "expected to move that by {move:.0%}."
)
_WEIGHT = N_(
    "You weigh {dimension} {weight:.0f}/10 and it stands at {mean:.1f} ({low:.1f}–{high:.1f}); "
    "the answer is expected to cut its uncertainty by {cut:.0%}."
)
_COMMUNITY = N_(
    "Candidates asked it at this company too (community: {members} candidates on {dimension}); "
    "it ranks a little higher."
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
) -> tuple[Message, ...]:
    """Why this question, for this person, now: one short sentence per driver.

    `community` is the hub's member range when candidates asked this question at the company.
    """
    dim = d.dimension
    out: list[Message] = []
    if must_ask:
        out.append(Message("must-ask", N_("On your must-ask list.")))
    if conflict > 0 and d.conflict is not None:
        same = q.id in d.conflict.question_ids
        text = _SAME_QUESTION if same else _SAME_POINT
        out.append(Message("conflict", text, dimension=dim, who=d.conflict.brief_message()))
    db = d.deal_breaker
    if db is not None and db.verdict in (Verdict.AT_RISK, Verdict.UNKNOWN):
        out.append(
            Message(
                "deal-breaker",
                _AT_RISK if db.verdict == Verdict.AT_RISK else _OPEN,
                rule=db.rule.message(),
                risk=float(db.risk),
                move=float(v.risk_move[row]),
            )
        )
    out.append(
        Message(
            "weight",
            _WEIGHT,
            dimension=dim,
            weight=float(d.weight),
            mean=float(d.mean),
            low=float(d.low),
            high=float(d.high),
            cut=float(v.var_cut[row]),
        )
    )
    if v.p_switch[row] > 0.005:
        out.append(
            Message(
                "leader",
                N_("{chance:.0%} chance this answer changes which offer comes out on top."),
                chance=float(v.p_switch[row]),
            )
        )
    if to.role.value != "any":
        out.append(
            Message(
                "source",
                N_("Asked of {who}, a good source on {dimension}."),
                who=to.message(),
                dimension=dim,
            )
        )
    if community is not None:
        out.append(Message("community", _COMMUNITY, members=community, dimension=dim))
    if q.research_first:
        out.append(Message("research-first", RESEARCH_FIRST))
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
