"""A CSV date askback cannot read names the --date-format that would read it."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.app.common import parse_date
from askback.app.csv_fields import _date
from askback.errors import InputError

orders = st.sampled_from(["%m{s}%d{s}{y}", "%d{s}%m{s}{y}", "%Y{s}%m{s}%d"])


@given(
    st.dates(min_value=date(1971, 1, 1), max_value=date(2060, 12, 31)),
    orders,
    st.sampled_from(["/", "-", ".", " "]),
    st.sampled_from(["%Y", "%y"]),
)
def test_the_error_names_a_format_that_reads_the_date(
    day: date, order: str, sep: str, year: str
) -> None:
    fmt = order.format(s=sep, y=year)
    value = day.strftime(fmt)
    try:
        parse_date(value)
    except InputError:
        pass
    else:
        return  # askback reads it without help: no error to explain
    with pytest.raises(InputError) as caught:
        _date(value, None)
    message = str(caught.value)
    assert repr(value) in message
    offered = re.findall(r"--date-format '([^']+)'", message)
    assert fmt in offered, message
    # Each format offered reads the value (possibly as another day: the user picks the order).
    for other in offered:
        datetime.strptime(value, other)
    assert _date(value, fmt) == day


def test_a_date_in_words_gets_an_example() -> None:
    # English month names are read ("11 March 2026"); others get a --date-format example.
    assert _date("11 March 2026", None).isoformat() == "2026-03-11"
    with pytest.raises(InputError, match=r"--date-format, e\.g\. '%d %B %Y'"):
        _date("11 Mrz 2026", None)
