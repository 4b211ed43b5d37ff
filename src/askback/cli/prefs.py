"""`askback settings`: the preferences kept in <data dir>/settings.toml (now: your time zone)."""

from __future__ import annotations

from typing import Annotated

import typer

from askback.cli.output import JsonOption, console, print_json

settings_app = typer.Typer(
    help="Your preferences: the time zone times are shown in, the order of typed dates."
    "\n\nExample: askback settings show",
    no_args_is_help=True,
)


def _date_orders(incomplete: str) -> list[str]:
    from askback.cli.completion import date_orders

    return date_orders(incomplete)


@settings_app.command("show")
def show(as_json: JsonOption = False) -> None:
    """Show your settings and where each comes from.

    Example: askback settings show
    """
    from askback.app.common import date_order_setting
    from askback.config import settings_file
    from askback.i18n import user_locale
    from askback.times import user_zone_source

    zone, source = user_zone_source()
    order = date_order_setting()
    locale = user_locale()
    if as_json:
        print_json(
            {
                "timezone": zone,
                "locale": locale,
                "timezone_from": source,
                "date_order": order.value if order else None,
                "file": str(settings_file()),
            }
        )
        return
    console().print(f"time zone: {zone} (from {source})", soft_wrap=True)
    console().print(f"date order: {order.value if order else 'not set (03/11/2026 is refused)'}")
    console().print(f"locale: {locale or 'not set (ISO dates, English numbers)'}")
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
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
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
    path = None
    if zone is not None or reset:
        name = None if reset else check_timezone(zone.strip() if zone else "")
        path = write_user_setting(SETTING, name)
        if not as_json:
            console().print(f"Saved to {path}.", soft_wrap=True)
    shown, source = user_zone_source()
    if as_json:
        saved = str(path) if path else None
        print_json({"timezone": shown, "timezone_from": source, "saved_to": saved})
        return
    console().print(f"Times are shown in {shown} (from {source}).", soft_wrap=True)
    if source == ENV_TZ and zone is not None:
        console().print(f"{ENV_TZ} is set, so it wins over the saved zone.")


@settings_app.command("date-order")
def date_order_command(
    order: Annotated[
        str | None,
        typer.Argument(
            metavar="ORDER",
            help="DMY (03/11/2026 is 3 November) or MDY (it is March 11).",
            show_default=False,
            autocompletion=_date_orders,
        ),
    ] = None,
    reset: Annotated[
        bool, typer.Option("--reset", help="Forget the order: refuse dates that read two ways.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Show or set how a date like 03/11/2026 is read: day first (DMY) or month first (MDY).

    Without a setting such a date is refused with both readings named; ISO dates
    (2026-11-03), dotted dates (03.11.2026) and written months (Nov 3 2026) never need one.
    ASKBACK_DATE_ORDER, when set, wins over the saved order.

    Example: askback settings date-order DMY
    """
    from askback.app.common import date_order_setting
    from askback.config import write_user_setting
    from askback.dates import ORDER_SETTING, date_order

    if order is not None and reset:
        raise typer.BadParameter("give an ORDER or --reset, not both")
    path = None
    if order is not None or reset:
        chosen = None if reset else date_order(order)
        path = write_user_setting(ORDER_SETTING, chosen.value if chosen else None)
        if not as_json:
            console().print(f"Saved to {path}.", soft_wrap=True)
    current = date_order_setting()
    if as_json:
        saved = str(path) if path else None
        print_json({"date_order": current.value if current else None, "saved_to": saved})
        return
    if current is None:
        console().print("Dates that read two ways (03/11/2026) are refused.")
    else:
        console().print(f"Dates like 03/11/2026 are read {current.value}.")


@settings_app.command("locale")
def locale_command(
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="LOCALE", help="A locale such as en_GB, en_US or de_DE.", show_default=False
        ),
    ] = None,
    reset: Annotated[
        bool, typer.Option("--reset", help="Forget the locale: ISO dates, English numbers.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Show or set the locale the CLI writes dates and numbers in (default: ISO dates).

    The words stay English; dates, times, amounts and percentages follow the locale:
    de_DE prints 03.12.2026 and 78.000, en_US prints Dec 3, 2026. JSON and CSV output never
    change. ASKBACK_LOCALE, when set, wins over the saved locale.

    Example: askback settings locale en_GB
    """
    from askback.config import write_user_setting
    from askback.i18n import LOCALE_ENV, LOCALE_SETTING, check_locale, local_day, user_locale

    if name is not None and reset:
        raise typer.BadParameter("give a LOCALE or --reset, not both")
    path = None
    if name is not None or reset:
        path = write_user_setting(LOCALE_SETTING, None if reset else check_locale(name or ""))
        if not as_json:
            console().print(f"Saved to {path}.", soft_wrap=True)
    current = user_locale()
    if as_json:
        saved = str(path) if path else None
        print_json({"locale": current, "saved_to": saved})
        return
    from datetime import date

    sample = local_day(date(2026, 12, 3), current)
    console().print(f"Dates and numbers: {current or 'ISO dates, English numbers'} ({sample}).")
    if name is not None and current != check_locale(name):
        console().print(f"{LOCALE_ENV} is set, so it wins over the saved locale.")


@settings_app.command("community-questions")
def community_questions_command(
    state: Annotated[
        str | None,
        typer.Argument(
            metavar="on|off",
            help="on: search and plans include the community bank pulled from a hub.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Show or set whether questions of a hub's community bank appear beside the shipped ones.

    They come with `askback hub pull`, carry ids like community-0001 and the origin
    "community"; off hides them everywhere (default: on).

    Example: askback settings community-questions off
    """
    from askback.app.community import COMMUNITY_SETTING, community_questions_on
    from askback.config import write_user_setting
    from askback.errors import InputError

    path = None
    if state is not None:
        value = state.strip().lower()
        if value not in ("on", "off"):
            raise InputError(
                f"community-questions: {state!r} is neither on nor off; type on or off"
            )
        path = write_user_setting(COMMUNITY_SETTING, value)
    on = community_questions_on()
    if as_json:
        print_json({"community_questions": "on" if on else "off", "saved_to": path and str(path)})
        return
    console().print(f"Community questions are {'shown' if on else 'hidden'}.")


def register(app: typer.Typer) -> None:
    app.add_typer(settings_app, name="settings")
