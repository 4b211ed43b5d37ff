"""Import and export: the JSON document, CSV per table, a calendar, dossiers; imports back."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from askback.i18n import N_, count_rows
from askback.web import deps, forms
from askback.web.guards import MAX_UPLOAD_BYTES
from askback.web.i18n import ntranslate, translate
from askback.web.templating import render

router = APIRouter()

# The longest file name most file systems take.
MAX_NAME_BYTES = 255


def counted(counts: dict[str, int], lang: str) -> list[str]:
    """Row counts in words, for the tables a user knows ('5 opportunities'); no join tables."""
    shown = ("opportunities", "contacts", "interviews", "answers", "signals", "custom_questions")
    return count_rows({k: n for k, n in counts.items() if k in shown}, lang)


def _page(request: Request, status_code: int = 200, **extra: object) -> Response:
    from askback.app import forget
    from askback.app.csv_fields import TARGETS

    counts = forget.summary(deps.workspace(request))
    context = {"counts": counted(counts, deps.lang(request)), "targets": list(TARGETS), **extra}
    return render(request, "data.html", context, status_code=status_code)


def _download(body: str | bytes, filename: str, media_type: str) -> Response:
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/data")
def data_page(request: Request) -> Response:
    return _page(request)


@router.get("/data/export.json")
def export_json(request: Request) -> Response:
    from askback.app import exports

    return _download(
        exports.json_text(deps.workspace(request)), "askback-export.json", "application/json"
    )


@router.get("/data/export-csv.zip")
def export_csv(request: Request) -> Response:
    import io
    import zipfile

    from askback.app import exports

    with tempfile.TemporaryDirectory(prefix="askback-csv-") as tmp:
        paths = exports.write_csv(deps.workspace(request), Path(tmp))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                archive.write(path, path.name)
    return _download(buffer.getvalue(), "askback-csv.zip", "application/zip")


@router.get("/data/interviews.ics")
def export_calendar(request: Request) -> Response:
    from askback.app import exports

    return _download(exports.calendar(deps.workspace(request)), "askback.ics", "text/calendar")


@router.get("/opportunities/{opportunity_id}/dossier.md")
def export_dossier(request: Request, opportunity_id: forms.Id) -> Response:
    from askback.app import exports

    text = exports.dossier(deps.workspace(request), opportunity_id)
    return _download(text, f"opportunity-{opportunity_id}.md", "text/markdown; charset=utf-8")


def upload_name(upload: UploadFile) -> str:
    """The uploaded file's own name, as shown in messages; refused if it is not a file name."""
    from askback.errors import InputError

    raw = upload.filename or ""
    # Browsers send the base name; some send a whole Windows path.
    name = raw.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name or name in (".", ".."):
        raise InputError(f"the uploaded file's name {raw[:80]!r} is not a file name").worded(
            None, BAD_NAME, name=raw[:80]
        )
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise InputError(
            f"the uploaded file's name is longer than {MAX_NAME_BYTES} bytes: {name[:40]!r}…"
        )
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise InputError(f"the uploaded file's name {name[:80]!r} holds control characters").worded(
            None, BAD_NAME, name=name[:80].encode("unicode_escape").decode()
        )
    return name


BAD_NAME = N_(
    "The uploaded file's name “{name}” cannot be used; rename the file and upload it again."
)


async def _saved_upload(upload: UploadFile, directory: str, name: str) -> Path:
    """The upload in a fresh temporary folder, under its own name (checked by upload_name)."""
    from askback.errors import InputError

    path = Path(directory) / name
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(1 << 20):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                mb = MAX_UPLOAD_BYTES // 1_000_000
                raise InputError(f"{name}: the file is over {mb} MB").worded(
                    None,
                    N_("“{name}” is larger than {mb} MB; split it or upload a smaller file."),
                    name=name[:80],
                    mb=mb,
                )
            out.write(chunk)
    return path


@contextmanager
def _uploaded_as(name: str, directory: str) -> Iterator[None]:
    """Errors about the temporary copy name the uploaded file instead (no server paths shown)."""
    from askback.errors import AskbackError

    try:
        yield
    except AskbackError as exc:
        message = str(exc)
        for path in sorted(Path(directory).iterdir(), key=lambda p: -len(str(p))):
            message = message.replace(str(path), name)
        message = message.replace(directory, "").replace(tempfile.gettempdir(), "")
        raise type(exc)(message) from None


@router.post("/data/import")
async def import_json(
    request: Request,
    file: Annotated[UploadFile, File()],
    mode: Annotated[str, Form()] = "merge",
    dry_run: Annotated[str, Form()] = "",
    confirm_replace: Annotated[str, Form()] = "",
) -> Response:
    from starlette.concurrency import run_in_threadpool

    from askback.app import transfer
    from askback.errors import InputError
    from askback.export.jsonfile import JsonExport

    ws = deps.workspace(request)
    lang = deps.lang(request)
    try:
        how = transfer.ImportMode(mode)
    except ValueError:
        raise InputError(f"mode: {mode!r} is not one of merge, empty, replace") from None
    if how is transfer.ImportMode.REPLACE and not dry_run and confirm_replace != "yes":
        raise InputError(
            translate(lang, "Replacing deletes everything here first: tick the box to confirm.")
        )
    name = upload_name(file)
    with tempfile.TemporaryDirectory(prefix="askback-import-") as tmp, _uploaded_as(name, tmp):
        path = await _saved_upload(file, tmp, name)
        doc = await run_in_threadpool(JsonExport().read, path)
        result = await run_in_threadpool(
            transfer.import_document,
            ws,
            doc,
            mode=how,
            dry_run=bool(dry_run),
        )
    deps.cache(request).changed()
    message = ", ".join(counted(result.counts, lang)) or translate(lang, "nothing")
    if result.dry_run:
        done = translate(lang, "Would import: {what}.", what=message)
    else:
        done = translate(lang, "Imported: {what}.", what=message)
    return _page(request, done=done)


@router.post("/data/import-csv")
async def import_csv(
    request: Request,
    file: Annotated[UploadFile, File()],
    target: Annotated[str, Form()] = "opportunities",
    dry_run: Annotated[str, Form()] = "",
    skip_invalid: Annotated[str, Form()] = "",
) -> Response:
    from starlette.concurrency import run_in_threadpool

    from askback.app import csv_import

    ws = deps.workspace(request)
    lang = deps.lang(request)
    name = upload_name(file)
    with tempfile.TemporaryDirectory(prefix="askback-import-") as tmp, _uploaded_as(name, tmp):
        path = await _saved_upload(file, tmp, name)
        try:
            report = await run_in_threadpool(
                csv_import.import_csv,
                ws,
                path,
                target=target,
                dry_run=bool(dry_run),
                skip_invalid=bool(skip_invalid),
            )
        except csv_import.CsvImportError as exc:
            # The rows at fault on the page, under the file's own name (not the temporary copy).
            bad = exc.report
            rows = len({e.row for e in bad.errors})
            what = ntranslate(
                lang,
                "{file}: {n} row out of {total} has errors, so nothing was imported.",
                "{file}: {n} rows out of {total} have errors, so nothing was imported.",
                rows,
                file=name,
                total=bad.rows,
            )
            fix = ntranslate(
                lang,
                "Fix them, or tick “Skip invalid rows” to import the {n} valid row.",
                "Fix them, or tick “Skip invalid rows” to import the {n} valid rows.",
                bad.valid,
            )
            message = f"{what} {fix}"
            return _page(
                request, status_code=400, failed=message, row_errors=[str(e) for e in bad.errors]
            )
    deps.cache(request).changed()
    if report.dry_run:
        done = ntranslate(
            lang,
            "Would import {n} of {total} row.",
            "Would import {n} of {total} rows.",
            report.rows,
            n=report.valid,
            total=report.rows,
        )
    else:
        done = ntranslate(
            lang,
            "Imported {n} of {total} row.",
            "Imported {n} of {total} rows.",
            report.rows,
            n=report.imported,
            total=report.rows,
        )
    return _page(request, done=done, row_errors=[str(e) for e in report.errors])
