"""The app factory: one FastAPI app over one Workspace, with security middleware and routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from askback.errors import AskbackError, InputError, NotFoundError
from askback.web.config import WebConfig
from askback.web.csrf import check_csrf
from askback.web.security import SecurityMiddleware
from askback.web.templating import is_htmx, render

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

STATIC_DIR = Path(__file__).parent / "static"


def create_app(config: WebConfig | None = None, workspace: Workspace | None = None) -> FastAPI:
    """Build the app; the Workspace opens at start-up unless one is given."""
    config = config or WebConfig()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from askback.app.workspace import Workspace
        from askback.web.cache import Cache

        owned = workspace is None
        ws = workspace or Workspace.open(
            config.database_url, config.owner, bank_paths=config.bank_paths
        )
        app.state.workspace = ws
        app.state.cache = Cache(ws)
        if owned:
            if ws.migration is not None and ws.migration.upgraded:
                import logging

                logging.getLogger("askback").warning("%s", ws.migration.describe())
            # Load the bank now and move start-up objects out of the collector's way: a full
            # collection over them costs ~50 ms and otherwise lands on every tenth busy page.
            import gc

            _ = ws.bank
            gc.collect()
            gc.freeze()
        try:
            yield
        finally:
            if owned:
                ws.close()

    app = FastAPI(
        title="askback",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(check_csrf)],
    )
    app.state.config = config
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _include_routes(app)
    _install_error_pages(app)
    app.add_middleware(SecurityMiddleware, config=config)
    return app


def _include_routes(app: FastAPI) -> None:
    from askback.web.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)


def _error(request: Request, status: int, message: str) -> Response:
    if is_htmx(request):
        # htmx swaps nothing on an error status; the page's error region shows the text.
        return render(request, "_error.html", {"message": message}, status_code=status)
    return render(request, "error.html", {"message": message, "status": status}, status_code=status)


def _install_error_pages(app: FastAPI) -> None:
    @app.exception_handler(AskbackError)
    async def askback_error(request: Request, exc: AskbackError) -> Response:
        status = (
            404 if isinstance(exc, NotFoundError) else 400 if isinstance(exc, InputError) else 422
        )
        return _error(request, status, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_form(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "input"
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return _error(request, 400, "; ".join(parts))
