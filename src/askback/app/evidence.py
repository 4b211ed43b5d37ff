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
from typing import TYPE_CHECKING, Any, NamedTuple

from askback.app import profile as profile_store
from askback.app import results_cache
from askback.app.common import pick_contact, pick_opportunity, resolve_interview
from askback.app.community import community_figures
from askback.app.names import unknown
from askback.app.opportunities import OpportunityRow, all_rows
from askback.app.workspace import Query, Workspace
from askback.bank.schema import Audience, Dimension, Stage
from askback.domain.model import EvidenceItem, ItemKind, Profile
from askback.errors import InputError, NotFoundError
from askback.store.rows import in_list
from askback.store.values import CLOSED_STATUSES, Status

if TYPE_CHECKING:
    from askback.bank import Bank
    from askback.domain.community import CommunityFigure
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


class SignalRow(NamedTuple):
    """The columns of a signal that evidence needs."""

    id: int
    opportunity_id: int
    source: str
    dimension: str
    rating: int | None
    red_flag: bool
    note: str


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


def _signal_item(row: SignalRow) -> EvidenceItem | None:
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


class Recorded(NamedTuple):
    """What was recorded about some opportunities, as read (before the bank interprets it)."""

    answers: list[tuple[int, AnswerRow]]  # (opportunity id, answer), in the order given
    signals: list[SignalRow]
    # A hub's figures per opportunity (app.community), read after the rows.
    figures: dict[int, list[CommunityFigure]]


def _recorded(q: Query, owner: str, opportunity_ids: Sequence[int]) -> Recorded:
    # Plain columns rather than ORM objects: building 100,000 Answer objects took most of the
    # time of an assessment, and importing the ORM most of the time of a small one.
    ids, params = in_list(opportunity_ids)
    answers = q(
        "SELECT i.opportunity_id, a.id, a.dimension, a.question_id, a.question_text, a.rating,"
        " a.red_flag, a.notes, a.interview_id, c.id AS contact_id, c.audience, c.name"
        " FROM answers a JOIN interviews i ON a.interview_id = i.id"
        " LEFT OUTER JOIN contacts c ON a.contact_id = c.id"
        f" WHERE a.owner = :owner AND i.opportunity_id IN ({ids})"
        " ORDER BY a.answered_at, a.id",
        owner=owner,
        **params,
    )
    signals = q(
        "SELECT id, opportunity_id, source, dimension, rating, red_flag, note FROM signals"
        f" WHERE owner = :owner AND opportunity_id IN ({ids}) ORDER BY id",
        owner=owner,
        **params,
    )
    return Recorded(
        [
            (
                r["opportunity_id"],
                AnswerRow(
                    r["id"],
                    r["dimension"],
                    r["question_id"],
                    r["question_text"],
                    r["rating"],
                    bool(r["red_flag"]),
                    r["notes"],
                    r["interview_id"],
                    r["contact_id"],
                    r["audience"],
                    r["name"],
                ),
            )
            for r in answers
        ],
        [
            SignalRow(
                r["id"],
                r["opportunity_id"],
                r["source"],
                r["dimension"],
                r["rating"],
                bool(r["red_flag"]),
                r["note"],
            )
            for r in signals
        ],
        {},
    )


def _items(
    recorded: Recorded, opportunity_ids: Sequence[int], bank: Bank
) -> tuple[dict[int, list[EvidenceItem]], dict[int, list[str]]]:
    """The evidence items per opportunity, and the answers left out for want of a dimension."""
    out: dict[int, list[EvidenceItem]] = {i: [] for i in opportunity_ids}
    skipped: dict[int, list[str]] = {i: [] for i in opportunity_ids}
    for opp_id, row in recorded.answers:
        if (item := _answer_item(row, bank)) is not None:
            out[opp_id].append(item)
        else:
            skipped[opp_id].append(f"answer #{row.id}")
    for signal in recorded.signals:
        if (sitem := _signal_item(signal)) is not None:
            out[signal.opportunity_id].append(sitem)
    if recorded.figures:
        from askback.domain.community import community_item

        for opp_id, figures in recorded.figures.items():
            out[opp_id].extend(community_item(f) for f in figures)
    return out, skipped


def evidence_items(ws: Workspace, opportunity_ids: Sequence[int]) -> dict[int, list[EvidenceItem]]:
    """Every answer and signal of the opportunities, as evidence items (one read)."""
    return _items(_read(ws, opportunity_ids), opportunity_ids, ws.bank)[0]


def _read(ws: Workspace, opportunity_ids: Sequence[int]) -> Recorded:
    with ws.query() as q:
        recorded = _recorded(q, ws.owner, opportunity_ids)
    return recorded._replace(figures=community_figures(ws, opportunity_ids))


def _opportunities(ws: Workspace, refs: Sequence[str | int]) -> list[OpportunityRow]:
    rows = all_rows(ws)
    if refs:
        found = {o.id: o for o in (pick_opportunity(r, rows) for r in refs)}
        return list(found.values())
    return [o for o in rows if Status(o.status) not in CLOSED_STATUSES]


def _labels(opps: Sequence[OpportunityRow]) -> list[str]:
    labels = [o.label for o in opps]
    # Two opportunities with the same company and role get their ids to tell them apart.
    return [
        f"{lab} (#{o.id})" if labels.count(lab) > 1 else lab
        for lab, o in zip(labels, opps, strict=True)
    ]


class _Inputs(NamedTuple):
    """Everything an assessment of `opps` is computed from, read in one transaction."""

    opps: list[OpportunityRow]
    labels: list[str]
    recorded: Recorded
    profile: dict[str, Any] | None


def _read_inputs(ws: Workspace, opps: list[OpportunityRow]) -> _Inputs:
    recorded = _read(ws, [o.id for o in opps])
    return _Inputs(opps, _labels(opps), recorded, profile_store.load(ws))


def _chosen_profile(inputs: _Inputs, profile: Profile | None) -> Profile:
    if profile is not None:
        return profile
    return Profile() if inputs.profile is None else Profile.model_validate(inputs.profile)


def _assessed(ws: Workspace, inputs: _Inputs, profile: Profile) -> list[Assessment]:
    from askback.domain.evidence import assess_many as run

    ids = [o.id for o in inputs.opps]
    items, skipped = _items(inputs.recorded, ids, ws.bank)
    groups = [(lab, items[i]) for lab, i in zip(inputs.labels, ids, strict=True)]
    results = run(groups, profile)
    return [
        replace(r, not_counted=tuple(skipped[i]), community=tuple(inputs.recorded.figures[i]))
        for r, i in zip(results, ids, strict=True)
    ]


def assess_many(
    ws: Workspace, opportunities: Sequence[str | int] = (), profile: Profile | None = None
) -> list[Assessment]:
    """Assessments of the given opportunities (default: every live one), in one pass.

    The result is kept in the results cache (see `askback.app.results_cache`), keyed by
    everything it is computed from, so an unchanged assessment is read back, not recomputed.
    """
    inputs = _read_inputs(ws, _opportunities(ws, opportunities))
    chosen = _chosen_profile(inputs, profile)
    key = results_cache.key(ws, "assess", inputs, chosen.model_dump(mode="json"))
    stored = results_cache.read("assess", key, list)
    if stored is not None:
        return stored
    found = _assessed(ws, inputs, chosen)
    results_cache.write("assess", key, found)
    return found


def assess(ws: Workspace, opportunity: str | int, profile: Profile | None = None) -> Assessment:
    """One opportunity's assessment against the saved profile (or the one given)."""
    return assess_many(ws, [opportunity], profile)[0]


class _ContactRow(NamedTuple):
    id: int
    name: str
    audience: str


def _addressees(ws: Workspace, roles: Sequence[str | int]) -> list[Addressee]:
    from askback.domain.plan_result import Addressee

    out: list[Addressee] = []
    people: list[_ContactRow] | None = None
    for ref in roles:
        text = str(ref).strip().lower()
        if not text:
            continue
        if text in {a.value for a in Audience}:
            out.append(Addressee(Audience(text)))
        elif text in ROLE_ALIASES:
            out.append(Addressee(ROLE_ALIASES[text]))
        else:
            if people is None:
                with ws.query() as q:
                    people = [
                        _ContactRow(r["id"], r["name"], r["audience"])
                        for r in q(
                            "SELECT id, name, audience FROM contacts WHERE owner = :owner"
                            " ORDER BY id",
                            owner=ws.owner,
                        )
                    ]
            try:
                contact = pick_contact(ref, people)
            except NotFoundError:
                from askback.app.names import did_you_mean

                roles_list = ", ".join(a.value for a in Audience)
                near = did_you_mean(
                    str(ref),
                    [a.value for a in Audience] + list(ROLE_ALIASES) + [p.name for p in people],
                )
                raise InputError(
                    f"--with {ref!r} is neither a role ({roles_list}) nor a known contact" + near
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
    """The questions for a coming interview with `roles` (roles or contacts) at `stage`.

    Kept in the results cache like an assessment (see `askback.app.results_cache`).
    """
    if not 1 <= minutes <= MAX_MINUTES:
        raise InputError(f"--minutes must be between 1 and {MAX_MINUTES}, not {minutes}")
    when = _stage(stage)
    to = _addressees(ws, roles)
    target = _opportunities(ws, [opportunity])[0]
    live = [o for o in _opportunities(ws, ()) if o.id != target.id]
    inputs = _read_inputs(ws, [target, *live])
    profile = _chosen_profile(inputs, None)
    asked = (tuple(to), when.value, minutes)
    key = results_cache.key(ws, "plan", inputs, profile.model_dump(mode="json"), asked)
    from askback.domain.plan_result import Plan

    stored = results_cache.read("plan", key, Plan)
    if stored is not None:
        return stored
    from askback.domain.planning import plan_interview

    # The target's own assessment leaves its not-counted answers aside, as it always did.
    items, _ = _items(inputs.recorded, [o.id for o in inputs.opps], ws.bank)
    from askback.domain.evidence import assess_many as run

    groups = [(lab, items[o.id]) for lab, o in zip(inputs.labels, inputs.opps, strict=True)]
    assessed = run(groups, profile)
    rivals = [a.value() for a in assessed[1:]]
    # The hub's figures let the planner favour what candidates asked at this company.
    target_view = replace(assessed[0], community=tuple(inputs.recorded.figures[target.id]))
    made = plan_interview(target_view, ws.bank.questions, to, when, minutes, profile, rivals)
    made = replace(made, opportunity_id=target.id)
    results_cache.write("plan", key, made)
    return made


def plan_for_interview(ws: Workspace, interview: str | int, minutes: int | None = None) -> Plan:
    """The plan for a scheduled interview: its stage, its people, its length (default 30)."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from askback.store.models import Interview

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
    ids = [o.id for o in opps]
    recorded = _read(ws, ids)
    items = _items(recorded, ids, ws.bank)[0]
    labels = _labels(opps)
    figures = recorded.figures
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
