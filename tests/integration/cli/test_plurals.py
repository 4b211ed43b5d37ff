"""Counts on the command line take the form that fits 0, 1 and 2, in English and in German."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from askback.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASKBACK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ASKBACK_BANK_PATH", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return tmp_path


def _out(*args: str) -> str:
    result = runner.invoke(app, list(args), prog_name="askback")
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("en", ("0 questions · flags", "1 question · flags", "2 questions · flags")),
        ("de", ("0 Fragen · Kennzeichen", "1 Frage · Kennzeichen", "2 Fragen · Kennzeichen")),
    ],
)
def test_the_question_count_agrees_with_its_number(lang: str, forms: tuple[str, ...]) -> None:
    none = _out("questions", "--tag", "no-such-tag-at-all", "--lang", lang)
    one = _out("questions", "search", "salary range", "-n", "1", "--lang", lang)
    two = _out("questions", "search", "salary range", "-n", "2", "--lang", lang)
    for text, form in zip((none, one, two), forms, strict=True):
        assert form in text, (form, text[-300:])


def _sheet(tmp_path: Path, companies: list[str]) -> Path:
    """A spreadsheet with a row per company; an empty name makes a row with an unknown status."""
    sheet = tmp_path / f"jobs-{len(companies)}.csv"
    rows = "".join(f"{c},DS,applied\n" if c else "Ohne AG,DS,daydreaming\n" for c in companies)
    sheet.write_text("Company,Role,Status\n" + rows, encoding="utf-8")
    return sheet


@pytest.mark.parametrize(
    ("companies", "said"),
    [
        (["Eins AG"], "Dry run: 1 of 1 row would be imported"),
        (["Eins AG", "Zwei AG"], "Dry run: 2 of 2 rows would be imported"),
    ],
)
def test_an_import_counts_its_rows(tmp_path: Path, companies: list[str], said: str) -> None:
    assert said in _out("import", "csv", str(_sheet(tmp_path, companies)), "--dry-run")


@pytest.mark.parametrize(
    ("companies", "said"),
    [
        (["", "Zwei AG"], "1 row out of 2 has errors"),
        (["", ""], "2 rows out of 2 have errors"),
    ],
)
def test_a_refused_import_counts_the_bad_rows(
    tmp_path: Path, companies: list[str], said: str
) -> None:
    result = runner.invoke(app, ["import", "csv", str(_sheet(tmp_path, companies))])
    assert result.exit_code != 0
    assert said in " ".join((result.output + str(result.exception)).split())
