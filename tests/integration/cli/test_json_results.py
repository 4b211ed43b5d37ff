"""--json on edits, status changes, deletions and files written: the result as JSON on stdout,
and nothing else there; --out for every file written, the old bare path still read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli.test_consistency import run_main


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    args = ["--db", f"sqlite:///{tmp_path / 'a.sqlite3'}"]
    for step in (
        ["opportunity", "add", "Acme", "Data Scientist"],
        ["interview", "add", "acme", "--stage", "team", "--with", "Jo Park", "--yes"],
        ["answer", "add", "1", "--question", "grow-001", "--rating", "2", "--notes", "vague"],
        ["signal", "add", "acme", "--source", "chat", "-d", "growth", "--notes", "on-call"],
        ["custom-question", "add", "How is on-call paid?", "-d", "work-life-remote"],
    ):
        code, _, err = run_main([*args, *step], capsys)
        assert code == 0, (step, err)
    return args


def as_json(db: list[str], args: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    code, out, err = run_main([*db, *args, "--json"], capsys)
    assert code == 0, err
    return json.loads(out)  # stdout holds the JSON and nothing else


def test_edits_and_status_print_the_changed_record(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert as_json(db, ["opportunity", "status", "acme", "applied"], capsys)["status"] == "applied"
    assert as_json(db, ["interview", "edit", "1", "--location", "Room 4"], capsys)["location"] == (
        "Room 4"
    )
    answer = as_json(db, ["answer", "edit", "1", "--rating", "4"], capsys)
    assert (answer["id"], answer["rating"]) == (1, 4)
    signal = as_json(db, ["signal", "edit", "1", "--notes", "paid on-call"], capsys)
    assert signal["note"] == "paid on-call"
    question = as_json(
        db, ["custom-question", "edit", "my-how-is-on-call-paid", "--why", "Nights"], capsys
    )
    assert question["why"] == "Nights"


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        (["signal", "delete", "1", "--yes"], "signal"),
        (["answer", "delete", "1", "--yes"], "answer"),
        (["interview", "delete", "1", "--yes"], "interview"),
        (["contact", "delete", "Jo Park", "--yes"], "contact"),
        (["opportunity", "delete", "acme", "--yes"], "opportunity"),
    ],
)
def test_deletions_print_what_was_deleted(
    db: list[str], capsys: pytest.CaptureFixture[str], args: list[str], kind: str
) -> None:
    done = as_json(db, args, capsys)
    assert done["deleted"] == kind and isinstance(done["id"], int)
    code, _, err = run_main([*db, *args[:3]], capsys)  # it is gone
    assert code == 1 and "no " in err


def test_files_written_print_their_path_and_size(
    db: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for args, name in (
        (["export", "json"], "all.json"),
        (["export", "markdown", "acme"], "acme.md"),
        (["export", "ics"], "cal.ics"),
        (["profile", "export"], "me.toml"),
        (["backup"], "b.sqlite3"),
        (["questions", "export"], "bank.md"),
    ):
        target = tmp_path / name
        done = as_json(db, [*args, "--out", str(target)], capsys)
        assert done["path"] == str(target), args
        if "size" in done:
            assert done["size"] == target.stat().st_size > 0
    # Without --out the export goes to stdout, so --json has nothing to report: one clear error.
    code, out, err = run_main([*db, "export", "markdown", "acme", "--json"], capsys)
    assert (code, out) == (2, "") and "needs --out FILE" in err


def test_the_old_bare_path_still_works_with_a_note(
    db: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for args in (["backup"], ["profile", "export"]):
        target = tmp_path / f"old-{args[-1]}"
        code, _, err = run_main([*db, *args, str(target)], capsys)
        assert code == 0 and target.exists()
        assert f"give the path as --out {target}" in err
        # -o is --out here, as everywhere.
        short = tmp_path / f"short-{args[-1]}"
        code, _, err = run_main([*db, *args, "-o", str(short)], capsys)
        assert code == 0 and short.exists() and "deprecated" not in err


def test_ad_analyze_json_is_format_json(
    db: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ad = tmp_path / "ad.txt"
    ad.write_text("We want a rockstar data ninja. Salary: competitive.\n", encoding="utf-8")
    code, by_flag, _ = run_main([*db, "ad", "analyze", str(ad), "--json"], capsys)
    assert code == 0
    code, by_format, _ = run_main([*db, "ad", "analyze", str(ad), "--format", "json"], capsys)
    assert code == 0 and json.loads(by_flag) == json.loads(by_format)
    code, _, err = run_main([*db, "ad", "analyze", str(ad), "--json", "-f", "markdown"], capsys)
    assert code == 2 and "give one" in err
