"""The tracker's commands: opportunities, contacts, interviews, answers, signals and your data.

`register` adds the commands of every module in this package to the root app. Modules import
the core inside command functions, so `askback --help` stays fast.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    from askback.cli.tracker import agenda, data, log
    from askback.cli.tracker.interview import answer_app, interview_app
    from askback.cli.tracker.opportunity import opportunity_app
    from askback.cli.tracker.people import contact_app
    from askback.cli.tracker.signal import question_app, signal_app

    groups = (
        ("opportunity", "opp", opportunity_app),
        ("contact", "contacts", contact_app),
        ("interview", "interviews", interview_app),
        ("answer", "answers", answer_app),
        ("signal", "signals", signal_app),
        ("custom-question", "my-questions", question_app),
    )
    for name, alias, group in groups:
        app.add_typer(group, name=name)
        app.add_typer(group, name=alias, hidden=True)
    app.command("log")(log.log)
    app.command("today")(agenda.today)
    app.command("timeline")(agenda.timeline)
    app.add_typer(data.export_app, name="export")
    app.add_typer(data.import_app, name="import")
    app.command("backup")(data.backup)
    app.command("restore")(data.restore)
    app.command("forget")(data.forget)
    app.command("wipe")(data.wipe)
