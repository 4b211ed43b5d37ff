"""The issue's case, logged through the core API exactly as a candidate would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from askback.app import Workspace, contacts, evidence, interviews, opportunities, signals
from askback.app import answers as answer_cases
from askback.app.answers import NewAnswer
from askback.domain.model import Profile
from askback.store.models import Contact, Opportunity

RML = "responsible-ml"
PROFILE = Profile.model_validate(
    {
        "weights": {RML: 9, "data-maturity": 6},
        "deal_breakers": [{"dimension": RML, "at_least": 3, "confidence": 0.8}],
    }
)
TOM_ASKED = "How do new ML use cases get approved, and can anyone stop one?"
TOM_SAID = (
    "Asked how new ML use cases get approved. Tom said nobody really reviews them and was "
    "excited that the next project will predict which employees will quit from their Slack "
    "messages."
)


@dataclass
class Acme:
    opp: Opportunity
    hanna: Contact  # hiring manager, the team lead
    paul: Contact  # peer
    lena: Contact  # leadership
    tom: Contact  # future teammate


def when(day: int) -> datetime:
    return datetime(2025, 3, day, 10, 0, tzinfo=UTC)


def acme(ws: Workspace, *, with_red_flag: bool = True, free_text: bool = False) -> Acme:
    """Three good interviews on responsible ML, strong stated values, and Tom's red flag.

    With `free_text`, Tom's question is logged in the candidate's own words, without a bank id.
    """
    evidence.save_profile(ws, PROFILE)
    opp = opportunities.add(
        ws, company="Acme Analytics", role="Senior Data Scientist", status="interviewing"
    )
    people = {
        name: contacts.add(ws, name=name, audience=audience, opportunity=opp.id)
        for name, audience in (
            ("Hanna Berg", "hiring-manager"),
            ("Paul Novak", "peer"),
            ("Lena Ortiz", "leadership"),
            ("Tom Weiss", "peer"),
        )
    }
    signals.add(
        ws,
        opportunity=opp.id,
        source="job-ad",
        dimension=RML,
        rating=5,
        note="The ad promises 'responsible AI at the heart of everything we build'.",
    )
    team = interviews.add(
        ws,
        opportunity=opp.id,
        stage="team",
        starts_at=when(3),
        contacts=[people["Hanna Berg"].id, people["Paul Novak"].id],
    )
    answer_cases.add_many(
        ws,
        team.id,
        [
            NewAnswer(
                question_id="rml-002",
                rating=4,
                contact=people["Hanna Berg"].id,
                notes="Traced the main tables to the signup consent; legal signs off.",
            ),
            NewAnswer(
                question_id="rml-004",
                rating=4,
                contact=people["Paul Novak"].id,
                notes="Opt-outs flow to the feature store nightly; tested last quarter.",
            ),
        ],
        analyze=False,
    )
    final = interviews.add(
        ws,
        opportunity=opp.id,
        stage="final",
        starts_at=when(10),
        contacts=[people["Lena Ortiz"].id],
    )
    answer_cases.add(
        ws,
        final.id,
        NewAnswer(
            question_id="rml-046",
            rating=5,
            contact=people["Lena Ortiz"].id,
            notes="Their AI principles stopped a credit-scoring feature last year.",
        ),
        analyze=False,
    )
    if with_red_flag:
        lunch = interviews.add(
            ws,
            opportunity=opp.id,
            stage="team",
            starts_at=when(11),
            contacts=[people["Tom Weiss"].id],
        )
        asked = (
            {"question_text": TOM_ASKED, "dimension": RML}
            if free_text
            else {"question_id": "rml-001"}
        )
        answer_cases.add(
            ws,
            lunch.id,
            NewAnswer(**asked, red_flag=True, contact=people["Tom Weiss"].id, notes=TOM_SAID),
            analyze=False,
        )
    return Acme(
        opp, people["Hanna Berg"], people["Paul Novak"], people["Lena Ortiz"], people["Tom Weiss"]
    )


__all__ = ["PROFILE", "TOM_ASKED", "TOM_SAID", "Acme", "acme", "when"]
