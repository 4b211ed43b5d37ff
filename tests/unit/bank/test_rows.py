"""The search snapshot: the same hits as the bank, the same table, and every edit seen."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.bank import load
from askback.bank.rows import snapshot

WORDS = ["bias", "pay gap", "remote", "Führung", "promotoin", "data quality", "on call", "x"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join))
def test_the_snapshot_finds_what_the_bank_finds(
    cache_dir: Path, user_bank: Path, query: str
) -> None:
    bank = load([user_bank])
    snap = snapshot([user_bank])
    assert snap is not None
    expected = [(h.question.id, h.score) for h in bank.search(query, limit=15)]
    assert [(r.id, s) for r, s in snap.search(query, limit=15)] == expected
    for row, _ in snap.search(query, limit=15):
        q = bank.get(row.id)
        assert row.text_in("de") == q.text_in("de") and row.text_in("en") == q.text
        assert row.audience == tuple(a.value for a in q.audience)
        assert (row.sensitive, row.research_first) == (q.sensitive, q.research_first)


def test_an_edit_to_a_bank_file_is_seen_by_the_next_snapshot(
    cache_dir: Path, user_bank: Path
) -> None:
    first = snapshot([user_bank])
    assert first is not None and any(cache_dir.glob("rows-*.pickle"))
    again = snapshot([user_bank])  # read back from the cache
    assert again is not None and again.rows == first.rows
    path = user_bank / "custom.yaml"
    path.write_text(path.read_text().replace("text: ", "text: Zanzibar quokka ", 1))
    second = snapshot([user_bank])
    assert second is not None and second.rows != first.rows
    hits = second.search("zanzibar quokka", limit=3)
    assert hits and "Zanzibar quokka" in hits[0][0].text_in("en")


def test_a_broken_file_leaves_the_snapshot_to_the_loader(cache_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "bad.yaml").write_text("questions: [\n")
    from askback.errors import BankError

    with pytest.raises(BankError):
        snapshot([folder])
