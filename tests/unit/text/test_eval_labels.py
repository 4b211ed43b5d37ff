"""The hand-label files behind `make eval` are well formed, and the scoring rules hold."""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from benchmarks import corpus_nhs, corpus_usajobs
from benchmarks.eval_targets import (
    EU_LABELS,
    EU_REQUIREMENTS,
    GENDER,
    HELD_OUT,
    gender_files,
    half,
    load_yaml,
    pay_exact,
)

HEX64 = re.compile(r"^[0-9a-f]{64}$")


def test_nhs_labels_are_complete_and_consistent() -> None:
    ads = load_yaml(corpus_nhs.LABELS)["ads"]
    assert isinstance(ads, list)
    assert len(ads) >= 500
    assert [a["n"] for a in ads] == list(range(len(ads)))
    assert len({a["id"] for a in ads}) == len(ads)
    assert all(str(a["id"]).isdigit() for a in ads)
    # n 0-399 carry every label; later rounds label the requirement list only.
    assert all("pay" in a for a in ads[:400]) and not any("pay" in a for a in ads[400:])
    for a in ads:
        assert HEX64.match(a["sha256"]), a
        req = a["requirements"]
        if req is not None:
            assert (req["list"] and req["must"] >= 1) or req == {"list": False}, a
        if "pay" not in a:
            assert set(a) == {"n", "id", "sha256", "requirements"} and req is not None, a
            continue
        assert a["work"] in {"remote", "hybrid", "onsite", "not_stated"}, a
        pay = a["pay"]
        if pay["stated"]:
            assert pay["currency"] == "GBP" and pay["period"] in {"year", "hour"}, a
            assert pay["min"] is not None or pay["max"] is not None, a
            if pay["min"] is not None and pay["max"] is not None:
                assert pay["min"] <= pay["max"], a
        else:
            assert set(pay) == {"stated"}, a
    assert sum(a["requirements"] is not None for a in ads) >= 250


def test_gender_sample_is_judged_and_hashed() -> None:
    data = load_yaml(GENDER)["ads"]
    hits = [h for ad in data for h in ad["hits"]]
    assert len(hits) >= 100
    assert all(isinstance(h["trait"], bool) and h["word"] and h["at"] >= 0 for h in hits)
    assert all(HEX64.match(ad["sha256"]) for ad in data)
    labelled = {a["id"] for a in load_yaml(corpus_nhs.LABELS)["ads"]}
    assert {ad["id"] for ad in data} <= labelled


@pytest.mark.parametrize("labels", [corpus_nhs.LABELS, corpus_usajobs.LABELS], ids=["nhs", "us"])
def test_gender_rounds_are_well_formed_and_each_hit_judged_once(labels: Path) -> None:
    labelled = {a["id"]: a for a in load_yaml(labels)["ads"]}
    first = labels.parent / "gender_hits.yaml"
    sampled = {ad["id"] for ad in load_yaml(first)["ads"]}
    seen: set[tuple[str, int, str]] = set()
    for path in gender_files(first):
        data = load_yaml(path)["ads"]
        assert data, path
        ids = [ad["id"] for ad in data]
        assert len(set(ids)) == len(ids), path
        later = re.search(r"_round(\d+)", path.stem)
        part = re.search(r"_(dev|test)$", path.stem)
        for ad in data:
            assert labelled[ad["id"]]["sha256"] == ad["sha256"], (path, ad["id"])
            if part:
                assert half(str(ad["id"])) == part[1], (path, ad["id"])
            if later and int(later[1]) == 3:
                # Round 3: NHS ads n 60-89, or the ads of the first USAJOBS sample.
                n = labelled[ad["id"]]["n"]
                assert (60 <= n <= 89) if labels == corpus_nhs.LABELS else ad["id"] in sampled
            for h in ad["hits"]:
                assert isinstance(h["trait"], bool) and h["word"] and h["at"] >= 0, h
                assert isinstance(h["context"], str), h
                if later:
                    # Later rounds quote the whole word in its sentence, and say their round.
                    assert h["word"] in h["context"], h
                    assert h.get("round", ad.get("round")) == int(later[1]), h
                key = (str(ad["id"]), int(h["at"]), str(h["word"]).lower())
                assert key not in seen, (path, key)
                seen.add(key)


def test_labels_and_judged_hits_match_the_corpus_when_present() -> None:
    corpus = corpus_nhs.corpus_dir()
    if corpus is None:
        pytest.skip(f"NHS corpus not found (set {corpus_nhs.ENV})")
    ads = load_yaml(corpus_nhs.LABELS)["ads"]
    # The draw: random.Random(11).sample of the ids; a longer draw keeps the shorter one's order.
    draw = random.Random(11).sample(corpus_nhs.ids(corpus), len(ads))
    assert [str(a["id"]) for a in ads] == draw
    assert draw[:400] == corpus_nhs.sample(corpus, 400)
    hashed = {str(a["id"]): a["sha256"] for a in ads}
    for path in gender_files(GENDER):
        hashed.update({str(ad["id"]): ad["sha256"] for ad in load_yaml(path)["ads"]})
    for ad_id, digest in hashed.items():
        assert corpus_nhs.read(corpus, ad_id).sha256 == digest, ad_id


def test_held_out_answers_cover_both_languages_and_sides() -> None:
    items = load_yaml(HELD_OUT)["answers"]
    assert len(items) >= 60
    assert len({i["id"] for i in items}) == len(items)
    for lang in ("en", "de"):
        for label in ("concrete", "vague"):
            assert sum(i["lang"] == lang and i["label"] == label for i in items) >= 12
    kinds = {i["kind"] for i in items}
    assert {"hedged-future", "value-talk", "bodies-no-outcome", "failure"} <= kinds
    # Held out: none of them may appear in the tuning set.
    tuned = {a["text"] for a in load_yaml(HELD_OUT.parent / "answers_rated.yaml")["answers"]}
    assert not tuned & {i["text"] for i in items}


def test_eu_labels_are_hashed_german_ads() -> None:
    ads = load_yaml(EU_LABELS)["ads"]
    assert ads and all(a["lang"] in ("de", "en") and HEX64.match(a["sha256"]) for a in ads)
    assert sum(a["lang"] == "de" for a in ads) >= 10
    assert all(a["work"] in {"remote", "hybrid", "onsite", "not_stated"} for a in ads)


def test_eu_requirement_labels_are_the_seeded_draw() -> None:
    ads = load_yaml(EU_REQUIREMENTS)["ads"]
    assert [a["n"] for a in ads] == list(range(440))
    assert len({a["id"] for a in ads}) == len(ads)
    langs = {"en", "de", "fr", "sv", "nl", "fi", "ko", "pt", "vi", "es", "it"}
    for a in ads:
        assert HEX64.match(a["sha256"]) and a["lang"] in langs, a
        req = a["requirements"]
        assert (req["list"] and req["must"] >= 1) or req == {"list": False}, a
        assert a["why"], a
    from benchmarks.eval_text import real_ads

    texts = {ad.id: ad.text for ad in real_ads()}
    if not texts:
        pytest.skip("EU ads (shared/data/jobads-eu-analytics) not found")
    first = random.Random(23).sample(sorted(texts), 100)
    assert [a["id"] for a in ads[:100]] == first
    # n 100-199: the second draw, from the ids the first one left out.
    second = random.Random(29).sample(sorted(set(texts) - set(first)), 100)
    assert [a["id"] for a in ads[100:200]] == second
    # n 200-319: the third draw, from the ids the first two left out.
    third = random.Random(31).sample(sorted(set(texts) - set(first) - set(second)), 120)
    assert [a["id"] for a in ads[200:320]] == third
    # n 320-439: the fourth draw, every id the first three left out, in a seeded order.
    rest3 = sorted(set(texts) - {a["id"] for a in ads[:320]})
    fourth = random.Random(37).sample(rest3, len(rest3))
    assert [a["id"] for a in ads[320:]] == fourth
    for a in ads:
        assert hashlib.sha256(texts[a["id"]].encode()).hexdigest() == a["sha256"], a["id"]


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
