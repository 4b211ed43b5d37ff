"""Forms carry the server's limits, and a refused form keeps the user on it with what was typed."""

from __future__ import annotations

import html
import re

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from askback.web.limits import bounds
from tests.integration.web.conftest import form_token


def _attribute(page: str, field_id: str, name: str) -> str | None:
    tag = re.search(rf'<(?:input|textarea)[^>]* id="{field_id}"[^>]*>', page)
    assert tag, field_id
    found = re.search(rf' {name}="([^"]*)"', tag.group(0))
    return found.group(1) if found else None


def test_the_forms_carry_the_records_limits(client: httpx.Client) -> None:
    page = client.get("/contacts").text
    assert _attribute(page, "new-how_met", "maxlength") == "100"
    for field in ("name", "role", "company", "how_met", "email"):
        limit = bounds("contact", field)["maxlength"]
        assert _attribute(page, f"new-{field}", "maxlength") == str(limit)
    opps = client.get("/opportunities").text
    for field in ("company", "role", "location", "source"):
        limit = bounds("opportunity", field)["maxlength"]
        assert _attribute(opps, f"new-{field}", "maxlength") == str(limit)
    assert _attribute(opps, "new-pay_min", "min") == "0"


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.text(alphabet="abcdefghij XYZäöü", min_size=1, max_size=30).filter(str.strip),
    extra=st.integers(min_value=1, max_value=300),
)
def test_a_too_long_field_keeps_the_user_on_the_form(
    client: httpx.Client, name: str, extra: int
) -> None:
    token = form_token(client, "/contacts")
    before = client.get("/contacts").text.count('href="/contacts/')
    how_met = "m" * (bounds("contact", "how_met")["maxlength"] + extra)
    response = client.post(
        "/contacts",
        data={"csrf_token": token, "name": name, "how_met": how_met, "notes": "kept notes"},
        follow_redirects=False,
    )
    assert response.status_code == 400
    page = response.text
    # The message sits next to the field, which is marked invalid; nothing else is blamed.
    error = re.search(
        r'<p class="field-error" id="new-how_met-error" role="alert">([^<]*)</p>', page
    )
    assert error and "100" in error.group(1)
    assert 'aria-describedby="new-how_met-error"' in page
    assert page.count('class="field-error"') == 1
    # What was typed is still there.
    assert html.unescape(_attribute(page, "new-name", "value") or "") == name
    assert html.unescape(_attribute(page, "new-how_met", "value") or "") == how_met
    assert "kept notes</textarea>" in page
    # And nothing was stored.
    assert client.get("/contacts").text.count('href="/contacts/') == before


def test_a_refused_edit_stays_on_the_persons_page_with_the_form_open(
    client: httpx.Client,
) -> None:
    token = form_token(client, "/contacts")
    made = client.post("/contacts", data={"csrf_token": token, "name": "Edith Editor"})
    person = made.headers["location"]
    assert re.fullmatch(r"/contacts/\d+", person)
    response = client.post(
        f"{person}/edit",
        data={"csrf_token": token, "name": "Edith Renamed", "how_met": "k" * 140},
        follow_redirects=False,
    )
    assert response.status_code == 400
    page = response.text
    assert re.search(r'<details class="card" open>', page)
    assert re.search(r'id="ed-how_met-error" role="alert">[^<]*100', page)
    assert html.unescape(_attribute(page, "ed-name", "value") or "") == "Edith Renamed"
    # Nothing changed.
    assert "Edith Renamed" not in client.get(person).text
