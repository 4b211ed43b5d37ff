"""The candidate's profile: one JSON document per owner, validated by the domain model."""

from __future__ import annotations

import importlib
from typing import Any

from pydantic import BaseModel, ValidationError

from askback.app.common import now
from askback.app.workspace import Workspace
from askback.errors import InputError
from askback.store.rows import json_document


def _model() -> type[BaseModel] | None:
    try:
        module = importlib.import_module("askback.domain.model")
    except ModuleNotFoundError as exc:
        if exc.name not in ("askback.domain.model", "askback.domain"):
            raise
        return None
    model = getattr(module, "Profile", None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def validate(document: dict[str, Any]) -> dict[str, Any]:
    """Check a profile document against `askback.domain.model.Profile` and normalise it."""
    model = _model()
    if model is None:
        return dict(document)
    try:
        parsed = model.model_validate(document)
    except ValidationError as exc:
        from askback.export.jsonfile import error_lines

        raise InputError("profile: " + "; ".join(error_lines(exc))) from None
    return parsed.model_dump(mode="json")


def load(ws: Workspace) -> dict[str, Any] | None:
    """The stored profile document, or None when none has been saved."""
    # A plain read: `assess` and `plan` need the profile but not the ORM.
    with ws.query() as q:
        rows = q("SELECT document FROM profiles WHERE owner = :owner", owner=ws.owner)
    return json_document(rows[0]["document"]) if rows else None


def save(ws: Workspace, document: dict[str, Any] | BaseModel) -> dict[str, Any]:
    """Store (replace) the owner's profile after validating it."""
    data = document.model_dump(mode="json") if isinstance(document, BaseModel) else document
    clean = validate(data)
    from askback.store.models import Profile

    with ws.transaction() as s:
        row = s.get(Profile, ws.owner)
        if row is None:
            s.add(Profile(owner=ws.owner, document=clean, updated_at=now()))
        else:
            row.document = clean
            row.updated_at = now()
    return clean
