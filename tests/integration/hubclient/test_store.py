"""What the client keeps, on SQLite and PostgreSQL: shares, pulls replaced whole, own share out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from askback.app import Workspace, answers, contacts, hub, interviews, opportunities
from askback.app.answers import NewAnswer
from askback.hubclient.replies import BankReply, CompanyReply, ShareReply
from askback.store.models import HubAggregate, HubBankQuestion
from tests.integration.hubclient.hostile import GOOD_COMPANY

URL = "https://hub.example.org"


def _opportunity(ws: Workspace, company: str, ratings: dict[str, int]) -> int:
    opp = opportunities.add(ws, company=company, role="DS")
    who = contacts.add(ws, name="Jo Example", audience="peer", opportunity=opp.id)
    talk = interviews.add(
        ws,
        opportunity=opp.id,
        stage="team",
        starts_at=datetime(2026, 9, 1, 9, tzinfo=UTC),
        contacts=[who.id],
    )
    answers.add_many(
        ws,
        talk.id,
        [NewAnswer(question_id=q, rating=r, contact=who.id) for q, r in ratings.items()],
        analyze=False,
    )
    return opp.id


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_share_is_recorded_and_own_share_taken_out(workspace: Workspace) -> None:
    opp = _opportunity(workspace, "Alpha", {"rml-001": 1, "rml-002": 1})
    preview = hub.share_payload(workspace, opp)
    assert preview.shared is None and len(preview.answer_ids) == 2
    hub.record_share(workspace, preview, URL, ShareReply(id=7, company_slug="alpha"))
    again = hub.share_payload(workspace, opp)
    assert again.shared is not None and again.shared.hub_share_id == 7

    reply = CompanyReply.model_validate(GOOD_COMPANY)
    hub.store_pull(workspace, URL, {"alpha": ([opp], reply)}, None)
    (figure,) = hub.community_figures(workspace, [opp])[opp]
    # The hub said 2.0 over at least 5; without our two 1s it is higher.
    assert figure.own_excluded and figure.mean > 2.0 and figure.members_low == 4

    # From another hub, the same figure is not corrected: our share is not in it.
    hub.store_pull(workspace, "https://other.example", {"alpha": ([opp], reply)}, None)
    (other,) = hub.community_figures(workspace, [opp])[opp]
    assert not other.own_excluded and other.mean == 2.0


def test_a_pull_replaces_the_last_one_whole(workspace: Workspace) -> None:
    opp = _opportunity(workspace, "Alpha", {"rml-001": 3})
    reply = CompanyReply.model_validate(GOOD_COMPANY)
    bank = BankReply.model_validate(
        {
            "format": 1,
            "generated_at": "2026-12-01T00:00:00+00:00",
            "questions": [
                {
                    "id": "community-0001",
                    "origin": "community",
                    "based_on": None,
                    "text": "Which review does a model pass before launch here?",
                    "summary": "Review before launch",
                    "dimensions": ["responsible-ml"],
                    "audience": ["peer"],
                    "stage": ["team"],
                    "why": "A named review shows that risk is weighed before launch.",
                    "green_flags": ["A written gate"],
                    "red_flags": ["No review at all"],
                    "rubric": {"1": "None.", "3": "Informal.", "5": "Written and enforced."},
                }
            ],
        }
    )
    hub.store_pull(workspace, URL, {"alpha": ([opp], reply)}, bank.questions)
    assert (_count(workspace, HubAggregate), _count(workspace, HubBankQuestion)) == (1, 1)
    assert [q.id for q in hub.community_questions(workspace)] == ["community-0001"]
    # A pull in which the hub knows nothing any more leaves nothing of the old one.
    hub.store_pull(workspace, URL, {"alpha": ([opp], None)}, None)
    assert (_count(workspace, HubAggregate), _count(workspace, HubBankQuestion)) == (0, 0)


def test_a_failing_pull_changes_nothing(workspace: Workspace) -> None:
    opp = _opportunity(workspace, "Alpha", {"rml-001": 3})
    reply = CompanyReply.model_validate(GOOD_COMPANY)
    hub.store_pull(workspace, URL, {"alpha": ([opp], reply)}, None)
    # An opportunity id that does not exist breaks the foreign key halfway through the writes.
    with pytest.raises(Exception):  # noqa: B017 - the backend's integrity error
        hub.store_pull(workspace, URL, {"alpha": ([opp, 987654], reply)}, None)
    (figure,) = hub.community_figures(workspace, [opp])[opp]
    assert figure.mean == 2.0 and _count(workspace, HubAggregate) == 1


def test_nothing_to_share_says_what_to_do(workspace: Workspace) -> None:
    from askback.errors import InputError

    opp = opportunities.add(workspace, company="Empty", role="DS")
    with pytest.raises(InputError, match="nothing to share yet"):
        hub.share_payload(workspace, opp.id)


def test_the_web_assessment_shows_the_community_apart(tmp_path: Path) -> None:
    import httpx

    from tests.e2e.server import running_server

    home = tmp_path
    with Workspace.open(f"sqlite:///{home / 'askback-test.sqlite3'}") as ws:
        opp = _opportunity(ws, "Alpha", {"rml-003": 4})
        reply = CompanyReply.model_validate(GOOD_COMPANY)
        hub.store_pull(ws, URL, {"alpha": ([opp], reply)}, None)
    with running_server(home) as srv:
        page = httpx.get(f"{srv.url}/opportunities/{opp}", timeout=30).text
        german = httpx.get(
            f"{srv.url}/opportunities/{opp}", cookies={"askback_lang": "de"}, timeout=30
        ).text
    assert 'id="community"' in page and "community: 2.0 (1.5–2.6), 5–9 candidates" in page
    assert "Vom Hub" in german and "Bewerbende" in german
