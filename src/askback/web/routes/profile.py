"""The profile: a weight per dimension, deal breakers, and must-ask questions."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.datastructures import FormData

from askback.web import deps, forms
from askback.web.templating import render

router = APIRouter()

CONFIDENCES = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def current(request: Request) -> dict[str, object]:
    """The saved profile document, or the defaults."""
    from askback.app import profile
    from askback.domain.model import Profile

    doc = profile.load(deps.workspace(request))
    return Profile.model_validate(doc or {}).model_dump(mode="json")


@router.get("/profile")
def profile_page(request: Request, saved: str = "") -> Response:
    from askback.domain.model import DEFAULT_WEIGHT

    doc = current(request)
    weights: dict[str, int] = doc["weights"]  # type: ignore[assignment]
    rules = {r["dimension"]: r for r in doc["deal_breakers"]}  # type: ignore[attr-defined]
    bank = deps.bank(request)
    must = [(qid, bank.by_id.get(qid)) for qid in doc["must_ask"]]  # type: ignore[attr-defined]
    return render(
        request,
        "profile.html",
        {
            "weights": {d: weights.get(d, DEFAULT_WEIGHT) for d in _dims()},
            "rules": rules,
            "must": must,
            "confidences": CONFIDENCES,
            "saved": saved,
        },
    )


def _dims() -> list[str]:
    from askback.bank.schema import Dimension

    return [d.value for d in Dimension]


def _field(form: FormData, name: str) -> str:
    """A text field of the form ('' when absent; a file where text belongs counts as absent)."""
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


@router.post("/profile")
async def profile_save(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    from askback.app import profile
    from askback.app.limits import CONFIDENCE, WEIGHT

    form = await request.form()
    doc = current(request)
    weights: dict[str, int] = {}
    rules: list[dict[str, object]] = []
    for dim in _dims():
        weight = forms.integer(
            _field(form, f"weight-{dim}"),
            f"weight of {dim}",
            low=int(WEIGHT.low),
            high=int(WEIGHT.high),
        )
        if weight is not None:
            weights[dim] = weight
        level = forms.integer(
            _field(form, f"at_least-{dim}"), f"deal breaker of {dim}", low=2, high=5
        )
        # Checked even without a deal breaker: nothing sent is ignored unread.
        confidence = forms.number(
            _field(form, f"confidence-{dim}"),
            f"confidence of {dim}",
            low=CONFIDENCE.low,
            high=CONFIDENCE.high,
        )
        if level is not None:
            rules.append({"dimension": dim, "at_least": level, "confidence": confidence or 0.8})
    must_ask = forms.lines(_field(form, "must_ask"))
    document = {**doc, "weights": weights, "deal_breakers": rules, "must_ask": must_ask}
    await run_in_threadpool(profile.save, deps.workspace(request), document)
    deps.cache(request).changed()
    return forms.back_to(request, "/profile?saved=1")
