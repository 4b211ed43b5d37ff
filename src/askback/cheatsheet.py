"""The interview cheat sheet: a plan as one printable page with room for notes.

One small function per format (Markdown, HTML, JSON); `write` picks one by the file's suffix.
The JSON form is what `askback log --plan FILE` walks through, question by question.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from askback.errors import InputError

if TYPE_CHECKING:
    from askback.domain.plan_result import Plan, PlanItem

NOTE_LINES = 2
MARKER = "askback-plan"
FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}


def _with(plan: Plan) -> str:
    return ", ".join(a.label() for a in plan.addressees)


def _heading(plan: Plan) -> str:
    return (
        f"{plan.stage} interview with {_with(plan)} · {plan.minutes} min "
        f"({plan.used_minutes} planned)"
    )


def _marker(plan: Plan) -> str:
    """An invisible comment `askback log --plan` reads: the opportunity, stage and whom to ask."""
    data = {
        "opportunity_id": plan.opportunity_id,
        "stage": plan.stage.value,
        "ask": {i.question.id: i.to.person for i in plan.items if i.to.person},
    }
    # Hyphens escaped: "--" may not appear inside an HTML comment; JSON reads them back.
    body = json.dumps(data, ensure_ascii=True).replace("-", "\\u002d")
    return f"<!-- {MARKER} {body} -->"


def to_markdown(plan: Plan) -> str:
    """The cheat sheet in Markdown: numbered questions, what to listen for, blank note lines."""
    out = [f"# Interview plan: {plan.label}", "", _marker(plan), "", _heading(plan), ""]
    if not plan.items:
        out += ["Nothing left to ask here: see the suggestions below.", ""]
    for n, item in enumerate(plan.items, start=1):
        q = item.question
        follow = f" · *Follow-up:* {q.follow_ups[0]}" if q.follow_ups else ""
        out += [
            f"### {n}. {q.id} · ask {item.to.label()} · {item.minutes} min · {q.dimension}",
            "",
            f"**{q.spoken_in()}**  ",
            *([f"*Full question:* {q.text}  "] if q.spoken else []),
            f"*Why now:* {item.summary}  ",
            f"*Listen for:* {q.green_flags[0]} · *Warning sign:* {q.red_flags[0]}{follow}",
            "",
            *(["Notes: " + "_" * 64, ""] + ["_" * 71, ""] * (NOTE_LINES - 1)),
            "Rating: 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5 ☐ · red flag ☐",
            "",
        ]
    if plan.later:
        out += ["### Ask elsewhere", ""]
        for s in plan.later:
            out.append(f"- {s.question.summary} — ask {s.where()} ({s.reason}).")
        out.append("")
    return "\n".join(out)


_CSS = """
@page { size: A4; margin: 10mm; }
body { font: 8.5pt/1.25 system-ui, sans-serif; color: #111; margin: 0; }
h1 { font-size: 12pt; margin: 0 0 1pt; }
.meta { color: #444; margin: 0 0 5pt; }
ol { columns: 2; column-gap: 7mm; padding-left: 12pt; margin: 0; }
li { break-inside: avoid; margin: 0 0 5pt; }
.q { font-weight: 600; font-size: 9pt; }
.tag, .why, .listen, .rate { font-size: 7.5pt; margin: 1pt 0; }
.tag { color: #555; }
.full { font-size: 7pt; color: #444; margin: 1pt 0; }
.notes { border-bottom: 1px solid #999; height: 14pt; }
.rate { color: #333; }
.later { font-size: 7.5pt; border-top: 1px solid #ccc; margin-top: 4pt; padding-top: 3pt; }
.later ul { margin: 1pt 0; padding-left: 12pt; }
""".strip()


def _html_item(item: PlanItem) -> str:
    q = item.question
    listen = escape(q.green_flags[0])
    warn = escape(q.red_flags[0])
    notes = '<div class="notes"></div>' * NOTE_LINES
    # Say the short form aloud; the full question stays on the sheet, smaller, to read from.
    full = f'<div class="full">Full question: {escape(q.text)}</div>' if q.spoken else ""
    return (
        f'<li><div class="tag">{escape(q.id)} · {escape(q.dimension.value)} · ask '
        f"{escape(item.to.label())} · {item.minutes} min</div>"
        f'<div class="q">{escape(q.spoken_in())}</div>{full}'
        f'<div class="why"><b>Why now:</b> {escape(item.summary)}</div>'
        f'<div class="listen"><b>Listen for:</b> {listen} · <b>Warning sign:</b> {warn}'
        f"</div>{notes}"
        '<div class="rate">Rating: 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5 ☐ · red flag ☐</div></li>'
    )


def to_html(plan: Plan) -> str:
    """The cheat sheet as one self-contained HTML page, laid out to print on one A4 sheet."""
    items = "".join(_html_item(i) for i in plan.items) or "<li>Nothing left to ask here.</li>"
    later = ""
    if plan.later:
        rows = "".join(
            f"<li>{escape(s.question.summary)} — ask {escape(s.where())} "
            f"({escape(str(s.reason))})</li>"
            for s in plan.later
        )
        later = f'<div class="later"><b>Ask elsewhere</b><ul>{rows}</ul></div>'
    title = escape(f"Interview plan: {plan.label}")
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_CSS}</style>{_marker(plan)}</head><body>"
        f'<h1>{title}</h1><p class="meta">{escape(_heading(plan))}</p>'
        f"<ol>{items}</ol>{later}</body></html>\n"
    )


def to_json(plan: Plan) -> str:
    return json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render(plan: Plan, fmt: str) -> str:
    """The plan in one of: markdown, html, json."""
    renderers = {"markdown": to_markdown, "html": to_html, "json": to_json}
    if fmt not in renderers:
        raise InputError(f"unknown cheat-sheet format {fmt!r}; use markdown, html or json")
    return renderers[fmt](plan)


def write(plan: Plan, path: Path) -> Path:
    """Write the cheat sheet in the format its suffix names (.md, .html or .json)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"--out {path}: the file must end in .md, .html or .json")
    try:
        path.write_text(render(plan, fmt), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"--out {path}: cannot write the file ({exc.strerror})") from None
    return path
