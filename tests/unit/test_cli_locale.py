"""The CLI's dates and numbers: ISO and English by default, the user's locale when named."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.cli import output
from askback.errors import InputError
from askback.i18n import check_locale, local_day


@pytest.fixture
def locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.setenv("ASKBACK_HOME", "/nonexistent-askback-home")
    output._locale.cache_clear()
    yield monkeypatch
    output._locale.cache_clear()


def _use(monkeypatch: pytest.MonkeyPatch, name: str | None) -> None:
    if name is None:
        monkeypatch.delenv("ASKBACK_LOCALE", raising=False)
    else:
        monkeypatch.setenv("ASKBACK_LOCALE", name)
    output._locale.cache_clear()


def test_without_a_locale_days_are_iso_and_numbers_english(locale: pytest.MonkeyPatch) -> None:
    _use(locale, None)
    assert output.day(date(2026, 12, 3)) == "2026-12-03"
    assert output.clock(datetime(2026, 12, 3, 14, 5)) == "2026-12-03 14:05"
    assert output.number(78000) == "78,000" and output.number(3.456, 2) == "3.46"
    assert output.percent(0.37) == "37%"


def test_a_named_locale_writes_days_numbers_and_shares_its_way(
    locale: pytest.MonkeyPatch,
) -> None:
    _use(locale, "de-DE.UTF-8")
    assert output.day(date(2026, 12, 3)) == "03.12.2026"
    assert output.number(78000) == "78.000" and output.number(3.456, 2) == "3,46"
    assert output.percent(0.37) == "37\u00a0%"
    _use(locale, "en_US")
    assert output.day(date(2026, 12, 3)) == "Dec 3, 2026"
    assert output.clock(datetime(2026, 12, 3, 14, 5)).endswith("2:05\u202fPM")


def test_an_unknown_locale_says_what_to_type(locale: pytest.MonkeyPatch) -> None:
    _use(locale, "xx_YY")
    with pytest.raises(InputError, match="en_GB"):
        output.day(date(2026, 12, 3))
    with pytest.raises(InputError):
        check_locale("not a locale")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_prints_with_its_year_in_each_locale(value: date) -> None:
    assert local_day(value, None) == value.isoformat()
    for name in ("de_DE", "en_GB", "en_US", "fr_FR"):
        assert str(value.year) in local_day(value, name)
