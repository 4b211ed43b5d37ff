"""Accounts on PostgreSQL over HTTP: secrets, CSRF, lockout, rate limits, export and erasure."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from askback.hub import accounts, sharing
from askback.hub.models import AuditEntry, HubBase, Share, User
from askback.web.security import CONTENT_SECURITY_POLICY
from tests.integration.hub.server import PASSWORD, HubServer, make_user, running_hub

pytestmark = pytest.mark.postgres


def email() -> str:
    return f"m-{uuid.uuid4().hex[:8]}@example.org"


def all_stored_text(server: HubServer) -> str:
    """Every value of every hub table, as one string."""
    out = []
    with server.hub.engine.connect() as conn:
        for table in HubBase.metadata.sorted_tables:
            for row in conn.execute(text(f'SELECT * FROM "{table.name}"')):
                out.append(" ".join(str(v) for v in row))
    return "\n".join(out)


def test_secrets_never_logged_nor_stored(
    hub_server: HubServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # statements and parameters
    address, password, new_password = email(), "first secret passphrase 1", "second secret phrase 2"
    browser = hub_server.client()
    assert (
        browser.post("/api/v1/signup", json={"email": address, "password": password}).status_code
        == 201
    )
    assert (
        browser.post(
            "/api/v1/login", json={"email": address, "password": "wrong guess here"}
        ).status_code
        == 401
    )
    browser.log_in(address, password)
    session = browser.http.cookies["askback_hub_session"]
    token = browser.post("/api/v1/tokens", json={"name": "laptop"}).json()["token"]
    assert (
        browser.get("/api/v1/me", headers={"authorization": f"Bearer {token}"}).status_code == 200
    )
    with hub_server.hub.tx() as db:
        code = accounts.issue_reset_code(db, address)
    reset = browser.post(
        "/api/v1/password-reset", json={"email": address, "code": code, "new": new_password}
    )
    assert reset.status_code == 200, reset.text
    browser.log_in(address, new_password)
    browser.close()
    secrets = {
        "password": password,
        "new password": new_password,
        "session": session,
        "api token": token,
        "reset code": code,
    }
    # The server's records only (httpx and httpcore log this test's own requests).
    logged = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))
    )
    assert "SELECT" in logged  # SQLAlchemy logged its statements and parameters too
    stored = all_stored_text(hub_server)
    assert "logged in" in logged  # the log did capture the hub's messages
    for name, value in secrets.items():
        assert value not in logged, f"the {name} appears in the log"
        assert value not in stored, f"the {name} is stored in plaintext"
    with hub_server.hub.tx() as db:
        user = db.scalar(select(User).where(User.email == address))
        assert user is not None and user.password_hash.startswith("$argon2id$")


def test_csrf_refusals(hub_server: HubServer) -> None:
    address = email()
    make_user(hub_server.hub, address)
    browser = hub_server.client().log_in(address)
    http = browser.http
    form = {"name": "no token"}
    assert http.post("/me/tokens", data=form).status_code == 403
    assert http.post("/me/tokens", data={**form, "csrf_token": "forged"}).status_code == 403
    assert http.post("/api/v1/tokens", json=form).status_code == 403
    assert http.put("/api/v1/shares", json={}).status_code == 403
    good = {"x-csrf-token": browser.csrf()}
    cross = http.post("/me/tokens", data=form, headers={**good, "origin": "https://evil.example"})
    assert cross.status_code == 403
    assert http.post("/me/tokens", data={**form, "csrf_token": browser.csrf()}).status_code == 200
    # A bearer token is no ambient credential: no CSRF token needed, and cookies are ignored.
    token = browser.post("/api/v1/tokens", json={"name": "cli"}).json()["token"]
    fresh = hub_server.client().http
    assert (
        fresh.post(
            "/api/v1/tokens", json=form, headers={"authorization": f"Bearer {token}"}
        ).status_code
        == 201
    )
    assert (
        fresh.get("/api/v1/me", headers={"authorization": "Bearer abh_revoked"}).status_code == 401
    )
    fresh.close()
    browser.close()


def test_lockout_after_failed_logins(pg_url: str) -> None:
    with running_hub(pg_url, max_failed_logins=3, lockout_minutes=15) as server:
        victim, bystander = email(), email()
        make_user(server.hub, victim)
        make_user(server.hub, bystander)
        browser = server.client()
        for _ in range(3):
            wrong = browser.post(
                "/api/v1/login", json={"email": victim, "password": "not the one!"}
            )
            assert wrong.status_code == 401
            assert "wrong email or password" in wrong.text
        locked = browser.post("/api/v1/login", json={"email": victim, "password": PASSWORD})
        assert locked.status_code == 401 and "locked" in locked.text
        browser.log_in(bystander)  # another account is not affected
        # An unknown address answers as a wrong password does: it reveals no account.
        unknown = browser.post("/api/v1/login", json={"email": email(), "password": PASSWORD})
        assert unknown.status_code == 401 and "wrong email or password" in unknown.text
        browser.close()


def test_login_rate_limit_per_client(pg_url: str) -> None:
    with running_hub(pg_url, login_attempts_per_window=4) as server:
        browser = server.client()
        statuses = [
            browser.post(
                "/api/v1/login", json={"email": email(), "password": "whatever it is"}
            ).status_code
            for _ in range(6)
        ]
        assert statuses[:4] == [401] * 4
        assert statuses[4:] == [429, 429]
        limited = browser.post("/api/v1/login", json={"email": email(), "password": "x" * 12})
        assert int(limited.headers["retry-after"]) > 0
        browser.close()


def test_security_headers_everywhere(hub_server: HubServer) -> None:
    browser = hub_server.client()
    for url in (
        "/",
        "/login",
        "/api/v1/csrf",
        "/api/v1/openapi.json",
        "/static/app.css",
        "/nowhere",
        "/me",
    ):
        response = browser.get(url)
        assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, url
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
    browser.close()
    first = hub_server.client()
    cookie = first.get("/login").headers.get("set-cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    first.close()


def test_session_cookie_flags(pg_url: str) -> None:
    with running_hub(pg_url, secure_cookies=True) as server:
        address = email()
        make_user(server.hub, address)
        browser = server.client()
        # A Secure cookie is not sent back over plain HTTP: send the CSRF cookie by hand.
        first = browser.http.get("/api/v1/csrf")
        csrf_cookie = first.headers["set-cookie"].split(";")[0]
        assert "Secure" in first.headers["set-cookie"]
        response = browser.http.post(
            "/api/v1/login",
            json={"email": address, "password": PASSWORD},
            headers={"cookie": csrf_cookie, "x-csrf-token": first.json()["token"]},
        )
        assert response.status_code == 200, response.text
        cookie = response.headers["set-cookie"]
        assert "askback_hub_session=hs_" in cookie
        for flag in ("HttpOnly", "Secure", "SameSite=Lax"):
            assert flag in cookie
        browser.close()


def test_export_and_erasure(hub_server: HubServer) -> None:
    address = email()
    user_id = make_user(hub_server.hub, address, role="moderator")
    browser = hub_server.client().log_in(address)
    shared = browser.put(
        "/api/v1/shares",
        json={
            "company": "Erasure Analytics GmbH",
            "month": 6,
            "year": 2025,
            "answers": [{"question": "rml-003", "audience": "peer", "stage": "team", "rating": 2}],
            "text": "They showed the review checklist.",
        },
    )
    assert shared.status_code == 201, shared.text
    text_id = shared.json()["text"]["id"]
    assert browser.post(f"/api/v1/texts/{text_id}/approve", json={"reason": ""}).status_code == 200
    exported = browser.get("/api/v1/me/export").json()
    assert exported["account"]["email"] == address
    assert exported["shares"][0]["answers"][0]["question"] == "rml-003"
    assert exported["moderation_actions"][0]["action"] == "text-approve"
    assert "password_hash" not in str(exported)
    refused = browser.delete("/api/v1/me", json={"password": "not my password"})
    assert refused.status_code == 401
    assert browser.delete("/api/v1/me", json={"password": PASSWORD}).status_code == 200
    assert browser.get("/api/v1/me").status_code == 401
    with hub_server.hub.tx() as db:
        assert db.get(User, user_id) is None
        assert db.scalar(select(Share).where(Share.user_id == user_id)) is None
        kept = db.scalar(
            select(AuditEntry).where(
                AuditEntry.action == "text-approve", AuditEntry.target == f"text:{text_id}"
            )
        )
        assert kept is not None and kept.actor_id is None
    assert address not in all_stored_text(hub_server)
    browser.close()


@pytest.fixture
def give_to_get(pg_url: str) -> Iterator[HubServer]:
    with running_hub(pg_url, give_to_get=True, invite_only=True) as server:
        yield server


def test_invites_and_give_to_get(give_to_get: HubServer) -> None:
    server = give_to_get
    browser = server.client()
    address = email()
    refused = browser.post("/api/v1/signup", json={"email": address, "password": PASSWORD})
    assert refused.status_code == 400 and "invite" in refused.text
    with server.hub.tx() as db:
        code = accounts.create_invite(db, None)
    ok = browser.post(
        "/api/v1/signup", json={"email": address, "password": PASSWORD, "invite": code}
    )
    assert ok.status_code == 201
    again = browser.post(
        "/api/v1/signup", json={"email": email(), "password": PASSWORD, "invite": code}
    )
    assert again.status_code == 400  # an invite works once
    browser.log_in(address)
    with server.hub.tx() as db:
        sharing.company_for(db, "Give Get Labs", create=True)
    assert browser.get("/api/v1/companies/give-get-labs").status_code == 403
    share = {
        "company": "Give Get Labs",
        "month": 1,
        "year": 2025,
        "answers": [{"question": "dei-001", "audience": "hr", "stage": "screen", "rating": 3}],
    }
    assert browser.put("/api/v1/shares", json=share).status_code == 201
    assert browser.get("/api/v1/companies/give-get-labs").status_code == 200
    browser.close()


def test_pages_in_english_and_german(hub_server: HubServer) -> None:
    browser = hub_server.client()
    assert "<h1>Log in</h1>" in browser.get("/login").text
    switched = browser.post("/language", data={"lang": "de"}, headers={"referer": "/login"})
    assert switched.status_code == 303
    page = browser.get("/login").text
    assert '<html lang="de">' in page and "<h1>Anmelden</h1>" in page and "Passwort" in page
    browser.close()
