"""The one reader of typed dates: each written form reads back; two readings are refused."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import dateutil.parser  # noqa: F401  (imported here, so that no example's time includes it)
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from askback.dates import DateOrder, date_order, read_date, read_typed
from askback.errors import InputError

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))
today = date(2026, 11, 20)


@given(day=days, fmt=st.sampled_from(["%Y-%m-%d", "%d.%m.%Y", "%b %d %Y", "%d %B %Y", "%B %d, %Y"]))
def test_every_written_form_of_a_day_reads_back(day: date, fmt: str) -> None:
    assert read_date(day.strftime(fmt), today) == day


@given(
    moment=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2199, 12, 31)),
    fmt=st.sampled_from(["%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%b %d %Y %H:%M"]),
)
def test_a_day_and_time_read_back(moment: datetime, fmt: str) -> None:
    typed = read_typed(moment.strftime(fmt), today)
    assert typed.has_time
    assert typed.moment == moment.replace(second=0, microsecond=0)


@given(day=days)
def test_a_date_that_reads_two_ways_is_refused_naming_both(day: date) -> None:
    assume(day.day <= 12 and day.day != day.month)
    text = day.strftime("%m/%d/%Y")
    with pytest.raises(InputError) as info:
        read_date(text, today)
    message = str(info.value)
    swapped = date(day.year, day.day, day.month)
    assert "ambiguous" in message
    assert day.isoformat() in message and swapped.isoformat() in message
    assert "date-order" in message
    # A setting settles it either way.
    assert read_date(text, today, order=DateOrder.MDY) == day
    assert read_date(text, today, order=DateOrder.DMY) == swapped


@given(day=days, sep=st.sampled_from(["/", "-"]))
def test_a_date_with_one_reading_needs_no_setting(day: date, sep: str) -> None:
    assume(day.day > 12 or day.day == day.month)
    assert read_date(day.strftime(f"%d{sep}%m{sep}%Y"), today) == day
    assert read_date(day.strftime(f"%m{sep}%d{sep}%Y"), today) == day


@given(base=days, word=st.sampled_from(["today", "tomorrow", "yesterday", "Tomorrow", "TODAY"]))
def test_words_for_days_near_today(base: date, word: str) -> None:
    assume(date(1900, 1, 2) <= base <= date(2199, 12, 30))
    offset = {"today": 0, "tomorrow": 1, "yesterday": -1}[word.lower()]
    assert read_date(word, base) == base + timedelta(days=offset)
    typed = read_typed(f"{word} 15:30", base)
    assert typed.has_time
    assert typed.moment == datetime(base.year, base.month, base.day, 15, 30) + timedelta(offset)


@given(
    year=st.integers(1900, 2199),
    month=st.sampled_from([2, 4, 6, 9, 11]),  # the months shorter than 31 days
    extra=st.integers(1, 3),
    fmt=st.sampled_from(["{y:04d}-{m:02d}-{d:02d}", "{d:02d}.{m:02d}.{y:04d}"]),
)
def test_days_the_calendar_lacks_are_called_impossible(
    year: int, month: int, extra: int, fmt: str
) -> None:
    last = calendar.monthrange(year, month)[1]
    text = fmt.format(y=year, m=month, d=min(last + extra, 31))
    with pytest.raises(InputError, match="impossible date"):
        read_date(text, today)


# Pieces of dates, so that generated text is often close to a date rather than noise.
PIECES = st.sampled_from(
    [*"0123456789/.-: ,T+", "Nov", "March", "2026", "31", "12", "pm", "UTC", "CET", "today"]
)


@given(
    text=st.text(max_size=40) | st.lists(PIECES, max_size=12).map("".join),
    order=st.sampled_from([None, DateOrder.DMY, DateOrder.MDY]),
)
def test_any_text_reads_or_gets_a_clear_error(text: str, order: DateOrder | None) -> None:
    try:
        read_typed(text, today, order=order)
    except InputError as exc:
        assert str(exc).startswith("date: ")


@pytest.mark.parametrize("text", ["tuesday", "Nov 2026", "21", "15:00", "next week"])
def test_text_missing_a_day_month_or_year_is_refused(text: str) -> None:
    with pytest.raises(InputError, match=r"not a date|needs a day, a month and a year"):
        read_date(text, today)


@given(day=days, sep=st.sampled_from(["/", ".", "-", " "]))
def test_a_year_in_front_is_followed_by_the_month(day: date, sep: str) -> None:
    assert read_date(day.strftime(f"%Y{sep}%m{sep}%d"), today) == day


@given(day=days, fmt=st.sampled_from(["%d/%m/%y", "%m/%d/%y", "%y/%m/%d", "%d.%m.%y"]))
def test_a_two_digit_year_is_never_guessed(day: date, fmt: str) -> None:
    with pytest.raises(InputError, match="four-digit year"):
        read_date(day.strftime(fmt), today)


def test_a_zone_abbreviation_is_not_guessed() -> None:
    with pytest.raises(InputError, match="offset such as"):
        read_typed("2026-11-21 15:00 CET", today)
    assert read_typed("2026-11-21 15:00 +01:00", today).moment.utcoffset() == timedelta(hours=1)


def test_a_day_with_a_time_is_not_a_day() -> None:
    with pytest.raises(InputError, match="give the day alone"):
        read_date("2026-11-21 15:00", today)


def test_date_order_names() -> None:
    assert date_order("dmy") is DateOrder.DMY
    assert date_order(" MDY ") is DateOrder.MDY
    assert date_order("") is None
    with pytest.raises(InputError, match="use DMY or MDY"):
        date_order("YMD")
