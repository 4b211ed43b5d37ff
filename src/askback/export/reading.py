"""Reading a user's file safely: a size limit, a clear word about its encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

from askback.errors import InputError

MAX_IMPORT_MB = 200
_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def read_bytes(path: Path, max_bytes: int, *, size_option: str | None = "--max-size") -> bytes:
    """The file's bytes, refusing a missing file or one over max_bytes before reading it.

    `size_option` names the command's option that raises the limit (None: it has none).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if size > max_bytes:
        fix = f"split it or raise the limit with {size_option}" if size_option else "split it"
        raise InputError(
            f"{path}: the file is {_size(size)}, over the {_size(max_bytes)} limit; {fix}"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from None


def decode(
    data: bytes, path: Path, encoding: str = "utf-8", *, encoding_option: str | None = "--encoding"
) -> str:
    """Text from bytes, with a message naming the line and byte where decoding fails.

    `encoding_option` names the command's option for another encoding (None: it has none).
    """
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        for bom, name in _BOMS:
            if data.startswith(bom):
                other = f" or pass {encoding_option} {name.lower()}" if encoding_option else ""
                raise InputError(f"{path}: the file is {name}, not UTF-8; save it as UTF-8{other}")
        encoding = "utf-8-sig"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.start + 1].hex()
        other = f", or pass {encoding_option}, e.g. cp1252" if encoding_option else ""
        raise InputError(
            f"{path}:{line}: not valid {encoding.removesuffix('-sig')} text (byte 0x{bad} at "
            f"offset {exc.start}); save the file as UTF-8{other}"
        ) from None


def read_text(
    path: Path,
    *,
    max_bytes: int,
    encoding: str = "utf-8",
    size_option: str | None = "--max-size",
    encoding_option: str | None = "--encoding",
) -> str:
    """A user's text file, size-checked and decoded (the options are named in messages)."""
    data = read_bytes(path, max_bytes, size_option=size_option)
    return decode(data, path, encoding, encoding_option=encoding_option)


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1000:
        return f"{n / 1000:.1f} kB"
    return f"{n} bytes"
