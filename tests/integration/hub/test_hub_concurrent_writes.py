"""Members sharing and withdrawing at the same moment, on PostgreSQL, from many threads.

A writer changes its own rows first and takes its company's lock only to publish
(aggregates.lock_companies). These tests check what that must keep: no deadlock or other
error however the writes interleave, and no publication missed: once the writes stop, every
published view differs from the shares by fewer than k members, because each publication
ran under the lock and saw every write committed before it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from askback.hub import sharing
from askback.hub.aggregates import changed_members, pseudonym
from askback.hub.config import HubConfig
from askback.hub.core import Hub, now
from askback.hub.migrate import upgrade
from askback.hub.models import Company, Share, ShareAnswer, Snapshot, User

pytestmark = pytest.mark.postgres

K = 3
THREADS = 6
MEMBERS_PER_THREAD = 3
ROUNDS = 15
COMPANIES = ("Concurrent Alpha", "Concurrent Beta")
QUESTIONS = ("rml-003", "dei-001", "dat-001")


@pytest.fixture(scope="module")
def hub(pg_module_url: str) -> Iterator[Hub]:
    hub = Hub(HubConfig(database_url=pg_module_url, secret="c" * 40, k=K, db_pool=THREADS + 2))
    upgrade(hub.engine)
    yield hub
    hub.close()


def _members(hub: Hub, n: int) -> list[int]:
    with hub.tx() as db:
        users = [
            User(
                email=f"w{i}@concurrent.example",
                password_hash="not a hash",
                role="member",
                created_at=now(),
                failed_logins=0,
            )
            for i in range(n)
        ]
        db.add_all(users)
        db.flush()
        return [u.id for u in users]


def _share(rng: random.Random, company: str) -> sharing.ShareIn:
    return sharing.ShareIn.model_validate(
        {
            "company": company,
            "month": rng.randint(1, 12),
            "year": 2025,
            "answers": [
                {
                    "question": q,
                    "audience": "peer",
                    "stage": "team",
                    "rating": rng.randint(1, 5),
                    "red_flag": rng.random() < 0.2,
                }
                for q in rng.sample(QUESTIONS, 2)
            ],
        }
    )


def _missed_publications(hub: Hub) -> list[str]:
    """Views whose snapshot differs from the current shares by k members or more."""
    missed = []
    with hub.tx() as db:
        for company_id, slug in db.execute(select(Company.id, Company.slug)):
            current: dict[str, dict[str, int]] = {}
            rows = db.execute(
                select(ShareAnswer.dimension, Share.user_id, Share.version)
                .join(Share, Share.id == ShareAnswer.share_id)
                .where(Share.company_id == company_id)
            )
            for dimension, user_id, version in rows:
                current.setdefault(dimension, {})[pseudonym(user_id, company_id)] = version
            snapshots = {
                s.dimension: {k: int(v) for k, v in s.contributors.items()}
                for s in db.scalars(select(Snapshot).where(Snapshot.company_id == company_id))
            }
            for dimension in {*current, *snapshots}:
                now_ = current.get(dimension, {})
                published = snapshots.get(dimension, {})
                if changed_members(published, now_) >= K and (published or len(now_) >= K):
                    missed.append(f"{slug}/{dimension}")
                if dimension in snapshots:
                    assert len(published) >= K, "a snapshot holds fewer than k members"
    return missed


def test_interleaved_writes_neither_fail_nor_miss_a_publication(hub: Hub) -> None:
    """Rounds of simultaneous writes (one per thread, released together by a barrier); after
    each round no view may lag its shares by k members or more."""
    ids = _members(hub, THREADS * MEMBERS_PER_THREAD)
    rng = random.Random(5)
    for user_id in ids:
        for company in COMPANIES:
            sharing.share(hub, user_id, _share(rng, company))
    assert _missed_publications(hub) == []
    shares: list[dict[tuple[int, str], int]] = [{} for _ in range(THREADS)]
    owns = [random.Random(i) for i in range(THREADS)]

    def write(index: int, start: threading.Barrier, errors: list[BaseException]) -> None:
        mine = ids[index * MEMBERS_PER_THREAD : (index + 1) * MEMBERS_PER_THREAD]
        own, held = owns[index], shares[index]
        user_id, company = own.choice(mine), own.choice(COMPANIES)
        try:
            start.wait(timeout=60)
            if (user_id, company) in held and own.random() < 0.4:
                sharing.withdraw(hub, user_id, held.pop((user_id, company)))
            else:
                row, _ = sharing.share(hub, user_id, _share(own, company))
                held[(user_id, company)] = row.id
        except BaseException as exc:
            errors.append(exc)

    for round_ in range(ROUNDS):
        errors: list[BaseException] = []
        start = threading.Barrier(THREADS)
        threads = [threading.Thread(target=write, args=(i, start, errors)) for i in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not any(t.is_alive() for t in threads), "a writer hangs (a lock never released)"
        assert errors == [], f"round {round_}"
        assert _missed_publications(hub) == [], f"round {round_}"


def test_withdraw_removes_answers_and_text_with_the_share(hub: Hub) -> None:
    from askback.hub.models import FreeText

    (user_id,) = _members_once(hub, "withdrawer@concurrent.example")
    data = _share(random.Random(9), "Concurrent Gamma").model_copy(update={"text": "Fair talks."})
    view, created = sharing.share_with_view(hub, user_id, data)
    assert created and view["text"] is not None
    texted = data.model_copy(update={"text": "Second try, fair again."})
    again, created = sharing.share_with_view(hub, user_id, texted)
    assert not created and again["id"] == view["id"]
    assert again["text"]["body"] == "Second try, fair again."
    assert again["text"]["id"] != view["text"]["id"]
    assert [a["question"] for a in again["answers"]] == [a.question for a in texted.answers]
    again, created = sharing.share_with_view(hub, user_id, data.model_copy(update={"text": None}))
    assert not created and again["id"] == view["id"] and again["text"] is None
    with hub.tx() as db:
        stored = db.scalars(select(ShareAnswer).where(ShareAnswer.share_id == view["id"])).all()
        assert [a.question_id for a in stored] == [a.question for a in data.answers]
        assert db.scalars(select(FreeText).where(FreeText.share_id == view["id"])).all() == []
    with pytest.raises(Exception, match="no share"):
        sharing.withdraw(hub, user_id + 10_000, view["id"])
    sharing.withdraw(hub, user_id, view["id"])
    with hub.tx() as db:
        assert db.scalar(select(Share).where(Share.id == view["id"])) is None
        assert db.scalars(select(ShareAnswer).where(ShareAnswer.share_id == view["id"])).all() == []
        assert db.scalars(select(FreeText).where(FreeText.share_id == view["id"])).all() == []
    with pytest.raises(Exception, match="no share"):
        sharing.withdraw(hub, user_id, view["id"])


def _members_once(hub: Hub, email: str) -> list[int]:
    with hub.tx() as db:
        user = User(
            email=email,
            password_hash="not a hash",
            role="member",
            created_at=now(),
            failed_logins=0,
        )
        db.add(user)
        db.flush()
        return [user.id]


def test_a_vote_is_one_upsert_that_versions_only_a_change(hub: Hub) -> None:
    from askback.hub import usefulness
    from askback.hub.models import UsefulnessVote

    (user_id,) = _members_once(hub, "voter@concurrent.example")

    def vote(useful: int) -> dict[str, object]:
        data = usefulness.VoteIn(question="dei-001", dimension="diversity-inclusion", useful=useful)
        with hub.tx() as db:
            return usefulness.vote(db, hub.bank, user_id, data, K)

    def version() -> int:
        with hub.tx() as db:
            return int(
                db.scalar(select(UsefulnessVote.version).where(UsefulnessVote.user_id == user_id))
                or 0
            )

    first = vote(3)
    assert version() == 1
    assert vote(3) == first  # the same value again: nothing changes, not even the time
    assert version() == 1
    changed = vote(5)
    assert changed["useful"] == 5 and changed["updated_at"] != first["updated_at"]
    assert version() == 2
