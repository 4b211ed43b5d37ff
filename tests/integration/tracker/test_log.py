"""`askback log`: interactively, from a Markdown notes file, and walking a plan."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from askback.app import Workspace, answers, opportunities
from askback.app.log import log_notes, read_plan
from askback.app.notes import read_notes
from askback.errors import InputError
from tests.integration.tracker.helpers import cli, snapshot

NOTES = """---
opportunity: Acme
stage: team
date: 2025-03-14 15:00
timezone: Europe/Berlin
duration: 45
contacts: [Jane Doe, Sam Lee]
---
# Team interview

Relaxed, two interviewers.

## grow-001: career levels
contact: Jane Doe
rating: 4

Five levels, written down.

## How do models reach production?
contact: Sam Lee
dimension: data-maturity
rating: 1
red flag: yes

By hand. No monitoring.

## grow-002
Did not get to a real answer.
"""


def test_notes_file_creates_the_interview_and_answers(workspace: Workspace, tmp_path: Path) -> None:
    opportunities.add(workspace, company="Acme", role="DS")
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    result = log_notes(workspace, read_notes(path))
    assert result.created_interview
    assert result.created_contacts == ["Jane Doe", "Sam Lee"]
    iv = result.interview
    assert (iv.stage, iv.timezone, iv.duration_minutes) == ("team", "Europe/Berlin", 45)
    assert iv.starts_at.isoformat() == "2025-03-14T14:00:00+00:00"
    assert iv.notes == "Relaxed, two interviewers."
    saved = answers.list_answers(workspace, interview=iv.id)
    assert [
        (a.question_id, a.rating, a.red_flag, a.contact.name if a.contact else None) for a in saved
    ] == [
        ("grow-001", 4, False, "Jane Doe"),
        (None, 1, True, "Sam Lee"),
        ("grow-002", None, False, None),
    ]
    assert saved[1].notes == "By hand. No monitoring."
    assert saved[1].dimension == "data-maturity"


def test_notes_file_is_all_or_nothing(workspace: Workspace, tmp_path: Path) -> None:
    opportunities.add(workspace, company="Acme", role="DS")
    path = tmp_path / "notes.md"
    path.write_text(NOTES.replace("## grow-002", "## zzz-999"), encoding="utf-8")
    with pytest.raises(InputError, match=r"notes.md:\d+: no question with id 'zzz-999'"):
        log_notes(workspace, read_notes(path))
    assert answers.list_answers(workspace) == []
    assert opportunities.show(workspace, "acme").interviews == []


def test_interactive_log(database_url: str) -> None:
    assert cli(database_url, "opportunity", "add", "Acme", "DS").code == 0
    keys = "\n".join(
        [
            # grow-001: two lines of notes, an empty line, rating 4, no red flag, Jane answered
            "They have five levels.",
            "Shared the doc.",
            "",
            "4",
            "n",
            "1",
            # grow-002: skipped
            "s",
            # then a question of my own
            "How is on-call organised?",
            "Every other week, unpaid.",
            "",
            # its dimension, by a unique start of the name
            "work-life",
            "2",
            "y",
            "2",
            # finish
            "",
        ]
    )
    run = cli(
        database_url,
        "log",
        "-O",
        "acme",
        "--stage",
        "team",
        "--at",
        "2025-03-14 15:00",
        "--tz",
        "UTC",
        "--with",
        "Jane",
        "--with",
        "Sam",
        "--questions",
        "grow-001,grow-002",
        input=keys + "\n",
    )
    assert run.code == 0, run.error + run.output
    assert run.output.count("saved answer") == 2
    data = snapshot(database_url)
    names = {c["id"]: c["name"] for c in data["contacts"]}
    got = [
        (
            a["question_id"],
            a["question_text"],
            a["notes"],
            a["rating"],
            a["red_flag"],
            names[a["contact_id"]],
        )
        for a in data["answers"]
    ]
    assert got == [
        ("grow-001", None, "They have five levels.\nShared the doc.", 4, False, "Jane"),
        (None, "How is on-call organised?", "Every other week, unpaid.", 2, True, "Sam"),
    ]
    assert [a["dimension"] for a in data["answers"]] == ["growth", "work-life-remote"]


def test_interactive_log_saves_as_it_goes(database_url: str) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    cli(database_url, "interview", "add", "acme", "--stage", "screen", "--at", "2025-01-01 10:00")
    # One answer, then 'q' at the second question: the first is kept.
    run = cli(
        database_url, "log", "1", "--questions", "grow-001,grow-002", input="fine\n\n3\nn\n\nq\n"
    )
    assert run.code == 0, run.error
    assert [a["rating"] for a in snapshot(database_url)["answers"]] == [3]


def test_a_killed_log_keeps_the_answers_already_entered(database_url: str) -> None:
    """kill -9 while the second answer is being typed: the first is in the database."""
    cli(database_url, "opportunity", "add", "Acme", "DS")
    cli(database_url, "interview", "add", "acme", "--stage", "team", "--at", "2025-01-01 10:00")
    askback = str(Path(sys.executable).with_name("askback"))
    proc = subprocess.Popen(
        [askback, "--db", database_url, "log", "1", "--questions", "grow-001,grow-002"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdin is not None and proc.stdout is not None
    # Notes, an empty line, rating 4, no red flag; then half of the next answer's notes.
    proc.stdin.write(b"Five levels, written down.\n\n4\nn\nStill typing\n")
    proc.stdin.flush()
    seen, deadline = b"", time.monotonic() + 60
    while b"grow-002" not in seen:
        assert time.monotonic() < deadline and proc.poll() is None, seen.decode()
        seen += os.read(proc.stdout.fileno(), 4096)
    proc.kill()
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stdin.close()
    proc.stdout.close()
    saved = snapshot(database_url)["answers"]
    assert [(a["question_id"], a["notes"], a["rating"]) for a in saved] == [
        ("grow-001", "Five levels, written down.", 4)
    ]


def test_log_from_file_cli(database_url: str, tmp_path: Path) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    run = cli(database_url, "log", "--from", str(path))
    assert run.code == 0, run.error
    assert "Saved 3 answers to new interview" in run.output
    assert len(snapshot(database_url)["answers"]) == 3


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("plan.txt", "grow-002\n# a comment\ngrow-001\ngrow-002\n"),
        ("plan.md", "# Plan for Acme\n\n1. **grow-002**: levels?\n2. grow-001 (why: ...)\n"),
        (
            "plan.json",
            json.dumps(
                {
                    "questions": [
                        {"question_id": "grow-002", "related": ["grow-003"]},
                        {"id": "grow-001"},
                    ]
                }
            ),
        ),
        ("ids.json", json.dumps(["grow-002", "grow-001"])),
    ],
)
def test_plan_files(workspace: Workspace, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert read_plan(workspace, path) == ["grow-002", "grow-001"]


def test_plan_errors(workspace: Workspace, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("nothing here\n", encoding="utf-8")
    with pytest.raises(InputError, match="no question ids found"):
        read_plan(workspace, empty)
    broken = tmp_path / "plan.json"
    broken.write_text('{"questions": [', encoding="utf-8")
    with pytest.raises(InputError, match=r"plan\.json:1: not valid JSON"):
        read_plan(workspace, broken)


def test_plans_written_by_askback_plan(database_url: str, tmp_path: Path) -> None:
    from askback.app import Workspace

    pytest.importorskip("askback.cheatsheet")
    cli(database_url, "opportunity", "add", "Acme", "DS")
    paths = {suffix: tmp_path / f"plan{suffix}" for suffix in (".json", ".md", ".html")}
    for path in paths.values():
        made = cli(
            database_url, "plan", "acme", "--with", "peer", "--minutes", "15", "--out", str(path)
        )
        assert made.code == 0, made.error
    planned = [q["id"] for q in json.loads(paths[".json"].read_text(encoding="utf-8"))["questions"]]
    assert planned
    with Workspace.open(database_url) as ws:
        for path in paths.values():
            assert read_plan(ws, path) == planned, path.name


def test_plan_sheets_carry_opportunity_stage_and_people(database_url: str, tmp_path: Path) -> None:
    from askback.app import Workspace
    from askback.app.log import read_plan_sheet

    cli(database_url, "opportunity", "add", "Initech", "ML")
    cli(database_url, "opportunity", "add", "Globex", "DS")
    cli(database_url, "contact", "add", "Ana Ruiz", "--company", "Globex")
    for suffix in (".json", ".md", ".html"):
        path = tmp_path / f"sheet{suffix}"
        made = cli(
            database_url, "plan", "globex", "--with", "Ana Ruiz", "--stage", "screen",
            "--minutes", "8", "--out", str(path),
        )  # fmt: skip
        assert made.code == 0, made.error
        with Workspace.open(database_url) as ws:
            sheet = read_plan_sheet(ws, path)
        assert (sheet.opportunity_id, sheet.stage) == (2, "screen"), suffix
        assert sheet.ids and set(sheet.ask) == set(sheet.ids), suffix
        assert set(sheet.ask.values()) == {1}, suffix
    # Walking it asks for neither the opportunity nor the stage.
    run = cli(database_url, "log", "--plan", str(tmp_path / "sheet.md"), input="q\n")
    assert run.code == 0, run.error + run.output
    assert "Opportunity" not in run.output and "Stage" not in run.output
    interview = snapshot(database_url)["interviews"][0]
    assert (interview["opportunity_id"], interview["stage"]) == (2, "screen")


def test_q_at_any_prompt_stops_and_keeps_the_notes(database_url: str) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    for keys in ("q\n", "Notes one.\n\nq\n", "Notes one.\n\n4\nq\n"):
        run = cli(database_url, "log", "-O", "acme", "--stage", "team", "--questions",
                  "grow-001", input=keys)  # fmt: skip
        assert run.code == 0, run.error + run.output
        assert "Error" not in run.output + run.error
    saved = snapshot(database_url)["answers"]
    assert [(a["notes"], a["rating"]) for a in saved] == [("Notes one.", None), ("Notes one.", 4)]


def test_older_sheets_without_the_marker_still_name_opportunity_and_stage(
    database_url: str, tmp_path: Path
) -> None:
    from askback.app import Workspace
    from askback.app.plan_sheet import read_plan_sheet

    cli(database_url, "opportunity", "add", "Initech", "ML")
    cli(database_url, "opportunity", "add", "Globex", "DS & Co")
    for suffix in (".json", ".md", ".html"):
        path = tmp_path / f"old{suffix}"
        made = cli(database_url, "plan", "globex", "--stage", "final", "--with", "peer",
                   "--minutes", "8", "--out", str(path))  # fmt: skip
        assert made.code == 0, made.error
        text = path.read_text(encoding="utf-8")
        if suffix == ".json":
            data = json.loads(text)
            del data["opportunity_id"]
            text = json.dumps(data)
        else:
            text = re.sub(r"<!-- askback-plan .*? -->", "", text)
        path.write_text(text, encoding="utf-8")
        with Workspace.open(database_url) as ws:
            sheet = read_plan_sheet(ws, path)
        assert (sheet.opportunity_id, sheet.stage) == (2, "final"), suffix


def test_notes_file_headings_with_a_space_and_answers_that_will_not_count(
    database_url: str, tmp_path: Path
) -> None:
    cli(database_url, "opportunity", "add", "Acme", "DS")
    path = tmp_path / "call.md"
    path.write_text(
        "---\nopportunity: Acme\nstage: team\n---\n"
        "## rml-031 declined work\nThey said no once.\n\n"
        "## Who runs the on-call rota?\nNobody, really.\n\n"
        "## Is there a training budget?\ndimension: growth\nYes, 2k a year.\n",
        encoding="utf-8",
    )
    run = cli(database_url, "log", "--from", str(path))
    assert run.code == 0, run.error
    assert "1 answer to a question in your own words has no dimension" in run.output
    assert "Who runs the on-call rota?" in run.output
    assert "training budget" not in run.output
    saved = snapshot(database_url)["answers"]
    assert [(a["question_id"], a["dimension"]) for a in saved] == [
        ("rml-031", "responsible-ml"),
        (None, None),
        (None, "growth"),
    ]
