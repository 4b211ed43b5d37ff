"""The prompts of `askback log`: notes, rating, red flag, who answered, a dimension; q stops."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import typer

from askback.cli.output import console

if TYPE_CHECKING:
    from askback.app import Workspace
    from askback.store.models import Contact

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


def input(text: str, **options: object) -> str:
    """typer.prompt, but Ctrl-C stays a KeyboardInterrupt and the end of input stops cleanly."""
    try:
        answer: str = typer.prompt(text, **options)  # type: ignore[arg-type]
    except typer.Abort as exc:
        # click turns both into Abort ("Aborted!"); the note being typed must survive either.
        if isinstance(exc.__context__, EOFError):
            raise Quit from None
        raise KeyboardInterrupt from None
    return answer


def prompt(text: str, default: str = "", show_default: bool = True) -> str:
    """A prompt where a lone q quits the whole log."""
    answer = input(text, default=default, show_default=show_default and bool(default))
    if answer.strip().lower() == STOP:
        raise Quit
    return answer.strip()


def read_notes(lines: list[str]) -> str | None:
    """Lines until an empty one, kept in `lines` as typed; None when the user types q alone."""
    while True:
        line = input("", default="", show_default=False, prompt_suffix="> ")
        if not lines and line.strip().lower() == STOP:
            return None
        if not lines and line.strip().lower() == SKIP:
            return SKIP
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


def rating(suggested: int | None) -> int | None:
    if suggested is not None:
        label = f"Rating 1-5 (Enter: {suggested}, as suggested; '-': unrated)"
    else:
        label = "Rating 1-5 (Enter or '-': unrated)"
    while True:
        text = prompt(label, default="", show_default=False)
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


def yes_no(label: str) -> bool:
    while True:
        text = prompt(f"{label} [y/N]", default="", show_default=False).lower()
        if text in ("", "n", "no"):
            return False
        if text in ("y", "yes"):
            return True
        console().print("[red]Red flag: type y or n (Enter: n), or q to stop.[/]")


def who(session: Session, qid: str | None) -> int | str | None:
    people = session.people
    if not people:
        name = prompt("Who answered? (Enter: nobody)", default="", show_default=False)
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
        text = prompt(f"Who answered? {choices}", default=str(default))
        if text.isdigit() and 1 <= int(text) <= len(people):
            return people[int(text) - 1].id
        console().print(f"[red]Who answered: type one of the numbers 1 to {len(people)}.[/]")


def dimension(ws: Workspace, text: str) -> str | None:
    """A dimension for a question of the user's own, suggested from its words."""
    from askback.bank.schema import Dimension

    names = [d.value for d in Dimension]
    hits = ws.bank.search(text, limit=1)
    guess = hits[0].question.dimension.value if hits else None
    shown = f"Enter: {guess}; " if guess else ""
    console().print(f"[dim]Dimensions: {', '.join(names)}[/]")
    while True:
        picked = prompt(
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
