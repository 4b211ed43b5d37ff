"""Free text under review: reports, approve/hide/restore with a reason, all in the audit log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as Db

from askback.errors import InputError, NotFoundError
from askback.hub.accounts import audit
from askback.hub.core import aware, now
from askback.hub.models import AuditEntry, Company, FreeText, Report, Share, User

ACTIONS = {"approve": "approved", "hide": "hidden", "restore": "approved"}
MAX_REASON = 500


def _text(db: Db, text_id: int) -> FreeText:
    row = db.get(FreeText, text_id)
    if row is None:
        raise NotFoundError(f"no text {text_id}")
    return row


def visible_texts(db: Db, company_id: int) -> list[dict[str, Any]]:
    """Approved texts of a company, without who wrote them or when beyond the quarter."""
    from askback.hub.privacy import quarter

    rows = db.execute(
        select(FreeText, Share.month, Share.year)
        .join(Share, Share.id == FreeText.share_id)
        .where(Share.company_id == company_id, FreeText.state == "approved")
        .order_by(FreeText.id)
    ).all()
    return [{"id": t.id, "body": t.body, "quarter": quarter(y, m)} for t, m, y in rows]


def report(db: Db, reporter: int, text_id: int, reason: str) -> None:
    row = _text(db, text_id)
    if row.state != "approved":
        raise NotFoundError(f"no text {text_id}")
    words = reason.strip()
    if not words:
        raise InputError("reason: say in a few words what is wrong with the text")
    db.add(
        Report(text_id=row.id, reporter_id=reporter, reason=words[:MAX_REASON], created_at=now())
    )


def act(db: Db, actor: int, text_id: int, action: str, reason: str) -> str:
    """Approve, hide or restore a text; the new state."""
    if action not in ACTIONS:
        raise InputError(f"action: {action!r} is not one of {', '.join(ACTIONS)}")
    words = reason.strip()
    if action != "approve" and not words:
        raise InputError(f"reason: say why you {action} the text (it goes into the audit log)")
    row = _text(db, text_id)
    row.state = ACTIONS[action]
    for open_report in db.scalars(
        select(Report).where(Report.text_id == text_id, Report.resolved.is_(False))
    ):
        open_report.resolved = True
    audit(db, actor, f"text-{action}", f"text:{text_id}", words)
    return row.state


def queue(db: Db) -> list[dict[str, Any]]:
    """Pending texts (held ones first) and approved texts with open reports."""
    reports = dict(
        db.execute(
            select(Report.text_id, func.count())
            .where(Report.resolved.is_(False))
            .group_by(Report.text_id)
        ).all()
    )
    rows = db.execute(
        select(FreeText, Company.name, Company.slug)
        .join(Share, Share.id == FreeText.share_id)
        .join(Company, Company.id == Share.company_id)
        .where(FreeText.state.in_(("pending", "hidden")) | FreeText.id.in_(list(reports) or [-1]))
    ).all()
    items: list[dict[str, Any]] = [
        {
            "id": t.id,
            "company": name,
            "slug": slug,
            "body": t.body,
            "state": t.state,
            "held": t.held_reason,
            "reports": int(reports.get(t.id, 0)),
            "created_at": aware(t.created_at).isoformat(),
        }
        for t, name, slug in rows
    ]
    items.sort(
        key=lambda i: (i["state"] == "hidden", i["held"] is None, -int(i["reports"]), i["id"])
    )
    return items


def audit_log(db: Db, limit: int = 200) -> list[dict[str, Any]]:
    rows = db.execute(
        select(AuditEntry, User.email)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "at": aware(a.at).isoformat(),
            "actor": email,
            "action": a.action,
            "target": a.target,
            "reason": a.reason,
        }
        for a, email in rows
    ]
