"""Add, list, show, edit and delete for every tracked thing, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from askback.app import Workspace, answers, contacts, interviews, opportunities, questions, signals
from askback.app.answers import NewAnswer
from askback.errors import InputError, NotFoundError

WHEN = datetime(2025, 3, 14, 14, 0, tzinfo=UTC)


def test_opportunity_lifecycle(workspace: Workspace) -> None:
    opp = opportunities.add(
        workspace,
        company="Acme",
        role="Data Scientist",
        status="applied",
        links=["https://acme.example/job"],
        location="Berlin",
        remote="hybrid",
        pay_min=70_000,
        pay_max=85_000,
        currency="EUR",
        pay_period="year",
        source="referral",
        notes="Friendly team",
    )
    assert opp.status == "applied"
    opportunities.set_status(workspace, "acme", "screening", note="call booked")
    edited = opportunities.edit(
        workspace, opp.id, remote="remote", pay_max=90_000, status="interviewing"
    )
    assert (edited.remote, edited.pay_max, edited.status) == ("remote", 90_000, "interviewing")
    shown = opportunities.show(workspace, "Acme/data")
    assert [c.status for c in shown.status_changes] == ["applied", "screening", "interviewing"]
    assert shown.status_changes[1].note == "call booked"
    listed = opportunities.list_opportunities(workspace, statuses=["interviewing"])
    assert [r.opportunity.id for r in listed] == [opp.id]
    assert opportunities.list_opportunities(workspace, statuses=["offer"]) == []
    opportunities.delete(workspace, opp.id)
    with pytest.raises(NotFoundError):
        opportunities.show(workspace, opp.id)


def test_backdated_status_joins_history_without_taking_over(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Acme", role="DS", status="interviewing")
    opportunities.set_status(workspace, opp.id, "applied", at=datetime(2020, 1, 1, tzinfo=UTC))
    shown = opportunities.show(workspace, opp.id)
    assert shown.status == "interviewing"
    assert [c.status for c in shown.status_changes] == ["applied", "interviewing"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "ghosted"}, "unknown status 'ghosted'"),
        ({"remote": "sometimes"}, "opportunity.remote"),
        ({"pay_min": 90, "pay_max": 10}, "pay_min 90 is above pay_max 10"),
        ({"currency": "euro"}, "opportunity.currency"),
        ({"company": ""}, "opportunity.company"),
        ({"colour": "red"}, "unknown opportunity field"),
    ],
)
def test_bad_opportunity_input(
    workspace: Workspace, fields: dict[str, object], message: str
) -> None:
    data = {"company": "Acme", "role": "DS", **fields}
    with pytest.raises(InputError, match=message):
        opportunities.add(workspace, **data)  # type: ignore[arg-type]
    assert opportunities.list_opportunities(workspace) == []


def test_ambiguous_and_unknown_references(workspace: Workspace) -> None:
    opportunities.add(workspace, company="Acme Berlin", role="DS")
    opportunities.add(workspace, company="Acme Munich", role="DS")
    with pytest.raises(InputError, match="matches 2 opportunities"):
        opportunities.show(workspace, "acme")
    assert opportunities.show(workspace, "acme munich").company == "Acme Munich"
    with pytest.raises(NotFoundError, match="no opportunity matches 'globex'"):
        opportunities.show(workspace, "globex")


def test_contacts(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Acme", role="DS")
    jane = contacts.add(
        workspace,
        name="Jane Doe",
        role="Head of Data",
        company="Acme",
        how_met="online-event",
        audience="hiring-manager",
        tags=["meetup", "pydata", "meetup"],
        follow_up=date(2025, 4, 1),
        opportunity=opp.id,
    )
    assert jane.tags == ["meetup", "pydata"]
    contacts.add(workspace, name="Sam Lee", tags=["pydata"])
    assert [c.name for c in contacts.list_contacts(workspace, tags=["pydata"])] == [
        "Jane Doe",
        "Sam Lee",
    ]
    assert [c.name for c in contacts.list_contacts(workspace, due_by=date(2025, 4, 1))] == [
        "Jane Doe"
    ]
    assert contacts.list_contacts(workspace, due_by=date(2025, 3, 31)) == []
    contacts.edit(workspace, "jane", follow_up=None, audience="peer")
    assert contacts.show(workspace, jane.id).follow_up is None
    with pytest.raises(InputError, match=r"contact\.audience"):
        contacts.edit(workspace, jane.id, audience="boss")
    contacts.delete(workspace, jane.id)
    assert [c.name for c in contacts.list_contacts(workspace)] == ["Sam Lee"]


def test_interviews_and_answers(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Acme", role="DS")
    jane = contacts.add(workspace, name="Jane Doe", audience="hiring-manager")
    sam = contacts.add(workspace, name="Sam Lee", audience="peer")
    iv = interviews.add(
        workspace,
        opportunity="acme",
        stage="team",
        starts_at=WHEN,
        timezone="Europe/Berlin",
        contacts=["Jane Doe", sam.id],
        duration_minutes=45,
    )
    assert [c.name for c in iv.contacts] == ["Jane Doe", "Sam Lee"]
    qid = workspace.bank.questions[0].id
    first = answers.add(
        workspace, iv.id, NewAnswer(question_id=qid, notes="five levels", rating=4, contact="jane")
    )
    assert first.dimension == workspace.bank.get(qid).dimension.value
    answers.add(
        workspace,
        iv.id,
        NewAnswer(question_text="How do you deploy?", rating=1, red_flag=True, contact=sam.id),
    )
    with pytest.raises(NotFoundError, match="no question with id 'xyz-999'"):
        answers.add(workspace, iv.id, NewAnswer(question_id="xyz-999"))
    with pytest.raises(InputError, match="needs a question"):
        answers.add(workspace, iv.id, NewAnswer(notes="no question"))
    with pytest.raises(InputError, match=r"answer\.rating"):
        answers.add(workspace, iv.id, NewAnswer(question_text="Q?", rating=6))
    assert [a.rating for a in answers.list_answers(workspace, opportunity=opp.id)] == [4, 1]
    assert [a.question_text for a in answers.list_answers(workspace, red_flags_only=True)] == [
        "How do you deploy?"
    ]
    assert len(answers.list_answers(workspace, contact="Sam")) == 1
    edited = answers.edit(workspace, first.id, rating=None, red_flag=True)
    assert (edited.rating, edited.red_flag) == (None, True)
    interviews.edit(workspace, iv.id, contacts=[jane.id], starts_at=WHEN + timedelta(days=1))
    shown = interviews.show(workspace, iv.id)
    assert [c.name for c in shown.contacts] == ["Jane Doe"]
    assert shown.starts_at == WHEN + timedelta(days=1)
    assert len(shown.answers) == 2
    contacts.delete(workspace, sam.id)
    assert answers.show(workspace, shown.answers[1].id).contact_id is None
    interviews.delete(workspace, iv.id)
    assert answers.list_answers(workspace) == []


def test_interview_validation(workspace: Workspace) -> None:
    opportunities.add(workspace, company="Acme", role="DS")
    with pytest.raises(InputError, match=r"interview\.stage"):
        interviews.add(
            workspace, opportunity="acme", stage="coffee", starts_at=WHEN, timezone="UTC"
        )
    with pytest.raises(InputError, match="unknown time zone"):
        interviews.add(
            workspace, opportunity="acme", stage="team", starts_at=WHEN, timezone="Mars/Base"
        )
    with pytest.raises(NotFoundError, match="no contact matches"):
        interviews.add(
            workspace, opportunity="acme", stage="team", starts_at=WHEN, contacts=["Nobody"]
        )
    assert interviews.list_interviews(workspace) == []


def test_signals(workspace: Workspace) -> None:
    opp = opportunities.add(workspace, company="Acme", role="DS")
    sig = signals.add(
        workspace,
        opportunity="acme",
        source="employee-review",
        dimension="work-life-remote",
        rating=2,
        note="on call",
        red_flag=True,
        url="https://reviews.example/acme",
        observed_on=date(2025, 2, 1),
    )
    assert signals.list_signals(workspace, opportunity=opp.id)[0].id == sig.id
    signals.edit(workspace, sig.id, rating=3, red_flag=False)
    assert (signals.show(workspace, sig.id).rating, signals.show(workspace, sig.id).red_flag) == (
        3,
        False,
    )
    with pytest.raises(InputError, match=r"unknown dimension 'vibes'; use one of: divers"):
        signals.add(workspace, opportunity="acme", source="chat", dimension="vibes")
    with pytest.raises(InputError, match=r"unknown source 'rumour'; use one of: job-ad"):
        signals.add(workspace, opportunity="acme", source="rumour", dimension="growth")
    signals.delete(workspace, sig.id)
    assert signals.list_signals(workspace) == []


def test_custom_questions(workspace: Workspace) -> None:
    q = questions.add(
        workspace,
        text="How many people left the team last year?",
        dimensions=["management-culture"],
    )
    assert q.qid == "my-how-many-people-left-the-team-last-year"
    assert workspace.bank.get(q.qid).dimension.value == "management-culture"
    again = questions.add(
        workspace, text="How many people left the team last year?", dimensions=["growth"]
    )
    assert again.qid.endswith("-2")
    with pytest.raises(InputError, match="duplicate question id"):
        questions.add(workspace, qid=q.qid, text="Another text", dimensions=["growth"])
    opportunities.add(workspace, company="Acme", role="DS")
    iv = interviews.add(workspace, opportunity="acme", stage="team", starts_at=WHEN, timezone="UTC")
    answers.add(workspace, iv.id, NewAnswer(question_id=q.qid, rating=3))
    with pytest.raises(InputError, match="1 answer"):
        questions.delete(workspace, q.qid)
    questions.edit(workspace, q.qid, text="Who left in the last twelve months?")
    assert questions.delete(workspace, q.qid, force=True) == 1
    kept = answers.list_answers(workspace)[0]
    assert (kept.question_id, kept.question_text) == (None, "Who left in the last twelve months?")
    assert q.qid not in workspace.bank.by_id


def test_new_interviews_answers_and_signals_bring_an_opportunity_to_the_top(
    workspace: Workspace,
) -> None:
    older = opportunities.add(workspace, company="Older", role="DS")
    newer = opportunities.add(workspace, company="Newer", role="DS")

    def order() -> list[str]:
        return [o.opportunity.company for o in opportunities.list_opportunities(workspace)]

    assert order() == ["Newer", "Older"]
    talk = interviews.add(workspace, opportunity=older.id, stage="screen", starts_at=WHEN)
    assert order() == ["Older", "Newer"]
    signals.add(workspace, opportunity=newer.id, source="job-ad", dimension="compensation-contract")
    assert order() == ["Newer", "Older"]
    answers.add(workspace, talk.id, NewAnswer(question_id="rml-001", rating=4), analyze=False)
    assert order() == ["Older", "Newer"]
    opportunities.edit(workspace, newer.id, notes="edited")
    answers.add_many(workspace, talk.id, [NewAnswer(question_id="rml-002", rating=3)])
    assert order() == ["Older", "Newer"]
