"""The question bank: instant search, filters, full guidance, and adding a question to a plan."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from askback.bank import Audience, Bank, Dimension, Question, QuestionFilter, Stage
from askback.web import deps, forms
from askback.web.templating import is_htmx, render

router = APIRouter()

MAX_LISTED = 400


def _pick(
    kind: type[Dimension] | type[Audience] | type[Stage], value: str, field: str
) -> tuple[object, ...]:
    """The filter value as its enum; an unknown one is an error with a 'did you mean'."""
    picked = forms.choice(value, [k.value for k in kind], field)
    return (kind(picked),) if picked else ()


class QuestionSearch(BaseModel):
    """The search words and filters of the bank page's query string (empty: any)."""

    q: str = ""
    dimension: str = ""
    audience: str = ""
    stage: str = ""
    sensitive: str = ""

    def find(self, bank: Bank, lang: str) -> list[Question]:
        """The questions matching the search words and filters, best match first."""
        criteria = QuestionFilter(
            dimensions=_pick(Dimension, self.dimension, "dimension"),  # type: ignore[arg-type]
            audiences=_pick(Audience, self.audience, "audience"),  # type: ignore[arg-type]
            stages=_pick(Stage, self.stage, "stage"),  # type: ignore[arg-type]
            sensitive={"yes": True, "no": False, None: None}[
                forms.choice(self.sensitive, ["yes", "no"], "sensitive")
            ],
        )
        if self.q.strip():
            hits = bank.search(self.q, limit=MAX_LISTED, lang=lang)
            return [h.question for h in hits if criteria.matches(h.question)]
        return bank.filter(criteria)


Search = Annotated[QuestionSearch, Query()]


@router.get("/questions")
def question_bank(
    request: Request, bank: Annotated[Bank, Depends(deps.bank)], search: Search
) -> Response:
    found = search.find(bank, deps.lang(request))
    context = {
        "questions": found[:MAX_LISTED],
        "total": len(found),
        "bank_size": len(bank),
        **search.model_dump(),
        "audiences": list(Audience),
        "stages": list(Stage),
        "query": request.url.query,
    }
    template = "_question_list.html" if is_htmx(request) else "questions.html"
    return render(request, template, context)


@router.get("/questions/export.{fmt}")
def question_export(
    request: Request,
    fmt: str,
    bank: Annotated[Bank, Depends(deps.bank)],
    search: Search,
) -> Response:
    """The listed questions as a file: Markdown, printable HTML, JSON or CSV."""
    from askback.bank.export import get_format

    lang = deps.lang(request)
    renderer = get_format(fmt)
    found = search.find(bank, lang)
    media = {"md": "text/markdown", "html": "text/html", "json": "application/json"}
    return Response(
        renderer.render(found, lang),
        media_type=media.get(fmt, "text/csv") + "; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="askback-questions.{fmt}"'},
    )


@router.get("/questions/kits")
def kit_list(request: Request, bank: Annotated[Bank, Depends(deps.bank)]) -> Response:
    """The starter kits."""
    from askback.bank.kits import load_kits

    return render(request, "kits.html", {"kits": load_kits(bank)})


@router.get("/questions/kits/{kit_id}.{fmt}")
def kit_sheet(
    request: Request, kit_id: str, fmt: str, bank: Annotated[Bank, Depends(deps.bank)]
) -> Response:
    """A starter kit as a printable sheet: HTML, Markdown or JSON."""
    from askback.bank.export import get_format
    from askback.bank.kits import get_kit, load_kits, steps

    kit = get_kit(load_kits(bank), kit_id)
    renderer = get_format(fmt)
    media = {"md": "text/markdown", "html": "text/html", "json": "application/json"}
    return Response(
        renderer.render_kit(kit, steps(kit, bank), deps.lang(request)),
        media_type=media.get(fmt, "text/csv") + "; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="askback-kit-{kit.id}.{fmt}"'},
    )


@router.get("/questions/kits/{kit_id}")
def kit_page(request: Request, kit_id: str, bank: Annotated[Bank, Depends(deps.bank)]) -> Response:
    """One starter kit: its questions in order, whom to ask, when, and mixed signals."""
    from askback.bank.kits import get_kit, load_kits, steps

    kit = get_kit(load_kits(bank), kit_id)
    return render(request, "kit.html", {"kit": kit, "steps": steps(kit, bank)})


@router.get("/questions/{question_id}")
def question_detail(
    request: Request,
    question_id: str,
    bank: Annotated[Bank, Depends(deps.bank)],
    added: Annotated[str, Query()] = "",
) -> Response:
    from askback.web.views.question import question_context

    forms.choice(added, ["1", "0"], "added")
    question = bank.get(question_id)
    if question.id != question_id:
        # A retired (merged) id: send bookmarks and old links to the question that replaced it.
        from fastapi.responses import RedirectResponse

        return RedirectResponse(f"/questions/{question.id}", status_code=301)
    related = [bank.by_id[r] for r in question.related if r in bank.by_id]
    return render(
        request,
        "question.html",
        {
            "question": question,
            "related": related,
            "added": added,
            **question_context(deps.workspace(request), question),
        },
    )
