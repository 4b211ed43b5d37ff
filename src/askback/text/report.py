"""The shape of a job-ad report: spans, findings, one summary per area, and structured facts."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from askback.i18n import N_
from askback.text.doc import context


class Area(StrEnum):
    """The five areas a report summarises, in the order a reader meets them."""

    GENDER = "gender-coded"
    EXCLUSION = "exclusionary"
    REQUIREMENTS = "requirements"
    PAY = "pay"
    COMMITMENTS = "commitments"


AREA_TITLES: dict[Area, str] = {
    Area.GENDER: N_("Gender-coded wording"),
    Area.EXCLUSION: N_("Exclusionary wording"),
    Area.REQUIREMENTS: N_("Requirement inflation"),
    Area.PAY: N_("Pay transparency"),
    Area.COMMITMENTS: N_("Commitments and conditions"),
}


class Level(StrEnum):
    """How a finding reads for the candidate: good, neutral, worth asking, or a concern."""

    POSITIVE = "positive"
    INFO = "info"
    GAP = "gap"
    CONCERN = "concern"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the analysed text: [start, end) character offsets, a label and the text."""

    start: int
    end: int
    label: str
    text: str


@dataclass(slots=True)
class Finding:
    """One observation: what was found, where, why it matters and what to ask."""

    check: str  # e.g. gender-coded, age-coded, salary, remote, language
    area: Area
    level: Level
    title: str
    why: str
    ask: str = ""
    spans: list[Span] = field(default_factory=list)
    context: str = ""
    alternative: str = ""
    dimension: str = ""  # the bank dimension the finding speaks to
    question_tags: tuple[str, ...] = ()
    question_ids: tuple[str, ...] = ()
    rating: int | None = None  # suggested evidence rating (1-5) when the finding is evaluative
    data: dict[str, Any] = field(default_factory=dict)
    confidence: str = "high"  # "low" when the reading may well be wrong; `doubt` says why
    doubt: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["area"] = self.area.value
        out["level"] = self.level.value
        out["question_tags"] = list(self.question_tags)
        out["question_ids"] = list(self.question_ids)
        return out


@dataclass(slots=True)
class AreaSummary:
    """The verdict on an area: a status word and a sentence, plus the facts behind it."""

    area: Area
    status: str
    summary: str
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return AREA_TITLES[self.area]

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area.value,
            "title": self.title,
            "status": self.status,
            "summary": self.summary,
            "facts": self.facts,
        }


@dataclass(slots=True)
class Pay:
    """What the ad says about pay; `stated` is true only when a figure is given."""

    stated: bool = False
    minimum: float | None = None
    maximum: float | None = None
    currency: str | None = None
    period: str | None = None  # year, month, fortnight, week, day, hour
    mentioned: bool = False  # pay talked about without a figure ("competitive salary")
    # A public pay scale and grade named without an amount ("TVöD E13", "GS-12"): the tables are
    # published, so the pay is known up to the step; `stated` stays false (no figure is given).
    scale: str | None = None
    eu: bool = False  # the ad names a place in the EU
    span: Span | None = None
    # Every figure read, each with its own period ("$40-$50 an hour or $83,200 a year").
    figures: list[PayFigure] = field(default_factory=list)
    # What the ad does not write and was inferred, a less sure reading: "period" (from the
    # figure's size), "currency" (from a sign or country elsewhere in the ad).
    guessed: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PayFigure:
    """One pay figure or range in the ad, with its currency and period."""

    minimum: float | None
    maximum: float | None
    currency: str | None
    period: str | None
    span: Span


@dataclass(slots=True)
class LanguageRequirement:
    """One language the ad asks for; `required` is false for a plus or nice-to-have."""

    language: str
    required: bool
    span: Span
    implied: bool = False  # not written, but the ad itself is in this language
    clause: str = ""  # the sentence that states it
    native: bool = False  # asked as "native" or "Muttersprache": nationality-coded wording
    working: bool = False  # named as the team's working language ("Arbeitssprache ist Englisch")


@dataclass(slots=True)
class AdReport:
    """Everything the job-ad analyzer found, ready to render as text, Markdown or JSON.

    Findings carry spans (offsets into `text`); the surrounding context of a span is cut from
    the text when the report is rendered, not during analysis.
    """

    text: str
    lang: str
    words: int
    languages: dict[str, float]
    areas: list[AreaSummary]
    findings: list[Finding]
    warnings: list[str] = field(default_factory=list)
    gender_verdict: str = "neutral"
    masculine: int = 0
    feminine: int = 0
    pay: Pay = field(default_factory=Pay)
    work_arrangement: str = "not_stated"  # remote, hybrid, onsite, not_stated
    office_days: float | None = None  # the fewest, when the ad gives a range
    office_days_max: float | None = None  # the most, only when the ad gives a range
    language_requirements: list[LanguageRequirement] = field(default_factory=list)
    seniority: str | None = None
    years_required: int | None = None
    must_haves: int | None = None
    tools: list[str] = field(default_factory=list)
    diversity: str = "none"  # none, boilerplate, concrete
    responsible_ai: bool = False
    data_maturity: str = "unclear"  # early, some, established, unclear
    benefits: list[str] = field(default_factory=list)

    @property
    def language_gate(self) -> str:
        """hard when a language is required, soft when only preferred, none otherwise.

        A language implied only by the ad's own language does not count: it is not written.
        """
        stated = [r for r in self.language_requirements if not r.implied]
        if any(r.required for r in stated):
            return "hard"
        return "soft" if stated else "none"

    def __post_init__(self) -> None:
        settle(self)

    def context(self, finding: Finding) -> str:
        """The sentence around the finding's first span (or its own context, if it has one)."""
        if finding.context or not finding.spans:
            return finding.context
        first = finding.spans[0]
        return context(self.text, first.start, first.end)

    def area(self, area: Area) -> AreaSummary:
        return next(a for a in self.areas if a.area == area)

    def findings_in(self, area: Area) -> list[Finding]:
        return [f for f in self.findings if f.area == area]

    def question_tags(self) -> list[str]:
        """Every bank tag the findings point to, in first-seen order."""
        seen: dict[str, None] = {}
        for f in self.findings:
            for tag in f.question_tags:
                seen.setdefault(tag, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        pay = asdict(self.pay)
        return {
            "lang": self.lang,
            "words": self.words,
            "languages": self.languages,
            "warnings": list(self.warnings),
            "areas": [a.to_dict() for a in self.areas],
            "findings": [{**f.to_dict(), "context": self.context(f)} for f in self.findings],
            "facts": {
                "gender_verdict": self.gender_verdict,
                "masculine_words": self.masculine,
                "feminine_words": self.feminine,
                "pay": pay,
                "work_arrangement": self.work_arrangement,
                "office_days": self.office_days,
                "office_days_max": self.office_days_max,
                "language_gate": self.language_gate,
                "language_requirements": [asdict(r) for r in self.language_requirements],
                "seniority": self.seniority,
                "years_required": self.years_required,
                "must_haves": self.must_haves,
                "tools": list(self.tools),
                "diversity": self.diversity,
                "responsible_ai": self.responsible_ai,
                "data_maturity": self.data_maturity,
                "benefits": list(self.benefits),
            },
            "question_tags": self.question_tags(),
        }


# Ratings each level can carry: a level and a rating that disagree would tell the reader one
# thing and the evidence another.
LEVEL_RATINGS: dict[Level, frozenset[int]] = {
    Level.POSITIVE: frozenset({3, 4, 5}),
    Level.INFO: frozenset({3}),
    Level.GAP: frozenset({1, 2, 3}),
    Level.CONCERN: frozenset({1, 2}),
}
# Findings that rest on something the ad does not say: a short text may be a summary.
ABSENCE_CHECKS = frozenset(
    {"diversity-none", "benefits", "data-maturity", "responsible-ai", "salary", "remote"}
)
SHORT_AD_WORDS = 150
_TO_ASK = re.compile(r"\d+ to ask about")
WORDING_AREAS = frozenset({Area.GENDER, Area.EXCLUSION})
# The levels of findings to ask about. A set, read once per finding: an enum member read as
# `Level.GAP` costs ~0.17 µs, as much as the rest of the test.
ASK_LEVELS = frozenset({Level.GAP, Level.CONCERN})


def _agree(f: Finding) -> None:
    """Make level and rating agree, the more cautious of the two winning: a weak rating turns a
    neutral or good level into a gap; a concern or gap keeps its level and its rating is capped."""
    if f.rating is None or f.rating in LEVEL_RATINGS[f.level]:
        return
    if f.confidence == "low":
        f.rating = None  # a reading in doubt gives the evidence no rating
    elif f.rating <= 2:
        f.level = Level.GAP
    else:
        f.rating = max(LEVEL_RATINGS[f.level])


def _doubt(report: AdReport, f: Finding) -> str:
    """Why a finding may be wrong, or "" when nothing in the ad gives reason to doubt it."""
    if f.check == "language" and f.data.get("implied"):
        return "not written in the ad: inferred from the language the ad is written in"
    if f.check == "must-haves" and "without bullets" in f.title:
        return "counted from lines without bullets; some lines may be parts of one item"
    if f.check == "years-vs-seniority" and f.data.get("seniority") == "unspecified":
        return "the ad names no level, so the years are compared with what most roles ask"
    if f.check == "salary" and report.pay.stated and not report.pay.currency:
        return "no currency is written, so the figure may be something other than pay"
    if f.check in ABSENCE_CHECKS and f.level is Level.GAP and report.words < SHORT_AD_WORDS:
        return f"the text has only {report.words} words; what it leaves out may be in the full ad"
    if f.area in WORDING_AREAS and report.lang not in ("en", "de"):
        return "the ad's language is not English or German, whose word lists these are"
    return ""


def settle(report: AdReport) -> None:
    """Make each finding's level agree with its rating, and mark findings of low confidence.

    Runs once when a report is built, whichever check made the findings.
    """
    # A count of findings to ask about must count the levels as they now stand.
    to_ask: Counter[Area] = Counter()
    for f in report.findings:
        doubt = _doubt(report, f)
        if doubt:
            f.confidence, f.doubt = "low", doubt
        _agree(f)
        if f.level in ASK_LEVELS:
            to_ask[f.area] += 1
    for a in report.areas:
        if a.status == "ok" or _TO_ASK.fullmatch(a.status):
            n = to_ask[a.area]
            a.status = f"{n} to ask about" if n else "ok"
