"""Every text the web app shows has a German translation with the same placeholders."""

from __future__ import annotations

import re
import string
from pathlib import Path

from askback.web import messages_de

WEB = Path(__file__).resolve().parents[3] / "src" / "askback" / "web"


def _message_ids() -> set[str]:
    ids: set[str] = set()
    for path in (WEB / "templates").glob("*.html"):
        text = path.read_text(encoding="utf-8")
        ids |= set(re.findall(r'_\(\s*"((?:[^"\\]|\\.)*)"', text))
        ids |= set(re.findall(r"_\(\s*'((?:[^'\\]|\\.)*)'", text))
    for path in WEB.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        ids |= set(re.findall(r'translate\(\s*lang,\s*"((?:[^"\\]|\\.)*)"', text))
    return ids


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_scan_finds_the_texts() -> None:
    assert len(_message_ids()) > 200


def test_each_text_has_a_german_translation_with_the_same_placeholders() -> None:
    missing = [t for t in sorted(_message_ids()) if t not in messages_de.GERMAN]
    assert not missing, f"no German for: {missing}"
    wrong = [t for t in _message_ids() if _fields(messages_de.GERMAN[t]) != _fields(t)]
    assert not wrong, f"placeholders differ in: {wrong}"
