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

from askback.errors import AskbackError, InputError, NotFoundError, Worded
from askback.web.config import WebConfig
from askback.web.csrf import check_csrf
from askback.web.forms import MAX_ID
from askback.web.security import SecurityMiddleware
from askback.web.templating import is_htmx, lang_of, render

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
            if config.warm_up:
                from askback.web import warmup

                app.state.warm_up = warmup.start(app)
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
    _check_path_ids(app)
    _install_error_pages(app)
    app.add_middleware(SecurityMiddleware, config=config)
    return app


def _include_routes(app: FastAPI) -> None:
    from askback.web.routes import ROUTERS

    for router in ROUTERS:
        app.include_router(router)
    _answer_head(app)


def _answer_head(app: FastAPI) -> None:
    """HEAD on every page a GET answers: the same status and headers, no body.

    The server (uvicorn) drops the body of a HEAD response; monitors and link checkers send it.
    """
    from askback.web.routes import api_routes

    for route in api_routes(app.routes):
        if route.methods is not None and "GET" in route.methods:
            route.methods.add("HEAD")


def _check_path_ids(app: FastAPI) -> None:
    """Every whole-number part of a path must be bounded (forms.Id), else the app won't start.

    An unbounded one lets a 23-digit id reach the database, which cannot hold it (a 500).
    """
    from askback.web.routes import api_routes

    for route in api_routes(app.routes):
        for param in route.dependant.path_params:
            if param.field_info.annotation is not int:
                continue
            bounds = [getattr(m, "le", None) for m in param.field_info.metadata]
            if not any(b is not None and b <= MAX_ID for b in bounds):
                raise RuntimeError(f"{route.path}: declare {param.name} as askback.web.forms.Id")


# How long a client should wait before it tries again when the database is busy or full.
RETRY_AFTER_S = 5


def _error(request: Request, status: int, message: str) -> Response:
    if is_htmx(request):
        # htmx swaps nothing on an error status; the page's error region shows the text.
        return render(request, "_error.html", {"message": message}, status_code=status)
    return render(request, "error.html", {"message": message, "status": status}, status_code=status)


def _install_error_pages(app: FastAPI) -> None:
    @app.exception_handler(AskbackError)
    async def askback_error(request: Request, exc: AskbackError) -> Response:
        from askback.store.engine import DatabaseUnavailable

        if isinstance(exc, DatabaseUnavailable):
            # Locked or full: the request was fine and may work in a moment; nothing was saved.
            response = _error(request, 503, str(exc))
            response.headers["Retry-After"] = str(RETRY_AFTER_S)
            return response
        status = (
            404 if isinstance(exc, NotFoundError) else 400 if isinstance(exc, InputError) else 422
        )
        if isinstance(exc, InputError):
            from askback.web.problems import message

            return _error(request, status, message(exc, lang_of(request)))
        if isinstance(exc, Worded):
            # A hub error, say: its catalog wording in the page's language.
            from askback.web.problems import worded

            return _error(request, status, worded(exc, lang_of(request)))
        return _error(request, status, str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid_form(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            loc = err.get("loc", ())
            where = ".".join(str(p) for p in loc[1:]) or "input"
            if loc and loc[0] == "path":
                # An id in the address: say what an id is, not pydantic's bounds.
                value = str(err.get("input", ""))[:40]
                parts.append(f"{where}: {value!r} is not an id (a whole number from 1 to {MAX_ID})")
            else:
                parts.append(f"{where}: {err.get('msg', 'invalid')}")
        if not any(err.get("loc", ("",))[0] == "path" for err in exc.errors()):
            from askback.problems import problems_of
            from askback.web.problems import describe

            problems = problems_of(exc.errors(), parts)
            return _error(request, 400, " ".join(describe(p, lang_of(request)) for p in problems))
        return _error(request, 400, "; ".join(parts))

    @app.exception_handler(OverflowError)
    async def too_large_number(request: Request, exc: OverflowError) -> Response:
        # The forms bound every number; this is the net under them, never a 500. Where it
        # caught one, the log says, so the check can move to where the number came in.
        import logging

        logging.getLogger("askback.web").warning("out of range: %s", exc, exc_info=exc)
        return _error(request, 400, f"a number or date in the request is out of range ({exc})")
