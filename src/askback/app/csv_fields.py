"""What a spreadsheet column can become: target fields, header synonyms and cell parsers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from askback.app.common import parse_date, split_time
from askback.app.limits import PAY, check_year, in_range
from askback.dates import read_typed
from askback.errors import InputError
from askback.store.values import AUDIENCES, PayPeriod, Remote, Status


@dataclass(frozen=True)
class Field:
    """A target field with the header names that map to it on their own."""

    name: str
    parse: Callable[[str, str | None], Any]
    synonyms: tuple[str, ...] = ()
    required: bool = False
    help: str = ""


def header_key(text: str) -> str:
    """A header cell reduced for matching: lowercase, words separated by single spaces."""
    return " ".join(re.sub(r"[_\-/]+", " ", text.strip().lower()).split())


def _text(value: str, _fmt: str | None) -> str:
    return value.strip()


_NUMERIC_DATE = re.compile(r"^(\d{1,4})([/.\- ])(\d{1,2})\2(\d{1,4})$")


def date_format_hint(value: str) -> str:
    """The --date-format values that would read `value`, for an error message."""
    match = _NUMERIC_DATE.match(value.strip())
    if match is None:
        return (
            "give its format with --date-format, e.g. '%d %B %Y' for 11 March 2026 "
            "or '%b %d, %Y' for Mar 11, 2026"
        )
    _, sep, _, last = match.groups()
    year = "%Y" if len(last) == 4 else "%y"
    named = {
        f"%Y{sep}%m{sep}%d": "",
        f"%m{sep}%d{sep}{year}": " (month first)",
        f"%d{sep}%m{sep}{year}": " (day first)",
    }
    # Offer only the orders that read it: 13/01/2026 can only be day first.
    fits = [f"--date-format '{f}'{label}" for f, label in named.items() if _reads(value, f)]
    if len(fits) == 1:
        fits = [fits[0].split(" (")[0]]
    # Nothing fits: an impossible day in any order (31/02/2026), no format to suggest.
    return "give its format: " + " or ".join(fits) if fits else ""


def _time_is_wrong(day: str, clock: str) -> bool:
    """The date part reads: the problem is the time (25:00), which no date format mends."""
    if not clock:
        return False
    try:
        parse_date(day)
    except InputError:
        return False
    return True


def _reads(value: str, fmt: str) -> bool:
    try:
        datetime.strptime(value.strip(), fmt)
    except ValueError:
        return False
    return True


def _date(value: str, fmt: str | None) -> Any:
    """The day a cell names; a time after it (Excel's and pandas' `2026-04-10 00:00:00`, or a
    real time of day) is read and left out: the field holds a day, the day written."""
    try:
        day = parse_date(value, "date", fmt, drop_time=True)
    except InputError as exc:
        # A file is written in one order: naming its format once settles every row.
        written, clock = split_time(value.strip(), checked=False)
        wrong_time = _time_is_wrong(written, clock)
        hint = date_format_hint(written) if fmt is None and not wrong_time else ""
        if not hint:
            raise
        raise type(exc)(f"{exc}; {hint}") from None
    check_year(day, "date")
    return day


def _moment(value: str, fmt: str | None) -> date | datetime:
    """When tracking started: a time with a zone (`2026-04-10T09:31:22Z`, as `export csv`
    writes it) is kept to the microsecond; anything else is read as a date cell."""
    if fmt is None:
        try:
            typed = read_typed(value, date.today(), field="created_at")
        except InputError:
            typed = None
        if typed is not None and typed.has_time and typed.moment.tzinfo is not None:
            check_year(typed.moment, "created_at")
            return typed.moment.astimezone(UTC)
    day: date = _date(value, fmt)
    return day


_PERIOD_WORDS = {
    "year": PayPeriod.YEAR,
    "yearly": PayPeriod.YEAR,
    "annual": PayPeriod.YEAR,
    "annually": PayPeriod.YEAR,
    "per year": PayPeriod.YEAR,
    "a year": PayPeriod.YEAR,
    "per annum": PayPeriod.YEAR,
    "p.a.": PayPeriod.YEAR,
    "pa": PayPeriod.YEAR,
    "yr": PayPeriod.YEAR,
    "jahr": PayPeriod.YEAR,
    "jährlich": PayPeriod.YEAR,
    "month": PayPeriod.MONTH,
    "monthly": PayPeriod.MONTH,
    "per month": PayPeriod.MONTH,
    "a month": PayPeriod.MONTH,
    "monat": PayPeriod.MONTH,
    "monatlich": PayPeriod.MONTH,
    "day": PayPeriod.DAY,
    "daily": PayPeriod.DAY,
    "per day": PayPeriod.DAY,
    "a day": PayPeriod.DAY,
    "tag": PayPeriod.DAY,
    "hour": PayPeriod.HOUR,
    "hourly": PayPeriod.HOUR,
    "per hour": PayPeriod.HOUR,
    "an hour": PayPeriod.HOUR,
    "hr": PayPeriod.HOUR,
    "stunde": PayPeriod.HOUR,
}


def _period(value: str, _fmt: str | None) -> str:
    key = " ".join(value.strip().lower().split())
    if key in _PERIOD_WORDS:
        return _PERIOD_WORDS[key].value
    raise InputError(
        f"unknown pay period {value.strip()!r}"
        + _near(value, _PERIOD_WORDS, [p.value for p in PayPeriod])
    )


def _email(value: str, _fmt: str | None) -> str | None:
    from askback.app.contacts import normal_email

    return normal_email(value, "email")


def _near(value: str, known: Iterable[str], standard: Iterable[str]) -> str:
    """'; did you mean …?' for a near miss, else the list of the standard values."""
    from askback.suggest import did_you_mean

    hint = did_you_mean(value.strip(), known)
    return hint or f" (use one of: {', '.join(standard)})"


_STATUSES = [s.value for s in Status]

_STATUS_WORDS = {
    "wishlist": Status.INTERESTED,
    "saved": Status.INTERESTED,
    "to apply": Status.INTERESTED,
    "bookmarked": Status.INTERESTED,
    "sent": Status.APPLIED,
    "application sent": Status.APPLIED,
    "beworben": Status.APPLIED,
    "screen": Status.SCREENING,
    "phone screen": Status.SCREENING,
    "interview": Status.INTERVIEWING,
    "interviews": Status.INTERVIEWING,
    "in process": Status.INTERVIEWING,
    "offer received": Status.OFFER,
    "rejection": Status.REJECTED,
    "absage": Status.REJECTED,
    "withdrew": Status.WITHDRAWN,
}


def _status(value: str, _fmt: str | None) -> str:
    key = header_key(value)
    if key in {s.value for s in Status}:
        return key
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key].value
    raise InputError(
        f"unknown status {value.strip()!r}" + _near(value, [*_STATUSES, *_STATUS_WORDS], _STATUSES)
    )


_REMOTE_WORDS = {
    "on site": Remote.ONSITE,
    "onsite": Remote.ONSITE,
    "office": Remote.ONSITE,
    "in office": Remote.ONSITE,
    "hybrid": Remote.HYBRID,
    "partly remote": Remote.HYBRID,
    "remote": Remote.REMOTE,
    "fully remote": Remote.REMOTE,
    "remote first": Remote.REMOTE,
    "yes": Remote.REMOTE,
    "no": Remote.ONSITE,
}


def _remote(value: str, _fmt: str | None) -> str:
    key = header_key(value)
    if key in _REMOTE_WORDS:
        return _REMOTE_WORDS[key].value
    raise InputError(
        f"unknown remote policy {value.strip()!r}"
        + _near(value, _REMOTE_WORDS, [r.value for r in Remote])
    )


_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR", "fr.": "CHF"}
_NUMBER = re.compile(r"(\d+(?:[.,' ]\d{3})*(?:[.,]\d+)?)\s*([kKmM])?")


def _amount(number: str, suffix: str | None) -> int:
    digits = re.sub(r"[.,' ](?=\d{3}(?:\D|$))", "", number).replace(",", ".")
    value = float(digits)
    if suffix:
        value *= 1000 if suffix.lower() == "k" else 1_000_000
    return round(value)


# A minus before the first number ('-5', 'EUR -5') or right after a range's dash ('60 - -70').
_NEGATIVE = re.compile(r"^[^\d]*[-−]\s*\d|[-–−]\s*[-−]\s*\d")


def parse_pay(value: str, _fmt: str | None = None) -> dict[str, Any]:
    """'60-70k EUR', '€65,000', '85k' -> pay_min, pay_max and currency."""
    text = value.strip()
    currency = None
    for symbol, code in _SYMBOLS.items():
        if symbol in text.lower():
            currency = code
    found = re.search(r"\b([A-Z]{3})\b", text.upper())
    if found and found.group(1) not in ("YEAR", "HOUR", "DAY"):
        currency = found.group(1)
    if _NEGATIVE.search(text):
        raise InputError(f"pay {text!r} is negative; pay is an amount from {PAY}")
    amounts = [_amount(n, k) for n, k in _NUMBER.findall(text)]
    if not amounts or len(amounts) > 2:
        raise InputError(f"cannot read pay {text!r} (write e.g. 60000-70000 EUR or 65k)")
    if len(amounts) == 2 and amounts[0] < 1000 <= amounts[1] and re.search(r"\d\s*[-–]", text):
        # '60-70k': the suffix written once applies to both ends.
        amounts[0] *= 1000
    low, high = min(amounts), max(amounts)
    in_range(high, PAY, "pay")
    return {"pay_min": low, "pay_max": high, "currency": currency}


def _money(value: str, _fmt: str | None) -> int:
    result = parse_pay(value)
    return int(result["pay_min"])


def _currency(value: str, _fmt: str | None) -> str:
    text = value.strip()
    code = _SYMBOLS.get(text.lower(), text.upper())
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise InputError(f"{text!r} is not a currency code such as EUR or USD")
    return code


def _list(value: str, _fmt: str | None) -> list[str]:
    return [p.strip() for p in re.split(r"[;,\n]|\s(?=https?://)", value) if p.strip()]


# Links are split at `;` and line breaks, and at a comma only before a space or another
# link: a comma inside an address (`?ids=1,2`) stays in it.
_LINK_GAP = re.compile(r"[;\n]|,(?=\s|https?://|www\.)|\s(?=https?://)")


def _links(value: str, _fmt: str | None) -> list[str]:
    return [p.strip() for p in _LINK_GAP.split(value) if p.strip()]


def _audience(value: str, _fmt: str | None) -> str:
    key = header_key(value).replace(" ", "-")
    if key not in AUDIENCES:
        raise InputError(f"unknown audience {value.strip()!r}" + _near(value, AUDIENCES, AUDIENCES))
    return key


OPPORTUNITY_FIELDS = (
    Field(
        "company",
        _text,
        (
            "company",
            "employer",
            "organisation",
            "organization",
            "firm",
            "company name",
            "unternehmen",
            "firma",
        ),
        required=True,
    ),
    Field(
        "role",
        _text,
        ("role", "position", "title", "job", "job title", "role title", "stelle", "position title"),
        required=True,
    ),
    Field("status", _status, ("status", "state", "stage")),
    Field(
        "applied_on",
        _date,
        (
            "applied",
            "applied on",
            "date applied",
            "application date",
            "applied date",
            "beworben am",
        ),
        help="date you applied",
    ),
    Field(
        "created_on",
        _date,
        ("date", "added", "date added", "created", "found on"),
        help="date you started tracking it",
    ),
    Field(
        "created_at",
        _moment,
        ("created at", "added at", "tracked since"),
        help="when you started tracking it; a time with a zone is kept",
    ),
    Field("links", _links, ("link", "links", "url", "urls", "job link", "posting", "job posting")),
    Field("location", _text, ("location", "city", "place", "ort")),
    Field("remote", _remote, ("remote", "remote policy", "work mode", "workplace")),
    Field(
        "pay",
        parse_pay,
        ("pay", "salary", "salary range", "compensation", "gehalt"),
        help="a range such as 60-70k EUR",
    ),
    Field("pay_min", _money, ("pay min", "salary min", "min salary", "minimum salary")),
    Field("pay_max", _money, ("pay max", "salary max", "max salary", "maximum salary")),
    Field("currency", _currency, ("currency", "währung")),
    Field(
        "pay_period",
        _period,
        ("pay period", "salary period", "pay per", "paid per"),
        help="year, month, day or hour",
    ),
    Field("source", _text, ("source", "found via", "channel", "via")),
    Field("notes", _text, ("notes", "note", "comments", "comment", "notizen")),
)

CONTACT_FIELDS = (
    Field("name", _text, ("name", "full name", "contact", "person"), required=True),
    Field("role", _text, ("role", "title", "position", "job title")),
    Field("company", _text, ("company", "employer", "organisation", "organization")),
    Field("how_met", _text, ("how met", "how we met", "met via", "met at", "met")),
    Field("audience", _audience, ("audience", "kind", "type")),
    Field("email", _email, ("email", "e mail", "mail")),
    Field("tags", _list, ("tags", "tag", "labels")),
    Field("notes", _text, ("notes", "note", "comments", "comment")),
    Field("follow_up", _date, ("follow up", "follow up date", "next contact", "next step")),
)

TARGETS: dict[str, tuple[Field, ...]] = {
    "opportunities": OPPORTUNITY_FIELDS,
    "contacts": CONTACT_FIELDS,
}
