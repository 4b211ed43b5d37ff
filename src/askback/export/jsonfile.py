"""The JSON format: the whole tracker as one versioned document, and back."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from askback.errors import InputError
from askback.export.reading import MAX_IMPORT_MB, decode, read_bytes
from askback.export.records import Document
from askback.export.writing import write_private


def error_lines(exc: ValidationError, limit: int = 10) -> list[str]:
    """Pydantic errors as `answers[3].rating: problem` lines."""
    lines: list[str] = []
    for err in exc.errors()[:limit]:
        where = ""
        for part in err["loc"]:
            where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
        from askback.app.names import field_noun, value_problem

        msg = value_problem(err, field_noun(err["loc"]))
        lines.append(f"{where}: {msg}" if where else msg)
    if exc.error_count() > limit:
        lines.append(f"... and {exc.error_count() - limit} more")
    return lines


class _RepeatedKey(Exception):
    def __init__(self, key: str, line: int = 0) -> None:
        super().__init__(key)
        self.key, self.line = key, line


def _first_repeated(pairs: list[tuple[str, Any]]) -> str | None:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            return key
        seen.add(key)
    return None


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    key = _first_repeated(pairs)
    if key is not None:
        raise _RepeatedKey(key)
    return dict(pairs)


def _line_of_repeated_key(text: str) -> int:
    """Where the first object with a repeated key starts: the pure-Python scanner (slow, so only
    run once a repeated key is known to be there) is the one that tells where objects start."""
    decoder = json.JSONDecoder(object_pairs_hook=list)

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        text, start = s_and_end
        pairs, end = json.decoder.JSONObject(s_and_end, *args)  # type: ignore[attr-defined]
        key = _first_repeated(pairs)
        if key is not None:
            raise _RepeatedKey(key, text.count("\n", 0, start) + 1)
        return dict(pairs), end

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        decoder.decode(text)
    except _RepeatedKey as found:
        return found.line
    return 0


def refuse_repeated_keys(text: str, source: str) -> None:
    """A key named twice in one object keeps only one of its values: refuse the document.

    Checked on text that is valid JSON, with the C parser; only a hit pays for finding its line.
    """
    try:
        json.loads(text, object_pairs_hook=_unique_pairs)
    except _RepeatedKey as found:
        line = _line_of_repeated_key(text)
        where = f"{source}:{line}" if line else source
        raise InputError(
            f"{where}: the key {found.key!r} appears twice in the object that starts on this "
            "line, so one of its values would be lost; keep one"
        ) from None
    except ValueError:
        return  # not JSON the standard library reads; the document's own check has said why


class JsonExport:
    """Writes and reads `askback-export` documents."""

    suffix = ".json"

    def render(self, doc: Document) -> str:
        return doc.model_dump_json(indent=1) + "\n"

    def write(self, doc: Document, path: Path) -> Path:
        return write_private(path, self.render(doc).encode("utf-8"))

    def parse(self, text: str, source: str = "<input>") -> Document:
        """A validated document; errors name the field path (answers[3].rating)."""
        try:
            doc = Document.model_validate_json(text)
        except ValidationError as exc:
            from askback.app.names import NOT_A_TABLE, NOT_AN_OBJECT

            # The shared wording speaks TOML (profiles); this file is JSON.
            lines = [line.replace(NOT_A_TABLE, NOT_AN_OBJECT) for line in error_lines(exc)]
            if exc.errors()[0]["type"] == "json_invalid":
                detail = lines[0].removeprefix("Invalid JSON: ")
                raise InputError(f"{source}: not valid JSON: {detail}") from None
            refuse_repeated_keys(text, source)
            if "export format version" in lines[0] or "newer askback" in lines[0]:
                raise InputError(f"{source}: {lines[0]}") from None
            detail = "\n  ".join(lines)
            raise InputError(f"{source}: not a valid askback export:\n  {detail}") from None
        refuse_repeated_keys(text, source)
        return doc

    def read(self, path: Path, *, max_mb: float = MAX_IMPORT_MB) -> Document:
        data = read_bytes(path, int(max_mb * 1_000_000))
        # JSON is UTF-8 by definition (RFC 8259): there is no other encoding to offer.
        return self.parse(decode(data, path, encoding_option=None), str(path))
