"""Loading user bank files: good files merge in, broken ones name file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from askback.bank import load
from askback.errors import BankError

DATA = Path(__file__).parents[2] / "data" / "bank"
GOOD = (DATA / "custom.yaml").read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_merges_with_translations() -> None:
    bank = load([DATA / "custom.yaml"], shipped=False)
    q = bank.get("my-model-review")
    assert q.source.endswith("custom.yaml")
    assert q.text_in("de").startswith("Wer hat das letzte Modell")
    assert q.related == [] and bank.get("my-quiet-hours").related == ["my-model-review"]


def test_folder_of_files_is_read(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    assert len(load([tmp_path], shipped=False)) == 2


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "field", "needle"),
    [
        ("audience: [peer]\n", "audience: [intern]\n", "my-model-review: audience.0", "intern"),
        ('    why: "Deep work', '    whyy: "Deep work', "my-quiet-hours: whyy", "whyy"),
        (
            '      "5": "A named reviewer',
            '      "4": "A named reviewer',
            "my-model-review: rubric.4: is not a known field",
            '"4"',
        ),
        ("minutes: 3", "minutes: 90", "my-model-review: minutes", "minutes: 90"),
    ],
)
def test_schema_errors_name_file_line_and_field(
    tmp_path: Path, old: str, new: str, field: str, needle: str
) -> None:
    broken = GOOD.replace(old, new, 1)
    assert broken != GOOD
    path = write(tmp_path, broken)
    with pytest.raises(BankError) as info:
        load([path], shipped=False)
    err = info.value
    assert err.path == str(path)
    assert field in str(err)
    assert err.line == line_of(broken, needle)


def test_missing_field_is_reported(tmp_path: Path) -> None:
    broken = GOOD.replace('    summary: "Meeting-free focus time"\n', "")
    path = write(tmp_path, broken)
    with pytest.raises(BankError, match=r"mine.yaml:\d+: my-quiet-hours: summary: is required"):
        load([path], shipped=False)


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    broken = GOOD.replace("tags: [meetings, flexibility]", "tags: [meetings, flexibility")
    path = write(tmp_path, broken)
    with pytest.raises(BankError) as info:
        load([path], shipped=False)
    assert "invalid YAML" in str(info.value)
    assert info.value.line is not None and info.value.line > line_of(broken, "meetings")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("related: [my-model-review]", "related: [my-nothing]", "unknown question id 'my-nothing'"),
        ("    my-quiet-hours:\n      text", "    my-ghost:\n      text", "orphan de translation"),
        ("id: my-quiet-hours", "id: my-model-review", "duplicate question id"),
        ("id: my-quiet-hours", "id: Quiet Hours", "must look like"),
    ],
)
def test_reference_errors(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(BankError, match=message):
        load([path], shipped=False)


def test_id_clash_with_shipped_bank(tmp_path: Path) -> None:
    shipped_id = load().questions[0].id
    path = write(tmp_path, GOOD.replace("id: my-quiet-hours", f"id: {shipped_id}", 1))
    with pytest.raises(BankError, match="duplicate question id"):
        load([path])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"- just\n- a list\n", "top level must be a mapping"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"questions: {}\n", "must be a list"),
    ],
)
def test_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(BankError, match=message):
        load([path], shipped=False)


def test_missing_path() -> None:
    with pytest.raises(BankError, match="no such file"):
        load([Path("/nonexistent/bank.yaml")], shipped=False)


def test_a_control_character_is_a_clear_error_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("questions:", "questions:\n# \x08", 1))
    with pytest.raises(BankError, match="invalid YAML") as info:
        load([path], shipped=False)
    assert info.value.line == 3


@pytest.mark.parametrize(
    ("retired", "message"),
    [
        ("retired: [my-old]\n", "must map old id: new id"),
        ("retired:\n  my-old: my-nowhere\n", "points to 'my-nowhere'"),
        ("retired:\n  my-model-review: my-quiet-hours\n", "is still a live question here"),
        ("retired:\n  Not An Id: my-quiet-hours\n", "is not a question id"),
    ],
)
def test_retired_map_errors(tmp_path: Path, retired: str, message: str) -> None:
    path = write(tmp_path, retired + GOOD)
    with pytest.raises(BankError, match=message):
        load([path], shipped=False)


def test_a_user_bank_can_retire_its_own_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "retired:\n  my-old-review: my-model-review\n" + GOOD)
    bank = load([path], shipped=False)
    assert bank.get("my-old-review").id == "my-model-review"
    assert bank.canonical("my-old-review") == "my-model-review"


GERMAN_GUIDANCE = """translations:
  de:
    my-quiet-hours:
      text: "Welche Stunden der Woche sind frei von Meetings, und wer schützt sie?"
      summary: "Meetingfreie Fokuszeit"
      why: "Konzentrierte Arbeit braucht geschützte Zeit."
      green_flags: [GREEN]
      red_flags: [RED]
      rubric: {"1": "Keine Fokuszeit.", "3": "Manchmal.", "5": "Zwei feste Tage."}
      follow_ups: [FOLLOW]
"""


def _with_german_guidance(tmp_path: Path, green: str) -> Path:
    from askback.bank.bank import _load_question_file

    base = GOOD.split("translations:")[0]
    q = next(
        q
        for q in _load_question_file(DATA / "custom.yaml", shipped=False)[0]
        if q.id == "my-quiet-hours"
    )
    text = GERMAN_GUIDANCE.replace("GREEN", green)
    text = text.replace("RED", ", ".join(f'"Rot {i}"' for i in range(len(q.red_flags))))
    text = text.replace("FOLLOW", ", ".join(f'"Nachfrage {i}"' for i in range(len(q.follow_ups))))
    return write(tmp_path, base + text)


def test_every_guidance_field_can_be_translated(tmp_path: Path) -> None:
    from askback.bank.bank import _load_question_file

    q = next(
        q
        for q in _load_question_file(DATA / "custom.yaml", shipped=False)[0]
        if q.id == "my-quiet-hours"
    )
    greens = ", ".join(f'"Grün {i}"' for i in range(len(q.green_flags)))
    bank = load([_with_german_guidance(tmp_path, greens)], shipped=False)
    de = bank.get("my-quiet-hours")
    assert de.why_in("de") == "Konzentrierte Arbeit braucht geschützte Zeit."
    assert de.why_in("en") == de.why
    assert de.green_flags_in("de")[0] == "Grün 0"
    assert de.rubric_in("de").five == "Zwei feste Tage." and de.rubric_in("en") == de.rubric
    assert de.follow_ups_in("de") == [f"Nachfrage {i}" for i in range(len(q.follow_ups))]


def test_a_translated_list_must_line_up_with_the_english(tmp_path: Path) -> None:
    with pytest.raises(BankError, match=r"my-quiet-hours\.green_flags: has 2 de items"):
        load([_with_german_guidance(tmp_path, '"Eins", "Zwei"')], shipped=False)
