"""Tracker data as DataFrames, on SQLite and PostgreSQL: ids, names and question text included."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd

from askback.app import Workspace, answers, contacts, frames, interviews, opportunities, signals
from askback.app.answers import NewAnswer

WHEN = datetime(2026, 3, 14, 14, 0, tzinfo=UTC)


def _fill(ws: Workspace) -> dict[str, int]:
    opp = opportunities.add(ws, company="Nordlicht", role="Analyst", pay_min=60_000)
    other = opportunities.add(ws, company="Kettle & Co", role="ML Engineer", status="applied")
    ana = contacts.add(ws, name="Ana Ruiz", opportunity=opp.id, follow_up=date(2026, 4, 1))
    contacts.add(ws, name="Bo Chen", tags=["meetup"])
    talk = interviews.add(
        ws,
        opportunity=opp.id,
        stage="team",
        starts_at=WHEN,
        timezone="Europe/Berlin",
        contacts=[ana.id],
    )
    bank_q = ws.bank.questions[0]
    answers.add_many(
        ws,
        talk.id,
        [
            NewAnswer(question_id=bank_q.id, rating=2, red_flag=True, contact=ana.id),
            NewAnswer(question_text="Who owns the data catalogue?", dimension="data-maturity"),
        ],
        analyze=False,
    )
    signals.add(
        ws,
        opportunity=other.id,
        source="job-ad",
        dimension="growth",
        rating=4,
        observed_on=date(2026, 2, 2),
    )
    return {"opp": opp.id, "other": other.id, "ana": ana.id, "talk": talk.id}


def test_every_tracker_frame_carries_ids_and_names(workspace: Workspace) -> None:
    ids = _fill(workspace)

    opps = frames.opportunities(workspace)
    assert list(opps.index) == [ids["opp"], ids["other"]]
    assert opps.loc[ids["other"], "status"] == "applied"
    assert opps.loc[ids["opp"], "pay_min"] == 60_000

    people = frames.contacts(workspace)
    assert people.loc[ids["ana"], "opportunity"] == "Nordlicht — Analyst"
    assert people.loc[ids["ana"], "follow_up"] == date(2026, 4, 1)
    assert people[people["name"] == "Bo Chen"]["tags"].iloc[0] == ["meetup"]

    talks = frames.interviews(workspace)
    row = talks.loc[ids["talk"]]
    assert row["contacts"] == ["Ana Ruiz"] and row["contact_ids"] == [ids["ana"]]
    assert row["starts_at"] == WHEN and row["timezone"] == "Europe/Berlin"

    said = frames.answers(workspace)
    first_q = workspace.bank.questions[0]
    by_question = said.set_index("question")
    assert by_question.loc[first_q.text_in("en"), "question_id"] == first_q.id
    assert by_question.loc[first_q.text_in("en"), "dimension"] == first_q.dimension.value
    assert bool(by_question.loc[first_q.text_in("en"), "red_flag"])
    assert by_question.loc[first_q.text_in("en"), "contact"] == "Ana Ruiz"
    assert by_question.loc["Who owns the data catalogue?", "dimension"] == "data-maturity"
    assert set(said["interview_id"]) == {ids["talk"]}
    assert said["answered_at"].dt.tz is not None
    german = frames.answers(workspace, lang="de")
    assert first_q.text_in("de") in set(german["question"])

    seen = frames.signals(workspace)
    assert list(seen["opportunity_id"]) == [ids["other"]]
    assert seen["opportunity"].iloc[0] == "Kettle & Co — ML Engineer"
    assert seen["observed_on"].iloc[0] == date(2026, 2, 2)

    # The frames join on their id columns, the point of having them.
    joined = said.merge(opps, left_on="opportunity_id", right_index=True)
    assert set(joined["company"]) == {"Nordlicht"}


def test_an_empty_tracker_gives_empty_frames_with_columns(workspace: Workspace) -> None:
    for build, columns in [
        (frames.opportunities, frames.OPPORTUNITY_COLUMNS),
        (frames.contacts, frames.CONTACT_COLUMNS),
        (frames.interviews, frames.INTERVIEW_COLUMNS),
        (frames.answers, frames.ANSWER_COLUMNS),
        (frames.signals, frames.SIGNAL_COLUMNS),
    ]:
        frame = build(workspace)
        assert isinstance(frame, pd.DataFrame) and frame.empty
        assert tuple(frame.columns) == columns and frame.index.name == "id"


def test_frames_show_only_the_owners_rows(database_url: str) -> None:
    with Workspace.open(database_url, owner="alice") as alice:
        opportunities.add(alice, company="Alpha", role="DS")
    with Workspace.open(database_url, owner="bob") as bob:
        assert frames.opportunities(bob).empty
