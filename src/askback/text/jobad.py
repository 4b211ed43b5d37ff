"""The job-ad analyzer: every check on one ad, gathered into an AdReport.

`analyze(text)` is pure and fast (no I/O, regexes compiled once on first use), so it can run on
thousands of ads. Reading files, URLs and HTML lives in `askback.text.source`.
"""

from __future__ import annotations

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
    requirements,
)
from askback.text.doc import prepare
from askback.text.lang import NAMES, SUPPORTED
from askback.text.normalize import normalize
from askback.text.report import AdReport
from askback.text.source import MAX_AD_BYTES, MIN_WORDS
from askback.text.wordindex import word_index

LANG_CHOICES = ("en", "de")


def analyze(text: str, lang: str | None = None) -> AdReport:
    """Analyze one job ad (plain text or Markdown; use askback.text.source for HTML and files)."""
    if lang is not None and lang not in LANG_CHOICES:
        raise InputError(
            f"--lang must be one of {', '.join(LANG_CHOICES)} (or left out to detect it)"
        )
    text = normalize(text)
    if not text or not text.strip():
        raise InputError("there is no text to analyze: the ad is empty")
    if len(text) > MAX_AD_BYTES:
        raise InputError(
            f"the ad is {len(text):,} characters long, over the {MAX_AD_BYTES:,} limit for one ad"
        )
    doc = prepare(text, lang, word_index())
    warnings = _warnings(doc.lang, doc.shares, doc.words, forced=doc.forced)
    g = gender.check(doc)
    excl = exclusion.check(doc)
    reqs = requirements.check(doc)
    salary = pay.check(doc)
    salary.eu = conditions.in_eu(doc)
    comm = commitments.check(doc)
    arrangement = conditions.arrangement(doc)
    langs = conditions.language_requirements(doc, reqs.nice_ranges())
    implied = conditions.implied_requirement(doc, langs)
    if implied:
        langs.append(implied)

    findings, areas = [], []
    for built in (
        areas_words.gender(doc, g),
        areas_words.excluding(doc, excl),
        areas_terms.requirements(doc, reqs),
        areas_terms.pay(doc, salary),
        areas_commitments.commitments(doc, comm, arrangement, langs),
    ):
        findings.extend(built[0])
        areas.append(built[1])
    return AdReport(
        text=text,
        lang=doc.lang,
        words=doc.words,
        languages=doc.shares,
        areas=areas,
        findings=findings,
        warnings=warnings,
        gender_verdict=g.verdict,
        masculine=g.masculine,
        feminine=g.feminine,
        pay=salary,
        work_arrangement=arrangement.kind,
        office_days=arrangement.office_days,
        language_requirements=langs,
        seniority=reqs.seniority,
        years_required=reqs.years,
        must_haves=reqs.must_haves,
        tools=reqs.tools,
        diversity=comm.diversity,
        responsible_ai=bool(comm.responsible_ai),
        data_maturity=comm.maturity_level,
        benefits=[str(m.entry.get("label")) for m in comm.benefits],
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
