"""Assessments: conflicts with quotes, deal-breaker verdicts, explanations, fit, frames."""

from __future__ import annotations

import json

import pytest

from askback.domain.evidence import (
    MIN_EVIDENCE,
    MIN_SOURCES,
    Verdict,
    assess,
    assess_many,
    threshold,
    verdict,
)
from askback.domain.model import DealBreaker, Profile
from tests.unit.domain.factories import GROWTH, RML, answer, signal

RULE = DealBreaker(dimension=RML, at_least=3, confidence=0.8)
PROFILE = Profile(weights={RML: 9}, deal_breakers=[RULE])


def good_company() -> list:  # type: ignore[type-arg]
    return [
        signal(5),
        answer(4, "hanna", "hiring-manager", qid="rml-002", quote="model cards, reviewed"),
        answer(4, "paul", "peer", qid="rml-004", quote="opt-outs reach training data"),
        answer(5, "lena", "leadership", qid="rml-010", quote="an ethics board that said no"),
    ]


def test_a_red_flag_against_good_answers_is_a_quoted_conflict() -> None:
    tom = answer(None, "tom", "peer", red_flag=True, qid="rml-001", quote="we could mine chats")
    calm = assess(good_company(), PROFILE)[RML]
    torn = assess([*good_company(), tom], PROFILE)[RML]
    assert calm.conflict is None
    assert torn.conflict is not None
    assert torn.conflict.low == (tom,)
    assert {i.person for i in torn.conflict.high} >= {"hanna", "lena"}
    assert torn.conflict.disputed_questions == {"rml-001"}
    assert "we could mine chats" in torn.conflict.describe()
    assert calm.deal_breaker is not None and torn.deal_breaker is not None
    assert calm.deal_breaker.verdict == Verdict.CLEAR
    assert calm.deal_breaker.risk < torn.deal_breaker.risk < RULE.confidence
    assert torn.deal_breaker.verdict == Verdict.AT_RISK
    # The explanation names the red flag first: it moved the mean most, downwards.
    assert torn.moved_by[0].item is tom
    assert torn.moved_by[0].shift < 0
    assert "tom" in torn.explanation()


def test_verdict_bands() -> None:
    enough = MIN_SOURCES
    assert verdict(0.05, 3.0, RULE, sources=enough) == Verdict.CLEAR
    assert verdict(0.5, 3.0, RULE, sources=enough) == Verdict.AT_RISK
    assert verdict(0.85, 3.0, RULE, sources=enough) == Verdict.LIKELY
    # Sources in conflict across the line: never clear, however low the pooled risk.
    assert verdict(0.05, 3.0, RULE, sources=enough, split=True) == Verdict.AT_RISK
    assert threshold(RULE) == 2.5


@pytest.mark.parametrize("risk", [0.0, 0.05, 0.5, 0.85, 0.99, 1.0])
def test_no_verdict_below_the_evidence_minimum_whatever_the_risk(risk: float) -> None:
    assert verdict(risk, MIN_EVIDENCE / 2, RULE, sources=5) == Verdict.UNKNOWN
    assert verdict(risk, 0.0, RULE, sources=0) == Verdict.UNKNOWN
    assert verdict(risk, 10.0, RULE, sources=MIN_SOURCES - 1) == Verdict.UNKNOWN
    assert verdict(risk, 10.0, RULE, sources=MIN_SOURCES, split=True) != Verdict.UNKNOWN


def test_a_strict_deal_breaker_without_evidence_is_not_a_verdict() -> None:
    strict = Profile(deal_breakers=[DealBreaker(dimension=RML, at_least=5, confidence=0.8)])
    d = assess([], strict)[RML]
    assert d.deal_breaker is not None and d.deal_breaker.risk > 0.8
    assert d.deal_breaker.verdict == Verdict.UNKNOWN
    # Signals alone (the job ad) are no interview evidence either.
    ads = assess([signal(1), signal(1, "public-report")], strict)[RML]
    assert ads.deal_breaker is not None and ads.deal_breaker.verdict == Verdict.UNKNOWN


def test_one_person_is_not_enough_however_much_they_say() -> None:
    tom = [answer(1, "tom", "peer") for _ in range(8)]
    d = assess(tom, PROFILE)[RML]
    assert d.evidence >= MIN_EVIDENCE and d.n_sources == 1
    assert d.deal_breaker is not None and d.deal_breaker.risk > RULE.confidence
    assert d.deal_breaker.verdict == Verdict.UNKNOWN
    # A second person saying the same makes it a verdict.
    more = assess([*tom, answer(1, "anna", "peer")], PROFILE)[RML]
    assert more.deal_breaker is not None and more.deal_breaker.verdict == Verdict.LIKELY


def test_verdicts_follow_the_evidence() -> None:
    nothing = assess([], PROFILE)[RML]
    assert nothing.deal_breaker is not None
    assert nothing.deal_breaker.verdict == Verdict.UNKNOWN
    assert nothing.mean == pytest.approx(3.0)
    assert "No rated evidence" in nothing.explanation()
    bad = [answer(None, p, "peer", red_flag=True) for p in ("a", "b")]
    assert assess(bad, PROFILE)[RML].deal_breaker.verdict == Verdict.LIKELY  # type: ignore[union-attr]


def test_well_known_needs_narrow_settled_and_calm() -> None:
    many = [answer(3 + i % 2, f"p{i}", "peer") for i in range(14)]
    d = assess(many, Profile())[RML]
    assert d.width < 1.0 and d.well_known
    # The same evidence sits right on a deal breaker at 4: unsettled, so not well known.
    strict = Profile(deal_breakers=[DealBreaker(dimension=RML, at_least=4)])
    unsettled = assess(many, strict)[RML]
    assert unsettled.deal_breaker is not None
    assert unsettled.deal_breaker.verdict == Verdict.AT_RISK
    assert not unsettled.well_known
    assert not assess([], Profile())[RML].well_known


def test_signals_inform_but_are_not_interview_evidence() -> None:
    d = assess([signal(5), signal(5, "public-report")], PROFILE)[RML]
    assert d.mean > 3.0
    assert d.evidence == 0
    assert d.deal_breaker is not None and d.deal_breaker.verdict == Verdict.UNKNOWN


def test_fit_and_frames() -> None:
    items = [*good_company(), answer(2, "g", "hiring-manager", dimension=GROWTH)]
    a = assess(items, Profile(weights={RML: 10, GROWTH: 10} | {}), label="Acme")
    assert a.fit.low < a.fit.mean < a.fit.high
    frame = a.to_frame()
    assert frame.loc["responsible-ml", "mean"] == pytest.approx(a[RML].mean)
    assert next(iter(frame.index)) == "diversity-inclusion"
    assert {"low", "high", "conflict", "verdict", "risk"} <= set(frame.columns)
    json.dumps(a.to_dict())
    assert [i.rating for i in a.green_flags()] == [5, 5]
    assert a.red_flags() == []


def test_many_at_once_equals_one_by_one() -> None:
    one = good_company()
    two = [answer(2, "x", "peer"), answer(3, "y", "hiring-manager", dimension=GROWTH)]
    both = assess_many([("one", one), ("two", two)], PROFILE)
    for label, items, together in (("one", one, both[0]), ("two", two, both[1])):
        alone = assess(items, PROFILE, label)
        assert together.label == label
        assert together.fit.mean == pytest.approx(alone.fit.mean)
        assert together.fit.high == pytest.approx(alone.fit.high)
        for d in alone:
            assert together[d.dimension].mean == pytest.approx(d.mean)
            assert together[d.dimension].low == pytest.approx(d.low)


def test_conflict_brief_names_each_person_once() -> None:
    tom = [
        answer(None, "tom", "peer", red_flag=True, qid="rml-001"),
        answer(2, "tom", "peer", qid="rml-003"),
    ]
    conflict = assess([*good_company(), *tom], PROFILE)[RML].conflict
    assert conflict is not None
    low, high = conflict.brief().split(" against ")
    assert low == "tom (red flag, 2)"
    assert high.count("hanna") == 1 and "lena (5)" in high


def test_unnamed_sources_never_pass_for_a_contact() -> None:
    # Contact ids are strings of numbers; an unnamed source must not read as one of them.
    items = [
        answer(5, "0", "hiring-manager"),
        answer(5, "1", "leadership"),
        answer(1, None, "peer", red_flag=True, interview="9"),
    ]
    d = assess(items, PROFILE)[RML]
    assert d.conflict is not None
    assert d.conflict.high_sources == {"0", "1"}
    (unnamed,) = d.conflict.low_sources
    assert unnamed not in {"0", "1", "2", "3"}
