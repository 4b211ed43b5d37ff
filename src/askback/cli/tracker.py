"""The tracker's commands: opportunities, contacts, interviews, answers, signals and your data.

`register` adds every tracker_*.py module's commands to the root app. Modules import the core
inside command functions, so `askback --help` stays fast.
"""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    from askback.cli import tracker_agenda, tracker_data, tracker_log
    from askback.cli.tracker_interview import answer_app, interview_app
    from askback.cli.tracker_opportunity import opportunity_app
    from askback.cli.tracker_people import contact_app
    from askback.cli.tracker_signal import question_app, signal_app

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
    app.command("log")(tracker_log.log)
    app.command("today")(tracker_agenda.today)
    app.command("timeline")(tracker_agenda.timeline)
    app.add_typer(tracker_data.export_app, name="export")
    app.add_typer(tracker_data.import_app, name="import")
    app.command("backup")(tracker_data.backup)
    app.command("restore")(tracker_data.restore)
    app.command("forget")(tracker_data.forget)
    app.command("wipe")(tracker_data.wipe)
