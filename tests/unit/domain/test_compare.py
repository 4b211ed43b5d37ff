"""Comparing offers: P(best) from draws, deal breakers in the draws, what would settle it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from askback.bank.schema import Dimension
from askback.domain.compare import MIN_SWITCH, compare, p_best_draws
from askback.domain.evidence import assess
from askback.domain.model import DealBreaker, Profile
from tests.unit.domain.factories import GROWTH, RML, answer, question

# Only two dimensions count, so that unexplored ones do not blur the fit.
PROFILE = Profile(weights=dict.fromkeys(Dimension, 0) | {RML: 8, GROWTH: 6})


def company(label: str, rml: int, growth: int, people: int = 4):  # type: ignore[no-untyped-def]
    items = [answer(rml, f"{label}{i}", "peer") for i in range(people)]
    items += [
        answer(growth, f"{label}g{i}", "hiring-manager", dimension=GROWTH) for i in range(people)
    ]
    return items


def test_clear_winner_and_a_coin_flip() -> None:
    good = assess(company("a", 5, 4), PROFILE, "good")
    poor = assess(company("b", 2, 2), PROFILE, "poor")
    twin = assess(company("c", 5, 4), PROFILE, "twin")
    result = compare([good, poor], PROFILE)
    assert result.p_best[0] > 0.99
    assert sum(result.p_best) + result.p_none == pytest.approx(1.0)
    even = compare([good, twin], PROFILE, draws=20_000)
    assert even.p_best[0] == pytest.approx(0.5, abs=0.03)
    assert (
        compare([good, poor], PROFILE, seed=3).p_best
        == compare([good, poor], PROFILE, seed=3).p_best
    )


def test_an_offer_that_breaks_a_deal_breaker_cannot_be_best() -> None:
    ruled = PROFILE.model_copy(
        update={
            "deal_breakers": [DealBreaker(dimension=RML, at_least=3)],
            "weights": PROFILE.weights | {RML: 1, GROWTH: 10},
        }
    )
    shiny = assess(company("a", 1, 5), ruled, "shiny but unethical")
    decent = assess(company("b", 4, 3), ruled, "decent")
    result = compare([shiny, decent], ruled)
    assert shiny.fit.mean > decent.fit.mean
    assert result.p_best[1] > 0.95
    alone = compare([shiny], ruled)
    assert alone.p_none > 0.95


def test_draws_respect_the_fit_distribution() -> None:
    fit = np.array([3.0, 3.2])
    var = np.array([0.04, 0.04])
    empty = np.zeros((2, 0))
    wins, none = p_best_draws(fit, var, empty, empty, np.zeros(0), np.zeros(0), draws=40_000)
    # Normal approximation: P(B > A) = Phi(0.2 / sqrt(0.08)) = 0.76
    assert wins[1] == pytest.approx(0.76, abs=0.02)
    assert none == 0


def test_what_would_settle_it_names_a_question() -> None:
    bank = [question("rml-001"), question("grow-001", GROWTH, ["hiring-manager"], ["team"])]
    a = assess(company("a", 4, 3, people=1), PROFILE, "A")
    b = assess(company("b", 3, 4, people=1), PROFILE, "B")
    result = compare([a, b], PROFILE, bank, asked={"A": {"rml-001"}})
    assert result.settle
    first = result.settle[0]
    assert first.kg > 0 and 0 < first.p_switch <= 1
    per_answer = [s.kg / s.answers for s in result.settle]
    assert per_answer == sorted(per_answer, reverse=True)
    for s in result.settle:
        if s.question is not None:
            assert s.question.dimension == s.dimension
            assert not (s.label == "A" and s.question.id == "rml-001")
    assert compare([a], PROFILE, bank).settle == ()
    frame = result.to_frame()
    assert list(frame.index) == ["A", "B"]
    assert frame["p_best"].sum() == pytest.approx(1.0)
    long = result.dimension_frame()
    assert long.loc[("A", "responsible-ml"), "mean"] == pytest.approx(a[RML].mean)
    data = json.loads(json.dumps(result.to_dict()))
    assert data["what_would_settle_it"][0]["p_switch"] == pytest.approx(first.p_switch)


def test_when_one_answer_cannot_change_the_leader_a_few_might() -> None:
    # Far enough apart that no single answer moves either fit past the other.
    a = assess(company("a", 4, 4, people=1), PROFILE, "A")
    b = assess(company("b", 3, 3, people=1), PROFILE, "B")
    one = settle_one_answer_kg(a, b)
    assert one < 1e-9
    result = compare([a, b], PROFILE, [question("rml-001")])
    assert result.settle
    first = result.settle[0]
    assert first.answers > 1
    assert MIN_SWITCH <= first.p_switch < 0.5
    assert f"with {first.answers} people" in first.describe()
    # Offers whose fits are known to the last decimal leave nothing to settle.
    sure = [assess(company(x, r, r, people=40), PROFILE, x) for x, r in (("C", 5), ("D", 2))]
    assert compare(sure, PROFILE).settle == ()


def settle_one_answer_kg(a, b) -> float:  # type: ignore[no-untyped-def]
    """The largest exact one-answer KG at A against B over every dimension and role."""
    from askback.domain.compare import ROLES
    from askback.domain.sources import source_weight
    from askback.domain.value import preposterior

    alpha = np.array([d.alpha for d in a.dimensions for _ in ROLES])
    w = np.array([source_weight(r, d.dimension) for d in a.dimensions for r in ROLES])
    share = np.array([d.weight / 14 for d in a.dimensions for _ in ROLES])
    n = alpha.shape[0]
    v = preposterior(alpha, w, None, np.full(n, a.fit.mean), share, np.full(n, b.fit.mean))
    return float(v.kg.max())


def test_what_would_settle_it_keeps_sensitive_questions_from_the_screen() -> None:
    hire = Dimension.HIRING_PROCESS
    profile = Profile(weights=dict.fromkeys(Dimension, 0) | {hire: 10})
    a = assess([answer(4, "x", "recruiter", dimension=hire)], profile, "A")
    b = assess([answer(3, "y", "recruiter", dimension=hire)], profile, "B")
    only_screen = question("hire-001", hire, ["recruiter"], ["screen"], sensitive=True)
    result = compare([a, b], profile, [only_screen])
    recruiter = [s for s in result.settle if s.audience == "recruiter"]
    assert recruiter and all(s.question is None for s in recruiter)
    later_too = question("hire-002", hire, ["recruiter"], ["screen", "final"], sensitive=True)
    result = compare([a, b], profile, [only_screen, later_too])
    for s in result.settle:
        if s.audience == "recruiter":
            assert s.question is not None and s.question.id == "hire-002"
            assert s.stage == "final"


def test_a_leader_with_an_unsettled_deal_breaker_is_asked_about_it_first() -> None:
    weights = dict.fromkeys(Dimension, 0) | {RML: 2, GROWTH: 8}
    ruled = Profile(weights=weights, deal_breakers=[DealBreaker(dimension=RML, at_least=3)])
    free = Profile(weights=weights)
    # A: the better growth story, but only two middling answers on responsible ML;
    # B: solid on both.
    a_items = [answer(3, "a1", "peer"), answer(3, "a2", "peer")]
    a_items += [answer(5, f"ag{i}", "hiring-manager", dimension=GROWTH) for i in range(3)]
    b_items = [answer(4, f"b{i}", "peer") for i in range(4)]
    b_items += [answer(4, f"bg{i}", "hiring-manager", dimension=GROWTH) for i in range(3)]
    bank = [question("rml-001"), question("grow-001", GROWTH, ["hiring-manager"], ["team"])]

    def first(profile: Profile) -> tuple[str, Dimension]:
        a, b = assess(a_items, profile, "A"), assess(b_items, profile, "B")
        top = compare([a, b], profile, bank).settle[0]
        return top.label, top.dimension

    assert assess(a_items, ruled, "A")[RML].deal_breaker is not None
    # Without the deal breaker the fit alone decides, and growth at A moves it most;
    assert first(free) == ("A", GROWTH)
    # with it, what could rule the leader out comes first.
    assert first(ruled) == ("A", RML)


def test_an_offers_value_is_its_expected_fit_where_its_deal_breakers_hold() -> None:
    ruled = PROFILE.model_copy(update={"deal_breakers": [DealBreaker(dimension=RML, at_least=3)]})
    items = [answer(3, "a1", "peer"), answer(2, "a2", "peer"), answer(4, "g", dimension=GROWTH)]
    unsure = assess(items, ruled, "unsure")
    risk = unsure[RML].deal_breaker
    assert risk is not None and 0.05 < risk.risk < 0.95
    # E[fit; RML >= 2.5] from posterior draws of every dimension.
    rng = np.random.default_rng(5)
    levels = np.arange(1.0, 6.0)
    mu = {d.dimension: rng.dirichlet(d.alpha, 400_000) @ levels for d in unsure}
    share = dict(zip((d.dimension for d in unsure), unsure.shares(), strict=True))
    fit = sum(share[d] * m for d, m in mu.items())
    assert unsure.value() == pytest.approx(float((fit * (mu[RML] >= 2.5)).mean()), abs=0.01)
    # Where RML holds its level is higher, so the value beats the fit times the pass chance.
    assert unsure.value() > unsure.fit.mean * (1 - risk.risk) + 0.02
    free = assess(items, PROFILE, "free")
    assert free.value() == pytest.approx(free.fit.mean)


def test_value_splits_over_any_one_dimension() -> None:
    """value = passing_j * share_j * E[mu_j; j holds] + rest_j * P(j holds), for every j."""
    rules = [DealBreaker(dimension=RML, at_least=3), DealBreaker(dimension=GROWTH, at_least=4)]
    profile = PROFILE.model_copy(update={"deal_breakers": rules})
    items = [answer(3, "a1", "peer"), answer(2, "a2", "peer"), answer(4, "g", dimension=GROWTH)]
    a = assess(items, profile, "two rules")
    passing, rest = a.value_terms()
    share = a.shares()
    for j, d in enumerate(a.dimensions):
        split = passing[j] * share[j] * d.kept_mean + rest[j] * d.holds
        assert split == pytest.approx(a.value(), abs=1e-12)
    assert 0 < a.pass_chance() < 1
