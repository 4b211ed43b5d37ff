"""The job-ad analyzer: every check on one ad, gathered into an AdReport.

`analyze(text)` is pure and fast (no I/O, regexes compiled once on first use), so it can run on
thousands of ads. Reading files, URLs and HTML lives in `askback.text.source`.
"""

from __future__ import annotations

from collections.abc import Callable

from askback.errors import InputError
from askback.i18n import ngettext
from askback.text import (
    areas_commitments,
    areas_terms,
    areas_words,
    commitments,
    conditions,
    exclusion,
    gender,
    pay,
    phrases,
    requirements,
)
from askback.text.commitments import Commitments
from askback.text.conditions import Arrangement
from askback.text.doc import Doc, prepare
from askback.text.gender import GenderResult
from askback.text.lang import NAMES, SUPPORTED
from askback.text.normalize import normalize
from askback.text.phrases import Match
from askback.text.report import AdReport, AreaSummary, Finding, LanguageRequirement, Pay
from askback.text.requirements import Requirements
from askback.text.source import MAX_AD_BYTES, MIN_WORDS
from askback.text.wordindex import word_index

LANG_CHOICES = ("en", "de")


class Analysis:
    """One ad on its way through the steps of `analyze`: each step reads what the steps before
    it left here and adds its own result."""

    __slots__ = (
        "arrangement", "built", "comm", "doc", "excl", "g", "lang", "langs", "report", "reqs",
        "salary", "text",
    )  # fmt: skip
    text: str
    lang: str | None
    doc: Doc
    g: GenderResult
    excl: list[Match]
    reqs: Requirements
    salary: Pay
    comm: Commitments
    arrangement: Arrangement
    langs: list[LanguageRequirement]
    built: tuple[tuple[list[Finding], AreaSummary], ...]
    report: AdReport

    def __init__(self, text: str, lang: str | None = None) -> None:
        self.text = text
        self.lang = lang


def analyze(text: str, lang: str | None = None) -> AdReport:
    """Analyze one job ad (plain text or Markdown; use askback.text.source for HTML and files)."""
    if lang is not None and lang not in LANG_CHOICES:
        raise InputError(
            f"--lang must be one of {', '.join(LANG_CHOICES)} (or left out to detect it)"
        )
    run = Analysis(text, lang)
    for _, step in STEPS:
        step(run)
    return run.report


def _normalize(run: Analysis) -> None:
    text = run.text = normalize(run.text)
    if not text or not text.strip():
        raise InputError("there is no text to analyze: the ad is empty")
    if len(text) > MAX_AD_BYTES:
        raise InputError(
            f"the ad is {len(text):,} characters long, over the {MAX_AD_BYTES:,} limit for one ad"
        )


def _prepare(run: Analysis) -> None:
    run.doc = prepare(run.text, run.lang, word_index())


def _word_index(run: Analysis) -> None:
    # Lazy in the Doc (its first `positions` call runs it); run here, it is a step of its own.
    run.doc.index()


def _phrase_lists(run: Analysis) -> None:
    phrases.scan(run.doc)  # kept in the doc's memo for the checks that read the lists


def _gender(run: Analysis) -> None:
    run.g = gender.check(run.doc)


def _exclusion(run: Analysis) -> None:
    run.excl = exclusion.check(run.doc)


def _requirements(run: Analysis) -> None:
    run.reqs = requirements.check(run.doc)


def _pay(run: Analysis) -> None:
    run.salary = pay.check(run.doc)
    run.salary.eu = conditions.in_eu(run.doc)


def _commitments(run: Analysis) -> None:
    run.comm = commitments.check(run.doc)


def _arrangement(run: Analysis) -> None:
    run.arrangement = conditions.arrangement(run.doc)


def _languages(run: Analysis) -> None:
    doc = run.doc
    langs = conditions.language_requirements(doc, run.reqs.nice_ranges())
    implied = conditions.implied_requirement(doc, langs)
    if implied:
        langs.append(implied)
    run.langs = langs


def _findings(run: Analysis) -> None:
    doc = run.doc
    run.built = (
        areas_words.gender(doc, run.g),
        areas_words.excluding(doc, run.excl),
        areas_terms.requirements(doc, run.reqs),
        areas_terms.pay(doc, run.salary),
        areas_commitments.commitments(doc, run.comm, run.arrangement, run.langs),
    )


def _report(run: Analysis) -> None:
    doc, g, reqs, comm, built = run.doc, run.g, run.reqs, run.comm, run.built
    run.report = AdReport(
        text=run.text,
        lang=doc.lang,
        words=doc.words,
        languages=doc.shares,
        areas=[b[1] for b in built],
        findings=[f for b in built for f in b[0]],
        warnings=_warnings(doc.lang, doc.shares, doc.words, forced=doc.forced),
        gender_verdict=g.verdict,
        masculine=g.masculine,
        feminine=g.feminine,
        pay=run.salary,
        work_arrangement=run.arrangement.kind,
        office_days=run.arrangement.office_days,
        office_days_max=run.arrangement.office_days_max,
        language_requirements=run.langs,
        seniority=reqs.seniority,
        years_required=reqs.years,
        must_haves=reqs.must_haves,
        tools=reqs.tools,
        diversity=comm.diversity,
        responsible_ai=bool(comm.responsible_ai),
        data_maturity=comm.maturity_level,
        benefits=[str(m.entry.get("label")) for m in comm.benefits],
    )


# The steps of an analysis, in order, by name: `analyze` runs them one after another, and
# benchmarks.text_stages times each of them inside whole analyses.
STEPS: tuple[tuple[str, Callable[[Analysis], None]], ...] = (
    ("normalize", _normalize),
    ("prepare", _prepare),
    ("word index", _word_index),
    ("phrase lists", _phrase_lists),
    ("gender", _gender),
    ("exclusion", _exclusion),
    ("requirements", _requirements),
    ("pay", _pay),
    ("commitments", _commitments),
    ("arrangement", _arrangement),
    ("languages", _languages),
    ("findings builders", _findings),
    ("report", _report),
)


def _warnings(main: str, shares: dict[str, float], words: int, *, forced: bool) -> list[str]:
    out: list[str] = []
    if words < MIN_WORDS:
        out.append(
            ngettext(
                "The text is very short ({n} word); paste the whole ad for a fair reading.",
                "The text is very short ({n} words); paste the whole ad for a fair reading.",
                words,
            )
        )
    mixed = [k for k, v in shares.items() if v >= 0.2]
    if len(mixed) > 1:
        parts = " and ".join(f"{NAMES.get(k, k)} ({shares[k]:.0%})" for k in mixed)
        out.append(
            f"This ad mixes {parts}: each paragraph was checked with the word lists of its own "
            "language."
        )
    if main not in SUPPORTED and not forced:
        seen = NAMES.get(main, main)
        what = "of unclear language" if main == "unknown" else f"in {seen}"
        out.append(
            f"This ad looks {what}. askback's word lists cover English and German, so gender-coded "
            "and most exclusionary wording were not checked; pay, work arrangement, languages, "
            "requirements and stack were. Use --lang en or --lang de to force a language."
        )
    return out
