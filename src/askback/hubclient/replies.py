"""What the hub may answer, as pydantic models, and the one parser every reply goes through.

Pure: no HTTP here, so the parser can be tried with any bytes (tests/unit/hubclient). A reply
that does not fit its model is refused whole; nothing of it reaches the local store.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from askback.bank.schema import Question
from askback.errors import AskbackError, Worded
from askback.i18n import N_

Name = Annotated[str, StringConstraints(max_length=200)]
Slug = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^[a-z0-9-]+$")]
QuestionId = Annotated[str, StringConstraints(max_length=40, pattern=r"^[a-z][a-z0-9-]*$")]
Quarter = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-Q[1-4]$")]
Level = Annotated[float, Field(ge=1.0, le=5.0, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
MAX_LIST = 1000
# Fields of a question that only the local loader fills in: a hub's value is dropped.
NOT_SENT = ("source", "translations")
DETAIL_CHARS = 200


class HubError(AskbackError, Worded):
    """The hub could not be used: down, slow, or it answered what a hub does not answer.

    The text is the English line the CLI prints; `.worded(...)` lets a web page say it in its
    own language (askback.web.problems.worded).
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.values = {}


class Reply(BaseModel):
    # Unknown fields are ignored (a newer hub may add some); known ones must fit exactly.
    model_config = ConfigDict(extra="ignore", frozen=True, strict=False)


class TokenReply(Reply):
    id: Annotated[int, Field(ge=1)]
    token: Annotated[str, StringConstraints(pattern=r"^abh_[A-Za-z0-9_-]{16,200}$")]


class CsrfReply(Reply):
    token: Annotated[str, StringConstraints(min_length=1, max_length=500)]


class MeReply(Reply):
    id: Annotated[int, Field(ge=1)]
    email: Annotated[str, StringConstraints(max_length=320)]
    role: Literal["member", "moderator", "admin"]


class ShareReply(Reply):
    id: Annotated[int, Field(ge=1, le=2**31 - 1)]
    company_slug: Slug | None = None


class Range(Reply):
    low: Count
    high: Count


class AskedQuestion(Reply):
    id: QuestionId
    asked_by: Range


class Period(Reply):
    from_: Annotated[Quarter, Field(alias="from")]
    to: Quarter


class DimensionView(Reply):
    dimension: Annotated[str, StringConstraints(max_length=40)]
    published: Quarter
    mean: Level
    interval: Annotated[list[Level], Field(min_length=2, max_length=2)]
    interval_level: Annotated[float, Field(gt=0, lt=1, allow_inf_nan=False)]
    members: Range
    red_flags: Range
    questions: Annotated[list[AskedQuestion], Field(max_length=MAX_LIST)]
    period: Period


class CompanyReply(Reply):
    company: Name
    slug: Slug
    k: Annotated[int, Field(ge=3, le=1000)]
    dimensions: Annotated[list[DimensionView], Field(max_length=50)]


class BankQuestion(Reply):
    """A community question: its id, origin and base, and the question in the bank's format,
    checked with the bank's own schema (askback.bank.schema.Question)."""

    id: Annotated[str, StringConstraints(pattern=r"^community-[0-9]{4,6}$")]
    origin: Literal["community"]
    based_on: QuestionId | None = None
    question: Question

    @model_validator(mode="before")
    @classmethod
    def _split(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        kept = {k: v for k, v in data.items() if k not in ("origin", "based_on", *NOT_SENT)}
        return {
            "id": data.get("id"),
            "origin": data.get("origin"),
            "based_on": data.get("based_on"),
            "question": {**kept, "source": "community"},
        }

    @model_validator(mode="after")
    def _same_id(self) -> BankQuestion:
        if self.question.id != self.id:
            raise ValueError("the question's id differs from its entry's")
        return self


class BankReply(Reply):
    format: Literal[1]
    generated_at: Annotated[str, StringConstraints(max_length=40)]
    questions: Annotated[list[BankQuestion], Field(max_length=5000)]


Model = TypeVar("Model", bound=BaseModel)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str, limit: int = DETAIL_CHARS) -> str:
    """A hub's words made safe to print on one line: no control or direction characters."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def parse(model: type[Model], body: bytes, where: str) -> Model:
    """The reply's JSON as `model`, or a HubError saying in one line what was wrong with it."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise HubError(f"{where}: the hub answered something that is not JSON").worded(
            None, N_("{where}: the hub answered something that is not JSON."), where=where
        ) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "reply"
        what = f"{clean(field, 60)}: {clean(first['msg'], 80)}"
        raise HubError(f"{where}: the hub's reply does not fit: {what}").worded(
            None, N_("{where}: the hub’s reply does not fit: {what}"), where=where, what=what
        ) from None


def error_detail(body: bytes) -> str | None:
    """The hub's `{"detail": "..."}` in a refusal, cleaned; None when there is none."""
    try:
        data: Any = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    detail = data.get("detail") if isinstance(data, dict) else None
    if isinstance(detail, str):
        return clean(detail)
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        msg = detail[0].get("msg")
        return clean(msg) if isinstance(msg, str) else None
    return None
