"""Sign-up, login with lockout, sessions, API tokens, password changes, export and erasure."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session as Db

from askback.errors import InputError, NotFoundError
from askback.hub import ratelimit
from askback.hub import secrets as sec
from askback.hub.core import Hub, aware, now
from askback.hub.models import (
    ROLES,
    ApiToken,
    AuditEntry,
    FreeText,
    Invite,
    Report,
    ResetCode,
    Session,
    Share,
    ShareAnswer,
    User,
)

log = logging.getLogger("askback.hub")
RESET_HOURS = 24


class AuthError(InputError):
    """Wrong email or password, or a locked account; the message never says which account exists."""


def normal_email(email: str) -> str:
    """The address as stored: checked for shape (no DNS), domain lowercased, whole casefolded."""
    try:
        info = validate_email(email.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise InputError(f"email: {exc}") from None
    return info.normalized.lower()


def audit(db: Db, actor: int | None, action: str, target: str, reason: str = "") -> None:
    db.add(AuditEntry(at=now(), actor_id=actor, action=action, target=target, reason=reason[:500]))


def create_user(db: Db, email: str, password: str, role: str = "member") -> User:
    if role not in ROLES:
        raise InputError(f"role: {role!r} is not one of {', '.join(ROLES)}")
    address = normal_email(email)
    if db.scalar(select(User.id).where(User.email == address)) is not None:
        raise InputError(f"email: an account for {address} exists already; log in instead")
    user = User(
        email=address,
        password_hash=sec.hash_password(password),
        role=role,
        created_at=now(),
        failed_logins=0,
    )
    db.add(user)
    db.flush()
    return user


def sign_up(hub: Hub, email: str, password: str, invite: str | None, client: str) -> User:
    """A new member; with invite_only, the invite code is used up."""
    cfg = hub.config
    with hub.tx() as db:
        ratelimit.hit(
            db,
            f"signup:{sec.token_hash(client)}",
            cfg.signups_per_window,
            cfg.rate_window_s,
            "sign-ups",
        )
    with hub.tx() as db:
        if cfg.invite_only:
            code = (invite or "").strip()
            row = db.scalar(
                select(Invite).where(
                    Invite.code_hash == sec.token_hash(code), Invite.used_at.is_(None)
                )
            )
            if not code or row is None:
                raise InputError("invite: this hub needs a valid, unused invite code to sign up")
            row.used_at = now()
        user = create_user(db, email, password)
        log.info("signed up member %s", user.id)
        return user


@dataclass(frozen=True)
class LoginResult:
    user_id: int | None
    session_token: str | None
    message: str


def log_in(hub: Hub, email: str, password: str, client: str) -> str:
    """A new session token for a correct email and password; AuthError otherwise."""
    cfg = hub.config
    try:
        address = normal_email(email)
    except InputError:
        address = email.strip().lower()[:320]
    with hub.tx() as db:
        # Keys hold hashes: a counter outlives nothing, but never names anyone either.
        for key in (f"login-ip:{sec.token_hash(client)}", f"login-email:{sec.token_hash(address)}"):
            ratelimit.hit(db, key, cfg.login_attempts_per_window, cfg.rate_window_s, "logins")
    with hub.tx() as db:
        user = db.scalar(select(User).where(User.email == address))
        moment = now()
        locked = (
            user is not None and user.locked_until is not None and aware(user.locked_until) > moment
        )
        good = sec.verify_password(user.password_hash if user else None, password)
        if user is not None and good and not locked:
            user.failed_logins = 0
            user.locked_until = None
            token = sec.new_token(sec.SESSION_PREFIX)
            db.add(
                Session(
                    user_id=user.id,
                    token_hash=sec.token_hash(token),
                    created_at=moment,
                    expires_at=moment + timedelta(days=cfg.session_days),
                )
            )
            log.info("member %s logged in", user.id)
            return token
        if user is not None and not locked:
            user.failed_logins += 1
            if user.failed_logins >= cfg.max_failed_logins:
                user.locked_until = moment + timedelta(minutes=cfg.lockout_minutes)
                user.failed_logins = 0
                log.warning("member %s locked after failed logins", user.id)
    if locked:
        raise AuthError(
            "this account is locked after too many failed logins; try again in "
            f"{cfg.lockout_minutes} minutes or ask an admin to reset the password"
        )
    raise AuthError("wrong email or password")


def log_out(hub: Hub, session_token: str) -> None:
    with hub.tx() as db:
        db.execute(delete(Session).where(Session.token_hash == sec.token_hash(session_token)))


@dataclass(frozen=True)
class Principal:
    """Who is asking: a member, and whether they came with a cookie or an API token."""

    user_id: int
    email: str
    role: str
    via_token: bool

    @property
    def is_moderator(self) -> bool:
        return self.role in ("moderator", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def from_session(db: Db, token: str) -> Principal | None:
    if not token.startswith(sec.SESSION_PREFIX):
        return None
    row = db.execute(
        select(User, Session.expires_at)
        .join(Session, Session.user_id == User.id)
        .where(Session.token_hash == sec.token_hash(token))
    ).first()
    if row is None or aware(row[1]) <= now():
        return None
    user = row[0]
    return Principal(user.id, user.email, user.role, via_token=False)


def from_api_token(db: Db, token: str) -> Principal | None:
    if not token.startswith(sec.API_PREFIX):
        return None
    row = db.execute(
        select(User, ApiToken)
        .join(ApiToken, ApiToken.user_id == User.id)
        .where(ApiToken.token_hash == sec.token_hash(token))
    ).first()
    if row is None:
        return None
    user, api = row
    moment = now()
    if api.last_used_at is None or moment - aware(api.last_used_at) > timedelta(minutes=5):
        api.last_used_at = moment
    return Principal(user.id, user.email, user.role, via_token=True)


def create_api_token(db: Db, user_id: int, name: str) -> tuple[int, str]:
    """A new API token (shown once) and its id."""
    label = name.strip()[:80] or "client"
    token = sec.new_token(sec.API_PREFIX)
    row = ApiToken(user_id=user_id, name=label, token_hash=sec.token_hash(token), created_at=now())
    db.add(row)
    db.flush()
    return row.id, token


def list_api_tokens(db: Db, user_id: int) -> list[dict[str, Any]]:
    rows = db.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id))
    return [
        {
            "id": t.id,
            "name": t.name,
            "created_at": aware(t.created_at).isoformat(),
            "last_used_at": aware(t.last_used_at).isoformat() if t.last_used_at else None,
        }
        for t in rows
    ]


def revoke_api_token(db: Db, user_id: int, token_id: int) -> None:
    row = db.get(ApiToken, token_id)
    if row is None or row.user_id != user_id:
        raise NotFoundError(f"no API token {token_id} of yours")
    db.delete(row)


def change_password(db: Db, user_id: int, current: str, new: str, keep_session: str | None) -> None:
    """A new password; every other session and no API token survives it."""
    user = db.get(User, user_id)
    if user is None or not sec.verify_password(user.password_hash, current):
        raise AuthError("current password: wrong password; nothing was changed")
    user.password_hash = sec.hash_password(new)
    _end_sessions(db, user_id, keep=keep_session)


def _end_sessions(db: Db, user_id: int, keep: str | None = None) -> None:
    query = delete(Session).where(Session.user_id == user_id)
    if keep is not None:
        query = query.where(Session.token_hash != sec.token_hash(keep))
    db.execute(query)


def set_role(db: Db, actor: int | None, user_id: int, role: str) -> None:
    if role not in ROLES:
        raise InputError(f"role: {role!r} is not one of {', '.join(ROLES)}")
    user = db.get(User, user_id)
    if user is None:
        raise NotFoundError(f"no member {user_id}")
    user.role = role
    audit(db, actor, "set-role", f"user:{user_id}", role)


def user_by_email(db: Db, email: str) -> User:
    address = normal_email(email)
    user = db.scalar(select(User).where(User.email == address))
    if user is None:
        raise NotFoundError(f"no account for {address}")
    return user


def issue_reset_code(db: Db, email: str) -> str:
    """A one-time code (24 h) that sets a new password; the admin hands it over in person."""
    user = user_by_email(db, email)
    db.execute(delete(ResetCode).where(ResetCode.user_id == user.id))
    code = sec.new_code()
    db.add(
        ResetCode(
            user_id=user.id,
            code_hash=sec.token_hash(code),
            expires_at=now() + timedelta(hours=RESET_HOURS),
        )
    )
    audit(db, None, "reset-code", f"user:{user.id}")
    return code


def reset_with_code(hub: Hub, email: str, code: str, new: str, client: str) -> None:
    cfg = hub.config
    with hub.tx() as db:
        ratelimit.hit(
            db,
            f"reset:{sec.token_hash(client)}",
            cfg.login_attempts_per_window,
            cfg.rate_window_s,
            "reset attempts",
        )
    with hub.tx() as db:
        row = db.scalar(
            select(ResetCode).where(ResetCode.code_hash == sec.token_hash(code.strip()))
        )
        user = db.get(User, row.user_id) if row is not None else None
        if (
            row is None
            or user is None
            or aware(row.expires_at) <= now()
            or user.email != normal_email(email)
        ):
            raise AuthError("reset code: wrong or expired code; ask an admin for a new one")
        set_password(db, user.id, new)
        db.delete(row)


def set_password(db: Db, user_id: int, new: str) -> None:
    """Set a password (admin reset or code); ends every session and unlocks the account."""
    user = db.get(User, user_id)
    if user is None:
        raise NotFoundError(f"no member {user_id}")
    user.password_hash = sec.hash_password(new)
    user.failed_logins = 0
    user.locked_until = None
    _end_sessions(db, user_id)


def export(db: Db, user_id: int) -> dict[str, Any]:
    """Everything stored about this member, as JSON-ready data (hashes of secrets left out)."""
    from askback.hub.sharing import share_view

    user = db.get(User, user_id)
    if user is None:
        raise NotFoundError(f"no member {user_id}")
    shares = db.scalars(select(Share).where(Share.user_id == user_id).order_by(Share.id)).all()
    reports = db.scalars(select(Report).where(Report.reporter_id == user_id)).all()
    actions = db.scalars(select(AuditEntry).where(AuditEntry.actor_id == user_id)).all()
    sessions = db.scalars(select(Session).where(Session.user_id == user_id)).all()
    return {
        "account": {
            "id": user.id,
            "email": user.email,
            "role": user.role,
            "created_at": aware(user.created_at).isoformat(),
        },
        "sessions": [
            {
                "created_at": aware(s.created_at).isoformat(),
                "expires_at": aware(s.expires_at).isoformat(),
            }
            for s in sessions
        ],
        "api_tokens": list_api_tokens(db, user_id),
        "shares": [share_view(db, s) for s in shares],
        "reports": [
            {"text": r.text_id, "reason": r.reason, "at": aware(r.created_at).isoformat()}
            for r in reports
        ],
        "moderation_actions": [
            {
                "action": a.action,
                "target": a.target,
                "reason": a.reason,
                "at": aware(a.at).isoformat(),
            }
            for a in actions
        ],
        **_contributions(db, user_id),
    }


def _contributions(db: Db, user_id: int) -> dict[str, Any]:
    """Proposals to the bank and usefulness votes, for the export."""
    from askback.hub import contributions, usefulness

    return {
        "proposals": contributions.own_full(db, user_id),
        "usefulness_votes": usefulness.own_votes(db, user_id),
    }


def _erase_contributions(db: Db, user_id: int, k: int) -> None:
    from askback.hub import contributions, usefulness

    contributions.erase(db, user_id)
    usefulness.erase(db, user_id, k)


def delete_account(hub: Hub, user_id: int, password: str) -> None:
    """Erase the member: shares, texts, sessions, tokens go; audit entries and reports keep no name.

    Published aggregates are anonymous numbers: they keep the member's former share until the
    next publication, which the erasure counts toward (docs/hub.md, "Erasure").
    """
    from askback.hub.aggregates import lock_companies, refresh_company

    with hub.tx() as db:
        user = db.get(User, user_id)
        if user is None or not sec.verify_password(user.password_hash, password):
            raise AuthError("password: wrong password; the account was not deleted")
        companies = set(db.scalars(select(Share.company_id).where(Share.user_id == user_id)))
        lock_companies(db, *companies)
        shares = select(Share.id).where(Share.user_id == user_id)
        db.execute(delete(ShareAnswer).where(ShareAnswer.share_id.in_(shares)))
        db.execute(delete(FreeText).where(FreeText.share_id.in_(shares)))
        db.execute(delete(Share).where(Share.user_id == user_id))
        db.execute(update(Report).where(Report.reporter_id == user_id).values(reporter_id=None))
        db.execute(update(AuditEntry).where(AuditEntry.actor_id == user_id).values(actor_id=None))
        db.execute(update(Invite).where(Invite.created_by == user_id).values(created_by=None))
        _erase_contributions(db, user_id, hub.config.k)
        for table in (Session, ApiToken, ResetCode):
            db.execute(delete(table).where(table.user_id == user_id))
        db.delete(user)
        db.flush()
        for company in companies:
            refresh_company(db, company, hub.config.k)
        audit(db, None, "delete-account", "user:erased")


def create_invite(db: Db, actor: int | None) -> str:
    code = sec.new_code()
    db.add(Invite(code_hash=sec.token_hash(code), created_by=actor, created_at=now()))
    audit(db, actor, "create-invite", "invite")
    return code
