"""Pages that are expensive to build and the same for everyone: cached as HTML per data version.

The HTML is rendered once per (page, language, data version) with a placeholder where the CSRF
token goes; each response swaps in the requesting browser's own token. A cache hit never leaves
the event loop; a miss builds the page in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from askback.web import deps
from askback.web.templating import is_htmx, lang_of, render_text

# Not hexadecimal, so it can never be a real token.
TOKEN_PLACEHOLDER = "askback-csrf-token-placeholder-zq"


async def cached_page(
    request: Request, key: Hashable, template: str, build: Callable[[], dict[str, Any]]
) -> HTMLResponse:
    """The page for key, from the cache when the data has not changed since it was built."""
    cache = deps.cache(request)
    full_key = (
        "page",
        key,
        template,
        lang_of(request),
        request.url.path,
        request.url.query,
        is_htmx(request),
    )

    def make() -> str:
        return render_text(request, template, build(), TOKEN_PLACEHOLDER)

    html = cache.peek(full_key)
    if html is None:
        html = await run_in_threadpool(cache.get, full_key, make)
    token = str(getattr(request.state, "csrf_token", ""))
    return HTMLResponse(html.replace(TOKEN_PLACEHOLDER, token))
