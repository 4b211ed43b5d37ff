"""`askback log --from` without a contact, run twice, and with --stage: no crash, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli, snapshot

NO_CONTACT = """---
opportunity: Acme
stage: team
---
## grow-001
rating: 4

They promote on a written ladder.

## How do reviews work?
rating: 2
red flag: yes

Nobody could say.
"""


def _counts(url: str) -> tuple[int, int]:
    data = snapshot(url)
    return len(data["interviews"]), len(data["answers"])


@pytest.mark.parametrize("runs", [2, 3])
def test_saving_the_same_notes_again_saves_nothing(
    database_url: str, tmp_path: Path, runs: int
) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    path = tmp_path / "notes.md"
    path.write_text(NO_CONTACT, encoding="utf-8")
    first = cli(database_url, "log", "--from", str(path))
    assert first.code == 0, first.error
    assert "Saved 2 answers to new interview 1 (Acme — DS)" in first.output
    before = snapshot(database_url)
    for _ in range(runs - 1):
        again = cli(database_url, "log", "--from", str(path))
        assert again.code == 0, again.error
        assert "Already saved: interview 1" in again.output
    assert snapshot(database_url) == before
    assert _counts(database_url) == (1, 2)


def test_notes_for_an_existing_interview_without_a_contact(
    database_url: str, tmp_path: Path
) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    cli(database_url, "interview", "add", "Acme", "--stage", "screen", "--at", "2025-03-01 10:00")
    path = tmp_path / "more.md"
    path.write_text("---\ninterview: 1\n---\n## grow-002\n\nLadders exist.\n", encoding="utf-8")
    run = cli(database_url, "log", "--from", str(path))
    assert run.code == 0, run.error
    assert "Saved 1 answer to interview 1 (Acme — DS)" in run.output
    assert "Already saved" in cli(database_url, "log", "--from", str(path)).output
    assert _counts(database_url) == (1, 1)


def test_changed_notes_are_saved_as_new_answers(database_url: str, tmp_path: Path) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    path = tmp_path / "notes.md"
    path.write_text(NO_CONTACT, encoding="utf-8")
    cli(database_url, "log", "--from", str(path))
    path.write_text(NO_CONTACT.replace("rating: 4", "rating: 5"), encoding="utf-8")
    run = cli(database_url, "log", "--from", str(path))
    assert run.code == 0, run.error
    assert "to new interview 2" in run.output
    assert _counts(database_url) == (2, 4)


def test_stage_option_fills_a_missing_stage(database_url: str, tmp_path: Path) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    path = tmp_path / "notes.md"
    path.write_text(NO_CONTACT.replace("stage: team\n", ""), encoding="utf-8")
    missing = cli(database_url, "log", "--from", str(path))
    assert missing.code == 1 and "--stage" in missing.error
    run = cli(database_url, "log", "--from", str(path), "--stage", "final")
    assert run.code == 0, run.error
    assert [i["stage"] for i in snapshot(database_url)["interviews"]] == ["final"]


def test_the_front_matter_stage_wins_over_the_option(database_url: str, tmp_path: Path) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    path = tmp_path / "notes.md"
    path.write_text(NO_CONTACT, encoding="utf-8")
    assert cli(database_url, "log", "--from", str(path), "--stage", "final").code == 0
    assert [i["stage"] for i in snapshot(database_url)["interviews"]] == ["team"]
