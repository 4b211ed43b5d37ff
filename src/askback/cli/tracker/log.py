"""`askback log`: record an interview while it is fresh, interactively or from a notes file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from askback.cli.output import console, split_csv
from askback.cli.tracker import log_prompts as prompts
from askback.cli.tracker.common import (
    TzOption,
    contact_chooser,
    local_time,
    start_interview_at,
    workspace,
)
from askback.cli.tracker.log_prompts import SKIP, Quit, Session
from askback.i18n import ngettext

if TYPE_CHECKING:
    from askback.app import Workspace
    from askback.store.models import Interview


def _save(ws: Workspace, interview: Interview, item: object, session: Session) -> int:
    """Save one answer now; a new name as "who" becomes a contact in this interview."""
    from askback.app import answers

    assert isinstance(item, answers.NewAnswer)
    if isinstance(item.contact, str):
        from askback.app import interviews
        from askback.app.log import find_or_add_contacts

        with ws.transaction():
            found, _ = find_or_add_contacts(
                ws, [item.contact], interview.opportunity.company, choose=contact_chooser(False)
            )
            interviews.add_contact(ws, interview.id, found[0].id)
        item.contact = found[0].id
        session.people.append(found[0])
    row = answers.add(ws, interview.id, item)
    if row.contact_id is not None:
        session.last = row.contact_id
    session.saved.append(f"{row.id} ({item.question_id or 'own question'})")
    return row.id


def _ask(
    ws: Workspace, interview: Interview, qid: str | None, text: str | None, session: Session
) -> bool:
    """Walk one question: notes, suggestion, rating, red flag, contact; saved at once."""
    from askback.app import answers
    from askback.text.redflags import question_flags

    out = console()
    q = ws.bank.get(qid) if qid else None
    if q is not None:
        out.print(f"\n[bold]{q.id}[/] {q.text}")
        out.print(f"[dim]  1: {q.rubric.one}\n  3: {q.rubric.three}\n  5: {q.rubric.five}[/]")
    else:
        out.print(f"\n[bold]{text}[/]")
    out.print("[dim]Notes (empty line ends; 's' skips; 'q' stops):[/]")
    item = answers.NewAnswer(question_id=qid, question_text=text)
    lines: list[str] = []
    try:
        notes = prompts.read_notes(lines)
        if notes is None:
            return False
        if notes == SKIP:
            return True
        item.notes = notes
        if text is not None:
            item.dimension = prompts.dimension(ws, text)
            if item.dimension is None:
                out.print("[yellow]No dimension: this answer will not count in assess.[/]")
        # The bank question's red flags, so that notes echoing one are flagged in the hint.
        hint = answers.suggest(notes, red_flags=question_flags(q) if q is not None else ())
        suggested = hint.rating if hint is not None else None
        if hint is not None and hint.rating is not None:
            conc = (
                f", concreteness {hint.concreteness:.2f}" if hint.concreteness is not None else ""
            )
            out.print(
                f"[cyan]The analyzer suggests {hint.rating}{conc}.[/] {hint.explanation}".rstrip()
            )
            if hint.red_flag:
                out.print("[red]It reads as a red flag: mark it so if you agree.[/]")
        item.rating = prompts.rating(suggested)
        item.red_flag = prompts.yes_no("Red flag?")
        item.contact = prompts.who(session, qid)
    except (KeyboardInterrupt, Quit):
        # Never lose a note: keep what was typed (the line being typed is the terminal's).
        item.notes = item.notes or "\n".join(lines)
        if item.notes.strip():
            if isinstance(item.contact, str) or item.contact is None:
                item.contact = session.people[0].id if len(session.people) == 1 else None
            number = _save(ws, interview, item, session)
            rated = f"rated {item.rating}" if item.rating is not None else "unrated"
            out.print(
                f"\n[green]Kept the note you were typing as answer {number} ({rated}); "
                f"finish it with: askback answer edit {number}[/]"
            )
        raise
    number = _save(ws, interview, item, session)
    out.print(f"[green]saved answer {number}[/]")
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
    while not opportunity:
        opportunity = prompts.prompt("Opportunity (id or company; q stops)", show_default=False)
    from askback.app.names import unknown
    from askback.bank.schema import Stage

    stages = [v.value for v in Stage]
    if stage is not None and stage.strip().lower() not in stages:
        raise unknown("stage", stage, stages, " (--stage)")
    while stage is None:
        typed = prompts.prompt(f"Stage ({', '.join(stages)})", "screen").lower()
        if typed in stages:
            stage = typed
        else:
            console().print(f"[red]Stage: type one of {', '.join(stages)}, or q to stop.[/]")
    result = start_interview_at(
        ws, opportunity=opportunity, stage=stage, at=at, tz=tz, contacts=people, yes=yes
    )
    for name in result.created_contacts:
        console().print(f"[dim]new contact: {name}[/]")
    return interviews.show(ws, result.interview.id)


def _walk(ws: Workspace, row: Interview, planned: list[str], session: Session) -> None:
    """The planned questions not yet answered, then questions typed on the spot."""
    out = console()
    done = {a.question_id for a in row.answers if a.question_id}
    already = [q for q in planned if q in done]
    if already:
        out.print(
            "[dim]"
            + ngettext(
                "Resuming: {done} of {n} planned question already answered ({ids}).",
                "Resuming: {done} of {n} planned questions already answered ({ids}).",
                len(planned),
                done=len(already),
                ids=", ".join(already),
            )
            + "[/]"
        )
    for qid in planned:
        if qid not in done and not _ask(ws, row, qid, None, session):
            return
    while True:
        nxt = prompts.prompt(
            "\nNext question: a bank id or your own words (Enter: finish; q: stop)",
            default="",
            show_default=False,
        )
        if not nxt:
            return
        known = nxt in ws.bank.by_id
        if not _ask(ws, row, nxt if known else None, None if known else nxt, session):
            return


def log(
    ctx: typer.Context,
    interview: Annotated[
        int | None, typer.Argument(metavar="[INTERVIEW]", help="An existing interview's id.")
    ] = None,
    opportunity: Annotated[
        str | None, typer.Option("--opportunity", "-O", help="Start a new interview for it.")
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
        Path | None,
        typer.Option(
            "--plan",
            help="A plan file from `askback plan --out`: its questions, opportunity, stage and "
            "people. With an interview id, resumes after the questions already answered.",
        ),
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

    Each answer is saved as soon as you finish it. At any prompt, q stops; Ctrl-C keeps the
    note being typed. Enter takes the suggested rating ('-' leaves it unrated). With --from,
    a notes file (see docs/tracker.md) is saved in one go, all or nothing; --stage applies
    when its front matter names none, and saving the same file again saves nothing twice.

    Example: askback log -O acme --stage team --with "Jane Doe" --questions dei-012,rml-003
    """
    from askback.app.log import log_notes
    from askback.app.notes import read_notes
    from askback.app.plan_sheet import read_plan_sheet

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
            saved = ngettext("Saved {n} answer", "Saved {n} answers", len(result.answers))
            out.print(
                f"{saved} to {what} {result.interview.id} ({result.interview.opportunity.label})."
            )
            for name in result.created_contacts:
                out.print(f"[dim]new contact: {name}[/]")
            loose = [a.question_text for a in result.answers if a.dimension is None]
            if loose:
                out.print(
                    "[yellow]"
                    + ngettext(
                        "{n} answer to a question in your own words has no dimension and will "
                        "not count in assess, plan or compare: ",
                        "{n} answers to questions in your own words have no dimension and will "
                        "not count in assess, plan or compare: ",
                        len(loose),
                    )
                    + f"{'; '.join(repr(t) for t in loose)}. Give one with a 'dimension:' line "
                    "under the heading, or with askback answer edit ID --dimension NAME.[/]"
                )
            return
        planned = split_csv([questions] if questions else [])
        sheet = read_plan_sheet(ws, plan) if plan is not None else None
        if sheet is not None:
            planned += sheet.ids
            if interview is None and opportunity is None and sheet.opportunity_id is not None:
                opportunity = str(sheet.opportunity_id)
            stage = stage or sheet.stage
            # The people the plan names take part too, after those given with --with.
            with_ = [*(with_ or []), *(str(c) for c in dict.fromkeys(sheet.ask.values()))]
        planned = list(dict.fromkeys(planned))
        for qid in planned:
            ws.bank.get(qid)
        session = Session(people=[], planned_for=dict(sheet.ask) if sheet else {})
        row: Interview | None = None
        try:
            row = _interview(ws, interview, opportunity, stage, at, tz, with_ or [], yes)
            people = ", ".join(c.name for c in row.contacts) or "nobody recorded yet"
            out.print(
                f"[bold]Interview {row.id}[/] · {row.opportunity.label} · {row.stage} · "
                f"{local_time(row.starts_at, row.timezone)} · with {people}"
            )
            session.people = list(row.contacts)
            _walk(ws, row, planned, session)
        except (KeyboardInterrupt, Quit) as stop:
            _summary(row, session, plan, interrupted=isinstance(stop, KeyboardInterrupt))
            raise typer.Exit(130 if isinstance(stop, KeyboardInterrupt) else 0) from None
        _summary(row, session, plan, interrupted=False)


def _summary(row: Interview | None, session: Session, plan: Path | None, interrupted: bool) -> None:
    """What this run saved, and how to carry on."""
    out = console()
    if interrupted:
        out.print("\n[yellow]Interrupted.[/]")
    if row is None:
        out.print("Nothing was saved.")
        return
    saved = ", ".join(session.saved) if session.saved else "none"
    count = ngettext("{n} answer", "{n} answers", len(session.saved))
    out.print(f"Saved in this run to interview {row.id}: {count}: {saved}.")
    if interrupted or not session.saved or plan is not None:
        again = f" --plan {plan}" if plan is not None else ""
        out.print(f"Carry on with: askback log {row.id}{again}")
    out.print(f"See it with: askback interview show {row.id}")
