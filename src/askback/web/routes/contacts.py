"""Contacts and network: how you met, when to follow up, and their opportunities."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from pydantic import BaseModel

from askback.errors import InputError
from askback.times import today
from askback.web import deps, forms, problems
from askback.web.templating import render

router = APIRouter()


class ContactForm(BaseModel):
    """The contact form as the browser sends it: strings, empty when left blank."""

    name: str
    role: str = ""
    company: str = ""
    how_met: str = ""
    audience: str = "any"
    email: str = ""
    tags: str = ""
    notes: str = ""
    follow_up: str = ""
    opportunity_id: str = ""

    def fields(self) -> dict[str, object]:
        """Everything but the name, as the core API takes it."""
        from askback.app.common import parse_date

        day = forms.text(self.follow_up)
        return {
            "role": forms.text(self.role),
            "company": forms.text(self.company),
            "how_met": forms.text(self.how_met),
            "audience": forms.text(self.audience) or "any",
            "email": forms.email(self.email),
            "tags": forms.lines(self.tags),
            "notes": self.notes.strip(),
            "follow_up": parse_date(day, "follow-up") if day else None,
            "opportunity": forms.identifier(self.opportunity_id, "opportunity"),
        }

    def typed(self) -> SimpleNamespace:
        """What was typed, shaped like a contact, to fill the form again after an error."""
        return SimpleNamespace(
            **self.model_dump(exclude={"tags", "opportunity_id"}),
            tags=[t for t in self.tags.split(",") if t.strip()],
            opportunity_id=int(self.opportunity_id) if self.opportunity_id.isdigit() else None,
        )


Contact = Annotated[ContactForm, Form()]


def _choices(request: Request) -> dict[str, object]:
    from askback.app import opportunities
    from askback.bank.schema import Audience
    from askback.store.values import HOW_MET

    rows = opportunities.list_opportunities(deps.workspace(request))
    return {
        "audiences": [a.value for a in Audience],
        "how_met_choices": HOW_MET,
        "opportunities": [r.opportunity for r in rows],
        "opportunity_by_id": {r.opportunity.id: r.opportunity for r in rows},
    }


@router.get("/contacts")
def contact_list(request: Request, q: str = "", due: str = "") -> Response:

    from askback.app import contacts

    due = forms.choice(due, ["1", "0"], "due") or ""
    rows = contacts.list_contacts(
        deps.workspace(request), search=forms.text(q), due_by=today() if due == "1" else None
    )
    context = {"rows": rows, "q": q, "due": due == "1", "today": today(), **_choices(request)}
    return render(request, "contacts.html", context)


@router.post("/contacts")
def contact_create(request: Request, form: Contact) -> Response:
    from askback.app import contacts

    try:
        row = contacts.add(deps.workspace(request), name=form.name, **form.fields())
    except InputError as exc:
        # Stay on the form: the message next to its field, everything typed kept.
        context = {
            "rows": contacts.list_contacts(deps.workspace(request)),
            "q": "",
            "due": "",
            "today": today(),
            "typed": form.typed(),
            "errors": problems.by_field(exc, deps.lang(request), ContactForm.model_fields),
            **_choices(request),
        }
        return render(request, "contacts.html", context, status_code=400)
    deps.cache(request).changed()
    return forms.back_to(request, f"/contacts/{row.id}")


@router.get("/contacts/{contact_id}")
def contact_page(request: Request, contact_id: forms.Id) -> Response:
    return render(request, "contact.html", _contact_context(request, contact_id))


def _contact_context(request: Request, contact_id: int) -> dict[str, object]:
    """The template context for a person's page."""
    from askback.app import answers, contacts, interviews, opportunities

    ws = deps.workspace(request)
    person = contacts.show(ws, contact_id)
    linked = opportunities.show(ws, person.opportunity_id) if person.opportunity_id else None
    said = answers.list_answers(ws, contact=contact_id)
    met = [iv for iv in interviews.list_interviews(ws) if contact_id in {c.id for c in iv.contacts}]
    # Theirs: the opportunity they are filed under, then those they interviewed or answered for.
    theirs = {linked.id: linked} if linked is not None else {}
    for o in [iv.opportunity for iv in met] + [a.interview.opportunity for a in said]:
        theirs.setdefault(o.id, o)
    context = {
        "c": person,
        "linked": linked,
        "answers": said,
        "interviews": met,
        "their_opportunities": list(theirs.values()),
        "today": today(),
        **_choices(request),
    }
    return context


@router.post("/contacts/{contact_id}/edit")
def contact_edit(request: Request, contact_id: forms.Id, form: Contact) -> Response:
    from askback.app import contacts

    try:
        contacts.edit(deps.workspace(request), contact_id, name=form.name.strip(), **form.fields())
    except InputError as exc:
        # Stay on the page with the edit form open, the message by its field, the input kept.
        context = {
            **_contact_context(request, contact_id),
            "typed": form.typed(),
            "errors": problems.by_field(exc, deps.lang(request), ContactForm.model_fields),
        }
        return render(request, "contact.html", context, status_code=400)
    deps.cache(request).changed()
    return forms.back_to(request, f"/contacts/{contact_id}")


@router.post("/contacts/{contact_id}/delete")
def contact_delete(request: Request, contact_id: forms.Id) -> Response:
    from askback.app import contacts

    contacts.delete(deps.workspace(request), contact_id)
    deps.cache(request).changed()
    return forms.back_to(request, "/contacts")


@router.post("/contacts/{contact_id}/followed-up")
def contact_followed_up(request: Request, contact_id: forms.Id) -> Response:
    """The follow-up is done: clear its date (a new one can be set when editing)."""
    from askback.app import contacts

    contacts.edit(deps.workspace(request), contact_id, follow_up=None)
    deps.cache(request).changed()
    return forms.back_to(request, f"/contacts/{contact_id}")
