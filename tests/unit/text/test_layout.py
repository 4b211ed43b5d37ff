"""askback.text flows one way: prepare the document, run the checks, build the report (issue 15).

The import graph is read from the package's source with `ast`, imports inside functions
included: a lazy import is still a dependency. Imports under `if TYPE_CHECKING:` are left out,
as they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import askback.text
from askback.text import wordindex
from askback.text.doc import find_word, prepare

PACKAGE = "askback.text"
ROOT = Path(askback.text.__file__).parent


def _type_only(tree: ast.Module) -> set[int]:
    """Line numbers of the statements under `if TYPE_CHECKING:`."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If):
            test = node.test
            name = test.id if isinstance(test, ast.Name) else getattr(test, "attr", "")
            if name == "TYPE_CHECKING":
                for stmt in node.body:
                    lines.update(range(stmt.lineno, (stmt.end_lineno or stmt.lineno) + 1))
    return lines


def imports_of(source: str, modules: set[str]) -> set[str]:
    """The modules of the package that `source` imports at run time."""
    tree = ast.parse(source)
    skip = _type_only(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", 0) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == PACKAGE:
                found.update(a.name for a in node.names if a.name in modules)
            elif node.module.startswith(PACKAGE + "."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name.split(".")[2])
    return found & modules


def graph(root: Path) -> dict[str, set[str]]:
    files = {p.stem: p for p in root.glob("*.py") if p.stem != "__init__"}
    names = set(files)
    return {
        name: imports_of(path.read_text(encoding="utf-8"), names) - {name}
        for name, path in files.items()
    }


def cycle(deps: dict[str, set[str]]) -> list[str]:
    """One import cycle as a path of module names (first = last), or [] when there is none."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(name: str) -> list[str]:
        state[name] = 1
        path.append(name)
        for dep in sorted(deps.get(name, ())):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state and (found := visit(dep)):
                return found
        path.pop()
        state[name] = 2
        return []

    for name in sorted(deps):
        if name not in state and (found := visit(name)):
            return found
    return []


def test_askback_text_has_no_import_cycle() -> None:
    found = cycle(graph(ROOT))
    assert not found, "import cycle in askback.text: " + " -> ".join(found)


def test_the_document_imports_no_check() -> None:
    deps = graph(ROOT)
    # normalize is no check but the step before the document (it imports nothing of askback):
    # doc reads its beyond_ascii, the characters beyond ASCII it found in the same text.
    assert deps["doc"] <= {"lang", "normalize"}, deps["doc"]
    assert not deps["normalize"], deps["normalize"]
    assert "wordindex" not in deps["doc"] and "doc" in deps["wordindex"]


def test_the_cycle_finder_finds_lazy_and_indirect_cycles() -> None:
    names = {"a", "b", "c"}
    lazy = "def f():\n    from askback.text import b\n"
    assert imports_of(lazy, names) == {"b"}
    typed = "if TYPE_CHECKING:\n    from askback.text.b import X\n"
    assert imports_of(typed, names) == set()
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


WORDS = sorted(wordindex.word_index().listed)[::7]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS[:60], "x", "-", ", ", "\n", "ł", "²", "  "]),
        max_size=40,
    ).map(" ".join)
)
def test_the_index_handed_to_prepare_gives_the_plain_search_offsets(text: str) -> None:
    with_index = prepare(text or "x", "en", wordindex.word_index())
    plain = prepare(text or "x", "en")
    for word in WORDS[:60]:
        expected = find_word(with_index.lower, word)
        assert with_index.positions(word) == expected == plain.positions(word), word
