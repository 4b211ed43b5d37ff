"""The shared limits: every face refuses the same years, amounts and names (property tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.app.contacts import normal_email
from askback.app.csv_fields import _audience, _status, parse_pay
from askback.app.limits import FIRST_YEAR, LAST_YEAR, PAY, check_values, check_year, in_range
from askback.errors import InputError
from askback.store.values import AUDIENCES, Status
from askback.web.forms import choice

ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago")


@given(st.dates())
def test_a_day_passes_exactly_when_its_year_is_in_range(day: date) -> None:
    inside = FIRST_YEAR <= day.year <= LAST_YEAR
    try:
        check_year(day, "date")
    except InputError as exc:
        assert not inside
        assert day.isoformat() in str(exc) and str(FIRST_YEAR) in str(exc)
    else:
        assert inside


@given(
    st.datetimes(
        min_value=datetime(1899, 12, 30), max_value=datetime(3000, 1, 2), timezones=st.just(UTC)
    ),
    st.sampled_from(ZONES),
)
def test_a_moment_must_be_in_range_in_utc_and_in_its_zone(moment: datetime, zone: str) -> None:
    from zoneinfo import ZoneInfo

    years = {moment.year, moment.astimezone(ZoneInfo(zone)).year}
    inside = all(FIRST_YEAR <= y <= LAST_YEAR for y in years)
    try:
        check_year(moment, "starts_at", zone)
    except InputError:
        assert not inside
    else:
        assert inside


def test_the_edges_of_the_range() -> None:
    check_year(datetime(FIRST_YEAR, 1, 1, 0, 30, tzinfo=UTC), "t", "UTC")
    with pytest.raises(InputError, match="not between"):
        # 00:30 UTC on the first day is still the year before in New York.
        check_year(datetime(FIRST_YEAR, 1, 1, 0, 30, tzinfo=UTC), "t", "America/New_York")
    with pytest.raises(InputError, match="not between"):
        check_year(datetime(LAST_YEAR, 12, 31, 23, tzinfo=UTC) + timedelta(hours=2), "t")


@given(st.integers() | st.floats(allow_nan=True))
def test_numbers_out_of_their_range_are_refused(value: float) -> None:
    for name, low, high in (("rating", 1, 5), ("duration_minutes", 1, 1440), ("pay_min", 0, 2e9)):
        inside = low <= value <= high
        try:
            check_values({name: value}, "x")
        except InputError as exc:
            assert not inside and f"x.{name}" in str(exc) and "out of range" in str(exc)
        else:
            assert inside


@given(st.integers(min_value=1, max_value=10**12))
def test_negative_pay_is_refused_and_positive_pay_in_range_is_read(amount: int) -> None:
    with pytest.raises(InputError, match="negative"):
        parse_pay(f"-{amount}")
    with pytest.raises(InputError, match="negative"):
        parse_pay(f"EUR -{amount}")
    if amount <= PAY.high:
        assert parse_pay(f"{amount} EUR")["pay_min"] == amount
    else:
        with pytest.raises(InputError, match="out of range"):
            parse_pay(f"{amount} EUR")


@given(st.text(max_size=30))
def test_any_value_is_in_range_or_refused_with_one_line(value: str) -> None:
    for parse in (_status, _audience):
        try:
            parse(value, None)
        except InputError as exc:
            assert "\n" not in str(exc)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("intervew", "interview"), ("offr", "offer"), ("rejeced", "rejected"), ("aplied", "applied")],
)
def test_a_status_typo_gets_did_you_mean(typo: str, meant: str) -> None:
    from askback.app.csv_fields import _STATUS_WORDS

    assert meant in {s.value for s in Status} | set(_STATUS_WORDS)
    with pytest.raises(InputError, match=f"did you mean '{meant}'"):
        _status(typo, None)


@given(st.sampled_from(AUDIENCES), st.integers(min_value=0, max_value=4))
def test_an_audience_with_one_letter_dropped_gets_did_you_mean(name: str, at: int) -> None:
    typo = name[:at] + name[at + 1 :]
    if typo.replace("-", " ").strip() and typo not in AUDIENCES and len(name) > 3:
        with pytest.raises(InputError) as caught:
            _audience(typo, None)
        assert "did you mean" in str(caught.value) or "use one of" in str(caught.value)


@given(st.emails())
def test_valid_emails_are_kept_in_normal_form(address: str) -> None:
    try:
        normal = normal_email(f"  {address} ")
    except InputError:
        return  # hypothesis' emails include forms email-validator refuses (e.g. special TLDs)
    assert normal is not None and normal == normal_email(normal)


@given(st.text(alphabet=st.characters(blacklist_characters="@"), min_size=1, max_size=40))
def test_text_without_an_at_sign_is_never_an_email(text: str) -> None:
    if text.strip():
        with pytest.raises(InputError, match="is not an email address"):
            normal_email(text)


def test_in_range_names_the_field_and_the_range() -> None:
    with pytest.raises(InputError, match=r"pay: -1 is out of range \(0 to 2,000,000,000\)"):
        in_range(-1, PAY, "pay")


@settings(deadline=None)  # the first call loads rapidfuzz
@given(
    st.text(max_size=30),
    st.lists(st.text("abcdefgh-", min_size=1, max_size=12), min_size=1, max_size=6),
)
def test_a_web_filter_value_is_allowed_or_refused_never_ignored(
    value: str, allowed: list[str]
) -> None:
    try:
        picked = choice(value, allowed, "dimension")
    except InputError as exc:
        assert value.strip() and value.strip() not in allowed
        assert str(exc).startswith("dimension: unknown value") and "\n" not in str(exc)
    else:
        assert picked == (value.strip() or None)
        assert picked is None or picked in allowed


def test_the_profile_model_and_the_records_use_the_shared_ranges() -> None:
    """domain/ and export/ stay free of app imports, so their bounds are compared here."""
    from pydantic import TypeAdapter

    from askback.app.limits import CONFIDENCE, RATING, WEIGHT
    from askback.domain.model import DealBreaker, Weight
    from askback.export.records import Rating

    def bounds(adapter: TypeAdapter[object], low: float, high: float) -> None:
        adapter.validate_python(low)
        adapter.validate_python(high)
        for outside in (low - 1 if float(low).is_integer() else low - 0.01, high + 1):
            with pytest.raises(ValueError):
                adapter.validate_python(outside)

    bounds(TypeAdapter(Weight), WEIGHT.low, WEIGHT.high)
    bounds(TypeAdapter(Rating), RATING.low, RATING.high)
    field = DealBreaker.model_fields["confidence"]
    assert [(getattr(m, "ge", None) or getattr(m, "le", None)) for m in field.metadata] == [
        CONFIDENCE.low,
        CONFIDENCE.high,
    ]


@given(st.text(max_size=20))
def test_a_name_passes_exactly_when_it_shows_something_and_has_no_override(name: str) -> None:
    import unicodedata

    from askback.app.limits import check_name

    visible = any(unicodedata.category(c)[0] not in "CZM" for c in name)
    override = bool({"\u202d", "\u202e"} & set(name))
    try:
        assert check_name(name, "contact.name") == name
    except InputError as exc:
        assert not visible or override
        assert str(exc).startswith("contact.name: ") and "\n" not in str(exc)
    else:
        assert visible and not override


@pytest.mark.parametrize("name", ["עדי כהן", "Adi \u200fכהן", "محمد", "Zoë", "李雷", "O'Neil"])
def test_right_to_left_and_accented_names_are_fine(name: str) -> None:
    from askback.app.limits import check_name

    assert check_name(name, "name") == name
