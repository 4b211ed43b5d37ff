"""`askback log`: record an interview while it is fresh, interactively or from a notes file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from askback.cli.output import console, split_csv
from askback.cli.tracker_common import (
    TzOption,
    contact_chooser,
    local_time,
    start_interview_at,
    workspace,
)

if TYPE_CHECKING:
    from askback.app import Workspace
    from askback.store.models import Contact, Interview

SKIP, STOP = "s", "q"


def _read_notes() -> str | None:
    """Lines until an empty one; None when the user types q (stop) alone."""
    lines: list[str] = []
    while True:
        line = typer.prompt("", default="", show_default=False, prompt_suffix="> ")
        if not lines and line.strip().lower() == STOP:
            return None
        if not lines and line.strip().lower() == SKIP:
            return SKIP
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


def _rating() -> int | None:
    while True:
        text = typer.prompt("Rating 1-5 (Enter: unrated)", default="", show_default=False).strip()
        if not text:
            return None
        if text in {"1", "2", "3", "4", "5"}:
            return int(text)
        console().print("[red]Type a number from 1 to 5, or press Enter.[/]")


def _who(people: list[Contact], last: int | None) -> int | str | None:
    if not people:
        name = typer.prompt("Who answered? (Enter: nobody)", default="", show_default=False)
        return name.strip() or None
    if len(people) == 1:
        return people[0].id
    choices = "  ".join(f"[{n}] {p.name}" for n, p in enumerate(people, start=1))
    default = next((n for n, p in enumerate(people, start=1) if p.id == last), 1)
    while True:
        text = typer.prompt(f"Who answered? {choices}", default=str(default)).strip()
        if text.isdigit() and 1 <= int(text) <= len(people):
            return people[int(text) - 1].id
        console().print("[red]Pick one of the numbers shown.[/]")


def _ask(
    ws: Workspace,
    interview: Interview,
    qid: str | None,
    text: str | None,
    people: list[Contact],
    last: list[int],
) -> bool:
    """Walk one question: notes, suggestion, rating, red flag, contact; saved at once."""
    from askback.app import answers

    out = console()
    if qid:
        q = ws.bank.get(qid)
        out.print(f"\n[bold]{q.id}[/] {q.text}")
        out.print(f"[dim]  1: {q.rubric.one}\n  3: {q.rubric.three}\n  5: {q.rubric.five}[/]")
    else:
        out.print(f"\n[bold]{text}[/]")
    out.print("[dim]Notes (empty line ends; 's' skips; 'q' stops):[/]")
    notes = _read_notes()
    if notes is None:
        return False
    if notes == SKIP:
        return True
    hint = answers.suggest(notes)
    if hint is not None and hint.rating is not None:
        conc = f", concreteness {hint.concreteness:.2f}" if hint.concreteness is not None else ""
        out.print(
            f"[cyan]The analyzer suggests {hint.rating}{conc}.[/] {hint.explanation}".rstrip()
        )
    rating = _rating()
    red_flag = typer.confirm("Red flag?", default=False)
    contact = _who(people, last[-1] if last else None)
    item = answers.NewAnswer(
        question_id=qid,
        question_text=text,
        notes=notes,
        rating=rating,
        red_flag=red_flag,
        contact=contact,
    )
    if isinstance(contact, str):
        from askback.app import interviews
        from askback.app.log import find_or_add_contacts

        with ws.transaction():
            found, _ = find_or_add_contacts(
                ws, [contact], interview.opportunity.company, choose=contact_chooser(False)
            )
            interviews.add_contact(ws, interview.id, found[0].id)
        item.contact = found[0].id
        people.append(found[0])
    row = answers.add(ws, interview.id, item)
    if row.contact_id is not None:
        last.append(row.contact_id)
    out.print(f"[green]saved answer {row.id}[/]")
    return True


def _interview(
    ws: Workspace,
    interview: int | None,
    opportunity: str | None,
    stage: str | None,
    at: str | None,
    tz: str | None,
    people: list[str],
    yes: bool = False,
) -> Interview:
    from askback.app import interviews

    if interview is not None:
        return interviews.show(ws, interview)
    if opportunity is None:
        opportunity = typer.prompt("Opportunity (id or company)")
    stage = stage or typer.prompt(
        "Stage (screen, team, final, post-offer, backchannel)", default="screen"
    )
    result = start_interview_at(
        ws, opportunity=opportunity, stage=stage, at=at, tz=tz, contacts=people, yes=yes
    )
    for name in result.created_contacts:
        console().print(f"[dim]new contact: {name}[/]")
    return interviews.show(ws, result.interview.id)


def log(
    ctx: typer.Context,
    interview: Annotated[
        int | None, typer.Argument(metavar="[INTERVIEW]", help="An existing interview's id.")
    ] = None,
    opportunity: Annotated[
        str | None, typer.Option("--opportunity", "-o", help="Start a new interview for it.")
    ] = None,
    stage: Annotated[str | None, typer.Option("--stage", help="Stage of a new interview.")] = None,
    at: Annotated[
        str | None, typer.Option("--at", help="When a new interview took place (default now).")
    ] = None,
    tz: TzOption = None,
    with_: Annotated[
        list[str] | None,
        typer.Option(
            "--with",
            help="Who took part: repeat it or separate names by commas (as interview add).",
        ),
    ] = None,
    questions: Annotated[
        str | None, typer.Option("--questions", help="Question ids to walk, comma-separated.")
    ] = None,
    plan: Annotated[
        Path | None, typer.Option("--plan", help="A plan file from `askback plan --out`.")
    ] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from", help="Save a Markdown notes file instead.")
    ] = None,
    yes: Annotated[
        bool,
        typer.Option(
            "--yes",
            "-y",
            help="Add new contact names (from --with or the notes file) without asking, even "
            "one close to an existing contact's.",
        ),
    ] = False,
) -> None:
    """Record an interview: walk planned questions, take notes, rate, mark red flags.

    Each answer is saved as soon as you finish it. With --from, a notes file
    (see docs/tracker.md) is saved in one go, all or nothing; --stage applies when its
    front matter names none, and saving the same file again saves nothing twice.

    Example: askback log -o acme --stage team --with "Jane Doe" --questions dei-012,rml-003
    """
    from askback.app.log import log_notes, read_plan
    from askback.app.notes import read_notes

    out = console()
    with workspace(ctx) as ws:
        if from_file is not None:
            notes = read_notes(from_file)
            result = log_notes(
                ws,
                notes,
                interview=interview,
                opportunity=opportunity,
                stage=stage,
                choose=contact_chooser(yes),
                yes=yes,
            )
            if result.already_logged:
                out.print(
                    f"Already saved: interview {result.interview.id} "
                    f"({result.interview.opportunity.label}) holds every answer in "
                    f"{from_file}; nothing was saved again."
                )
                return
            what = "new interview" if result.created_interview else "interview"
            out.print(
                f"Saved {len(result.answers)} answer(s) to {what} {result.interview.id} "
                f"({result.interview.opportunity.label})."
            )
            for name in result.created_contacts:
                out.print(f"[dim]new contact: {name}[/]")
            return
        planned = split_csv([questions] if questions else [])
        if plan is not None:
            planned += read_plan(ws, plan)
        planned = list(dict.fromkeys(planned))
        for qid in planned:
            ws.bank.get(qid)
        row = _interview(ws, interview, opportunity, stage, at, tz, with_ or [], yes)
        people = ", ".join(c.name for c in row.contacts) or "nobody recorded yet"
        out.print(
            f"[bold]Interview {row.id}[/] · {row.opportunity.label} · {row.stage} · "
            f"{local_time(row.starts_at, row.timezone)} · with {people}"
        )
        last: list[int] = []
        people_list = list(row.contacts)
        for qid in planned:
            if not _ask(ws, row, qid, None, people_list, last):
                return
        while True:
            nxt = typer.prompt(
                "\nNext question: a bank id or your own words (Enter: finish)",
                default="",
                show_default=False,
            ).strip()
            if not nxt:
                break
            if nxt in ws.bank.by_id:
                keep_going = _ask(ws, row, nxt, None, people_list, last)
            else:
                keep_going = _ask(ws, row, None, nxt, people_list, last)
            if not keep_going:
                break
        out.print("Done. See it with: askback interview show " + str(row.id))
