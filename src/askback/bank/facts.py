"""Legal and numeric facts the bank rests on, each with a source and the date it was checked.

Run `python -m askback.bank.facts > docs/facts.md` to regenerate the facts page.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from askback.bank.loader import PACKAGE_DIR, mapping_document, validate_items
from askback.errors import BankError

FACTS_FILE = PACKAGE_DIR / "facts.yaml"
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
MAX_AGE_DAYS = 365


class Fact(BaseModel):
    """One claim, where it holds, where it is written down, and when it was last checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(-[a-z0-9]+)+$")]
    claim: Annotated[str, StringConstraints(strip_whitespace=True, min_length=20)]
    jurisdiction: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}(, [A-Z]{2})*$")]
    source: Url
    checked_via: list[Url] = Field(default_factory=list)
    as_of: date
    note: str | None = None

    def stale(self, today: date) -> bool:
        """Whether the fact was last checked more than 12 months before `today`."""
        return (today - self.as_of).days > MAX_AGE_DAYS


def load_facts(path: Path | None = None) -> dict[str, Fact]:
    """The facts file, by id; a duplicate id is an error naming the file and line."""
    path = path or FACTS_FILE
    data, node = mapping_document(path)
    facts = validate_items(Fact, data.get("facts"), path, node, "facts")
    out: dict[str, Fact] = {}
    for i, fact in enumerate(facts):
        if fact.id in out:
            raise BankError(str(path), node.line(["facts", i]), fact.id, "duplicate fact id")
        out[fact.id] = fact
    return out


def markdown(facts: dict[str, Fact], used_by: dict[str, list[str]]) -> str:
    """The facts page: every claim with its jurisdiction, sources, date and users."""
    lines = [
        "# Facts behind the question bank",
        "",
        "Every legal or numeric claim in the bank's guidance and in the job-ad notes, with its",
        "source and the date it was last checked. Generated from `src/askback/bank/facts.yaml`",
        "by `python -m askback.bank.facts > docs/facts.md`; a test fails when this page is",
        "stale, when a fact has no source or was checked more than 12 months ago, or when",
        "nothing uses it.",
        "",
        "These are summaries for orientation, not legal advice: follow the source before relying",
        "on one.",
        "",
    ]
    for fact in facts.values():
        lines += [f"## `{fact.id}`", "", fact.claim, ""]
        lines.append(f"- Jurisdiction: {fact.jurisdiction}")
        lines.append(f"- Source: <{fact.source}>")
        for url in fact.checked_via:
            lines.append(f"- Checked via: <{url}>")
        lines.append(f"- As of: {fact.as_of.isoformat()}")
        if fact.note:
            lines.append(f"- Note: {fact.note}")
        users = used_by.get(fact.id, [])
        lines.append(f"- Used by: {', '.join(users) if users else '(nothing)'}")
        lines.append("")
    return "\n".join(lines)


def fact_users() -> dict[str, list[str]]:
    """Who refers to each fact: shipped questions by id, job-ad notes by file."""
    from askback.bank import load

    users: dict[str, list[str]] = {}
    for q in load().questions:
        for fid in q.facts:
            users.setdefault(fid, []).append(q.id)
    for fid, where in text_references().items():
        users.setdefault(fid, []).extend(where)
    return users


def text_references() -> dict[str, list[str]]:
    """Fact ids named in `facts:` comments of the text package, with the file of each."""
    import re

    root = PACKAGE_DIR.parent / "text"
    marker = re.compile(r"#\s*facts:\s*([a-z0-9, -]+)")
    out: dict[str, list[str]] = {}
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.yaml")]):
        for match in marker.finditer(path.read_text(encoding="utf-8")):
            for fid in match.group(1).split(","):
                if fid.strip():
                    out.setdefault(fid.strip(), []).append(f"text/{path.relative_to(root)}")
    return out


if __name__ == "__main__":
    sys.stdout.write(markdown(load_facts(), fact_users()))
