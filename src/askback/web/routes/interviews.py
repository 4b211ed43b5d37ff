"""The interview screen: notes, a 1-5 rating and a red-flag mark per question, saved as you type."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from askback.web import deps, forms
from askback.web.templating import is_htmx, render

router = APIRouter()

Text = Annotated[str, Form()]


@router.get("/interviews/{interview_id}")
def interview_page(request: Request, interview_id: int) -> Response:
    from askback.web.views.interview import screen

    ws = deps.workspace(request)
    return render(request, "interview.html", {"s": screen(ws, interview_id)})


@router.post("/interviews/{interview_id}/answers")
def save_answer(
    request: Request,
    interview_id: int,
    key: Text = "new",
    answer_id: Text = "",
    question_id: Text = "",
    question_text: Text = "",
    dimension: Text = "",
    contact_id: Text = "",
    notes: Text = "",
    rating: Text = "",
    red_flag: Text = "",
) -> Response:
    """Create the answer on the first save of a row, update it on every later one."""
    from askback.app import answers

    ws = deps.workspace(request)
    existing = forms.integer(answer_id, "answer")
    values = {
        "notes": notes,
        "rating": forms.integer(rating, "rating"),
        "red_flag": red_flag in ("1", "on", "true"),
        "dimension": forms.text(dimension),
    }
    contact = forms.integer(contact_id, "contact")
    saved = None
    if existing is not None:
        changes = {k: v for k, v in values.items() if k != "dimension" or v is not None}
        if forms.text(question_text) is not None:
            changes["question_text"] = question_text.strip()
        if contact is None:
            changes["contact_id"] = None
        saved = answers.edit(ws, existing, contact=contact, **changes)
    elif notes.strip() or values["rating"] is not None or values["red_flag"]:
        saved = answers.add(
            ws,
            interview_id,
            answers.NewAnswer(
                question_id=forms.text(question_id),
                question_text=forms.text(question_text),
                notes=notes,
                rating=values["rating"],  # type: ignore[arg-type]
                red_flag=bool(values["red_flag"]),
                contact=contact,
                dimension=values["dimension"],  # type: ignore[arg-type]
            ),
        )
    if saved is not None:
        deps.cache(request).changed()
    if not is_htmx(request):
        return forms.back_to(request, f"/interviews/{interview_id}#row-{key}")
    return render(
        request,
        "_saved.html",
        {"key": key, "answer": saved, "at": datetime.now().strftime("%H:%M:%S")},
    )


@router.post("/analyze/answer")
def suggest(request: Request, notes: Text = "", key: Text = "new") -> Response:
    """The answer analyzer's reading of the notes so far (a suggestion; the user decides)."""
    from askback.app import answers

    hint = answers.suggest(notes, lang=None)
    return render(request, "_suggestion.html", {"hint": hint, "key": key})
