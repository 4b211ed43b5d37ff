"""Proposals in the bank's format: the YAML reader and the schema check, with hostile input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.bank import load
from askback.bank.bank import Bank
from askback.hub import contributions
from askback.hub.contributions import ProposalError, bank_format, parse_yaml, validate
from askback.hub.pages_bank import OUTLINE, diff_lines
from askback.hub.usefulness import summarise

GOOD: dict[str, Any] = {
    "text": "How is a model's fairness checked before it ships?",
    "summary": "Fairness checks before release",
    "dimensions": ["responsible-ml", "diversity-inclusion"],
    "audience": ["peer", "hiring-manager"],
    "stage": ["team"],
    "why": "A check before release shows fairness is part of the work, not an afterthought.",
    "green_flags": ["Named metrics per group"],
    "red_flags": ["We never looked"],
    "rubric": {"1": "No check.", "3": "Sometimes, informally.", "5": "Always, with metrics."},
    "related": ["rml-003"],
}


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load()


def test_a_good_proposal_round_trips_through_yaml(bank: Bank) -> None:
    question = validate(bank, parse_yaml(contributions.to_yaml(GOOD)), None, set())
    assert bank_format(question) == {**GOOD}


def test_each_wrong_field_is_named(bank: Bank) -> None:
    body = {**GOOD, "audience": [], "rubric": {"1": "x"}, "related": ["rml-003", "zzz-001"]}
    with pytest.raises(ProposalError) as caught:
        validate(bank, body, None, set())
    fields = {field for field, _ in caught.value.problems}
    assert "question.audience" in fields
    assert {"question.rubric.1", "question.rubric.3", "question.rubric.5"} <= fields
    # References are checked once the schema passes: the unknown related id is named then.
    with pytest.raises(ProposalError) as caught:
        validate(bank, {**GOOD, "related": ["rml-003", "zzz-001"]}, None, set())
    assert caught.value.problems == [("question.related.1", "no question 'zzz-001' in the bank")]
    assert validate(bank, {**GOOD, "related": ["community-0002"]}, None, {"community-0002"})


def test_an_id_is_refused_unless_it_is_the_edited_question(bank: Bank) -> None:
    with pytest.raises(ProposalError, match=r"question\.id: leave it out"):
        validate(bank, {**GOOD, "id": "rml-900"}, None, set())
    assert validate(bank, {**GOOD, "id": "rml-003"}, "rml-003", set())
    with pytest.raises(ProposalError, match=r"question\.translations"):
        validate(bank, {**GOOD, "translations": {}}, None, set())


def test_yaml_aliases_and_broken_yaml_are_refused() -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: [*b,*b]\n'
    with pytest.raises(ProposalError, match="aliases"):
        parse_yaml(bomb)
    with pytest.raises(ProposalError, match="not valid YAML at line 2"):
        parse_yaml("text: fine\n  bad: : indent\n")
    with pytest.raises(ProposalError, match="at most"):
        parse_yaml("x" * (contributions.MAX_YAML_CHARS + 1))


def test_the_form_outline_names_every_required_field(bank: Bank) -> None:
    with pytest.raises(ProposalError) as caught:
        validate(bank, parse_yaml(OUTLINE), None, set())
    assert not any("is not a field" in message for _, message in caught.value.problems)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_read_or_refused_with_a_proposal_error(source: str) -> None:
    try:
        parse_yaml(source)
    except ProposalError as exc:
        assert exc.problems and exc.problems[0][0] == "question"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from([*GOOD, "id", "extra", "facts", "minutes"]), value=json_values)
def test_a_mangled_field_is_accepted_or_named(bank: Bank, key: str, value: Any) -> None:
    try:
        question = validate(bank, {**GOOD, key: value}, None, set())
    except ProposalError as exc:
        assert exc.problems
        assert all(field.startswith("question") for field, _ in exc.problems)
    else:
        assert question.text


def test_diff_lines_mark_what_changed() -> None:
    kinds = [kind for kind, _ in diff_lines("--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n same")]
    assert kinds == ["head", "head", "head", "remove", "add", "same"]


def test_usefulness_needs_k_voters_and_rounds() -> None:
    with pytest.raises(ValueError):
        summarise([5, 5], 3)
    assert summarise([5, 4, 4], 3) == {"mean": 4.3, "voters": {"low": 3, "high": 4}}
