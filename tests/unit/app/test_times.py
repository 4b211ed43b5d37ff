"""The one rule for times: the user's zone first, the original zone where it differs, days fixed."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.app.common import parse_datetime
from askback.errors import InputError
from askback.times import day_of, in_zone, show_day, show_time, user_zone, user_zone_source

# Zones west and east of UTC, with and without DST, a half-hour one and the two calendar edges.
ZONES = [
    "UTC",
    "America/New_York",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Australia/Lord_Howe",
    "America/Santiago",
]
zones = st.sampled_from(ZONES)
moments = st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@given(moment=moments, user=zones, origin=zones)
def test_a_time_shows_the_users_clock_first(moment: datetime, user: str, origin: str) -> None:
    local = moment.astimezone(zoneinfo.ZoneInfo(user))
    text = show_time(moment, origin, user=user)
    assert text.startswith(f"{local.date().isoformat()} {local:%H:%M} {local.tzname()}")
    there = moment.astimezone(zoneinfo.ZoneInfo(origin))
    if (there.utcoffset(), there.tzname()) == (local.utcoffset(), local.tzname()):
        assert "(" not in text
    else:
        assert text.endswith(f"{there:%H:%M} {there.tzname()} {origin})")
        assert (f"({there.date().isoformat()} " in text) == (there.date() != local.date())


@given(day=st.dates(min_value=date(1971, 1, 1), max_value=date(2099, 12, 31)), user=zones)
def test_a_calendar_date_never_shifts(day: date, user: str) -> None:
    assert show_day(day, user) == day.isoformat()
    # A date typed without a time is kept as that day wherever it was typed.
    stored = parse_datetime(day.isoformat(), user)
    assert show_day(stored, user) == day.isoformat()
    assert day_of(stored, user) == day


@given(
    wall=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31)),
    tz=zones,
)
def test_a_typed_time_reads_back_or_is_refused_in_a_gap(wall: datetime, tz: str) -> None:
    wall = wall.replace(second=0, microsecond=0)
    zone = zoneinfo.ZoneInfo(tz)
    exists = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall
    text = f"{wall:%Y-%m-%d %H:%M}"
    if not exists:
        with pytest.raises(InputError, match="does not exist"):
            parse_datetime(text, tz)
        return
    stored = parse_datetime(text, tz)
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert in_zone(stored, tz).replace(tzinfo=None) == wall


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("2026-03-29 02:30", "Europe/Berlin"),  # spring forward
        ("2026-03-08 02:00", "America/New_York"),
        ("2026-10-04 02:15", "Australia/Lord_Howe"),  # a half-hour jump
    ],
)
def test_times_the_clocks_skip_are_refused(text: str, tz: str) -> None:
    with pytest.raises(InputError, match=f"does not exist in {tz}"):
        parse_datetime(text, tz)


def test_the_repeated_hour_in_autumn_is_read_as_the_first() -> None:
    first = parse_datetime("2026-10-25 02:30", "Europe/Berlin")
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert show_time(first, user="Europe/Berlin") == "2026-10-25 02:30 CEST"
    later = first + timedelta(hours=1)
    assert show_time(later, user="Europe/Berlin") == "2026-10-25 02:30 CET"


def test_across_the_date_line_the_original_day_is_named() -> None:
    moment = datetime.combine(
        date(2026, 11, 19), time(9), tzinfo=zoneinfo.ZoneInfo("Pacific/Kiritimati")
    )
    text = show_time(moment, "Pacific/Kiritimati", user="Pacific/Pago_Pago")
    assert text == "2026-11-18 08:00 SST (2026-11-19 09:00 +14 Pacific/Kiritimati)"


def test_a_moment_at_the_end_of_the_calendar_still_shows() -> None:
    edge = datetime(1, 1, 1, tzinfo=UTC)
    assert show_time(edge, "Europe/Berlin", user="America/New_York").startswith("0001-01-01 00:00")
    with pytest.raises(InputError, match="ends of the calendar"):
        parse_datetime("0001-01-01 00:00", "Europe/Berlin")


def test_the_users_zone_comes_from_env_then_settings_then_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from askback.config import write_user_setting

    monkeypatch.delenv("ASKBACK_TZ")
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    assert user_zone_source() == ("Asia/Kolkata", "this machine")
    path = write_user_setting("timezone", "Pacific/Kiritimati")
    assert user_zone_source() == ("Pacific/Kiritimati", str(path))
    monkeypatch.setenv("ASKBACK_TZ", "America/New_York")
    assert user_zone() == "America/New_York"
    # A name that is no zone is passed over, never fatal.
    monkeypatch.setenv("ASKBACK_TZ", "Mars/Olympus")
    assert user_zone() == "Pacific/Kiritimati"
    write_user_setting("timezone", None)
    assert user_zone() == "Asia/Kolkata"
