"""German is complete in every field, one dimension file at a time.

COMPLETE_DIMENSIONS lists the files whose every question has every user-visible field in German.
A listed file that regresses fails; a file not yet listed is reported as a skip with its gap,
so the test is honest at every commit. When a file is finished, add it here.
"""

from __future__ import annotations

import pytest

from askback.bank import Bank, load
from askback.bank.loader import QUESTIONS_DIR
from askback.bank.schema import Dimension
from askback.bank.translation import missing_fields

COMPLETE_DIMENSIONS: set[str] = {
    "diversity-inclusion",
    "responsible-ml",
    "data-maturity",
    "team-practices",
    "growth",
    "management-culture",
    "work-life-remote",
    "compensation-contract",
    "role-projects",
    "company-business",
    "hiring-process",
}

FILES = sorted(p.stem for p in QUESTIONS_DIR.glob("*.yaml"))


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load()


def gaps(bank: Bank, dimension: str) -> list[str]:
    """'id: field' for each field of the file's questions that has no German version."""
    return [
        f"{q.id}: {name}"
        for q in bank.by_dimension(Dimension(dimension))
        for name in missing_fields(q, "de")
    ]


def test_complete_dimensions_are_real_files() -> None:
    assert set(FILES) >= COMPLETE_DIMENSIONS


@pytest.mark.parametrize("dimension", FILES)
def test_every_field_has_a_german_version(bank: Bank, dimension: str) -> None:
    missing = gaps(bank, dimension)
    if dimension not in COMPLETE_DIMENSIONS:
        pytest.skip(f"{dimension}: {len(missing)} German fields still to translate")
    assert missing == [], f"{dimension}.yaml lacks German for: {', '.join(missing[:20])}"


@pytest.mark.parametrize("dimension", sorted(COMPLETE_DIMENSIONS))
def test_german_differs_from_the_english(bank: Bank, dimension: str) -> None:
    """A field copied over untranslated counts as missing, not as done."""
    same: list[str] = []
    for q in bank.by_dimension(Dimension(dimension)):
        de = q.localized("de")
        for name in ("why", "green_flags", "red_flags", "follow_ups"):
            for en_text, de_text in zip(
                [getattr(q, name)] if name == "why" else getattr(q, name),
                [getattr(de, name)] if name == "why" else getattr(de, name),
                strict=True,
            ):
                if en_text == de_text:
                    same.append(f"{q.id}: {name}")
        for level in ("one", "three", "five"):
            if getattr(q.rubric, level) == getattr(de.rubric, level):
                same.append(f"{q.id}: rubric.{level}")
    assert same == []
