"""The hub client against a real hub: PostgreSQL on loopback, uvicorn on a free port."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.integration.hub.conftest import pg_module_url as pg_module_url
from tests.integration.hub.server import PASSWORD, HubServer, make_user, running_hub
from tests.integration.tracker.helpers import Run, cli


@pytest.fixture(scope="module")
def hub_server(pg_module_url: str) -> Iterator[HubServer]:
    # k = 5, the hub's default: the test watches the aggregate appear at the fifth member.
    with running_hub(pg_module_url, k=5) as server:
        yield server


class Member:
    """One candidate: their own SQLite file and config directory, signed in to the hub."""

    def __init__(self, root: Path, server: HubServer, name: str) -> None:
        self.root = root / name
        self.root.mkdir()
        self.url = f"sqlite:///{self.root / 'askback.sqlite3'}"
        self.email = f"{name}@example.org"
        self.server = server
        make_user(server.hub, self.email)

    def run(self, monkeypatch: pytest.MonkeyPatch, *args: str, input: str | None = None) -> Run:
        with monkeypatch.context() as m:
            m.setenv("ASKBACK_CONFIG_DIR", str(self.root / "config"))
            m.setenv("ASKBACK_HUB_PASSWORD", PASSWORD)
            return cli(self.url, *args, input=input)

    def login(self, monkeypatch: pytest.MonkeyPatch) -> Run:
        result = self.run(
            monkeypatch, "hub", "login", self.server.url, "--email", self.email, "--json"
        )
        assert result.code == 0, result.error
        return result

    def track(self, company: str, ratings: dict[str, tuple[int, bool]]) -> int:
        """An opportunity with one interview, a named peer, and one rated answer per question."""
        from askback.app import Workspace, answers, contacts, interviews, opportunities
        from askback.app.answers import NewAnswer

        with Workspace.open(self.url) as ws:
            opp = opportunities.add(ws, company=company, role="Data Scientist")
            person = contacts.add(ws, name="Erika Mustermann", audience="peer", opportunity=opp.id)
            talk = interviews.add(
                ws,
                opportunity=opp.id,
                stage="team",
                starts_at=datetime(2026, 10, 14, 10, tzinfo=UTC),
                contacts=[person.id],
            )
            answers.add_many(
                ws,
                talk.id,
                [
                    NewAnswer(
                        question_id=q,
                        rating=r,
                        red_flag=f,
                        contact=person.id,
                        notes=f"Erika said something about {q}",
                    )
                    for q, (r, f) in ratings.items()
                ],
                analyze=False,
            )
            return opp.id
