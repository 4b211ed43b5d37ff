"""The unit of work: nested use cases commit together, errors roll back, owners stay apart."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from askback.app import Workspace, contacts, opportunities
from askback.errors import InputError, NotFoundError
from askback.store.models import Opportunity, StatusChange


def _count(ws: Workspace, model: type) -> int:
    with ws.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_nested_use_cases_commit_together(workspace: Workspace) -> None:
    with workspace.transaction():
        opp = opportunities.add(workspace, company="Acme", role="DS")
        contacts.add(workspace, name="Jane", opportunity=opp.id)
    assert _count(workspace, Opportunity) == 1


def test_an_error_rolls_back_the_whole_transaction(workspace: Workspace) -> None:
    with pytest.raises(InputError), workspace.transaction():
        opportunities.add(workspace, company="Acme", role="DS")
        opportunities.add(workspace, company="Acme", role="DS", status="ghosted")
    assert _count(workspace, Opportunity) == 0
    assert _count(workspace, StatusChange) == 0


def test_write_inside_read_is_refused(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError, match="cannot nest"), workspace.read():
        opportunities.add(workspace, company="Acme", role="DS")


def test_session_outside_a_transaction(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError, match="no transaction"):
        _ = workspace.session


def test_owners_do_not_see_each_other(database_url: str) -> None:
    with (
        Workspace.open(database_url, owner="alice") as alice,
        Workspace.open(database_url, owner="bob") as bob,
    ):
        mine = opportunities.add(alice, company="Acme", role="DS")
        opportunities.add(bob, company="Globex", role="MLE")
        assert [s.opportunity.company for s in opportunities.list_opportunities(alice)] == ["Acme"]
        with pytest.raises(NotFoundError):
            opportunities.show(bob, mine.id)
        with pytest.raises(NotFoundError):
            opportunities.show(bob, "acme")


def test_objects_stay_readable_after_the_transaction(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Acme", role="DS")
    shown = opportunities.show(workspace, opp.id)
    assert shown.label == "Acme — DS"
    assert [c.status for c in shown.status_changes] == ["interested"]
