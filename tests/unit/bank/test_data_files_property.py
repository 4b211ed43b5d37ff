"""Any file content gives a result or a BankError naming the file: never another exception."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.bank import Bank, load
from askback.bank.facts import FACTS_FILE, load_facts
from askback.bank.kits import KITS_FILE, load_kits
from askback.bank.synonyms import SYNONYMS_FILE, parse
from askback.errors import BankError

BANK: Bank = load()

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.text(max_size=12),
    st.sampled_from(["en", "de"]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


def _mutations(original: Path) -> st.SearchStrategy[str]:
    """The real file with one top-level or nested value replaced, or plain junk text."""
    data = yaml.safe_load(original.read_text(encoding="utf-8"))

    def mutate(value: Any, index: int) -> str:
        copy = yaml.safe_load(yaml.safe_dump(data))
        key = next(iter(copy))
        items = copy[key]
        if isinstance(items, list) and items:
            item = items[index % len(items)]
            if isinstance(item, dict) and item:
                field = sorted(item)[index % len(item)]
                item[field] = value
        elif isinstance(items, dict) and items:
            items[sorted(items)[index % len(items)]] = value
        return yaml.safe_dump(copy, allow_unicode=True)

    return st.one_of(
        st.builds(mutate, values, st.integers(0, 50)),
        st.text(max_size=200),
    )


CASES: list[tuple[Path, Callable[[Path], object]]] = [
    (FACTS_FILE, load_facts),
    (KITS_FILE, lambda p: load_kits(BANK, p)),
    (SYNONYMS_FILE, parse),
]


@pytest.mark.parametrize(("original", "loader"), CASES, ids=["facts", "kits", "synonyms"])
def test_broken_data_files_fail_cleanly(original: Path, loader: Callable[[Path], object]) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_mutations(original))
    def check(text: str) -> None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / original.name
            path.write_text(text, encoding="utf-8")
            try:
                loader(path)
            except BankError as exc:
                assert str(path) in str(exc)

    check()
