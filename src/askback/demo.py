"""A realistic demo workspace for `askback serve --demo`: a candidate halfway through a search.

Five opportunities at different stages, the people met, interviews past and coming, answers
(among them the red-flag case: three interviewers speak well of responsible ML, one future
teammate proposes a questionable use case), job-ad signals, and a profile with deal breakers.
Every row goes in through the core API, so the demo checks the same rules as real data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

PROFILE = {
    "weights": {
        "responsible-ml": 9,
        "diversity-inclusion": 8,
        "data-maturity": 7,
        "work-life-remote": 7,
        "growth": 6,
        "team-practices": 6,
        "compensation-contract": 6,
        "management-culture": 6,
        "role-projects": 5,
        "company-business": 4,
        "hiring-process": 3,
    },
    "deal_breakers": [
        {"dimension": "responsible-ml", "at_least": 3, "confidence": 0.9},
        {"dimension": "work-life-remote", "at_least": 3, "confidence": 0.7},
    ],
    "must_ask": ["rml-026"],
}


@dataclass(frozen=True)
class Said:
    """One demo answer: who (contact key), which question, the notes, the rating, a red flag."""

    who: str
    question: str
    notes: str
    rating: int | None
    red_flag: bool = False


CONTACTS = {
    "maya": (
        "Maya Okafor",
        "Head of Data Science",
        "Northwind Analytics",
        "hiring-manager",
        "referral",
    ),
    "jonas": ("Jonas Richter", "Senior Data Scientist", "Northwind Analytics", "peer", "meetup"),
    "lea": ("Lea Brandt", "Data Scientist", "Northwind Analytics", "peer", "online-event"),
    "tom": ("Tom Albrecht", "VP Engineering", "Northwind Analytics", "leadership", None),
    "sara": (
        "Sara Lindqvist",
        "Talent Partner",
        "Northwind Analytics",
        "recruiter",
        "recruiter-outreach",
    ),
    "amir": ("Amir Haddad", "ML Lead", "Helio Health", "hiring-manager", "conference"),
    "nina": ("Nina Kowalski", "ML Engineer", "Helio Health", "peer", "former-colleague"),
    "paul": ("Paul Meyer", "Recruiter", "Kestrel Logistics", "recruiter", "job-board"),
    "ines": ("Ines Castro", "Data Engineer", "Brightpath Retail", "peer", "community"),
}

NORTHWIND_TEAM = [
    Said(
        "maya",
        "rml-001",
        "Every new use case goes through a two-page review with legal and a rotating "
        "reviewer from another team; last quarter they stopped one of six proposals "
        "(a churn model using health-insurance data). Maya can veto, and so can the reviewer.",
        4,
    ),
    Said(
        "tom",
        "rml-045",
        "Named owner: the CTO, with a responsible-AI lead and a budget line since 2023. "
        "They published their principles and showed the audit report from March.",
        5,
    ),
    Said(
        "jonas",
        "rml-026",
        "Any data scientist can pull a model: he did it in May when drift hit a pricing model, "
        "rolled back within two hours, and wrote the post-mortem the team reviewed.",
        4,
    ),
    Said(
        "lea",
        "rml-043",
        "She was excited about a new idea: scoring employees' Slack messages to predict who "
        "will quit, and sharing the list with their managers. No consent planned; she said "
        "legal 'does not need to know yet'.",
        1,
        red_flag=True,
    ),
    Said(
        "maya",
        "dat-001",
        "Central warehouse with dbt and tests on the core models; data contracts for the two "
        "largest sources. Feature store is planned, not there yet.",
        4,
    ),
    Said(
        "jonas",
        "wlr-001",
        "Core hours 10-15, two office days, on-call one week in eight with time in lieu.",
        4,
    ),
    Said(
        "maya",
        "dei-001",
        "We value diversity and we'd like to do more; there is no data on it yet.",
        2,
    ),
]

HELIO_TEAM = [
    Said(
        "amir",
        "rml-011",
        "They compute equalised odds per age band and sex for the triage model, every release; "
        "one release was held back in 2024 until the gap closed under 2 points.",
        5,
    ),
    Said(
        "nina",
        "rml-026",
        "Only the ML lead can take a model down, after a ticket; it took a week last time.",
        3,
    ),
    Said(
        "amir",
        "wlr-001",
        "Fully remote within the EU, four core hours, no on-call for data scientists.",
        5,
    ),
    Said(
        "nina",
        "team-001",
        "Code review on every merge, weekly model review, shared evaluation harness.",
        4,
    ),
    Said(
        "amir",
        "dei-001",
        "Women are 41 % of the data team; pay audit each year, results shared internally.",
        4,
    ),
]


def _add_people(ws: Workspace, opp_ids: dict[str, int], today: datetime) -> dict[str, int]:
    from askback.app import contacts

    company_opp = {
        "Northwind Analytics": opp_ids["northwind"],
        "Helio Health": opp_ids["helio"],
        "Kestrel Logistics": opp_ids["kestrel"],
        "Brightpath Retail": opp_ids["brightpath"],
    }
    follow_up = {"ines": today.date(), "sara": (today - timedelta(days=1)).date()}
    ids: dict[str, int] = {}
    for key, (name, role, company, audience, how_met) in CONTACTS.items():
        row = contacts.add(
            ws,
            name=name,
            role=role,
            company=company,
            audience=audience,
            how_met=how_met,
            opportunity=company_opp.get(company),
            follow_up=follow_up.get(key),
            tags=["data"] if audience in ("peer", "hiring-manager") else [],
        )
        ids[key] = row.id
    return ids


def _interview(
    ws: Workspace,
    opp: int,
    stage: str,
    when: datetime,
    people: list[int],
    said: list[Said],
    person_ids: dict[str, int],
) -> int:
    from askback.app import answers, interviews

    row = interviews.add(
        ws,
        opportunity=opp,
        stage=stage,
        starts_at=when,
        timezone="Europe/Berlin",
        contacts=people,
        duration_minutes=60,
        location="video call",
    )
    if said:
        answers.add_many(
            ws,
            row.id,
            [
                answers.NewAnswer(
                    question_id=s.question,
                    notes=s.notes,
                    rating=s.rating,
                    red_flag=s.red_flag,
                    contact=person_ids[s.who],
                    answered_at=when + timedelta(minutes=5 + 6 * i),
                )
                for i, s in enumerate(said)
            ],
        )
    return row.id


def populate(ws: Workspace, *, now: datetime | None = None) -> None:
    """Fill an empty workspace with the demo data, in one transaction."""
    from askback.app import opportunities, profile, signals

    today = (now or datetime.now(UTC)).replace(second=0, microsecond=0)

    def ago(days: int) -> datetime:
        return today - timedelta(days=days)

    with ws.transaction():
        profile.save(ws, PROFILE)
        opps = {
            "northwind": opportunities.add(
                ws,
                company="Northwind Analytics",
                role="Senior Data Scientist",
                at=ago(30),
                location="Berlin",
                remote="hybrid",
                pay_min=78000,
                pay_max=92000,
                currency="EUR",
                pay_period="year",
                source="referral",
                links=["https://example.com/jobs/northwind-senior-ds"],
            ),
            "helio": opportunities.add(
                ws,
                company="Helio Health",
                role="Machine Learning Engineer",
                at=ago(40),
                location="remote (EU)",
                remote="remote",
                pay_min=85000,
                pay_max=95000,
                currency="EUR",
                pay_period="year",
                source="conference",
            ),
            "kestrel": opportunities.add(
                ws,
                company="Kestrel Logistics",
                role="Data Scientist, Forecasting",
                at=ago(12),
                location="Hamburg",
                remote="onsite",
                source="job board",
            ),
            "brightpath": opportunities.add(
                ws,
                company="Brightpath Retail",
                role="Analytics Lead",
                at=ago(5),
                location="Munich",
                remote="hybrid",
                source="community",
            ),
            "umbra": opportunities.add(
                ws,
                company="Umbra Fintech",
                role="Data Scientist",
                at=ago(60),
                location="Frankfurt",
                source="job board",
            ),
        }
        ids = {k: v.id for k, v in opps.items()}
        for key, steps in {
            "northwind": [("applied", 28), ("screening", 21), ("interviewing", 14)],
            "helio": [("applied", 38), ("interviewing", 25), ("offer", 3)],
            "kestrel": [("applied", 10), ("screening", 4)],
            "brightpath": [("applied", 2)],
            "umbra": [("applied", 55), ("rejected", 40)],
        }.items():
            for status, days in steps:
                opportunities.set_status(ws, ids[key], status, at=ago(days))
        people = _add_people(ws, ids, today)
        p = people
        _interview(ws, ids["northwind"], "screen", ago(20), [p["sara"]], [], p)
        _interview(
            ws,
            ids["northwind"],
            "team",
            ago(7),
            [p["maya"], p["jonas"], p["lea"], p["tom"]],
            NORTHWIND_TEAM,
            p,
        )
        _interview(ws, ids["northwind"], "final", today + timedelta(days=3), [p["tom"]], [], p)
        _interview(ws, ids["helio"], "team", ago(15), [p["amir"], p["nina"]], HELIO_TEAM, p)
        _interview(
            ws,
            ids["kestrel"],
            "screen",
            ago(4),
            [p["paul"]],
            [
                Said("paul", "wlr-001", "Five office days, 'flexibility is possible later'.", 2),
            ],
            p,
        )
        _interview(ws, ids["kestrel"], "team", today + timedelta(days=6), [], [], p)
        signals.add(
            ws,
            opportunity=ids["northwind"],
            source="job-ad",
            dimension="responsible-ml",
            rating=4,
            note="The ad names a responsible-AI review board and published principles.",
        )
        signals.add(
            ws,
            opportunity=ids["helio"],
            source="employee-review",
            dimension="work-life-remote",
            rating=4,
            note="Reviews praise the remote setup and sane hours.",
        )
        signals.add(
            ws,
            opportunity=ids["kestrel"],
            source="job-ad",
            dimension="compensation-contract",
            rating=2,
            note="No salary range in the ad.",
        )


def build_demo(url: str) -> None:
    """Create the database at url (it should be new) and fill it with the demo workspace."""
    from askback.app.workspace import Workspace

    with Workspace.open(url) as ws:
        populate(ws)
