"""Guidance at a conflict: every dimension, both languages, the test's chance in words."""

from __future__ import annotations

import pytest

from askback.bank.schema import Dimension
from askback.domain.guidance import conflict_guidance
from askback.domain.results import Conflict


@pytest.mark.parametrize("dimension", list(Dimension))
def test_every_dimension_has_its_own_guidance_in_both_languages(dimension: Dimension) -> None:
    conflict = Conflict(dimension, 3.0, (), (), p_value=0.004)
    english, german = (conflict_guidance(conflict, lang) for lang in ("en", "de"))
    assert all(line.strip() for line in (*english.lines(), *german.lines()))
    assert english.lines() != german.lines()
    assert "0.4%" in english.meaning and "0,4\u00a0%" in german.meaning
    others = {conflict_guidance(Conflict(d, 3.0, (), ()), "en").counts for d in Dimension}
    assert len(others) == len(Dimension)  # no two dimensions share their advice


def test_an_unknown_language_falls_back_to_english() -> None:
    conflict = Conflict(Dimension.GROWTH, 2.0, (), (), p_value=0.0001)
    assert conflict_guidance(conflict, "fr") == conflict_guidance(conflict, "en")
    assert "below 0.1%" in conflict_guidance(conflict, "en").meaning
    assert "unter 0,1\u00a0%" in conflict_guidance(conflict, "de").meaning
