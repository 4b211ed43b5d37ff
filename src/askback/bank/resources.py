"""Search over the curated resources catalog."""

from __future__ import annotations

from collections.abc import Sequence

from askback.bank.schema import Resource
from askback.bank.search import TextIndex

RESOURCE_WEIGHTS = {"title": 3.0, "topics": 2.5, "kind": 2.0, "description": 1.0}


class ResourceIndex:
    """Ranked, typo-tolerant search over titles, topics, kinds and descriptions."""

    def __init__(self, resources: Sequence[Resource]) -> None:
        self.resources = list(resources)
        docs = [
            {
                "title": r.title,
                "topics": " ".join(t.replace("-", " ") for t in r.topics),
                "kind": r.kind.value.replace("-", " ")
                + (" recurring online event" if r.recurring else ""),
                "description": " ".join(
                    [r.description, *(t.get("description", "") for t in r.translations.values())]
                ),
            }
            for r in self.resources
        ]
        self.index = TextIndex(docs, RESOURCE_WEIGHTS)

    def search(self, query: str, *, limit: int = 20) -> list[tuple[Resource, float]]:
        return [(self.resources[i], s) for i, s in self.index.rank(query, limit=limit)]
