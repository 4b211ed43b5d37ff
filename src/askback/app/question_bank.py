"""The bank a workspace sees: shipped questions, the user's files, custom and community questions.

Custom and community questions are read in plain SQL, so that a command which only reads
(`opportunity show`, `assess`, `plan`) never imports the ORM to learn the bank.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.store.rows import json_list

if TYPE_CHECKING:
    from askback.bank import Bank, Question

# A custom question has no curated guidance; these neutral defaults keep the bank schema whole.
_WHY = "Your own question."
_GREEN = "A specific answer with concrete examples"
_RED = "A vague, evasive or contradictory answer"
_RUBRIC = {
    "1": "Evasive, or no real answer.",
    "3": "A general answer without examples.",
    "5": "A specific answer with concrete, checkable examples.",
}


@dataclass(frozen=True)
class CustomRow:
    """The columns of a stored custom question that the bank needs (a plain read)."""

    qid: str
    text: str
    summary: str | None
    dimensions: list[str]
    tags: list[str]
    audience: list[str]
    stage: list[str]
    why: str | None
    sensitive: bool
    research_first: bool


def to_question(row: Any) -> Question:
    """The bank's view of a custom question (a stored row or a CustomRow)."""
    from askback.bank import Question

    summary = row.summary or (row.text if len(row.text) <= 80 else row.text[:77].rstrip() + "...")
    return Question.model_validate(
        {
            "id": row.qid,
            "text": row.text,
            "summary": summary if len(summary) >= 3 else row.text,
            "dimensions": row.dimensions,
            "tags": row.tags,
            "audience": row.audience or ["any"],
            "stage": row.stage or ["screen", "team", "final"],
            "why": row.why or _WHY,
            "green_flags": [_GREEN],
            "red_flags": [_RED],
            "rubric": _RUBRIC,
            # Unflushed rows have no column defaults yet.
            "sensitive": bool(row.sensitive),
            "research_first": bool(row.research_first),
            "source": "custom",
        }
    )


def custom_rows(ws: Workspace) -> list[CustomRow]:
    """The owner's custom questions, in id order."""
    with ws.query() as q:
        found = q(
            "SELECT qid, text, summary, dimensions, tags, audience, stage, why, sensitive,"
            " research_first FROM custom_questions WHERE owner = :owner ORDER BY qid",
            owner=ws.owner,
        )
    return [
        CustomRow(
            qid=r["qid"],
            text=r["text"],
            summary=r["summary"],
            dimensions=json_list(r["dimensions"]),
            tags=json_list(r["tags"]),
            audience=json_list(r["audience"]),
            stage=json_list(r["stage"]),
            why=r["why"],
            sensitive=bool(r["sensitive"]),
            research_first=bool(r["research_first"]),
        )
        for r in found
    ]


def _stamp(paths: Sequence[Path]) -> tuple[tuple[str, float], ...]:
    out: list[tuple[str, float]] = []
    for p in paths:
        files = sorted(p.rglob("*.y*ml")) if p.is_dir() else [p]
        out.extend((str(f), f.stat().st_mtime) for f in files if f.exists())
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _base_bank(paths: tuple[Path, ...], stamp: tuple[tuple[str, float], ...]) -> Bank:
    # Parsing the YAML bank takes a quarter of a second; reuse it while no file changed.
    from askback.bank import load

    return load(paths)


def base_bank(ws: Workspace) -> Bank:
    """The shipped bank and the user's question files, without custom questions."""
    return _base_bank(ws.bank_paths, _stamp(ws.bank_paths))


def bank_key(ws: Workspace) -> str | None:
    """The cache key of `ws.bank`, without loading the bank where its files alone make it.

    With no custom or community questions the bank is the shipped one plus the user's files,
    and its key is the hash of those files (`askback.bank.cache.files_key`), which `load` gives
    the bank it returns; the results cache needs only this key to find an unchanged result.
    """
    from askback.app.community import community_questions

    if ws.bank_loaded or custom_rows(ws) or community_questions(ws):
        return ws.bank.cache_key
    from askback.bank import cache

    return cache.files_key(ws.bank_paths)  # None: `load` keys no bank then, nothing is cached


def load_bank(ws: Workspace) -> Bank:
    """The shipped bank, the user's question files, and this owner's custom questions."""
    from askback.app.community import community_questions
    from askback.bank import Bank

    base = base_bank(ws)
    custom = [to_question(r) for r in custom_rows(ws)]
    community = community_questions(ws)
    extra = [*custom, *community]
    if not extra:
        return base
    clash = sorted(set(base.by_id) & {q.id for q in extra})
    if clash:
        raise InputError(f"custom question {clash[0]} has the same id as one in your bank files")
    key = None
    if base.cache_key is not None:
        import json

        from askback.bank.cache import derive_key

        # The custom questions are part of what the search index is built from.
        extra_json = json.dumps([q.model_dump(mode="json") for q in extra], sort_keys=True)
        key = derive_key(base.cache_key, extra_json)
    return Bank(
        [*base.questions, *extra],
        {
            **base.origins,
            **dict.fromkeys((q.id for q in custom), "custom"),
            **dict.fromkeys((q.id for q in community), "community"),
        },
        base.aliases,
        cache_key=key,
    )
