"""Import and export: the JSON document, CSV per table, a calendar, dossiers; imports back."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response

from askback.web import deps
from askback.web.templating import render

router = APIRouter()

# Uploads larger than this are refused before they are read whole.
MAX_UPLOAD_BYTES = 50_000_000


def _download(body: str | bytes, filename: str, media_type: str) -> Response:
    return Response(
        body,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/data")
def data_page(request: Request) -> Response:
    from askback.app import forget
    from askback.app.csv_fields import TARGETS

    counts = forget.summary(deps.workspace(request))
    return render(request, "data.html", {"counts": counts, "targets": list(TARGETS)})


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
def export_dossier(request: Request, opportunity_id: int) -> Response:
    from askback.app import exports

    text = exports.dossier(deps.workspace(request), opportunity_id)
    return _download(text, f"opportunity-{opportunity_id}.md", "text/markdown; charset=utf-8")


async def _saved_upload(upload: UploadFile, directory: str) -> Path:
    from askback.errors import InputError

    name = Path(upload.filename or "upload").name or "upload"
    path = Path(directory) / name
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(1 << 20):
            size += len(chunk)
            if size > MAX_UPLOAD_BYTES:
                raise InputError(f"{name}: the file is over {MAX_UPLOAD_BYTES // 1_000_000} MB")
            out.write(chunk)
    return path


@router.post("/data/import")
async def import_json(
    request: Request,
    file: Annotated[UploadFile, File()],
    mode: Annotated[str, Form()] = "merge",
    dry_run: Annotated[str, Form()] = "",
) -> Response:
    from starlette.concurrency import run_in_threadpool

    from askback.app import forget, transfer
    from askback.export.jsonfile import JsonExport

    ws = deps.workspace(request)
    with tempfile.TemporaryDirectory(prefix="askback-import-") as tmp:
        path = await _saved_upload(file, tmp)
        doc = await run_in_threadpool(JsonExport().read, path)
        result = await run_in_threadpool(
            transfer.import_document,
            ws,
            doc,
            mode=transfer.ImportMode(mode),
            dry_run=bool(dry_run),
        )
    deps.cache(request).changed()
    counts = forget.summary(ws)
    message = ", ".join(f"{n} {k}" for k, n in result.counts.items() if n) or "nothing"
    return render(
        request,
        "data.html",
        {
            "counts": counts,
            "targets": _targets(),
            "done": ("Would import" if result.dry_run else "Imported") + f": {message}.",
        },
    )


@router.post("/data/import-csv")
async def import_csv(
    request: Request,
    file: Annotated[UploadFile, File()],
    target: Annotated[str, Form()] = "opportunities",
    dry_run: Annotated[str, Form()] = "",
    skip_invalid: Annotated[str, Form()] = "",
) -> Response:
    from starlette.concurrency import run_in_threadpool

    from askback.app import csv_import, forget

    ws = deps.workspace(request)
    with tempfile.TemporaryDirectory(prefix="askback-import-") as tmp:
        path = await _saved_upload(file, tmp)
        report = await run_in_threadpool(
            csv_import.import_csv,
            ws,
            path,
            target=target,
            dry_run=bool(dry_run),
            skip_invalid=bool(skip_invalid),
        )
    deps.cache(request).changed()
    verb = "Would import" if report.dry_run else "Imported"
    done = f"{verb} {report.valid if report.dry_run else report.imported} of {report.rows} rows."
    return render(
        request,
        "data.html",
        {
            "counts": forget.summary(ws),
            "targets": _targets(),
            "done": done,
            "row_errors": [str(e) for e in report.errors],
        },
    )


def _targets() -> list[str]:
    from askback.app.csv_fields import TARGETS

    return list(TARGETS)
