"""Today's rules on hostile input of their own class: each trigger repeated to 10,000
characters, run together and one a line, through `analyze` with a user's defaults. The reading
must stay the one the rule gives on a single sentence (how long it takes is measured by
`make bench`, whose HOSTILE units hold the same pieces)."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze


def _repeat(unit: str, lines: bool) -> str:
    if lines:
        return "\n".join([unit.strip()] * (10_000 // len(unit)))
    return (unit * (10_000 // len(unit) + 1))[:10_000]


@pytest.mark.parametrize("lines", [False, True])
def test_base_and_ote_repeated_stay_the_base(lines: bool) -> None:
    p = analyze(_repeat("Base £40,000, OTE £60,000 ", lines)).pay
    assert (p.minimum, p.maximum) == (40_000, 40_000)


@pytest.mark.parametrize("lines", [False, True])
def test_added_amounts_repeated_never_become_pay(lines: bool) -> None:
    p = analyze(_repeat("Salary £20 ph plus unsocial hours (up to £40 ph) ", lines)).pay
    assert {f.maximum for f in p.figures} == {20}


@pytest.mark.parametrize("lines", [False, True])
def test_home_based_place_lines_repeated_are_remote(lines: bool) -> None:
    assert analyze(_repeat("Location: Home-based (UK) ", lines)).work_arrangement == "remote"


@pytest.mark.parametrize("lines", [False, True])
def test_bonus_as_a_plus_repeated_is_no_benefit(lines: bool) -> None:
    assert "bonus" not in analyze(_repeat("Bonus points for dbt. ", lines)).benefits


@pytest.mark.parametrize("lines", [False, True])
def test_competing_globally_repeated_is_no_trait(lines: bool) -> None:
    assert analyze(_repeat("We compete globally. ", lines)).masculine == 0


def test_series_lists_repeated_count_every_item() -> None:
    unit = "Requirements:\nSQL, Python\nNice to have:\nSpark\n"
    r = analyze((unit * (10_000 // len(unit))).strip())
    # The first must-have list and the lists after it name the same skills again (a tag line
    # restated): the count is that of one list.
    assert r.must_haves == 2


def test_outline_sections_repeated_count_their_items() -> None:
    unit = "3. Requirements\n3.1 SQL skills\n4. How to apply\nWrite to us.\n"
    n = 10_000 // len(unit)
    assert analyze((unit * n).strip()).must_haves == n
