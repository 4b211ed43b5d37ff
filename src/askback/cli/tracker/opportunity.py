"""`askback opportunity`: add, list, show, edit, status and delete opportunities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from askback.cli import completion as complete
from askback.cli.output import Col, JsonOption, console, number, print_json
from askback.cli.tracker.common import (
    NotesOption,
    ResultJson,
    TzOption,
    YesOption,
    delete_confirmed,
    given,
    local_time,
    opportunity_json,
    parse_when,
    print_table,
    stars,
    workspace,
)
from askback.i18n import ngettext

if TYPE_CHECKING:
    from askback.app.opportunities import OpportunityRow, OpportunitySummary
    from askback.store.models import Opportunity

opportunity_app = typer.Typer(
    help=(
        "Track opportunities: a company and role, with its status history.\n\n"
        "Example: askback opportunity list --status interviewing"
    )
)

OppArg = Annotated[
    str,
    typer.Argument(
        metavar="OPPORTUNITY", help="Id, or a company name.", autocompletion=complete.opportunities
    ),
]
StatusOpt = Annotated[
    str | None,
    typer.Option(
        "--status",
        help="interested, applied, screening, interviewing, offer, accepted, declined, "
        "rejected or withdrawn.",
    ),
]
LinkOpt = Annotated[
    list[str] | None, typer.Option("--link", help="Job ad or company page (repeatable).")
]
LocationOpt = Annotated[str | None, typer.Option("--location", help="City or region.")]
RemoteOpt = Annotated[str | None, typer.Option("--remote", help="onsite, hybrid or remote.")]
PayOpt = Annotated[
    str | None,
    typer.Option("--pay", help="Pay offered: a range such as '60-70k EUR' or one amount."),
]
PeriodOpt = Annotated[
    str | None, typer.Option("--period", help="Pay per year, month, day or hour.")
]
SourceOpt = Annotated[
    str | None, typer.Option("--source", help="Where you found it (referral, job board ...).")
]
AtOpt = Annotated[
    str | None, typer.Option("--at", help="When it happened (default now), e.g. 2025-03-01.")
]


def _pay(pay: str | None) -> dict[str, Any]:
    if pay is None:
        return {}
    from askback.app.csv_fields import parse_pay

    return {k: v for k, v in parse_pay(pay).items() if v is not None}


def _pay_text(o: Opportunity | OpportunityRow) -> str:
    if o.pay_min is None and o.pay_max is None:
        return ""
    ends = [number(v) for v in dict.fromkeys((o.pay_min, o.pay_max)) if v is not None]
    period = f"/{o.pay_period}" if o.pay_period else ""
    return f"{'–'.join(ends)} {o.currency or ''}".strip() + period


def _list_cells(r: OpportunitySummary) -> tuple[str, ...]:
    """One row of `opportunity list`'s table."""
    o = r.opportunity
    from askback.times import show_day

    nxt = show_day(r.next_interview)
    place = " ".join(p for p in (o.location, f"({o.remote})" if o.remote else None) if p)
    return (
        str(o.id),
        o.company,
        o.role,
        o.status,
        place,
        _pay_text(o),
        str(r.interviews),
        str(r.answers),
        nxt,
    )


@opportunity_app.command("add")
def add(
    ctx: typer.Context,
    company: Annotated[str, typer.Argument(help="The company's name.")],
    role: Annotated[str, typer.Argument(help="The role's title.")],
    status: StatusOpt = None,
    link: LinkOpt = None,
    location: LocationOpt = None,
    remote: RemoteOpt = None,
    pay: PayOpt = None,
    period: PeriodOpt = None,
    source: SourceOpt = None,
    notes: NotesOption = None,
    at: AtOpt = None,
    tz: TzOption = None,
    as_json: JsonOption = False,
) -> None:
    """Start tracking an opportunity.

    Example: askback opportunity add Acme "Data Scientist" --status applied --pay "70-85k EUR"
    """
    from askback.app import opportunities

    with workspace(ctx) as ws:
        row = opportunities.add(
            ws,
            company=company,
            role=role,
            status=status or "interested",
            at=parse_when(at, tz),
            **given(links=link, location=location, remote=remote, pay_period=period),
            **given(source=source, notes=notes),
            **_pay(pay),
        )
    if as_json:
        print_json(opportunity_json(row))
    else:
        console().print(f"Added opportunity [bold]#{row.id}[/] {row.label} ({row.status}).")


@opportunity_app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[
        list[str] | None,
        typer.Option(
            "--status",
            help="Only these statuses (repeatable).",
            autocompletion=complete.statuses,
        ),
    ] = None,
    search: Annotated[str | None, typer.Option("--search", help="Text in company or role.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List opportunities, most recently changed first.

    Example: askback opportunity list --status interviewing --status offer
    """
    from askback.app import opportunities

    with workspace(ctx) as ws:
        rows = opportunities.list_opportunities(ws, statuses=status or (), search=search)
    if as_json:
        print_json(
            [
                {
                    **opportunity_json(r.opportunity),
                    "interviews": r.interviews,
                    "answers": r.answers,
                    "next_interview": r.next_interview.isoformat() if r.next_interview else None,
                }
                for r in rows
            ]
        )
        return
    print_table(
        rows,
        (
            "id",
            "company",
            "role",
            "status",
            Col("location", drop=2),
            "pay",
            Col("interviews", drop=4),
            Col("answers", drop=3),
            "next",
        ),
        _list_cells,
        empty="No opportunities yet. Add one: askback opportunity add COMPANY ROLE",
    )


@opportunity_app.command("show")
def show(ctx: typer.Context, opportunity: OppArg, as_json: JsonOption = False) -> None:
    """Show an opportunity: facts, status history, interviews with answers, signals.

    Example: askback opportunity show acme
    """
    if as_json:
        from askback.app import opportunities
        from askback.cli.tracker.common import answer_json, interview_json, signal_json

        with workspace(ctx) as ws:
            row = opportunities.show(ws, opportunity)
        data = opportunity_json(row)
        data["status_history"] = [
            {"status": c.status, "at": c.changed_at.isoformat(), "note": c.note}
            for c in row.status_changes
        ]
        data["interviews"] = [
            {**interview_json(iv), "answers": [answer_json(a) for a in iv.answers]}
            for iv in row.interviews
        ]
        data["signals"] = [signal_json(s) for s in row.signals]
        print_json(data)
        return
    # The text view reads plain rows: no ORM to import for a command run many times a day.
    from askback.app.opportunity_detail import detail

    with workspace(ctx) as ws:
        o = detail(ws, opportunity)
        texts = {}
        qids = {a.question_id for iv in o.interviews for a in iv.answers if a.question_id}
        if qids:
            bank = ws.bank
            texts = {q: bank.by_id[q].summary for q in qids if q in bank.by_id}
    out = console()
    out.print(f"[bold]#{o.id} {o.company}[/] — {o.role}   [cyan]{o.status}[/]")
    facts = [
        ("location", " ".join(p for p in (o.location, o.remote) if p)),
        ("pay", _pay_text(o)),
        ("source", o.source or ""),
        ("links", "  ".join(o.links)),
    ]
    for name, value in facts:
        if value:
            out.print(f"  [dim]{name}:[/] {value}")
    if o.notes:
        out.print(f"  [dim]notes:[/] {o.notes}")
    from askback.times import show_day

    out.print("[bold]Status history[/]")
    for c in o.status_changes:
        out.print(f"  {show_day(c.changed_at)}  {c.status}" + (f" — {c.note}" if c.note else ""))
    for iv in o.interviews:
        people = ", ".join(c.name for c in iv.contacts) or "nobody recorded"
        out.print(
            f"[bold]Interview {iv.id}[/] · {iv.stage} · {local_time(iv.starts_at, iv.timezone)}"
            f" · with {people}"
        )
        for a in iv.answers:
            flag = " [red]RED FLAG[/]" if a.red_flag else ""
            question = a.question_text or texts.get(a.question_id or "", "")
            label = f"{a.question_id} " if a.question_id else ""
            who = a.contact.name if a.contact else "?"
            out.print(f"  {stars(a.rating)} {label}{question} [dim]({who})[/]{flag}")
            if a.notes:
                out.print(f"      [dim]{a.notes}[/]")
    if o.signals:
        out.print("[bold]Signals[/]")
        for s in o.signals:
            flag = " [red]RED FLAG[/]" if s.red_flag else ""
            out.print(f"  {stars(s.rating)} {s.source} · {s.dimension}: {s.note}{flag}")


@opportunity_app.command("edit")
def edit(
    ctx: typer.Context,
    opportunity: OppArg,
    company: Annotated[str | None, typer.Option("--company", help="New company name.")] = None,
    role: Annotated[str | None, typer.Option("--role", help="New role title.")] = None,
    status: StatusOpt = None,
    link: LinkOpt = None,
    location: LocationOpt = None,
    remote: RemoteOpt = None,
    pay: PayOpt = None,
    period: PeriodOpt = None,
    source: SourceOpt = None,
    notes: NotesOption = None,
    as_json: JsonOption = False,
) -> None:
    """Change an opportunity's fields (--link replaces the list of links).

    Example: askback opportunity edit acme --remote remote --pay "80-90k EUR"
    """
    from askback.app import opportunities

    changes = given(company=company, role=role, status=status, links=link, location=location)
    changes |= given(remote=remote, pay_period=period, source=source, notes=notes) | _pay(pay)
    with workspace(ctx) as ws:
        row = opportunities.edit(ws, opportunity, **changes)
    if as_json:
        print_json(opportunity_json(row))
    else:
        console().print(f"Updated #{row.id} {row.label} ({row.status}).")


@opportunity_app.command("status")
def status_(
    ctx: typer.Context,
    opportunity: OppArg,
    status: Annotated[
        str, typer.Argument(help="The new status.", autocompletion=complete.statuses)
    ],
    note: Annotated[
        str | None, typer.Option("--notes", "--note", help="Why, in a few words.")
    ] = None,
    at: AtOpt = None,
    tz: TzOption = None,
    yes: Annotated[
        bool,
        typer.Option("--yes", "-y", help="Add the step even when the status is already this one."),
    ] = False,
    as_json: ResultJson = False,
) -> None:
    """Move an opportunity to a new status; the step joins its history.

    When it already has that status, it asks before adding a second step (--yes adds it).

    Example: askback opportunity status acme offer --notes "verbal offer from Jane"
    """
    import sys

    from askback.app import opportunities
    from askback.store.values import Status

    wanted = status.strip().lower()
    with workspace(ctx) as ws:
        row = opportunities.show(ws, opportunity)
        if wanted in {s.value for s in Status} and row.status == wanted and not yes:
            steps = sum(1 for c in row.status_changes if c.status == wanted)
            already = f"#{row.id} {row.label} is already {wanted!r} " + ngettext(
                "({n} step with it in its history)", "({n} steps with it in its history)", steps
            )
            if not sys.stdin.isatty():
                from askback.errors import InputError

                raise InputError(
                    f"{already}; nothing was added. Add --yes to record a second step anyway."
                )
            if not typer.confirm(f"{already}. Add another step?", default=False):
                console().print("Nothing was added.")
                return
        change = opportunities.set_status(
            ws, opportunity, status, at=parse_when(at, tz), note=note or ""
        )
        if as_json:
            print_json(opportunity_json(opportunities.show(ws, change.opportunity_id)))
            return
    console().print(f"#{change.opportunity_id} is now {change.status}.")


@opportunity_app.command("delete")
def delete(
    ctx: typer.Context, opportunity: OppArg, yes: YesOption = False, as_json: ResultJson = False
) -> None:
    """Delete an opportunity with its history, interviews, answers and signals.

    Example: askback opportunity delete 3 --yes
    """
    from askback.app import opportunities

    def detail(row: Opportunity) -> str:
        n = sum(len(iv.answers) for iv in row.interviews)
        interviews = ngettext("{n} interview", "{n} interviews", len(row.interviews))
        return f" with {interviews} and {ngettext('{n} answer', '{n} answers', n)}"

    delete_confirmed(
        ctx,
        yes,
        lambda ws: opportunities.show(ws, opportunity),
        opportunities.delete,
        label=lambda row: f"#{row.id} {row.label}",
        detail=detail,
        as_json=as_json,
    )
