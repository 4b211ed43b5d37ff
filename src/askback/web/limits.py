"""Form limits taken from the records the server validates, so the browser enforces the same."""

from __future__ import annotations

from functools import cache
from typing import Any

from markupsafe import Markup, escape

# Which record a form's fields are checked against when they are stored.
RECORDS = {
    "contact": "ContactRecord",
    "opportunity": "OpportunityRecord",
    "interview": "InterviewRecord",
    "signal": "SignalRecord",
}
# JSON-schema keyword -> HTML attribute.
ATTRIBUTES = {
    "maxLength": "maxlength",
    "minLength": "minlength",
    "maximum": "max",
    "minimum": "min",
}


@cache
def _properties(kind: str) -> dict[str, Any]:
    from askback.export import records

    model = getattr(records, RECORDS[kind])
    return dict(model.model_json_schema()["properties"])


def bounds(kind: str, field: str) -> dict[str, int]:
    """The record's length and range bounds for a field, as HTML attribute names and values."""
    schema = _properties(kind).get(field)
    if schema is None:
        raise KeyError(f"{RECORDS[kind]} has no field {field!r}")
    # An optional field is "anyOf: [the type, null]": the bounds sit on the type.
    options = schema.get("anyOf", [schema])
    out: dict[str, int] = {}
    for option in options:
        for key, attr in ATTRIBUTES.items():
            if key in option:
                out[attr] = int(option[key])
    return out


def limits(kind: str, field: str) -> Markup:
    """' maxlength="100"' and the like, for an <input> of `field` in a `kind` form."""
    return Markup("").join(
        Markup(' {}="{}"').format(attr, escape(str(value)))
        for attr, value in bounds(kind, field).items()
    )
