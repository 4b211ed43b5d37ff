"""What a route needs from the app: the workspace, the bank, the cache, the language."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from fastapi import Request

from askback.web.config import WebConfig
from askback.web.templating import lang_of

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.bank import Bank
    from askback.web.cache import Cache


def workspace(request: Request) -> Workspace:
    return cast("Workspace", request.app.state.workspace)


def bank(request: Request) -> Bank:
    return workspace(request).bank


def cache(request: Request) -> Cache:
    return cast("Cache", request.app.state.cache)


def config(request: Request) -> WebConfig:
    return cast(WebConfig, request.app.state.config)


def lang(request: Request) -> str:
    return lang_of(request)
