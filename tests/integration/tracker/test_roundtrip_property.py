"""Property: any valid document survives import then export unchanged, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.app import Workspace
from askback.app.profile import validate
from askback.app.transfer import ImportMode, export_document, import_document
from askback.bank.schema import Audience, Dimension, Stage
from askback.export.records import VERSION, Document
from askback.store.values import PayPeriod, Remote, SignalSource, Status

TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
NAME = TEXT.filter(lambda s: 1 <= len(s) <= 200)
SHORT = st.none() | TEXT
ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-7, minutes=-30))]
)
MOMENT = st.datetimes(datetime(1971, 1, 1), datetime(2090, 1, 1), timezones=ZONES)
DAY = st.dates(datetime(1950, 1, 1).date(), datetime(2090, 1, 1).date())
RATING = st.none() | st.integers(1, 5)
IDS = st.sets(st.integers(1, 2**31 - 1), max_size=4).map(sorted)


def _pick(values: list[int]) -> st.SearchStrategy[int | None]:
    return st.none() | st.sampled_from(values) if values else st.none()


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    opp_ids = draw(IDS.filter(bool))
    opportunities = []
    for i in opp_ids:
        low = draw(st.none() | st.integers(0, 500_000))
        high = draw(st.none() | st.integers(low or 0, 600_000))
        opportunities.append(
            {
                "id": i,
                "company": draw(NAME),
                "role": draw(NAME),
                "status": draw(st.sampled_from(list(Status))).value,
                "links": draw(st.lists(TEXT, max_size=2)),
                "location": draw(SHORT),
                "remote": draw(st.none() | st.sampled_from(list(Remote)).map(str)),
                "pay_min": low,
                "pay_max": high,
                "currency": draw(st.none() | st.sampled_from(["EUR", "USD", "GBP"])),
                "pay_period": draw(st.none() | st.sampled_from(list(PayPeriod)).map(str)),
                "source": draw(SHORT),
                "notes": draw(TEXT),
                "created_at": draw(MOMENT),
                "updated_at": draw(MOMENT),
            }
        )
    changes = [
        {
            "id": i,
            "opportunity_id": draw(st.sampled_from(opp_ids)),
            "status": draw(st.sampled_from(list(Status))).value,
            "changed_at": draw(MOMENT),
            "note": draw(TEXT),
        }
        for i in draw(IDS)
    ]
    contact_ids = draw(IDS)
    contacts = [
        {
            "id": i,
            "name": draw(NAME),
            "role": draw(SHORT),
            "company": draw(SHORT),
            "how_met": draw(st.none() | st.sampled_from(["referral", "meetup", "online-event"])),
            "audience": draw(st.sampled_from(list(Audience))).value,
            "email": draw(st.none() | st.just("a@b.example")),
            "tags": draw(st.lists(TEXT, max_size=3)),
            "notes": draw(TEXT),
            "follow_up": draw(st.none() | DAY),
            "opportunity_id": draw(_pick(opp_ids)),
            "created_at": draw(MOMENT),
            "updated_at": draw(MOMENT),
        }
        for i in contact_ids
    ]
    interview_ids = draw(IDS)
    interviews = [
        {
            "id": i,
            "opportunity_id": draw(st.sampled_from(opp_ids)),
            "stage": draw(st.sampled_from(list(Stage))).value,
            "starts_at": draw(MOMENT),
            "timezone": draw(st.sampled_from(["UTC", "Europe/Berlin", "Asia/Kolkata"])),
            "duration_minutes": draw(st.none() | st.integers(1, 600)),
            "location": draw(SHORT),
            "notes": draw(TEXT),
            "contact_ids": sorted(draw(st.sets(st.sampled_from(contact_ids), max_size=3)))
            if contact_ids
            else [],
            "created_at": draw(MOMENT),
            "updated_at": draw(MOMENT),
        }
        for i in interview_ids
    ]
    custom = sorted(draw(st.sets(st.from_regex(r"my-[a-z0-9]{1,8}", fullmatch=True), max_size=2)))
    questions = ["grow-001", "grow-002", *custom]
    answers = []
    if interview_ids:
        for i in draw(IDS):
            qid = draw(st.none() | st.sampled_from(questions))
            answers.append(
                {
                    "id": i,
                    "interview_id": draw(st.sampled_from(interview_ids)),
                    "contact_id": draw(_pick(contact_ids)),
                    "question_id": qid,
                    "question_text": draw(TEXT) if qid is None else draw(st.none() | TEXT),
                    "dimension": draw(st.none() | st.sampled_from(list(Dimension)).map(str)),
                    "notes": draw(TEXT),
                    "rating": draw(RATING),
                    "red_flag": draw(st.booleans()),
                    "concreteness": draw(st.none() | st.floats(0, 1)),
                    "suggested_rating": draw(RATING),
                    "answered_at": draw(MOMENT),
                    "created_at": draw(MOMENT),
                }
            )
    signals = [
        {
            "id": i,
            "opportunity_id": draw(st.sampled_from(opp_ids)),
            "source": draw(st.sampled_from(list(SignalSource))).value,
            "dimension": draw(st.sampled_from(list(Dimension))).value,
            "rating": draw(RATING),
            "red_flag": draw(st.booleans()),
            "note": draw(TEXT),
            "url": draw(SHORT),
            "observed_on": draw(st.none() | DAY),
            "created_at": draw(MOMENT),
        }
        for i in draw(IDS)
    ]
    custom_questions = [
        {
            "id": q,
            "text": "Question " + draw(TEXT),
            "summary": draw(SHORT),
            "dimensions": [draw(st.sampled_from(list(Dimension))).value],
            "tags": draw(st.lists(st.from_regex(r"[a-z0-9]{1,6}", fullmatch=True), max_size=2)),
            "audience": [],
            "stage": [],
            "why": draw(SHORT),
            "sensitive": draw(st.booleans()),
            "research_first": draw(st.booleans()),
            "notes": draw(TEXT),
            "created_at": draw(MOMENT),
        }
        for q in custom
    ]
    weights = draw(
        st.dictionaries(st.sampled_from(list(Dimension)).map(str), st.integers(0, 10), max_size=3)
    )
    profile = draw(st.none() | st.just(validate({"weights": weights})))
    return {
        "format": "askback-export",
        "version": VERSION,
        "exported_at": datetime.now(UTC),
        "opportunities": opportunities,
        "status_changes": changes,
        "contacts": contacts,
        "interviews": interviews,
        "answers": answers,
        "signals": signals,
        "custom_questions": custom_questions,
        "profile": profile,
    }


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=documents())
def test_export_after_import_gives_back_the_document(
    workspace: Workspace, data: dict[str, Any]
) -> None:
    doc = Document.model_validate(data)
    import_document(workspace, doc, mode=ImportMode.REPLACE)
    again = export_document(workspace)
    skip = {"exported_at", "askback_version", "owner"}
    assert again.model_dump(mode="json", exclude=skip) == doc.model_dump(mode="json", exclude=skip)
