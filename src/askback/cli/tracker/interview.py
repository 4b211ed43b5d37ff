"""`askback interview` and `askback answer`: conversations, and what was said in them."""

from __future__ import annotations

from typing import Annotated

import typer

from askback.cli import completion as complete
from askback.cli.output import Col, JsonOption, console, print_json
from askback.cli.tracker.common import (
    NotesOption,
    ResultJson,
    TzOption,
    YesOption,
    answer_json,
    delete_confirmed,
    given,
    interview_json,
    local_time,
    parse_when,
    print_table,
    rating_range,
    stars,
    start_interview_at,
    workspace,
)
from askback.i18n import ngettext

interview_app = typer.Typer(
    help=(
        "Interviews: stage, time and time zone, and who took part.\n\n"
        "Example: askback interview list --upcoming"
    )
)
answer_app = typer.Typer(
    help=(
        "Answers: what a contact said to a question, your rating, red flags.\n\n"
        "Example: askback answer list -O acme --red-flags"
    )
)

InterviewArg = Annotated[int, typer.Argument(metavar="INTERVIEW", help="The interview's id.")]
AnswerArg = Annotated[int, typer.Argument(metavar="ANSWER", help="The answer's id.")]
StageOpt = Annotated[
    str | None,
    typer.Option(
        "--stage",
        help="screen, team, final, post-offer or backchannel.",
        autocompletion=complete.stages,
    ),
]
AtOpt = Annotated[
    str | None,
    typer.Option(
        "--at",
        help="Date and time, e.g. '2026-11-21 15:00', '21.11.2026 15:00', 'tomorrow 10:00' "
        "(in --tz), or 'now'.",
    ),
]
DurationOpt = Annotated[int | None, typer.Option("--duration", min=1, help="Length in minutes.")]
WithOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--with",
        help="Who took part, by id or name: repeat it or separate names by commas "
        "(quote a name with a comma: '\"Smith, Jr.\"'). A new name is added as a contact; "
        "one close to an existing contact's is asked about at a terminal, else refused "
        "unless --yes.",
    ),
]
NewContactsYes = Annotated[
    bool,
    typer.Option("--yes", "-y", help="Add --with names that are new as contacts without asking."),
]
LocationOpt = Annotated[str | None, typer.Option("--location", help="Meeting link or address.")]
RatingOpt = Annotated[
    int | None,
    typer.Option(
        "--rating", callback=rating_range, help="Your rating, 1 (red flag) to 5.", metavar="1-5"
    ),
]
ContactOpt = Annotated[
    str | None,
    typer.Option("--contact", help="Who answered (id or name).", autocompletion=complete.contacts),
]
DimensionOpt = Annotated[
    str | None,
    typer.Option(
        "--dimension",
        help="For free-text questions: the dimension it speaks to.",
        autocompletion=complete.dimensions,
    ),
]


@interview_app.command("add")
def add(
    ctx: typer.Context,
    opportunity: Annotated[
        str,
        typer.Argument(
            metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
        ),
    ],
    stage: StageOpt = None,
    at: AtOpt = None,
    tz: TzOption = None,
    duration: DurationOpt = None,
    with_: WithOpt = None,
    location: LocationOpt = None,
    notes: NotesOption = None,
    yes: NewContactsYes = False,
    as_json: JsonOption = False,
) -> None:
    """Add an interview (coming up, or just held).

    Example: askback interview add acme --stage team --at "2025-03-14 15:00" --with "Jane Doe"
    """
    if stage is None:
        raise typer.BadParameter("give the stage, e.g. --stage screen", param_hint="--stage")
    with workspace(ctx) as ws:
        result = start_interview_at(
            ws,
            opportunity=opportunity,
            stage=stage,
            at=at,
            tz=tz,
            contacts=with_ or [],
            duration_minutes=duration,
            location=location,
            notes=notes or "",
            yes=yes,
        )
        row = result.interview
        data = interview_json(row)
    if as_json:
        print_json(data)
        return
    for name in result.created_contacts:
        console().print(f"[dim]new contact: {name}[/]")
    console().print(
        f"Added interview [bold]{row.id}[/] "
        f"({row.stage}, {local_time(row.starts_at, row.timezone)})."
    )


@interview_app.command("list")
def list_(
    ctx: typer.Context,
    opportunity: Annotated[
        str | None,
        typer.Option(
            "--opportunity",
            "-O",
            help="Only this opportunity's.",
            autocompletion=complete.opportunities,
        ),
    ] = None,
    upcoming: Annotated[bool, typer.Option("--upcoming", help="Only those still ahead.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List interviews in time order.

    Example: askback interview list --upcoming
    """
    from askback.app import interviews
    from askback.app.common import now

    with workspace(ctx) as ws:
        rows = interviews.list_interviews(
            ws, opportunity=opportunity, since=now() if upcoming else None
        )
        data = [interview_json(r) for r in rows]
    if as_json:
        print_json(data)
        return
    print_table(
        rows,
        ("id", "when", "opportunity", "stage", "with", "minutes"),
        lambda r: (
            str(r.id),
            local_time(r.starts_at, r.timezone),
            r.opportunity.label,
            r.stage,
            ", ".join(c.name for c in r.contacts),
            str(r.duration_minutes or ""),
        ),
        empty="No interviews.",
    )


@interview_app.command("show")
def show(ctx: typer.Context, interview: InterviewArg, as_json: JsonOption = False) -> None:
    """Show an interview with its answers.

    Example: askback interview show 4
    """
    from askback.app import interviews

    with workspace(ctx) as ws:
        row = interviews.show(ws, interview)
        data = {**interview_json(row), "answers": [answer_json(a) for a in row.answers]}
    if as_json:
        print_json(data)
        return
    out = console()
    people = ", ".join(c.name for c in row.contacts) or "nobody recorded"
    out.print(
        f"[bold]Interview {row.id}[/] · {row.opportunity.label} · {row.stage} · "
        f"{local_time(row.starts_at, row.timezone)} · with {people}"
    )
    if row.location:
        out.print(f"  [dim]where:[/] {row.location}")
    if row.notes:
        out.print(f"  [dim]notes:[/] {row.notes}")
    for a in row.answers:
        flag = " [red]RED FLAG[/]" if a.red_flag else ""
        out.print(f"  [{a.id}] {stars(a.rating)} {a.question_id or a.question_text}{flag}")


@interview_app.command("edit")
def edit(
    ctx: typer.Context,
    interview: InterviewArg,
    stage: StageOpt = None,
    at: AtOpt = None,
    tz: TzOption = None,
    duration: DurationOpt = None,
    with_: WithOpt = None,
    location: LocationOpt = None,
    notes: NotesOption = None,
    yes: NewContactsYes = False,
    as_json: ResultJson = False,
) -> None:
    """Change an interview (--with replaces the participants).

    Example: askback interview edit 4 --at "2025-03-15 10:00" --with "Jane Doe" --with "Sam Lee"
    """
    from askback.app import interviews
    from askback.app.log import find_or_add_contacts
    from askback.app.names import split_list
    from askback.cli.tracker.common import contact_chooser

    changes = given(stage=stage, duration_minutes=duration, location=location, notes=notes)
    if tz is not None:
        changes["timezone"] = tz
    with workspace(ctx) as ws, ws.transaction():
        current = interviews.show(ws, interview)
        if at is not None:
            changes["starts_at"] = parse_when(at, tz or current.timezone)
        people = None
        if with_ is not None:
            found, _ = find_or_add_contacts(
                ws,
                split_list(with_),
                current.opportunity.company,
                choose=contact_chooser(yes),
                yes=yes,
            )
            people = [c.id for c in found]
        row = interviews.edit(ws, interview, contacts=people, **changes)
        if as_json:
            print_json(interview_json(row))
            return
    console().print(f"Updated interview {row.id}.")


@interview_app.command("delete")
def delete(
    ctx: typer.Context, interview: InterviewArg, yes: YesOption = False, as_json: ResultJson = False
) -> None:
    """Delete an interview and the answers recorded in it.

    Example: askback interview delete 4 --yes
    """
    from askback.app import interviews

    delete_confirmed(
        ctx,
        yes,
        lambda ws: interviews.show(ws, interview),
        interviews.delete,
        label=lambda row: f"interview {row.id}",
        detail=lambda row: " with " + ngettext("{n} answer", "{n} answers", len(row.answers)),
        as_json=as_json,
    )


@answer_app.command("add")
def answer_add(
    ctx: typer.Context,
    interview: InterviewArg,
    question: Annotated[
        str | None,
        typer.Option(
            "--question",
            "-q",
            help="Bank or custom question id.",
            autocompletion=complete.question_ids,
        ),
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="The question as asked, if not from the bank.")
    ] = None,
    notes: NotesOption = None,
    rating: RatingOpt = None,
    red_flag: Annotated[bool, typer.Option("--red-flag", help="Mark as a red flag.")] = False,
    contact: ContactOpt = None,
    dimension: DimensionOpt = None,
    as_json: JsonOption = False,
) -> None:
    """Record one answer (for a whole interview, `askback log` is quicker).

    Without --contact, an interview with one participant credits that person, as log does.

    Example: askback answer add 4 -q dei-012 --rating 2 --red-flag --contact "Jane Doe"
    """
    from askback.app import answers

    item = answers.NewAnswer(
        question_id=question,
        question_text=text,
        notes=notes or "",
        rating=rating,
        red_flag=red_flag,
        contact=contact,
        dimension=dimension,
    )
    credited = ""
    with workspace(ctx) as ws:
        if contact is None:
            from askback.app import interviews

            people = interviews.show(ws, interview).contacts
            if len(people) == 1:
                item.contact = people[0].id
                credited = f" (credited to {people[0].name}, the interview's only participant)"
        row = answers.add(ws, interview, item)
        data = answer_json(answers.show(ws, row.id))
    if as_json:
        print_json(data)
        return
    hint = ""
    if row.suggested_rating is not None:
        hint = f" (the analyzer suggests {row.suggested_rating})"
    rated = f"rated {row.rating}" if row.rating is not None else "unrated"
    flag = ", red flag" if row.red_flag else ""
    console().print(f"Saved answer [bold]{row.id}[/], {rated}{flag}{hint}{credited}.")


@answer_app.command("list")
def answer_list(
    ctx: typer.Context,
    opportunity: Annotated[
        str | None, typer.Option("--opportunity", "-O", autocompletion=complete.opportunities)
    ] = None,
    interview: Annotated[int | None, typer.Option("--interview", "-i")] = None,
    contact: ContactOpt = None,
    dimension: Annotated[
        str | None, typer.Option("--dimension", "-d", autocompletion=complete.dimensions)
    ] = None,
    red_flags: Annotated[bool, typer.Option("--red-flags", help="Only red flags.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List answers, filtered by opportunity, interview, contact, dimension or red flags.

    Example: askback answer list -O acme --red-flags
    """
    from askback.app import answers

    with workspace(ctx) as ws:
        rows = answers.list_answers(
            ws,
            opportunity=opportunity,
            interview=interview,
            contact=contact,
            dimension=dimension,
            red_flags_only=red_flags,
        )
        data = [answer_json(a) for a in rows]
    if as_json:
        print_json(data)
        return
    print_table(
        rows,
        ("id", Col("opportunity", drop=1), "question", "contact", "rating", "flag", "notes"),
        lambda a: (
            str(a.id),
            a.interview.opportunity.company,
            a.question_id or a.question_text or "",
            a.contact.name if a.contact else "",
            stars(a.rating),
            "RED" if a.red_flag else "",
            (a.notes[:60] + "…") if len(a.notes) > 60 else a.notes,
        ),
        empty="No answers match.",
    )


@answer_app.command("show")
def answer_show(
    ctx: typer.Context,
    answer: AnswerArg,
    as_json: JsonOption = False,
) -> None:
    """Show one answer with the analyzer's suggestion.

    Example: askback answer show 12
    """
    from askback.app import answers

    with workspace(ctx) as ws:
        a = answers.show(ws, answer)
        data = answer_json(a)
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(
        f"[bold]Answer {a.id}[/] · interview {a.interview_id} · {a.interview.opportunity.label}"
    )
    out.print(f"  question: {a.question_id or ''} {a.question_text or ''}".rstrip())
    out.print(
        f"  contact: {a.contact.name if a.contact else '—'}   dimension: {a.dimension or '—'}"
    )
    out.print(f"  rating: {stars(a.rating)}   red flag: {'yes' if a.red_flag else 'no'}")
    if a.suggested_rating is not None or a.concreteness is not None:
        out.print(f"  analyzer: suggests {a.suggested_rating}, concreteness {a.concreteness}")
    if a.notes:
        out.print(f"  notes: {a.notes}")


@answer_app.command("edit")
def answer_edit(
    ctx: typer.Context,
    answer: AnswerArg,
    rating: RatingOpt = None,
    unrated: Annotated[bool, typer.Option("--unrated", help="Remove the rating.")] = False,
    red_flag: Annotated[
        bool | None, typer.Option("--red-flag/--no-red-flag", help="Set or clear the mark.")
    ] = None,
    notes: NotesOption = None,
    contact: ContactOpt = None,
    dimension: DimensionOpt = None,
    as_json: ResultJson = False,
) -> None:
    """Change an answer's rating, red-flag mark, notes, contact or dimension.

    Example: askback answer edit 12 --rating 3 --no-red-flag
    """
    from askback.app import answers

    changes = given(rating=rating, red_flag=red_flag, notes=notes, dimension=dimension)
    if unrated:
        changes["rating"] = None
    with workspace(ctx) as ws:
        row = answers.edit(ws, answer, contact=contact, **changes)
        if as_json:
            print_json(answer_json(answers.show(ws, row.id)))
            return
    console().print(f"Updated answer {row.id}.")


@answer_app.command("delete")
def answer_delete(
    ctx: typer.Context,
    answer: AnswerArg,
    yes: YesOption = False,
    as_json: ResultJson = False,
) -> None:
    """Delete one answer.

    Example: askback answer delete 12 --yes
    """
    from askback.app import answers

    delete_confirmed(
        ctx,
        yes,
        lambda ws: answers.show(ws, answer),
        answers.delete,
        label=lambda row: f"answer {row.id}",
        as_json=as_json,
    )
