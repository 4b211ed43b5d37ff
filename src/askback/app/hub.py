"""The hub client's use cases: what a share would send, what was sent, what was pulled.

No HTTP here: the CLI and the web fetch through `askback.hubclient.client` and hand the parsed
replies in, so a hub that fails never reaches a transaction. Each writer is one transaction.

    with Workspace.open() as ws:
        body = hub.share_payload(ws, "Acme", notes=[12])   # exactly what would leave the machine
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from askback.app.common import now, resolve_opportunity
from askback.app.workspace import Workspace
from askback.errors import InputError, NotFoundError
from askback.store.models import (
    Answer,
    Contact,
    HubAggregate,
    HubBankQuestion,
    HubShare,
    Interview,
    Opportunity,
)

if TYPE_CHECKING:
    from askback.hubclient.replies import BankQuestion, CompanyReply, ShareReply

MAX_TEXT = 1000  # the hub's limit for the optional free text
MAX_ANSWERS = 200


@dataclass(frozen=True)
class Shared:
    """A share recorded here: where it went and the hub's id for it."""

    id: int
    opportunity_id: int
    hub_url: str
    hub_share_id: int
    company_slug: str | None
    answer_ids: tuple[int, ...]
    payload: dict[str, Any]

    @classmethod
    def of(cls, row: HubShare) -> Shared:
        return cls(
            row.id,
            row.opportunity_id,
            row.hub_url,
            row.hub_share_id,
            row.company_slug,
            tuple(int(i) for i in row.answer_ids),
            dict(row.payload),
        )


@dataclass(frozen=True)
class Preview:
    """A share as it would leave the machine, and which local answers it holds."""

    opportunity_id: int
    label: str
    body: dict[str, Any]
    answer_ids: tuple[int, ...]
    left_out: tuple[str, ...]  # answers that cannot be shared, with why
    shared: Shared | None  # the earlier share this one replaces


def share_payload(ws: Workspace, opportunity: str | int, notes: Sequence[int] = ()) -> Preview:
    """The JSON a share would send: rated answers to bank questions, audience and stage, month.

    No names of people ever; the notes of an answer only when its id is in `notes`.
    """
    bank = ws.bank
    with ws.read() as s:
        opp = resolve_opportunity(ws, opportunity)
        rows = s.execute(
            select(
                Answer.id,
                Answer.question_id,
                Answer.rating,
                Answer.red_flag,
                Answer.notes,
                Interview.stage,
                Interview.starts_at,
                Contact.audience,
            )
            .join(Interview, Answer.interview_id == Interview.id)
            .outerjoin(Contact, Answer.contact_id == Contact.id)
            .where(Answer.owner == ws.owner, Interview.opportunity_id == opp.id)
            .order_by(Interview.starts_at, Answer.id)
        ).all()
        earlier = s.scalar(
            select(HubShare).where(HubShare.owner == ws.owner, HubShare.opportunity_id == opp.id)
        )
        shared_before = Shared.of(earlier) if earlier is not None else None
        label = opp.label
        company = opp.company
    answers: list[dict[str, Any]] = []
    ids: list[int] = []
    left_out: list[str] = []
    texts: dict[int, str] = {}
    latest = None
    wanted = set(notes)
    for answer_id, qid, rating, red_flag, text, stage, starts_at, audience in rows:
        question = bank.by_id.get(qid) if qid else None
        if question is None or question.id.startswith(("my-", "community-")):
            left_out.append(f"answer #{answer_id}: not a question of the shipped bank")
            continue
        if rating is None:
            left_out.append(f"answer #{answer_id}: not rated")
            continue
        answers.append(
            {
                "question": question.id,
                "audience": audience or "any",
                "stage": stage,
                "rating": int(rating),
                "red_flag": bool(red_flag),
            }
        )
        ids.append(answer_id)
        if answer_id in wanted and text.strip():
            texts[answer_id] = text.strip()
        latest = starts_at if latest is None or starts_at > latest else latest
    unknown = wanted - {i for i, *_ in rows}
    if unknown:
        raise NotFoundError(f"--include-note: answer {min(unknown)} is not an answer about {label}")
    not_shared = wanted - set(ids)
    if not_shared:
        raise InputError(
            f"--include-note: answer {min(not_shared)} is not part of the share "
            "(unrated, or not a bank question)"
        )
    if not answers:
        raise InputError(
            f"{label}: nothing to share yet; rate answers to bank questions first "
            "(`askback answer list --opportunity ...`)"
        )
    if len(answers) > MAX_ANSWERS:
        raise InputError(f"{label}: {len(answers)} answers; a hub takes at most {MAX_ANSWERS}")
    moment = min(latest, now()) if latest is not None else now()
    body: dict[str, Any] = {
        "company": company,
        "month": moment.month,
        "year": moment.year,
        "answers": answers,
    }
    if texts:
        joined = "\n\n".join(texts[i] for i in sorted(texts))
        if len(joined) > MAX_TEXT:
            raise InputError(
                f"--include-note: the picked notes are {len(joined)} characters; "
                f"a hub takes at most {MAX_TEXT}"
            )
        body["text"] = joined
    return Preview(opp.id, label, body, tuple(ids), tuple(left_out), shared_before)


def record_share(ws: Workspace, preview: Preview, hub_url: str, reply: ShareReply) -> int:
    """Remember what was sent (replacing an earlier share of the opportunity); the hub's id."""
    with ws.transaction() as s:
        row = s.scalar(
            select(HubShare).where(
                HubShare.owner == ws.owner, HubShare.opportunity_id == preview.opportunity_id
            )
        )
        if row is None:
            row = HubShare(owner=ws.owner, opportunity_id=preview.opportunity_id)
            s.add(row)
        row.hub_url = hub_url
        row.hub_share_id = reply.id
        row.company_slug = reply.company_slug
        row.answer_ids = [str(i) for i in preview.answer_ids]
        row.payload = preview.body
        row.shared_at = now()
        s.flush()
        return reply.id


def shared(ws: Workspace, opportunity: str | int) -> Shared:
    """The share recorded for an opportunity, else NotFoundError."""
    with ws.read() as s:
        opp = resolve_opportunity(ws, opportunity)
        row = s.scalar(
            select(HubShare).where(HubShare.owner == ws.owner, HubShare.opportunity_id == opp.id)
        )
        if row is None:
            raise NotFoundError(f"{opp.label} was not shared with a hub from here")
        return Shared.of(row)


def forget_share(ws: Workspace, share_id: int) -> None:
    with ws.transaction() as s:
        s.execute(delete(HubShare).where(HubShare.owner == ws.owner, HubShare.id == share_id))


def companies(ws: Workspace) -> dict[str, list[int]]:
    """The hub slug of every tracked company, with the opportunities that name it."""
    from askback.hub.names import normalize, slug

    out: dict[str, list[int]] = {}
    with ws.read() as s:
        slugs = dict(
            s.execute(
                select(HubShare.opportunity_id, HubShare.company_slug).where(
                    HubShare.owner == ws.owner
                )
            ).all()
        )
        for opp_id, company in s.execute(
            select(Opportunity.id, Opportunity.company).where(Opportunity.owner == ws.owner)
        ).all():
            key = slugs.get(opp_id) or (slug(normalize(company)) if normalize(company) else None)
            if key:
                out.setdefault(key, []).append(opp_id)
    return out


@dataclass(frozen=True)
class Pulled:
    companies: int
    with_aggregates: int
    dimensions: int
    bank_questions: int | None  # None: the hub has no community bank


def store_pull(
    ws: Workspace,
    hub_url: str,
    found: dict[str, tuple[list[int], CompanyReply | None]],
    bank: Iterable[BankQuestion] | None,
) -> Pulled:
    """Replace everything pulled before with this pull, in one transaction (all or nothing)."""
    from askback.bank.schema import Dimension

    known = {d.value for d in Dimension}
    moment = now()
    dims = 0
    with ws.transaction() as s:
        s.execute(delete(HubAggregate).where(HubAggregate.owner == ws.owner))
        s.execute(delete(HubBankQuestion).where(HubBankQuestion.owner == ws.owner))
        for slug_, (opp_ids, reply) in found.items():
            if reply is None:
                continue
            for view in reply.dimensions:
                if view.dimension not in known:
                    continue  # a dimension this askback does not know
                dims += 1
                for opp_id in opp_ids:
                    s.add(
                        HubAggregate(
                            owner=ws.owner,
                            opportunity_id=opp_id,
                            hub_url=hub_url,
                            company_slug=slug_,
                            dimension=view.dimension,
                            mean=view.mean,
                            low=min(view.interval),
                            high=max(view.interval),
                            members_low=view.members.low,
                            members_high=view.members.high,
                            red_flags_low=view.red_flags.low,
                            red_flags_high=view.red_flags.high,
                            questions=[q.id for q in view.questions],
                            period=f"{view.period.from_} – {view.period.to}",
                            pulled_at=moment,
                        )
                    )
        count = None
        if bank is not None:
            count = 0
            for q in bank:
                document = q.question.model_dump(mode="json", exclude={"translations", "source"})
                s.add(
                    HubBankQuestion(
                        owner=ws.owner,
                        hub_url=hub_url,
                        qid=q.id,
                        dimension=q.question.dimensions[0].value,
                        document={**document, "based_on": q.based_on},
                        pulled_at=moment,
                    )
                )
                count += 1
        s.flush()
    return Pulled(
        companies=len(found),
        with_aggregates=sum(1 for _, r in found.values() if r is not None and r.dimensions),
        dimensions=dims,
        bank_questions=count,
    )


# The reads an assessment needs live in app.community (plain SQL, no ORM); here as before.
from askback.app.community import COMMUNITY_SETTING as COMMUNITY_SETTING  # noqa: E402
from askback.app.community import community_figures as community_figures  # noqa: E402
from askback.app.community import community_questions as community_questions  # noqa: E402
from askback.app.community import community_questions_on as community_questions_on  # noqa: E402
