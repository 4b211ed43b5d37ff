"""Compare offers: side-by-side charts, the chance each is best, and what would settle it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from askback.web import deps, forms
from askback.web.pages import cached_page

router = APIRouter()


@router.get("/compare")
async def compare_page(
    request: Request, ids: Annotated[list[str] | None, Query()] = None
) -> Response:
    from askback.web.views.compare import compare_view

    ws = deps.workspace(request)
    chosen = tuple(sorted(forms.identifiers([i for p in ids or () for i in p.split(",")], "ids")))
    lang = deps.lang(request)
    cache = deps.cache(request)

    def build() -> dict[str, object]:
        # The numbers once per data version; each language only draws its own page from them.
        return cache.get(("compare-data", chosen), lambda: compare_view(ws, chosen)).page(lang)

    return await cached_page(request, ("compare", chosen), "compare.html", build)
