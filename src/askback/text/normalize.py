"""Turn pasted text into its plain form before any check reads it.

Ads copied from Word, PDFs and web pages carry characters a reader does not see or reads as
plain letters: soft hyphens, zero-width spaces and joiners, byte-order marks, bidi marks,
decomposed umlauts, full-width forms and ligatures. Rather than teach every check each of them,
the analyzers read the text through `normalize`, and the report's offsets point into the text
it returns.

The fold is narrower than NFKC on purpose: NFKC also turns "™" into "TM" (glued to the word
before it: "Python™" becomes "PythonTM"), "²" into "2" ("10²" becomes "102") and "´" into a
space and a combining accent; real ads hold all three, and they must stay as they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Unicode's format characters (category Cf) in the Basic Multilingual Plane, as of Unicode 14:
# soft hyphen, Arabic and Syriac marks, zero-width space and joiners, bidi marks, word joiner,
# invisible operators, BOM. A test holds this list to the running Python's unicodedata.
FORMAT = (
    (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD), (0x070F, 0x070F),
    (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
)  # fmt: skip
# Folded as NFKC folds them: the ideographic space, the Latin ligatures, the full-width ASCII
# forms and the full-width currency and sign forms.
FOLDED = ((0x3000, 0x3000), (0xFB00, 0xFB06), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6))
_FOLDED = frozenset(chr(c) for a, b in FOLDED for c in range(a, b + 1))


@cache
def _to_fix() -> re.Pattern[str]:
    """A character normalize may remove or fold: the ranges above, or any beyond the BMP.

    The few format characters beyond the BMP (tags, Egyptian and musical format marks) are told
    by unicodedata; listing them here would make the pattern about 5x slower to search.
    """
    ranges = "".join(f"{chr(a)}-{chr(b)}" for a, b in FORMAT + FOLDED)
    return re.compile(f"[{ranges}\U00010000-\U0010ffff]")


@lru_cache(maxsize=4096)
def _plain(ch: str) -> str:
    """What one character becomes: nothing if a format character, its NFKC fold, or itself."""
    if unicodedata.category(ch) == "Cf":
        return ""
    return unicodedata.normalize("NFKC", ch) if ch in _FOLDED else ch


def _replace(m: re.Match[str]) -> str:
    return _plain(m[0])


# The ASCII bytes: deleted from a text's UTF-8, they leave its other characters.
_ASCII_BYTES = bytes(range(128))

# The text beyond_ascii was last asked about and its answer (see there), in a one-item list.
_NONE: tuple[str, tuple[bytes, str] | None] = ("", (b"", ""))
_LAST = [_NONE]


def beyond_ascii(text: str, *, keep: bool = True) -> tuple[bytes, str] | None:
    """The text's UTF-8 and its characters beyond ASCII, in order ("’€ä" of "It’s €5 ä"); None
    for a text that has no UTF-8 (a lone surrogate).

    Two C passes over the text instead of a lookup per character, and most ads hold only some
    dozens of such characters: tests about them (normalize's Windows-1252 test, doc.lowered's
    shortcut) read this short string. Both ask about the same text one after the other, so the
    last answer is kept (by the text's identity: a string cannot change); the last to ask
    passes keep=False, which lets it go: no ad's text and UTF-8 are held after its analysis
    (held on, they made the pay step's large allocations dearer when that step was measured
    alone)."""
    last = _LAST[0]
    if not keep:
        _LAST[0] = _NONE
    if last[0] is text:
        return last[1]
    try:
        utf8 = text.encode("utf-8")
    except UnicodeEncodeError:
        found = None
    else:
        found = utf8, utf8.translate(None, _ASCII_BYTES).decode("utf-8")
    if keep:
        _LAST[0] = (text, found)
    return found


def _windows_1252(text: str) -> bool:
    """Every character of the text is one of Windows-1252's: Latin-1 and the typographic marks
    that most pasted ads hold besides (€ ‘ ’ “ ” – — • … ™). Of those only the soft hyphen is
    one that normalize changes, and text of them is already NFC: no character has a
    decomposition or combines with another (tests/unit/text/test_normalize.py checks every one
    and every pair). Every ASCII character is one of them, so only the characters beyond ASCII
    are encoded (beyond_ascii): a fraction of encoding the whole text, which itself costs about
    half the search below."""
    found = beyond_ascii(text)
    if found is None:
        return False  # a lone surrogate, no character of Windows-1252
    try:
        found[1].encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def normalize(text: str) -> str:
    """The text in NFC, without format characters, full-width forms and ligatures folded.

    Text that needs none of this (plain ASCII text, and text in Windows-1252's characters
    without a soft hyphen) is returned as it is, the same object.
    """
    if text.isascii() or ("\u00ad" not in text and _windows_1252(text)):
        return text
    text = _to_fix().sub(_replace, text)
    # After the removals: an accent that a soft hyphen kept from its letter now composes.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
