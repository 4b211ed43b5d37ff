"""`askback log`: record an interview while it is fresh, interactively or from a notes file."""

from __future__ import annotations

from dataclasses import dataclass, field
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

SKIP, STOP, UNRATED = "s", "q", "-"


class Quit(Exception):
    """The user typed q at a prompt: stop cleanly, keeping what was saved."""


@dataclass
class Session:
    """One run of `askback log`: the people in the call, and what was saved so far."""

    people: list[Contact]
    planned_for: dict[str, int] = field(default_factory=dict)
    last: int | None = None
    saved: list[str] = field(default_factory=list)


def _input(text: str, **options: object) -> str:
    """typer.prompt, but Ctrl-C stays a KeyboardInterrupt and the end of input stops cleanly."""
    try:
        answer: str = typer.prompt(text, **options)  # type: ignore[arg-type]
    except typer.Abort as exc:
        # click turns both into Abort ("Aborted!"); the note being typed must survive either.
        if isinstance(exc.__context__, EOFError):
            raise Quit from None
        raise KeyboardInterrupt from None
    return answer


def _prompt(text: str, default: str = "", show_default: bool = True) -> str:
    """A prompt where a lone q quits the whole log."""
    answer = _input(text, default=default, show_default=show_default and bool(default))
    if answer.strip().lower() == STOP:
        raise Quit
    return answer.strip()


def _read_notes(lines: list[str]) -> str | None:
    """Lines until an empty one, kept in `lines` as typed; None when the user types q alone."""
    while True:
        line = _input("", default="", show_default=False, prompt_suffix="> ")
        if not lines and line.strip().lower() == STOP:
            return None
        if not lines and line.strip().lower() == SKIP:
            return SKIP
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


def _rating(suggested: int | None) -> int | None:
    if suggested is not None:
        label = f"Rating 1-5 (Enter: {suggested}, as suggested; '-': unrated)"
    else:
        label = "Rating 1-5 (Enter or '-': unrated)"
    while True:
        text = _prompt(label, default="", show_default=False)
        if not text:
            return suggested
        if text == UNRATED:
            return None
        if text in {"1", "2", "3", "4", "5"}:
            return int(text)
        console().print(
            "[red]Rating: type a number from 1 to 5, Enter for the default, '-' for unrated, "
            "or q to stop.[/]"
        )


def _yes_no(label: str) -> bool:
    while True:
        text = _prompt(f"{label} [y/N]", default="", show_default=False).lower()
        if text in ("", "n", "no"):
            return False
        if text in ("y", "yes"):
            return True
        console().print("[red]Red flag: type y or n (Enter: n), or q to stop.[/]")


def _who(session: Session, qid: str | None) -> int | str | None:
    people = session.people
    if not people:
        name = _prompt("Who answered? (Enter: nobody)", default="", show_default=False)
        return name or None
    if len(people) == 1:
        return people[0].id
    choices = "  ".join(f"[{n}] {p.name}" for n, p in enumerate(people, start=1))
    # The person the plan named for this question, else whoever answered last, else the first.
    wanted = session.planned_for.get(qid or "", session.last)
    default = next((n for n, p in enumerate(people, start=1) if p.id == wanted), None)
    if default is None:
        default = next((n for n, p in enumerate(people, start=1) if p.id == session.last), 1)
    while True:
        text = _prompt(f"Who answered? {choices}", default=str(default))
        if text.isdigit() and 1 <= int(text) <= len(people):
            return people[int(text) - 1].id
        console().print(f"[red]Who answered: type one of the numbers 1 to {len(people)}.[/]")


def _dimension(ws: Workspace, text: str) -> str | None:
    """A dimension for a question of the user's own, suggested from its words."""
    from askback.bank.schema import Dimension

    names = [d.value for d in Dimension]
    hits = ws.bank.search(text, limit=1)
    guess = hits[0].question.dimension.value if hits else None
    shown = f"Enter: {guess}; " if guess else ""
    console().print(f"[dim]Dimensions: {', '.join(names)}[/]")
    while True:
        picked = _prompt(
            f"Dimension ({shown}'-': none, the answer will not count)",
            default="",
            show_default=False,
        ).lower()
        if not picked and guess:
            return guess
        if picked in ("", UNRATED):
            return None
        matches = [n for n in names if n == picked] or [n for n in names if n.startswith(picked)]
        if len(matches) == 1:
            return matches[0]
        console().print(
            f"[red]Dimension: {picked!r} names none or more than one; type one of those listed "
            "(a unique start is enough), '-' for none, or q to stop.[/]"
        )


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

    out = console()
    if qid:
        q = ws.bank.get(qid)
        out.print(f"\n[bold]{q.id}[/] {q.text}")
        out.print(f"[dim]  1: {q.rubric.one}\n  3: {q.rubric.three}\n  5: {q.rubric.five}[/]")
    else:
        out.print(f"\n[bold]{text}[/]")
    out.print("[dim]Notes (empty line ends; 's' skips; 'q' stops):[/]")
    item = answers.NewAnswer(question_id=qid, question_text=text)
    lines: list[str] = []
    try:
        notes = _read_notes(lines)
        if notes is None:
            return False
        if notes == SKIP:
            return True
        item.notes = notes
        if text is not None:
            item.dimension = _dimension(ws, text)
            if item.dimension is None:
                out.print("[yellow]No dimension: this answer will not count in assess.[/]")
        hint = answers.suggest(notes)
        suggested = hint.rating if hint is not None else None
        if hint is not None and hint.rating is not None:
            conc = (
                f", concreteness {hint.concreteness:.2f}" if hint.concreteness is not None else ""
            )
            out.print(
                f"[cyan]The analyzer suggests {hint.rating}{conc}.[/] {hint.explanation}".rstrip()
            )
        item.rating = _rating(suggested)
        item.red_flag = _yes_no("Red flag?")
        item.contact = _who(session, qid)
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
        opportunity = _prompt("Opportunity (id or company; q stops)", show_default=False)
    stage = stage or _prompt("Stage (screen, team, final, post-offer, backchannel)", "screen")
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
            f"[dim]Resuming: {len(already)} of {len(planned)} planned question(s) already "
            f"answered ({', '.join(already)}).[/]"
        )
    for qid in planned:
        if qid not in done and not _ask(ws, row, qid, None, session):
            return
    while True:
        nxt = _prompt(
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

    Example: askback log -o acme --stage team --with "Jane Doe" --questions dei-012,rml-003
    """
    from askback.app.log import log_notes, read_plan_sheet
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
    out.print(f"Saved in this run to interview {row.id}: {len(session.saved)} answer(s): {saved}.")
    if interrupted or not session.saved or plan is not None:
        again = f" --plan {plan}" if plan is not None else ""
        out.print(f"Carry on with: askback log {row.id}{again}")
    out.print(f"See it with: askback interview show {row.id}")
