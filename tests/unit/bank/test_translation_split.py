"""A translation may be split across files, field by field; a field given twice fails."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.bank.bank import translation_entries
from askback.errors import BankError

FIELDS = {
    "text": "Wann wurde zuletzt ein Modell gestoppt, und wer hat entschieden?",
    "summary": "Wann zuletzt ein Modell gestoppt wurde",
    "spoken": "Wann wurde zuletzt ein Modell gestoppt?",
    "why": "Ein gestopptes Modell zeigt, dass eine Prüfung Folgen haben kann.",
    "green_flags": ["Ein Datum und eine verantwortliche Person"],
    "red_flags": ["Das ist noch nie passiert"],
    "rubric": {"1": "Nie.", "3": "Einmal, vage.", "5": "Im März, durch das Review-Board."},
    "follow_ups": ["Was geschah danach?"],
}


def write(folder: Path, name: str, entries: dict[str, dict[str, object]]) -> Path:
    path = folder / "de" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def line_of(path: Path, needle: str, after: str = "xyz-001:") -> int:
    """The line of the first `needle` below the line holding `after`."""
    lines = path.read_text("utf-8").splitlines()
    start = next(i for i, line in enumerate(lines, 1) if after in line)
    return next(i for i, line in enumerate(lines, 1) if i > start and needle in line)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=2), min_size=len(FIELDS), max_size=len(FIELDS)))
def test_any_split_across_files_reads_as_one_entry(owners: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files: dict[int, dict[str, object]] = {}
        for (name, value), owner in zip(FIELDS.items(), owners, strict=True):
            files.setdefault(owner, {})[name] = value
        for owner, fields in files.items():
            write(folder, f"part{owner}.yaml", {"xyz-001": fields})
        entry = translation_entries("de", folder)["xyz-001"]
    assert entry.fields == FIELDS


def test_each_field_remembers_its_file_and_line(tmp_path: Path) -> None:
    main = write(tmp_path, "dimension.yaml", {"xyz-001": {"text": "Text", "summary": "Kurz"}})
    spoken = write(
        tmp_path, "spoken.yaml", {"xyz-002": {"spoken": "Zwei?"}, "xyz-001": {"spoken": "Eins?"}}
    )
    write(tmp_path, "zz.yaml", {"xyz-002": {"text": "Zwei", "summary": "Zwei kurz"}})
    entry = translation_entries("de", tmp_path)["xyz-001"]
    assert entry.where("spoken") == spoken and entry.where("text") == main
    assert entry.line("spoken") == line_of(spoken, "spoken: Eins?")
    assert entry.line("summary") == line_of(main, "summary:")


@pytest.mark.parametrize("field", sorted(FIELDS))
def test_a_field_given_twice_names_both_files_and_lines(tmp_path: Path, field: str) -> None:
    first = write(tmp_path, "a.yaml", {"xyz-001": FIELDS})
    other = {"text": "Noch eine Frage?", "summary": "Noch eine"}
    second = write(tmp_path, "b.yaml", {"xyz-009": other, "xyz-001": {field: FIELDS[field]}})
    with pytest.raises(BankError) as info:
        translation_entries("de", tmp_path)
    err = info.value
    assert err.path == str(second) and err.field == f"xyz-001.{field}"
    assert err.line == line_of(second, f"{field}:")
    assert str(first) in err.problem
    assert f"line {line_of(first, f'{field}:')}" in err.problem


def test_a_split_entry_still_needs_text_and_summary(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", {"xyz-001": {"text": "Nur Text"}})
    spoken = write(tmp_path, "spoken.yaml", {"xyz-002": {"spoken": "Nur gesprochen"}})
    write(tmp_path, "c.yaml", {"xyz-002": {"text": "Zweiter Text"}})
    with pytest.raises(BankError) as info:
        translation_entries("de", tmp_path)
    assert info.value.field == "xyz-001.summary"
    assert "de translation is missing" in info.value.problem
    assert spoken.name not in str(info.value.path)
