"""Every kind of bad input gets a clear error and changes nothing, on both backends."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.tracker.helpers import cli, snapshot

SAMPLE = Path(__file__).parent / "data" / "sample.json"


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _json(tmp: Path, data: object) -> Path:
    path = tmp / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def invalid_json(tmp: Path) -> list[str]:
    path = tmp / "in.json"
    path.write_text('{"format": "askback-export",\n "version": 1,,}', encoding="utf-8")
    return ["import", "json", str(path)]


def wrong_encoding_json(tmp: Path) -> list[str]:
    path = tmp / "in.json"
    path.write_bytes(
        SAMPLE.read_text(encoding="utf-8").replace("Acme", "Äcme").encode("latin-1", "replace")
    )
    return ["import", "json", str(path)]


def oversized_json(tmp: Path) -> list[str]:
    return ["import", "json", str(_json(tmp, _sample())), "--max-size", "0.001"]


def impossible_date_json(tmp: Path) -> list[str]:
    data = _sample()
    data["contacts"][0]["follow_up"] = "2025-02-30"
    return ["import", "json", str(_json(tmp, data))]


def unknown_question_json(tmp: Path) -> list[str]:
    data = _sample()
    data["answers"][0]["question_id"] = "zzz-404"
    return ["import", "json", str(_json(tmp, data))]


def duplicate_ids_json(tmp: Path) -> list[str]:
    data = _sample()
    data["opportunities"].append(dict(data["opportunities"][0]))
    return ["import", "json", str(_json(tmp, data))]


def newer_format_json(tmp: Path) -> list[str]:
    data = _sample()
    data["version"] = 99
    return ["import", "json", str(_json(tmp, data))]


def csv_missing_columns(tmp: Path) -> list[str]:
    path = tmp / "in.csv"
    path.write_text("Company,Salary\nAcme,60k\n", encoding="utf-8")
    return ["import", "csv", str(path)]


def csv_duplicates(tmp: Path) -> list[str]:
    path = tmp / "in.csv"
    path.write_text("Company,Role\nNew Co,DS\nNew Co,DS\n", encoding="utf-8")
    return ["import", "csv", str(path)]


def csv_impossible_date(tmp: Path) -> list[str]:
    path = tmp / "in.csv"
    path.write_text("Company,Role,Applied\nNew Co,DS,31.04.2025\n", encoding="utf-8")
    return ["import", "csv", str(path)]


def csv_wrong_encoding(tmp: Path) -> list[str]:
    path = tmp / "in.csv"
    path.write_bytes("Company,Role\nCafé GmbH,DS\n".encode("cp1252"))
    return ["import", "csv", str(path)]


def notes_unknown_question(tmp: Path) -> list[str]:
    path = tmp / "notes.md"
    path.write_text(
        "---\nopportunity: 1\nstage: team\ndate: 2025-03-01 10:00\n---\n"
        "## grow-001\nrating: 4\n\nfine\n\n## zzz-404\nrating: 2\n",
        encoding="utf-8",
    )
    return ["log", "--from", str(path)]


def notes_impossible_date(tmp: Path) -> list[str]:
    path = tmp / "notes.md"
    path.write_text(
        "---\nopportunity: 1\nstage: team\ndate: 2025-02-30 10:00\n---\n## grow-001\n",
        encoding="utf-8",
    )
    return ["log", "--from", str(path)]


def notes_wrong_encoding(tmp: Path) -> list[str]:
    path = tmp / "notes.md"
    path.write_bytes("---\nopportunity: 1\nstage: team\n---\n## Größe?\n".encode("cp1252"))
    return ["log", "--from", str(path)]


def plan_unknown_question(tmp: Path) -> list[str]:
    path = tmp / "plan.txt"
    path.write_text("grow-001\nzzz-404\n", encoding="utf-8")
    return ["log", "1", "--plan", str(path)]


CASES: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "invalid JSON": (invalid_json, "not valid JSON: key must be a string at line 2 column 15"),
    "wrong encoding (JSON)": (wrong_encoding_json, "not valid utf-8 text"),
    "over the size limit": (oversized_json, "over the 1.0 kB limit"),
    "impossible date (JSON)": (impossible_date_json, "contacts[0].follow_up"),
    "unknown question id (JSON)": (unknown_question_json, "unknown question id 'zzz-404'"),
    "duplicates (JSON)": (duplicate_ids_json, "opportunities[3].id: duplicate id 1"),
    "newer format": (newer_format_json, "written by a newer askback"),
    "CSV with missing columns": (csv_missing_columns, "missing columns for role"),
    "duplicates (CSV)": (csv_duplicates, "row 3, column 'Company': duplicate of row 2"),
    "impossible date (CSV)": (csv_impossible_date, "impossible date '31.04.2025'"),
    "wrong encoding (CSV)": (csv_wrong_encoding, "in.csv:2: not valid utf-8 text"),
    "unknown question id (notes)": (
        notes_unknown_question,
        "notes.md:11: no question with id 'zzz-404'",
    ),
    "impossible date (notes)": (notes_impossible_date, "impossible date"),
    "wrong encoding (notes)": (notes_wrong_encoding, "notes.md:5: not valid utf-8 text"),
    "unknown question id (plan)": (plan_unknown_question, "unknown question id: zzz-404"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_refused_and_changes_nothing(
    case: str, database_url: str, tmp_path: Path
) -> None:
    make, message = CASES[case]
    # A workspace with data in it: the bad input must leave it exactly as it was.
    assert cli(database_url, "opportunity", "add", "Acme", "DS").code == 0
    assert (
        cli(
            database_url, "interview", "add", "1", "--stage", "screen", "--at", "2025-01-01 10:00"
        ).code
        == 0
    )
    before = snapshot(database_url)
    args = make(tmp_path)
    if args[:2] == ["import", "json"]:
        args.append("--merge")
    run = cli(database_url, *args)
    assert run.code == 1
    assert message in run.error, run.error
    assert "Traceback" not in run.error
    assert snapshot(database_url) == before


@pytest.mark.parametrize(
    ("name", "data", "args", "message"),
    [
        ("in.json", '{"format": "askback-export"}'.encode("utf-16"), ["import", "json"], "UTF-16"),
        ("notes.md", "## Größe?\n".encode("cp1252"), ["log", "--from"], "not valid utf-8"),
        ("notes.md", b"## q?\n" + b"x" * 5_000_001, ["log", "--from"], "over the 5.0 MB limit"),
    ],
)
def test_messages_offer_only_options_the_command_has(
    tmp_path: Path, name: str, data: bytes, args: list[str], message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    run = cli(f"sqlite:///{tmp_path / 'db.sqlite3'}", *args, str(path))
    assert run.code == 1 and message in run.error, run.error
    assert "--encoding" not in run.error and "--max-size" not in run.error


def test_the_real_command_prints_one_line_without_a_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    done = subprocess.run(
        [
            str(Path(sys.executable).with_name("askback")),
            "--db",
            str(tmp_path / "db.sqlite3"),
            "import",
            "json",
            str(bad),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and "not valid JSON" in done.stderr
    assert "Traceback" not in done.stderr
