"""The curated question bank: schema, loader, search.

The names below load on first use: `askback.bank.schema` (which the tracker's tables need) must
not pull in the YAML loader and the translations.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from askback.bank.bank import Bank, QuestionFilter, load, load_resources, load_translations
    from askback.bank.schema import (
        DIMENSION_LABELS,
        Audience,
        Dimension,
        Question,
        Resource,
        Stage,
    )

_HOME = {
    "Bank": "askback.bank.bank",
    "QuestionFilter": "askback.bank.bank",
    "load": "askback.bank.bank",
    "load_resources": "askback.bank.bank",
    "load_translations": "askback.bank.bank",
    "DIMENSION_LABELS": "askback.bank.schema",
    "Audience": "askback.bank.schema",
    "Dimension": "askback.bank.schema",
    "Question": "askback.bank.schema",
    "Resource": "askback.bank.schema",
    "Stage": "askback.bank.schema",
}

__all__ = [
    "DIMENSION_LABELS",
    "Audience",
    "Bank",
    "Dimension",
    "Question",
    "QuestionFilter",
    "Resource",
    "Stage",
    "load",
    "load_resources",
    "load_translations",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'askback.bank' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
