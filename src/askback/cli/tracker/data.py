"""Getting data in and out: export, import, backup, restore, forget and wipe."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from askback.cli import completion as complete
from askback.cli.output import JsonOption, console, number, print_json
from askback.cli.tracker.common import YesOption, confirm, err, out_or_positional, workspace
from askback.i18n import count_rows, ngettext

if TYPE_CHECKING:
    from askback.app.csv_import import CsvReport
    from askback.app.forget import Scrub

export_app = typer.Typer(
    help=(
        "Export your data: JSON (everything), CSV, a Markdown dossier, ICS.\n\n"
        "Example: askback export json --out everything.json"
    )
)
import_app = typer.Typer(
    help=(
        "Import data: an askback JSON export, or a spreadsheet as CSV.\n\n"
        "Example: askback import csv jobs.csv --dry-run"
    )
)

OutOpt = Annotated[
    Path | None, typer.Option("--out", "-o", help="File to write (default: stdout).")
]
# Commands that write a file: with --json they print what they wrote (and need --out).
WroteJson = Annotated[
    bool, typer.Option("--json", help="Print the file written (path and size) as JSON.")
]
MaxSizeOpt = Annotated[
    float, typer.Option("--max-size", min=0.001, help="Refuse files larger than this many MB.")
]


def _need_out(as_json: bool, out: Path | None) -> None:
    if as_json and out is None:
        raise typer.BadParameter(
            "it prints the file written, so it needs --out FILE "
            "(without --out the export itself goes to standard output)",
            param_hint="--json",
        )


def _wrote(out: Path, as_json: bool) -> None:
    if as_json:
        print_json({"path": str(out), "size": out.stat().st_size})
    else:
        err().print(f"wrote {out}")


def _emit(data: str | bytes, out: Path | None, as_json: bool = False) -> None:
    _need_out(as_json, out)
    if out is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        return
    from askback.export.writing import write_private

    write_private(out, data if isinstance(data, bytes) else data.encode("utf-8"))
    _wrote(out, as_json)


@export_app.command("json")
def export_json(ctx: typer.Context, out: OutOpt = None, as_json: WroteJson = False) -> None:
    """Everything, as one versioned JSON document that `askback import json` reads back.

    Example: askback export json --out askback-export.json
    """
    from askback.app import exports

    _need_out(as_json, out)
    with workspace(ctx) as ws:
        if out is None:
            _emit(exports.json_text(ws), None)
        else:
            exports.write_json(ws, out)
            _wrote(out, as_json)


@export_app.command("csv")
def export_csv(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the CSV files.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the files written as JSON.")
    ] = False,
) -> None:
    """One CSV file per table, for spreadsheets and pandas.

    Example: askback export csv --out ./askback-csv
    """
    from askback.app import exports

    with workspace(ctx) as ws:
        paths = exports.write_csv(ws, out)
    if as_json:
        print_json({"folder": str(out), "files": [str(p) for p in paths]})
        return
    err().print(
        ngettext("wrote {n} file to {out}", "wrote {n} files to {out}", len(paths), out=out)
    )


@export_app.command("markdown")
def export_markdown(
    ctx: typer.Context,
    opportunity: Annotated[
        str,
        typer.Argument(
            metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
        ),
    ],
    out: OutOpt = None,
    as_json: WroteJson = False,
) -> None:
    """A Markdown dossier of one opportunity: facts, history, interviews, answers, signals.

    Example: askback export markdown acme --out acme.md
    """
    from askback.app import exports

    with workspace(ctx) as ws:
        _emit(exports.dossier(ws, opportunity), out, as_json)


@export_app.command("ics")
def export_ics(
    ctx: typer.Context,
    opportunity: Annotated[
        str | None,
        typer.Option(
            "--opportunity",
            help="Only this opportunity's interviews.",
            autocompletion=complete.opportunities,
        ),
    ] = None,
    out: OutOpt = None,
    as_json: WroteJson = False,
) -> None:
    """Your interviews as an ICS calendar file.

    Example: askback export ics --out interviews.ics
    """
    from askback.app import exports

    with workspace(ctx) as ws:
        _emit(exports.calendar(ws, opportunity), out, as_json)


@import_app.command("json")
def import_json(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(metavar="FILE", help="An askback JSON export.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace everything in this workspace with the file.")
    ] = False,
    merge: Annotated[
        bool, typer.Option("--merge", help="Add the file's data next to what is here.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check everything, write nothing.")
    ] = False,
    max_size: MaxSizeOpt = 200,
    yes: YesOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Import an `askback export json` file, all of it or nothing.

    Example: askback --db postgresql+psycopg://me@server/askback import json askback-export.json
    """
    from askback.app.transfer import ImportMode, import_document
    from askback.export.jsonfile import JsonExport

    if replace and merge:
        raise typer.BadParameter("choose --replace or --merge, not both", param_hint="--replace")
    mode = ImportMode.REPLACE if replace else ImportMode.MERGE if merge else ImportMode.EMPTY
    doc = JsonExport().read(path, max_mb=max_size)
    with workspace(ctx) as ws:
        if mode is ImportMode.REPLACE and not dry_run:
            confirm("Replace all data in this workspace with the file's?", yes)
        result = import_document(ws, doc, mode=mode, dry_run=dry_run)
    if as_json:
        print_json(
            {"dry_run": dry_run, "counts": dict(result.counts), "remapped": list(result.remapped)}
        )
        return
    counts = ", ".join(count_rows(result.counts)) or "nothing"
    verb = "Would import" if dry_run else "Imported"
    console().print(f"{verb} {counts}.")
    if result.remapped:
        console().print(f"[dim]new ids were given to: {', '.join(result.remapped)}[/]")


@import_app.command("csv")
def import_csv(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A CSV file with a header row.")],
    into: Annotated[
        str, typer.Option("--into", help="What each row is: opportunities or contacts.")
    ] = "opportunities",
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help="COLUMN=FIELD, e.g. 'Firma=company' (repeatable; FIELD '-' ignores a column). "
            "Columns named like a field are mapped on their own.",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check every row, write nothing.")
    ] = False,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Import the valid rows even if others are bad.")
    ] = False,
    encoding: Annotated[
        str,
        typer.Option("--encoding", help="The file's encoding, e.g. cp1252 for old Excel files."),
    ] = "utf-8",
    date_format: Annotated[
        str | None, typer.Option("--date-format", help="strftime format, e.g. %m/%d/%Y.")
    ] = None,
    max_size: MaxSizeOpt = 200,
    as_json: JsonOption = False,
) -> None:
    """Import the spreadsheet you kept so far; any bad row means nothing is imported.

    Example: askback import csv jobs.csv --map "Firma=company" --map "Stelle=role" --dry-run
    """
    from askback.app.csv_import import CsvImportError
    from askback.app.csv_import import import_csv as run

    pairs: dict[str, str] = {}
    for item in mapping or []:
        column, sep, field = item.partition("=")
        if not sep or not column.strip():
            raise typer.BadParameter(f"{item!r} is not COLUMN=FIELD", param_hint="--map")
        pairs[column.strip()] = field.strip()
    with workspace(ctx) as ws:
        try:
            report = run(
                ws,
                path,
                target=into,
                mapping=pairs,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                encoding=encoding,
                date_format=date_format,
                max_mb=max_size,
            )
        except CsvImportError as exc:
            # Show the mapping that was used (or the errors as JSON), then the row report.
            if as_json:
                print_json(_csv_report_json(exc.report))
            else:
                _print_mapping(exc.report)
            raise
    if as_json:
        print_json(_csv_report_json(report))
        return
    out = console()
    _print_mapping(report)
    for e in report.errors:
        out.print(f"[yellow]skipped {e}[/]")
    if dry_run:
        out.print(
            ngettext(
                "Dry run: {valid} of {n} row would be imported; nothing written.",
                "Dry run: {valid} of {n} rows would be imported; nothing written.",
                report.rows,
                valid=report.valid,
            )
        )
    else:
        out.print(
            ngettext(
                "Imported {imported} of {n} row into {target}.",
                "Imported {imported} of {n} rows into {target}.",
                report.rows,
                imported=report.imported,
                target=report.target,
            )
        )


def _print_mapping(report: CsvReport) -> None:
    out = console()
    shown = ", ".join(f"{c} → {f}" for c, f in report.mapping.items())
    out.print(f"[dim]columns: {shown}[/]")
    if report.ignored:
        out.print(f"[dim]ignored columns: {', '.join(report.ignored)}[/]")


def _csv_report_json(report: CsvReport) -> dict[str, Any]:
    return {
        "rows": report.rows,
        "valid": report.valid,
        "imported": report.imported,
        "ids": report.ids,
        "mapping": report.mapping,
        "ignored": report.ignored,
        "errors": [{"row": e.row, "column": e.column, "problem": e.problem} for e in report.errors],
        "dry_run": report.dry_run,
    }


def backup(
    ctx: typer.Context,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File or folder to write (default: askback-backups/ by the database).",
        ),
    ] = None,
    dest: Annotated[
        Path | None, typer.Argument(hidden=True, help="Deprecated: the same as --out.")
    ] = None,
    as_json: WroteJson = False,
) -> None:
    """Back up the database: SQLite's online backup, or a JSON export on PostgreSQL.

    Example: askback backup --out ~/askback-2025-03-14.sqlite3
    """
    from askback.app.backup import backup as run

    dest = out_or_positional(out, dest)

    with workspace(ctx) as ws:
        result = run(ws, dest)
    if as_json:
        print_json({"path": str(result.path), "kind": result.kind, "size": result.size})
    else:
        console().print(f"Backed up to {result.path} ({result.kind}, {number(result.size)} bytes).")


def restore(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(metavar="FILE", help="A backup or a JSON export.")],
    max_size: MaxSizeOpt = 200,
    yes: YesOption = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Replace the data in this database with a backup's (the current data is backed up first).

    Example: askback restore ~/askback-2025-03-14.sqlite3
    """
    from askback.app.backup import inspect_backup
    from askback.app.backup import restore as run

    info = inspect_backup(path, max_mb=max_size)
    with workspace(ctx) as ws:
        confirm(f"Restore {info.detail} from {path}, replacing the current data?", yes)
        result = run(ws, path, max_mb=max_size)
    if as_json:
        copy = result.safety_copy
        print_json({"restored_from": str(path), "safety_copy": str(copy) if copy else None})
        return
    if result.safety_copy:
        console().print(
            f"[dim]the data before the restore is in {result.safety_copy}[/]", soft_wrap=True
        )
    console().print(f"Restored from {path}.")


def forget(
    ctx: typer.Context,
    opportunity: Annotated[
        str | None,
        typer.Argument(
            metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
        ),
    ] = None,
    keep_contacts: Annotated[
        bool, typer.Option("--keep-contacts", help="Keep the people you met through it.")
    ] = False,
    finish: Annotated[
        bool,
        typer.Option(
            "--finish",
            help="Only clear text deleted earlier from the SQLite write-ahead log "
            "(after forget or wipe said another program was reading).",
        ),
    ] = False,
    yes: YesOption = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print what was deleted as JSON.")
    ] = False,
) -> None:
    """Delete everything about one opportunity, including contacts met only through it.

    Exits with 1 when another program reading the database keeps the deleted text in its
    write-ahead log; close it and run `askback forget --finish`.

    Example: askback forget acme
    """
    from askback.app.forget import forget as run
    from askback.app.forget import plan_forget, scrub

    with workspace(ctx) as ws:
        if finish:
            if opportunity is not None:
                raise typer.BadParameter("--finish takes no OPPORTUNITY", param_hint="--finish")
            done = {"finished": True} if as_json else None
            _report_scrub(scrub(ws), "Nothing deleted is left in the write-ahead log.", done)
            return
        if opportunity is None:
            raise typer.BadParameter("name the opportunity to forget", param_hint="OPPORTUNITY")
        plan = plan_forget(ws, opportunity, keep_contacts=keep_contacts)
        people = f" and contacts {', '.join(plan.contact_names)}" if plan.contact_names else ""
        if plan.shared_to:
            err().print(
                f"Its share on {plan.shared_to} stays there: forget does not withdraw it. "
                f"To take it back, run `askback unshare {plan.opportunity_id}` first.",
                soft_wrap=True,
            )
        confirm(
            f"Forget #{plan.opportunity_id} {plan.label}: "
            + ", ".join(
                [
                    ngettext("{n} interview", "{n} interviews", plan.interviews),
                    ngettext("{n} answer", "{n} answers", plan.answers),
                    ngettext("{n} signal", "{n} signals", plan.signals),
                ]
            )
            + f"{people}? Backups keep their copy.",
            yes,
        )
        left = run(ws, plan)
    forgot = {
        "forgot": "opportunity",
        "id": plan.opportunity_id,
        "label": plan.label,
        "interviews": plan.interviews,
        "answers": plan.answers,
        "signals": plan.signals,
        "contacts": list(plan.contact_names),
    }
    _report_scrub(left, f"Forgot #{plan.opportunity_id} {plan.label}.", forgot if as_json else None)


def _report_scrub(left: Scrub, done: str, as_json: dict[str, Any] | None = None) -> None:
    """The success line (or `as_json`), or what is still on disk (exit 1) when a reader blocked
    the scrub."""
    if left.pending:
        err().print(f"[yellow]warning:[/] {left.problem()}", soft_wrap=True)
        raise typer.Exit(1)
    if as_json is not None:
        print_json(as_json)
    else:
        console().print(done)


def wipe(ctx: typer.Context, yes: YesOption = False) -> None:
    """Delete all your data in this database (make a backup first if in doubt).

    Copies askback made on its own (askback-before-restore-*, before a schema upgrade) hold
    the data too: wipe lists them and asks to remove them (--yes removes them).

    Example: askback wipe
    """
    from askback.app.forget import Scrub, automatic_copies, summary
    from askback.app.forget import wipe as run

    with workspace(ctx) as ws:
        counts = summary(ws)
        copies = automatic_copies(ws)
        if not counts and not copies:
            console().print("There is nothing to wipe.")
            return
        if counts:
            what = ", ".join(count_rows(counts))
            if counts.get("hub_shares"):
                err().print(
                    "What you shared stays on the hub: wipe does not withdraw it. To take it "
                    "back, run `askback unshare OPPORTUNITY` for each shared one first.",
                    soft_wrap=True,
                )
            if not yes:
                answer = typer.prompt(f"This deletes {what}. Type 'wipe' to go on", default="")
                if answer.strip().lower() != "wipe":
                    err().print("Nothing was changed.")
                    raise typer.Exit(1)
            left = run(ws).scrub
        else:
            left = Scrub()
    _remove_copies(copies, yes)
    _report_scrub(left, "Wiped. Backups you made yourself still hold their copies.")


def _remove_copies(copies: list[Path], yes: bool) -> None:
    if not copies:
        return
    out = console()
    out.print(f"askback made {len(copies)} automatic copies that still hold the data:")
    for path in copies:
        out.print(f"  {path}", soft_wrap=True)
    if yes or typer.confirm("Remove them too?", default=False):
        for path in copies:
            path.unlink(missing_ok=True)
        out.print(f"Removed {len(copies)} automatic copies.")
    else:
        out.print("Kept them; delete them yourself when you no longer need them.")
