"""forget/wipe with a reader open, wipe and askback's own copies, a copy before any restore."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from askback.app import Workspace, opportunities
from askback.app import forget as forget_cases
from askback.app.backup import restore
from askback.domain.model import Profile
from askback.errors import InputError
from askback.store.backup import default_backup_dir
from tests.integration.tracker.helpers import cli, snapshot

SECRET = "The manager keeps a list called zz-quiet-exits."


def _with_secret(url: str) -> None:
    with Workspace.open(url) as ws:
        opportunities.add(ws, company="Acme", role="DS", notes=SECRET)
        opportunities.add(ws, company="Globex", role="ML")


def _on_disk(db: Path) -> bool:
    files = [db, db.with_name(db.name + "-wal")]
    return any(SECRET.encode() in f.read_bytes() for f in files if f.exists())


@pytest.mark.parametrize("command", [("forget", "acme", "--yes"), ("wipe", "--yes")])
def test_a_reader_keeps_the_text_on_disk_and_askback_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    monkeypatch.setattr(forget_cases, "SCRUB_WAIT_MS", 200)
    db = tmp_path / "askback.sqlite3"
    url = f"sqlite:///{db}"
    _with_secret(url)
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM opportunities").fetchall()
        blocked = cli(url, *command)
        # Checked while the reader is open: when the last connection closes, SQLite
        # checkpoints on its own.
        assert _on_disk(db)
    finally:
        reader.execute("COMMIT")
        reader.close()
    assert blocked.code == 1
    assert "Forgot" not in blocked.output and "Wiped" not in blocked.output
    assert "still on disk" in blocked.error and "askback forget --finish" in blocked.error
    assert f"{db}-wal" in blocked.error
    # The rows are gone all the same; finishing clears the file and the WAL.
    assert SECRET not in json.dumps(snapshot(url))
    done = cli(url, "forget", "--finish")
    assert done.code == 0, done.error
    assert not _on_disk(db)


def test_finish_with_nothing_pending(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'askback.sqlite3'}"
    _with_secret(url)
    done = cli(url, "forget", "--finish")
    assert done.code == 0 and "Nothing deleted is left" in done.output


def test_wipe_offers_to_remove_automatic_copies(tmp_path: Path) -> None:
    db = tmp_path / "askback.sqlite3"
    url = f"sqlite:///{db}"
    _with_secret(url)
    mine = tmp_path / "mine.sqlite3"
    assert cli(url, "backup", "--out", str(mine)).code == 0
    assert cli(url, "restore", "--yes", str(mine)).code == 0
    [copy] = default_backup_dir(url).glob("askback-before-restore-*")
    kept = cli(url, "wipe", input="wipe\nn\n")
    assert kept.code == 0 and str(copy) in kept.output and "Kept them" in kept.output
    assert copy.exists() and SECRET.encode() in copy.read_bytes()
    # A second wipe has no rows left, but still offers the copies; --yes removes them.
    gone = cli(url, "wipe", "--yes")
    assert gone.code == 0 and "Removed 1 automatic copies" in gone.output
    assert not copy.exists()
    assert mine.exists()  # a backup the user made is theirs to keep


def test_every_restore_keeps_a_copy_of_the_data_it_replaces(
    database_url: str, tmp_path: Path
) -> None:
    _with_secret(database_url)
    before = snapshot(database_url)
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    with Workspace.open(other) as ws:
        opportunities.add(ws, company="Initech", role="Analyst")
    source = tmp_path / "other.json"
    assert cli(other, "export", "json", "--out", str(source)).code == 0
    with Workspace.open(database_url) as ws:
        result = restore(ws, source)
        assert result.safety_copy.exists()
        assert result.safety_copy.name.startswith("askback-before-restore-")
        assert (result.safety_copy.stat().st_mode & 0o777) == 0o600
        restored = [s.opportunity.company for s in opportunities.list_opportunities(ws)]
    assert restored == ["Initech"]
    # The copy brings the replaced data back whole.
    with Workspace.open(database_url) as ws:
        restore(ws, result.safety_copy)
    assert _no_times(snapshot(database_url)) == _no_times(before)


def _no_times(data: object) -> object:
    if isinstance(data, dict):
        return {k: _no_times(v) for k, v in data.items() if not k.endswith("_at")}
    if isinstance(data, list):
        return [_no_times(v) for v in data]
    return data


@pytest.mark.postgres
def test_postgresql_restore_cli_names_the_copy(pg_url: str, tmp_path: Path) -> None:
    _with_secret(pg_url)
    backup = tmp_path / "b.json"
    assert cli(pg_url, "export", "json", "--out", str(backup)).code == 0
    done = cli(pg_url, "restore", "--yes", str(backup))
    assert done.code == 0, done.error
    line = next(x for x in done.output.splitlines() if "before the restore" in x)
    copy = Path(line.split(" is in ", 1)[1].strip())
    assert copy.suffix == ".json" and SECRET in copy.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "dimension", "level", "confidence"),
    [
        ("responsible-ml at least 3 with confidence 0.8", "responsible-ml", 3, 0.8),
        ("growth at least 4", "growth", 4, 0.8),
        ("work-life-remote at least 2 (90% sure)", "work-life-remote", 2, 0.9),
        ("Data-Maturity >= 5 at 75 %", "data-maturity", 5, 0.75),
    ],
)
def test_deal_breakers_as_lines(line: str, dimension: str, level: int, confidence: float) -> None:
    [rule] = Profile.from_toml(f"deal_breakers = [{json.dumps(line)}]").deal_breakers
    assert (rule.dimension.value, rule.at_least, rule.confidence) == (dimension, level, confidence)
    # label() writes a line that reads back as the same rule.
    again = Profile.from_toml(f"deal_breakers = [{json.dumps(rule.label())}]").deal_breakers
    assert again == [rule]


def test_the_export_comment_shows_forms_that_import(tmp_path: Path) -> None:
    text = Profile().to_toml()
    examples = [
        x.removeprefix("#   ") for x in text.splitlines() if x.startswith("#   deal_breakers")
    ]
    assert examples, "the comment shows the one-line form"
    for example in examples:
        assert Profile.from_toml(example).deal_breakers
    table = "\n".join(
        x.removeprefix("#   ")
        for x in text.splitlines()
        if x.startswith(
            ("#   [[deal_breakers]]", "#   dimension", "#   at_least", "#   confidence")
        )
    )
    assert len(Profile.from_toml(table).deal_breakers) == 1


@pytest.mark.parametrize(
    "bad", ["growth at most 4", "growth", "at least 3", "growth at least 4 with confidence 2"]
)
def test_a_bad_deal_breaker_line_is_named(bad: str) -> None:
    with pytest.raises(InputError, match=r"deal_breakers\.0"):
        Profile.from_toml(f"deal_breakers = [{json.dumps(bad)}]")
