"""Many ads at once: read a CSV, JSONL file or folder, analyze in worker processes, write rows."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from askback.errors import AskbackError, InputError
from askback.text.report import AdReport

AD_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
COLUMNS = (
    "id",
    "lang",
    "words",
    "gender_verdict",
    "masculine_words",
    "feminine_words",
    "exclusionary",
    "exclusionary_categories",
    "must_haves",
    "seniority",
    "years_required",
    "tools",
    "salary_stated",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "eu",
    "work_arrangement",
    "office_days",
    "language_gate",
    "languages",
    "diversity",
    "responsible_ai",
    "data_maturity",
    "benefits",
    "question_tags",
    "warnings",
    "error",
)


@dataclass(frozen=True, slots=True)
class Record:
    """One ad to analyze: an id and its text (or the reason it could not be read)."""

    id: str
    text: str
    error: str = ""


def _csv_records(path: Path, column: str, id_column: str | None) -> Iterator[Record]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        if column not in fields:
            shown = ", ".join(fields) if fields else "none (is the file empty?)"
            raise InputError(
                f"{path}: no column {column!r}; the columns are: {shown}. "
                "Pass --text-column with one of them."
            )
        for n, row in enumerate(reader, start=1):
            rid = str(row.get(id_column) or n) if id_column else str(n)
            yield Record(rid, row.get(column) or "")


def _jsonl_records(path: Path, column: str, id_column: str | None) -> Iterator[Record]:
    with path.open(encoding="utf-8-sig") as handle:
        for n, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Record(str(n), "", f"line {n}: not JSON ({exc.msg})")
                continue
            if not isinstance(row, dict):
                yield Record(str(n), "", f"line {n}: not a JSON object")
                continue
            if column not in row:
                if n == 1:
                    raise InputError(
                        f"{path}: line 1 has no key {column!r}; its keys are: "
                        f"{', '.join(map(str, row)) or 'none'}. Pass --text-column."
                    )
                yield Record(str(n), "", f"line {n}: no key {column!r}")
                continue
            rid = str(row.get(id_column) or n) if id_column else str(n)
            yield Record(rid, str(row.get(column) or ""))


def _dir_records(path: Path) -> Iterator[Record]:
    from askback.text.source import from_bytes

    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in AD_SUFFIXES)
    if not files:
        raise InputError(f"{path}: no .txt, .md or .html files in this folder")
    for file in files:
        rid = str(file.relative_to(path))
        try:
            yield Record(rid, from_bytes(file.read_bytes(), rid).text)
        except AskbackError as exc:
            yield Record(rid, "", str(exc))


def records(
    path: Path, *, text_column: str = "text", id_column: str | None = "id"
) -> Iterator[Record]:
    """The ads in a CSV file, a JSONL file or a folder of ad files."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        return _dir_records(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv_records(path, text_column, id_column)
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl_records(path, text_column, id_column)
    raise InputError(f"{path}: give a .csv or .jsonl file, or a folder of .txt/.md/.html ads")


def row(report: AdReport, rid: str) -> dict[str, Any]:
    """One flat output row for an analyzed ad."""
    excl = [f.data.get("category", "") for f in report.findings if f.area.value == "exclusionary"]
    p = report.pay
    return {
        "id": rid,
        "lang": report.lang,
        "words": report.words,
        "gender_verdict": report.gender_verdict,
        "masculine_words": report.masculine,
        "feminine_words": report.feminine,
        "exclusionary": len(excl),
        "exclusionary_categories": ";".join(sorted(set(excl))),
        "must_haves": report.must_haves,
        "seniority": report.seniority,
        "years_required": report.years_required,
        "tools": ";".join(report.tools),
        "salary_stated": p.stated,
        "salary_min": p.minimum,
        "salary_max": p.maximum,
        "salary_currency": p.currency,
        "salary_period": p.period,
        "eu": p.eu,
        "work_arrangement": report.work_arrangement,
        "office_days": report.office_days,
        "language_gate": report.language_gate,
        "languages": ";".join(
            f"{r.language}:{'required' if r.required else 'plus'}"
            for r in report.language_requirements
            if not r.implied
        ),
        "diversity": report.diversity,
        "responsible_ai": report.responsible_ai,
        "data_maturity": report.data_maturity,
        "benefits": ";".join(report.benefits),
        "question_tags": ";".join(report.question_tags()),
        "warnings": " | ".join(report.warnings),
        "error": "",
    }


def analyze_record(record: Record, lang: str | None = None) -> dict[str, Any]:
    """Analyze one record into a row; a bad ad becomes a row with its error, never a crash."""
    from askback.text.jobad import analyze

    if record.error:
        return {**dict.fromkeys(COLUMNS, None), "id": record.id, "error": record.error}
    try:
        return row(analyze(record.text, lang=lang), record.id)
    except AskbackError as exc:
        return {**dict.fromkeys(COLUMNS, None), "id": record.id, "error": str(exc)}


def _analyze_one(args: tuple[Record, str | None]) -> dict[str, Any]:
    return analyze_record(*args)


def run(
    items: Iterable[Record],
    *,
    workers: int = 1,
    lang: str | None = None,
    on_row: Callable[[dict[str, Any]], None] | None = None,
    chunksize: int = 32,
) -> Iterator[dict[str, Any]]:
    """Rows in input order; with workers > 1 the ads are analyzed in that many processes."""
    jobs = ((r, lang) for r in items)
    if workers <= 1:
        results: Iterable[dict[str, Any]] = map(_analyze_one, jobs)
        for out in results:
            if on_row:
                on_row(out)
            yield out
        return
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for out in pool.imap(_analyze_one, jobs, chunksize=chunksize):
            if on_row:
                on_row(out)
            yield out


class Writer:
    """Writes rows as CSV or JSONL, chosen by the output file's suffix."""

    def __init__(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".jsonl", ".ndjson"):
            raise InputError(f"{path}: the output must end in .csv or .jsonl")
        self.path = path
        self.jsonl = suffix != ".csv"
        self._handle = path.open("w", newline="", encoding="utf-8")
        self._csv = None if self.jsonl else csv.DictWriter(self._handle, fieldnames=COLUMNS)
        if self._csv is not None:
            self._csv.writeheader()

    def write(self, out: dict[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerow(out)
        else:
            self._handle.write(json.dumps(out, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
