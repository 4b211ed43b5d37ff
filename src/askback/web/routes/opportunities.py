"""Opportunities: the list, a new one, and one opportunity's page with its forms."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from pydantic import BaseModel

from askback.i18n import N_
from askback.web import deps, forms
from askback.web.pages import cached_page
from askback.web.templating import render

router = APIRouter()

Text = Annotated[str, Form()]


class OpportunityForm(BaseModel):
    """The opportunity form as the browser sends it: strings, empty when left blank."""

    company: str
    role: str
    links: str = ""
    location: str = ""
    remote: str = ""
    pay_min: str = ""
    pay_max: str = ""
    currency: str = ""
    pay_period: str = ""
    source: str = ""
    notes: str = ""

    def details(self) -> dict[str, object]:
        """Everything but company and role, as the core API takes it."""
        return {
            "links": forms.lines(self.links),
            "location": forms.text(self.location),
            "remote": forms.text(self.remote),
            "pay_min": forms.integer(self.pay_min, "pay from"),
            "pay_max": forms.integer(self.pay_max, "pay to"),
            "currency": (forms.text(self.currency) or "").upper() or None,
            "pay_period": forms.text(self.pay_period),
            "source": forms.text(self.source),
            "notes": self.notes.strip(),
        }


@router.get("/opportunities")
def opportunity_list(request: Request, status: str = "", q: str = "") -> Response:
    from askback.app import opportunities
    from askback.store.values import PayPeriod, Remote, Status

    ws = deps.workspace(request)
    rows = opportunities.list_opportunities(
        ws, statuses=[status] if status else (), search=forms.text(q)
    )
    return render(
        request,
        "opportunities.html",
        {
            "rows": rows,
            "status": status,
            "q": q,
            "statuses": [s.value for s in Status],
            "remotes": [r.value for r in Remote],
            "periods": [p.value for p in PayPeriod],
        },
    )


@router.post("/opportunities")
def opportunity_create(
    request: Request,
    form: Annotated[OpportunityForm, Form()],
    status: Text = "interested",
) -> Response:
    from askback.app import opportunities

    fields = form.details()
    given: dict[str, Any] = {k: v for k, v in fields.items() if v not in (None, [], "")}
    row = opportunities.add(
        deps.workspace(request), company=form.company, role=form.role, status=status, **given
    )
    deps.cache(request).changed()
    return forms.back_to(request, f"/opportunities/{row.id}")


@router.get("/opportunities/{opportunity_id}")
async def opportunity_page(request: Request, opportunity_id: forms.Id) -> Response:
    from askback.web.views.opportunity import opportunity_view

    return await cached_page(
        request,
        ("opportunity", opportunity_id),
        "opportunity.html",
        lambda: opportunity_view(request, opportunity_id),
    )


@router.post("/opportunities/{opportunity_id}/edit")
def opportunity_edit(
    request: Request, opportunity_id: forms.Id, form: Annotated[OpportunityForm, Form()]
) -> Response:
    from askback.app import opportunities

    opportunities.edit(
        deps.workspace(request),
        opportunity_id,
        company=form.company,
        role=form.role,
        **form.details(),
    )
    deps.cache(request).changed()
    return forms.back_to(request, f"/opportunities/{opportunity_id}")


@router.post("/opportunities/{opportunity_id}/status")
def opportunity_status(
    request: Request, opportunity_id: forms.Id, status: Text, note: Text = ""
) -> Response:
    from askback.app import opportunities

    opportunities.set_status(deps.workspace(request), opportunity_id, status, note=note.strip())
    deps.cache(request).changed()
    return forms.back_to(request, f"/opportunities/{opportunity_id}#history")


@router.post("/opportunities/{opportunity_id}/delete")
def opportunity_delete(request: Request, opportunity_id: forms.Id, confirm: Text = "") -> Response:
    from askback.app import opportunities
    from askback.errors import InputError

    if confirm != "yes":
        raise InputError(
            "tick the box to confirm that everything about it should be deleted"
        ).worded(None, N_("Tick the box to confirm that everything about it should be deleted."))
    opportunities.delete(deps.workspace(request), opportunity_id)
    deps.cache(request).changed()
    return forms.back_to(request, "/opportunities")


@router.post("/opportunities/{opportunity_id}/interviews")
def interview_create(
    request: Request,
    opportunity_id: forms.Id,
    stage: Text,
    starts_at: Text,
    timezone: Text = "",
    duration_minutes: Text = "",
    location: Text = "",
    contact_ids: Annotated[list[str] | None, Form()] = None,
    new_contact_name: Text = "",
    new_contact_audience: Text = "any",
) -> Response:
    from askback.app import contacts as contact_cases
    from askback.app import interviews
    from askback.app.common import check_timezone, local_timezone

    ws = deps.workspace(request)
    tz = check_timezone(forms.text(timezone) or local_timezone()) or "UTC"
    people: list[str | int] = list(forms.identifiers(contact_ids, "people"))
    starts = forms.moment(starts_at, tz, "starts at")
    with ws.transaction():
        if forms.text(new_contact_name):
            person = contact_cases.add(
                ws,
                name=new_contact_name,
                audience=new_contact_audience or "any",
                opportunity=opportunity_id,
            )
            people.append(person.id)
        row = interviews.add(
            ws,
            opportunity=opportunity_id,
            stage=stage,
            starts_at=starts,
            timezone=tz,
            contacts=people,
            **forms.given(
                duration_minutes=forms.integer(duration_minutes, "duration", low=1, high=24 * 60),
                location=forms.text(location),
            ),
        )
    deps.cache(request).changed()
    return forms.back_to(request, f"/interviews/{row.id}")


@router.post("/opportunities/{opportunity_id}/ad")
def job_ad(request: Request, opportunity_id: forms.Id, text: Text) -> Response:
    from askback.web.views.opportunity import analyze_ad

    # Shown at once rather than redirected: a reload analyses again and replaces, never adds.
    return render(request, "opportunity.html", analyze_ad(request, opportunity_id, text))


@router.post("/opportunities/{opportunity_id}/signals")
def signal_create(
    request: Request,
    opportunity_id: forms.Id,
    source: Text,
    dimension: Text,
    rating: Text = "",
    red_flag: Text = "",
    note: Text = "",
) -> Response:
    from askback.app import signals

    signals.add(
        deps.workspace(request),
        opportunity=opportunity_id,
        source=source,
        dimension=dimension,
        rating=forms.integer(rating, "rating", low=1, high=5),
        red_flag=red_flag in ("1", "on"),
        note=note.strip(),
    )
    deps.cache(request).changed()
    return forms.back_to(request, f"/opportunities/{opportunity_id}#signals")
