"""Turn the bytes a user hands over into ad text, or say clearly why that is not possible."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

from askback.errors import InputError
from askback.text import html as html_text

MAX_AD_BYTES = 1_000_000  # a long ad is ~20 KB; a megabyte is something else
MIN_WORDS = 20

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a Word .docx / OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3", "a SQLite database"),
)


@dataclass(frozen=True, slots=True)
class AdText:
    """The text to analyze and where it came from."""

    text: str
    name: str
    format: str  # text, markdown, html


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} KB"


def decode(data: bytes, name: str, *, max_bytes: int = MAX_AD_BYTES) -> str:
    """Bytes to str: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: {_size(len(data))} is over the {_size(max_bytes)} limit for one ad. "
            "Is this really a job ad? For many ads use `askback ad batch`."
        )
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(
                f"{name}: this looks like {kind}, not text. Copy the ad's text into a .txt or "
                ".md file (or save the web page as .html) and analyze that."
            )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts like UTF-16 text but cannot be decoded.") from None
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name}: this is a binary file (it contains NUL bytes), not text. "
            "Copy the ad's text into a .txt file and analyze that."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data)
        if declared is None:
            raise _not_utf8(data, exc, name) from None
        text = data.decode(declared, errors="replace")
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(10, len(text[:20000]) // 20):
        raise InputError(f"{name}: this looks like a binary file ({controls} control characters).")
    return text


def _not_utf8(data: bytes, exc: UnicodeDecodeError, name: str) -> InputError:
    line = data[: exc.start].count(b"\n") + 1
    bad = data[exc.start : exc.start + 1].hex()
    return InputError(
        f"{name}: line {line}: byte 0x{bad} at offset {exc.start} is not UTF-8. "
        "Save the file as UTF-8 (most editors offer it under 'Save as… / Encoding') "
        "and try again."
    )


@cache
def _charset_rx() -> re.Pattern[bytes]:
    return re.compile(
        rb"""(?:<meta[^>]{0,200}?charset|<\?xml[^>]{0,100}?encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""",
        re.IGNORECASE,
    )


# WHATWG's rule: a page labelled Latin-1 or ASCII is read as Windows-1252, as browsers do.
_AS_1252 = frozenset(["latin_1", "iso8859_1", "ascii", "cp1252"])


def _declared_charset(data: bytes) -> str | None:
    """The single-byte encoding an HTML or XML file declares in its first 4 KB (Word's and
    Outlook's "Save as Web Page" write windows-1252, older sites iso-8859-1), or None: no
    declaration, an unknown name, or one that says UTF-8 (then the bytes are wrong after all)."""
    found = _charset_rx().search(data[:4096])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    name = name.replace("-", "_")
    if name.startswith(("utf", "mbcs")):
        return None
    return "cp1252" if name in _AS_1252 else name


def prepare_text(raw: str, name: str) -> AdText:
    """Plain text and Markdown pass through; HTML is reduced to its main text."""
    if not raw.strip():
        raise InputError(f"{name}: there is no text to analyze (it is empty).")
    fmt = "markdown" if name.endswith((".md", ".markdown")) else "text"
    text = raw
    if html_text.looks_like_html(raw):
        text = html_text.main_text(raw, name).text
        fmt = "html"
    else:
        text = from_document(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{name}: there is no text to analyze.")
    return AdText(text.replace("\r\n", "\n").replace("\r", "\n"), name, fmt)


def from_bytes(data: bytes, name: str, *, max_bytes: int = MAX_AD_BYTES) -> AdText:
    """Checked ad text from a file's or a download's bytes."""
    if not data.strip():
        raise InputError(f"{name}: there is no text to analyze (it is empty).")
    return prepare_text(decode(data, name, max_bytes=max_bytes), name)


# Bullets of Word's Symbol and Wingdings fonts, which a PDF viewer copies as the private-use
# characters they are stored as: U+F0B7 (the round bullet), U+F0A7 (a square), U+F076, U+F0D8,
# U+F0E0, U+F0FC and U+F0A8 (diamond, arrows, tick, square).
_PRIVATE_BULLETS = str.maketrans(dict.fromkeys("\uf0b7\uf0a7\uf076\uf0d8\uf0e0\uf0fc\uf0a8", "•"))


@cache
def _front_matter_rx() -> re.Pattern[str]:
    # YAML front matter (Obsidian, Jekyll, Hugo): "---", key: value lines, "---" or "...".
    line = r"[ \t]*(?:[\w.-]+[ \t]*:.*|-[ \t].*|#.*)?\n"
    return re.compile(rf"\A---[ \t]*\n(?:{line}){{1,60}}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


@cache
def _hyphen_break_rx() -> re.Pattern[str]:
    # A word broken at a line end by a PDF's or word processor's hyphenation ("Berufserfah-" /
    # "rung", or a soft hyphen before the break): lower-case letters on both sides.
    return re.compile(r"(?<=[a-zäöüßéèàç])(?:-|\u00ad)[ \t]*\n[ \t]*(?=[a-zäöüßéèàç])")


@cache
def _page_line_rx() -> re.Pattern[str]:
    # A page header or footer repeated through a copied PDF: a line that ends in "Page 2 of 3",
    # "Seite 2 von 3", "Page 2/3" (no full stop after it), or that is only "- 2 -".
    marker = r"[^\n]{0,100}?\b(?:Page|Seite|Pagina|Página)[ \t]+\d{1,3}[ \t]*(?:of|von|/|de|di)"
    dashes = r"[ \t]*[-–][ \t]*\d{1,3}[ \t]*[-–]"
    return re.compile(
        rf"^(?:{marker}[ \t]*\d{{1,3}}|{dashes})[ \t]*(?:\n|\Z)", re.MULTILINE | re.IGNORECASE
    )


def from_document(text: str) -> str:
    """Plain text or Markdown as another tool wrote it, made into the ad text: YAML front matter
    (a note app's metadata, not the ad) dropped; from a PDF viewer's copy, the private-use
    bullets of Word's symbol fonts made "•", words hyphenated at a line end joined again, and
    repeated page headers and footers ("… Seite 1 von 2") dropped."""
    front = _front_matter_rx().match(text)
    if front is not None:
        text = text[front.end() :]
    if not text.isascii():
        text = text.translate(_PRIVATE_BULLETS)
    if "-\n" in text or "\u00ad" in text:
        text = _hyphen_break_rx().sub("", text)
    return _page_line_rx().sub("", text)
