"""Helpers shared by the requirement tests."""

from __future__ import annotations

from collections.abc import Callable

from askback.text import requirements
from askback.text.doc import prepare


def must_haves(text: str) -> int | None:
    """The must-have count of the requirements check alone, on `text` as it is."""
    return requirements.check(prepare(text)).must_haves


def joined_items(
    parts: list[str], is_item: Callable[[str], bool] = lambda part: True
) -> tuple[str, list[tuple[int, int]]]:
    """The text of `parts` joined by spaces ("\\n" stands for a line break of its own), and the
    spans of those parts that `is_item` takes: items as the list readers hand them over."""
    text = ""
    items: list[tuple[int, int]] = []
    for part in parts:
        if part == "\n":
            text += "\n"
            continue
        start = len(text)
        text += part
        if is_item(part):
            items.append((start, len(text)))
        text += " "
    return text, items
