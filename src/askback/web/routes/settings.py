"""Settings: the language, where the database is, and a backup on demand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from askback.web import deps, forms, i18n
from askback.web.templating import render

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

router = APIRouter()

# The settings page lists this many of the latest backups.
SHOWN_BACKUPS = 5


@dataclass(frozen=True)
class BackupFile:
    name: str
    path: Path
    size: int
    at: datetime


def _backup_pattern(ws: Workspace) -> str:
    # On a shared PostgreSQL server the folder may hold other owners' files: list only ours.
    return "askback-*.sqlite3" if ws.backend == "sqlite" else f"askback-{ws.owner}-*.json"


def backups(ws: Workspace) -> tuple[Path, list[BackupFile]]:
    """The folder backups go to, and the latest backups in it, newest first."""
    from askback.store.backup import default_backup_dir

    folder = default_backup_dir(ws.url)
    found: list[BackupFile] = []
    if folder.is_dir():
        for path in folder.glob(_backup_pattern(ws)):
            try:
                st = path.stat()
            except OSError:
                continue
            at = datetime.fromtimestamp(st.st_mtime, UTC)
            found.append(BackupFile(path.name, path, st.st_size, at))
    found.sort(key=lambda b: (b.at, b.name), reverse=True)
    return folder, found[:SHOWN_BACKUPS]


def _context(request: Request) -> dict[str, object]:
    from askback.config import data_dir
    from askback.store.engine import redact, sqlite_path

    ws = deps.workspace(request)
    file = sqlite_path(ws.url)
    folder, latest = backups(ws)
    return {
        "database": redact(ws.url),
        "backend": ws.backend,
        "database_file": str(file) if file is not None else "",
        "database_size": file.stat().st_size if file is not None and file.exists() else None,
        "data_dir": str(data_dir()),
        "backup_dir": str(folder),
        "backups": latest,
        "languages": i18n.language_choices(),
        **_zone_context(),
    }


def _zone_context() -> dict[str, object]:
    import zoneinfo

    from askback.config import read_user_settings
    from askback.times import SETTING, user_zone_source

    zone, source = user_zone_source()
    saved = read_user_settings().get(SETTING)
    return {
        "timezone": zone,
        "timezone_from": source,
        "saved_timezone": saved if isinstance(saved, str) else "",
        "zones": sorted(zoneinfo.available_timezones()),
    }


@router.get("/settings")
def settings_page(request: Request, backed_up: str = "") -> Response:
    context = _context(request)
    latest: list[BackupFile] = context["backups"]  # type: ignore[assignment]
    # Only a file that is really in the backup folder is announced, whatever the URL says.
    done = next((b for b in latest if b.name == backed_up), None)
    return render(request, "settings.html", {**context, "backup": done})


@router.post("/settings/language")
def set_language(
    lang: Annotated[str, Form()], next: Annotated[str, Form()] = "/settings"
) -> Response:
    # Only a local path, never another site; a short one, as it goes back in a header.
    local = next.startswith("/") and not next.startswith(("//", "/\\"))
    target = next if local and len(next) <= 2000 and next.isprintable() else "/settings"
    response = RedirectResponse(target, status_code=303)
    if lang in i18n.languages():
        response.set_cookie(
            i18n.LANG_COOKIE, lang, max_age=365 * 24 * 3600, httponly=True, samesite="strict"
        )
    return response


@router.post("/settings/timezone")
def set_timezone(request: Request, timezone: Annotated[str, Form()] = "") -> Response:
    """Save the zone times are shown in (empty: this computer's); an unknown name is a 400."""
    from askback.app.common import check_timezone
    from askback.config import write_user_setting
    from askback.times import SETTING

    name = timezone.strip()
    write_user_setting(SETTING, check_timezone(name) if name else None)
    return forms.back_to(request, "/settings#tz-h")


@router.post("/settings/backup")
def make_backup(request: Request) -> Response:
    from urllib.parse import quote

    from askback.app import backup

    result = backup.backup(deps.workspace(request))
    # Redirect, so that reloading the page shows the result and does not back up again.
    return forms.back_to(request, f"/settings?backed_up={quote(result.path.name)}#backup-h")
