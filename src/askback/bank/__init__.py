"""The curated question bank: schema, loader, search."""

from askback.bank.bank import Bank, QuestionFilter, load, load_resources, load_translations
from askback.bank.schema import (
    DIMENSION_LABELS,
    Audience,
    Dimension,
    Question,
    Resource,
    Stage,
)

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
