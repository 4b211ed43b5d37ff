"""Shared pieces of the tracker commands: opening the workspace, options, JSON views of rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Protocol, TypeVar

import typer

from askback.cli.output import Col, console

if TYPE_CHECKING:
    from datetime import date, datetime
    from pathlib import Path

    from askback.app import Workspace
    from askback.app.log import ChooseContact, LogResult
    from askback.app.opportunities import OpportunityRow
    from askback.store.models import Answer, Contact, Interview, Opportunity, Signal

YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")]
# Edits, status changes and deletions print what they did; --json prints it as JSON.
ResultJson = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
NotesOption = Annotated[str | None, typer.Option("--notes", help="Free notes (Markdown).")]
TzOption = Annotated[
    str | None,
    typer.Option(
        "--tz",
        help="Time zone of the times you type, e.g. Europe/Berlin "
        "(default: yours, see askback settings).",
    ),
]


@contextmanager
def workspace(ctx: typer.Context) -> Iterator[Workspace]:
    """Open the workspace the root options name; say so on stderr when its schema was upgraded."""
    from rich.markup import escape

    from askback.app import Workspace
    from askback.cli import settings

    cfg = settings(ctx)
    ws = Workspace.open(cfg.database_url, bank_paths=cfg.all_bank_paths())
    try:
        if ws.migration is not None and ws.migration.upgraded:
            # Soft wrap: a path folded over two lines cannot be copied.
            err().print(f"[dim]{escape(ws.migration.describe())}[/]", soft_wrap=True)
        yield ws
    finally:
        ws.close()


def err() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def out_or_positional(out: Path | None, positional: Path | None) -> Path | None:
    """--out, or the path given the old way (a positional argument, still read, with a note)."""
    if positional is None:
        return out
    if out is not None:
        raise typer.BadParameter(
            f"two paths given ({positional} and --out {out}); give only --out", param_hint="--out"
        )
    err().print(
        f"[dim]note: give the path as --out {positional} (the bare path is deprecated)[/]",
        soft_wrap=True,
    )
    return positional


def parse_when(text: str | None, tz: str | None) -> datetime | None:
    from askback.app.common import check_timezone, local_timezone, parse_datetime

    if tz is not None:
        check_timezone(tz)  # a wrong --tz is an error even where no --at uses it
    return None if text is None else parse_datetime(text, tz or local_timezone(), "--at")


def parse_day(text: str | None, option: str) -> date | None:
    from askback.app.common import parse_date

    return None if text is None or text == "" else parse_date(text, option)


def given(**values: Any) -> dict[str, Any]:
    """The options the user actually passed (None means 'not given')."""
    return {k: v for k, v in values.items() if v is not None}


def opportunity_json(o: Opportunity | OpportunityRow) -> dict[str, Any]:
    from askback.export.records import OpportunityRecord

    return OpportunityRecord.model_validate(o, from_attributes=True).model_dump(mode="json")


def contact_json(c: Contact) -> dict[str, Any]:
    from askback.export.records import ContactRecord

    return ContactRecord.model_validate(c, from_attributes=True).model_dump(mode="json")


def interview_json(i: Interview) -> dict[str, Any]:
    from askback.export.records import InterviewRecord

    data = {
        name: getattr(i, name)
        for name in InterviewRecord.model_fields
        if name not in ("contact_ids",)
    }
    data["contact_ids"] = [c.id for c in i.contacts]
    out = InterviewRecord.model_validate(data).model_dump(mode="json")
    out["contacts"] = [c.name for c in i.contacts]
    return out


def answer_json(a: Answer) -> dict[str, Any]:
    from askback.export.records import AnswerRecord

    out = AnswerRecord.model_validate(a, from_attributes=True).model_dump(mode="json")
    out["contact"] = a.contact.name if a.contact is not None else None
    return out


def signal_json(s: Signal) -> dict[str, Any]:
    from askback.export.records import SignalRecord

    return SignalRecord.model_validate(s, from_attributes=True).model_dump(mode="json")


def local_time(moment: datetime, tz: str | None = None) -> str:
    """A stored time in the user's zone, plus the zone `tz` it was arranged in where it differs."""
    from askback.cli.output import day
    from askback.times import show_time

    return show_time(moment, tz, day=day)


def contact_chooser(yes: bool) -> ChooseContact | None:
    """At a terminal, ask which contact a near-miss name means; else None (see find_or_add)."""
    import sys

    import click

    if yes or not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None

    def choose(name: str, near: list[Contact]) -> Contact | None:
        if not near:
            typer.confirm(f"{name!r} is not a contact yet. Add it?", default=True, abort=True)
            return None
        err().print(f"No contact is named {name!r}. Did you mean:")
        for i, c in enumerate(near, 1):
            at = f", {c.company}" if c.company else ""
            err().print(f"  {i}. {c.name} (#{c.id}{at})")
        err().print(f"  n. add {name!r} as a new contact")
        keys = [str(i) for i in range(1, len(near) + 1)]
        pick = click.prompt("Choose", default="1", type=click.Choice([*keys, "n"]))
        return None if pick == "n" else near[int(pick) - 1]

    return choose


def stars(rating: int | None) -> str:
    return "–" if rating is None else "●" * rating + "○" * (5 - rating)


def confirm(question: str, yes: bool) -> None:
    """Ask before a destructive step; --yes skips, a non-interactive 'no' aborts."""
    if yes:
        return
    if not typer.confirm(question, default=False):
        err().print("Nothing was changed.")
        raise typer.Exit(1)


class _Row(Protocol):
    """A stored row: anything with an integer id."""

    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=_Row)
ItemT = TypeVar("ItemT")


def delete_confirmed(
    ctx: typer.Context,
    yes: bool,
    find: Callable[[Workspace], RowT],
    remove: Callable[[Workspace, int], object],
    *,
    label: Callable[[RowT], str],
    detail: Callable[[RowT], str] = lambda row: "",
    as_json: bool = False,
) -> None:
    """Find a row, ask "Delete <label><detail>?", delete it by id and say "Deleted <label>."."""
    with workspace(ctx) as ws:
        row = find(ws)
        name = label(row)
        kind = type(row).__name__.lower()
        confirm(f"Delete {name}{detail(row)}?", yes)
        row_id = row.id
        remove(ws, row_id)
    if as_json:
        from askback.cli.output import print_json

        print_json({"deleted": kind, "id": row_id, "label": name})
    else:
        console().print(f"Deleted {name}.")


def print_table(
    rows: Sequence[ItemT],
    columns: Iterable[str | Col],
    cells: Callable[[ItemT], Sequence[str]],
    empty: str,
) -> None:
    """Print one table row of `cells` per row (see output.FitTable), or `empty` when none."""
    from rich.text import Text

    from askback.cli.output import FitTable

    if not rows:
        console().print(empty)
        return
    table = FitTable([c if isinstance(c, Col) else Col(c) for c in columns])
    for row in rows:
        table.add_row(*(Text(c) for c in cells(row)))  # stored text, never markup
    console().print(table)


def start_interview_at(
    ws: Workspace,
    *,
    opportunity: str,
    stage: str,
    at: str | None,
    tz: str | None,
    contacts: Sequence[str],
    duration_minutes: int | None = None,
    location: str | None = None,
    notes: str = "",
    yes: bool = False,
) -> LogResult:
    """Start an interview at --at (default now) in --tz (default yours), adding new contacts."""
    from askback.app.common import local_timezone, parse_datetime
    from askback.app.log import start_interview
    from askback.app.names import split_list

    zone = tz or local_timezone()
    return start_interview(
        ws,
        opportunity=opportunity,
        stage=stage,
        starts_at=parse_datetime(at or "now", zone, "--at"),
        timezone=zone,
        contacts=split_list(contacts),
        choose=contact_chooser(yes),
        yes=yes,
        duration_minutes=duration_minutes,
        location=location,
        notes=notes,
    )


def rating_range(value: int | None) -> int | None:
    """--rating's check, with what to type instead (typer's own names no range)."""
    if value is not None and not 1 <= value <= 5:
        raise typer.BadParameter(
            f"{value} is out of range; type a whole number from 1 to 5 "
            "(leave --rating out for unrated)"
        )
    return value
