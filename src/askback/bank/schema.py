"""The question bank's schema: dimensions, audiences, stages, questions and resources."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from askback.i18n import NP_, ptranslate


class Dimension(StrEnum):
    DIVERSITY_INCLUSION = "diversity-inclusion"
    RESPONSIBLE_ML = "responsible-ml"
    DATA_MATURITY = "data-maturity"
    TEAM_PRACTICES = "team-practices"
    ROLE_PROJECTS = "role-projects"
    GROWTH = "growth"
    MANAGEMENT_CULTURE = "management-culture"
    WORK_LIFE_REMOTE = "work-life-remote"
    COMPENSATION_CONTRACT = "compensation-contract"
    COMPANY_BUSINESS = "company-business"
    HIRING_PROCESS = "hiring-process"

    def text(self, lang: str = "en") -> str:
        """The dimension's name in lang: 'Growth', 'Entwicklung' (from the message catalogs)."""
        return dimension_label(self, lang)


# Each dimension's English name; the catalogs translate it under the context "dimension".
DIMENSION_LABELS: dict[Dimension, str] = {
    Dimension.DIVERSITY_INCLUSION: NP_("dimension", "Diversity & inclusion"),
    Dimension.RESPONSIBLE_ML: NP_("dimension", "Responsible ML & ethics"),
    Dimension.DATA_MATURITY: NP_("dimension", "Data maturity & infrastructure"),
    Dimension.TEAM_PRACTICES: NP_("dimension", "Team practices"),
    Dimension.ROLE_PROJECTS: NP_("dimension", "Role & projects"),
    Dimension.GROWTH: NP_("dimension", "Growth"),
    Dimension.MANAGEMENT_CULTURE: NP_("dimension", "Management & culture"),
    Dimension.WORK_LIFE_REMOTE: NP_("dimension", "Work-life & remote"),
    Dimension.COMPENSATION_CONTRACT: NP_("dimension", "Compensation & contract"),
    Dimension.COMPANY_BUSINESS: NP_("dimension", "Company & business"),
    Dimension.HIRING_PROCESS: NP_("dimension", "Hiring process"),
}


def dimension_label(value: Dimension, lang: str = "en") -> str:
    """A dimension's name in lang, from the message catalogs (English where none)."""
    return ptranslate(lang, "dimension", DIMENSION_LABELS[value])


# Id prefix per dimension: a question's id is PREFIX-NNN and its first dimension matches.
DIMENSION_PREFIX: dict[Dimension, str] = {
    Dimension.DIVERSITY_INCLUSION: "dei",
    Dimension.RESPONSIBLE_ML: "rml",
    Dimension.DATA_MATURITY: "dat",
    Dimension.TEAM_PRACTICES: "team",
    Dimension.ROLE_PROJECTS: "role",
    Dimension.GROWTH: "grow",
    Dimension.MANAGEMENT_CULTURE: "mgmt",
    Dimension.WORK_LIFE_REMOTE: "wlr",
    Dimension.COMPENSATION_CONTRACT: "comp",
    Dimension.COMPANY_BUSINESS: "biz",
    Dimension.HIRING_PROCESS: "hire",
}

# The shipped bank must meet these; other dimensions need DEFAULT_MINIMUM.
DIMENSION_MINIMUM: dict[Dimension, int] = {
    Dimension.DIVERSITY_INCLUSION: 40,
    Dimension.RESPONSIBLE_ML: 40,
    Dimension.DATA_MATURITY: 25,
}
DEFAULT_MINIMUM = 20


class Audience(StrEnum):
    RECRUITER = "recruiter"
    HR = "hr"
    HIRING_MANAGER = "hiring-manager"
    PEER = "peer"
    LEADERSHIP = "leadership"
    ANY = "any"


class Stage(StrEnum):
    SCREEN = "screen"
    TEAM = "team"
    FINAL = "final"
    POST_OFFER = "post-offer"
    BACKCHANNEL = "backchannel"


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]
Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
# A question longer than this is hard to say in a call; it needs a spoken form this short.
SPOKEN_MAX_WORDS = 25
# community-0001: a question of a hub's community bank (askback hub pull).
QUESTION_ID = re.compile(r"^[a-z]+-[0-9]{3}$|^my-[a-z0-9-]+$|^community-[0-9]{4,6}$")

# Every field a user reads or says aloud; a translation may carry each of them.
TRANSLATABLE = (
    "text",
    "summary",
    "spoken",
    "why",
    "green_flags",
    "red_flags",
    "rubric",
    "follow_ups",
)


def word_count(text: str) -> int:
    """Words separated by white space, as a reader counts them."""
    return len(text.split())


class Rubric(BaseModel):
    """What an answer rated 1, 3 and 5 sounds like."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    one: Text = Field(alias="1")
    three: Text = Field(alias="3")
    five: Text = Field(alias="5")


class Question(BaseModel):
    """One item of the bank, with all the guidance a candidate needs to ask it well."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    text: Text
    # A shorter form to say aloud in a call, for a long question (at most SPOKEN_MAX_WORDS words).
    spoken: Text | None = None
    summary: Text
    dimensions: list[Dimension] = Field(min_length=1)
    tags: list[Tag] = Field(default_factory=list)
    audience: list[Audience] = Field(min_length=1)
    stage: list[Stage] = Field(min_length=1)
    why: Text
    green_flags: list[Text] = Field(min_length=1)
    red_flags: list[Text] = Field(min_length=1)
    rubric: Rubric
    follow_ups: list[Text] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)
    # Ids of the facts (facts.yaml) that the guidance's legal or numeric claims rest on.
    facts: list[str] = Field(default_factory=list)
    sensitive: bool = False
    research_first: bool = False
    minutes: int = Field(default=3, ge=1, le=20)
    # Filled in by the loader from translations/<lang>/; never written in a question file.
    # Per language: field name -> text, list of texts, or (rubric) {"1": .., "3": .., "5": ..}.
    translations: dict[str, dict[str, Any]] = Field(default_factory=dict)
    source: str = "bank"

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not QUESTION_ID.match(value):
            raise ValueError(
                f"id {value!r} must look like 'dei-012' (prefix, dash, three digits) "
                "or 'my-something' for your own questions"
            )
        return value

    @field_validator("spoken")
    @classmethod
    def _spoken_is_short(cls, value: str | None) -> str | None:
        if value is not None and word_count(value) > SPOKEN_MAX_WORDS:
            raise ValueError(
                f"has {word_count(value)} words; a spoken form has at most {SPOKEN_MAX_WORDS}"
            )
        return value

    @property
    def dimension(self) -> Dimension:
        """The primary dimension."""
        return self.dimensions[0]

    def text_in(self, lang: str = "en") -> str:
        return str(self.translations.get(lang, {}).get("text", self.text))

    def spoken_in(self, lang: str = "en") -> str:
        """What to say aloud: the spoken form where there is one, else the question itself."""
        fields = self.translations.get(lang, {})
        if self.spoken:
            return str(fields.get("spoken", self.spoken))
        return self.text_in(lang)

    def summary_in(self, lang: str = "en") -> str:
        return str(self.translations.get(lang, {}).get("summary", self.summary))

    def has_translation(self, field: str, lang: str) -> bool:
        """Whether `field` reads in `lang` (English always does)."""
        return lang == "en" or field in self.translations.get(lang, {})

    def field_lang(self, field: str, lang: str) -> str:
        """The language `field` is shown in under `lang`: lang, or English as the fallback."""
        return lang if self.has_translation(field, lang) else "en"

    def fully_translated(self, lang: str) -> bool:
        """Whether every user-visible field this question has reads in `lang`."""
        return all(
            self.has_translation(name, lang)
            for name in TRANSLATABLE
            if getattr(self, name, None) not in (None, [], "")
        )

    def localized(self, lang: str = "en") -> Question:
        """A copy with every translated field in `lang`; untranslated fields stay English."""
        fields = self.translations.get(lang)
        if lang == "en" or not fields:
            return self
        update: dict[str, Any] = {}
        for name in TRANSLATABLE:
            if name not in fields or name not in type(self).model_fields:
                continue
            value = fields[name]
            update[name] = Rubric.model_validate(value) if name == "rubric" else value
        return self.model_copy(update=update)

    def why_in(self, lang: str = "en") -> str:
        return str(self.translations.get(lang, {}).get("why", self.why))

    def green_flags_in(self, lang: str = "en") -> list[str]:
        return list(self.translations.get(lang, {}).get("green_flags", self.green_flags))

    def red_flags_in(self, lang: str = "en") -> list[str]:
        return list(self.translations.get(lang, {}).get("red_flags", self.red_flags))

    def follow_ups_in(self, lang: str = "en") -> list[str]:
        return list(self.translations.get(lang, {}).get("follow_ups", self.follow_ups))

    def rubric_in(self, lang: str = "en") -> Rubric:
        levels = self.translations.get(lang, {}).get("rubric")
        return Rubric.model_validate(levels) if levels else self.rubric


class ResourceKind(StrEnum):
    BOOK = "book"
    COURSE = "course"
    ARTICLE = "article"
    GUIDE = "guide"
    PRACTICE = "practice"
    COMMUNITY = "community"
    EVENT = "event"
    PODCAST = "podcast"
    NEWSLETTER = "newsletter"
    JOB_BOARD = "job-board"
    TOOL = "tool"
    DATASET = "dataset"
    REPORT = "report"


class Resource(BaseModel):
    """A curated data-science interview or career resource."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(pattern=r"^res-[0-9]{3}$")]
    title: Text
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    kind: ResourceKind
    topics: list[Tag] = Field(min_length=1)
    description: Text
    online: bool = True
    recurring: bool = False
    # When the entry (URL and description) was last reviewed; make check-links refreshes it.
    last_checked: date
    # Filled in by the loader from translations/<lang>/resources.yaml.
    translations: dict[str, dict[str, str]] = Field(default_factory=dict)

    def description_in(self, lang: str = "en") -> str:
        return self.translations.get(lang, {}).get("description", self.description)
