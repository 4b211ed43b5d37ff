"""German words live in the catalogs: code holds German only where it reads German input."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "askback"
# Letters English text does not use, and German quotation marks.
GERMAN = re.compile(r"[äöüÄÖÜß„]")
# Each of these reads what people type or paste, which may be German: patterns that find risky
# wording in questions, the search's stop words and umlaut folding, a spreadsheet's column names.
READS_GERMAN_INPUT = {"bank/risk.py", "bank/search.py", "app/csv_fields.py"}
# Owned and checked elsewhere: the text analysis lexicons and the hub's own pages.
ELSEWHERE = ("text/", "hub/")


def test_no_german_text_outside_the_catalogs() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        if name in READS_GERMAN_INPUT or name.startswith(ELSEWHERE):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if GERMAN.search(line):
                found.append(f"{name}:{number}: {line.strip()[:80]}")
    assert not found, (
        "German text in code; give it an English message id (N_) and put the German in "
        "locale/de/LC_MESSAGES/askback.po:\n" + "\n".join(found)
    )
