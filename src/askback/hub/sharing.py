"""Sharing an experience with a company, withdrawing it, and the companies themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as Db

from askback.bank.schema import Audience, Stage
from askback.errors import InputError, NotFoundError
from askback.hub import names, screen
from askback.hub.core import Hub, aware, now, upsert
from askback.hub.models import Company, CompanyAlias, FreeText, Share, ShareAnswer

MAX_TEXT = 1000
MAX_ANSWERS = 200


class AnswerIn(BaseModel):
    """One bank question asked: of which audience (a role, never a name), at which stage."""

    model_config = ConfigDict(extra="forbid")

    question: Annotated[str, StringConstraints(max_length=40)]
    audience: Audience
    stage: Stage
    rating: int = Field(ge=1, le=5)
    red_flag: bool = False


class ShareIn(BaseModel):
    """An experience with a company, as the local client sends it."""

    model_config = ConfigDict(extra="forbid")

    company: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    month: int = Field(ge=1, le=12)
    year: int = Field(ge=2000, le=2100)
    answers: list[AnswerIn] = Field(min_length=1, max_length=MAX_ANSWERS)
    text: Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_TEXT)] | None = (
        None
    )

    @field_validator("company", "text")
    @classmethod
    def _printable(cls, value: str | None) -> str | None:
        if value is not None and any(ord(c) < 32 and c not in "\n\t" for c in value):
            raise ValueError("holds control characters")
        return value


def company_for(db: Db, name: str, *, create: bool) -> Company:
    """The company a name leads to (through aliases and merges), created when asked to."""
    key = names.normalize(name)
    if not key:
        raise InputError("company: give the company's name")
    found = _known_company(db, key)
    if found is not None or not create:
        if found is None:
            raise NotFoundError(f"no company called {name!r} on this hub")
        return found
    try:
        # Two members may name a new company at once: the second one's insert fails on the
        # unique slug, and it uses the company the first one made.
        with db.begin_nested():
            company = Company(name=names.display_name(name), slug=names.slug(key), created_at=now())
            db.add(company)
            db.flush()
            db.add(CompanyAlias(normalized=key, company_id=company.id))
            db.flush()
            return company
    except IntegrityError:
        found = _known_company(db, key)
        if found is None:
            raise
        return found


def _known_company(db: Db, key: str) -> Company | None:
    aliased = db.scalar(
        select(Company)
        .join(CompanyAlias, CompanyAlias.company_id == Company.id)
        .where(CompanyAlias.normalized == key)
    )
    if aliased is not None:
        return aliased
    existing = db.scalar(select(Company).where(Company.slug == names.slug(key)))
    if existing is not None:
        try:
            with db.begin_nested():
                db.add(CompanyAlias(normalized=key, company_id=existing.id))
                db.flush()
        except IntegrityError:
            pass  # another request recorded the same alias a moment ago
    return existing


def company_by_slug(db: Db, slug: str) -> Company:
    company = db.scalar(select(Company).where(Company.slug == slug))
    if company is None:
        raise NotFoundError(f"no company {slug!r} on this hub")
    return company


def share(hub: Hub, user_id: int, data: ShareIn) -> tuple[Share, bool]:
    """Store the experience, replacing this member's earlier one with the company; (share, new)."""
    rows = _answer_rows(hub, data)
    with hub.tx() as db:
        stored = _store(db, hub, user_id, data, rows)
        return stored.row, stored.created


def share_with_view(hub: Hub, user_id: int, data: ShareIn) -> tuple[dict[str, Any], bool]:
    """As `share`, and the member's view of what was stored, from the same transaction."""
    rows = _answer_rows(hub, data)
    with hub.tx() as db:
        stored = _store(db, hub, user_id, data, rows)
        return _view(stored.row, stored.company, stored.answers, stored.text), stored.created


def _answer_rows(hub: Hub, data: ShareIn) -> list[ShareAnswer]:
    """The answers as rows, each question checked against the shipped bank (no database)."""
    bank = hub.bank
    today = date.today()
    if (data.year, data.month) > (today.year, today.month):
        raise InputError(f"month: {data.year}-{data.month:02d} is in the future")
    rows: list[ShareAnswer] = []
    for i, answer in enumerate(data.answers):
        if answer.question not in bank:
            raise InputError(
                f"answers.{i}.question: {answer.question!r} is not a question of the shipped bank "
                "(use its id, e.g. rml-003)"
            )
        question = bank.get(answer.question)
        rows.append(
            ShareAnswer(
                dimension=question.dimension.value,
                question_id=question.id,
                audience=answer.audience.value,
                stage=answer.stage.value,
                rating=answer.rating,
                red_flag=answer.red_flag,
            )
        )
    return rows


@dataclass(frozen=True)
class _Stored:
    row: Share
    created: bool
    company: Company
    answers: list[ShareAnswer]
    text: FreeText | None


def _store(db: Db, hub: Hub, user_id: int, data: ShareIn, rows: list[ShareAnswer]) -> _Stored:
    """Write the share with core statements, then lock the company and publish.

    The member's own rows are written first, outside the company's lock (other members' writes
    touch other rows); the lock is taken last, so it is held only while publishing: one read
    and the commit, a snapshot write when one is due. Before the lock: the company's lookup
    and, on PostgreSQL, one statement for the share and its answers (_WRITE_SHARE_PG), one more
    for a text; on SQLite three to five.
    """
    from askback.hub.aggregates import lock_companies, refresh_company

    company = company_for(db, data.company, create=True)
    moment = now()
    write = _write_share_pg if db.get_bind().dialect.name == "postgresql" else _write_share
    share_id, version, created_at = write(db, user_id, company.id, data, rows, moment)
    created = version == 1
    for answer_row in rows:
        answer_row.share_id = share_id
    text = _store_text(db, share_id, data.text, moment)
    lock_companies(db, company.id)
    refresh_company(db, company.id, hub.config.k)
    row = Share(
        id=share_id,
        user_id=user_id,
        company_id=company.id,
        month=data.month,
        year=data.year,
        version=version,
        created_at=created_at,
        updated_at=moment,
    )
    return _Stored(row, created, company, rows, text)


# One round trip on PostgreSQL: insert the share or raise its version, drop a replaced share's
# answers and text, insert the new answers. All parts see the rows as they were before the
# statement, so the DELETE removes only the old answers, never the ones inserted beside it.
# (A new text is inserted after, by itself: the unique share_id of hub_texts would clash with
# the old text that is deleted in the same statement.)
_WRITE_SHARE_PG = """
WITH share AS (
    INSERT INTO hub_shares (user_id, company_id, month, year, version, created_at, updated_at)
    VALUES (:user_id, :company_id, :month, :year, 1, :moment, :moment)
    ON CONFLICT (user_id, company_id) DO UPDATE
        SET month = EXCLUDED.month, year = EXCLUDED.year, updated_at = EXCLUDED.updated_at,
            version = hub_shares.version + 1
    RETURNING id, version, created_at
), old_answers AS (
    DELETE FROM hub_share_answers WHERE share_id IN (SELECT id FROM share)
), old_text AS (
    DELETE FROM hub_texts WHERE share_id IN (SELECT id FROM share)
), answers AS (
    INSERT INTO hub_share_answers
        (share_id, dimension, question_id, audience, stage, rating, red_flag)
    SELECT share.id, a.dimension, a.question_id, a.audience, a.stage, a.rating, a.red_flag
    FROM share, unnest(
        CAST(:dimensions AS varchar[]), CAST(:questions AS varchar[]),
        CAST(:audiences AS varchar[]), CAST(:stages AS varchar[]),
        CAST(:ratings AS smallint[]), CAST(:red_flags AS boolean[])
    ) WITH ORDINALITY AS a(dimension, question_id, audience, stage, rating, red_flag, n)
    ORDER BY a.n
)
SELECT id, version, created_at FROM share
"""


def _write_share_pg(
    db: Db, user_id: int, company_id: int, data: ShareIn, rows: list[ShareAnswer], moment: datetime
) -> tuple[int, int, datetime]:
    """The share and its answers in one statement (PostgreSQL): (id, version, created_at)."""
    from sqlalchemy import text

    share_id, version, created_at = db.execute(
        text(_WRITE_SHARE_PG),
        {
            "user_id": user_id,
            "company_id": company_id,
            "month": data.month,
            "year": data.year,
            "moment": moment,
            "dimensions": [r.dimension for r in rows],
            "questions": [r.question_id for r in rows],
            "audiences": [r.audience for r in rows],
            "stages": [r.stage for r in rows],
            "ratings": [r.rating for r in rows],
            "red_flags": [bool(r.red_flag) for r in rows],
        },
    ).one()
    return int(share_id), int(version), created_at


def _write_share(
    db: Db, user_id: int, company_id: int, data: ShareIn, rows: list[ShareAnswer], moment: datetime
) -> tuple[int, int, datetime]:
    """The share and its answers (SQLite; PostgreSQL uses _WRITE_SHARE_PG): (id, version,
    created_at).

    One statement inserts the member's share with the company or replaces it; a replacement
    raises the version, so version 1 means a new share, and drops the old answers and text.
    """
    stmt = upsert(db, Share).values(
        user_id=user_id,
        company_id=company_id,
        month=data.month,
        year=data.year,
        version=1,
        created_at=moment,
        updated_at=moment,
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["user_id", "company_id"],
        set_={
            "month": stmt.excluded.month,
            "year": stmt.excluded.year,
            "updated_at": stmt.excluded.updated_at,
            "version": Share.version + 1,
        },
    ).returning(Share.id, Share.version, Share.created_at)
    share_id, version, created_at = db.execute(stmt).one()
    if version != 1:
        db.execute(delete(ShareAnswer).where(ShareAnswer.share_id == share_id))
        db.execute(delete(FreeText).where(FreeText.share_id == share_id))
    db.execute(insert(ShareAnswer), [_answer_values(share_id, a) for a in rows])
    return int(share_id), int(version), created_at


def _answer_values(share_id: int, row: ShareAnswer) -> dict[str, Any]:
    return {
        "share_id": share_id,
        "dimension": row.dimension,
        "question_id": row.question_id,
        "audience": row.audience,
        "stage": row.stage,
        "rating": row.rating,
        "red_flag": row.red_flag,
    }


def _store_text(db: Db, share_id: int, body: str | None, moment: datetime) -> FreeText | None:
    """The share's optional text, pending review (the share's writer dropped an earlier one)."""
    if not body:
        return None
    reasons = screen.held_reasons(body)
    values: dict[str, Any] = {
        "share_id": share_id,
        "body": body,
        "state": "pending",
        "held_reason": ", ".join(reasons) or None,
        "created_at": moment,
    }
    text_id = db.execute(insert(FreeText).values(**values).returning(FreeText.id)).scalar_one()
    return FreeText(id=text_id, **values)


def withdraw(hub: Hub, user_id: int, share_id: int) -> None:
    """Delete one's share (its answers and text go with it), then lock and publish.

    As cheap as a share: one DELETE ... RETURNING finds, checks and removes the share (the
    foreign keys cascade to its answers, text and reports), then the company's lock is taken
    to publish.
    """
    from askback.hub.aggregates import lock_companies, refresh_company

    with hub.tx() as db:
        company = db.execute(
            delete(Share)
            .where(Share.id == share_id, Share.user_id == user_id)
            .returning(Share.company_id)
        ).scalar_one_or_none()
        if company is None:
            raise NotFoundError(f"no share {share_id} of yours")
        lock_companies(db, company)
        refresh_company(db, company, hub.config.k)


def share_view(db: Db, row: Share) -> dict[str, Any]:
    """A member's own share as they sent it (their own data: nothing is rounded)."""
    return _views(db, [row])[0]


def own_shares(db: Db, user_id: int) -> list[dict[str, Any]]:
    """The member's shares, in three queries however many there are."""
    rows = list(db.scalars(select(Share).where(Share.user_id == user_id).order_by(Share.id)))
    return _views(db, rows)


def _views(db: Db, rows: list[Share]) -> list[dict[str, Any]]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    companies = {
        c.id: c
        for c in db.scalars(select(Company).where(Company.id.in_({r.company_id for r in rows})))
    }
    answers: dict[int, list[ShareAnswer]] = {i: [] for i in ids}
    for answer in db.scalars(
        select(ShareAnswer).where(ShareAnswer.share_id.in_(ids)).order_by(ShareAnswer.id)
    ):
        answers[answer.share_id].append(answer)
    texts = {t.share_id: t for t in db.scalars(select(FreeText).where(FreeText.share_id.in_(ids)))}
    return [_view(r, companies.get(r.company_id), answers[r.id], texts.get(r.id)) for r in rows]


def _view(
    row: Share, company: Company | None, answers: list[ShareAnswer], text: FreeText | None
) -> dict[str, Any]:
    return {
        "id": row.id,
        "company": company.name if company else None,
        "company_slug": company.slug if company else None,
        "month": row.month,
        "year": row.year,
        "updated_at": aware(row.updated_at).isoformat(),
        "answers": [
            {
                "question": a.question_id,
                "dimension": a.dimension,
                "audience": a.audience,
                "stage": a.stage,
                "rating": a.rating,
                "red_flag": a.red_flag,
            }
            for a in answers
        ],
        "text": None
        if text is None
        else {"id": text.id, "body": text.body, "state": text.state, "held": text.held_reason},
    }


def has_shared(db: Db, user_id: int) -> bool:
    return db.scalar(select(Share.id).where(Share.user_id == user_id).limit(1)) is not None


def merge_companies(
    hub: Hub, actor: int, source_slug: str, target_slug: str, reason: str
) -> Company:
    """Fold one company into another: aliases, shares (a member's newer share wins) and views."""
    from askback.hub.accounts import audit
    from askback.hub.aggregates import refresh_company
    from askback.hub.models import Snapshot

    with hub.tx() as db:
        source = company_by_slug(db, source_slug)
        target = company_by_slug(db, target_slug)
        if source.id == target.id:
            raise InputError("into: a company cannot be merged into itself")
        from askback.hub.aggregates import lock_companies

        lock_companies(db, source.id, target.id, deleting=True)
        for moved in db.scalars(select(Share).where(Share.company_id == source.id)).all():
            kept = db.scalar(
                select(Share).where(Share.user_id == moved.user_id, Share.company_id == target.id)
            )
            if kept is not None:
                older, newer = sorted((kept, moved), key=lambda s: aware(s.updated_at))
                db.delete(older)
                db.flush()
                if newer is moved:
                    moved.company_id = target.id
            else:
                moved.company_id = target.id
        db.execute(
            update(CompanyAlias)
            .where(CompanyAlias.company_id == source.id)
            .values(company_id=target.id)
        )
        db.execute(delete(Snapshot).where(Snapshot.company_id == source.id))
        db.flush()
        db.delete(source)
        db.flush()
        db.add(CompanyAlias(normalized=f"slug:{source.slug}", company_id=target.id))
        refresh_company(db, target.id, hub.config.k)
        audit(db, actor, "merge-company", f"company:{source.slug}->{target.slug}", reason)
        return target
