"""Usefulness votes: how useful a member found a question, per dimension, shown only over k.

One vote per member, question and dimension; voting again changes it. What readers see is a
published snapshot per (question, dimension) that changes only when at least k voters' votes
differ from the ones it holds, as for company aggregates (aggregates.py), so comparing two
views never isolates one member's vote.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select, text
from sqlalchemy.orm import Session as Db

from askback.bank.schema import Dimension
from askback.errors import InputError
from askback.hub.aggregates import publish
from askback.hub.core import aware, now, upsert
from askback.hub.models import UsefulnessSnapshot, UsefulnessVote
from askback.hub.privacy import ROUND_MEAN, bucket

if TYPE_CHECKING:
    from askback.bank.bank import Bank

# 1 not useful at all · 3 somewhat · 5 very useful: what the answer told about the dimension.
LEVELS = (1, 2, 3, 4, 5)


class VoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=40)
    dimension: Dimension
    useful: int = Field(ge=1, le=5)


def pseudonym(user_id: int, question: str, dimension: str) -> str:
    key = f"askback-hub-vote:{user_id}:{question}:{dimension}"
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def _dimensions_of(db: Db, bank: Bank, question: str) -> list[str]:
    """The dimensions of a shipped or community question; InputError for an unknown one."""
    from askback.hub.contributions import community_dimensions

    if question in bank:
        return [d.value for d in bank.get(question).dimensions]
    if (dimensions := community_dimensions(db, question)) is not None:
        return dimensions
    raise InputError(f"question: no question {question!r} in the bank or the community bank")


def _lock(db: Db, question: str, dimension: str) -> None:
    if db.get_bind().dialect.name == "postgresql":
        digest = hashlib.sha256(f"{question}:{dimension}".encode()).digest()
        key = int.from_bytes(digest[:8], "big", signed=True)
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def vote(db: Db, bank: Bank, user_id: int, data: VoteIn, k: int) -> dict[str, Any]:
    """Record or change a vote, then publish the question's usefulness if k voters changed."""
    dimensions = _dimensions_of(db, bank, data.question)
    dimension = data.dimension.value
    if dimension not in dimensions:
        raise InputError(
            f"dimension: {data.question} belongs to {', '.join(dimensions)}, not {dimension}"
        )
    row = _upsert_vote(db, user_id, data.question, dimension, data.useful)
    # As for shares (sharing._store): the voter's own row first, the view's lock last.
    _lock(db, data.question, dimension)
    refresh(db, data.question, dimension, k)
    return _own(row)


def _upsert_vote(db: Db, user_id: int, question: str, dimension: str, useful: int) -> Any:
    """Insert the vote or change it (a new version only when the value changed); one statement."""
    from sqlalchemy import case

    stmt = upsert(db, UsefulnessVote).values(
        user_id=user_id,
        question_id=question,
        dimension=dimension,
        useful=useful,
        version=1,
        updated_at=now(),
    )
    changed = UsefulnessVote.useful != stmt.excluded.useful
    stmt = stmt.on_conflict_do_update(
        index_elements=["user_id", "question_id", "dimension"],
        set_={
            "useful": stmt.excluded.useful,
            "version": case((changed, UsefulnessVote.version + 1), else_=UsefulnessVote.version),
            "updated_at": case(
                (changed, stmt.excluded.updated_at), else_=UsefulnessVote.updated_at
            ),
        },
    ).returning(
        UsefulnessVote.question_id,
        UsefulnessVote.dimension,
        UsefulnessVote.useful,
        UsefulnessVote.updated_at,
    )
    return db.execute(stmt).one()


def _own(row: Any) -> dict[str, Any]:
    return {
        "question": row.question_id,
        "dimension": row.dimension,
        "useful": row.useful,
        "updated_at": aware(row.updated_at).isoformat(),
    }


def own_votes(db: Db, user_id: int) -> list[dict[str, Any]]:
    rows = db.scalars(
        select(UsefulnessVote)
        .where(UsefulnessVote.user_id == user_id)
        .order_by(UsefulnessVote.question_id, UsefulnessVote.dimension)
    )
    return [_own(r) for r in rows]


def _votes(db: Db, question: str, dimension: str) -> dict[str, tuple[int, int]]:
    """pseudonym -> (version, vote) of every current vote."""
    rows = db.execute(
        select(UsefulnessVote.user_id, UsefulnessVote.version, UsefulnessVote.useful).where(
            UsefulnessVote.question_id == question, UsefulnessVote.dimension == dimension
        )
    ).all()
    return {pseudonym(u, question, dimension): (v, useful) for u, v, useful in rows}


def summarise(votes: list[int], k: int) -> dict[str, Any]:
    """The published numbers: the mean rounded to ROUND_MEAN, the voters as a range."""
    if len(votes) < k:
        raise ValueError("a usefulness aggregate needs at least k voters")
    mean = sum(votes) / len(votes)
    low, high = bucket(len(votes))
    return {
        "mean": round(round(mean / ROUND_MEAN) * ROUND_MEAN, 1),
        "voters": {"low": max(low, k), "high": high},
    }


def refresh(db: Db, question: str, dimension: str, k: int) -> None:
    """Publish anew when at least k voters differ from the snapshot; drop it below k voters.

    The same rule and the same code as a company's aggregates (aggregates.publish).
    """
    contributors = db.scalar(
        select(UsefulnessSnapshot.contributors).where(
            UsefulnessSnapshot.question_id == question, UsefulnessSnapshot.dimension == dimension
        )
    )
    current = _votes(db, question, dimension)
    publish(
        db,
        UsefulnessSnapshot,
        {"question_id": question, "dimension": dimension},
        contributors,
        {voter: version for voter, (version, _) in current.items()},
        k,
        lambda: {"payload": summarise([useful for _, useful in current.values()], k)},
    )


def erase(db: Db, user_id: int, k: int) -> None:
    """A member's votes go; each view they were in counts the erasure toward its next update."""
    rows = db.execute(
        select(UsefulnessVote.question_id, UsefulnessVote.dimension).where(
            UsefulnessVote.user_id == user_id
        )
    ).all()
    for question, dimension in rows:
        _lock(db, question, dimension)
    from sqlalchemy import delete

    db.execute(delete(UsefulnessVote).where(UsefulnessVote.user_id == user_id))
    db.flush()
    for question, dimension in rows:
        refresh(db, question, dimension, k)


def published(db: Db, k: int, question: str | None = None) -> list[dict[str, Any]]:
    """Every published usefulness whose (question, dimension) still has at least k voters."""
    from sqlalchemy import func

    counts = select(
        UsefulnessVote.question_id, UsefulnessVote.dimension, func.count().label("n")
    ).group_by(UsefulnessVote.question_id, UsefulnessVote.dimension)
    if question is not None:
        counts = counts.where(UsefulnessVote.question_id == question)
    now_counts = {(q, d): int(n) for q, d, n in db.execute(counts).all()}
    query = select(UsefulnessSnapshot).order_by(
        UsefulnessSnapshot.question_id, UsefulnessSnapshot.dimension
    )
    if question is not None:
        query = query.where(UsefulnessSnapshot.question_id == question)
    return [
        {"question": s.question_id, "dimension": s.dimension, **s.payload}
        for s in db.scalars(query)
        if now_counts.get((s.question_id, s.dimension), 0) >= k
    ]
