"""Render questions to Markdown, printable HTML, JSON or CSV: one small class per format."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from askback.bank.schema import Dimension, Question
from askback.errors import InputError
from askback.i18n import NP_, ptranslate

if TYPE_CHECKING:
    from askback.bank.kits import Kit, KitStep

# The headings of an exported bank; the catalogs translate them under the context "heading".
_HEADINGS = {
    "why": NP_("heading", "Why ask"),
    "spoken": NP_("heading", "Say it"),
    "green": NP_("heading", "Green flags"),
    "red": NP_("heading", "Red flags"),
    "rubric": NP_("heading", "Rubric"),
    "follow": NP_("heading", "Follow-ups"),
    "who": NP_("heading", "Ask"),
    "when": NP_("heading", "When"),
    "notes": NP_("heading", "Notes"),
    "title": NP_("heading", "askback question bank"),
    "sensitive": NP_("heading", "sensitive"),
    "research": NP_("heading", "research first"),
    "mixed": NP_("heading", "Reading mixed signals"),
    "questions": NP_("heading", "The questions"),
    "kits": NP_("heading", "Starter kits"),
}


def headings(lang: str = "en") -> dict[str, str]:
    """The headings of an exported bank, by key, in lang."""
    return {key: ptranslate(lang, "heading", text) for key, text in _HEADINGS.items()}


def question_record(q: Question, lang: str = "en") -> dict[str, object]:
    """A question as plain data, every translated field in the chosen language."""
    q = q.localized(lang)
    # The short form to say aloud comes only with long questions.
    spoken = {"spoken": q.spoken} if q.spoken else {}
    return {
        "id": q.id,
        "text": q.text_in(lang),
        **spoken,
        "summary": q.summary_in(lang),
        "dimensions": [d.value for d in q.dimensions],
        "tags": list(q.tags),
        "audience": [a.value for a in q.audience],
        "stage": [s.value for s in q.stage],
        "why": q.why,
        "green_flags": list(q.green_flags),
        "red_flags": list(q.red_flags),
        "rubric": {"1": q.rubric.one, "3": q.rubric.three, "5": q.rubric.five},
        "follow_ups": list(q.follow_ups),
        "related": list(q.related),
        "facts": list(q.facts),
        "sensitive": q.sensitive,
        "research_first": q.research_first,
        "minutes": q.minutes,
    }


class Format:
    """One output format for a list of questions."""

    name: ClassVar[str]
    suffix: ClassVar[str]

    def render(self, questions: Sequence[Question], lang: str = "en") -> str:
        raise NotImplementedError

    def render_kit(self, kit: Kit, steps: Sequence[KitStep], lang: str = "en") -> str:
        """A starter kit; formats without a layout of their own list its questions."""
        return self.render([s.question for s in steps], lang)


class JsonFormat(Format):
    name = "json"
    suffix = ".json"

    def render(self, questions: Sequence[Question], lang: str = "en") -> str:
        data = [question_record(q, lang) for q in questions]
        return json.dumps({"lang": lang, "questions": data}, ensure_ascii=False, indent=2) + "\n"

    def render_kit(self, kit: Kit, steps: Sequence[KitStep], lang: str = "en") -> str:
        data = {
            "lang": lang,
            "kit": kit.id,
            "title": kit.title.get(lang),
            "intro": kit.intro.get(lang),
            "mixed_signals": kit.mixed_signals.get(lang),
            "questions": [
                {**question_record(s.question, lang), "whom": s.whom.value, "when": s.when.value}
                for s in steps
            ],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class CsvFormat(Format):
    name = "csv"
    suffix = ".csv"
    columns = (
        "id",
        "dimension",
        "text",
        "summary",
        "audience",
        "stage",
        "tags",
        "sensitive",
        "research_first",
        "why",
        "green_flags",
        "red_flags",
        "rubric_1",
        "rubric_3",
        "rubric_5",
        "follow_ups",
    )

    def render(self, questions: Sequence[Question], lang: str = "en") -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        for q in (q.localized(lang) for q in questions):
            writer.writerow(
                [
                    q.id,
                    q.dimension.value,
                    q.text_in(lang),
                    q.summary_in(lang),
                    ";".join(q.audience),
                    ";".join(q.stage),
                    ";".join(q.tags),
                    str(q.sensitive).lower(),
                    str(q.research_first).lower(),
                    q.why,
                    " | ".join(q.green_flags),
                    " | ".join(q.red_flags),
                    q.rubric.one,
                    q.rubric.three,
                    q.rubric.five,
                    " | ".join(q.follow_ups),
                ]
            )
        return out.getvalue()


class MarkdownFormat(Format):
    name = "markdown"
    suffix = ".md"

    def render(self, questions: Sequence[Question], lang: str = "en") -> str:
        h = headings(lang)
        lines = [f"# {h['title']}", ""]
        current: Dimension | None = None
        for q in (q.localized(lang) for q in questions):
            if q.dimension != current:
                current = q.dimension
                lines += [f"## {current.text(lang)}", ""]
            lines += _markdown_question(q, lang, h)
        return "\n".join(lines)

    def render_kit(self, kit: Kit, steps: Sequence[KitStep], lang: str = "en") -> str:
        h = headings(lang)
        lines = [f"# {kit.title.get(lang)}", "", kit.intro.get(lang), ""]
        for n, step in enumerate(steps, 1):
            q = step.question
            lines.append(
                f"{n}. **{q.id}** · {h['who']}: {step.whom} · {h['when']}: {step.when} · "
                f"{q.summary_in(lang)}"
            )
        lines += ["", f"## {h['mixed']}", ""]
        lines += [f"- {para}" for para in kit.mixed_signals.get(lang)]
        lines += ["", f"## {h['questions']}", ""]
        for step in steps:
            lines += _markdown_question(step.question, lang, h)
        return "\n".join(lines)


def _markdown_question(q: Question, lang: str, h: dict[str, str]) -> list[str]:
    flags = [h["sensitive"]] * q.sensitive + [h["research"]] * q.research_first
    lines = [
        f"### {q.id}: {q.text_in(lang)}",
        "",
        f"*{q.summary_in(lang)}*" + (f" ({', '.join(flags)})" if flags else ""),
        "",
        *([f"- **{h['spoken']}:** {q.spoken}"] if q.spoken else []),
        f"- **{h['who']}:** {', '.join(q.audience)}; **{h['when']}:** {', '.join(q.stage)}",
        f"- **{h['why']}:** {q.why}",
        f"- **{h['green']}:** " + "; ".join(q.green_flags),
        f"- **{h['red']}:** " + "; ".join(q.red_flags),
        f"- **{h['rubric']}:** 1: {q.rubric.one} / 3: {q.rubric.three} / 5: {q.rubric.five}",
    ]
    if q.follow_ups:
        lines.append(f"- **{h['follow']}:** " + " / ".join(q.follow_ups))
    lines.append("")
    return lines


class HtmlFormat(Format):
    """A standalone printable page: no scripts, no external assets, print CSS."""

    name = "html"
    suffix = ".html"

    def render(self, questions: Sequence[Question], lang: str = "en") -> str:
        from jinja2 import Environment, PackageLoader, select_autoescape

        env = Environment(
            loader=PackageLoader("askback.bank", "templates"),
            autoescape=select_autoescape(["html"]),
        )
        groups: dict[str, list[Question]] = {}
        for q in questions:
            groups.setdefault(q.dimension.text(lang), []).append(q.localized(lang))
        return env.get_template("bank.html").render(groups=groups, h=headings(lang), lang=lang)

    def render_kit(self, kit: Kit, steps: Sequence[KitStep], lang: str = "en") -> str:
        template = _environment().get_template("kit.html")
        return str(template.render(kit=kit, steps=steps, h=headings(lang), lang=lang))


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("askback.bank", "templates"),
        autoescape=select_autoescape(["html"]),
    )


FORMATS: dict[str, Format] = {
    f.name: f for f in (MarkdownFormat(), HtmlFormat(), JsonFormat(), CsvFormat())
}
ALIASES = {"md": "markdown", "htm": "html"}


def get_format(name: str) -> Format:
    key = ALIASES.get(name.lower().lstrip("."), name.lower().lstrip("."))
    if key not in FORMATS:
        raise InputError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}")
    return FORMATS[key]
