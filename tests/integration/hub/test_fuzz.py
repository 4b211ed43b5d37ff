"""API fuzzing from the OpenAPI schema with Hypothesis: no input makes the hub answer 500.

Every operation the schema lists is called with generated path parameters and bodies: valid
shares with one field replaced by arbitrary JSON, and arbitrary JSON outright. The caller is
an admin with a bearer token, so every route's code is reached. 1,000 examples with CI=true.
"""

from __future__ import annotations

import os
import re
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.hub.server import HubServer, make_user

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

EXAMPLES = 1000 if os.environ.get("CI") == "true" else 150

VALID_SHARE: dict[str, Any] = {
    "company": "Fuzz Labs",
    "month": 3,
    "year": 2025,
    "answers": [{"question": "rml-003", "audience": "peer", "stage": "team", "rating": 3}],
    "text": "fine",
}
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=60),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
path_values = (
    st.integers(min_value=-5, max_value=2**40).map(str)
    | st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_%.", min_size=1, max_size=30)
    | st.sampled_from(["approve", "hide", "restore", "accept", "reject", "fuzz-labs", "1", "0"])
)


VALID_PROPOSAL: dict[str, Any] = {
    "based_on": None,
    "question": {
        "text": "Who decides when a model is retired?",
        "summary": "Who retires models",
        "dimensions": ["responsible-ml"],
        "audience": ["peer"],
        "stage": ["team"],
        "why": "Retiring a model is a decision someone must own.",
        "green_flags": ["A named owner"],
        "red_flags": ["Nobody knows"],
        "rubric": {"1": "Nobody.", "3": "Someone, loosely.", "5": "A named owner."},
    },
    "note": "",
}
VALID_VOTE: dict[str, Any] = {"question": "rml-003", "dimension": "responsible-ml", "useful": 4}


@st.composite
def bodies(draw: st.DrawFn) -> Any:
    """Arbitrary JSON, or a valid share, proposal or vote with one field replaced."""
    if draw(st.booleans()):
        return draw(json_values)
    kind = draw(st.sampled_from(["share", "proposal", "vote"]))
    value = draw(json_values)
    if kind == "vote":
        return {**VALID_VOTE, draw(st.sampled_from([*VALID_VOTE, "extra"])): value}
    if kind == "proposal":
        question = dict(VALID_PROPOSAL["question"])
        key = draw(st.sampled_from([*question, "id", "translations", "related", "facts"]))
        if draw(st.booleans()):
            question[key] = value
            return {**VALID_PROPOSAL, "question": question}
        return {**VALID_PROPOSAL, draw(st.sampled_from([*VALID_PROPOSAL, "extra"])): value}
    body = dict(VALID_SHARE)
    key = draw(st.sampled_from([*VALID_SHARE, "answers.0", "extra"]))
    if key == "answers.0":
        answer = dict(VALID_SHARE["answers"][0])
        answer[draw(st.sampled_from(["question", "audience", "stage", "rating", "red_flag"]))] = (
            value
        )
        body["answers"] = [answer]
    else:
        body[key] = value
    return body


@pytest.fixture(scope="module")
def operations(hub_server: HubServer) -> list[tuple[str, str]]:
    client = hub_server.client()
    schema = client.http.get("/api/v1/openapi.json").json()
    client.close()
    return [(method.upper(), path) for path, item in schema["paths"].items() for method in item]


@pytest.fixture(scope="module")
def admin_token(hub_server: HubServer) -> str:
    address = f"fuzz-{uuid.uuid4().hex[:6]}@example.org"
    make_user(hub_server.hub, address, "admin")
    browser = hub_server.client().log_in(address)
    token = str(browser.post("/api/v1/tokens", json={"name": "fuzz"}).json()["token"])
    browser.close()
    return token


def test_no_input_gives_a_server_error(
    hub_server: HubServer, operations: list[tuple[str, str]], admin_token: str
) -> None:
    http = hub_server.client().http
    headers = {"authorization": f"Bearer {admin_token}"}
    assert len(operations) >= 20

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(operation=st.sampled_from(operations), body=bodies(), data=st.data())
    def call(operation: tuple[str, str], body: Any, data: st.DataObject) -> None:
        method, template = operation
        if template in ("/api/v1/me", "/api/v1/admin/users/{user_id}/role") and method != "GET":
            body = {"password": "not the admin's"} if method == "DELETE" else {"role": 7}
        path = re.sub(r"\{[^}]+\}", lambda _: data.draw(path_values), template)
        response = http.request(method, path, json=body, headers=headers)
        assert response.status_code < 500, f"{method} {path} {body!r}: {response.text[:300]}"

    call()
    http.close()
