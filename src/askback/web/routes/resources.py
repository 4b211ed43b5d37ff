"""Curated resources: search over books, courses, communities and online events."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from fastapi.responses import Response

from askback.web.templating import is_htmx, render

if TYPE_CHECKING:
    from askback.bank.resources import ResourceIndex

router = APIRouter()


@lru_cache(maxsize=1)
def _index() -> ResourceIndex:
    from askback.bank import load_resources
    from askback.bank.resources import ResourceIndex

    return ResourceIndex(load_resources())


@router.get("/resources")
def resources(request: Request, q: str = "", kind: str = "") -> Response:
    index = _index()
    found = [r for r, _ in index.search(q, limit=100)] if q.strip() else list(index.resources)
    if kind:
        found = [r for r in found if r.kind.value == kind]
    kinds = sorted({r.kind.value for r in index.resources})
    context = {"resources": found, "q": q, "kind": kind, "kinds": kinds}
    return render(request, "_resource_list.html" if is_htmx(request) else "resources.html", context)
