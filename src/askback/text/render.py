"""Render an AdReport or an AnswerAnalysis as Markdown or JSON (the terminal view is in the CLI)."""

from __future__ import annotations

import json

from askback.i18n import ngettext
from askback.text.answers import AnswerAnalysis
from askback.text.lang import name as lang_name
from askback.text.normalize import normalize
from askback.text.report import AdReport, Area, Level

LEVEL_MARK = {Level.POSITIVE: "✓", Level.INFO: "·", Level.GAP: "?", Level.CONCERN: "!"}


def to_json(report: AdReport, source: str = "") -> str:
    data = report.to_dict()
    if source:
        data = {"source": source, **data}
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(report: AdReport, source: str = "") -> str:
    """One section per area: its summary, then each finding with where, why and what to ask."""
    lines = [f"# Job-ad report{': ' + source if source else ''}", ""]
    langs = ", ".join(f"{lang_name(k)} {v:.0%}" for k, v in report.languages.items()) or "unknown"
    words = ngettext("{n:,} word", "{n:,} words", report.words)
    lines += [f"{words} · language: {langs}", ""]
    for warning in report.warnings:
        lines += [f"> **Note:** {warning}", ""]
    lines += ["| Area | Status | Summary |", "|---|---|---|"]
    for a in report.areas:
        first = a.summary.split(". ")[0].rstrip(".")
        lines.append(f"| {a.title} | {a.status} | {_md_escape(first)} |")
    lines.append("")
    for a in report.areas:
        lines += [f"## {a.title}", "", f"**{a.status}.** {a.summary}", ""]
        for f in report.findings_in(Area(a.area)):
            lines.append(f"- {LEVEL_MARK[f.level]} **{f.title}**")
            if f.confidence == "low":
                lines.append(f"  - Confidence: low ({f.doubt})")
            where = report.context(f)
            if where:
                lines.append(f"  - Where: “{where}”")
            if len(f.spans) > 1:
                lines.append(
                    f"  - Found {len(f.spans)}×: " + ", ".join(f"“{s.text}”" for s in f.spans[:8])
                )
            lines.append(f"  - Why: {f.why}")
            if f.alternative:
                lines.append(f"  - Instead: {f.alternative}")
            if f.ask:
                ask = f"  - Ask: {f.ask}"
                if f.question_ids:
                    ask += f" (bank: {', '.join(f.question_ids)})"
                elif f.question_tags:
                    ask += f" (bank tags: {', '.join(f.question_tags)})"
                lines.append(ask)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def answer_markdown(a: AnswerAnalysis, notes: str) -> str:
    notes = normalize(notes)  # the spans point into the notes as analysed
    rating = "none" if a.suggested_rating is None else str(a.suggested_rating)
    lines = [
        f"**Suggested rating:** {rating} · **concreteness:** {a.concreteness:.2f} · "
        f"language: {lang_name(a.lang)}" + (" · **red flag**" if a.red_flag else ""),
        "",
        a.explanation,
        "",
    ]
    for s in a.spans:
        lines.append(f"- {s.label}: “{notes[s.start : s.end]}”")
    return "\n".join(lines).rstrip() + "\n"
