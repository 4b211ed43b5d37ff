"""Make opportunities, contacts, interviews and answers through the running app's own forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import count

import httpx

from tests.integration.web.conftest import form_token

_serial = count(1)


def new_id(response: httpx.Response, kind: str) -> int:
    """The id in the address a form's 303 (or htmx's HX-Redirect) leads to."""
    target = response.headers.get("location") or response.headers.get("hx-redirect") or ""
    found = re.search(rf"/{kind}/(\d+)", target)
    assert found, (response.status_code, target, response.text[:300])
    return int(found.group(1))


@dataclass
class Maker:
    """A browser that makes the objects a test needs, each with a name of its own."""

    client: httpx.Client
    _token: str = ""

    def token(self) -> str:
        """This browser's CSRF token (it follows from its cookie, so it is read once)."""
        if not self._token:
            self._token = form_token(self.client, "/settings")
        return self._token

    def post(self, path: str, data: dict[str, object]) -> httpx.Response:
        return self.client.post(path, data={**data, "csrf_token": self.token()})

    def opportunity(self) -> int:
        n = next(_serial)
        response = self.post("/opportunities", {"company": f"Parent {n} GmbH", "role": "DS"})
        return new_id(response, "opportunities")

    def contact(self, opportunity: int | None = None) -> int:
        data: dict[str, object] = {"name": f"Person {next(_serial)}"}
        if opportunity is not None:
            data["opportunity_id"] = str(opportunity)
        return new_id(self.post("/contacts", data), "contacts")

    def interview(self, opportunity: int, contacts: list[int]) -> int:
        data = {
            "stage": "team",
            "starts_at": "2031-05-06T10:00",
            "timezone": "Europe/Berlin",
            "contact_ids": [str(c) for c in contacts],
        }
        return new_id(self.post(f"/opportunities/{opportunity}/interviews", data), "interviews")

    def answer(self, interview: int, contact: int, notes: str) -> int:
        response = self.client.post(
            f"/interviews/{interview}/answers",
            data={
                "key": "new",
                "question_text": "What happened last time a model failed?",
                "notes": notes,
                "rating": "4",
                "contact_id": str(contact),
            },
            headers={"HX-Request": "true", "X-CSRF-Token": self.token()},
        )
        assert response.status_code == 200, response.text[:300]
        found = re.search(r'name="answer_id"[^>]*value="(\d+)"', response.text)
        assert found, response.text[:500]
        return int(found.group(1))

    def export(self) -> dict[str, object]:
        """The whole workspace as the JSON export (its time stamp left out), to compare."""
        doc: dict[str, object] = self.client.get("/data/export.json").json()
        doc.pop("exported_at", None)
        return doc
