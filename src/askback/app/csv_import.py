"""Import a spreadsheet tracker (CSV): column mapping, a per-row error report, all or nothing."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from askback.app import contacts, opportunities
from askback.app.common import now
from askback.app.csv_fields import TARGETS, Field, header_key
from askback.app.limits import check_values
from askback.app.names import field_noun, value_problem
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.export.reading import MAX_IMPORT_MB, read_text
from askback.export.records import ContactRecord, OpportunityRecord
from askback.i18n import ngettext
from askback.store.models import Contact, Opportunity

IGNORE = "-"


@dataclass(frozen=True)
class RowError:
    """One problem: the spreadsheet row (the header is row 1), the column, what is wrong."""

    row: int
    column: str
    problem: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column!r}" if self.column else "")
        return f"{where}: {self.problem}"


@dataclass
class CsvReport:
    """What a CSV import found and did."""

    path: Path
    target: str
    mapping: dict[str, str]
    ignored: list[str]
    rows: int = 0
    valid: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    dry_run: bool = False


class CsvImportError(InputError):
    """The CSV has invalid rows and nothing was imported."""

    def __init__(self, report: CsvReport) -> None:
        self.report = report
        shown = "\n  ".join(str(e) for e in report.errors[:50])
        more = f"\n  ... and {len(report.errors) - 50} more" if len(report.errors) > 50 else ""
        bad = len({e.row for e in report.errors})
        fix = (
            ngettext(
                "fix it, or pass --skip-invalid to import the {n} valid row",
                "fix them, or pass --skip-invalid to import the {n} valid rows",
                report.valid,
            )
            if report.valid
            else "no row is valid"
        )
        problem = ngettext(
            "{path}: {n} row out of {total} has errors, so nothing was imported",
            "{path}: {n} rows out of {total} have errors, so nothing was imported",
            bad,
            path=report.path,
            total=report.rows,
        )
        super().__init__(f"{problem} ({fix}):\n  {shown}{more}")


DELIMITERS = (",", ";", "\t", "|")


def _dialect(delimiter: str, spaced: bool = False) -> type[csv.Dialect]:
    class Sheet(csv.excel):
        """Spreadsheet quoting (Excel, LibreOffice, Google Sheets): "" is a quote in a cell."""

        strict = True

    Sheet.delimiter = delimiter
    # Hand-typed files often put a space after each comma: `Acme, "Data, ML", 2025-03-01`.
    Sheet.skipinitialspace = spaced
    return Sheet


def _header_width(text: str, delimiter: str) -> int:
    try:
        return len(next(csv.reader(io.StringIO(text[:64_000], newline=""), _dialect(delimiter))))
    except (csv.Error, StopIteration):
        return 0


def _sniff(text: str) -> type[csv.Dialect]:
    """The delimiter that splits the header record into the most cells, ties in DELIMITERS order.

    The quoting is always the spreadsheet standard: guessing it from a sample (csv.Sniffer)
    misreads doubled quotes and cells that span lines.
    """
    best = max(DELIMITERS, key=lambda d: (_header_width(text, d), -DELIMITERS.index(d)))
    first = text.split("\n", 1)[0]
    spaced = best in first and first.count(best) == first.count(best + " ")
    return _dialect(best, spaced)


# Excel writes, and reads, a first line `sep=;` that names the delimiter; it is not the header.
_SEP_LINE = re.compile(r"\ufeff?sep=([^\r\n\"])(?:\r\n|\n|\r)", re.IGNORECASE)


def read_table(text: str, path: Path) -> list[list[str]]:
    """All records of a CSV text; a quoting error names the line where its record starts."""
    # A cell may be as large as the file itself (which read_text has size-checked already).
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    start = 1
    sep = _SEP_LINE.match(text)
    if sep:
        text, dialect, start = text[sep.end() :], _dialect(sep.group(1)), 2
    else:
        dialect = _sniff(text)
    first_line = start
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    table: list[list[str]] = []
    try:
        for record in reader:
            table.append(record)
            start = first_line + reader.line_num
    except csv.Error as exc:
        raise InputError(
            f"{path}:{start}: not readable as CSV ({exc}); a quoted cell must end with a quote, "
            'and a quote inside it is written twice ("")'
        ) from None
    return table


def _shown(heading: str) -> str:
    """A heading as messages show it: as typed, or escaped where it holds a line break or
    another control character (so that one message stays one line)."""
    return heading if heading.isprintable() else repr(heading)


def resolve_mapping(
    header: list[str], fields: tuple[Field, ...], explicit: Mapping[str, str], source: str
) -> tuple[dict[str, str], list[str]]:
    """column -> field: the explicit --map entries, then header names that match a synonym."""
    by_name = {f.name: f for f in fields}
    keys = {header_key(h): h for h in header}
    mapping: dict[str, str] = {}
    for column, target in explicit.items():
        col = keys.get(header_key(column))
        if col is None:
            raise InputError(
                f"{source}: --map names column {column!r}, which is not in the header "
                f"(columns: {', '.join(map(_shown, header))})"
            )
        if target not in by_name and target != IGNORE:
            raise InputError(
                f"--map {column}={target}: unknown field; use one of: {', '.join(by_name)} "
                f"(or {IGNORE} to ignore the column)"
            )
        mapping[col] = target
    taken = set(mapping.values())
    for col in header:
        if col in mapping:
            continue
        key = header_key(col)
        match = next((f.name for f in fields if key in f.synonyms and f.name not in taken), None)
        if match:
            mapping[col] = match
            taken.add(match)
    targets = [t for t in mapping.values() if t != IGNORE]
    doubled = sorted({t for t in targets if targets.count(t) > 1})
    if doubled:
        raise InputError(f"{source}: several columns map to {', '.join(doubled)}; keep one")
    missing = [f.name for f in fields if f.required and f.name not in targets]
    if missing:
        raise InputError(
            f"{source}: missing columns for {', '.join(missing)} (columns found: "
            f"{', '.join(map(_shown, header)) or 'none'}); map one with --map COLUMN={missing[0]}"
        )
    mapping = {c: t for c, t in mapping.items() if t != IGNORE}
    ignored = [h for h in header if h not in mapping]
    return mapping, ignored


def _record_errors(exc: ValidationError, row: int, columns: dict[str, str]) -> list[RowError]:
    out = []
    for err in exc.errors():
        name = str(err["loc"][0]) if err["loc"] else ""
        msg = value_problem(err, field_noun(err["loc"]))
        out.append(RowError(row, columns.get(name, name), msg))
    return out


def _parse_row(
    cells: dict[str, str], row: int, report: CsvReport, fields: tuple[Field, ...], fmt: str | None
) -> dict[str, Any] | None:
    by_name = {f.name: f for f in fields}
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    for column, target in report.mapping.items():
        raw = cells.get(column, "")
        if not raw.strip():
            if by_name[target].required:
                errors.append(RowError(row, column, f"{target} is empty"))
            continue
        try:
            parsed = by_name[target].parse(raw, fmt)
        except InputError as exc:
            errors.append(
                RowError(row, column, str(exc).removeprefix("date: ").removeprefix("email: "))
            )
            continue
        if target == "pay":
            values.update({k: v for k, v in parsed.items() if v is not None})
        else:
            values[target] = parsed
    report.errors.extend(errors)
    return None if errors else values


def _validate(values: dict[str, Any], target: str, row: int, report: CsvReport) -> bool:
    columns = {t: c for c, t in report.mapping.items()}
    columns.update(
        {"pay_min": columns.get("pay", "pay_min"), "pay_max": columns.get("pay", "pay_max")}
    )
    stamp = now()
    model: type[BaseModel] = OpportunityRecord if target == "opportunities" else ContactRecord
    data = {k: v for k, v in values.items() if k not in ("applied_on", "created_on", "created_at")}
    try:
        # The limits every way in shares (names, years, amounts), then the record's own rules.
        check_values(data, "")
    except InputError as exc:
        name, _, problem = str(exc).removeprefix(".").partition(": ")
        report.errors.append(RowError(row, columns.get(name, name), problem))
        return False
    try:
        model.model_validate({"id": 1, "created_at": stamp, "updated_at": stamp, **data})
    except ValidationError as exc:
        report.errors.extend(_record_errors(exc, row, columns))
        return False
    return True


_KEY_FIELDS = {"opportunities": ("company", "role"), "contacts": ("name", "company")}


def _raw_key(cells: dict[str, str], mapping: dict[str, str], target: str) -> tuple[str, str] | None:
    first, second = _KEY_FIELDS[target]
    by_field = {t: cells.get(c, "").strip() for c, t in mapping.items()}
    if not by_field.get(first):
        return None
    return (by_field[first].casefold(), by_field.get(second, "").casefold())


def _existing_keys(ws: Workspace, target: str) -> dict[tuple[str, str], int]:
    with ws.read() as s:
        if target == "opportunities":
            rows = s.execute(
                Opportunity.__table__.select().where(Opportunity.owner == ws.owner)
            ).mappings()
            return {(r["company"].casefold(), r["role"].casefold()): r["id"] for r in rows}
        rows = s.execute(Contact.__table__.select().where(Contact.owner == ws.owner)).mappings()
        return {(r["name"].casefold(), str(r["company"] or "").casefold()): r["id"] for r in rows}


def _refuse_repeated_headings(header: list[str], where: str) -> None:
    """Two columns with one heading (compared as column names are matched) would lose a cell
    of every row, or make --map ambiguous: refuse the file, naming both columns."""
    first: dict[str, int] = {}
    for number, heading in enumerate(header, start=1):
        key = header_key(heading)
        if not key:
            continue
        if key in first:
            raise InputError(
                f"{where}: the heading {heading!r} appears twice (columns {first[key]} and "
                f"{number}), so one of the two cells of each row would be lost; rename one"
            )
        first[key] = number


def _refuse_two_starts(mapping: dict[str, str], where: str) -> None:
    """created_on and created_at both say when tracking started: one would be lost."""
    columns = {t: c for c, t in mapping.items()}
    if "created_on" in columns and "created_at" in columns:
        first, second = columns["created_on"], columns["created_at"]
        raise InputError(
            f"{where}: columns {_shown(first)!r} and {_shown(second)!r} both say when you "
            f"started tracking it, so one would be lost; keep one, or ignore one with "
            f"--map {second}=-"
        )


def import_csv(
    ws: Workspace,
    path: Path,
    *,
    target: str = "opportunities",
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    encoding: str = "utf-8",
    date_format: str | None = None,
    max_mb: float = MAX_IMPORT_MB,
) -> CsvReport:
    """Check every row first; write all valid rows in one transaction, or none if any is bad."""
    if target not in TARGETS:
        raise InputError(f"cannot import into {target!r}; choose one of: {', '.join(TARGETS)}")
    fields = TARGETS[target]
    text = read_text(path, max_bytes=int(max_mb * 1_000_000), encoding=encoding)
    table = read_table(text, path)
    while table and not any(c.strip() for c in table[-1]):
        table.pop()
    if not table:
        raise InputError(f"{path}: the file is empty; the first row must name the columns")
    header = [h.strip() for h in table[0]]
    # Columns without a heading (Excel keeps formatted empty columns in its CSV) are allowed
    # as long as they are empty: a row with a value in one is refused below.
    unnamed = [i for i, h in enumerate(header) if not h]
    # The header is the file's first line, or its second after an Excel `sep=` line.
    header_line = 2 if _SEP_LINE.match(text) else 1
    _refuse_repeated_headings(header, f"{path}:{header_line}")
    resolved, ignored = resolve_mapping(
        [h for h in header if h], fields, mapping or {}, f"{path}:{header_line}"
    )
    _refuse_two_starts(resolved, f"{path}:{header_line}")
    report = CsvReport(path, target, resolved, ignored, dry_run=dry_run)
    seen: dict[tuple[str, str], int] = {}
    existing = _existing_keys(ws, target)
    valid: list[tuple[int, dict[str, Any]]] = []
    for index, cells in enumerate(table[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        report.rows += 1
        if any(c.strip() for c in cells[len(header) :]):
            report.errors.append(
                RowError(index, "", f"has {len(cells)} cells but the header has {len(header)}")
            )
            continue
        lost = next((i for i in unnamed if i < len(cells) and cells[i].strip()), None)
        if lost is not None:
            report.errors.append(
                RowError(
                    index,
                    "",
                    f"column {lost + 1} has a value but no heading; name the column, or delete "
                    "the value",
                )
            )
            continue
        row = dict(zip(header, cells, strict=False))
        values = _parse_row(row, index, report, fields, date_format)
        ok = values is not None and _validate(values, target, index, report)
        # Duplicates are found from the raw cells, so a bad first copy still flags the second.
        key = _raw_key(row, resolved, target)
        column = next((c for c, t in resolved.items() if t == _KEY_FIELDS[target][0]), "")
        if key is not None and key in seen:
            report.errors.append(RowError(index, column, f"duplicate of row {seen[key]}"))
            continue
        if key is not None:
            seen[key] = index
        if key is not None and key in existing:
            report.errors.append(
                RowError(index, column, f"already tracked (id {existing[key]}); remove the row")
            )
            continue
        if ok and values is not None:
            valid.append((index, values))
    report.valid = len(valid)
    if report.errors and not skip_invalid:
        raise CsvImportError(report)
    with ws.transaction() as s:
        savepoint = s.begin_nested()
        for _row, values in valid:
            report.ids.append(_write(ws, target, values, path.name))
        if dry_run:
            savepoint.rollback()
            report.ids = []
        else:
            savepoint.commit()
            report.imported = len(valid)
    return report


def _write(ws: Workspace, target: str, values: dict[str, Any], source: str) -> int:
    if target == "contacts":
        return contacts.add(ws, **values).id
    from datetime import UTC, datetime, time

    applied = values.pop("applied_on", None)
    day, moment = values.pop("created_on", None), values.pop("created_at", None)
    created = day or moment
    status = values.pop("status", None)
    start = applied or created
    # A day alone is placed at noon UTC, the same day in every zone; a moment stays as it was.
    at = start if isinstance(start, datetime) or start is None else None
    if at is None and start is not None:
        at = datetime.combine(start, time(12), tzinfo=UTC)
    note = f"imported from {source}"
    first = "applied" if applied else (status or "interested")
    row = opportunities.add(ws, status=first, at=at, note=note, **values)
    if status and status != first:
        opportunities.set_status(ws, row.id, status, note=note)
    return row.id
