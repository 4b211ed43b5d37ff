"""A CSV date cell with a time: a midnight (Excel, pandas) or any time of day keeps its day;
a time that is no time of day is refused without a --date-format hint that cannot help."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.app.csv_fields import TARGETS
from askback.errors import InputError

_BY_NAME = {f.name: f for f in TARGETS["opportunities"]}
DAY_CELL = _BY_NAME["applied_on"].parse
MOMENT_CELL = _BY_NAME["created_at"].parse

# How spreadsheets and pandas write a date and time; dotted dates are day first everywhere.
WRITTEN = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%B %d, %Y %I:%M %p",
    "%d %b %Y %H:%M",
]


@pytest.mark.parametrize(
    "cell",
    [
        "2026-04-10 00:00:00",
        "2026-04-10T00:00:00",
        "10.04.2026 00:00",
        "2026-04-10 00:00",
        "2026-04-10T00:00:00.000",
        "2026-04-10T00:00:00Z",
        " 2026-04-10 00:00:00 ",
        "April 10, 2026 12:00 AM",
    ],
)
def test_a_midnight_is_the_day(cell: str) -> None:
    assert DAY_CELL(cell, None) == date(2026, 4, 10)


@pytest.mark.parametrize(
    "cell",
    ["2026-04-10 14:30", "2026-04-10T23:59:59", "10.04.2026 09:15", "2026-04-10T23:30+05:00"],
)
def test_a_time_of_day_keeps_the_written_day(cell: str) -> None:
    assert DAY_CELL(cell, None) == date(2026, 4, 10)


@pytest.mark.parametrize(
    ("cell", "fmt"),
    [
        ("10/04/2026 00:00:00", "%d/%m/%Y"),
        ("04/10/2026 00:00", "%m/%d/%Y"),
        ("10/04/2026 17:45", "%d/%m/%Y"),
        ("10/04/2026T00:00:00.000Z", "%d/%m/%Y"),
    ],
)
def test_a_named_format_reads_the_day_before_a_time(cell: str, fmt: str) -> None:
    assert DAY_CELL(cell, fmt) == date(2026, 4, 10)


@pytest.mark.parametrize("cell", ["2026-04-10 25:00", "2026-04-10 10:61:00", "10.04.2026 24:30"])
def test_a_time_that_is_no_time_of_day_is_refused_without_a_format_hint(cell: str) -> None:
    with pytest.raises(InputError) as err:
        DAY_CELL(cell, None)
    assert repr(cell) in str(err.value)
    assert "--date-format" not in str(err.value)


def test_an_ambiguous_date_with_a_midnight_names_both_formats() -> None:
    with pytest.raises(InputError) as err:
        DAY_CELL("11/03/2026 00:00:00", None)
    message = str(err.value)
    assert "--date-format '%m/%d/%Y'" in message and "--date-format '%d/%m/%Y'" in message


def test_an_impossible_day_with_a_midnight_is_refused() -> None:
    with pytest.raises(InputError, match="impossible"):
        DAY_CELL("2026-02-30 00:00:00", None)


@given(
    st.datetimes(datetime(1971, 1, 1), datetime(2090, 12, 31)),
    st.sampled_from(WRITTEN),
    st.booleans(),
)
def test_any_written_date_and_time_is_its_day(moment: datetime, fmt: str, midnight: bool) -> None:
    if midnight:
        moment = datetime.combine(moment.date(), time(0))
    assert DAY_CELL(moment.strftime(fmt), None) == moment.date()


ZONES = st.sampled_from(
    [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))]
)


@given(st.datetimes(datetime(1971, 1, 1), datetime(2090, 12, 31), timezones=ZONES))
def test_created_at_with_a_zone_is_kept_to_the_microsecond(moment: datetime) -> None:
    written = moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
    assert MOMENT_CELL(written, None) == moment
    assert MOMENT_CELL(moment.isoformat(), None) == moment


@given(st.datetimes(datetime(1971, 1, 1), datetime(2090, 12, 31)), st.sampled_from(WRITTEN))
def test_created_at_without_a_zone_is_its_day(moment: datetime, fmt: str) -> None:
    assert MOMENT_CELL(moment.strftime(fmt), None) == moment.date()


@pytest.mark.parametrize(
    ("cell", "period"),
    [
        ("year", "year"),
        ("Yearly", "year"),
        ("p.a.", "year"),
        ("per month", "month"),
        ("Hourly", "hour"),
        ("daily", "day"),
        ("HOUR", "hour"),
    ],
)
def test_pay_period_words(cell: str, period: str) -> None:
    assert _BY_NAME["pay_period"].parse(cell, None) == period


def test_an_unknown_pay_period_names_the_four() -> None:
    with pytest.raises(InputError, match=r"unknown pay period 'weekly'.*year, month, day, hour"):
        _BY_NAME["pay_period"].parse("weekly", None)


@pytest.mark.parametrize(
    ("cell", "links"),
    [
        ("https://a.example/?ids=1,2", ["https://a.example/?ids=1,2"]),
        (
            "https://a.example/1, https://b.example/2",
            ["https://a.example/1", "https://b.example/2"],
        ),
        ("https://a.example/1,https://b.example/2", ["https://a.example/1", "https://b.example/2"]),
        ("a.example/1; b.example/2\nc.example", ["a.example/1", "b.example/2", "c.example"]),
        ("a.example/1, www.b.example", ["a.example/1", "www.b.example"]),
    ],
)
def test_links_split_between_addresses_not_inside_one(cell: str, links: list[str]) -> None:
    assert _BY_NAME["links"].parse(cell, None) == links
