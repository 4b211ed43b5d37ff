"""Input errors that name their fields, so each face can say what is wrong in its own language.

The English text (what the CLI prints) is kept as the error's message; the web app words each
problem in the page's language from its field, kind and limits (askback.web.field_messages).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from askback.errors import InputError, Worded


@dataclass(frozen=True)
class FieldProblem:
    """One field's problem: pydantic's error type as `kind`, the value typed, and the limits."""

    field: str
    kind: str
    value: object = None
    limits: dict[str, Any] = dataclasses.field(default_factory=dict)
    english: str = ""


class InvalidFields(InputError):
    """Input refused field by field; str() is the English message."""

    def __init__(self, message: str, problems: list[FieldProblem]) -> None:
        super().__init__(message)
        self.problems = problems


def problems_of(
    errors: Sequence[Mapping[str, Any]], english: list[str] | None = None
) -> list[FieldProblem]:
    """The field problems in pydantic's `errors()` (the field: the first name in a location)."""
    out = []
    for i, err in enumerate(errors):
        names = [p for p in err["loc"] if isinstance(p, str) and p != "body"]
        out.append(
            FieldProblem(
                field=names[0] if names else "",
                kind=err["type"],
                value=err.get("input"),
                limits=_limits(err.get("ctx") or {}),
                english=english[i] if english and i < len(english) else err["msg"],
            )
        )
    return out


def _limits(ctx: Mapping[str, Any]) -> dict[str, Any]:
    """A pydantic error's context without the exception, kept only when it can word itself."""
    out = {k: v for k, v in ctx.items() if k != "error"}
    if isinstance(ctx.get("error"), Worded) and ctx["error"].msgid is not None:
        out["worded"] = ctx["error"]
    return out
