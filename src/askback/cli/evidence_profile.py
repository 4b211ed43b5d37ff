"""`askback profile`: a short wizard for the values profile, plus show, import and export (TOML)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from askback.cli.output import JsonOption, console, print_json, split_csv
from askback.cli.tracker.common import workspace

if TYPE_CHECKING:
    from askback.bank import Bank
    from askback.domain.model import DealBreaker, Profile

profile_app = typer.Typer(
    help="Your values profile: what you weigh, your deal breakers, your must-ask questions.\n\n"
    "Run without a subcommand for a short wizard.\n\nExample: askback profile",
    invoke_without_command=True,
    no_args_is_help=False,
)


@profile_app.callback()
def wizard(ctx: typer.Context) -> None:
    """Walk through weights, deal breakers and must-ask questions; Enter keeps a value.

    Example: askback profile
    """
    if ctx.invoked_subcommand is not None:
        return
    from askback.app import evidence

    with workspace(ctx) as ws:
        current = evidence.get_profile(ws)
        updated = _ask(current, ws.bank)
        saved = evidence.save_profile(ws, updated)
    console().print("Saved. [dim]See it with `askback profile show`.[/]")
    _show(saved)


def _ask(current: Profile, bank: Bank) -> Profile:
    from askback.app.limits import WEIGHT
    from askback.bank.schema import DIMENSION_LABELS, Dimension
    from askback.domain.model import Profile

    out = console()
    out.print(
        "[bold]How much does each area weigh for you?[/] 0 = ignore, 10 = matters most. "
        "Press Enter to keep the value in brackets."
    )
    weights: dict[Dimension, int] = {}
    for d in Dimension:
        weights[d] = int(
            _number(f"  {DIMENSION_LABELS[d]}", int(current.weight(d)), WEIGHT.low, WEIGHT.high)
        )
    out.print(
        "\n[bold]Deal breakers[/]: 'dimension at least level L, with confidence p' "
        "(levels: 1 red flag, 2 weak, 3 adequate, 4 good, 5 exemplary)."
    )
    rules = list(current.deal_breakers)
    if rules:
        out.print("  Now: " + "; ".join(r.label() for r in rules))
        if not typer.confirm("  Keep these?", default=True):
            rules = []
    while typer.confirm("  Add a deal breaker?", default=False):
        new = _ask_rule()
        # One rule per dimension: a new rule replaces the old one on its dimension.
        rules = [r for r in rules if r.dimension != new.dimension] + [new]
    out.print("\n[bold]Must-ask questions[/]: bank ids asked in every plan, e.g. rml-001.")
    must = _ask_ids(bank, current.must_ask)
    return Profile(
        weights=weights,
        deal_breakers=rules,
        must_ask=must,
        source_weights=current.source_weights,
    )


def _ask_ids(bank: Bank, current: list[str]) -> list[str]:
    """Ask until every id names a question (the bank's or your own); '-' for none."""
    from rich.markup import escape

    from askback.errors import NotFoundError

    default = ",".join(current) or "-"
    while True:
        raw = typer.prompt("  Ids, comma-separated ('-' for none)", default=default)
        must = [] if raw.strip() == "-" else split_csv([raw])
        try:
            for qid in must:
                bank.get(qid)
        except NotFoundError as exc:
            # Say which id is wrong (with the closest match) and ask again, keeping the rest.
            console().print(f"    [red]{escape(str(exc))}[/]")
            continue
        return must


def _ask_rule() -> DealBreaker:
    from askback.app.limits import CONFIDENCE
    from askback.bank.schema import Dimension
    from askback.domain.model import DealBreaker

    names = [d.value for d in Dimension]
    while (name := typer.prompt(f"    Dimension ({', '.join(names)})").strip()) not in names:
        from rich.markup import escape

        from askback.app.names import did_you_mean

        console().print(
            f"    [red]{escape(repr(name))} is not a dimension{did_you_mean(name, names)}[/]"
        )
    level = int(_number("    At least level", 3, 2, 5))
    confidence = _number(
        f"    With confidence ({CONFIDENCE})", 0.8, CONFIDENCE.low, CONFIDENCE.high, whole=False
    )
    return DealBreaker(dimension=Dimension(name), at_least=level, confidence=confidence)


def _number(label: str, default: float, low: float, high: float, *, whole: bool = True) -> float:
    """Ask until the answer is a number in [low, high]."""
    kind = "a whole number" if whole else "a number"
    while True:
        text = str(typer.prompt(label, default=str(default))).strip()
        try:
            value = int(text) if whole else float(text)
        except ValueError:
            value = None
        if value is not None and low <= value <= high:
            return value
        console().print(f"    [red]Give {kind} from {low:g} to {high:g}.[/]")


def _show(profile: Profile) -> None:
    from askback.bank.schema import DIMENSION_LABELS, Dimension
    from askback.cli.output import Col, FitTable

    table = FitTable(
        [Col("dimension"), Col("weight", wrap=False), Col("deal breaker")],
        title="Your values profile",
    )
    for d in Dimension:
        rule = profile.deal_breaker(d)
        weight = int(profile.weight(d))
        bar = "■" * weight + "·" * (10 - weight)
        deal = f"at least {rule.at_least}, {rule.confidence:.0%} sure" if rule else ""
        table.add_row(DIMENSION_LABELS[d], f"{weight:>2} {bar}", deal)
    out = console()
    out.print(table)
    out.print(f"Must ask: {', '.join(profile.must_ask) or '—'}")
    if profile.source_weights:
        changes = [
            f"{source} on {d}: {w:g}"
            for source, row in profile.source_weights.items()
            for d, w in row.items()
        ]
        out.print("Source weights changed: " + "; ".join(changes))


@profile_app.command("show")
def show(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Show the profile (the default one until you save your own).

    Example: askback profile show --json
    """
    from askback.app import evidence

    with workspace(ctx) as ws:
        profile = evidence.get_profile(ws)
    if as_json:
        print_json(profile.to_document())
    else:
        _show(profile)


@profile_app.command("export")
def export(
    ctx: typer.Context,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="TOML file to write (default: print it)."),
    ] = None,
    path: Annotated[
        Path | None, typer.Argument(hidden=True, help="Deprecated: the same as --out.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the file written (path and size) as JSON.")
    ] = False,
) -> None:
    """Write the profile as TOML, to edit by hand and import again.

    Example: askback profile export --out my-profile.toml
    """
    from askback.app import evidence
    from askback.cli.tracker.common import out_or_positional
    from askback.export.writing import write_private

    path = out_or_positional(out, path)
    if as_json and path is None:
        raise typer.BadParameter(
            "it prints the file written, so it needs --out FILE", param_hint="--json"
        )
    with workspace(ctx) as ws:
        text = evidence.get_profile(ws).to_toml()
    if path is None:
        typer.echo(text, nl=False)
        return
    write_private(path, text.encode("utf-8"))
    if as_json:
        print_json({"path": str(path), "size": path.stat().st_size})
        return
    console().print(f"Wrote {path}.")


@profile_app.command("import")
def import_(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="TOML file written by `askback profile export`.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the imported profile as JSON.")
    ] = False,
) -> None:
    """Replace the profile with one from a TOML file (checked before anything is saved).

    Example: askback profile import my-profile.toml
    """
    from askback.app import evidence
    from askback.domain.model import Profile
    from askback.errors import InputError, NotFoundError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the file ({exc})") from None
    profile = Profile.from_toml(text, str(path))
    with workspace(ctx) as ws:
        for qid in profile.must_ask:
            try:
                ws.bank.get(qid)
            except NotFoundError as exc:
                raise InputError(f"{path}: must_ask: {exc}") from None
        evidence.save_profile(ws, profile)
    if as_json:
        print_json(profile.to_document())
        return
    console().print(f"Imported the profile from {path}.")
