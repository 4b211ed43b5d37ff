"""Every write route keeps each object under its own parent: the route table is walked whole.

A write route (POST, PUT, PATCH, DELETE) that has an id in its path, or an id among its form
fields, must be listed in CHECKS with a function that tries to cross objects between two
parents (or to reach one that does not exist) and shows that the route refuses and the
workspace is unchanged. A new route, or a new id field on a route, fails
`test_every_write_route_with_an_id_is_checked` until its check is written here.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from askback.web.app import create_app
from askback.web.routes import api_routes
from tests.integration.web.objects import Maker, new_id

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# Ids that do not exist: deleted long ago, never made, or past what a database holds.
MISSING = ("987654321", str(2**63 - 1))


def _is_id_field(name: str) -> bool:
    return name.endswith(("_id", "_ids"))


def _form_fields(route: object) -> set[str]:
    fields: set[str] = set()
    for param in route.dependant.body_params:  # type: ignore[attr-defined]
        model_fields = getattr(param.field_info.annotation, "model_fields", None)
        fields |= set(model_fields) if model_fields else {param.name}
    return fields


def _routes_with_ids() -> dict[tuple[str, str], set[str]]:
    """(method, path) of each write route with an id in its path or form -> its id names."""
    found: dict[tuple[str, str], set[str]] = {}
    for route in api_routes(create_app().routes):
        path_ids = {p.name for p in route.dependant.path_params}
        form_ids = {f for f in _form_fields(route) if _is_id_field(f)}
        for method in route.methods & WRITE_METHODS:
            if path_ids or form_ids:
                found[(method, route.path)] = path_ids | form_ids
    return found


def _refused(response: httpx.Response, *codes: int) -> None:
    assert response.status_code in (codes or (400, 404)), (
        response.status_code,
        response.text[:400],
    )
    assert "Traceback" not in response.text


def _unchanged(maker: Maker, before: dict[str, object]) -> None:
    assert maker.export() == before, "a refused request changed the workspace"


def _two_interviews(maker: Maker) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Two opportunities, each with one interview and one person in it: (opp, interview, who)."""
    out = []
    for _ in range(2):
        opp = maker.opportunity()
        person = maker.contact(opp)
        out.append((opp, maker.interview(opp, [person]), person))
    return out[0], out[1]


def check_answers(maker: Maker) -> None:
    (_, iv1, ana), (_, iv2, ben) = _two_interviews(maker)
    answer = maker.answer(iv1, ana, "Ana told us about the rollback in March.")
    before = maker.export()
    token = maker.token()

    def save(interview: int, **data: str) -> httpx.Response:
        body = {"key": "a", "question_text": "Which rollback?", "notes": "moved", **data}
        return maker.client.post(
            f"/interviews/{interview}/answers", data={**body, "csrf_token": token}
        )

    # The answer of interview 1 cannot be edited, moved or cleared through interview 2.
    _refused(save(iv2, answer_id=str(answer), contact_id=str(ben)), 404)
    _refused(save(iv2, answer_id=str(answer)), 404)
    # Nobody who was not in the interview is credited with an answer, old or new.
    _refused(save(iv1, answer_id=str(answer), contact_id=str(ben)), 404)
    _refused(save(iv2, contact_id=str(ana)), 404)
    for missing in MISSING:
        _refused(save(iv1, answer_id=missing, contact_id=str(ana)))
        _refused(save(iv1, contact_id=missing))
        _refused(save(int(missing), contact_id=str(ana)))
    _unchanged(maker, before)
    # The same form with matching parents does save: the refusals above are not blanket ones.
    ok = save(iv1, answer_id=str(answer), contact_id=str(ana))
    assert ok.status_code == 303, ok.text[:300]
    saved = [a for a in maker.export()["answers"] if a["notes"] == "moved"]  # type: ignore[index,union-attr]
    assert len(saved) == 1 and saved[0]["contact_id"] == ana


def check_interview_create(maker: Maker) -> None:
    (opp1, _, ana), (opp2, _, ben) = _two_interviews(maker)
    before = maker.export()
    slot = {"stage": "team", "starts_at": "2031-06-01T09:00", "timezone": "UTC"}
    for missing in MISSING:
        _refused(maker.post(f"/opportunities/{opp1}/interviews", {**slot, "contact_ids": missing}))
        _refused(maker.post(f"/opportunities/{missing}/interviews", {**slot, "contact_ids": ana}))
    _unchanged(maker, before)
    # Anyone in the workspace may take part (a recruiter works for several companies).
    ok = maker.post(f"/opportunities/{opp2}/interviews", {**slot, "contact_ids": [ana, ben]})
    assert ok.status_code == 303, ok.text[:300]
    assert new_id(ok, "interviews")


def _path_only(path: str, data: dict[str, object]) -> Callable[[Maker], None]:
    """A route whose only id is its path's: a missing one is refused and nothing changes."""

    def check(maker: Maker) -> None:
        opp = maker.opportunity()
        maker.contact(opp)
        before = maker.export()
        for missing in MISSING:
            _refused(maker.post(path.format(id=missing), data), 404)
        _refused(maker.post(path.format(id="99999999999999999999999"), data), 400)
        _unchanged(maker, before)

    return check


def check_contact_opportunity(path: str) -> Callable[[Maker], None]:
    """A contact's opportunity must exist; the contact in the path too."""

    def check(maker: Maker) -> None:
        opp = maker.opportunity()
        person = maker.contact(opp)
        before = maker.export()
        target = path.format(id=person)
        for missing in MISSING:
            _refused(maker.post(target, {"name": "Moved", "opportunity_id": missing}), 404)
            if "{id}" in path:
                _refused(maker.post(path.format(id=missing), {"name": "Moved"}), 404)
        _unchanged(maker, before)

    return check


def check_question_id(path: str) -> Callable[[Maker], None]:
    """A question id names a question of the bank: an unknown one is refused."""

    def check(maker: Maker) -> None:
        before = maker.export()
        for unknown in ("no-such-001", "../x", "9" * 30):
            _refused(maker.post(path, {"question_id": unknown}), 404)
        _unchanged(maker, before)

    return check


def check_analyzer_question_id(maker: Maker) -> None:
    """The analyzer only reads a bank question's red flags: an unknown id quotes no flag and
    changes nothing (it is a read, posted only because notes can be long)."""
    before = maker.export()
    for unknown in ("no-such-001", "../x", "9" * 30):
        form = {"question_id": unknown, "notes": "we'd score employees' messages", "key": "new"}
        response = maker.post("/analyze/answer", form)
        assert response.status_code == 200 and "red-flag-match" not in response.text
    _unchanged(maker, before)


OPPORTUNITY_FORM = {"company": "Renamed", "role": "Other"}
CHECKS: dict[tuple[str, str], Callable[[Maker], None]] = {
    ("POST", "/interviews/{interview_id}/answers"): check_answers,
    ("POST", "/opportunities/{opportunity_id}/interviews"): check_interview_create,
    ("POST", "/opportunities/{opportunity_id}/edit"): _path_only(
        "/opportunities/{id}/edit", OPPORTUNITY_FORM
    ),
    ("POST", "/opportunities/{opportunity_id}/status"): _path_only(
        "/opportunities/{id}/status", {"status": "applied"}
    ),
    ("POST", "/opportunities/{opportunity_id}/delete"): _path_only(
        "/opportunities/{id}/delete", {"confirm": "yes"}
    ),
    ("POST", "/opportunities/{opportunity_id}/share"): _path_only(
        "/opportunities/{id}/share", {"action": "send"}
    ),
    ("POST", "/opportunities/{opportunity_id}/ad"): _path_only(
        "/opportunities/{id}/ad", {"text": "We value work-life balance."}
    ),
    ("POST", "/opportunities/{opportunity_id}/signals"): _path_only(
        "/opportunities/{id}/signals", {"source": "employee-review", "dimension": "growth"}
    ),
    ("POST", "/contacts/{contact_id}/delete"): _path_only("/contacts/{id}/delete", {}),
    ("POST", "/contacts/{contact_id}/followed-up"): _path_only("/contacts/{id}/followed-up", {}),
    ("POST", "/contacts/{contact_id}/edit"): check_contact_opportunity("/contacts/{id}/edit"),
    ("POST", "/contacts"): check_contact_opportunity("/contacts"),
    ("POST", "/plan/add"): check_question_id("/plan/add"),
    ("POST", "/plan/remove"): check_question_id("/plan/remove"),
    ("POST", "/analyze/answer"): check_analyzer_question_id,
}


def test_every_write_route_with_an_id_is_checked() -> None:
    found = _routes_with_ids()
    unchecked = sorted(set(found) - set(CHECKS))
    assert not unchecked, f"write routes with ids but no ownership check here: {unchecked}"
    gone = sorted(set(CHECKS) - set(found))
    assert not gone, f"checks for routes that no longer exist or have no id: {gone}"


@pytest.mark.parametrize("route", sorted(CHECKS), ids=lambda r: f"{r[0]} {r[1]}")
def test_a_write_route_keeps_objects_under_their_parent(
    client: httpx.Client, route: tuple[str, str]
) -> None:
    CHECKS[route](Maker(client))
