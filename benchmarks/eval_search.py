"""`make eval` for bank search: top-5 hit rate on phrasings written the way candidates type.

The phrasings and the questions each should find are in benchmarks/data/search_phrasings.yaml;
a phrasing is found when any expected question is among the first five hits. Target: 0.85.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

PHRASINGS = Path(__file__).parent / "data" / "search_phrasings.yaml"
TARGET = 0.85
TOP = 5


@dataclass(frozen=True)
class Outcome:
    query: str
    expect: tuple[str, ...]
    got: tuple[str, ...]

    @property
    def found(self) -> bool:
        return bool(set(self.expect) & set(self.got))


def phrasings(path: Path = PHRASINGS) -> list[tuple[str, tuple[str, ...]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [(p["query"], tuple(p["expect"])) for p in data["phrasings"]]


def evaluate(path: Path = PHRASINGS) -> list[Outcome]:
    """Each phrasing with the ids it expects and the top ids search returned."""
    from askback.bank import load

    bank = load()
    out = []
    for query, expect in phrasings(path):
        missing = [q for q in expect if q not in bank.by_id]
        if missing:
            raise ValueError(f"{path.name}: {query!r} expects unknown ids {missing}")
        got = tuple(h.question.id for h in bank.search(query, limit=TOP))
        out.append(Outcome(query, tuple(bank.canonical(q) for q in expect), got))
    return out


def hit_rate(outcomes: list[Outcome]) -> float:
    return sum(o.found for o in outcomes) / len(outcomes)


def run() -> None:
    console = Console(width=160)
    outcomes = evaluate()
    rate = hit_rate(outcomes)
    misses = [o for o in outcomes if not o.found]
    table = Table(title=f"Search misses (expected id not in the top {TOP})")
    for col in ("query", "expected", "top hits"):
        table.add_column(col)
    for o in misses:
        table.add_row(o.query, ", ".join(o.expect), ", ".join(o.got) or "(nothing)")
    if misses:
        console.print(table)
    verdict = "meets" if rate >= TARGET else "BELOW"
    console.print(
        f"  search top-{TOP}: {rate:.3f} on {len(outcomes)} phrasings "
        f"({len(outcomes) - len(misses)} found) · {verdict} the target {TARGET}"
    )
