"""Property tests: the assessment moves the way evidence says it should, whatever the evidence."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.bank.schema import Dimension
from askback.domain.evidence import assess
from askback.domain.model import DealBreaker, EvidenceItem, Profile
from tests.unit.domain.factories import GROWTH, RML, answer

ROLES = ("recruiter", "hr", "hiring-manager", "peer", "leadership", "any")
PROFILE = Profile(
    weights={RML: 8, GROWTH: 4},
    deal_breakers=[DealBreaker(dimension=RML, at_least=3, confidence=0.8)],
)
RISK_TOLERANCE = 1e-4  # the numerical integral behind the risk is accurate to about 1e-5

items_strategy = st.lists(
    st.builds(
        answer,
        rating=st.integers(1, 5),
        person=st.sampled_from(["a", "b", "c", "d", None]),
        source=st.sampled_from(ROLES),
        red_flag=st.sampled_from([False, False, False, True]),
        interview=st.sampled_from([None, "1", "2"]),
    ),
    max_size=12,
)
rating_up = st.integers(0, 11)


def rml(items: list[EvidenceItem], profile: Profile = PROFILE):  # type: ignore[no-untyped-def]
    return assess(items, profile)[RML]


def raised(items: list[EvidenceItem], index: int) -> list[EvidenceItem] | None:
    """The same evidence with one plain answer's rating one level higher."""
    if not items:
        return None
    i = index % len(items)
    item = items[i]
    if item.red_flag or item.rating is None or item.rating == 5:
        return None
    bumped = answer(item.rating + 1, item.person, item.source, interview=item.interview)
    return [*items[:i], bumped, *items[i + 1 :]]


@settings(max_examples=150, deadline=None)
@given(items_strategy, st.integers(1, 5), st.sampled_from(ROLES))
def test_more_positive_evidence_never_lowers_the_mean(items, rating, source) -> None:  # type: ignore[no-untyped-def]
    before = rml(items)
    if rating < before.mean:
        rating = math.ceil(before.mean)
    after = rml([*items, answer(rating, "new-person", source)])
    assert after.mean >= before.mean - 1e-12


@settings(max_examples=150, deadline=None)
@given(items_strategy, rating_up)
def test_a_better_rating_never_lowers_the_mean_or_raises_the_risk(items, index) -> None:  # type: ignore[no-untyped-def]
    better = raised(items, index)
    if better is None:
        return
    before, after = rml(items), rml(better)
    assert after.mean >= before.mean - 1e-12
    assert before.deal_breaker is not None and after.deal_breaker is not None
    assert after.deal_breaker.risk <= before.deal_breaker.risk + RISK_TOLERANCE


@settings(max_examples=150, deadline=None)
@given(items_strategy, st.sampled_from(ROLES))
def test_intervals_narrow_with_agreeing_evidence(items, source) -> None:  # type: ignore[no-untyped-def]
    before = rml(items)
    agreeing = min(5, max(1, round(before.mean)))
    after = rml([*items, answer(agreeing, "new-person", source)])
    assert after.width <= before.width + 1e-9
    assert after.sd <= before.sd + 1e-12


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5), st.sampled_from(ROLES[1:]))
def test_intervals_shrink_steadily_as_people_agree(rating, source) -> None:  # type: ignore[no-untyped-def]
    widths = [rml([answer(rating, f"p{i}", source) for i in range(n)]).width for n in range(0, 8)]
    assert all(b < a for a, b in itertools.pairwise(widths))


@settings(max_examples=150, deadline=None)
@given(items_strategy, st.sampled_from(ROLES))
def test_deal_breaker_risk_is_monotone_in_the_evidence(items, source) -> None:  # type: ignore[no-untyped-def]
    base = rml(items).deal_breaker
    top = rml([*items, answer(5, "new-person", source)]).deal_breaker
    flag = rml([*items, answer(None, "new-person", source, red_flag=True)]).deal_breaker
    assert base is not None and top is not None and flag is not None
    assert top.risk <= base.risk + RISK_TOLERANCE
    assert flag.risk >= base.risk - RISK_TOLERANCE


@settings(max_examples=100, deadline=None)
@given(items_strategy, st.integers(1, 5))
def test_a_dimension_weighed_zero_does_not_move_the_fit(items, rating) -> None:  # type: ignore[no-untyped-def]
    profile = Profile(weights={RML: 0, GROWTH: 7})
    growth = [answer(4, "g", "hiring-manager", dimension=GROWTH)]
    one = assess([*growth, *items], profile)
    two = assess([*growth, *items, answer(rating, "x", "peer")], profile)
    assert one.fit.mean == two.fit.mean
    assert one.fit.sd == two.fit.sd


@settings(max_examples=100, deadline=None)
@given(items_strategy, st.integers(0, 9))
def test_more_weight_pulls_the_fit_toward_that_dimension(items, weight) -> None:  # type: ignore[no-untyped-def]
    growth = [answer(2, "g", "hiring-manager", dimension=GROWTH)]
    evidence = [*growth, *items]
    low = assess(evidence, Profile(weights={RML: weight}))
    high = assess(evidence, Profile(weights={RML: weight + 1}))
    direction = low[RML].mean - low.fit.mean
    assert (high.fit.mean - low.fit.mean) * direction >= -1e-12


@settings(max_examples=100, deadline=None)
@given(items_strategy, st.integers(1, 5), st.floats(0.05, 1.0), st.floats(0.05, 1.0))
def test_source_weights_are_respected(items, rating, w1, w2) -> None:  # type: ignore[no-untyped-def]
    small, big = sorted((w1, w2))
    shifts = []
    for w in (small, big):
        # The new person is the only leadership source, so the override weighs only them.
        kept = [i for i in items if i.source != "leadership"]
        profile = Profile(source_weights={"leadership": {RML: w}})
        before = rml(kept, profile).mean
        after = rml([*kept, answer(rating, "new-person", "leadership")], profile).mean
        shifts.append(after - before)
    # A heavier source moves the mean further, in the same direction.
    assert abs(shifts[1]) >= abs(shifts[0]) - 1e-12
    assert shifts[0] * shifts[1] >= -1e-12
    zero = Profile(source_weights={"leadership": {RML: 0.0}})
    with_it = rml([*items, answer(rating, "new-person", "leadership")], zero)
    assert with_it.mean == rml(items, zero).mean


def test_dimension_enum_is_what_profiles_weigh() -> None:
    assert set(Profile().model_dump()["weights"]) <= {d.value for d in Dimension}
