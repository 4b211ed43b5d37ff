"""Settings: the language, where the database is, and a backup on demand."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from askback.web import deps, i18n
from askback.web.templating import render

router = APIRouter()


def _context(request: Request) -> dict[str, object]:
    from askback.config import data_dir
    from askback.store.engine import redact

    ws = deps.workspace(request)
    return {
        "database": redact(ws.url),
        "backend": ws.backend,
        "data_dir": str(data_dir()),
        "languages": [("en", "English"), ("de", "Deutsch")],
    }


@router.get("/settings")
def settings_page(request: Request) -> Response:
    return render(request, "settings.html", _context(request))


@router.post("/settings/language")
def set_language(
    lang: Annotated[str, Form()], next: Annotated[str, Form()] = "/settings"
) -> Response:
    # Only a local path: never redirect to another site.
    target = next if next.startswith("/") and not next.startswith("//") else "/settings"
    response = RedirectResponse(target, status_code=303)
    if lang in i18n.LANGUAGES:
        response.set_cookie(
            i18n.LANG_COOKIE, lang, max_age=365 * 24 * 3600, httponly=True, samesite="strict"
        )
    return response


@router.post("/settings/backup")
def make_backup(request: Request) -> Response:
    from askback.app import backup

    result = backup.backup(deps.workspace(request))
    return render(
        request,
        "settings.html",
        {**_context(request), "backup": result},
    )
