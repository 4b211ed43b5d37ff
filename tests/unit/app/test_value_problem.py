"""value_problem: every pydantic error the user can meet, in words that name what was typed,
what is wrong and what to type instead (one line, no pydantic wording)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from askback.app.names import field_noun, value_problem


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    stage: Literal["screen", "team", "final", "post-offer", "backchannel"] = "team"
    rating: Annotated[int, Field(ge=1, le=5)] = 3
    weight: Annotated[float, Field(gt=0, lt=10)] = 1.0
    remote: Literal["onsite", "hybrid", "remote"] = "hybrid"
    on: date | None = None
    name: Annotated[str, Field(min_length=1, max_length=20)] = "x"
    sure: bool = True
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    tag: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")] = "x"


PYDANTIC_WORDS = ("Input should", "String should", "Field required", "Extra inputs", "valid")


def problems(data: dict[str, object]) -> list[str]:
    try:
        Record.model_validate(data)
    except ValidationError as exc:
        return [value_problem(e, field_noun(e["loc"])) for e in exc.errors()]
    return []


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"stage": "lunch"}, "'lunch' is not a stage (use one of: screen, team, final,"),
        ({"stage": "finl"}, "'finl' is not a stage (did you mean 'final'?)"),
        ({"remote": "sometimes"}, "'sometimes' is not a work arrangement (use one of: onsite,"),
        ({"rating": "abc"}, "'abc' is not a whole number (type digits, e.g. 3)"),
        ({"rating": "0"}, "0 is below 1 (type 1 or more)"),
        ({"rating": 9}, "9 is above 5 (type 5 or less)"),
        ({"weight": "x"}, "'x' is not a number"),
        ({"weight": 0}, "0 is not over 0 (type more than 0)"),
        ({"on": "soon"}, "'soon' is not a date (type one like 2026-03-14)"),
        ({"name": "x" * 30}, "has 30 characters (type at most 20 characters)"),
        ({"name": ""}, "is empty (type at least one character)"),
        ({"sure": "maybe"}, "'maybe' is not yes or no (type true or false)"),
        ({"colour": "red"}, "is not a known field"),
        ({"currency": "€"}, "'€' is not a currency code (type three capital letters, e.g. EUR)"),
        (
            {"currency": "usd"},
            "'usd' is not a currency code (type three capital letters, e.g. USD)",
        ),
        ({"tag": "Big Data"}, "'Big Data' is not a tag (type lowercase letters and digits,"),
    ],
)
def test_each_kind_of_problem_says_what_to_type(data: dict[str, object], says: str) -> None:
    found = problems(data)
    assert len(found) == 1 and found[0].startswith(says), found


def test_the_noun_comes_from_the_field() -> None:
    assert field_noun(("interviews", 3, "stage")) == "stage"
    assert field_noun(("pay_period",)) == "pay period"
    assert field_noun(("weights", "growht", "[key]")) == "known name"
    assert field_noun(()) == "value"


VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(
            ["stage", "rating", "weight", "remote", "on", "name", "sure", "currency", "tag", "x"]
        ),
        VALUES,
        max_size=4,
    )
)
def test_any_bad_record_reads_as_one_line_per_problem_without_pydantic_words(
    data: dict[str, object],
) -> None:
    for line in problems(data):
        assert line and "\n" not in line
        assert "; " not in line.replace("; did you mean", "")  # the web splits problems at "; "
        if not line.startswith(("is not a known field", "Value error")):
            assert not any(w in line for w in PYDANTIC_WORDS), line
