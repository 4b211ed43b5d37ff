"""Helpers shared by the requirement tests."""

from __future__ import annotations

from askback.text import requirements
from askback.text.doc import prepare


def must_haves(text: str) -> int | None:
    """The must-have count of the requirements check alone, on `text` as it is."""
    return requirements.check(prepare(text)).must_haves
