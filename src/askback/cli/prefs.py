"""`askback settings`: the preferences kept in <data dir>/settings.toml (now: your time zone)."""

from __future__ import annotations

from typing import Annotated

import typer

from askback.cli.output import JsonOption, console, print_json

settings_app = typer.Typer(
    help="Your preferences: the time zone times are shown in.\n\nExample: askback settings show",
    no_args_is_help=True,
)


@settings_app.command("show")
def show(as_json: JsonOption = False) -> None:
    """Show your settings and where each comes from.

    Example: askback settings show
    """
    from askback.config import settings_file
    from askback.times import user_zone_source

    zone, source = user_zone_source()
    if as_json:
        print_json({"timezone": zone, "timezone_from": source, "file": str(settings_file())})
        return
    console().print(f"time zone: {zone} (from {source})", soft_wrap=True)
    console().print(f"settings file: {settings_file()}", soft_wrap=True)


@settings_app.command("timezone")
def timezone(
    zone: Annotated[
        str | None,
        typer.Argument(
            metavar="ZONE", help="An IANA name, e.g. Europe/Berlin.", show_default=False
        ),
    ] = None,
    reset: Annotated[
        bool, typer.Option("--reset", help="Forget the saved zone: use this machine's again.")
    ] = False,
) -> None:
    """Show or set the time zone askback shows times in (default: this machine's).

    Times are stored in UTC and shown in this zone; an interview arranged in another zone
    also shows its own clock time. ASKBACK_TZ, when set, wins over the saved zone.

    Example: askback settings timezone America/New_York
    """
    from askback.app.common import check_timezone
    from askback.config import write_user_setting
    from askback.times import ENV_TZ, SETTING, user_zone_source

    if zone is not None and reset:
        raise typer.BadParameter("give a ZONE or --reset, not both")
    if zone is not None or reset:
        name = None if reset else check_timezone(zone.strip() if zone else "")
        path = write_user_setting(SETTING, name)
        console().print(f"Saved to {path}.", soft_wrap=True)
    shown, source = user_zone_source()
    console().print(f"Times are shown in {shown} (from {source}).", soft_wrap=True)
    if source == ENV_TZ and zone is not None:
        console().print(f"{ENV_TZ} is set, so it wins over the saved zone.")


def register(app: typer.Typer) -> None:
    app.add_typer(settings_app, name="settings")
