"""The values profile: validation, defaults and the TOML round trip."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from askback.bank.schema import Dimension
from askback.domain.model import DEFAULT_WEIGHT, DealBreaker, Profile
from askback.errors import InputError
from tests.unit.domain.factories import answer


def test_weights_default_and_bounds() -> None:
    profile = Profile(weights={Dimension.RESPONSIBLE_ML: 9})
    assert profile.weight(Dimension.RESPONSIBLE_ML) == 9
    assert profile.weight(Dimension.GROWTH) == DEFAULT_WEIGHT
    with pytest.raises(ValidationError):
        Profile(weights={Dimension.GROWTH: 11})
    with pytest.raises(ValidationError):
        Profile.model_validate({"weights": {"no-such-dimension": 3}})


def test_deal_breaker_rules() -> None:
    rule = DealBreaker(dimension=Dimension.RESPONSIBLE_ML, at_least=3)
    assert rule.confidence == 0.8
    assert "responsible-ml at least 3" in rule.label()
    with pytest.raises(ValidationError):
        DealBreaker(dimension=Dimension.GROWTH, at_least=3, confidence=0.3)
    with pytest.raises(ValidationError):
        DealBreaker(dimension=Dimension.GROWTH, at_least=6)
    with pytest.raises(ValidationError, match="two deal breakers"):
        Profile(deal_breakers=[rule, rule])


def test_must_ask_ids_are_checked_and_deduplicated() -> None:
    assert Profile(must_ask=["rml-001", "rml-001", "my-remote"]).must_ask == [
        "rml-001",
        "my-remote",
    ]
    with pytest.raises(ValidationError, match="not a question id"):
        Profile(must_ask=["what about pay?"])


def test_source_overrides_name_known_sources() -> None:
    Profile.model_validate({"source_weights": {"peer": {"growth": 0.4}, "job-ad": {"growth": 0}}})
    with pytest.raises(ValidationError, match="unknown source"):
        Profile.model_validate({"source_weights": {"cto": {"growth": 0.4}}})


def test_toml_round_trip_keeps_everything() -> None:
    profile = Profile.model_validate(
        {
            "weights": {"responsible-ml": 9, "compensation-contract": 2},
            "deal_breakers": [{"dimension": "responsible-ml", "at_least": 3, "confidence": 0.9}],
            "must_ask": ["rml-001"],
            "source_weights": {"recruiter": {"responsible-ml": 0.1}},
        }
    )
    text = profile.to_toml()
    assert text.startswith("# askback values profile")
    again = Profile.from_toml(text)
    assert again.deal_breakers == profile.deal_breakers
    assert again.must_ask == ["rml-001"]
    assert again.source_weights == profile.source_weights
    for d in Dimension:
        assert again.weight(d) == profile.weight(d)


def test_toml_errors_name_the_field() -> None:
    with pytest.raises(InputError, match=r"mine.toml: weights.growth"):
        Profile.from_toml("[weights]\ngrowth = 12\n", "mine.toml")
    with pytest.raises(InputError, match="not valid TOML"):
        Profile.from_toml("weights = [", "mine.toml")


def test_item_level_counts_red_flag_as_one() -> None:
    assert answer(4, "a").level == 4
    assert answer(4, "a", red_flag=True).level == 1
    assert answer(None, "a", red_flag=True).level == 1
    assert answer(None, "a").level is None
    assert "red flag" in answer(None, "tom", red_flag=True, quote="bad idea").describe()
