"""Publishing aggregates so that no difference between two views isolates one member.

A view is (company, dimension). Its published snapshot changes only when at least k members'
contributions differ from the ones it holds (added, changed, withdrawn or erased), so any two
views a reader can compare differ by k members or more, never by one. docs/hub.md explains.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    Row,
    Select,
    cast,
    delete,
    distinct,
    func,
    insert,
    literal,
    null,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session as Db

from askback.bank.schema import Dimension
from askback.errors import NotFoundError
from askback.hub.core import now
from askback.hub.models import Company, HubBase, Share, ShareAnswer, Snapshot
from askback.hub.privacy import Member, quarter, summarise


def pseudonym(user_id: int, company_id: int) -> str:
    """Which member a snapshot holds, without their id: a hash that is new for each company."""
    return hashlib.sha256(f"askback-hub:{user_id}:{company_id}".encode()).hexdigest()[:24]


class _Company:
    """A company's current shares and its snapshots, read under its lock in one statement.

    Per dimension: who contributes at which version (`versions`), what each snapshot holds
    (`snapshots`), and each member's answers, made into `Member`s only when publishing.
    """

    def __init__(self, db: Db, company_id: int) -> None:
        names: dict[int, str] = {}
        self.versions: dict[str, dict[str, int]] = defaultdict(dict)
        self.snapshots: dict[str, dict[str, Any]] = {}
        self._answers: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for row in db.execute(_company_rows(company_id)):
            if row.contributors is not None:  # a snapshot's row
                self.snapshots[row.dimension] = row.contributors
                continue
            name = names.get(row.user_id)
            if name is None:
                name = names[row.user_id] = pseudonym(row.user_id, company_id)
            self.versions[row.dimension][name] = row.version
            self._answers[row.dimension][name].append(row)

    def members(self, dimension: str) -> list[Member]:
        return [
            Member(
                ratings=tuple(a.rating for a in answers),
                red_flags=sum(1 for a in answers if a.red_flag),
                questions=tuple(a.question_id for a in answers),
                quarter=quarter(answers[0].year, answers[0].month),
            )
            for answers in self._answers[dimension].values()
        ]


def _company_rows(company_id: int) -> Select[Any]:
    """Every answer of the company's shares, then its snapshots (`contributors` set)."""
    answers = (
        select(
            ShareAnswer.id.label("n"),
            ShareAnswer.dimension,
            Share.user_id,
            Share.version,
            Share.month,
            Share.year,
            ShareAnswer.rating,
            ShareAnswer.red_flag,
            ShareAnswer.question_id,
            cast(null(), Snapshot.contributors.type).label("contributors"),
        )
        .join(ShareAnswer, ShareAnswer.share_id == Share.id)
        .where(Share.company_id == company_id)
    )
    snapshots = select(
        literal(0).label("n"),
        Snapshot.dimension,
        cast(null(), Share.user_id.type),
        cast(null(), Share.version.type),
        cast(null(), Share.month.type),
        cast(null(), Share.year.type),
        cast(null(), ShareAnswer.rating.type),
        cast(null(), ShareAnswer.red_flag.type),
        cast(null(), ShareAnswer.question_id.type),
        Snapshot.contributors,
    ).where(Snapshot.company_id == company_id)
    union = union_all(answers, snapshots).subquery()
    return select(union).order_by(union.c.n)


def changed_members(published: dict[str, int], current: dict[str, int]) -> int:
    """Members whose contribution differs between a snapshot and now (each counted once)."""
    keys = set(published) | set(current)
    return sum(1 for key in keys if published.get(key) != current.get(key))


def publish(
    db: Db,
    model: type[HubBase],
    key: dict[str, Any],
    contributors: dict[str, Any] | None,
    versions: dict[str, int],
    k: int,
    values: Callable[[], dict[str, Any]],
) -> str:
    """Publish one view anew when at least k members changed; drop it below k members.

    The one publication rule of the hub, for company aggregates (Snapshot) and usefulness
    (UsefulnessSnapshot). `key` names the view's row; `contributors` is what its snapshot
    holds (None when there is none); `versions` maps each current member's pseudonym to the
    version of their contribution; `values` computes the new payload (and any other column),
    called only when publishing. The caller holds the view's lock and read both under it.
    Returns "kept", "dropped" or "published"; one statement at most.
    """
    published = {member: int(v) for member, v in (contributors or {}).items()}
    if changed_members(published, versions) < k:
        return "kept"
    where = [getattr(model, column) == value for column, value in key.items()]
    if len(versions) < k:
        # Too few members now: the old numbers went with members who left; show nothing.
        if contributors is None:
            return "kept"
        db.execute(delete(model).where(*where))
        return "dropped"
    row = {**values(), "contributors": versions}
    if contributors is None:
        db.execute(insert(model).values(**key, **row))
    else:
        db.execute(update(model).where(*where).values(**row))
    return "published"


def lock_companies(db: Db, *company_ids: int, deleting: bool = False) -> None:
    """Take the companies' row locks, in id order: writers of one company publish one by one.

    A writer takes it last, after changing its own share and just before publishing, so the
    lock is held for a few statements only. FOR NO KEY UPDATE does not conflict with the key
    share lock that a new share's foreign key takes on its company, so two writers that both
    inserted a share cannot deadlock here. A merge, which deletes a company, takes FOR UPDATE
    (`deleting`), and takes it first.
    """
    for company_id in sorted(set(company_ids)):
        db.execute(
            select(Company.id)
            .where(Company.id == company_id)
            .with_for_update(key_share=not deleting)
        )


def refresh_company(db: Db, company_id: int, k: int) -> None:
    """Publish a new snapshot for every dimension where at least k members changed.

    The caller holds the company's lock (lock_companies) and has changed its shares; the
    company's shares and snapshots are read here, under the lock, so each publication sees
    every write that published before it. One statement when nothing is published.
    """
    current = _Company(db, company_id)
    snapshots = current.snapshots
    for dimension in sorted({*current.versions, *snapshots}):

        def values(dimension: str = dimension) -> dict[str, Any]:
            moment = now()
            return {
                "payload": summarise(current.members(dimension), k),
                "quarter": quarter(moment.year, moment.month),
            }

        publish(
            db,
            Snapshot,
            {"company_id": company_id, "dimension": dimension},
            snapshots.get(dimension),
            current.versions.get(dimension, {}),
            k,
            values,
        )


def company_view_by_slug(db: Db, slug: str, k: int) -> tuple[int, dict[str, Any]]:
    """What any reader may see of a company: the published dimensions with ≥ k members now.

    One query; the company's id comes with the view. NotFoundError when no company has the slug.
    """
    rows = db.execute(_view_query().where(Company.slug == slug)).all()
    if not rows:
        raise NotFoundError(f"no company {slug!r} on this hub")
    return int(rows[0].id), _view_of(rows, k)


def _view_query() -> Select[Any]:
    """The company with each snapshot and how many members its dimension has now.

    A withdrawal or an erasure that leaves fewer than k members hides the dimension at once,
    even before the next publication: the count is taken from the shares, not the snapshot.
    """
    members_now = (
        select(func.count(distinct(Share.user_id)))
        .join(ShareAnswer, ShareAnswer.share_id == Share.id)
        .where(Share.company_id == Snapshot.company_id, ShareAnswer.dimension == Snapshot.dimension)
        .correlate(Snapshot)
        .scalar_subquery()
    )
    return select(
        Company.id,
        Company.name,
        Company.slug,
        Snapshot.dimension,
        Snapshot.quarter,
        Snapshot.payload,
        members_now.label("members_now"),
    ).outerjoin(Snapshot, Snapshot.company_id == Company.id)


def _view_of(rows: Sequence[Row[Any]], k: int) -> dict[str, Any]:
    first = rows[0]
    dimensions = [
        {"dimension": r.dimension, "published": r.quarter, **r.payload}
        for r in rows
        if r.dimension is not None and int(r.members_now or 0) >= k
    ]
    order = {d.value: i for i, d in enumerate(Dimension)}
    dimensions.sort(key=lambda d: order.get(str(d["dimension"]), 99))
    return {"company": first.name, "slug": first.slug, "k": k, "dimensions": dimensions}
