"""The one set of limits every face shares: years, pay, minutes, ratings, weights, confidences.

The use cases check each record against these before it is stored (see `check_record`), so the
CLI, the web app and the importers refuse the same values with the same message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from askback.errors import InputError
from askback.i18n import N_

# Times outside these years are typing slips, and converting them between zones can leave the
# range of Python's datetime (year 1 in Berlin is year 0 in UTC).
FIRST_YEAR, LAST_YEAR = 1900, 2999


@dataclass(frozen=True)
class Range:
    """The smallest and largest value a kind of number may take."""

    low: float
    high: float

    def __str__(self) -> str:
        return f"{_show(self.low)} to {_show(self.high)}"


def _show(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


# Pay is a yearly, monthly or hourly amount in any currency: two billion covers every real one
# (also in yen or rupees) and fits the 32-bit integer columns.
YEARS = N_(
    "{field}: {value} is not between the years {first} and {last}; type a year in that range."
)
PAY = Range(0, 2_000_000_000)
MINUTES = Range(1, 24 * 60)
RATING = Range(1, 5)
WEIGHT = Range(0, 10)
CONFIDENCE = Range(0.5, 0.99)
CONCRETENESS = Range(0.0, 1.0)

# Which range applies to a record's field, by its name.
FIELD_RANGES: dict[str, Range] = {
    "pay_min": PAY,
    "pay_max": PAY,
    "duration_minutes": MINUTES,
    "rating": RATING,
    "suggested_rating": RATING,
    "weight": WEIGHT,
    "confidence": CONFIDENCE,
    "concreteness": CONCRETENESS,
}


def in_range(value: float, limits: Range, field: str) -> float:
    """The value when it lies within the limits (NaN never does), else an InputError."""
    if not limits.low <= value <= limits.high:
        raise InputError(f"{field}: {_show(value)} is out of range ({limits})").worded(
            field,
            N_("{field}: {value:,} is out of range; type a number from {low:,} to {high:,}."),
            value=value,
            low=limits.low,
            high=limits.high,
        )
    return value


def check_year(value: date | datetime, field: str, zone: str | None = None) -> None:
    """Refuse a date, or a moment in UTC or in its own zone, outside FIRST_YEAR..LAST_YEAR."""
    from askback.times import in_zone

    years = [value.year]
    if isinstance(value, datetime) and value.tzinfo is not None:
        years.append(value.astimezone(UTC).year)
        if zone:
            years.append(in_zone(value, zone).year)
    if not all(FIRST_YEAR <= y <= LAST_YEAR for y in years):
        shown = value
        if isinstance(value, datetime):
            shown = (in_zone(value, zone) if zone and value.tzinfo else value).date()
        raise InputError(
            f"{field}: {shown.isoformat()} is not between the years {FIRST_YEAR} and {LAST_YEAR}"
        ).worded(field, YEARS, value=shown.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)


# Fields that name something a person reads in lists: they must show what they are.
NAME_FIELDS = frozenset({"company", "role", "name"})
# Bidi overrides turn the text after them around on screen, so a name could show as another.
_OVERRIDES = frozenset("\u202d\u202e")


def check_name(value: str, field: str) -> str:
    """Refuse a name that shows nothing (only spaces, zero-width or control characters) or
    that holds a right-to-left override; right-to-left scripts and marks are fine."""
    import unicodedata

    if not any(unicodedata.category(ch)[0] not in "CZM" for ch in value):
        raise InputError(f"{field}: {value[:40]!r} has no visible characters").worded(
            field,
            N_("{field}: “{value}” shows no letters or digits; type a name people can read."),
            value=value[:40],
        )
    if _OVERRIDES & set(value):
        raise InputError(
            f"{field}: contains a right-to-left override (U+202D/U+202E), which hides the text"
        )
    return value


def check_values(values: dict[str, Any], what: str, zone: str | None = None) -> None:
    """Every known number within its range, every date within the years and every name
    visible, in `values`."""
    for name, value in values.items():
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, str) and value and name in NAME_FIELDS:
            check_name(value, f"{what}.{name}")
        if isinstance(value, date):
            check_year(value, f"{what}.{name}", zone)
        elif isinstance(value, int | float) and name in FIELD_RANGES:
            in_range(value, FIELD_RANGES[name], f"{what}.{name}")
