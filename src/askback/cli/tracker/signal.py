"""`askback signal` and `askback custom-question`: outside evidence, and your own questions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from askback.cli import completion as complete
from askback.cli.output import Col, JsonOption, console, print_json, split_csv
from askback.cli.tracker.common import (
    ResultJson,
    YesOption,
    confirm,
    delete_confirmed,
    given,
    parse_day,
    print_table,
    rating_range,
    signal_json,
    stars,
    workspace,
)
from askback.i18n import ngettext

if TYPE_CHECKING:
    from askback.store.models import CustomQuestion

signal_app = typer.Typer(
    help=(
        "Signals: evidence from outside interviews (job ad, public report, review, chat).\n\n"
        "Example: askback signal list -O acme"
    )
)
question_app = typer.Typer(
    help=(
        "Your own questions, kept next to the bank's (ids my-...).\n\n"
        "Example: askback custom-question list"
    )
)

SignalArg = Annotated[int, typer.Argument(metavar="SIGNAL", help="The signal's id.")]
SourceOpt = Annotated[
    str | None,
    typer.Option(
        "--source",
        help="job-ad, public-report, employee-review, chat or other.",
        autocompletion=complete.signal_sources,
    ),
]
DimensionOpt = Annotated[
    str | None,
    typer.Option(
        "--dimension",
        "-d",
        help="Dimension id, e.g. responsible-ml.",
        autocompletion=complete.dimensions,
    ),
]
RatingOpt = Annotated[
    int | None, typer.Option("--rating", callback=rating_range, help="1 to 5.", metavar="1-5")
]
NoteOpt = Annotated[str | None, typer.Option("--notes", "--note", help="What you found.")]
UrlOpt = Annotated[str | None, typer.Option("--url", help="Where you found it.")]
SeenOpt = Annotated[
    str | None, typer.Option("--on", help="When you saw it, e.g. 2026-11-21 or yesterday.")
]
QuestionArg = Annotated[str, typer.Argument(metavar="ID", help="A custom question id (my-...).")]
SENSITIVE_HELP = "Delicate to ask: plans keep it from a recruiter or HR at the screen."


def _question_json(r: CustomQuestion) -> dict[str, Any]:
    from askback.export.records import CustomQuestionRecord

    record = CustomQuestionRecord.model_validate(
        {**{k: getattr(r, k) for k in CustomQuestionRecord.model_fields if k != "id"}, "id": r.qid}
    )
    return record.model_dump(mode="json")


def _flags(r: CustomQuestion) -> list[str]:
    return ["sensitive"] * r.sensitive + ["research first"] * r.research_first


def _missing(source: str | None, dimension: str | None) -> str:
    """What `signal add` still needs, each with the values to type; empty when complete."""
    from askback.bank.schema import Dimension
    from askback.store.values import SignalSource

    needs = []
    if dimension is None:
        dims = ", ".join(d.value for d in Dimension)
        needs.append(
            f"the dimension it is about: add -d/--dimension with one of {dims} "
            "(e.g. -d work-life-remote)"
        )
    if source is None:
        kinds = ", ".join(v.value for v in SignalSource)
        needs.append(f"where it comes from: add --source with one of {kinds}")
    return "a signal needs " + "; and ".join(needs) if needs else ""


@signal_app.command("add")
def add(
    ctx: typer.Context,
    opportunity: Annotated[
        str,
        typer.Argument(
            metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
        ),
    ],
    source: SourceOpt = None,
    dimension: DimensionOpt = None,
    rating: RatingOpt = None,
    red_flag: Annotated[bool, typer.Option("--red-flag", help="Mark as a red flag.")] = False,
    note: NoteOpt = None,
    url: UrlOpt = None,
    on: SeenOpt = None,
    as_json: JsonOption = False,
) -> None:
    """Record a signal about an opportunity.

    Example: askback signal add acme --source chat -d work-life-remote --rating 2 --notes "on-call"
    """
    from askback.app import signals

    if source is None or dimension is None:
        from askback.errors import InputError

        raise InputError(_missing(source, dimension))
    with workspace(ctx) as ws:
        row = signals.add(
            ws,
            opportunity=opportunity,
            source=source,
            dimension=dimension,
            rating=rating,
            red_flag=red_flag,
            note=note or "",
            url=url,
            observed_on=parse_day(on, "--on"),
        )
    if as_json:
        print_json(signal_json(row))
    else:
        console().print(f"Added signal [bold]{row.id}[/].")


@signal_app.command("list")
def list_(
    ctx: typer.Context,
    opportunity: Annotated[
        str | None, typer.Option("--opportunity", "-O", autocompletion=complete.opportunities)
    ] = None,
    dimension: DimensionOpt = None,
    as_json: JsonOption = False,
) -> None:
    """List signals.

    Example: askback signal list -O acme
    """
    from askback.app import signals

    with workspace(ctx) as ws:
        rows = signals.list_signals(ws, opportunity=opportunity, dimension=dimension)
    if as_json:
        print_json([signal_json(s) for s in rows])
        return
    print_table(
        rows,
        ("id", "opportunity", Col("source", drop=1), "dimension", "rating", "flag", "note"),
        lambda s: (
            str(s.id),
            s.opportunity.company,
            s.source,
            s.dimension,
            stars(s.rating),
            "RED" if s.red_flag else "",
            s.note,
        ),
        empty="No signals.",
    )


@signal_app.command("show")
def show(ctx: typer.Context, signal: SignalArg, as_json: JsonOption = False) -> None:
    """Show one signal.

    Example: askback signal show 3
    """
    from askback.app import signals

    with workspace(ctx) as ws:
        s = signals.show(ws, signal)
    if as_json:
        print_json(signal_json(s))
        return
    out = console()
    out.print(f"[bold]Signal {s.id}[/] · {s.opportunity.label} · {s.source} · {s.dimension}")
    out.print(f"  rating: {stars(s.rating)}   red flag: {'yes' if s.red_flag else 'no'}")
    for label, value in (("note", s.note), ("url", s.url), ("seen", s.observed_on)):
        if value:
            out.print(f"  {label}: {value}")


@signal_app.command("edit")
def edit(
    ctx: typer.Context,
    signal: SignalArg,
    source: SourceOpt = None,
    dimension: DimensionOpt = None,
    rating: RatingOpt = None,
    red_flag: Annotated[bool | None, typer.Option("--red-flag/--no-red-flag")] = None,
    note: NoteOpt = None,
    url: UrlOpt = None,
    on: SeenOpt = None,
    as_json: ResultJson = False,
) -> None:
    """Change a signal.

    Example: askback signal edit 3 --rating 3 --no-red-flag
    """
    from askback.app import signals

    changes = given(source=source, dimension=dimension, rating=rating, red_flag=red_flag)
    changes |= given(note=note, url=url, observed_on=parse_day(on, "--on"))
    with workspace(ctx) as ws:
        row = signals.edit(ws, signal, **changes)
        if as_json:
            print_json(signal_json(row))
            return
    console().print(f"Updated signal {row.id}.")


@signal_app.command("delete")
def delete(
    ctx: typer.Context, signal: SignalArg, yes: YesOption = False, as_json: ResultJson = False
) -> None:
    """Delete a signal.

    Example: askback signal delete 3 --yes
    """
    from askback.app import signals

    delete_confirmed(
        ctx,
        yes,
        lambda ws: signals.show(ws, signal),
        signals.delete,
        label=lambda row: f"signal {row.id}",
        detail=lambda row: f" ({row.source} on {row.dimension})",
        as_json=as_json,
    )


@question_app.command("add")
def question_add(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help="The question, as you would ask it.")],
    dimension: Annotated[
        list[str] | None,
        typer.Option(
            "--dimension",
            "-d",
            help="Dimensions; the first is the main one.",
            autocompletion=complete.dimensions,
        ),
    ] = None,
    qid: Annotated[
        str | None, typer.Option("--id", help="Its id (my-...); made from the text if left out.")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tags (repeatable).")] = None,
    audience: Annotated[list[str] | None, typer.Option("--audience", help="Who to ask.")] = None,
    stage: Annotated[list[str] | None, typer.Option("--stage", help="When to ask.")] = None,
    why: Annotated[str | None, typer.Option("--why", help="Why it matters to you.")] = None,
    sensitive: Annotated[bool, typer.Option("--sensitive", help=SENSITIVE_HELP)] = False,
    research_first: Annotated[
        bool, typer.Option("--research-first", help="Read up on it before you ask.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Add a question of your own; it appears next to the bank's in plans and logs.

    Example: askback custom-question add "Who left last year?" -d management-culture --sensitive
    """
    from askback.app import questions

    if not dimension:
        raise typer.BadParameter("give at least one --dimension", param_hint="--dimension")
    with workspace(ctx) as ws:
        row = questions.add(
            ws,
            text=text,
            dimensions=split_csv(dimension),
            qid=qid,
            tags=split_csv(tag),
            audience=split_csv(audience),
            stage=split_csv(stage),
            why=why,
            sensitive=sensitive,
            research_first=research_first,
        )
    if as_json:
        print_json(_question_json(row))
    else:
        console().print(f"Added question [bold]{row.qid}[/].")


@question_app.command("list")
def question_list(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List your own questions.

    Example: askback custom-question list --json
    """
    from askback.app import questions

    with workspace(ctx) as ws:
        rows = questions.list_questions(ws)
    if as_json:
        print_json([_question_json(r) for r in rows])
        return
    if not rows:
        console().print("No custom questions yet.")
    for r in rows:
        flags = "".join(f" [yellow]{f}[/]" for f in _flags(r))
        console().print(f"[bold]{r.qid}[/] ({', '.join(r.dimensions)}){flags} {r.text}")


@question_app.command("show")
def question_show(ctx: typer.Context, qid: QuestionArg, as_json: JsonOption = False) -> None:
    """Show one of your questions.

    Example: askback custom-question show my-team-turnover
    """
    from askback.app import questions

    with workspace(ctx) as ws:
        r = questions.get(ws, qid)
    data = _question_json(r)
    if as_json:
        print_json(data)
        return
    hidden = ("sensitive", "research_first", "created_at")
    data = {k: v for k, v in data.items() if k not in hidden}
    data["flags"] = _flags(r)
    for key, value in data.items():
        if value:
            console().print(
                f"[dim]{key}:[/] {', '.join(value) if isinstance(value, list) else value}"
            )


@question_app.command("edit")
def question_edit(
    ctx: typer.Context,
    qid: QuestionArg,
    text: Annotated[str | None, typer.Option("--text", help="New wording.")] = None,
    dimension: Annotated[
        list[str] | None,
        typer.Option(
            "--dimension",
            "-d",
            help="Dimensions, the first the main one (replaces them).",
            autocompletion=complete.dimensions,
        ),
    ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Replaces the tags.")] = None,
    audience: Annotated[
        list[str] | None, typer.Option("--audience", help="Who to ask (replaces the list).")
    ] = None,
    stage: Annotated[
        list[str] | None, typer.Option("--stage", help="When to ask (replaces the list).")
    ] = None,
    why: Annotated[str | None, typer.Option("--why", help="Why it matters to you.")] = None,
    sensitive: Annotated[
        bool | None,
        typer.Option(
            "--sensitive/--no-sensitive",
            " /--not-sensitive",
            help=SENSITIVE_HELP,
            show_default=False,
        ),
    ] = None,
    research_first: Annotated[
        bool | None,
        typer.Option(
            "--research-first/--no-research-first",
            help="Read up on it before you ask.",
            show_default=False,
        ),
    ] = None,
    as_json: ResultJson = False,
) -> None:
    """Change one of your questions (its id stays).

    Example: askback custom-question edit my-team-turnover --sensitive --stage team,final
    """
    from askback.app import questions

    changes = given(text=text, why=why, sensitive=sensitive, research_first=research_first)
    if dimension:
        changes["dimensions"] = split_csv(dimension)
    for name, values in (("tags", tag), ("audience", audience), ("stage", stage)):
        if values is not None:
            changes[name] = split_csv(values)
    with workspace(ctx) as ws:
        row = questions.edit(ws, qid, **changes)
        if as_json:
            print_json(_question_json(row))
            return
    console().print(f"Updated {row.qid}.")


@question_app.command("delete")
def question_delete(
    ctx: typer.Context,
    qid: QuestionArg,
    force: Annotated[
        bool, typer.Option("--force", help="Also when answers refer to it (they keep its text).")
    ] = False,
    yes: YesOption = False,
    as_json: ResultJson = False,
) -> None:
    """Delete one of your questions.

    Example: askback custom-question delete my-team-turnover --yes
    """
    from askback.app import questions

    with workspace(ctx) as ws:
        row = questions.get(ws, qid)
        confirm(f"Delete {row.qid}?", yes)
        kept = questions.delete(ws, qid, force=force)
    if as_json:
        print_json({"deleted": "question", "id": qid, "answers_keeping_text": kept})
        return
    extra = (
        "; " + ngettext("{n} answer keeps its text", "{n} answers keep its text", kept)
        if kept
        else ""
    )
    console().print(f"Deleted {qid}{extra}.")
