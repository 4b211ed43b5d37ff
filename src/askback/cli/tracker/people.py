"""`askback contact`: the people you meet, online or in person, and when to follow up."""

from __future__ import annotations

from typing import Annotated

import typer

from askback.cli import completion as complete
from askback.cli.output import Col, JsonOption, console, day, print_json, split_csv
from askback.cli.tracker.common import (
    NotesOption,
    ResultJson,
    YesOption,
    contact_json,
    delete_confirmed,
    err,
    given,
    parse_day,
    print_table,
    workspace,
)
from askback.i18n import ngettext

contact_app = typer.Typer(
    help=(
        "Keep track of people: interviewers, recruiters, referrals, peers.\n\n"
        "Example: askback contact list --due"
    )
)

ContactArg = Annotated[
    str, typer.Argument(metavar="CONTACT", help="Id, or a name.", autocompletion=complete.contacts)
]
RoleOpt = Annotated[str | None, typer.Option("--role", help="Their job title.")]
CompanyOpt = Annotated[str | None, typer.Option("--company", help="Where they work.")]
MetOpt = Annotated[
    str | None,
    typer.Option(
        "--met",
        help="How you met: referral, online-event, meetup, conference, cold-message, "
        "recruiter-outreach, former-colleague, community, other (or your own words).",
    ),
]
AudienceOpt = Annotated[
    str | None,
    typer.Option(
        "--audience",
        help="Who they are to you: recruiter, hr, hiring-manager, peer, leadership or any. "
        "The assessment weighs answers by it.",
    ),
]
EmailOpt = Annotated[str | None, typer.Option("--email", help="E-mail address.")]
TagOpt = Annotated[
    list[str] | None, typer.Option("--tag", help="A tag (repeatable, or comma-separated).")
]
FollowOpt = Annotated[
    str | None,
    typer.Option(
        "--follow-up",
        help="Date to get back in touch, e.g. 2026-11-21, 21.11.2026 or tomorrow ('' clears it).",
    ),
]
OppOpt = Annotated[
    str | None,
    typer.Option(
        "--opportunity",
        help="Link to an opportunity (id or company).",
        autocompletion=complete.opportunities,
    ),
]


@contact_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Their name.")],
    role: RoleOpt = None,
    company: CompanyOpt = None,
    met: MetOpt = None,
    audience: AudienceOpt = None,
    email: EmailOpt = None,
    tag: TagOpt = None,
    notes: NotesOption = None,
    follow_up: FollowOpt = None,
    opportunity: OppOpt = None,
    as_json: JsonOption = False,
) -> None:
    """Add a contact.

    Example: askback contact add "Jane Doe" --role "Head of Data" --company Acme --met meetup
    """
    from askback.app import contacts

    with workspace(ctx) as ws:
        row = contacts.add(
            ws,
            name=name,
            **given(role=role, company=company, how_met=met, audience=audience, email=email),
            **given(notes=notes, follow_up=parse_day(follow_up, "--follow-up")),
            **given(opportunity=opportunity, tags=split_csv(tag) if tag else None),
        )
    if as_json:
        print_json(contact_json(row))
    else:
        console().print(f"Added contact [bold]#{row.id}[/] {row.name}.")


@contact_app.command("list")
def list_(
    ctx: typer.Context,
    search: Annotated[
        str | None, typer.Option("--search", help="Text in name, company or role.")
    ] = None,
    tag: TagOpt = None,
    due: Annotated[
        bool, typer.Option("--due", help="Only contacts whose follow-up date has come.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """List contacts by name.

    Example: askback contact list --tag meetup --due
    """
    from askback.app import contacts
    from askback.times import today as user_today

    with workspace(ctx) as ws:
        rows = contacts.list_contacts(
            ws, search=search, tags=split_csv(tag), due_by=user_today() if due else None
        )
    if as_json:
        print_json([contact_json(c) for c in rows])
        return
    print_table(
        rows,
        (
            "id",
            "name",
            Col("role", drop=2),
            "company",
            "audience",
            Col("met", drop=3),
            Col("tags", drop=1),
            "follow-up",
        ),
        lambda c: (
            str(c.id),
            c.name,
            c.role or "",
            c.company or "",
            c.audience,
            c.how_met or "",
            ", ".join(c.tags),
            day(c.follow_up) if c.follow_up else "",
        ),
        empty="No contacts match.",
    )


@contact_app.command("show")
def show(ctx: typer.Context, contact: ContactArg, as_json: JsonOption = False) -> None:
    """Show a contact and what they said in interviews.

    Example: askback contact show "Jane Doe"
    """
    from askback.app import answers, contacts
    from askback.cli.tracker.common import answer_json, stars

    with workspace(ctx) as ws:
        row = contacts.show(ws, contact)
        said = answers.list_answers(ws, contact=row.id)
    if as_json:
        print_json({**contact_json(row), "answers": [answer_json(a) for a in said]})
        return
    out = console()
    out.print(f"[bold]#{row.id} {row.name}[/]" + (f" — {row.role}" if row.role else ""))
    for label, value in (
        ("company", row.company),
        ("audience", row.audience),
        ("met", row.how_met),
        ("email", row.email),
        ("tags", ", ".join(row.tags)),
        ("follow up", day(row.follow_up) if row.follow_up else ""),
        ("notes", row.notes),
    ):
        if value:
            out.print(f"  [dim]{label}:[/] {value}")
    if said:
        out.print(f"[bold]{ngettext('{n} answer', '{n} answers', len(said))}[/]")
        for a in said:
            question = a.question_id or a.question_text or ""
            flag = " [red]RED FLAG[/]" if a.red_flag else ""
            out.print(f"  {stars(a.rating)} {question} ({a.interview.opportunity.company}){flag}")


@contact_app.command("edit")
def edit(
    ctx: typer.Context,
    contact: ContactArg,
    name: Annotated[str | None, typer.Option("--name", help="New name.")] = None,
    role: RoleOpt = None,
    company: CompanyOpt = None,
    met: MetOpt = None,
    audience: AudienceOpt = None,
    email: EmailOpt = None,
    tag: TagOpt = None,
    notes: Annotated[
        str | None,
        typer.Option("--notes", help="Replace the notes (Markdown); see --append-notes."),
    ] = None,
    append_notes: Annotated[
        str | None,
        typer.Option("--append-notes", help="Add a paragraph after the notes already there."),
    ] = None,
    follow_up: FollowOpt = None,
    opportunity: OppOpt = None,
    as_json: JsonOption = False,
) -> None:
    """Change a contact (--tag replaces the tags; --follow-up '' clears the date).

    --notes replaces the notes and says so when it drops some; --append-notes keeps them.

    Example: askback contact edit "Jane Doe" --append-notes "Met again at PyData."
    """
    from askback.app import contacts

    changes = given(name=name, role=role, company=company, how_met=met, audience=audience)
    changes |= given(email=email, notes=notes, opportunity=opportunity)
    if tag is not None:
        changes["tags"] = split_csv(tag)
    if follow_up is not None:
        changes["follow_up"] = parse_day(follow_up, "--follow-up")
    if notes is not None and append_notes is not None:
        raise typer.BadParameter(
            "give either --notes (replace the notes) or --append-notes (add to them), not both",
            param_hint="--append-notes",
        )
    dropped = ""
    with workspace(ctx) as ws:
        before = (contacts.show(ws, contact).notes or "").strip()
        if append_notes is not None:
            changes["notes"] = f"{before}\n\n{append_notes.strip()}".strip()
        elif notes is not None and before and before != notes.strip():
            dropped = before
        row = contacts.edit(ws, contact, **changes)
    if as_json:
        print_json(contact_json(row))
    else:
        console().print(f"Updated contact #{row.id} {row.name}.")
    if dropped:
        from rich.markup import escape

        err().print(
            f"[yellow]--notes replaced the notes; they were:[/]\n{escape(dropped)}\n"
            "[dim](To add to notes instead, use --append-notes.)[/]"
        )


@contact_app.command("delete")
def delete(
    ctx: typer.Context, contact: ContactArg, yes: YesOption = False, as_json: ResultJson = False
) -> None:
    """Delete a contact; their answers stay, without a name.

    Example: askback contact delete 7 --yes
    """
    from askback.app import contacts

    delete_confirmed(
        ctx,
        yes,
        lambda ws: contacts.show(ws, contact),
        contacts.delete,
        label=lambda row: f"contact #{row.id} {row.name}",
        as_json=as_json,
    )
