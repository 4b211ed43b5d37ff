"""Every bank tag the analyzer points a finding at resolves to at least one shipped question."""

from __future__ import annotations

import ast
from pathlib import Path

import askback.text
from askback.bank import load
from askback.text import lexicon

TEXT = Path(askback.text.__file__).parent


def _tags_in_code() -> set[str]:
    tags: set[str] = set()
    for name in ("areas_words.py", "areas_terms.py", "areas_commitments.py"):
        tree = ast.parse((TEXT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "question_tags":
                tags |= _strings(node.value)
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Dict)
                and any(isinstance(t, ast.Name) and t.id == "EXCLUSION_TAGS" for t in node.targets)
            ):
                for value in node.value.values:
                    tags |= _strings(value)
    return tags


def _strings(node: ast.AST) -> set[str]:
    """String constants in tuples (the tags), not the key passed to a .get() call."""
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Call):
            continue
        if isinstance(n, ast.Tuple):
            out |= {
                e.value for e in n.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            }
    if isinstance(node, ast.Tuple):
        out |= {
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        }
    return out


def _tags_in_lexicons() -> set[str]:
    items = lexicon.read("commitments")["diversity_measures"]
    return {str(item["tag"]) for item in items if "tag" in item}


def test_every_tag_resolves() -> None:
    bank = load()
    known = {t for q in bank.questions for t in q.tags}
    tags = _tags_in_code() | _tags_in_lexicons()
    assert len(tags) >= 20
    missing = sorted(t for t in tags if t not in known)
    assert not missing, f"tags with no bank question: {missing}"
