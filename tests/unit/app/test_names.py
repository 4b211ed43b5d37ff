"""One list rule for every command, and 'did you mean' for a name that misses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.app.names import did_you_mean, split_list, suggestions, unknown_zone
from askback.errors import InputError

# Items as a user may type them: anything printable, commas and quotes included.
items = (
    st.text(
        alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")), max_size=20
    )
    .map(str.strip)
    .filter(bool)
)


def _distinct(values: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for v in values:
        if v.casefold() not in seen:
            seen.add(v.casefold())
            out.append(v)
    return out


def _quoted(item: str) -> str:
    return '"' + item.replace('"', '""') + '"'


@given(st.lists(items, max_size=6))
def test_quoted_items_round_trip_whatever_they_hold(values: list[str]) -> None:
    assert split_list(", ".join(_quoted(v) for v in values)) == _distinct(values)


@given(st.lists(items.filter(lambda s: "," not in s and not s.startswith('"')), max_size=6))
def test_commas_and_repeated_options_read_the_same(values: list[str]) -> None:
    expected = _distinct(values)
    assert split_list(",".join(values)) == expected
    assert split_list(values) == expected
    assert split_list([" , ".join(values[:2]), *values[2:]]) == expected


@pytest.mark.parametrize(
    ("given_values", "expected"),
    [
        (["A,B"], ["A", "B"]),
        (["  Jane Doe ,, Sam Lee  "], ["Jane Doe", "Sam Lee"]),
        (['"Smith, Jr.", Ana'], ["Smith, Jr.", "Ana"]),
        (['"She said ""hi"""'], ['She said "hi"']),
        (["peer", "Peer", "PEER"], ["peer"]),
        (['O"Brien'], ['O"Brien']),  # a quote inside a name is just a character
        ([""], []),
    ],
)
def test_list_rules(given_values: list[str], expected: list[str]) -> None:
    assert split_list(given_values) == expected


def test_an_unclosed_quote_is_an_error() -> None:
    with pytest.raises(InputError, match="unclosed double quote"):
        split_list(['"Smith, Jr., Ana'])


def test_near_names_are_suggested_and_far_ones_are_not() -> None:
    people = ["Sofia Alvarez", "Sam Lee", "Jane Doe"]
    assert suggestions("Sofia Alvares", people) == ["Sofia Alvarez"]
    assert suggestions("sofia alvarez", people) == ["Sofia Alvarez"]
    assert suggestions("Priya Raman", people) == []
    assert did_you_mean("growht", ["growth", "compensation-contract"]) == "; did you mean 'growth'?"
    assert did_you_mean("zzz", ["growth"]) == ""


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Europe/Berln", "Europe/Berlin"),
        ("asia/kolkata", "Asia/Kolkata"),
        ("America/New York", "America/New_York"),
        ("Pacific/Kiritimatti", "Pacific/Kiritimati"),
    ],
)
def test_a_misspelt_time_zone_names_the_real_one(typed: str, meant: str) -> None:
    assert f"did you mean {meant!r}" in str(unknown_zone(typed))


def test_a_misspelt_dimension_in_a_profile_file_is_named_with_the_real_one() -> None:
    from askback.domain.model import Profile

    with pytest.raises(InputError, match=r"p\.toml: weights\.growht.*did you mean 'growth'\?"):
        Profile.from_toml("[weights]\ngrowht = 3\n", "p.toml")
