"""The hand-label files behind `make eval` are well formed, and the scoring rules hold."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from benchmarks import corpus_nhs
from benchmarks.eval_targets import EU_LABELS, GENDER, HELD_OUT, pay_exact

HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_nhs_labels_are_complete_and_consistent() -> None:
    ads = _load(corpus_nhs.LABELS)["ads"]
    assert isinstance(ads, list)
    assert len(ads) >= 300
    assert sorted(a["n"] for a in ads) == list(range(len(ads)))
    assert len({a["id"] for a in ads}) == len(ads)
    assert all(str(a["id"]).isdigit() for a in ads)
    for a in ads:
        assert HEX64.match(a["sha256"]), a
        assert a["work"] in {"remote", "hybrid", "onsite", "not_stated"}, a
        pay = a["pay"]
        if pay["stated"]:
            assert pay["currency"] == "GBP" and pay["period"] in {"year", "hour"}, a
            assert pay["min"] is not None or pay["max"] is not None, a
            if pay["min"] is not None and pay["max"] is not None:
                assert pay["min"] <= pay["max"], a
        else:
            assert set(pay) == {"stated"}, a
        req = a["requirements"]
        if req is not None:
            assert (req["list"] and req["must"] >= 1) or req == {"list": False}, a
    assert sum(a["requirements"] is not None for a in ads) >= 150


def test_gender_sample_is_judged_and_hashed() -> None:
    data = _load(GENDER)["ads"]
    hits = [h for ad in data for h in ad["hits"]]
    assert len(hits) >= 100
    assert all(isinstance(h["trait"], bool) and h["word"] and h["at"] >= 0 for h in hits)
    assert all(HEX64.match(ad["sha256"]) for ad in data)
    labelled = {a["id"] for a in _load(corpus_nhs.LABELS)["ads"]}
    assert {ad["id"] for ad in data} <= labelled


def test_held_out_answers_cover_both_languages_and_sides() -> None:
    items = _load(HELD_OUT)["answers"]
    assert len(items) >= 60
    assert len({i["id"] for i in items}) == len(items)
    for lang in ("en", "de"):
        for label in ("concrete", "vague"):
            assert sum(i["lang"] == lang and i["label"] == label for i in items) >= 12
    kinds = {i["kind"] for i in items}
    assert {"hedged-future", "value-talk", "bodies-no-outcome", "failure"} <= kinds
    # Held out: none of them may appear in the tuning set.
    tuned = {a["text"] for a in _load(HELD_OUT.parent / "answers_rated.yaml")["answers"]}
    assert not tuned & {i["text"] for i in items}


def test_eu_labels_are_hashed_german_ads() -> None:
    ads = _load(EU_LABELS)["ads"]
    assert ads and all(a["lang"] in ("de", "en") and HEX64.match(a["sha256"]) for a in ads)
    assert sum(a["lang"] == "de" for a in ads) >= 10
    assert all(a["work"] in {"remote", "hybrid", "onsite", "not_stated"} for a in ads)


def _pay(lo: float | None, hi: float | None, cur: str = "GBP", per: str = "year") -> object:
    return SimpleNamespace(minimum=lo, maximum=hi, currency=cur, period=per)


HOURLY = {"stated": True, "min": 19.38, "max": 19.38, "currency": "GBP", "period": "hour"}
GOLD = {"stated": True, "min": 24907, "max": 30615, "currency": "GBP", "period": "year"}


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        (GOLD, _pay(24907, 30615), True),
        (GOLD, _pay(24907.0, 30615.004), True),
        (GOLD, _pay(24907, None), False),
        (GOLD, _pay(24907, 30615, per="month"), False),
        (GOLD, _pay(24907, 30615, cur="EUR"), False),
        ({**GOLD, "min": None, "max": 32000}, _pay(None, 32000), True),
        ({**GOLD, "min": None, "max": 32000}, _pay(32000, 32000), True),
        ({**GOLD, "min": None, "max": 32000}, _pay(28000, 32000), False),
        ({**GOLD, "min": 31365, "max": None}, _pay(31365, None), True),
        ({**GOLD, "min": 31365, "max": None}, _pay(31365, 40000), False),
        (
            {**GOLD, "min": 19.38, "max": 19.38, "period": "hour"},
            _pay(19.38, None, per="hour"),
            True,
        ),
        ({**GOLD, "min": 19.38, "max": 19.38, "period": "hour"}, _pay(19380, 19380), False),
    ],
)
def test_pay_exact(gold: dict[str, object], pred: object, ok: bool) -> None:
    assert pay_exact(gold, pred) is ok
