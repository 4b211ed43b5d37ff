"""`askback ad analyze|batch` and `askback answer analyze`: the text analyzers from the shell."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from askback.cli import settings
from askback.i18n import ngettext

if TYPE_CHECKING:
    from rich.console import Console

    from askback.text.answers import AnswerAnalysis
    from askback.text.report import AdReport

ad_app = typer.Typer(
    help="Analyze job ads: wording, requirements, pay, commitments; what to ask about the gaps."
    "\n\nExample: askback ad analyze ad.html --format markdown"
)


class Format(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="text (terminal), markdown or json.")
]
AdLangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Force the ad's language (en or de) instead of detecting it.",
        show_default=False,
    ),
]


def _bank(ctx: typer.Context):  # type: ignore[no-untyped-def]
    from askback.bank import load

    return load(settings(ctx).all_bank_paths())


@ad_app.command("analyze")
def analyze(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-|URL",
            help="A .txt/.md/.html file, - for standard input, or "
            "an http(s) URL (fetched only because you asked).",
        ),
    ],
    opportunity: Annotated[
        str | None,
        typer.Option(
            "--opportunity",
            "-O",
            help="Store the findings as job-ad signals on this "
            "opportunity (id or name); a re-run replaces them.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = Format.TEXT,
    lang: AdLangOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (the same as --format json).")
    ] = False,
) -> None:
    """Analyze one job ad and show one summary per area, each finding with what to ask.

    Example: askback ad analyze ad.html --opportunity acme --format markdown
    """
    from askback.app import text as text_app

    if as_json:
        if fmt not in (Format.TEXT, Format.JSON):
            raise typer.BadParameter(
                f"--json and --format {fmt.value} ask for two formats; give one",
                param_hint="--json",
            )
        fmt = Format.JSON

    stdin = sys.stdin.buffer.read() if source == "-" else None
    ad = text_app.read_ad(source, stdin=stdin)
    url = source if text_app.is_url(source) else None
    stored: list[int] = []
    if opportunity is not None:
        from askback.app import Workspace

        s = settings(ctx)
        with Workspace.open(s.database_url, bank_paths=s.all_bank_paths()) as ws:
            result = text_app.analyze_ad(ws, ad, opportunity=opportunity, lang=lang, url=url)
        report, stored = result.report, result.signal_ids
    else:
        report = text_app.analyze_ad_text(ad, lang=lang, bank=_bank(ctx))
    _render(report, fmt, ad.name)
    if opportunity is not None and fmt == Format.TEXT:
        from askback.cli.output import console

        stored_text = ngettext(
            "Stored {n} job-ad signal on {opp}.",
            "Stored {n} job-ad signals on {opp}.",
            len(stored),
            opp=opportunity,
        )
        console().print(f"[green]{stored_text}[/]")


def _render(report: AdReport, fmt: Format, name: str) -> None:
    from askback.text import render

    if fmt == Format.JSON:
        sys.stdout.write(render.to_json(report, name) + "\n")
    elif fmt == Format.MARKDOWN:
        sys.stdout.write(render.to_markdown(report, name))
    else:
        from askback.cli.output import console

        print_report(console(), report, name)


def print_report(out: Console, report: AdReport, name: str) -> None:
    """The terminal view: a summary table, then each area's findings."""
    from rich.text import Text

    from askback.cli.output import Col, FitTable
    from askback.text.render import LEVEL_MARK
    from askback.text.report import Area, Level

    colour = {
        Level.POSITIVE: "green",
        Level.INFO: "cyan",
        Level.GAP: "yellow",
        Level.CONCERN: "red",
    }
    words = ngettext("{n:,} word", "{n:,} words", report.words)
    out.print(f"[bold]{name}[/] · {words} · language: {report.lang}")
    for warning in report.warnings:
        out.print(f"[yellow]Note:[/] {warning}")
    table = FitTable([Col("area"), Col("status"), Col("summary")])
    for a in report.areas:
        first = a.summary.split(". ")[0].rstrip(".") + "."
        table.add_row(Text(a.title), Text(a.status), Text(first))
    out.print(table)
    for a in report.areas:
        findings = report.findings_in(Area(a.area))
        if not findings:
            continue
        out.print(f"\n[bold underline]{a.title}[/]")
        if a.area == Area.GENDER and a.status not in ("neutral", "not checked"):
            out.print(f"[dim]{a.summary}[/]")
        for f in findings:
            c = colour[f.level]
            out.print(f"[{c}]{LEVEL_MARK[f.level]} {f.title}[/]")
            if f.confidence == "low":
                out.print(f"   [dim]confidence: low ({f.doubt})[/]", soft_wrap=True)
            where = report.context(f)
            if where:
                out.print(f"   where: “{where}”", soft_wrap=True)
            out.print(f"   why: {f.why}", soft_wrap=True)
            if f.alternative:
                out.print(f"   instead: {f.alternative}")
            if f.ask:
                bank = f" [dim](bank: {', '.join(f.question_ids)})[/]" if f.question_ids else ""
                out.print(f"   ask: {f.ask}{bank}", soft_wrap=True)


@ad_app.command("batch")
def batch(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="FILE.csv|FILE.jsonl|DIR",
            help="Ads in a CSV or JSONL file, or a folder of ad files.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Where to write rows: a .csv or .jsonl file.")],
    text_column: Annotated[
        str, typer.Option("--text-column", help="Column (or JSON key) holding the ad text.")
    ] = "text",
    id_column: Annotated[
        str, typer.Option("--id-column", help="Column naming each ad (row number when absent).")
    ] = "id",
    workers: Annotated[int, typer.Option("--workers", min=1, max=64, help="Worker processes.")] = 1,
    lang: AdLangOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the file written (path and rows) as JSON.")
    ] = False,
) -> None:
    """Analyze many ads with a progress bar and write one row per ad (errors become rows too).

    Example: askback ad batch ads.csv --text-column description --out report.csv --workers 2
    """
    from rich.progress import Progress

    from askback.text import batch as batch_text

    items = list(batch_text.records(source, text_column=text_column, id_column=id_column))
    failed = 0
    with batch_text.Writer(out) as writer, Progress(transient=False) as progress:
        task = progress.add_task("analyzing ads", total=len(items))
        for row in batch_text.run(items, workers=workers, lang=lang):
            writer.write(row)
            failed += bool(row["error"])
            progress.advance(task)
    from askback.cli.output import console

    if as_json:
        from askback.cli.output import print_json

        print_json({"path": str(out), "rows": len(items), "errors": failed})
        return
    console().print(
        ngettext("Wrote {n} row to {out}", "Wrote {n} rows to {out}", len(items), out=out)
        + (f"; {failed} with an error" if failed else "")
        + "."
    )


def answer_analyze(
    text: Annotated[
        str,
        typer.Argument(metavar="TEXT|-", help="The notes on an answer, or - for standard input."),
    ],
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="en or de (detected when left out).", show_default=False),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    question: Annotated[
        str | None,
        typer.Option(
            "--question",
            help="Bank question id the answer is to: notes echoing its red flags are flagged.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Suggest a rating for an answer: concrete measures versus vague intent (you decide).

    Example: askback answer analyze --question dei-036 "You have to ask for it, really."
    """
    from askback.text.answers import analyze as analyze_answer

    notes = sys.stdin.read() if text == "-" else text
    flags: tuple[str, ...] = ()
    if question:
        from askback.app.names import did_you_mean
        from askback.bank import load
        from askback.errors import InputError
        from askback.text.redflags import question_flags

        bank = load()
        q = bank.by_id.get(question.strip())
        if q is None:
            raise InputError(
                f"{question!r} is not a bank question{did_you_mean(question, bank.by_id)}"
            )
        flags = question_flags(q)
    result = analyze_answer(notes, lang=lang, red_flags=flags)
    if json_out:
        from askback.cli.output import print_json

        print_json(result.to_dict())
        return
    from askback.cli.output import console

    print_answer(console(), result, notes)


def print_answer(out: Console, a: AnswerAnalysis, notes: str) -> None:
    from rich.text import Text

    from askback.text.answers import CONCRETE
    from askback.text.normalize import normalize

    rating = "–" if a.suggested_rating is None else str(a.suggested_rating)
    flag = "  [red]RED FLAG[/]" if a.red_flag else ""
    out.print(
        f"[bold]Suggested rating: {rating}[/]  concreteness {a.concreteness:.2f}  ({a.lang}){flag}"
    )
    marked = Text(normalize(notes))  # the spans point into the notes as analysed
    for s in a.spans:
        style = "green" if s.label in CONCRETE else "yellow"
        marked.stylize(f"underline {style}", s.start, s.end)
    out.print(marked)
    out.print(a.explanation)


def register(app: typer.Typer) -> None:
    app.add_typer(ad_app, name="ad")
    # `answer` is the tracker's command group; the analyzer joins it when it exists.
    for group in app.registered_groups:
        if group.name == "answer" and group.typer_instance is not None:
            group.typer_instance.command("analyze")(answer_analyze)
            return
    answer_app = typer.Typer(
        help="Answers: analyze the notes on what an interviewer said."
        '\n\nExample: askback answer analyze "We value diversity."'
    )
    answer_app.command("analyze")(answer_analyze)
    app.add_typer(answer_app, name="answer")
