"""The JSON format: the whole tracker as one versioned document, and back."""

from __future__ import annotations

from pathlib import Path

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
            return Document.model_validate_json(text)
        except ValidationError as exc:
            lines = error_lines(exc)
            if exc.errors()[0]["type"] == "json_invalid":
                detail = lines[0].removeprefix("Invalid JSON: ")
                raise InputError(f"{source}: not valid JSON: {detail}") from None
            if "export format version" in lines[0] or "newer askback" in lines[0]:
                raise InputError(f"{source}: {lines[0]}") from None
            detail = "\n  ".join(lines)
            raise InputError(f"{source}: not a valid askback export:\n  {detail}") from None

    def read(self, path: Path, *, max_mb: float = MAX_IMPORT_MB) -> Document:
        data = read_bytes(path, int(max_mb * 1_000_000))
        # JSON is UTF-8 by definition (RFC 8259): there is no other encoding to offer.
        return self.parse(decode(data, path, encoding_option=None), str(path))
