"""The client's reply parsing, tried with any bytes and any JSON: a HubError or a valid model."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.hubclient.replies import (
    BankReply,
    CompanyReply,
    HubError,
    ShareReply,
    TokenReply,
    clean,
    error_detail,
    parse,
)

MODELS = (CompanyReply, BankReply, ShareReply, TokenReply)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=30,
)
GOOD = {
    "company": "Acme",
    "slug": "acme",
    "k": 5,
    "dimensions": [
        {
            "dimension": "responsible-ml",
            "published": "2026-Q4",
            "mean": 2.1,
            "interval": [1.4, 2.9],
            "interval_level": 0.8,
            "members": {"low": 5, "high": 9},
            "red_flags": {"low": 1, "high": 4},
            "questions": [{"id": "rml-003", "asked_by": {"low": 5, "high": 9}}],
            "period": {"from": "2026-Q1", "to": "2026-Q4"},
        }
    ],
}


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=300), model=st.sampled_from(MODELS))
def test_any_bytes_parse_or_fail_with_one_line(body: bytes, model: Any) -> None:
    try:
        parse(model, body, "GET /x")
    except HubError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("GET /x: ")


@settings(max_examples=300, deadline=None)
@given(value=json_values, model=st.sampled_from(MODELS))
def test_any_json_parses_to_a_valid_model_or_fails(value: Any, model: Any) -> None:
    try:
        parsed = parse(model, json.dumps(value).encode(), "GET /x")
    except HubError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(parsed, model)


@settings(max_examples=200, deadline=None)
@given(
    path=st.sampled_from(["mean", "k", "slug", "interval", "members", "period", "published"]),
    value=json_values,
)
def test_a_changed_field_is_checked(path: str, value: Any) -> None:
    """Any value in a field either fits its rules or the whole reply is refused."""
    doc = json.loads(json.dumps(GOOD))
    target = doc if path in ("k", "slug") else doc["dimensions"][0]
    target[path] = value
    try:
        parsed = parse(CompanyReply, json.dumps(doc).encode(), "GET /x")
    except HubError:
        return
    view = parsed.dimensions[0]
    assert 1 <= view.mean <= 5 and all(1 <= x <= 5 for x in view.interval)
    assert parsed.k >= 3


def test_good_reply_parses() -> None:
    parsed = parse(CompanyReply, json.dumps(GOOD).encode(), "GET /x")
    assert parsed.dimensions[0].period.from_ == "2026-Q1"


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 50_000 + b"]" * 50_000,
        b'{"k": 1e999}',
        b'{"k": NaN}',
        "\ud800".encode("utf-8", "surrogatepass"),
    ],
)
def test_pathological_json_is_refused(body: bytes) -> None:
    with pytest.raises(HubError):
        parse(CompanyReply, body, "GET /x")


@given(st.text(max_size=500))
def test_clean_leaves_one_printable_line(text: str) -> None:
    out = clean(text)
    assert "\n" not in out and "\x1b" not in out and "\r" not in out and len(out) <= 200


def test_error_detail_reads_fastapi_shapes() -> None:
    assert error_detail(b'{"detail": "log in first"}') == "log in first"
    assert error_detail(b'{"detail": [{"msg": "field required"}]}') == "field required"
    assert error_detail(b"<html>") is None
