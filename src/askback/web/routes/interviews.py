"""The interview screen: notes, a 1-5 rating and a red-flag mark per question, saved as you type."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import Response

from askback.times import in_zone
from askback.web import deps, forms
from askback.web.templating import is_htmx, render

if TYPE_CHECKING:
    from askback.app.workspace import Workspace

router = APIRouter()

Text = Annotated[str, Form()]


@router.get("/interviews/{interview_id}")
def interview_page(
    request: Request,
    interview_id: forms.Id,
    ask: Annotated[list[str] | None, Query()] = None,
) -> Response:
    """The interview screen; ?ask=ID adds a bank question to it (saved once answered)."""
    from askback.web.views.interview import screen

    ws = deps.workspace(request)
    wanted = tuple(dict.fromkeys(q.strip() for q in ask or () if q.strip()))
    return render(request, "interview.html", {"s": screen(ws, interview_id, wanted)})


# One row is saved by two requests when a closing tab's beacon and the draft it left behind
# both arrive; creating answers one at a time lets the second find the first.
_CREATING = threading.Lock()


def _already_saved(
    ws: Workspace,
    interview_id: int,
    question_id: str,
    question_text: str,
    notes: str,
    contact: int | None,
) -> int | None:
    """An answer in this interview by the same person to the same question with the same notes."""
    from askback.app import answers

    qid, text = question_id.strip(), question_text.strip()
    for a in answers.list_answers(ws, interview=interview_id):
        same = (a.question_id or "") == qid and (qid or (a.question_text or "") == text)
        if same and a.notes == notes and a.contact_id == contact:
            return a.id
    return None


def _contact_in(ws: Workspace, interview_id: int, contact: int | None, answer: int | None) -> None:
    """Refuse a person who is not in this interview (unless the answer already names them)."""
    from askback.app import answers, interviews
    from askback.errors import NotFoundError

    if contact is None:
        return
    iv = interviews.show(ws, interview_id)
    if contact in {c.id for c in iv.contacts}:
        return
    if answer is not None and answers.show(ws, answer).contact_id == contact:
        return
    raise NotFoundError(f"contact {contact} is not one of the people in interview {interview_id}")


@router.post("/interviews/{interview_id}/answers")
def save_answer(
    request: Request,
    interview_id: forms.Id,
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
    """Create the answer on the first save of a row, update it on every later one.

    The answer and the person must belong to the interview in the path: a form cannot move an
    answer to another interview or credit it to someone who was not there.
    """
    from askback.app import answers, interviews

    key = forms.row_key(key)
    ws = deps.workspace(request)
    values = {
        "notes": notes,
        "rating": forms.integer(rating, "rating", low=1, high=5),
        "red_flag": red_flag in ("1", "on", "true"),
        "dimension": forms.text(dimension),
    }
    contact = forms.identifier(contact_id, "contact")
    saved = None
    with _CREATING:
        interviews.show(ws, interview_id)  # a missing interview is a 404, whatever the form says
        existing = forms.identifier(answer_id, "answer")
        if existing is None and notes.strip():
            existing = _already_saved(ws, interview_id, question_id, question_text, notes, contact)
        _contact_in(ws, interview_id, contact, existing)
        if existing is not None:
            changes = {k: v for k, v in values.items() if k != "dimension" or v is not None}
            if forms.text(question_text) is not None:
                changes["question_text"] = question_text.strip()
            if contact is None:
                changes["contact_id"] = None
            saved = answers.edit(ws, existing, contact=contact, interview=interview_id, **changes)
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
        {"key": key, "answer": saved, "at": f"{in_zone(datetime.now(UTC)):%H:%M:%S}"},
    )


@router.post("/analyze/answer")
def suggest(
    request: Request, notes: Text = "", key: Text = "new", question_id: Text = ""
) -> Response:
    """The answer analyzer's reading of the notes so far (a suggestion; the user decides), and
    the bank question's red flags that the notes resemble."""
    from askback.app import answers
    from askback.text.redflags import matching_flags, question_flags

    key = forms.row_key(key)
    question = deps.workspace(request).bank.by_id.get(question_id.strip())
    # The question's red flags in both languages: an echoed one caps the suggestion at 2.
    known = () if question is None else question_flags(question, deps.lang(request))
    hint = answers.suggest(notes, lang=None, red_flags=known)
    flags = []
    if question is not None and notes.strip():
        # The flags in the page's language, and in English for notes typed in English.
        lang = deps.lang(request)
        shown = question.red_flags_in(lang)
        found = matching_flags(notes, shown)
        if not found and lang != "en":
            by_english = dict(zip(question.red_flags, shown, strict=False))
            found = [
                type(m)(by_english.get(m.flag, m.flag), m.shared)
                for m in matching_flags(notes, question.red_flags)
            ]
        flags = found[:2]
    return render(request, "_suggestion.html", {"hint": hint, "key": key, "flags": flags})
