"""Search the shipped bank without loading it: the index and each question's table row.

`askback questions search` prints a table of ids, texts, audiences, stages and flags. Loading
the bank for that means importing pydantic and building the schema's models, which costs more
than the search itself. The snapshot here holds only what the table needs, plus the search
index, pickled as plain data under the same key as the bank (a hash of every bank file, the
code and the library versions: bank.cache), so an edit to any file is seen by the next search
and the results are those of `Bank.search` (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from askback.bank.bank import Bank
    from askback.bank.search import TextIndex

KIND = "rows"


@dataclass(frozen=True)
class Row:
    """What a search table shows of a question: id, text per language, whom, when, flags."""

    id: str
    texts: tuple[tuple[str, str], ...]  # (language, text), English first
    dimension: str
    audience: tuple[str, ...]
    stage: tuple[str, ...]
    sensitive: bool
    research_first: bool

    def text_in(self, lang: str = "en") -> str:
        """The question in lang (English where it has no translation)."""
        return dict(self.texts).get(lang, self.texts[0][1])


@dataclass(frozen=True)
class Snapshot:
    """The search index and the table rows, in the bank's order."""

    index: TextIndex
    rows: tuple[Row, ...]

    def search(self, query: str, *, limit: int = 20) -> list[tuple[Row, float]]:
        """The same hits, in the same order, as `Bank.search` on the bank it was taken from."""
        return [(self.rows[i], s) for i, s in self.index.rank(query, limit=limit)]


def take(bank: Bank) -> Snapshot:
    """The snapshot of a loaded bank."""
    from askback.bank.loader import LANGUAGES

    rows = tuple(
        Row(
            id=q.id,
            texts=tuple((lang, q.text_in(lang)) for lang in LANGUAGES),
            dimension=q.dimension.value,
            audience=tuple(a.value for a in q.audience),
            stage=tuple(s.value for s in q.stage),
            sensitive=q.sensitive,
            research_first=q.research_first,
        )
        for q in bank.questions
    )
    return Snapshot(bank.index.index, rows)


def snapshot(paths: Iterable[Path]) -> Snapshot | None:
    """The snapshot of the shipped bank plus `paths`, from the cache or taken now.

    None when the bank cannot be keyed (an unreadable or invalid file): the caller loads the
    bank the ordinary way, which says what is wrong.
    """
    from askback.bank import cache

    files = [Path(p) for p in paths]
    key = cache.files_key(files)
    if key is None:
        return None
    stored = cache.read(KIND, key)
    if isinstance(stored, Snapshot) and stored.index.size == len(stored.rows):
        return stored
    from askback.bank.bank import load

    bank = load(files)
    if bank.cache_key != key:
        return None
    taken = take(bank)
    cache.write(KIND, key, taken)
    return taken
