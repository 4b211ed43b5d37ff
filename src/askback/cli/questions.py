"""`askback questions`: list, filter, search, show and export the question bank."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from askback.cli import completion as complete
from askback.cli.output import JsonOption, LangOption, check_lang, console, print_json, split_csv
from askback.i18n import ngettext, ntranslate, ptranslate

if TYPE_CHECKING:
    from rich.console import Console

    from askback.bank import Bank, Question, QuestionFilter
    from askback.bank.rows import Row
    from askback.config import Settings

E = TypeVar("E", bound=Enum)

questions_app = typer.Typer(
    no_args_is_help=False,
    invoke_without_command=True,
)

DimensionOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--dimension",
        "-d",
        metavar="DIMENSION",
        autocompletion=complete.dimensions,
        help="Dimension id, e.g. responsible-ml (repeatable).",
    ),
]
AudienceOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--audience",
        "-a",
        metavar="AUDIENCE",
        autocompletion=complete.audiences,
        help="Who you will talk to: recruiter, hr, hiring-manager, peer, leadership (repeatable).",
    ),
]
StageOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--stage",
        "-s",
        metavar="STAGE",
        autocompletion=complete.stages,
        help="screen, team, final, post-offer, backchannel (repeatable).",
    ),
]
TagOpt = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", metavar="TAG", help="Only questions with all these tags."),
]
SensitiveOpt = Annotated[
    bool | None,
    typer.Option(
        "--sensitive/--no-sensitive",
        " /--not-sensitive",
        help="Only (or no) sensitive questions.",
        show_default=False,
    ),
]
ResearchOpt = Annotated[
    bool | None,
    typer.Option(
        "--research-first/--no-research-first",
        " /--not-research-first",
        help="Only (or no) questions to research in public sources first.",
        show_default=False,
    ),
]


def load_bank(settings: Settings) -> Bank:
    """The shipped bank, --bank files, the user bank directory, and your custom questions.

    Custom questions live in the database; a database that does not exist yet is not created
    just to browse the bank.
    """
    from askback.bank import load

    if _bank_alone(settings):
        return load(settings.all_bank_paths())
    from askback.app import Workspace
    from askback.app.question_bank import load_bank as with_custom_questions

    ws = Workspace.open(settings.database_url, bank_paths=settings.all_bank_paths())
    try:
        return with_custom_questions(ws)
    finally:
        ws.close()


def _bank_alone(settings: Settings) -> bool:
    """Whether the bank files alone make the bank: no database yet, or one without custom
    questions (SQLite, read without the ORM)."""
    url = settings.database_url
    if not url.startswith("sqlite:///"):
        return False
    from askback.store.revision import sqlite_has_no_custom_questions

    path = Path(url.removeprefix("sqlite:///"))
    return not path.exists() or sqlite_has_no_custom_questions(path)


def _enum_values(kind: type[E], values: list[str] | None, option: str) -> tuple[E, ...]:
    from askback.errors import InputError

    out: list[E] = []
    for v in split_csv(values):
        try:
            out.append(kind(v))
        except ValueError:
            from askback.app.names import did_you_mean

            choices = [str(m.value) for m in kind]
            near = did_you_mean(v, choices) or f"; choose from: {', '.join(choices)}"
            raise InputError(f"{option} {v!r} is not valid{near}") from None
    return tuple(out)


def build_filter(
    dimension: list[str] | None,
    audience: list[str] | None,
    stage: list[str] | None,
    tag: list[str] | None,
    sensitive: bool | None,
    research_first: bool | None,
) -> QuestionFilter:
    from askback.bank import Audience, Dimension, QuestionFilter, Stage

    return QuestionFilter(
        dimensions=_enum_values(Dimension, dimension, "--dimension"),
        audiences=_enum_values(Audience, audience, "--audience"),
        stages=_enum_values(Stage, stage, "--stage"),
        tags=tuple(split_csv(tag)),
        sensitive=sensitive,
        research_first=research_first,
    )


# Without a filter the bank runs to hundreds of questions: show this many unless --all.
PAGE = 20


def _table(
    questions: Sequence[Question | Row],
    lang: str,
    scores: list[float] | None = None,
    limit: int = 0,
) -> None:
    from rich.markup import escape

    from askback.cli.output import Col, FitTable

    table = FitTable(
        [
            Col("id", wrap=False),
            Col(ptranslate(lang, "column", "question")),
            Col(ptranslate(lang, "column", "ask"), drop=1),
            Col(ptranslate(lang, "column", "when"), drop=2),
            Col(ptranslate(lang, "column", "flags"), wrap=False),
        ]
    )
    shown = questions[:limit] if limit else questions
    for q in shown:
        flags = ("S" if q.sensitive else "") + ("R" if q.research_first else "")
        table.add_row(
            q.id, escape(q.text_in(lang)), ", ".join(q.audience), ", ".join(q.stage), flags
        )
    out = console()
    out.print(table)
    if len(shown) < len(questions):
        _more(out, questions, len(shown))
    else:
        count = ntranslate(
            lang,
            "{n} question · flags: S sensitive, R research first",
            "{n} questions · flags: S sensitive, R research first",
            len(questions),
        )
        out.print(f"[dim]{count}[/]")


def _more(out: Console, questions: Sequence[Question | Row], shown: int) -> None:
    """What was left out, how the list divides, and how to narrow it (or see it all)."""
    from collections import Counter

    counts = Counter(str(q.dimension) for q in questions)
    out.print(
        f"[bold]Showing {shown} of {len(questions)} questions.[/] "
        "Narrow with --dimension, --audience, --stage or --tag, look for words with "
        "`askback questions search WORDS`, or print every one with --all."
    )
    out.print(
        "[dim]By dimension: " + ", ".join(f"{d} {n}" for d, n in sorted(counts.items())) + "[/]"
    )
    out.print("[dim]flags: S sensitive, R research first[/]")


@questions_app.callback()
def list_questions(
    ctx: typer.Context,
    dimension: DimensionOpt = None,
    audience: AudienceOpt = None,
    stage: StageOpt = None,
    tag: TagOpt = None,
    sensitive: SensitiveOpt = None,
    research_first: ResearchOpt = None,
    show_all: Annotated[
        bool,
        typer.Option("--all", help=f"Print every question (without a filter: the first {PAGE})."),
    ] = False,
    as_json: JsonOption = False,
    lang: LangOption = "en",
) -> None:
    """Browse the question bank: list and filter it here; search, show or export below.

    Filters combine: dimension, audience, stage, tag, sensitive and research-first. Without
    a filter the first 20 questions are shown, with the count per dimension; --all shows all.

    Example: askback questions --dimension responsible-ml --audience peer --lang de
    """
    if ctx.invoked_subcommand is not None:
        return
    from askback.bank.export import question_record
    from askback.cli import settings

    check_lang(lang)
    criteria = build_filter(dimension, audience, stage, tag, sensitive, research_first)
    found = load_bank(settings(ctx)).filter(criteria)
    if as_json:
        print_json([question_record(q, lang) for q in found])
    else:
        from askback.bank import QuestionFilter

        unfiltered = criteria == QuestionFilter()
        _table(found, lang, limit=PAGE if unfiltered and not show_all else 0)


@questions_app.command("search")
def search(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help="Words to look for, English or German; typos are fine.")
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", metavar="N", min=1, help="Most results.")
    ] = 15,
    as_json: JsonOption = False,
    lang: LangOption = "en",
) -> None:
    """Search the bank, best match first.

    Example: askback questions search "gender diversity"
    """
    from askback.cli import settings

    check_lang(lang)
    found = settings(ctx)
    if not as_json and _bank_alone(found):
        from askback.bank.rows import snapshot

        # The table needs neither the schema nor pydantic: the cached snapshot ranks and shows.
        snap = snapshot(found.all_bank_paths())
        if snap is not None:
            rows = [row for row, _ in snap.search(query, limit=limit)]
            if not rows:
                console().print(f"No question matches {query!r}.")
                return
            _table(rows, lang)
            return
    hits = load_bank(found).search(query, limit=limit)
    if as_json:
        from askback.bank.export import question_record

        print_json(
            [
                {
                    **question_record(h.question, lang),
                    # bank, custom, or community (pulled from a hub)
                    "origin": h.question.source,
                    "score": round(h.score, 3),
                }
                for h in hits
            ]
        )
        return
    if not hits:
        console().print(f"No question matches {query!r}.")
        return
    _table([h.question for h in hits], lang)


@questions_app.command("show")
def show(
    ctx: typer.Context,
    question_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Question id, e.g. dei-012.", autocompletion=complete.question_ids
        ),
    ],
    as_json: JsonOption = False,
    lang: LangOption = "en",
) -> None:
    """Print a question with all its guidance: why, whom, when, flags, rubric, follow-ups.

    Example: askback questions show rml-001 --lang de
    """
    from askback.bank.export import headings, question_record
    from askback.cli import settings

    check_lang(lang)
    q = load_bank(settings(ctx)).get(question_id).localized(lang)
    if as_json:
        print_json(question_record(q, lang))
        return
    h = headings(lang)
    out = console()
    out.print(f"[bold]{q.id}[/]  {q.text_in(lang)}")
    if q.spoken:
        out.print(f"[bold]{h['spoken']}:[/] {q.spoken}")
    out.print(f"[italic]{q.summary_in(lang)}[/]")
    flags = [h["sensitive"]] * q.sensitive + [h["research"]] * q.research_first
    out.print(
        f"dimensions: {', '.join(q.dimensions)} · tags: {', '.join(q.tags)}"
        + (f" · [yellow]{', '.join(flags)}[/]" if flags else "")
    )
    out.print(
        f"[bold]{h['who']}:[/] {', '.join(q.audience)}   [bold]{h['when']}:[/] "
        f"{', '.join(q.stage)}   ~{q.minutes} min"
    )
    out.print(f"\n[bold]{h['why']}[/]\n  {q.why}")
    out.print(f"\n[bold green]{h['green']}[/]")
    for g in q.green_flags:
        out.print(f"  + {g}")
    out.print(f"\n[bold red]{h['red']}[/]")
    for r in q.red_flags:
        out.print(f"  - {r}")
    out.print(f"\n[bold]{h['rubric']}[/]")
    for level, text in (("1", q.rubric.one), ("3", q.rubric.three), ("5", q.rubric.five)):
        out.print(f"  {level}: {text}")
    if q.follow_ups:
        out.print(f"\n[bold]{h['follow']}[/]")
        for f in q.follow_ups:
            out.print(f"  > {f}")
    if q.related:
        out.print(f"\nrelated: {', '.join(q.related)}")
    if q.facts:
        from askback.bank.facts import load_facts

        facts = load_facts()
        out.print("\n[bold]Facts[/]")
        for fid in q.facts:
            fact = facts[fid]
            out.print(f"  {fact.claim} ({fact.jurisdiction}, as of {fact.as_of}; {fact.source})")


@questions_app.command("export")
def export(
    ctx: typer.Context,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File to write; the format follows its suffix. Default: standard output.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="markdown, html, json or csv (default: from --out, else markdown).",
        ),
    ] = None,
    dimension: DimensionOpt = None,
    audience: AudienceOpt = None,
    stage: StageOpt = None,
    tag: TagOpt = None,
    sensitive: SensitiveOpt = None,
    research_first: ResearchOpt = None,
    lang: LangOption = "en",
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print the file written (path, format, questions) as JSON."),
    ] = False,
) -> None:
    """Write the whole bank, or a filtered set, as Markdown, printable HTML, JSON or CSV.

    Example: askback questions export -d diversity-inclusion --out dei.html
    """
    from askback.bank.export import get_format
    from askback.cli import settings

    check_lang(lang)
    if as_json and out is None:
        raise typer.BadParameter(
            "it prints the file written, so it needs --out FILE "
            "(for the questions themselves as JSON, use --format json)",
            param_hint="--json",
        )
    name = fmt or (out.suffix if out is not None and out.suffix else "markdown")
    renderer = get_format(name)
    criteria = build_filter(dimension, audience, stage, tag, sensitive, research_first)
    chosen = load_bank(settings(ctx)).filter(criteria)
    text = renderer.render(chosen, lang)
    if out is None:
        typer.echo(text, nl=False)
        return
    from askback.errors import InputError

    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}") from None
    if as_json:
        print_json({"path": str(out), "format": renderer.name, "questions": len(chosen)})
        return
    console().print(f"wrote {out} ({renderer.name})")


@questions_app.command("lint")
def lint(
    ctx: typer.Context,
    as_json: JsonOption = False,
) -> None:
    """Check questions for risky wording: a person named together with health, traits or discipline.

    Lints the shipped bank, --bank files and your custom questions; exits 1 on a finding.
    Example: askback --bank my-questions.yaml questions lint
    """
    from askback.bank.risk import lint_questions
    from askback.cli import settings

    findings = lint_questions(load_bank(settings(ctx)).questions)
    if as_json:
        print_json(
            [
                {
                    "question": f.question_id,
                    "field": f.field,
                    "category": f.category,
                    "person": f.person,
                    "term": f.term,
                    "sentence": f.sentence,
                }
                for f in findings
            ]
        )
    else:
        out = console()
        for f in findings:
            out.print(
                f"[bold]{f.question_id}[/] {f.field}: {f.category} ({f.person!r} + {f.term!r})"
            )
            out.print(f"  {f.sentence}")
        out.print(
            "No risky wording found."
            if not findings
            else ngettext(
                "{n} risky sentence: ask about counts and processes instead.",
                "{n} risky sentences: ask about counts and processes instead.",
                len(findings),
            )
        )
    if findings:
        raise typer.Exit(1)


@questions_app.command("kit")
def kit(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(metavar="[NAME]", help="Kit id, e.g. gender-diversity; omit to list kits."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write a printable sheet; the format follows the suffix (.html, .md, .json).",
        ),
    ] = None,
    as_json: JsonOption = False,
    lang: LangOption = "en",
) -> None:
    """Show a starter kit: curated questions in order, whom to ask, when, and mixed signals.

    Example: askback questions kit gender-diversity --out kit.html
    """
    from askback.bank.export import get_format, headings
    from askback.bank.kits import get_kit, load_kits, steps
    from askback.cli import settings

    check_lang(lang)
    bank = load_bank(settings(ctx))
    kits = load_kits(bank)
    if name is None:
        if as_json:
            print_json([{"id": k.id, "title": k.title.get(lang)} for k in kits])
            return
        for k in kits:
            console().print(f"[bold]{k.id}[/]  {k.title.get(lang)} ({len(k.questions)})")
        return
    chosen = get_kit(kits, name)
    ordered = steps(chosen, bank)
    if out is not None or as_json:
        renderer = get_format(out.suffix if out is not None and out.suffix else "json")
        text = renderer.render_kit(chosen, ordered, lang)
        if out is None:
            typer.echo(text, nl=False)
            return
        from askback.errors import InputError

        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {out}: {exc.strerror}") from None
        console().print(f"wrote {out} ({renderer.name})")
        return
    h = headings(lang)
    show = console()
    show.print(f"[bold]{chosen.title.get(lang)}[/]\n{chosen.intro.get(lang)}\n")
    for n, step in enumerate(ordered, 1):
        q = step.question
        show.print(f"{n:>2}. [bold]{q.id}[/]  {q.text_in(lang)}")
        show.print(f"    {h['who']}: {step.whom} · {h['when']}: {step.when}")
    show.print(f"\n[bold]{h['mixed']}[/]")
    for para in chosen.mixed_signals.get(lang):
        show.print(f"  • {para}")


def register(app: typer.Typer) -> None:
    app.add_typer(questions_app, name="questions")
