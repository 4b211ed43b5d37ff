"""The hub's app factory: the API, the pages, the security middleware and the error answers."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from askback.errors import AskbackError, NotFoundError
from askback.hub.config import HubConfig
from askback.hub.core import Hub
from askback.hub.web import HubMiddleware, check_csrf
from askback.web.app import STATIC_DIR

log = logging.getLogger("askback.hub")


def create_app(config: HubConfig, hub: Hub | None = None) -> FastAPI:
    """Build the hub app; it opens its own Hub at start-up unless one is given."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from askback.hub.migrate import check_current

        owned = hub is None
        opened = hub or Hub(config)
        check_current(opened.engine, config.database_url)
        app.state.hub = opened
        _ = opened.bank
        try:
            yield
        finally:
            if owned:
                opened.close()

    app = FastAPI(
        title="askback hub",
        version="1",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        dependencies=[Depends(check_csrf)],
    )
    if hub is not None:
        app.state.hub = hub
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    from askback.hub import api, api_bank, pages, pages_bank

    app.include_router(api.router)
    app.include_router(api_bank.router)
    app.include_router(pages.router)
    app.include_router(pages_bank.router)
    _errors(app)
    app.add_middleware(HubMiddleware, config=config)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _answer(request: Request, status: int, message: str, retry: int | None = None) -> Response:
    headers = {"Retry-After": str(retry)} if retry is not None else None
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    from askback.hub.pages import error_page

    return error_page(request, status, message, headers)


def _errors(app: FastAPI) -> None:
    from askback.hub.accounts import AuthError
    from askback.hub.ratelimit import RateLimited

    @app.exception_handler(AskbackError)
    async def known(request: Request, exc: AskbackError) -> Response:
        from askback.store.engine import DatabaseUnavailable

        if isinstance(exc, RateLimited):
            return _answer(request, 429, str(exc), exc.retry_after)
        if isinstance(exc, DatabaseUnavailable):
            return _answer(request, 503, str(exc), 5)
        status = (
            401 if isinstance(exc, AuthError) else 404 if isinstance(exc, NotFoundError) else 400
        )
        return _answer(request, status, str(exc))

    @app.exception_handler(HTTPException)
    async def http(request: Request, exc: HTTPException) -> Response:
        return _answer(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(p) for p in err.get("loc", ())[1:]) or "input"
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return _answer(request, 422, "; ".join(parts))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _answer(request, 500, "something went wrong on the hub; its log has the details")
