"""Small builders for domain tests: questions and evidence items written inline."""

from __future__ import annotations

from collections.abc import Sequence

from askback.bank.schema import Audience, Dimension, Question, Stage
from askback.domain.model import EvidenceItem, ItemKind

RML = Dimension.RESPONSIBLE_ML
GROWTH = Dimension.GROWTH


def question(
    qid: str,
    dimension: Dimension = RML,
    audience: Sequence[str] = ("hiring-manager", "peer"),
    stage: Sequence[str] = ("team", "backchannel"),
    *,
    sensitive: bool = False,
    tags: Sequence[str] = (),
    minutes: int = 3,
    related: Sequence[str] = (),
) -> Question:
    return Question.model_validate(
        {
            "id": qid,
            "text": f"Question {qid} about {dimension}?",
            "summary": f"A question about {dimension}",
            "dimensions": [dimension],
            "tags": list(tags),
            "audience": [Audience(a) for a in audience],
            "stage": [Stage(s) for s in stage],
            "why": "Because it matters.",
            "green_flags": ["a concrete example"],
            "red_flags": ["evasion"],
            "rubric": {"1": "evasive", "3": "general", "5": "specific"},
            "related": list(related),
            "sensitive": sensitive,
            "minutes": minutes,
        }
    )


def answer(
    rating: int | None,
    person: str | None,
    source: str = "peer",
    dimension: Dimension = RML,
    *,
    red_flag: bool = False,
    qid: str | None = None,
    quote: str = "",
    interview: str | None = None,
) -> EvidenceItem:
    return EvidenceItem(
        dimension=dimension,
        rating=rating,
        source=source,
        person=person,
        red_flag=red_flag,
        question_id=qid,
        quote=quote,
        who=person or "",
        interview=interview,
    )


def signal(rating: int, source: str = "job-ad", dimension: Dimension = RML) -> EvidenceItem:
    return EvidenceItem(
        dimension=dimension,
        rating=rating,
        source=source,
        person=f"signal:{source}",
        kind=ItemKind.SIGNAL,
        quote="what the company says",
    )
