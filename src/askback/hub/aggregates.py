"""Publishing aggregates so that no difference between two views isolates one member.

A view is (company, dimension). Its published snapshot changes only when at least k members'
contributions differ from the ones it holds (added, changed, withdrawn or erased), so any two
views a reader can compare differ by k members or more, never by one. docs/hub.md explains.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, distinct, func, select
from sqlalchemy.orm import Session as Db

from askback.bank.schema import Dimension
from askback.errors import NotFoundError
from askback.hub.core import now
from askback.hub.models import Company, Share, ShareAnswer, Snapshot
from askback.hub.privacy import Member, quarter, summarise


def pseudonym(user_id: int, company_id: int) -> str:
    """Which member a snapshot holds, without their id: a hash that is new for each company."""
    return hashlib.sha256(f"askback-hub:{user_id}:{company_id}".encode()).hexdigest()[:24]


def _current(db: Db, company_id: int) -> dict[str, dict[str, tuple[int, Member]]]:
    """Per dimension: pseudonym -> (share version, contribution) of every current share."""
    rows = db.execute(
        select(Share.user_id, Share.version, Share.month, Share.year, ShareAnswer)
        .join(ShareAnswer, ShareAnswer.share_id == Share.id)
        .where(Share.company_id == company_id)
    ).all()
    grouped: dict[tuple[str, int], list[Any]] = defaultdict(list)
    meta: dict[int, tuple[int, str]] = {}
    for user_id, version, month, year, answer in rows:
        grouped[(answer.dimension, user_id)].append(answer)
        meta[user_id] = (version, quarter(year, month))
    out: dict[str, dict[str, tuple[int, Member]]] = defaultdict(dict)
    for (dimension, user_id), answers in grouped.items():
        version, when = meta[user_id]
        out[dimension][pseudonym(user_id, company_id)] = (
            version,
            Member(
                ratings=tuple(a.rating for a in answers),
                red_flags=sum(1 for a in answers if a.red_flag),
                questions=tuple(a.question_id for a in answers),
                quarter=when,
            ),
        )
    return out


def _members_per_dimension(db: Db, company_id: int) -> dict[str, dict[str, int]]:
    """Per dimension: pseudonym -> share version, without loading the answers."""
    rows = db.execute(
        select(ShareAnswer.dimension, Share.user_id, Share.version)
        .join(Share, ShareAnswer.share_id == Share.id)
        .where(Share.company_id == company_id)
        .distinct()
    ).all()
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for dimension, user_id, version in rows:
        out[dimension][pseudonym(user_id, company_id)] = version
    return out


def changed_members(published: dict[str, int], current: dict[str, int]) -> int:
    """Members whose contribution differs between a snapshot and now (each counted once)."""
    keys = set(published) | set(current)
    return sum(1 for key in keys if published.get(key) != current.get(key))


def lock_companies(db: Db, *company_ids: int) -> None:
    """Take the companies' row locks, in id order, before changing their shares.

    Publication reads every share of a company: writers of one company queue here, at the
    start, instead of deadlocking later (a new share's foreign key already holds a share lock).
    """
    for company_id in sorted(set(company_ids)):
        db.execute(select(Company.id).where(Company.id == company_id).with_for_update())


def refresh_company(db: Db, company_id: int, k: int) -> None:
    """Publish a new snapshot for every dimension where at least k members changed.

    The caller holds the company's lock (lock_companies) from before it changed shares.
    """
    versions_now = _members_per_dimension(db, company_id)
    current: dict[str, dict[str, tuple[int, Member]]] | None = None  # loaded when publishing
    snapshots = {
        s.dimension: s
        for s in db.scalars(select(Snapshot).where(Snapshot.company_id == company_id))
    }
    for dimension in {*versions_now, *snapshots}:
        versions = versions_now.get(dimension, {})
        snapshot = snapshots.get(dimension)
        published = {k_: int(v) for k_, v in (snapshot.contributors if snapshot else {}).items()}
        if changed_members(published, versions) < k:
            continue
        if len(versions) < k:
            # Too few members now: the old numbers went with members who left; show nothing.
            if snapshot is not None:
                db.delete(snapshot)
            continue
        current = current if current is not None else _current(db, company_id)
        payload = summarise([m for _, m in current.get(dimension, {}).values()], k)
        moment = now()
        stamp = quarter(moment.year, moment.month)
        if snapshot is None:
            db.add(
                Snapshot(
                    company_id=company_id,
                    dimension=dimension,
                    quarter=stamp,
                    payload=payload,
                    contributors=versions,
                )
            )
        else:
            snapshot.payload, snapshot.contributors, snapshot.quarter = payload, versions, stamp


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
