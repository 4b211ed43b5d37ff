"""Translations carry every field; a broken one names file, line and field; output uses them."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from askback.bank import load
from askback.bank.export import FORMATS, question_record
from askback.bank.translation import missing_fields
from askback.errors import BankError

DATA = Path(__file__).parents[2] / "data" / "bank"
GOOD = (DATA / "custom.yaml").read_text(encoding="utf-8")

# A full German version of my-model-review, appended under translations.de of the test bank.
FULL = """\
      why: "Eine Freigabe, die niemand benennen kann, findet nicht statt."
      green_flags: ["Eine benannte prüfende Person und eine Checkliste"]
      red_flags: ["Niemand gibt frei"]
      rubric:
        "1": "Niemand, es geht einfach live."
        "3": "Die Teamleitung wirft einen Blick auf die Kennzahlen."
        "5": "Eine benannte Person prüft Fairness und Monitoring anhand einer schriftlichen Liste."
      follow_ups: ["Wurde eine Freigabe schon einmal verweigert?"]
"""
ANCHOR = '      summary: "Wer ein Modell vor dem Livegang freigibt"\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def full_bank(tmp_path: Path, extra: str = FULL) -> Path:
    assert ANCHOR in GOOD
    return write(tmp_path, GOOD.replace(ANCHOR, ANCHOR + extra, 1))


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_every_field_is_localized(tmp_path: Path) -> None:
    q = load([full_bank(tmp_path)], shipped=False).get("my-model-review")
    assert missing_fields(q, "de") == [] and q.fully_translated("de")
    de = q.localized("de")
    assert de.text.startswith("Wer hat das letzte Modell")
    assert de.why.startswith("Eine Freigabe")
    assert de.green_flags == ["Eine benannte prüfende Person und eine Checkliste"]
    assert de.red_flags == ["Niemand gibt frei"]
    assert de.rubric.three.startswith("Die Teamleitung")
    assert de.follow_ups == ["Wurde eine Freigabe schon einmal verweigert?"]
    assert q.localized("en") is q and q.why.startswith("Sign-off")


def test_partial_translation_falls_back_to_english_per_field(tmp_path: Path) -> None:
    q = load([DATA / "custom.yaml"], shipped=False).get("my-model-review")
    de = q.localized("de")
    assert de.text != q.text and de.why == q.why and de.rubric == q.rubric
    assert missing_fields(q, "de") == ["why", "green_flags", "red_flags", "rubric", "follow_ups"]
    assert q.field_lang("why", "de") == "en" and q.field_lang("text", "de") == "de"
    assert not q.fully_translated("de")


@pytest.mark.parametrize(
    ("old", "new", "field", "problem", "needle"),
    [
        (
            '      red_flags: ["Niemand gibt frei"]',
            '      red_flags: ["Niemand gibt frei", "Keine Liste"]',
            "my-model-review.red_flags",
            "has 2 de items but the English has 1",
            "Keine Liste",
        ),
        (
            '      follow_ups: ["Wurde eine Freigabe schon einmal verweigert?"]',
            "      follow_ups: []",
            "my-model-review.follow_ups",
            "has 0 de items but the English has 1",
            "follow_ups: []",
        ),
        (
            '        "5": "Eine benannte',
            '        "4": "Eine benannte',
            "my-model-review.rubric.4",
            "is not a known field",
            '"4"',
        ),
        (
            '      why: "Eine Freigabe',
            '      wyh: "Eine Freigabe',
            "my-model-review.wyh",
            "is not a known field",
            "wyh:",
        ),
        (
            '      why: "Eine Freigabe, die niemand benennen kann, findet nicht statt."',
            '      why: ""',
            "my-model-review.why",
            "at least 3 characters",
            'why: ""',
        ),
        (
            '      why: "Eine Freigabe, die niemand benennen kann, findet nicht statt."',
            '      spoken: "Wer hat zuletzt freigegeben?"',
            "my-model-review.spoken",
            "no spoken form",
            "spoken:",
        ),
    ],
)
def test_bad_translation_names_file_line_and_field(
    tmp_path: Path, old: str, new: str, field: str, problem: str, needle: str
) -> None:
    text = GOOD.replace(ANCHOR, ANCHOR + FULL.replace(old, new, 1), 1)
    assert new in text
    path = write(tmp_path, text)
    with pytest.raises(BankError) as info:
        load([path], shipped=False)
    err = info.value
    assert err.path == str(path)
    assert err.field == field and problem in err.problem
    assert err.line == line_of(text, needle)


def test_missing_text_is_reported_with_its_line(tmp_path: Path) -> None:
    text = GOOD.replace(
        '      text: "Welche Stunden der Woche sind frei von Meetings, und wer schützt sie?"\n', ""
    )
    path = write(tmp_path, text)
    with pytest.raises(BankError, match=r"my-quiet-hours\.text: de translation is missing"):
        load([path], shipped=False)


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=4).filter(lambda n: n != 1))
def test_any_wrong_count_of_green_flags_is_refused(n: int) -> None:
    flags = ", ".join(f'"Zeichen Nummer {i}"' for i in range(n))
    extra = FULL.replace('["Eine benannte prüfende Person und eine Checkliste"]', f"[{flags}]")
    with tempfile.TemporaryDirectory() as folder:
        path = full_bank(Path(folder), extra)
        with pytest.raises(BankError) as info:
            load([path], shipped=False)
    assert info.value.field == "my-model-review.green_flags"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_format_carries_the_german_guidance(tmp_path: Path, fmt: str) -> None:
    bank = load([full_bank(tmp_path)], shipped=False)
    q = bank.get("my-model-review")
    out = FORMATS[fmt].render([q], "de")
    for phrase in ("Eine Freigabe", "Niemand gibt frei", "Die Teamleitung", "verweigert?"):
        assert phrase in out, (fmt, phrase)
    assert "Sign-off that nobody" not in out
    english = FORMATS[fmt].render([q], "en")
    assert "Sign-off that nobody" in english and "Eine Freigabe" not in english
    if fmt == "csv":
        row = next(csv.DictReader(io.StringIO(out)))
        assert row["rubric_5"].startswith("Eine benannte Person")
    if fmt == "json":
        assert json.loads(out)["questions"][0]["follow_ups"] == [
            "Wurde eine Freigabe schon einmal verweigert?"
        ]


def test_record_keeps_english_where_no_translation(tmp_path: Path) -> None:
    q = load([DATA / "custom.yaml"], shipped=False).get("my-quiet-hours")
    record = question_record(q, "de")
    assert str(record["text"]).startswith("Welche Stunden")
    assert record["why"] == q.why


def test_cli_show_prints_german_guidance_of_a_shipped_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from askback.cli import app

    monkeypatch.setenv("ASKBACK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ASKBACK_BANK_PATH", raising=False)
    bank = load()
    q = next(q for q in bank.questions if q.fully_translated("de"))
    de = q.localized("de")
    result = CliRunner().invoke(app, ["questions", "show", q.id, "--lang", "de", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["why"] == de.why and data["follow_ups"] == de.follow_ups
    assert data["rubric"]["5"] == de.rubric.five and data["why"] != q.why
