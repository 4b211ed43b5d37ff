"""The authorisation matrix: every route × anonymous, member, other member, moderator, admin ×
their own object and someone else's. The table is checked against the app's route table, so a
new route without an entry fails here.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from askback.hub import accounts, contributions, sharing
from askback.hub.app import create_app
from askback.web.routes import api_routes
from tests.integration.hub.server import PASSWORD, Browser, HubServer, make_user

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ACTORS = ("anonymous", "member", "other", "moderator", "admin")
WHOSE = ("own", "others")
ROLE_OF = {"member": "member", "other": "member", "moderator": "moderator", "admin": "admin"}


@dataclass(frozen=True)
class Call:
    method: str
    url: str
    json: Any = None
    data: dict[str, str] | None = None


@dataclass
class World:
    server: HubServer
    ids: dict[str, int]
    clients: dict[str, Browser]
    text_id: int

    def owner(self, actor: str, whose: str) -> str:
        """Whose object the request names: the actor's own, or another member's."""
        if whose == "own" and actor != "anonymous":
            return actor
        return "other" if actor == "member" else "member"

    def share_of(self, who: str, company: str = "Matrix Labs") -> int:
        row, _ = sharing.share(self.server.hub, self.ids[who], share_in(company))
        return row.id

    def token_of(self, who: str) -> int:
        with self.server.hub.tx() as db:
            return accounts.create_api_token(db, self.ids[who], "matrix")[0]

    def proposal_of(self, who: str) -> int:
        """A fresh pending proposal of a new question by this actor."""
        hub = self.server.hub
        with hub.tx() as db:
            return contributions.propose(
                db, hub.bank, self.ids[who], None, proposal_question(uuid.uuid4().hex[:8])
            ).id

    def two_companies(self) -> tuple[str, str]:
        tag = uuid.uuid4().hex[:8]
        with self.server.hub.tx() as db:
            a = sharing.company_for(db, f"merge-a-{tag}", create=True)
            b = sharing.company_for(db, f"merge-b-{tag}", create=True)
            return a.slug, b.slug


def share_in(company: str, rating: int = 3) -> sharing.ShareIn:
    return sharing.ShareIn.model_validate(
        {
            "company": company,
            "month": 1,
            "year": 2025,
            "answers": [
                {"question": "rml-003", "audience": "peer", "stage": "team", "rating": rating}
            ],
            "text": "The team described its review board in detail.",
        }
    )


def proposal_question(tag: str) -> dict[str, Any]:
    return {
        "text": f"Which review does a model pass before launch ({tag})?",
        "summary": "The review a model passes before launch",
        "dimensions": ["responsible-ml"],
        "audience": ["peer"],
        "stage": ["team"],
        "why": "A named review step shows that risk is weighed.",
        "green_flags": ["A named reviewer"],
        "red_flags": ["No review at all"],
        "rubric": {"1": "None at all.", "3": "Sometimes.", "5": "Always, written."},
    }


SHARE_JSON = {
    "company": "Matrix Labs",
    "month": 2,
    "year": 2025,
    "answers": [{"question": "dei-001", "audience": "hr", "stage": "screen", "rating": 4}],
}
Build = Callable[[World, str, str], Call]


def fixed(method: str, url: str, **kw: Any) -> Build:
    return lambda w, actor, whose: Call(method, url, **kw)


def new_email(_: World, actor: str, whose: str) -> Call:
    return Call(
        "POST",
        "/api/v1/signup",
        json={"email": f"n-{uuid.uuid4().hex[:8]}@example.org", "password": PASSWORD},
    )


# Expected status per rule: anonymous, a member acting on their own object, on another's, a
# moderator, an admin. "page" rules answer an anonymous GET with a redirect to /login.
PUBLIC = {"anonymous": 200, "member": 200, "other": 200, "moderator": 200, "admin": 200}


def member_rule(ok: Any = 200, anonymous: int = 401) -> dict[str, Any]:
    return {"anonymous": anonymous, "member": ok, "other": ok, "moderator": ok, "admin": ok}


def moderator_rule(ok: int = 200, anonymous: int = 401) -> dict[str, int]:
    return {"anonymous": anonymous, "member": 403, "other": 403, "moderator": ok, "admin": ok}


def admin_rule(ok: int = 200, anonymous: int = 401) -> dict[str, int]:
    return {"anonymous": anonymous, "member": 403, "other": 403, "moderator": 403, "admin": ok}


OWNER = "owner"  # own object: ok; someone else's: 404; anonymous: 401


def owner_or_moderator(ok: int = 200, anonymous: int = 401) -> tuple[str, int, int]:
    """The author's own object or any for a moderator: ok; another member's: 404."""
    return ("owner-or-moderator", ok, anonymous)


def proposal_call(method: str, template: str, **kw: Any) -> Build:
    """A call on a fresh proposal of the actor (own) or of another member (others)."""

    def build(w: World, actor: str, whose: str) -> Call:
        url = template.replace("{id}", str(w.proposal_of(w.owner(actor, whose))))
        return Call(method, url, **kw)

    return build


ROUTES: dict[tuple[str, str], tuple[Build, Any]] = {
    ("GET", "/api/v1/csrf"): (fixed("GET", "/api/v1/csrf"), PUBLIC),
    ("POST", "/api/v1/signup"): (new_email, dict.fromkeys(ACTORS, 201)),
    ("POST", "/api/v1/login"): (
        lambda w, a, o: Call(
            "POST", "/api/v1/login", json={"email": w.server.emails["login"], "password": PASSWORD}
        ),
        PUBLIC,
    ),
    ("POST", "/api/v1/logout"): (fixed("POST", "/api/v1/logout"), PUBLIC),
    ("POST", "/api/v1/password-reset"): (
        fixed(
            "POST",
            "/api/v1/password-reset",
            json={"email": "x@example.org", "code": "nope", "new": PASSWORD},
        ),
        dict.fromkeys(ACTORS, 401),
    ),
    ("GET", "/api/v1/me"): (fixed("GET", "/api/v1/me"), member_rule()),
    ("POST", "/api/v1/me/password"): (
        fixed("POST", "/api/v1/me/password", json={"current": "wrong password!", "new": PASSWORD}),
        {
            "anonymous": 401,
            "member": 401,
            "other": 401,
            "moderator": 401,
            "admin": 401,
            "text": "wrong password",
        },
    ),
    ("GET", "/api/v1/me/export"): (fixed("GET", "/api/v1/me/export"), member_rule()),
    ("DELETE", "/api/v1/me"): (
        fixed("DELETE", "/api/v1/me", json={"password": "wrong password!"}),
        {
            "anonymous": 401,
            "member": 401,
            "other": 401,
            "moderator": 401,
            "admin": 401,
            "text": "wrong password",
        },
    ),
    ("GET", "/api/v1/tokens"): (fixed("GET", "/api/v1/tokens"), member_rule()),
    ("POST", "/api/v1/tokens"): (
        fixed("POST", "/api/v1/tokens", json={"name": "cli"}),
        member_rule(201),
    ),
    ("DELETE", "/api/v1/tokens/{token_id}"): (
        lambda w, a, o: Call("DELETE", f"/api/v1/tokens/{w.token_of(w.owner(a, o))}"),
        OWNER,
    ),
    ("GET", "/api/v1/shares"): (fixed("GET", "/api/v1/shares"), member_rule()),
    ("PUT", "/api/v1/shares"): (
        fixed("PUT", "/api/v1/shares", json=SHARE_JSON),
        member_rule((200, 201)),
    ),
    ("DELETE", "/api/v1/shares/{share_id}"): (
        lambda w, a, o: Call("DELETE", f"/api/v1/shares/{w.share_of(w.owner(a, o))}"),
        OWNER,
    ),
    ("GET", "/api/v1/companies/{slug}"): (
        fixed("GET", "/api/v1/companies/matrix-labs"),
        member_rule(),
    ),
    ("POST", "/api/v1/companies/{slug}/merge"): (
        lambda w, a, o: (
            lambda s: Call(
                "POST",
                f"/api/v1/companies/{s[0]}/merge",
                json={"into": s[1], "reason": "same firm"},
            )
        )(w.two_companies()),
        moderator_rule(),
    ),
    ("POST", "/api/v1/texts/{text_id}/report"): (
        lambda w, a, o: Call("POST", f"/api/v1/texts/{w.text_id}/report", json={"reason": "rude"}),
        member_rule(201),
    ),
    ("POST", "/api/v1/texts/{text_id}/{action}"): (
        lambda w, a, o: Call("POST", f"/api/v1/texts/{w.text_id}/approve", json={"reason": "fine"}),
        moderator_rule(),
    ),
    ("GET", "/api/v1/moderation/queue"): (
        fixed("GET", "/api/v1/moderation/queue"),
        moderator_rule(),
    ),
    ("GET", "/api/v1/admin/audit"): (fixed("GET", "/api/v1/admin/audit"), admin_rule()),
    ("POST", "/api/v1/admin/users/{user_id}/role"): (
        lambda w, a, o: Call(
            "POST", f"/api/v1/admin/users/{w.ids['spare']}/role", json={"role": "member"}
        ),
        admin_rule(),
    ),
    ("POST", "/api/v1/admin/invites"): (fixed("POST", "/api/v1/admin/invites"), admin_rule(201)),
    ("GET", "/api/v1/bank/community"): (fixed("GET", "/api/v1/bank/community"), PUBLIC),
    ("POST", "/api/v1/proposals"): (
        lambda w, a, o: Call(
            "POST", "/api/v1/proposals", json={"question": proposal_question(uuid.uuid4().hex)}
        ),
        member_rule(201),
    ),
    ("GET", "/api/v1/proposals"): (fixed("GET", "/api/v1/proposals"), member_rule()),
    ("GET", "/api/v1/proposals/{proposal_id}"): (
        proposal_call("GET", "/api/v1/proposals/{id}"),
        owner_or_moderator(),
    ),
    ("POST", "/api/v1/proposals/{proposal_id}/comments"): (
        proposal_call("POST", "/api/v1/proposals/{id}/comments", json={"body": "Looks fine"}),
        owner_or_moderator(201),
    ),
    ("POST", "/api/v1/proposals/{proposal_id}/{decision}"): (
        proposal_call("POST", "/api/v1/proposals/{id}/accept", json={"reason": "good"}),
        moderator_rule(),
    ),
    ("GET", "/api/v1/moderation/proposals"): (
        fixed("GET", "/api/v1/moderation/proposals"),
        moderator_rule(),
    ),
    ("PUT", "/api/v1/votes"): (
        fixed(
            "PUT",
            "/api/v1/votes",
            json={"question": "rml-003", "dimension": "responsible-ml", "useful": 4},
        ),
        member_rule(),
    ),
    ("GET", "/api/v1/votes"): (fixed("GET", "/api/v1/votes"), member_rule()),
    ("GET", "/api/v1/bank/usefulness"): (fixed("GET", "/api/v1/bank/usefulness"), member_rule()),
    # Pages: an anonymous GET of a members' page is sent to the login page.
    ("GET", "/bank"): (fixed("GET", "/bank"), PUBLIC),
    ("GET", "/bank/community.yaml"): (fixed("GET", "/bank/community.yaml"), PUBLIC),
    ("GET", "/bank/usefulness"): (fixed("GET", "/bank/usefulness"), member_rule(anonymous=303)),
    ("POST", "/bank/usefulness"): (
        fixed(
            "POST",
            "/bank/usefulness",
            data={"question": "rml-003", "dimension": "responsible-ml", "useful": "2"},
        ),
        member_rule(303),
    ),
    ("GET", "/proposals/new"): (
        fixed("GET", "/proposals/new?based_on=rml-003"),
        member_rule(anonymous=303),
    ),
    ("POST", "/proposals"): (
        lambda w, a, o: Call(
            "POST",
            "/proposals",
            data={"question": yaml.safe_dump(proposal_question(uuid.uuid4().hex))},
        ),
        member_rule(303),
    ),
    ("GET", "/proposals"): (fixed("GET", "/proposals"), member_rule(anonymous=303)),
    ("GET", "/proposals/{proposal_id}"): (
        proposal_call("GET", "/proposals/{id}"),
        owner_or_moderator(anonymous=303),
    ),
    ("POST", "/proposals/{proposal_id}/comments"): (
        proposal_call("POST", "/proposals/{id}/comments", data={"body": "Fine"}),
        owner_or_moderator(303),
    ),
    ("POST", "/proposals/{proposal_id}/decision"): (
        proposal_call(
            "POST", "/proposals/{id}/decision", data={"decision": "reject", "reason": "dup"}
        ),
        moderator_rule(303),
    ),
    ("GET", "/moderation/proposals"): (
        fixed("GET", "/moderation/proposals"),
        moderator_rule(anonymous=303),
    ),
    ("GET", "/admin/audit"): (fixed("GET", "/admin/audit"), admin_rule(anonymous=303)),
    ("GET", "/"): (fixed("GET", "/"), PUBLIC),
    ("GET", "/signup"): (fixed("GET", "/signup"), PUBLIC),
    ("POST", "/signup"): (
        lambda w, a, o: Call(
            "POST",
            "/signup",
            data={"email": f"p-{uuid.uuid4().hex[:8]}@example.org", "password": PASSWORD},
        ),
        dict.fromkeys(ACTORS, 303),
    ),
    ("GET", "/login"): (fixed("GET", "/login"), PUBLIC),
    ("POST", "/login"): (
        lambda w, a, o: Call(
            "POST", "/login", data={"email": w.server.emails["login"], "password": PASSWORD}
        ),
        dict.fromkeys(ACTORS, 303),
    ),
    ("POST", "/logout"): (fixed("POST", "/logout"), dict.fromkeys(ACTORS, 303)),
    ("POST", "/language"): (
        fixed("POST", "/language", data={"lang": "de"}),
        dict.fromkeys(ACTORS, 303),
    ),
    ("GET", "/companies/{slug}"): (
        fixed("GET", "/companies/matrix-labs"),
        member_rule(anonymous=303),
    ),
    ("POST", "/texts/{text_id}/report"): (
        lambda w, a, o: Call("POST", f"/texts/{w.text_id}/report", data={"reason": "rude"}),
        member_rule(303),
    ),
    ("GET", "/me"): (fixed("GET", "/me"), member_rule(anonymous=303)),
    ("POST", "/me/password"): (
        fixed("POST", "/me/password", data={"current": "wrong password!", "new": PASSWORD}),
        {
            "anonymous": 401,
            "member": 401,
            "other": 401,
            "moderator": 401,
            "admin": 401,
            "text": "wrong password",
        },
    ),
    ("POST", "/me/tokens"): (fixed("POST", "/me/tokens", data={"name": "laptop"}), member_rule()),
    ("POST", "/me/shares/{share_id}/withdraw"): (
        lambda w, a, o: Call("POST", f"/me/shares/{w.share_of(w.owner(a, o))}/withdraw"),
        "owner-page",
    ),
    ("POST", "/me/delete"): (
        fixed("POST", "/me/delete", data={"password": "wrong password!"}),
        {
            "anonymous": 401,
            "member": 401,
            "other": 401,
            "moderator": 401,
            "admin": 401,
            "text": "wrong password",
        },
    ),
    ("GET", "/moderation"): (fixed("GET", "/moderation"), moderator_rule(anonymous=303)),
    ("POST", "/moderation/{text_id}"): (
        lambda w, a, o: Call("POST", f"/moderation/{w.text_id}", data={"action": "approve"}),
        moderator_rule(303),
    ),
}
# Served by FastAPI or Starlette themselves, not by a hub route.
FRAMEWORK = {("GET", "/api/v1/openapi.json"), ("HEAD", "/api/v1/openapi.json")}


def app_routes() -> set[tuple[str, str]]:
    from askback.hub.config import HubConfig

    app = create_app(HubConfig(database_url="sqlite://", secret="s" * 40))
    found = set()
    for route in api_routes(app.routes):
        for method in route.methods:
            found.add((method, route.path))
    return found


def test_every_route_has_an_entry() -> None:
    routes = app_routes()
    missing = routes - set(ROUTES)
    assert not missing, f"routes without an authorisation entry: {sorted(missing)}"
    stale = set(ROUTES) - routes
    assert not stale, f"entries for routes that no longer exist: {sorted(stale)}"


@pytest.fixture(scope="module")
def world(hub_server: HubServer) -> Iterator[World]:
    ids = {}
    clients = {"anonymous": hub_server.client()}
    for actor, role in {**ROLE_OF, "login": "member", "spare": "member"}.items():
        email = f"{actor}-{uuid.uuid4().hex[:6]}@example.org"
        hub_server.emails[actor] = email
        ids[actor] = make_user(hub_server.hub, email, role)
        if actor in ROLE_OF:
            clients[actor] = hub_server.client().log_in(email)
    text_row, _ = sharing.share(hub_server.hub, ids["spare"], share_in("Text Holder Labs", 2))
    # The company the company routes name exists whatever order the cases run in.
    sharing.share(hub_server.hub, ids["spare"], share_in("Matrix Labs"))
    with hub_server.hub.tx() as db:
        from sqlalchemy import select

        from askback.hub.models import FreeText

        text = db.scalar(select(FreeText).where(FreeText.share_id == text_row.id))
        assert text is not None
        text.state = "approved"
        text_id = text.id
    yield World(hub_server, ids, clients, text_id)
    for client in clients.values():
        client.close()


CASES = [
    pytest.param(route, actor, whose, id=f"{route[0]} {route[1]} {actor} {whose}")
    for route, actor, whose in itertools.product(sorted(ROUTES), ACTORS, WHOSE)
]


def expected(rule: Any, actor: str, whose: str) -> tuple[Any, str | None]:
    if rule == OWNER:
        return (401, None) if actor == "anonymous" else (200 if whose == "own" else 404, None)
    if isinstance(rule, tuple) and rule[0] == "owner-or-moderator":
        _, ok, anonymous = rule
        if actor == "anonymous":
            return anonymous, None
        return (ok if whose == "own" or actor in ("moderator", "admin") else 404), None
    if rule == "owner-page":
        return (401, None) if actor == "anonymous" else (303 if whose == "own" else 404, None)
    text = rule.get("text") if actor != "anonymous" else "log in first"
    return rule[actor], text if rule[actor] == 401 and "text" in rule else None


@pytest.mark.parametrize(("route", "actor", "whose"), CASES)
def test_matrix(world: World, route: tuple[str, str], actor: str, whose: str) -> None:
    build, rule = ROUTES[route]
    call = build(world, actor, whose)
    client = world.clients[actor]
    fresh = route in {
        ("POST", "/api/v1/logout"),
        ("POST", "/api/v1/login"),
        ("POST", "/logout"),
        ("POST", "/login"),
        ("POST", "/signup"),
        ("POST", "/language"),
    }
    if fresh:
        # These change the session itself: use a fresh browser so the actor stays logged in.
        client = world.server.client()
        if actor != "anonymous":
            client.log_in(world.server.emails[actor])
    try:
        response = client.request(call.method, call.url, json=call.json, data=call.data)
    finally:
        if fresh:
            client.close()
    status, text = expected(rule, actor, whose)
    allowed = status if isinstance(status, tuple) else (status,)
    assert response.status_code in allowed, (
        f"{call.method} {call.url} as {actor}: {response.text[:300]}"
    )
    if text is not None:
        assert text in response.text
    if status == 303 and route[0] == "GET":
        assert response.headers["location"] == "/login"
