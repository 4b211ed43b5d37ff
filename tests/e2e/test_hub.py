"""The hub in a real Chromium on PostgreSQL, with axe-core on every page it visits.

One hub server (k = 3) for the module; a fresh browser context per person. Covers sign-up,
sharing through the API, the company page once k members shared, moderation of free text,
and a bank proposal from the form through review into the community bank.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import CHROMIUM, _need_chromium
from tests.integration.hub.server import PASSWORD, HubServer, make_user, running_hub

pytestmark = [pytest.mark.e2e, pytest.mark.postgres, pytest.mark.slow]
COMPANY = "Lindenfels Analytics GmbH"


@pytest.fixture(scope="module")
def hub(pg_database: str) -> Iterator[HubServer]:
    _need_chromium()
    import psycopg

    schema = f"hub_e2e_{uuid.uuid4().hex[:10]}"
    plain = pg_database.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    with running_hub(f"{pg_database}?options=-csearch_path%3D{schema}") as server:
        yield server
    with psycopg.connect(plain, autocommit=True) as conn, contextlib.suppress(psycopg.Error):
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(scope="module")
def people(hub: HubServer) -> dict[str, str]:
    emails = {}
    for who, role in (("moderator", "moderator"), ("admin", "admin"), ("author", "member")):
        emails[who] = f"{who}-{uuid.uuid4().hex[:6]}@example.org"
        make_user(hub.hub, emails[who], role)
    return emails


class Person:
    """One browser context: its own cookies; console errors and CSP reports fail the test."""

    def __init__(self, browser: Any, hub: HubServer) -> None:
        size = {"width": 1280, "height": 900}
        self.context = browser.new_context(base_url=hub.url, viewport=size)
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on(
            "console", lambda m: self.problems.append(m.text) if m.type == "error" else None
        )
        self.page.on("pageerror", lambda exc: self.problems.append(str(exc)))

    def log_in(self, email: str) -> Person:
        self.page.goto("/login")
        self.page.get_by_label("Email").fill(email)
        self.page.get_by_label("Password").fill(PASSWORD)
        self.page.locator("main form button[type=submit]").click()
        self.page.wait_for_url("**/me")
        return self

    def visit(self, path: str) -> Any:
        self.page.goto(path)
        assert_accessible(self.page, path)
        return self.page

    def close(self) -> None:
        self.context.close()
        assert not self.problems, f"browser errors: {self.problems}"


@pytest.fixture()
def person(browser: Any, hub: HubServer) -> Iterator[Any]:
    opened: list[Person] = []

    def open_one() -> Person:
        opened.append(Person(browser, hub))
        return opened[-1]

    yield open_one
    for one in opened:
        one.close()


def assert_accessible(page: Any, where: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} {[n['target'] for n in v['nodes'][:3]]}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not violations, f"{where}: {violations}"


def share(hub: HubServer, email: str, rating: int, text: str | None = None) -> str:
    client = hub.client().log_in(email)
    body = {
        "company": COMPANY,
        "month": 5,
        "year": 2025,
        "answers": [
            {"question": "rml-003", "audience": "peer", "stage": "team", "rating": rating},
            {"question": "dei-001", "audience": "hr", "stage": "screen", "rating": rating},
        ],
        "text": text,
    }
    response = client.put("/api/v1/shares", json=body)
    client.close()
    assert response.status_code in (200, 201), response.text
    return str(response.json()["company_slug"])


def test_sign_up_in_the_browser(person: Any) -> None:
    assert CHROMIUM.exists()
    me = person()
    page = me.visit("/signup")
    page.get_by_label("Email").fill(f"new-{uuid.uuid4().hex[:6]}@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/me")
    assert_accessible(page, "/me")
    assert page.get_by_role("heading", name="My contributions").is_visible()


def test_company_page_shows_after_k_shares_and_moderation(
    person: Any, hub: HubServer, people: dict[str, str]
) -> None:
    members = [f"sharer-{i}-{uuid.uuid4().hex[:6]}@example.org" for i in range(3)]
    for email in members:
        make_user(hub.hub, email)
    slug = share(hub, members[0], 2, "The team showed us its model review checklist.")
    share(hub, members[1], 3)
    reader = person().log_in(members[0])
    page = reader.visit(f"/companies/{slug}")
    assert page.get_by_text("at least 3 are needed").is_visible()
    share(hub, members[2], 4)
    page = reader.visit(f"/companies/{slug}")
    table = page.locator("table")
    assert table.locator("tr[data-dimension=responsible-ml]").is_visible()
    assert page.locator("figure.chart svg").count() == 1
    assert page.get_by_text("model review checklist").count() == 0  # not approved yet

    mod = person().log_in(people["moderator"])
    queue = mod.visit("/moderation")
    card = queue.locator("article", has_text="model review checklist")
    card.get_by_label("Reason").fill("no names, fine")
    card.get_by_role("button", name="Approve").click()
    queue.wait_for_url("**/moderation")
    assert queue.locator("article", has_text="model review checklist").count() == 0
    page = reader.visit(f"/companies/{slug}")
    assert page.get_by_text("model review checklist").is_visible()


def test_a_proposal_from_the_form_through_review_into_the_bank(
    person: Any, people: dict[str, str]
) -> None:
    author = person().log_in(people["author"])
    form = author.visit("/proposals/new?based_on=rml-003")
    source = form.get_by_label("Question (YAML)").input_value()
    assert source.startswith("text:")
    form.get_by_label("Question (YAML)").fill(source.replace("stage:", "stages:", 1))
    form.get_by_role("button", name="Submit for review").click()
    alert = form.get_by_role("alert")
    assert "question.stages" in alert.inner_text() and "question.stage" in alert.inner_text()
    assert_accessible(form, "the form with errors")
    author.problems.clear()  # the browser logs the form's expected 400
    edited = source.replace("summary: ", "summary: Reworded, ", 1)
    form.get_by_label("Question (YAML)").fill(edited)
    form.get_by_label("Note for the moderators (optional)").fill("clearer summary")
    form.get_by_role("button", name="Submit for review").click()
    form.wait_for_url("**/proposals/*")
    assert_accessible(form, "the proposal")
    assert "+summary: Reworded," in form.locator("#diff ins").inner_text()
    proposal_url = form.url

    mod = person().log_in(people["moderator"])
    review = mod.visit("/moderation/proposals")
    review.locator("table a", has_text="#").last.click()
    review.wait_for_url(proposal_url)
    assert_accessible(review, "the proposal, as a moderator")
    review.get_by_label("Your comment").fill("Good rewording.")
    review.get_by_role("button", name="Comment").click()
    assert review.get_by_text("Good rewording.").is_visible()
    review.get_by_role("button", name="Accept").click()
    review.wait_for_url("**/moderation/proposals")

    bank = author.visit("/bank")
    row = bank.locator("tbody tr", has_text="rml-003")
    assert row.locator("code").first.inner_text().startswith("community-")
    assert bank.get_by_role("link", name="Download the community bank (YAML)").is_visible()
    mine = author.visit("/proposals")
    assert mine.get_by_text("accepted").is_visible()
    votes = author.visit("/bank/usefulness")
    votes.get_by_label("Question id").fill("rml-003")
    votes.get_by_label("Dimension").select_option("responsible-ml")
    votes.get_by_label("Usefulness (1–5)").fill("4")
    votes.get_by_role("button", name="Vote").click()
    votes.wait_for_url("**/bank/usefulness")
    assert votes.locator("li", has_text="rml-003").inner_text().endswith(": 4")

    admin = person().log_in(people["admin"])
    log = admin.visit("/admin/audit")
    assert log.locator("td", has_text="proposal-accept").count() >= 1
    assert log.locator("td", has_text="proposal-comment").count() >= 1
    admin.page.locator("header form.lang").get_by_role("button", name="DE").click()
    german = admin.visit("/admin/audit")
    assert german.get_by_role("heading", name="Prüfprotokoll").is_visible()
    admin.visit("/bank")
