"""The candidate's values profile (pydantic) and the evidence items the engine counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from askback.bank.schema import QUESTION_ID, Dimension
from askback.domain.sources import SOURCES
from askback.i18n import N_, Message

DEFAULT_WEIGHT = 5
Weight = Annotated[int, Field(ge=0, le=10)]
SourceWeight = Annotated[float, Field(ge=0.0, le=3.0)]


class DealBreaker(BaseModel):
    """'dimension at least level L, with confidence p': below L the offer is off."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dimension: Dimension
    at_least: int = Field(ge=2, le=5)
    # Below 0.5 the clear / likely-deal-breaker bands would overlap.
    confidence: float = Field(default=0.8, ge=0.5, le=0.99)

    @model_validator(mode="before")
    @classmethod
    def _from_line(cls, value: Any) -> Any:
        """Also read one line: "growth at least 4", optionally "with confidence 0.8"."""
        if not isinstance(value, str):
            return value
        match = _DEAL_BREAKER_LINE.fullmatch(value.strip())
        if match is None:
            raise ValueError(
                f"{value!r} is not a deal breaker; write 'DIMENSION at least L' (L 2-5), "
                "optionally followed by 'with confidence P' (0.5-0.99), e.g. "
                "'responsible-ml at least 3 with confidence 0.8'"
            )
        out: dict[str, Any] = {
            "dimension": match["dimension"].lower(),
            "at_least": int(match["level"]),
        }
        if match["p"]:
            out["confidence"] = float(match["p"])
        elif match["percent"]:
            out["confidence"] = float(match["percent"]) / 100
        return out

    def label(self) -> str:
        return f"{self.dimension} at least {self.at_least} ({self.confidence:.0%} sure)"

    def message(self) -> Message:
        """The rule in words, for any language: 'Growth at least 4 (80% sure)'."""
        return Message(
            "deal-breaker-rule",
            N_("{dimension} at least {level} ({confidence:.0%} sure)"),
            dimension=self.dimension,
            level=self.at_least,
            confidence=self.confidence,
        )


# The one-line form, also as `label()` writes it: "growth at least 4 (80% sure)".
_DEAL_BREAKER_LINE = re.compile(
    r"(?P<dimension>[a-z][a-z-]*)\s+(?:at\s+least|>=)\s*(?P<level>\d+)"
    r"(?:\s*,?\s*(?:with\s+confidence\s+(?P<p>0?\.\d+|1(?:\.0+)?)"
    r"|\(?(?:at\s+)?(?P<percent>\d{1,3}(?:\.\d+)?)\s*%(?:\s*sure)?\)?))?",
    re.IGNORECASE,
)


class Profile(BaseModel):
    """What the candidate weighs: weights, deal breakers, must-ask questions, source overrides."""

    model_config = ConfigDict(extra="forbid")

    weights: dict[Dimension, Weight] = Field(default_factory=dict)
    deal_breakers: list[DealBreaker] = Field(default_factory=list)
    must_ask: list[str] = Field(default_factory=list)
    # source (an audience such as "peer", or a signal source such as "job-ad") -> dimension -> w
    source_weights: dict[str, dict[Dimension, SourceWeight]] = Field(default_factory=dict)

    @field_validator("must_ask")
    @classmethod
    def _question_ids(cls, value: list[str]) -> list[str]:
        for qid in value:
            if not QUESTION_ID.match(qid):
                raise ValueError(f"{qid!r} is not a question id such as 'rml-001' or 'my-remote'")
        return list(dict.fromkeys(value))

    @field_validator("source_weights")
    @classmethod
    def _known_sources(
        cls, value: dict[str, dict[Dimension, float]]
    ) -> dict[str, dict[Dimension, float]]:
        for source in value:
            if source not in SOURCES:
                raise ValueError(f"unknown source {source!r}; use one of: {', '.join(SOURCES)}")
        return value

    @model_validator(mode="after")
    def _one_deal_breaker_per_dimension(self) -> Profile:
        seen: set[Dimension] = set()
        for db in self.deal_breakers:
            if db.dimension in seen:
                raise ValueError(f"two deal breakers for {db.dimension}; keep one")
            seen.add(db.dimension)
        return self

    def weight(self, dimension: Dimension) -> float:
        """The weight 0-10 of a dimension; unnamed dimensions get the default 5."""
        return float(self.weights.get(dimension, DEFAULT_WEIGHT))

    def deal_breaker(self, dimension: Dimension) -> DealBreaker | None:
        return next((db for db in self.deal_breakers if db.dimension == dimension), None)

    def to_document(self) -> dict[str, Any]:
        """A plain JSON/TOML-ready mapping (enum keys as strings)."""
        return self.model_dump(mode="json")

    def to_toml(self) -> str:
        """The profile as TOML, every dimension's weight written out so it is easy to edit."""
        import tomli_w

        doc = self.to_document()
        doc["weights"] = {d.value: int(self.weight(d)) for d in Dimension}
        return _TOML_HEADER + tomli_w.dumps(doc)

    @classmethod
    def from_toml(cls, text: str, where: str = "profile") -> Profile:
        """Parse and validate a TOML profile; errors name the place and the field."""
        import tomllib

        from pydantic import ValidationError

        from askback.errors import InputError

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{where}: not valid TOML ({exc})") from None
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            from askback.app.names import field_noun, value_problem

            problems = [
                f"{'.'.join(str(p) for p in e['loc']) or 'profile'}: "
                + value_problem(e, field_noun(e["loc"]))
                for e in exc.errors()
            ]
            raise InputError(f"{where}: " + "; ".join(problems)) from None


_TOML_HEADER = """\
# askback values profile.
# weights: 0 (ignore) to 10 (matters most) per dimension.
# deal_breakers: below level L (2-5) of a dimension the offer is off, if you are p (0.5-0.99)
#   sure. One line each, e.g.
#   deal_breakers = ["responsible-ml at least 3 with confidence 0.8", "growth at least 4"]
#   or one table each (as written below when you have some):
#   [[deal_breakers]]
#   dimension = "responsible-ml"
#   at_least = 3
#   confidence = 0.8
# must_ask: question ids that every plan includes.
# source_weights: overrides (0-3) of the role x dimension table in docs/method.md, such as
#   [source_weights.recruiter]
#   work-life-remote = 0.3

"""


class ItemKind(StrEnum):
    ANSWER = "answer"
    SIGNAL = "signal"


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """One piece of evidence on one dimension: an interview answer or an outside signal."""

    dimension: Dimension
    rating: int | None
    source: str  # an Audience value for answers, a SignalSource value for signals
    person: str | None = None  # independence key: the contact; None when nobody was named
    red_flag: bool = False
    kind: ItemKind = ItemKind.ANSWER
    ref: str = ""  # where it came from, e.g. "answer 12"
    question_id: str | None = None
    question_text: str = ""
    # Bank questions on the same point as a free-text question, matched by its words.
    topics: tuple[str, ...] = ()
    quote: str = ""  # the candidate's notes of what was said
    who: str = ""  # display name of the person or source
    # Without a person, answers of one interview are one source (an unnamed interviewer).
    interview: str | None = None

    @property
    def level(self) -> int | None:
        """The level this item counts toward: 1 for a red flag, else its rating."""
        return 1 if self.red_flag else self.rating

    def describe(self, limit: int = 90) -> str:
        """A short human label: who said what, to which question (the quote cut at `limit`)."""
        who = self.who or self.source
        what = "red flag" if self.red_flag else f"rated {self.rating}"
        about = f" to {self.question_id}" if self.question_id else ""
        quote = f': "{_shorten(self.quote, limit)}"' if self.quote else ""
        return f"{who} ({self.source}){about}, {what}{quote}"


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
