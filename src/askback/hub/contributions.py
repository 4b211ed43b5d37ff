"""Contributions to the bank: proposals in the bank's own format, their review, the community bank.

A proposal is one question as a mapping, exactly as it would stand in a bank file, without
`id`: the hub numbers accepted questions `community-0001`, ... Proposals are checked with the
bank's own pydantic schema (askback.bank.schema.Question); every error names its field.
Moderators see the diff (for an edit: against the shipped question), comment, accept or
reject; each of these goes to the audit log.
"""

from __future__ import annotations

import difflib
import hashlib
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session as Db

from askback.errors import InputError, NotFoundError
from askback.hub.accounts import Principal, audit
from askback.hub.core import aware, now
from askback.hub.models import Proposal, ProposalComment

if TYPE_CHECKING:
    from askback.bank.bank import Bank
    from askback.bank.schema import Question

FORMAT = 1
COMMUNITY_PREFIX = "community-"
# The id a proposal is validated under: the schema needs one; the hub assigns the real one.
PLACEHOLDER_ID = "my-proposal"
# Filled in by the bank's loader, never written in a question file.
NOT_IN_FILES = ("translations", "source")
MAX_YAML_CHARS = 20_000
MAX_COMMENT = 2000
MAX_NOTE = 1000
DECISIONS = {"accept": "accepted", "reject": "rejected"}
# Serialises numbering of the community bank across workers (PostgreSQL advisory lock).
PG_NUMBER_LOCK = 0x68756242


class ProposalError(InputError):
    """A proposal that does not fit the bank's format; `problems` lists (field, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems))


def community_id(number: int) -> str:
    return f"{COMMUNITY_PREFIX}{number:04d}"


def parse_yaml(source: str) -> Any:
    """One question typed as YAML (the proposal form); anchors and aliases are refused."""
    import yaml

    if len(source) > MAX_YAML_CHARS:
        raise ProposalError([("question", f"at most {MAX_YAML_CHARS} characters")])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # Aliases could expand a short text into a huge document: a question never needs them.
        if any(isinstance(e, yaml.AliasEvent) for e in yaml.parse(source, Loader=loader)):
            raise ProposalError([("question", "YAML aliases (*name) are not allowed here")])
        data = yaml.load(source, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "cannot be read"
        raise ProposalError([("question", f"not valid YAML{where}: {problem}")]) from None
    return data


def bank_format(question: Question) -> dict[str, Any]:
    """A question as it stands in a bank file, without its id and loader-filled fields."""
    return question.model_dump(
        mode="json", by_alias=True, exclude={"id", *NOT_IN_FILES}, exclude_defaults=True
    )


def _message(err: Any) -> str:
    if err["type"] == "missing":
        return "is required but missing"
    if err["type"] == "extra_forbidden":
        return "is not a field of a bank question"
    return str(err["msg"])


def validate(bank: Bank, body: Any, based_on: str | None, known: set[str]) -> Question:
    """The proposed question, checked with the bank's schema and its references resolved.

    `known` holds the community ids that `related` may also name.
    """
    from askback.bank.schema import Question

    if not isinstance(body, dict):
        raise ProposalError([("question", "must be a mapping of the bank's question fields")])
    problems: list[tuple[str, str]] = []
    data = dict(body)
    given_id = data.pop("id", None)
    if given_id is not None and given_id != based_on:
        problems.append(
            ("question.id", "leave it out: the hub numbers accepted questions (community-NNNN)")
        )
    for name in NOT_IN_FILES:
        if name in data:
            problems.append((f"question.{name}", "is not written in a bank question"))
            data.pop(name)
    try:
        question = Question.model_validate({**data, "id": PLACEHOLDER_ID})
    except ValidationError as exc:
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        for err in errors[:8]:
            field = ".".join(str(p) for p in err["loc"])
            problems.append((f"question.{field}" if field else "question", _message(err)))
        raise ProposalError(problems) from None
    for index, ref in enumerate(question.related):
        if ref not in bank and ref not in known:
            problems.append((f"question.related.{index}", f"no question {ref!r} in the bank"))
    if question.facts:
        from askback.bank.facts import load_facts

        facts = set(load_facts())
        for index, fact in enumerate(question.facts):
            if fact not in facts:
                problems.append((f"question.facts.{index}", f"no fact {fact!r} in facts.yaml"))
    if problems:
        raise ProposalError(problems)
    return question


def shipped(bank: Bank, based_on: str) -> Question:
    """The shipped question an edit is based on."""
    if based_on not in bank or bank.get(based_on).source != "bank":
        raise ProposalError([("based_on", f"no shipped question {based_on!r} in the bank")])
    return bank.get(based_on)


def _known_community(db: Db) -> set[str]:
    numbers = db.scalars(
        select(Proposal.community_number).where(Proposal.community_number.is_not(None))
    )
    return {community_id(n) for n in numbers if n is not None}


def propose(
    db: Db, bank: Bank, author: int, based_on: str | None, body: Any, note: str = ""
) -> Proposal:
    """Store a new proposal, pending review; ProposalError names each field that is wrong."""
    base = None
    if based_on is not None:
        base = shipped(bank, based_on)
        based_on = base.id
    question = validate(bank, body, based_on, _known_community(db))
    stored = bank_format(question)
    import json

    if len(json.dumps(stored, ensure_ascii=False)) > MAX_YAML_CHARS:
        raise ProposalError([("question", f"at most {MAX_YAML_CHARS} characters in all")])
    if base is not None and stored == bank_format(base):
        raise ProposalError([("question", f"the edit changes nothing in {based_on}")])
    row = Proposal(
        author_id=author,
        based_on=based_on,
        question=stored,
        note=note.strip()[:MAX_NOTE],
        state="pending",
        created_at=now(),
    )
    db.add(row)
    db.flush()
    return row


def to_yaml(data: dict[str, Any]) -> str:
    import yaml

    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))


def diff(bank: Bank, row: Proposal) -> str:
    """A unified diff: an edit against the shipped question, a new question against nothing."""
    before = ""
    label = "(new question)"
    if row.based_on is not None and row.based_on in bank:
        before = to_yaml(bank_format(bank.get(row.based_on)))
        label = f"{row.based_on} (shipped)"
    after = to_yaml(row.question)
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=label,
            tofile=f"proposal {row.id}",
        )
    )


def _proposal(db: Db, proposal_id: int) -> Proposal:
    row = db.get(Proposal, proposal_id)
    if row is None:
        raise NotFoundError(f"no proposal {proposal_id}")
    return row


def visible(db: Db, who: Principal, proposal_id: int) -> Proposal:
    """A proposal its author or a moderator may see; anyone else is told it does not exist."""
    row = _proposal(db, proposal_id)
    if row.author_id != who.user_id and not who.is_moderator:
        raise NotFoundError(f"no proposal {proposal_id}")
    return row


def summary(row: Proposal) -> dict[str, Any]:
    question = row.question
    return {
        "id": row.id,
        "state": row.state,
        "based_on": row.based_on,
        "text": str(question.get("text", "")),
        "dimensions": list(question.get("dimensions", [])),
        "community_id": (
            community_id(row.community_number) if row.community_number is not None else None
        ),
        "created_at": aware(row.created_at).isoformat(),
        "decided_at": aware(row.decided_at).isoformat() if row.decided_at else None,
    }


def view(db: Db, bank: Bank, row: Proposal) -> dict[str, Any]:
    """A proposal with its question, diff and comments (whose: author or moderator, no names)."""
    comments = db.scalars(
        select(ProposalComment)
        .where(ProposalComment.proposal_id == row.id)
        .order_by(ProposalComment.id)
    ).all()
    return {
        **summary(row),
        "note": row.note,
        "question": row.question,
        "diff": diff(bank, row),
        "comments": [
            {
                "by": "author"
                if c.author_id is not None and c.author_id == row.author_id
                else "moderator",
                "body": c.body,
                "at": aware(c.created_at).isoformat(),
            }
            for c in comments
        ],
    }


def own(db: Db, user_id: int) -> list[dict[str, Any]]:
    rows = db.scalars(
        select(Proposal).where(Proposal.author_id == user_id).order_by(Proposal.id.desc())
    )
    return [summary(r) for r in rows]


def own_full(db: Db, user_id: int) -> list[dict[str, Any]]:
    """A member's proposals with their questions, notes and comments (the data export)."""
    rows = db.scalars(
        select(Proposal).where(Proposal.author_id == user_id).order_by(Proposal.id)
    ).all()
    comments: dict[int, list[str]] = {row.id: [] for row in rows}
    for proposal_id, body in db.execute(
        select(ProposalComment.proposal_id, ProposalComment.body)
        .where(ProposalComment.proposal_id.in_(list(comments)))
        .order_by(ProposalComment.id)
    ):
        comments[proposal_id].append(body)
    return [
        {**summary(row), "note": row.note, "question": row.question, "comments": comments[row.id]}
        for row in rows
    ]


def queue(db: Db) -> list[dict[str, Any]]:
    """Pending proposals, oldest first."""
    rows = db.scalars(select(Proposal).where(Proposal.state == "pending").order_by(Proposal.id))
    return [summary(r) for r in rows]


def comment(db: Db, who: Principal, proposal_id: int, body: str) -> None:
    """The author or a moderator comments; a moderator's comment goes to the audit log."""
    row = visible(db, who, proposal_id)
    words = body.strip()
    if not words:
        raise InputError("comment: write a few words")
    if len(words) > MAX_COMMENT:
        raise InputError(f"comment: at most {MAX_COMMENT} characters")
    db.add(ProposalComment(proposal_id=row.id, author_id=who.user_id, body=words, created_at=now()))
    if who.is_moderator and row.author_id != who.user_id:
        audit(db, who.user_id, "proposal-comment", f"proposal:{row.id}", words)


def _lock_numbers(db: Db) -> None:
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_NUMBER_LOCK})


def decide(db: Db, actor: int, proposal_id: int, decision: str, reason: str) -> Proposal:
    """Accept or reject a pending proposal; a rejection says why (it goes to the audit log)."""
    if decision not in DECISIONS:
        raise InputError(f"decision: {decision!r} is not one of {', '.join(DECISIONS)}")
    words = reason.strip()
    if decision == "reject" and not words:
        raise InputError("reason: say why the proposal is rejected (its author reads it)")
    _lock_numbers(db)
    row = db.execute(
        select(Proposal).where(Proposal.id == proposal_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        raise NotFoundError(f"no proposal {proposal_id}")
    if row.state != "pending":
        raise InputError(f"proposal {proposal_id} is already {row.state}")
    if decision == "accept":
        number = None
        if row.based_on is not None:
            earlier = db.scalar(
                select(Proposal).where(
                    Proposal.based_on == row.based_on, Proposal.state == "accepted"
                )
            )
            if earlier is not None:
                number, earlier.community_number = earlier.community_number, None
                earlier.state = "superseded"
                db.flush()
        if number is None:
            number = int(db.scalar(select(func.max(Proposal.community_number))) or 0) + 1
        row.community_number = number
    row.state = DECISIONS[decision]
    row.decided_at = now()
    if words:
        db.add(ProposalComment(proposal_id=row.id, author_id=actor, body=words, created_at=now()))
    audit(db, actor, f"proposal-{decision}", f"proposal:{row.id}", words)
    return row


def community_questions(db: Db) -> list[dict[str, Any]]:
    """Every accepted question in the bank's format, with its id, origin and base."""
    from askback.bank.schema import Question

    rows = db.scalars(
        select(Proposal)
        .where(Proposal.state == "accepted", Proposal.community_number.is_not(None))
        .order_by(Proposal.community_number)
    )
    out = []
    for row in rows:
        assert row.community_number is not None
        question = Question.model_validate({**row.question, "id": PLACEHOLDER_ID})
        record = question.model_dump(mode="json", by_alias=True, exclude=set(NOT_IN_FILES))
        record["id"] = community_id(row.community_number)
        record["origin"] = "community"
        record["based_on"] = row.based_on
        out.append(record)
    return out


def community_dimensions(db: Db, question_id: str) -> list[str] | None:
    """The dimensions of one community question by its id; None when there is no such question.

    One row is read, not the whole community bank: a vote names one question.
    """
    number = question_id.removeprefix(COMMUNITY_PREFIX)
    if number == question_id or not number.isdigit():
        return None
    found = db.scalar(
        select(Proposal.question).where(
            Proposal.state == "accepted", Proposal.community_number == int(number)
        )
    )
    return None if found is None else [str(d) for d in found.get("dimensions", [])]


def community_bank(db: Db) -> dict[str, Any]:
    """The community bank as clients pull it (GET /api/v1/bank/community)."""
    return {
        "format": FORMAT,
        "generated_at": now().isoformat(),
        "questions": community_questions(db),
    }


def erase(db: Db, user_id: int) -> None:
    """An account goes: its comments and pending proposals go; decided ones stay, anonymous."""
    from sqlalchemy import delete, update

    db.execute(delete(Proposal).where(Proposal.author_id == user_id, Proposal.state == "pending"))
    db.execute(update(Proposal).where(Proposal.author_id == user_id).values(author_id=None))
    db.execute(delete(ProposalComment).where(ProposalComment.author_id == user_id))


def etag(payload: dict[str, Any]) -> str:
    """A strong validator of the questions (the time of generation left out)."""
    import json

    body = json.dumps(payload["questions"], sort_keys=True, ensure_ascii=False)
    return '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
