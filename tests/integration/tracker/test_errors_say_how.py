"""Errors name the field, what is wrong and what to type instead."""

from __future__ import annotations

from pathlib import Path

from tests.integration.tracker.helpers import cli, snapshot


def test_signal_add_names_what_is_missing(database_url: str) -> None:
    cli(database_url, "opportunity", "add", "Hooli", "ML")
    no_dim = cli(database_url, "signal", "add", "hooli", "--source", "chat")
    assert no_dim.code != 0
    assert "--source" not in no_dim.error.split("needs", 1)[1]
    assert "-d/--dimension" in no_dim.error and "work-life-remote" in no_dim.error
    neither = cli(database_url, "signal", "add", "hooli")
    assert "-d/--dimension" in neither.error and "--source with one of job-ad" in neither.error
    wrong = cli(database_url, "signal", "add", "hooli", "--source", "rumour", "-d", "growth")
    assert "unknown source 'rumour'" in wrong.error and "employee-review" in wrong.error
    assert snapshot(database_url)["signals"] == []
    # Case and spaces do not matter for a known source.
    ok = cli(database_url, "signal", "add", "hooli", "--source", " Chat ", "-d", "growth")
    assert ok.code == 0, ok.error
    assert snapshot(database_url)["signals"][0]["source"] == "chat"


def test_csv_dates_point_to_date_format(database_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "jobs.csv"
    sheet.write_text("company,role,applied\nHooli,ML,11/03/2026\n", encoding="utf-8")
    run = cli(database_url, "import", "csv", str(sheet))
    assert run.code != 0
    assert "'11/03/2026'" in run.error and "--date-format '%d/%m/%Y'" in run.error
    assert snapshot(database_url)["opportunities"] == []
    again = cli(database_url, "import", "csv", str(sheet), "--date-format", "%d/%m/%Y")
    assert again.code == 0, again.error
    steps = snapshot(database_url)["status_changes"]
    assert any(c["changed_at"].startswith("2026-03-11") for c in steps), steps


def test_ratings_and_stages_say_what_to_type(database_url: str) -> None:
    cli(database_url, "opportunity", "add", "Hooli", "ML")
    for rating in ("0", "6", "-3"):
        run = cli(database_url, "signal", "add", "hooli", "--source", "chat", "-d", "growth",
                  "--rating", rating)  # fmt: skip
        assert run.code == 2
        assert f"{rating} is out of range; type a whole number from 1 to 5" in run.error
    stage = cli(database_url, "log", "-O", "hooli", "--stage", "lunch", input="")
    assert stage.code == 1
    assert "unknown stage 'lunch'; use one of: screen, team, final" in stage.error
    # Typed at the prompt, a wrong stage is asked again, not an error.
    asked = cli(database_url, "log", "-O", "hooli", input="lunch\nteam\nq\n")
    assert asked.code == 0, asked.error
    assert "Stage: type one of" in asked.output
    assert snapshot(database_url)["signals"] == []
    assert [i["stage"] for i in snapshot(database_url)["interviews"]] == ["team"]
