"""Parsers that turn what people type into values: dates, times, pay, statuses, notes files."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from askback.app.common import parse_date, parse_datetime
from askback.app.csv_fields import OPPORTUNITY_FIELDS, header_key, parse_pay
from askback.app.csv_import import resolve_mapping
from askback.app.notes import parse_notes
from askback.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-14", date(2025, 3, 14)),
        ("14.03.2025", date(2025, 3, 14)),
        (" 2024-02-29 ", date(2024, 2, 29)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["2025-02-30", "2023-02-29", "31.04.2025", "2025-13-01", "2025-00-10"]
)
def test_impossible_dates_say_so(text: str) -> None:
    with pytest.raises(InputError, match="impossible date"):
        parse_date(text, "follow_up")


@pytest.mark.parametrize("text", ["next tuesday", "soon", ""])
def test_not_dates(text: str) -> None:
    with pytest.raises(InputError, match="is not a date"):
        parse_date(text)


def test_explicit_date_format() -> None:
    assert parse_date("03/14/2025", fmt="%m/%d/%Y") == date(2025, 3, 14)
    with pytest.raises(InputError, match="does not fit"):
        parse_date("14/03/2025", fmt="%m/%d/%Y")


def test_datetimes_in_a_zone() -> None:
    assert parse_datetime("2025-03-14 15:00", "Europe/Berlin") == datetime(
        2025, 3, 14, 14, 0, tzinfo=UTC
    )
    assert parse_datetime("2025-07-14T15:00", "Europe/Berlin") == datetime(
        2025, 7, 14, 13, 0, tzinfo=UTC
    )
    assert parse_datetime("2025-03-14T15:00:00+00:00", "Asia/Tokyo") == datetime(
        2025, 3, 14, 15, tzinfo=UTC
    )
    with pytest.raises(InputError, match="impossible date"):
        parse_datetime("2025-02-30 10:00", "UTC")
    with pytest.raises(InputError, match="unknown time zone"):
        parse_datetime("2025-03-14 10:00", "Mars/Olympus")


@pytest.mark.parametrize(
    ("text", "low", "high", "currency"),
    [
        ("60000-70000 EUR", 60_000, 70_000, "EUR"),
        ("60-70k EUR", 60_000, 70_000, "EUR"),
        ("€65,000", 65_000, 65_000, "EUR"),
        ("$120k - $140k", 120_000, 140_000, "USD"),
        ("60.000 – 75.000 €", 60_000, 75_000, "EUR"),
        ("85k", 85_000, 85_000, None),
        ("CHF 110 000", 110_000, 110_000, "CHF"),
    ],
)
def test_pay(text: str, low: int, high: int, currency: str | None) -> None:
    assert parse_pay(text) == {"pay_min": low, "pay_max": high, "currency": currency}


def test_unreadable_pay() -> None:
    with pytest.raises(InputError, match="cannot read pay"):
        parse_pay("competitive")


def test_mapping_by_synonyms_and_explicit() -> None:
    header = ["Firma", "Job Title", "Date applied", "Salary", "Whatever"]
    mapping, ignored = resolve_mapping(header, OPPORTUNITY_FIELDS, {"Firma": "company"}, "x.csv")
    assert mapping == {
        "Firma": "company",
        "Job Title": "role",
        "Date applied": "applied_on",
        "Salary": "pay",
    }
    assert ignored == ["Whatever"]
    assert header_key("  Date_Applied ") == "date applied"


def test_mapping_errors() -> None:
    with pytest.raises(InputError, match="missing columns for role"):
        resolve_mapping(["Company", "Notes"], OPPORTUNITY_FIELDS, {}, "x.csv")
    with pytest.raises(InputError, match="not in the header"):
        resolve_mapping(["Company", "Role"], OPPORTUNITY_FIELDS, {"Firm": "company"}, "x.csv")
    with pytest.raises(InputError, match="unknown field"):
        resolve_mapping(["Company", "Role"], OPPORTUNITY_FIELDS, {"Company": "employer"}, "x.csv")
    with pytest.raises(InputError, match="several columns map to company"):
        resolve_mapping(
            ["Company", "Firm", "Role"],
            OPPORTUNITY_FIELDS,
            {"Firm": "company", "Company": "company"},
            "x.csv",
        )
    # An explicit mapping wins over a header that merely looks like the same field.
    header = ["Company", "Firm", "Role"]
    mapping, ignored = resolve_mapping(header, OPPORTUNITY_FIELDS, {"Firm": "company"}, "x")
    assert mapping == {"Firm": "company", "Role": "role"}
    assert ignored == ["Company"]


NOTES = """---
opportunity: Acme
stage: team
date: 2025-03-14 15:00
timezone: Europe/Berlin
contacts: [Jane Doe, Sam Lee]
---
# Team interview at Acme

General impression: friendly.

## grow-001: levels
contact: Jane Doe
rating: 4
red flag: no

They have five levels.
Shared the document.

## How do you deploy models?
dimension: data-maturity
rating: -
red-flag: yes

Manual copies to a server.
"""


def test_notes_file() -> None:
    parsed = parse_notes(NOTES, Path("n.md"))
    assert parsed.meta["stage"] == "team"
    assert parsed.meta["contacts"] == ["Jane Doe", "Sam Lee"]
    assert parsed.preamble == "General impression: friendly."
    first, second = (e.answer for e in parsed.entries)
    assert (first.question_id, first.contact, first.rating, first.red_flag) == (
        "grow-001",
        "Jane Doe",
        4,
        False,
    )
    assert first.notes == "They have five levels.\nShared the document."
    assert (second.question_text, second.dimension, second.rating, second.red_flag) == (
        "How do you deploy models?",
        "data-maturity",
        None,
        True,
    )
    assert [e.line for e in parsed.entries] == [12, 20]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## grow-001\nrating: 7\n", "n.md:2: rating '7' must be 1 to 5"),
        ("## grow-001\nred flag: maybe\n", "n.md:2: red flag 'maybe' must be yes or no"),
        ("no questions here\n", "no questions found"),
        ("---\nstage: team\n", "never closed"),
        ("---\nstage: [team\n---\n## x\n", "not valid YAML"),
        ("---\ncolour: red\n---\n## x\n", "unknown front matter key 'colour'"),
        ("## \n", "n.md:1: the heading needs"),
        ("## grow-01\n", "n.md:1: 'grow-01' is not a valid question id"),
    ],
)
def test_notes_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_notes(text, Path("n.md"))
    assert message in str(info.value)
