"""The shared limits through the use cases, on both databases: refused values change nothing,
and a row stored before a limit existed can still be edited."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from askback.app import Workspace, contacts, interviews, opportunities, signals
from askback.errors import InputError
from askback.store.models import Opportunity


def test_every_use_case_refuses_years_outside_the_range(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Lumen", role="Analyst")
    old = datetime(1899, 6, 1, 12, tzinfo=UTC)
    with pytest.raises(InputError, match=r"opportunity.created_at: 1899-06-01 is not between"):
        opportunities.add(workspace, company="Nox", role="Analyst", at=old)
    with pytest.raises(InputError, match=r"interview.starts_at"):
        interviews.add(workspace, opportunity=opp.id, stage="team", starts_at=old)
    with pytest.raises(InputError, match=r"contact.follow_up"):
        contacts.add(workspace, name="Ines", follow_up=datetime(3001, 1, 1).date())
    with pytest.raises(InputError, match=r"signal.observed_on"):
        signals.add(
            workspace,
            opportunity=opp.id,
            source="job-ad",
            dimension="growth",
            observed_on=datetime(1800, 1, 1).date(),
        )
    # Late on 31 December 2999 in UTC is already 3000 in Tokyo: refused in its own zone.
    late = datetime(2999, 12, 31, 20, tzinfo=UTC)
    with pytest.raises(InputError, match=r"not between"):
        interviews.add(
            workspace, opportunity=opp.id, stage="team", starts_at=late, timezone="Asia/Tokyo"
        )
    assert [o.opportunity.company for o in opportunities.list_opportunities(workspace)] == ["Lumen"]
    assert interviews.list_interviews(workspace) == []


def test_emails_are_normalised_and_checked_in_the_use_case(workspace: Workspace) -> None:
    row = contacts.add(workspace, name="Ines", email="  ines@EXAMPLE.org ")
    assert row.email == "ines@example.org"
    with pytest.raises(InputError, match=r"contact.email: 'ines at example' is not an email"):
        contacts.edit(workspace, row.id, email="ines at example")
    assert contacts.show(workspace, row.id).email == "ines@example.org"


def test_a_row_from_before_the_limit_can_still_be_edited(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Lumen", role="Analyst")
    with workspace.transaction() as s:
        s.execute(
            update(Opportunity)
            .where(Opportunity.id == opp.id)
            .values(created_at=datetime(1, 1, 1, tzinfo=UTC))
        )
    edited = opportunities.edit(workspace, opp.id, notes="still editable")
    assert edited.notes == "still editable"
    with pytest.raises(InputError, match=r"pay_min: 3,000,000,000 is out of range"):
        opportunities.edit(workspace, opp.id, pay_min=3_000_000_000)
