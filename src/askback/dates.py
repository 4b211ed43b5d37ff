"""Dates and times as people type them: one reader for the CLI, CSV import and the web.

It accepts ISO forms (2026-11-21, 2026-11-21T15:00+01:00), the words today, tomorrow and
yesterday (optionally followed by a time), and written forms such as "Nov 21 2026",
"21 November 2026" and "21.11.2026 15:00", read by python-dateutil. A date that reads two ways
(03/11/2026) is refused with both readings named, unless a day order (DMY or MDY) is given.
Dotted dates (21.11.2026) are day first by the convention of the countries that write them.
This module is pure: the caller passes today's date and the day order.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from askback.errors import InputError
from askback.i18n import N_

# The words a person types for a day near today, and how far each is from today.
RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}

# Where the day order is kept: an environment variable, else the settings file.
ORDER_ENV = "ASKBACK_DATE_ORDER"
ORDER_SETTING = "date_order"

# How the setting and the option that settle an ambiguous date are named in messages.
# How the web pages word a date they cannot read (the CLI keeps its English text).
IMPOSSIBLE = N_(
    "{field}: “{value}” is not a day on the calendar; type a real date, such as 2026-12-03."
)
NOT_A_DATE = N_("{field}: “{value}” is not a date; type it as 2026-12-03.")
ORDER_HINT = "askback settings date-order DMY (or MDY)"


class DateOrder(StrEnum):
    """Which number comes first in a date written with slashes or dashes: day or month."""

    DMY = "DMY"
    MDY = "MDY"


def date_order(value: str | None) -> DateOrder | None:
    """A day order from its name (dmy, DMY, mdy, MDY); None when unset; else an InputError."""
    if value is None or not value.strip():
        return None
    try:
        return DateOrder(value.strip().upper())
    except ValueError:
        raise InputError(f"unknown date order {value!r} (use DMY or MDY)") from None


class AmbiguousDateError(InputError):
    """A date that reads two ways (03/11/2026) with no day order to settle it."""


@dataclass(frozen=True)
class Typed:
    """What a person typed, read: the wall-clock date and time, and whether a time was given."""

    moment: datetime
    has_time: bool


# Two defaults that differ in every field: a field the text left out comes back different.
_DEFAULT_A = datetime(2001, 1, 1, 0, 0, 0)
_DEFAULT_B = datetime(2004, 12, 28, 13, 47, 59)


# Named so that dateutil never reads them as "this machine's zone".
_UTC_NAMES = {"UTC": UTC, "GMT": UTC, "Z": UTC}


def _iso_shaped(text: str) -> bool:
    return len(text) >= 8 and text[:4].isdigit() and text[4] == "-"


def _impossible_iso(text: str) -> bool:
    parts = text[:10].split("-")
    return len(parts) == 3 and all(p.isdigit() for p in parts)


def _iso(value: str) -> datetime:
    """An ISO 8601 date or date and time: the standard library first, then dateutil's reader."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse

        result: datetime = isoparse(value)
        return result


def _valid_iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def _relative(text: str, today: date) -> str:
    """The text with a leading today/tomorrow/yesterday replaced by its ISO date."""
    word, _, rest = text.partition(" ")
    offset = RELATIVE_DAYS.get(word.lower())
    if offset is None:
        return text
    day = today + timedelta(days=offset)
    return f"{day.isoformat()} {rest.strip()}".strip()


def _dateutil(text: str, dayfirst: bool, default: datetime) -> datetime:
    from dateutil import parser
    from dateutil.parser import UnknownTimezoneWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error", UnknownTimezoneWarning)
        result: datetime = parser.parse(
            text,
            dayfirst=dayfirst,
            yearfirst=_year_first(text),
            default=default,
            tzinfos=_UTC_NAMES,
        )
    return result


def _numbers(text: str) -> list[str]:
    """The runs of digits in the text, in order."""
    return "".join(c if c.isdigit() else " " for c in text).split()


def _year_first(text: str) -> bool:
    """2026/03/04 or 2026.03.04: a four-digit year in front is followed by the month."""
    numbers = _numbers(text)
    return bool(numbers) and len(numbers[0]) == 4 and text.startswith(numbers[0])


def _names_a_month(text: str) -> bool:
    from dateutil.parser import parserinfo

    info = parserinfo()
    words = "".join(c if c.isalpha() else " " for c in text).split()
    return any(info.month(word) is not None for word in words)


def _written(text: str, field: str, order: DateOrder | None, example: str, noun: str) -> Typed:
    """A written (not ISO) date read by dateutil, refusing missing parts and double readings."""
    from dateutil.parser import ParserError, UnknownTimezoneWarning

    def read(dayfirst: bool) -> tuple[datetime, datetime] | None:
        try:
            return _dateutil(text, dayfirst, _DEFAULT_A), _dateutil(text, dayfirst, _DEFAULT_B)
        except UnknownTimezoneWarning:
            raise InputError(
                f"{field}: {text!r} names a time zone askback cannot read for certain; "
                "give an offset such as +01:00, or leave it out to use your zone"
            ) from None
        except ParserError as exc:
            # dateutil read every part but the calendar has no such day (31 April).
            if isinstance(exc.__cause__, ValueError):
                what = "impossible date or time" if ":" in text else "impossible date"
                raise InputError(f"{field}: {what} {text!r} ({exc.__cause__})").worded(
                    field, IMPOSSIBLE, value=text
                ) from None
            return None
        except (ValueError, OverflowError):
            return None

    numbers = _numbers(text)
    if len(numbers) >= 3 and not _names_a_month(text) and all(len(n) < 4 for n in numbers[:3]):
        # 03/04/26 has six readings; a two-digit year is never guessed.
        raise InputError(f"{field}: {text!r} needs a four-digit year ({example})").worded(
            field,
            N_("{field}: “{value}” needs a four-digit year; type it as 2026-12-03."),
            value=text,
        )
    # A year in front is followed by the month; a dotted date with the year last is day
    # first wherever it is written; otherwise follow the setting.
    dotted = "." in text.split(" ")[0]
    if _year_first(text):
        choices: tuple[bool, ...] = (False,)
    elif order is None and not dotted:
        choices = (True, False)
    else:
        choices = (dotted or order == DateOrder.DMY,)
    readings = {dayfirst: read(dayfirst) for dayfirst in choices}
    found = {df: r for df, r in readings.items() if r is not None}
    if not found:
        raise InputError(f"{field}: {text!r} is not {noun} ({example})").worded(
            field, NOT_A_DATE, value=text
        )
    for a, b in found.values():
        if a.date() != b.date():
            raise InputError(
                f"{field}: {text!r} needs a day, a month and a year ({example})"
            ).worded(
                field,
                N_("{field}: “{value}” needs a day, a month and a year; type it as 2026-12-03."),
                value=text,
            )
    days = {a.date() for a, _ in found.values()}
    if len(days) > 1:
        first, second = found[True][0], found[False][0]
        raise AmbiguousDateError(
            f"{field}: {text!r} is ambiguous: {first.day} {first:%B %Y} (day first) or "
            f"{second:%B} {second.day}, {second.year} (month first). "
            f"Write {first:%Y-%m-%d} or {second:%Y-%m-%d}, "
            f"or set the order once: {ORDER_HINT}"
        ).worded(
            field,
            N_(
                "{field}: “{value}” can be read two ways: {day_first} (day first) or "
                "{month_first} (month first); type one of these, or set the date order once "
                "in the settings."
            ),
            value=text,
            day_first=f"{first:%Y-%m-%d}",
            month_first=f"{second:%Y-%m-%d}",
        )
    moment, other = next(iter(found.values()))
    has_time = moment.hour == other.hour
    if not has_time:
        moment = datetime.combine(moment.date(), time(0), moment.tzinfo)
    return Typed(moment, has_time)


def read_typed(
    text: str,
    today: date,
    *,
    field: str = "date",
    order: DateOrder | None = None,
    example: str = "e.g. 2026-11-21, 21.11.2026, Nov 21 2026 or today",
    noun: str = "a date",
) -> Typed:
    """Read a typed date, with or without a time; an InputError names what is wrong."""
    value = " ".join(text.split())
    if not value:
        raise InputError(f"{field}: an empty value is not {noun} ({example})")
    value = _relative(value, today)
    if _iso_shaped(value):
        try:
            return Typed(_iso(value), has_time=len(value) > 10)
        except (ValueError, OverflowError):
            pass
        if not _valid_iso_day(value):
            what = "impossible date" if len(value) <= 10 else "impossible date or time"
            if _impossible_iso(value):
                raise InputError(f"{field}: {what} {text.strip()!r}").worded(
                    field, IMPOSSIBLE, value=text.strip()
                ) from None
            raise InputError(f"{field}: {text.strip()!r} is not {noun} ({example})").worded(
                field, NOT_A_DATE, value=text.strip()
            ) from None
        # The day is ISO; the rest (a zone name, "3pm") is dateutil's, year-month-day.
        order = DateOrder.MDY
    try:
        typed = _written(value, field, order, example, noun)
    except InputError as exc:
        # Keep what the person typed in the message, not the ISO date a word became.
        again = type(exc)(str(exc).replace(repr(value), repr(text.strip())))
        if exc.msgid is not None:
            shown = {k: text.strip() if v == value else v for k, v in exc.values.items()}
            again.worded(exc.field, exc.msgid, other=exc.other, **shown)
        raise again from None
    return typed


def read_date(
    text: str, today: date, *, field: str = "date", order: DateOrder | None = None
) -> date:
    """A calendar date; a time in the text is an error, since a day does not have one."""
    typed = read_typed(text, today, field=field, order=order)
    if typed.has_time:
        raise InputError(f"{field}: {text.strip()!r} has a time; give the day alone").worded(
            field,
            N_("{field}: “{value}” has a time; type the day alone, such as 2026-12-03."),
            value=text.strip(),
        )
    return typed.moment.date()
