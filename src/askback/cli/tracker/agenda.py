"""`askback today` and `askback timeline`: what needs you now, and one opportunity's story."""

from __future__ import annotations

from typing import Annotated

import typer

from askback.cli import completion as complete
from askback.cli.output import JsonOption, clock, console, day, print_json
from askback.cli.tracker.common import local_time, workspace
from askback.i18n import ngettext


def today(
    ctx: typer.Context,
    days: Annotated[
        int, typer.Option("--days", min=1, max=365, help="How far ahead to look for interviews.")
    ] = 7,
    as_json: JsonOption = False,
) -> None:
    """Follow-ups due, upcoming interviews, interviews to log, and decisions waiting on you.

    Example: askback today --days 14
    """
    from askback.app import agenda

    with workspace(ctx) as ws:
        t = agenda.today(ws, days=days)
    if as_json:
        print_json(
            {
                "day": t.day.isoformat(),
                "follow_ups": [
                    {"id": c.id, "name": c.name, "company": c.company, "due": c.follow_up}
                    for c in t.follow_ups
                ],
                "upcoming": [
                    {
                        "id": i.id,
                        "opportunity": i.opportunity.label,
                        "stage": i.stage,
                        "starts_at": i.starts_at.isoformat(),
                        "timezone": i.timezone,
                        "with": [c.name for c in i.contacts],
                    }
                    for i in t.upcoming
                ],
                "to_log": [{"id": i.id, "opportunity": i.opportunity.label} for i in t.to_log],
                "waiting": [
                    {"id": o.id, "opportunity": o.label, "status": o.status, "next": why}
                    for o, why in t.waiting
                ],
            }
        )
        return
    out = console()
    if t.empty:
        out.print("Nothing needs you today.")
        return
    if t.upcoming:
        out.print(
            "[bold]"
            + ngettext("Interviews in the next {n} day", "Interviews in the next {n} days", days)
            + "[/]"
        )
        for i in t.upcoming:
            people = ", ".join(c.name for c in i.contacts)
            who = f" with {people}" if people else ""
            out.print(
                f"  {local_time(i.starts_at, i.timezone)}  {i.opportunity.label} · {i.stage}{who}"
                f"  [dim](interview {i.id})[/]"
            )
    if t.to_log:
        out.print("[bold]Log your notes[/] (askback log ID)")
        for i in t.to_log:
            out.print(f"  interview {i.id}: {i.opportunity.label} · {i.stage}")
    if t.follow_ups:
        out.print("[bold]Follow-ups due[/]")
        for c in t.follow_ups:
            at = f" ({c.company})" if c.company else ""
            due = day(c.follow_up) if c.follow_up else ""
            out.print(f"  {due}  {c.name}{at}  [dim](contact {c.id})[/]")
    if t.waiting:
        out.print("[bold]Waiting on you[/]")
        for o, why in t.waiting:
            out.print(f"  #{o.id} {o.label}: {o.status}, {why}")


def timeline(
    ctx: typer.Context,
    opportunity: Annotated[
        str,
        typer.Argument(
            metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
        ),
    ],
    as_json: JsonOption = False,
) -> None:
    """Everything that happened with one opportunity, oldest first.

    Example: askback timeline acme
    """
    from askback.app import agenda
    from askback.app.common import in_zone, local_timezone

    zone = local_timezone()
    with workspace(ctx) as ws:
        opp, events = agenda.timeline(ws, opportunity, tz=zone)
    if as_json:
        print_json(
            [
                {
                    "at": e.at.isoformat(),
                    "all_day": e.all_day,
                    "kind": e.kind,
                    "text": e.text,
                    "ref": e.ref,
                }
                for e in events
            ]
        )
        return
    out = console()
    out.print(f"[bold]#{opp.id} {opp.label}[/] · {opp.status}")
    for e in events:
        ref = f"  [dim]{e.ref}[/]" if e.ref else ""
        at = in_zone(e.at, zone)
        when = day(at.date()) if e.all_day else clock(at)
        out.print(f"  {when:<16}  [cyan]{e.kind:<9}[/] {e.text}{ref}")
