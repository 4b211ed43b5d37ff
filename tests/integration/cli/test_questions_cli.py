"""The bank from the command line: filters, search, show, export, --json, --lang, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from askback.cli import app

DATA = Path(__file__).parents[2] / "data"
runner = CliRunner()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASKBACK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ASKBACK_BANK_PATH", raising=False)
    return tmp_path


def invoke_json(*args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def test_filters_combine() -> None:
    rows = invoke_json("questions", "-d", "responsible-ml", "--audience", "peer", "--sensitive")
    assert rows
    for row in rows:
        assert "responsible-ml" in row["dimensions"]  # type: ignore[operator]
        assert "peer" in row["audience"] or "any" in row["audience"]  # type: ignore[operator]
        assert row["sensitive"] is True
    everything = invoke_json("questions")
    assert len(everything) >= 320 > len(rows)


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [("--stage", "backchannel", "stage"), ("--tag", "pay-equity", "tags")],
)
def test_list_filters(option: str, value: str, field: str) -> None:
    rows = invoke_json("questions", option, value)
    assert rows and all(value in row[field] for row in rows)  # type: ignore[operator]


def test_research_first_filter() -> None:
    rows = invoke_json("questions", "--research-first")
    assert rows and all(r["research_first"] for r in rows)


def test_lang_de_lists_german_text() -> None:
    en = {r["id"]: r["text"] for r in invoke_json("questions", "-d", "growth")}
    de = {r["id"]: r["text"] for r in invoke_json("questions", "-d", "growth", "--lang", "de")}
    assert en.keys() == de.keys()
    assert all(en[k] != de[k] for k in en)


def test_table_output() -> None:
    result = runner.invoke(app, ["questions", "-d", "hiring-process"])
    assert result.exit_code == 0
    assert "hire-001" in result.stdout and "questions" in result.stdout


def test_search_ranked_json() -> None:
    rows = invoke_json("questions", "search", "gender diversity", "-n", "5")
    assert len(rows) == 5
    assert all("diversity-inclusion" in r["dimensions"] for r in rows)  # type: ignore[operator]
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]


def test_search_german() -> None:
    rows = invoke_json("questions", "search", "Gehalt", "--lang", "de")
    assert rows and rows[0]["dimensions"][0] == "compensation-contract"  # type: ignore[index]


def test_show_prints_all_guidance() -> None:
    result = runner.invoke(app, ["questions", "show", "rml-001"])
    assert result.exit_code == 0, result.output
    for heading in ("Why ask", "Green flags", "Red flags", "Rubric", "Follow-ups"):
        assert heading in result.stdout
    de = runner.invoke(app, ["questions", "show", "rml-001", "--lang", "de"])
    assert "Warum fragen" in de.stdout


def test_show_unknown_id_suggests() -> None:
    result = runner.invoke(app, ["questions", "show", "rml-0001"])
    assert result.exit_code != 0
    assert "did you mean" in str(result.exception)


@pytest.mark.parametrize("suffix", [".md", ".html", ".json", ".csv"])
def test_export_filtered_set(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"sheet{suffix}"
    result = runner.invoke(app, ["questions", "export", "-d", "responsible-ml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "rml-001" in text and "dei-001" not in text


def test_export_to_stdout_in_german() -> None:
    result = runner.invoke(
        app, ["questions", "export", "-f", "markdown", "--lang", "de", "-d", "growth"]
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# askback Fragenkatalog")


def test_user_bank_directory_and_bank_option(isolated_home: Path) -> None:
    user_dir = isolated_home / "home" / "bank"
    user_dir.mkdir(parents=True)
    (user_dir / "mine.yaml").write_text(
        (DATA / "bank" / "custom.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    ids = {r["id"] for r in invoke_json("questions", "-d", "work-life-remote")}
    assert "my-quiet-hours" in ids


def test_invalid_filter_value() -> None:
    result = runner.invoke(app, ["questions", "--audience", "ceo"])
    assert result.exit_code != 0
    assert "--audience 'ceo' is not valid" in str(result.exception)


def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from askback.cli import main; main()", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )


def test_broken_bank_file_gives_clear_error_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = (DATA / "bank" / "custom.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("stage: [team]", "stage: [lunch]"), encoding="utf-8")
    proc = run_cli("--bank", str(broken), "questions", env={"ASKBACK_HOME": str(tmp_path)})
    assert proc.returncode == 1
    line = next(i for i, t in enumerate(broken.read_text().splitlines(), 1) if "lunch" in t)
    assert f"{broken}:{line}: my-quiet-hours: stage.0" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_resources_search_and_list() -> None:
    rows = invoke_json("resources", "search", "networking community")
    assert rows and rows[0]["kind"] in ("community", "event")
    communities = invoke_json("resources", "--kind", "community")
    assert communities and all(r["kind"] == "community" for r in communities)


def test_resources_in_german() -> None:
    en = {r["id"]: r["description"] for r in invoke_json("resources")}
    de = {r["id"]: r["description"] for r in invoke_json("resources", "--lang", "de")}
    assert en.keys() == de.keys() and all(en[k] != de[k] for k in en)
    assert invoke_json("resources", "search", "Netzwerk online", "--lang", "de")


def test_custom_questions_sit_next_to_the_bank() -> None:
    added = runner.invoke(
        app, ["custom-question", "add", "Who owns the churn model today?", "-d", "data-maturity"]
    )
    assert added.exit_code == 0, added.output
    rows = invoke_json("questions", "-d", "data-maturity")
    custom = [r for r in rows if str(r["id"]).startswith("my-")]
    assert len(custom) == 1 and custom[0]["text"] == "Who owns the churn model today?"
    shown = runner.invoke(app, ["questions", "show", str(custom[0]["id"])])
    assert shown.exit_code == 0 and "churn model" in shown.stdout


def test_browsing_does_not_create_a_database(isolated_home: Path) -> None:
    invoke_json("questions", "-d", "growth")
    assert not (isolated_home / "home" / "askback.sqlite3").exists()


def test_kit_lists_kits_and_prints_one_with_mixed_signals() -> None:
    listed = runner.invoke(app, ["questions", "kit"])
    assert listed.exit_code == 0, listed.output
    assert "gender-diversity" in listed.stdout and "ml-ethics" in listed.stdout
    shown = runner.invoke(app, ["questions", "kit", "gender-diversity", "--lang", "de"])
    assert shown.exit_code == 0, shown.output
    assert "Widersprüchliche Signale lesen" in shown.stdout and "dei-007" in shown.stdout
    unknown = runner.invoke(app, ["questions", "kit", "salary"])
    assert unknown.exit_code != 0


@pytest.mark.parametrize("suffix", [".md", ".html", ".json"])
def test_kit_printable_sheet(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"kit{suffix}"
    result = runner.invoke(app, ["questions", "kit", "ml-ethics", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "rml-001" in text and "rml-044" in text and "dei-007" not in text


def test_lint_passes_the_shipped_bank_and_flags_a_risky_user_question(tmp_path: Path) -> None:
    clean = runner.invoke(app, ["questions", "lint"])
    assert clean.exit_code == 0, clean.output
    bank = tmp_path / "mine.yaml"
    bank.write_text(
        (Path(__file__).parents[2] / "data" / "bank" / "custom.yaml")
        .read_text(encoding="utf-8")
        .replace(
            'follow_ups: ["', 'follow_ups: ["Is anyone who works here pregnant right now?", "', 1
        ),
        encoding="utf-8",
    )
    flagged = runner.invoke(app, ["--bank", str(bank), "questions", "lint", "--json"])
    assert flagged.exit_code == 1
    rows = json.loads(flagged.stdout)
    assert [(r["field"], r["category"]) for r in rows] == [
        ("follow_ups[0]", "protected characteristic")
    ]
