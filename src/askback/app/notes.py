"""Interview notes as a Markdown file: a front matter for the interview, one `##` per question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from askback.app.answers import NewAnswer
from askback.bank.schema import QUESTION_ID
from askback.errors import InputError
from askback.export.reading import read_text

MAX_NOTES_BYTES = 5_000_000
_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z _-]*?)\s*:\s*(.*?)\s*$")
# An id, then nothing, a separator (: - – — .) or just a space before the question's words.
_ID_HEAD = re.compile(r"^(my-[a-z0-9-]+|[a-z]+-\d{3})(?:\s*[:\-–—.]\s*(.*)|\s+(.*)|\s*)$", re.S)
_LOOKS_LIKE_ID = re.compile(r"^[a-z]+-\d+\b|^my-\S+$")
_KEYS = {
    "contact": "contact",
    "who": "contact",
    "rating": "rating",
    "rate": "rating",
    "red flag": "red_flag",
    "red-flag": "red_flag",
    "redflag": "red_flag",
    "flag": "red_flag",
    "dimension": "dimension",
}
_META_KEYS = {
    "opportunity",
    "interview",
    "stage",
    "date",
    "timezone",
    "duration",
    "contacts",
    "contact",
    "location",
}
_TRUE = {"yes", "y", "true", "x", "1", "red", "red flag"}
_FALSE = {"no", "n", "false", "", "0", "-"}


@dataclass
class NotesEntry:
    """One question section of a notes file: its line and the answer it holds."""

    line: int
    answer: NewAnswer


@dataclass
class NotesFile:
    """A parsed notes file: interview details, general notes and the answers in order."""

    path: Path
    meta: dict[str, Any] = field(default_factory=dict)
    preamble: str = ""
    entries: list[NotesEntry] = field(default_factory=list)


def _rating(value: str, where: str) -> int | None:
    text = value.strip().lower()
    if text in ("", "-", "?", "unrated", "none", "n/a"):
        return None
    match = re.fullmatch(r"([1-5])(?:\s*/\s*5)?", text)
    if not match:
        raise InputError(f"{where}: rating {value.strip()!r} must be 1 to 5, or - for unrated")
    return int(match.group(1))


def _flag(value: str, where: str) -> bool:
    text = value.strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InputError(f"{where}: red flag {value.strip()!r} must be yes or no")


def _front_matter(lines: list[str], path: Path) -> tuple[dict[str, Any], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            try:
                data = yaml.safe_load("\n".join(lines[1:end])) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = mark.line + 2 if mark is not None else 1
                raise InputError(f"{path}:{line}: the front matter is not valid YAML") from None
            if not isinstance(data, dict):
                raise InputError(f"{path}:2: the front matter must be 'key: value' lines")
            unknown = sorted(set(map(str, data)) - _META_KEYS)
            if unknown:
                raise InputError(
                    f"{path}: unknown front matter key {unknown[0]!r} "
                    f"(known: {', '.join(sorted(_META_KEYS))})"
                )
            return {str(k): v for k, v in data.items()}, end + 1
    raise InputError(f"{path}:1: the front matter opened with --- is never closed")


def parse_notes(text: str, path: Path) -> NotesFile:
    """Parse the notes format; errors name the file and line."""
    lines = text.splitlines()
    result = NotesFile(path)
    result.meta, start = _front_matter(lines, path)
    preamble: list[str] = []
    current: NotesEntry | None = None
    body: list[str] = []
    in_fields = False

    def close() -> None:
        if current is not None:
            current.answer.notes = "\n".join(body).strip()

    for number, line in enumerate(lines[start:], start=start + 1):
        where = f"{path}:{number}"
        if line.startswith("## "):
            close()
            current = NotesEntry(number, _heading(line[3:].strip(), where))
            result.entries.append(current)
            body, in_fields = [], True
            continue
        if current is None:
            if not line.startswith("# "):
                preamble.append(line)
            continue
        match = _FIELD.match(line)
        key = _KEYS.get(match.group(1).strip().lower()) if match else None
        if in_fields and match and key:
            _set_field(current.answer, key, match.group(2), where)
            continue
        if in_fields and not line.strip() and not body:
            continue
        in_fields = False
        body.append(line)
    close()
    result.preamble = "\n".join(preamble).strip()
    if not result.entries:
        raise InputError(f"{path}: no questions found; start each one with a '## ' heading")
    return result


def _heading(text: str, where: str) -> NewAnswer:
    if not text:
        raise InputError(f"{where}: the heading needs a question id or the question's text")
    match = _ID_HEAD.match(text)
    if match and QUESTION_ID.match(match.group(1)):
        return NewAnswer(question_id=match.group(1))
    if _LOOKS_LIKE_ID.match(text) and len(text.split()) == 1:
        raise InputError(f"{where}: {text!r} is not a valid question id (like 'dei-012')")
    return NewAnswer(question_text=text.removeprefix("Q:").strip())


def _set_field(answer: NewAnswer, key: str, value: str, where: str) -> None:
    if key == "rating":
        answer.rating = _rating(value, where)
    elif key == "red_flag":
        answer.red_flag = _flag(value, where)
    elif key == "contact":
        answer.contact = value.strip() or None
    elif key == "dimension":
        answer.dimension = value.strip() or None


def read_notes(path: Path) -> NotesFile:
    """A notes file: UTF-8, at most MAX_NOTES_BYTES."""
    text = read_text(path, max_bytes=MAX_NOTES_BYTES, size_option=None, encoding_option=None)
    return parse_notes(text, path)
