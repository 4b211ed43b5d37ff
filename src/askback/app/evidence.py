"""Evidence use cases: load what was heard about opportunities, then assess, plan and compare.

    from askback.app import Workspace, evidence

    with Workspace.open() as ws:
        a = evidence.assess(ws, "Acme")              # an Assessment; a.to_frame()
        p = evidence.plan(ws, "Acme", roles=["hiring-manager"], stage="team", minutes=30)
        c = evidence.compare(ws)                     # every live opportunity; c.to_frame()

Each call reads in one transaction and runs the pure domain (askback.domain) on the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from askback.app import profile as profile_store
from askback.app.common import resolve_contact, resolve_interview, resolve_opportunity
from askback.app.hub import community_figures
from askback.app.names import unknown
from askback.app.workspace import Workspace
from askback.bank.schema import Audience, Dimension, Stage
from askback.domain.model import EvidenceItem, ItemKind, Profile
from askback.errors import InputError, NotFoundError
from askback.store.models import Answer, Contact, Interview, Opportunity, Signal
from askback.store.values import CLOSED_STATUSES, Status

if TYPE_CHECKING:
    from askback.bank import Bank
    from askback.domain.compare import Comparison
    from askback.domain.evidence import Assessment
    from askback.domain.planning import Addressee, Plan

# Words people use for a role, mapped to the bank's audiences.
ROLE_ALIASES = {
    "team-lead": Audience.HIRING_MANAGER,
    "lead": Audience.HIRING_MANAGER,
    "manager": Audience.HIRING_MANAGER,
    "teammate": Audience.PEER,
    "colleague": Audience.PEER,
    "executive": Audience.LEADERSHIP,
    "exec": Audience.LEADERSHIP,
}
MAX_MINUTES = 480
TOPIC_SEARCH = 10  # search hits looked through for one on the answer's own dimension


def get_profile(ws: Workspace) -> Profile:
    """The saved values profile, or the default one (every weight 5, no deal breakers)."""
    document = profile_store.load(ws)
    return Profile() if document is None else Profile.model_validate(document)


def save_profile(ws: Workspace, profile: Profile) -> Profile:
    """Store the values profile (replacing the previous one)."""
    return Profile.model_validate(profile_store.save(ws, profile.to_document()))


def _dimension(value: str | None, question_id: str | None, bank: Bank | None) -> Dimension | None:
    if value:
        try:
            return Dimension(value)
        except ValueError:
            return None
    if bank is not None and question_id and question_id in bank.by_id:
        return bank.by_id[question_id].dimension
    return None


def _topics(bank: Bank, text: str, dimension: Dimension) -> tuple[str, ...]:
    """The bank question on `dimension` closest in words to a free-text question, if any."""
    if not text.strip():
        return ()
    hits = bank.search(text, limit=TOPIC_SEARCH)
    return tuple(h.question.id for h in hits if h.question.dimension == dimension)[:1]


class AnswerRow(NamedTuple):
    """The columns of an answer (and its contact) that evidence needs."""

    id: int
    dimension: str | None
    question_id: str | None
    question_text: str | None
    rating: int | None
    red_flag: bool
    notes: str
    interview_id: int
    contact_id: int | None
    audience: str | None
    name: str | None


def _answer_item(row: AnswerRow, bank: Bank) -> EvidenceItem | None:
    dimension = _dimension(row.dimension, row.question_id, bank)
    if dimension is None:
        return None
    known = row.contact_id is not None
    question = bank.by_id.get(row.question_id) if row.question_id else None
    # An answer stored under a since-merged id counts for the question that replaced it.
    qid = question.id if question is not None else row.question_id
    # A free-text question is matched to the bank's words, so a conflict it raises points the
    # planner to the bank's questions on the same point.
    topics = () if row.question_id else _topics(bank, row.question_text or row.notes, dimension)
    return EvidenceItem(
        dimension=dimension,
        rating=row.rating,
        source=(row.audience or Audience.ANY.value) if known else Audience.ANY.value,
        person=str(row.contact_id) if known else None,
        red_flag=bool(row.red_flag),
        kind=ItemKind.ANSWER,
        ref=f"answer #{row.id}",
        question_id=qid,
        question_text=row.question_text or (question.text if question else ""),
        topics=topics,
        quote=row.notes,
        who=(row.name or "") if known else f"someone (interview #{row.interview_id})",
        interview=str(row.interview_id),
    )


def _signal_item(row: Signal) -> EvidenceItem | None:
    dimension = _dimension(row.dimension, None, None)
    if dimension is None:
        return None
    return EvidenceItem(
        dimension=dimension,
        rating=row.rating,
        source=row.source,
        # All signals of one kind (say, the job ad) are one source, not independent voices.
        person=f"signal:{row.source}",
        red_flag=bool(row.red_flag),
        kind=ItemKind.SIGNAL,
        ref=f"signal #{row.id}",
        quote=row.note,
        who=row.source,
    )


def evidence_items(ws: Workspace, opportunity_ids: Sequence[int]) -> dict[int, list[EvidenceItem]]:
    """Every answer and signal of the opportunities, as evidence items (one read)."""
    return _evidence(ws, opportunity_ids)[0]


def _evidence(
    ws: Workspace, opportunity_ids: Sequence[int]
) -> tuple[dict[int, list[EvidenceItem]], dict[int, list[str]]]:
    """The evidence items per opportunity, and the answers left out for want of a dimension."""
    bank = ws.bank
    out: dict[int, list[EvidenceItem]] = {i: [] for i in opportunity_ids}
    skipped: dict[int, list[str]] = {i: [] for i in opportunity_ids}
    with ws.read() as s:
        # Plain columns rather than ORM objects: building 100,000 Answer objects took most of
        # the time of an assessment.
        rows = s.execute(
            select(
                Interview.opportunity_id,
                Answer.id,
                Answer.dimension,
                Answer.question_id,
                Answer.question_text,
                Answer.rating,
                Answer.red_flag,
                Answer.notes,
                Answer.interview_id,
                Contact.id,
                Contact.audience,
                Contact.name,
            )
            .join(Interview, Answer.interview_id == Interview.id)
            .outerjoin(Contact, Answer.contact_id == Contact.id)
            .where(Answer.owner == ws.owner, Interview.opportunity_id.in_(list(out)))
            .order_by(Answer.answered_at, Answer.id)
        ).all()
        for opp_id, *values in rows:
            row = AnswerRow(*values)
            if (item := _answer_item(row, bank)) is not None:
                out[opp_id].append(item)
            else:
                skipped[opp_id].append(f"answer #{row.id}")
        signals = s.scalars(
            select(Signal)
            .where(Signal.owner == ws.owner, Signal.opportunity_id.in_(list(out)))
            .order_by(Signal.id)
        ).all()
        for signal in signals:
            if (item := _signal_item(signal)) is not None:
                out[signal.opportunity_id].append(item)
    from askback.domain.community import community_item

    for opp_id, figures in community_figures(ws, list(out)).items():
        out[opp_id].extend(community_item(f) for f in figures)
    return out, skipped


def _opportunities(ws: Workspace, refs: Sequence[str | int]) -> list[Opportunity]:
    with ws.read() as s:
        if refs:
            found = {o.id: o for o in (resolve_opportunity(ws, r) for r in refs)}
            return list(found.values())
        rows = s.scalars(
            select(Opportunity).where(Opportunity.owner == ws.owner).order_by(Opportunity.id)
        ).all()
        return [o for o in rows if Status(o.status) not in CLOSED_STATUSES]


def _labels(opps: Sequence[Opportunity]) -> list[str]:
    labels = [o.label for o in opps]
    # Two opportunities with the same company and role get their ids to tell them apart.
    return [
        f"{lab} (#{o.id})" if labels.count(lab) > 1 else lab
        for lab, o in zip(labels, opps, strict=True)
    ]


def assess_many(
    ws: Workspace, opportunities: Sequence[str | int] = (), profile: Profile | None = None
) -> list[Assessment]:
    """Assessments of the given opportunities (default: every live one), in one pass."""
    from askback.domain.evidence import assess_many as run

    opps = _opportunities(ws, opportunities)
    items, skipped = _evidence(ws, [o.id for o in opps])
    chosen = profile or get_profile(ws)
    results = run([(lab, items[o.id]) for lab, o in zip(_labels(opps), opps, strict=True)], chosen)
    figures = community_figures(ws, [o.id for o in opps])
    return [
        replace(r, not_counted=tuple(skipped[o.id]), community=tuple(figures[o.id]))
        for r, o in zip(results, opps, strict=True)
    ]


def assess(ws: Workspace, opportunity: str | int, profile: Profile | None = None) -> Assessment:
    """One opportunity's assessment against the saved profile (or the one given)."""
    return assess_many(ws, [opportunity], profile)[0]


def _addressees(ws: Workspace, roles: Sequence[str | int]) -> list[Addressee]:
    from askback.domain.planning import Addressee

    out: list[Addressee] = []
    with ws.read():
        for ref in roles:
            text = str(ref).strip().lower()
            if not text:
                continue
            if text in {a.value for a in Audience}:
                out.append(Addressee(Audience(text)))
            elif text in ROLE_ALIASES:
                out.append(Addressee(ROLE_ALIASES[text]))
            else:
                try:
                    contact = resolve_contact(ws, ref)
                except NotFoundError:
                    from askback.app.names import did_you_mean

                    roles_list = ", ".join(a.value for a in Audience)
                    people = ws.session.scalars(
                        select(Contact.name).where(Contact.owner == ws.owner)
                    ).all()
                    near = did_you_mean(
                        str(ref), [a.value for a in Audience] + list(ROLE_ALIASES) + list(people)
                    )
                    raise InputError(
                        f"--with {ref!r} is neither a role ({roles_list}) nor a known contact"
                        + near
                    ) from None
                out.append(Addressee(Audience(contact.audience), str(contact.id), contact.name))
    return out


def _stage(stage: str | Stage) -> Stage:
    try:
        return Stage(stage)
    except ValueError:
        raise unknown("stage", str(stage), [s.value for s in Stage]) from None


def plan(
    ws: Workspace,
    opportunity: str | int,
    *,
    roles: Sequence[str | int] = ("any",),
    stage: str | Stage = Stage.TEAM,
    minutes: int = 30,
) -> Plan:
    """The questions for a coming interview with `roles` (roles or contacts) at `stage`."""
    from askback.domain.evidence import assess_many as run
    from askback.domain.planning import plan_interview

    if not 1 <= minutes <= MAX_MINUTES:
        raise InputError(f"--minutes must be between 1 and {MAX_MINUTES}, not {minutes}")
    when = _stage(stage)
    to = _addressees(ws, roles)
    profile = get_profile(ws)
    target = _opportunities(ws, [opportunity])[0]
    live = [o for o in _opportunities(ws, ()) if o.id != target.id]
    opps = [target, *live]
    items = evidence_items(ws, [o.id for o in opps])
    labels = _labels(opps)
    assessed = run([(lab, items[o.id]) for lab, o in zip(labels, opps, strict=True)], profile)
    rivals = [a.value() for a in assessed[1:]]
    # The hub's figures let the planner favour what candidates asked at this company.
    target_view = replace(
        assessed[0], community=tuple(community_figures(ws, [target.id])[target.id])
    )
    made = plan_interview(target_view, ws.bank.questions, to, when, minutes, profile, rivals)
    return replace(made, opportunity_id=target.id)


def plan_for_interview(ws: Workspace, interview: str | int, minutes: int | None = None) -> Plan:
    """The plan for a scheduled interview: its stage, its people, its length (default 30)."""
    with ws.read() as s:
        row = resolve_interview(ws, interview)
        found = s.scalars(
            select(Interview)
            .where(Interview.id == row.id)
            .options(selectinload(Interview.contacts))
        ).one()
        people: list[str | int] = [c.id for c in found.contacts] or ["any"]
        length = minutes or found.duration_minutes or 30
        return plan(ws, found.opportunity_id, roles=people, stage=found.stage, minutes=length)


def compare(
    ws: Workspace, opportunities: Sequence[str | int] = (), *, draws: int = 4000
) -> Comparison:
    """Offers side by side (default: every live opportunity), with P(best) and what settles it."""
    from askback.domain.compare import compare as run
    from askback.domain.evidence import assess_many as assess_all

    if not 100 <= draws <= 200_000:
        raise InputError(f"--draws must be between 100 and 200000, not {draws}")
    opps = _opportunities(ws, opportunities)
    if not opps:
        raise NotFoundError(
            "no live opportunities to compare; add one with `askback opportunity add`"
        )
    profile = get_profile(ws)
    items = evidence_items(ws, [o.id for o in opps])
    labels = _labels(opps)
    figures = community_figures(ws, [o.id for o in opps])
    assessed = [
        replace(a, community=tuple(figures[o.id]))
        for a, o in zip(
            assess_all([(lab, items[o.id]) for lab, o in zip(labels, opps, strict=True)], profile),
            opps,
            strict=True,
        )
    ]
    asked = {
        lab: {i.question_id for i in items[o.id] if i.question_id}
        for lab, o in zip(labels, opps, strict=True)
    }
    return run(assessed, profile, ws.bank.questions, asked, draws=draws)
