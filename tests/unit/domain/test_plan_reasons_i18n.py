"""The planner's reasons as messages: one English text, the same figures in every language."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.bank.schema import Audience, Dimension, Stage
from askback.domain.planning import Addressee, plan_interview
from askback.i18n import Message, languages, ptranslate
from tests.unit.domain.test_planning import BANK, LEAD, PEER, PROFILE, conflicted


def _reasons(to: list[Addressee]) -> tuple[Message, ...]:
    plan = plan_interview(conflicted(), BANK, to, Stage.TEAM, 30, PROFILE)
    return plan.items[0].reasons


def test_every_reason_has_a_kind_an_english_text_and_its_figures() -> None:
    reasons = _reasons([LEAD])
    kinds = [r.kind for r in reasons]
    assert {"conflict", "deal-breaker", "weight", "source"} <= set(kinds)
    for r in reasons:
        data = r.to_dict()
        json.dumps(data)  # JSON readers get plain data
        assert data["text"] == str(r) == r.text("en")
        assert "{" not in data["text"]
    weight = next(r for r in reasons if r.kind == "weight").to_dict()["values"]
    assert weight["dimension"] == "responsible-ml"
    assert 0 <= weight["cut"] <= 1 and weight["low"] <= weight["mean"] <= weight["high"]


def test_every_catalog_writes_every_reason_without_english_left() -> None:
    for lang in languages():
        if lang == "en":
            continue
        for r in _reasons([LEAD]) + _reasons([Addressee(Audience.PEER, "tom", "Tom")]):
            text = r.text(lang)
            assert text != str(r), f"{r.kind} has no {lang} text"
            assert "{" not in text
            # The English sentence frames are gone; names and quotes stay as typed.
            for english in ("Settles a conflict", "Deal breaker", "You weigh", "Asked of"):
                assert english not in text


def test_the_german_reasons_use_german_numbers_and_names() -> None:
    reasons = {r.kind: r for r in _reasons([PEER])}
    weight = reasons["weight"]
    values = weight.values
    german = weight.text("de")
    assert Dimension.RESPONSIBLE_ML.text("de") in german
    # Babel writes the decimals with a comma and the share with a spaced percent sign.
    assert f"{values['mean']:.1f}".replace(".", ",") in german
    assert re.search(r"\d\s%", german)
    assert "%" in str(weight) and not re.search(r"\d\s%", str(weight))
    assert ptranslate("de", "value", "peer") in reasons["source"].text("de")


@settings(max_examples=40, deadline=None)
@given(
    mean=st.floats(1, 5),
    spread=st.floats(0, 2),
    cut=st.floats(0, 1),
    weight=st.integers(0, 10),
    dimension=st.sampled_from(list(Dimension)),
)
def test_a_reason_fills_its_figures_in_each_language(
    mean: float, spread: float, cut: float, weight: int, dimension: Dimension
) -> None:
    from askback.domain.plan_reasons import _WEIGHT

    r = Message(
        "weight",
        _WEIGHT,
        dimension=dimension,
        weight=float(weight),
        mean=mean,
        low=mean - spread,
        high=mean + spread,
        cut=cut,
    )
    assert f"{weight}/10" in str(r) and dimension.text("en") in str(r)
    assert f"{round(cut * 100)}%" in str(r)
    de = r.text("de")
    assert f"{weight}/10" in de and dimension.text("de") in de
    assert f"{round(cut * 100)}\u00a0%" in de
    assert f"{mean:.1f}".replace(".", ",") in de
