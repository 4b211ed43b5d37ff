"""Turn the bytes a user hands over into ad text, or say clearly why that is not possible."""

from __future__ import annotations

from dataclasses import dataclass

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
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            f"{name}: line {line}: byte 0x{bad} at offset {exc.start} is not UTF-8. "
            "Save the file as UTF-8 (most editors offer it under 'Save as… / Encoding') "
            "and try again."
        ) from None
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(10, len(text[:20000]) // 20):
        raise InputError(f"{name}: this looks like a binary file ({controls} control characters).")
    return text


def prepare_text(raw: str, name: str) -> AdText:
    """Plain text and Markdown pass through; HTML is reduced to its main text."""
    if not raw.strip():
        raise InputError(f"{name}: there is no text to analyze (it is empty).")
    fmt = "markdown" if name.endswith((".md", ".markdown")) else "text"
    text = raw
    if html_text.looks_like_html(raw):
        text = html_text.main_text(raw, name).text
        fmt = "html"
    if not text.strip():
        raise InputError(f"{name}: there is no text to analyze.")
    return AdText(text.replace("\r\n", "\n").replace("\r", "\n"), name, fmt)


def from_bytes(data: bytes, name: str, *, max_bytes: int = MAX_AD_BYTES) -> AdText:
    """Checked ad text from a file's or a download's bytes."""
    if not data.strip():
        raise InputError(f"{name}: there is no text to analyze (it is empty).")
    return prepare_text(decode(data, name, max_bytes=max_bytes), name)
