"""The on-disk bank cache: a hit equals a fresh load, any edit is seen, a broken cache is a miss."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.bank import bank as bank_module
from askback.bank import load
from askback.bank.search import SearchIndex
from askback.bank.synonyms import shipped

DATA = Path(__file__).parents[2] / "data" / "bank"


def _dump(bank: bank_module.Bank) -> list[dict[str, object]]:
    return [q.model_dump() for q in bank.questions]


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the bank was parsed although the cache holds it")

    monkeypatch.setattr(bank_module, "_load", refuse)


def test_a_hit_is_the_same_bank_without_parsing(
    cache_dir: Path, user_bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = load([user_bank])
    assert sorted(p.name.split("-")[0] for p in cache_dir.glob("*.pickle")) == ["bank"]
    _no_parsing(monkeypatch)
    again = load([user_bank])
    assert _dump(again) == _dump(fresh)
    assert again.origins == fresh.origins and again.aliases == fresh.aliases
    assert "my-model-review" in again


def test_an_edit_of_the_same_size_and_time_is_seen(cache_dir: Path, user_bank: Path) -> None:
    path = user_bank / "custom.yaml"
    before = load([user_bank])
    assert before.get("my-model-review").text.startswith("Who signed off")
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    # Same length and the old timestamps: only the content tells them apart.
    path.write_text(text.replace("Who signed off", "Who approved  "), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    after = load([user_bank])
    assert after.get("my-model-review").text.startswith("Who approved")


def test_a_new_or_removed_user_file_is_seen(cache_dir: Path, user_bank: Path) -> None:
    assert "my-model-review" in load([user_bank])
    (user_bank / "custom.yaml").rename(user_bank / "custom.txt")
    assert "my-model-review" not in load([user_bank])


def test_an_invalid_edit_is_reported_not_served_from_the_cache(
    cache_dir: Path, user_bank: Path
) -> None:
    from askback.errors import BankError

    load([user_bank])
    path = user_bank / "custom.yaml"
    path.write_text(path.read_text().replace("minutes: 3", "minutes: -3"), encoding="utf-8")
    with pytest.raises(BankError, match="minutes"):
        load([user_bank])


@pytest.mark.parametrize("damage", ["truncate", "garbage", "other-key"])
def test_a_damaged_entry_is_rebuilt(cache_dir: Path, user_bank: Path, damage: str) -> None:
    fresh = load([user_bank])
    [entry] = cache_dir.glob("bank-*.pickle")
    if damage == "truncate":
        entry.write_bytes(entry.read_bytes()[:1000])
    elif damage == "garbage":
        entry.write_bytes(b"not a pickle at all")
    else:
        entry.write_bytes(pickle.dumps(("another key", "not a bank")))
    assert _dump(load([user_bank])) == _dump(fresh)


def test_an_unwritable_cache_never_fails(
    tmp_path: Path, user_bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    # A cache "folder" below a regular file can be neither created nor read (even as root).
    monkeypatch.setenv("ASKBACK_CACHE_DIR", str(blocker / "cache"))
    bank = load([user_bank])
    assert "my-model-review" in bank
    assert bank.search("model sign-off")
    assert blocker.read_text() == "in the way"


def test_the_cached_index_ranks_exactly_like_a_fresh_one(cache_dir: Path) -> None:
    load().search("warm the cache")  # builds and stores the index
    cached = load()
    assert list(cache_dir.glob("index-*.pickle"))
    fresh = SearchIndex(cached.questions)
    assert cached.index is not fresh

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        st.lists(
            st.sampled_from(fresh.index.vocab[::7])
            | st.sampled_from([p for ps in shipped().groups.values() for p in ps])
            | st.text(min_size=1, max_size=12),
            min_size=1,
            max_size=4,
        )
    )
    def same(words: list[str]) -> None:
        query = " ".join(words)
        expect = [(h.question.id, round(h.score, 9)) for h in fresh.search(query)]
        got = [(h.question.id, round(h.score, 9)) for h in cached.search(query)]
        assert got == expect

    same()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([p for ps in shipped().groups.values() for p in ps])
        | st.sampled_from([" ", ", ", "/", "&", "-", "x", "the "])
        | st.text(alphabet="abcdeilnopst: ", max_size=6),
        max_size=8,
    )
)
def test_a_loaded_synonyms_table_matches_like_the_parsed_one(parts: list[str]) -> None:
    parsed = shipped()
    loaded = pickle.loads(pickle.dumps(parsed))
    assert loaded.pattern is None  # it compiles only what each text can match
    text = "".join(parts)
    assert loaded.matches(text) == parsed.matches(text)


def test_the_cli_sees_an_edit_of_a_user_bank_file(tmp_path: Path, cache_dir: Path) -> None:
    home = tmp_path / "home"
    (home / "bank").mkdir(parents=True)
    path = home / "bank" / "custom.yaml"
    shutil.copy(DATA / "custom.yaml", path)
    env = {**os.environ, "ASKBACK_HOME": str(home), "COLUMNS": "200"}

    def search(query: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "askback", "questions", "search", query, "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    assert "my-quiet-hours" in search("meeting-free")
    assert "my-quiet-hours" not in search("zebra crossings")
    path.write_text(
        path.read_text(encoding="utf-8").replace("Meeting-free focus time", "Zebra crossings"),
        encoding="utf-8",
    )
    assert "my-quiet-hours" in search("zebra crossings")
