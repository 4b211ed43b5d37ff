"""The export document: its validation is the one set of rules every entry path shares."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from askback.errors import InputError
from askback.export.jsonfile import JsonExport
from askback.export.records import VERSION, Document

T = "2025-03-01T10:00:00Z"


def doc(**tables: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"format": "askback-export", "version": VERSION, "exported_at": T}
    return {**base, **tables}


def opp(i: int = 1, **kw: Any) -> dict[str, Any]:
    return {"id": i, "company": "Acme", "role": "DS", "created_at": T, "updated_at": T, **kw}


def test_minimal_document() -> None:
    d = Document.model_validate(doc(opportunities=[opp()]))
    assert d.opportunities[0].status == "interested"


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"opportunities": [opp(1), opp(1)]}, "opportunities[1].id: duplicate id 1"),
        (
            {
                "status_changes": [
                    {"id": 1, "opportunity_id": 9, "status": "applied", "changed_at": T}
                ]
            },
            "status_changes[0].opportunity_id: no opportunity with id 9",
        ),
        ({"opportunities": [opp(pay_min=10, pay_max=5)]}, "pay_min 10 is above pay_max 5"),
        ({"opportunities": [opp(company="A\x00B")]}, "contains a NUL character"),
        ({"opportunities": [opp(status="ghosted")]}, "Input should be 'interested'"),
        ({"opportunities": [opp(created_at="2025-03-01T10:00:00")]}, "should have timezone info"),
    ],
)
def test_invalid_documents(tables: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Document.model_validate(doc(**tables))
    assert message in str(info.value)


def test_newer_version_is_named() -> None:
    with pytest.raises(InputError, match="newer askback"):
        JsonExport().parse(f'{{"format": "askback-export", "version": 99, "exported_at": "{T}"}}')


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(InputError, match=r"not valid JSON.*line 2 column"):
        JsonExport().parse('{"format": "askback-export",\n  "version": }', "x.json")


def test_error_paths_name_the_field() -> None:
    bad = doc(
        opportunities=[opp()],
        interviews=[
            {
                "id": 1,
                "opportunity_id": 1,
                "stage": "team",
                "starts_at": T,
                "created_at": T,
                "updated_at": T,
                "timezone": "Mars/Base",
            }
        ],
        contacts=[
            {"id": 1, "name": "J", "created_at": T, "updated_at": T, "follow_up": "2025-02-30"}
        ],
    )
    import json

    with pytest.raises(InputError) as info:
        JsonExport().parse(json.dumps(bad), "bad.json")
    text = str(info.value)
    assert "bad.json" in text
    assert "contacts[0].follow_up" in text
    assert "interviews[0].timezone" in text and "Mars/Base" in text
