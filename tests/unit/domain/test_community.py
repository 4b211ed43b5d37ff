"""Taking your own share out of a hub's figure recovers the figure of the others."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.bank.schema import Dimension
from askback.domain.community import CommunityFigure, community_item, without_own
from askback.domain.sources import source_weight
from askback.hub.privacy import Member, summarise

ratings = st.lists(st.integers(1, 5), min_size=1, max_size=4)


def _figure(members: list[Member], k: int) -> CommunityFigure:
    out = summarise(members, k)
    low, high = out["interval"]  # type: ignore[misc]
    return CommunityFigure(
        Dimension.RESPONSIBLE_ML,
        float(out["mean"]),  # type: ignore[arg-type]
        float(low),
        float(high),
        len(members),
        len(members),
    )


@settings(max_examples=200, deadline=None)
@given(others=st.lists(ratings, min_size=5, max_size=12), own=ratings)
def test_own_share_taken_out_matches_the_others_alone(
    others: list[list[int]], own: list[int]
) -> None:
    as_members = [Member(tuple(r), 0, (), "2026-Q4") for r in others]
    everyone = _figure([*as_members, Member(tuple(own), 0, (), "2026-Q4")], 5)
    alone = _figure(as_members, 5)
    corrected = without_own(everyone, own)
    # The hub rounds both means to 0.1: the inversion is exact up to that rounding, which it
    # scales by (P + n) / (P + n - 1) <= 6.6 / 5.6 for n >= 6 members: 0.05 * 1.18 + 0.05.
    assert abs(corrected.mean - alone.mean) <= 0.109
    assert corrected.own_excluded and corrected.members_low == len(others)


def test_no_own_ratings_leave_the_figure() -> None:
    fig = CommunityFigure(Dimension.GROWTH, 2.1, 1.4, 2.9, 5, 9)
    assert without_own(fig, []) is fig


def test_community_weighs_less_than_any_interview_answer() -> None:
    from askback.bank.schema import Audience

    for dimension in Dimension:
        community = source_weight("community", dimension)
        assert all(community <= source_weight(a.value, dimension) for a in Audience)


def test_item_and_line() -> None:
    fig = CommunityFigure(Dimension.GROWTH, 2.1, 1.4, 2.9, 5, 9, 1, 4)
    item = community_item(fig)
    assert (item.rating, item.source, item.kind) == (2, "community", "signal")
    assert fig.describe() == "community: 2.1 (1.4–2.9), 5–9 candidates, 1–4 red flags"


def test_planner_ranks_a_question_candidates_asked_here_higher_with_the_reason() -> None:
    from dataclasses import replace

    from askback.bank import load
    from askback.bank.schema import Audience, Stage
    from askback.domain.evidence import assess
    from askback.domain.model import Profile
    from askback.domain.planning import Addressee, plan_interview

    bank = load(())
    rml = [q for q in bank.questions if q.dimension == Dimension.RESPONSIBLE_ML]
    plain = assess([], Profile(), "Acme")
    to = [Addressee(Audience.PEER)]
    before = plan_interview(plain, rml, to, Stage.TEAM, 30, Profile())
    order = [i.question.id for i in before.items]
    # The candidates' question: one the plan put last (or left out) without the community.
    target = next(q.id for q in reversed(rml) if q.id not in order[:1] and Stage.TEAM in q.stage)
    fig = CommunityFigure(Dimension.RESPONSIBLE_ML, 2.0, 1.5, 2.5, 5, 9, questions=(target,))
    after = plan_interview(replace(plain, community=(fig,)), rml, to, Stage.TEAM, 30, Profile())
    ranked = [i.question.id for i in after.items]
    # Every question on the dimension is worth the same without evidence: the boost decides.
    assert ranked[0] == target and order[0] != target
    assert any("Candidates asked it at this company" in str(r) for r in after.items[0].reasons)
    assert not any("Candidates asked" in str(r) for i in before.items for r in i.reasons)
