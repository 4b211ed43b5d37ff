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


def test_numbers_are_written_the_german_way_in_german() -> None:
    from askback.web.i18n import number, translate

    assert number(3.7049, 2, "de") == "3,70" and number(3.7049, 2, "en") == "3.70"
    assert number(-0.125, 2, "de", sign=True) == "-0,12" and number(0.5, 2, "en", sign=True) == (
        "+0.50"
    )
    assert number(None, 1, "de") == "–"
    text = "mean {mean:.1f}, 80 % interval {low:.1f}–{high:.1f}, from {n} answer(s)"
    german = translate("de", text, mean=3.25, low=2.0, high=4.5, n=3)
    assert "3,2" in german and "2,0–4,5" in german and "3." not in german
    assert translate("en", text, mean=3.25, low=2.0, high=4.5, n=3).startswith("mean 3.2")
    risk = "deal breaker at least {level}: {risk:.0%} risk ({verdict})"
    assert "37 %" in translate("de", risk, level=3, risk=0.37, verdict="x")
