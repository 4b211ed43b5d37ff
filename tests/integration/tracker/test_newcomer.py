"""The issue's "done when": a newcomer does it all from the CLI and moves to PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli, snapshot

SPREADSHEET = """Company,Position,Status,Date applied,Salary,Location,Notes
Umbrella,Data Scientist,applied,2025-01-10,65-75k EUR,Hamburg,
Hooli,Senior Data Scientist,rejected,2024-12-01,,Remote,"no feedback"
Pied Piper,ML Engineer,interested,,$140k,,friend works there
"""


@pytest.mark.postgres
def test_newcomer_tracks_imports_exports_and_moves_to_postgresql(
    tmp_path: Path, pg_url: str
) -> None:
    laptop = f"sqlite:///{tmp_path / 'askback.sqlite3'}"

    def ok(*args: str, input: str | None = None) -> str:
        run = cli(laptop, *args, input=input)
        assert run.code == 0, (args, run.error)
        return run.output

    # Three opportunities through several interviews.
    for company, role in (
        ("Acme", "Data Scientist"),
        ("Globex", "ML Engineer"),
        ("Initech", "Analyst"),
    ):
        ok("opportunity", "add", company, role, "--status", "applied")
    ok("contact", "add", "Jane Doe", "--company", "Acme", "--audience", "hiring-manager")
    ok("contact", "add", "Priya Raman", "--company", "Globex", "--audience", "recruiter")
    ok(
        "interview",
        "add",
        "acme",
        "--stage",
        "screen",
        "--at",
        "2025-03-01 10:00",
        "--tz",
        "Europe/Berlin",
        "--with",
        "Jane Doe",
    )
    ok(
        "interview",
        "add",
        "acme",
        "--stage",
        "team",
        "--at",
        "2025-03-08 14:00",
        "--tz",
        "Europe/Berlin",
        "--with",
        "Jane Doe",
        "--with",
        "Sam Lee",
    )
    ok(
        "interview",
        "add",
        "globex",
        "--stage",
        "screen",
        "--at",
        "2025-03-03 16:00",
        "--tz",
        "America/New_York",
        "--with",
        "Priya",
    )
    ok(
        "interview",
        "add",
        "initech",
        "--stage",
        "screen",
        "--at",
        "2025-03-04 09:00",
        "--tz",
        "Europe/London",
    )
    ok("log", "1", "--questions", "grow-001", input="Five levels, shared the doc.\n\n5\nn\n\n")
    notes = tmp_path / "team.md"
    notes.write_text(
        "---\ninterview: 2\n---\n"
        "## grow-002\ncontact: Sam Lee\nrating: 2\n\nIC track stops at senior.\n\n"
        "## How do you deploy models?\ncontact: Jane Doe\ndimension: data-maturity\n"
        "rating: 1\nred flag: yes\n\nBy hand.\n",
        encoding="utf-8",
    )
    ok("log", "--from", str(notes))
    ok(
        "answer",
        "add",
        "3",
        "--text",
        "What is the salary band?",
        "--rating",
        "4",
        "--contact",
        "Priya",
    )
    ok(
        "signal",
        "add",
        "globex",
        "--source",
        "employee-review",
        "-d",
        "work-life-remote",
        "--rating",
        "4",
    )
    ok("opportunity", "status", "acme", "interviewing")
    ok("opportunity", "status", "globex", "offer", "--note", "verbal")
    ok("opportunity", "status", "initech", "withdrawn")

    # The spreadsheet kept until now.
    sheet = tmp_path / "tracker.csv"
    sheet.write_text(SPREADSHEET, encoding="utf-8")
    assert "3 of 3 rows would be imported" in ok("import", "csv", str(sheet), "--dry-run")
    ok("import", "csv", str(sheet))
    listed = json.loads(ok("opportunity", "list", "--json"))
    assert len(listed) == 6
    assert "Waiting on you" in ok("today")

    # Export everything, import it into a fresh PostgreSQL database, get the same data back.
    dump = tmp_path / "everything.json"
    ok("export", "json", "--out", str(dump))
    moved = cli(pg_url, "import", "json", str(dump))
    assert moved.code == 0, moved.error
    assert snapshot(pg_url) == snapshot(laptop)
    mine = snapshot(laptop)
    assert len(mine["answers"]) == 4 and len(mine["interviews"]) == 4
    assert {o["company"] for o in mine["opportunities"]} >= {"Umbrella", "Hooli", "Pied Piper"}
    # And the same CLI works against the server.
    assert "Acme" in cli(pg_url, "timeline", "acme").output
