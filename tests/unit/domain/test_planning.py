"""The planner's rules and its ranking, on questions written inline."""

from __future__ import annotations

import itertools
import json

from askback.bank.schema import Audience, Dimension, Stage
from askback.domain.evidence import assess
from askback.domain.model import DealBreaker, Profile
from askback.domain.planning import Addressee, plan_interview
from tests.unit.domain.factories import GROWTH, RML, answer, question, signal

WLR = Dimension.WORK_LIFE_REMOTE
PROFILE = Profile(weights={RML: 9}, deal_breakers=[DealBreaker(dimension=RML, at_least=3)])
BANK = [
    question("rml-001", tags=["use-case-review"]),
    question("rml-002", tags=["consent"]),
    question("rml-003", tags=["use-case-review"]),
    question("rml-004", tags=["consent"]),
    question("grow-001", GROWTH, ["hiring-manager", "hr"], ["screen", "team"]),
    question("wlr-001", WLR, ["recruiter", "peer"], ["screen", "backchannel"], sensitive=True),
    question("wlr-002", WLR, ["recruiter"], ["screen"], minutes=2),
]
PEER, LEAD = Addressee(Audience.PEER), Addressee(Audience.HIRING_MANAGER)


def conflicted():  # type: ignore[no-untyped-def]
    return assess(
        [
            signal(5),
            answer(4, "hanna", "hiring-manager", qid="rml-002"),
            answer(4, "paul", "peer", qid="rml-004"),
            answer(5, "lena", "leadership", qid="rml-010"),
            answer(None, "tom", "peer", red_flag=True, qid="rml-001", quote="mine the chats"),
        ],
        PROFILE,
        "Acme",
    )


def ids(plan) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.question.id for i in plan.items]


def test_the_disputed_question_goes_first_to_someone_new() -> None:
    for to, stage in (([LEAD], Stage.TEAM), ([PEER], Stage.BACKCHANNEL)):
        plan = plan_interview(conflicted(), BANK, to, stage, 30, PROFILE)
        first = plan.items[0]
        assert first.question.id == "rml-001"
        assert first.conflict > 0
        assert any("Settles a conflict" in str(r) for r in first.reasons)
        assert any("at risk" in str(r) for r in first.reasons)


def test_never_the_same_question_to_the_same_person() -> None:
    tom = Addressee(Audience.PEER, person="tom", name="Tom")
    plan = plan_interview(conflicted(), BANK, [tom], Stage.BACKCHANNEL, 30, PROFILE)
    assert "rml-001" not in ids(plan)
    # Questions answered without a conflict are not asked again of anyone.
    calm = assess([answer(4, "hanna", "hiring-manager", qid="rml-002")], PROFILE)
    assert "rml-002" not in ids(plan_interview(calm, BANK, [PEER], Stage.TEAM, 60, PROFILE))


def test_asking_someone_on_one_side_of_the_conflict_is_worth_less() -> None:
    hanna = Addressee(Audience.HIRING_MANAGER, person="hanna", name="Hanna")
    fresh = plan_interview(conflicted(), BANK, [LEAD], Stage.TEAM, 30, PROFILE).items[0]
    biased = plan_interview(conflicted(), BANK, [hanna], Stage.TEAM, 30, PROFILE).items[0]
    assert biased.question.id == fresh.question.id == "rml-001"
    assert biased.conflict < fresh.conflict


def test_audience_stage_and_sensitivity_rules() -> None:
    plan = plan_interview(
        conflicted(), BANK, [Addressee(Audience.RECRUITER)], Stage.SCREEN, 30, PROFILE
    )
    assert ids(plan) == ["wlr-002"]  # the only screen question a recruiter may get
    later = {s.question.id: s for s in plan.later}
    assert later["wlr-001"].stage == Stage.BACKCHANNEL
    assert later["wlr-001"].audience == Audience.PEER
    assert later["wlr-001"].reason.kind == "sensitive" and "sensitive" in str(
        later["wlr-001"].reason
    )
    # The open conflict is pointed to a backchannel talk as well.
    assert later["rml-001"].where() == "a peer in a backchannel talk"
    # The same sensitive question is fine with a peer in a backchannel talk.
    assert "wlr-001" in ids(
        plan_interview(conflicted(), BANK, [PEER], Stage.BACKCHANNEL, 60, PROFILE)
    )


def test_minutes_weights_and_well_known_dimensions() -> None:
    settled = [answer(3 + i % 2, f"p{i}", "hiring-manager", dimension=GROWTH) for i in range(14)]
    a = assess(settled, Profile(weights={RML: 0}))
    plan = plan_interview(a, BANK, [LEAD, PEER], Stage.TEAM, 60, Profile(weights={RML: 0}))
    skipped = dict(plan.skipped)
    assert skipped[RML].kind == "weight-zero" and str(skipped[RML]) == "you weigh it 0"
    assert str(skipped[GROWTH]).startswith("well known")
    assert not {i.question.dimension for i in plan.items} & {RML, GROWTH}
    short = plan_interview(conflicted(), BANK, [LEAD, PEER], Stage.TEAM, 7, PROFILE)
    assert short.used_minutes <= 7
    assert len(short.items) == 2


def test_must_ask_comes_first_and_unfit_ones_wait() -> None:
    profile = PROFILE.model_copy(update={"must_ask": ["grow-001", "wlr-002"]})
    plan = plan_interview(conflicted(), BANK, [LEAD], Stage.TEAM, 30, profile)
    assert plan.items[0].question.id == "grow-001"
    assert plan.items[0].must_ask
    assert plan.items[0].reasons[0].kind == "must-ask"
    assert str(plan.items[0].reasons[0]) == "On your must-ask list."
    assert "wlr-002" not in ids(plan)  # a recruiter question: not for the hiring manager


def test_deal_breakers_get_priority() -> None:
    items = [answer(3, "a", "peer", dimension=d) for d in (RML, WLR)]
    bank = [question("rml-001"), question("wlr-009", WLR, ["peer"], ["team"])]
    weights = {RML: 5, WLR: 5}
    ruled = Profile(weights=weights, deal_breakers=[DealBreaker(dimension=WLR, at_least=3)])
    plan = plan_interview(assess(items, ruled), bank, [PEER], Stage.TEAM, 3, ruled)
    assert ids(plan) == ["wlr-009"]
    assert plan.items[0].risk_move > 0
    free = Profile(weights=weights)
    assert ids(plan_interview(assess(items, free), bank, [PEER], Stage.TEAM, 3, free)) == [
        "rml-001"
    ]


def test_repeated_dimension_is_worth_less_each_time() -> None:
    plan = plan_interview(assess([], PROFILE), BANK[:4], [PEER], Stage.TEAM, 60, PROFILE)
    infos = [i.info for i in plan.items]
    assert len(infos) == 4
    assert all(b < a for a, b in itertools.pairwise(infos))


def test_knowledge_gradient_with_a_close_rival() -> None:
    a = conflicted()
    alone = plan_interview(a, BANK, [PEER], Stage.TEAM, 30, PROFILE)
    # Rivals are weighed by value: fit times the chance the deal breakers hold (37 % at risk here).
    assert a.value() < a.fit.mean
    close = plan_interview(a, BANK, [PEER], Stage.TEAM, 30, PROFILE, rivals=[a.value() + 0.01])
    far = plan_interview(a, BANK, [PEER], Stage.TEAM, 30, PROFILE, rivals=[a.value() + 2])
    assert alone.items[0].kg == 0 and alone.items[0].p_switch == 0
    assert close.items[0].kg > 0 and close.items[0].p_switch > 0
    assert any("comes out on top" in str(r) for r in close.items[0].reasons)
    assert far.items[0].p_switch == 0
    assert close.items[0].score > alone.items[0].score


def test_plan_exports() -> None:
    plan = plan_interview(conflicted(), BANK, [LEAD], Stage.TEAM, 30, PROFILE)
    data = json.loads(json.dumps(plan.to_dict()))
    assert data["kind"] == "askback-plan"
    assert data["questions"][0]["id"] == "rml-001"
    assert data["questions"][0]["why"]
    frame = plan.to_frame()
    assert list(frame.index) == ids(plan)
    empty = plan_interview(conflicted(), [], [LEAD], Stage.TEAM, 30, PROFILE)
    assert empty.items == () and empty.to_frame().empty


def test_a_free_text_red_flag_points_to_its_bank_match() -> None:
    from dataclasses import replace

    flag = answer(None, "tom", "peer", red_flag=True, quote="mine the chats")
    items = [
        signal(5),
        answer(4, "hanna", "hiring-manager", qid="rml-002"),
        answer(4, "paul", "peer", qid="rml-004"),
        replace(flag, question_text="Who approves ML use cases?", topics=("rml-003",)),
    ]
    a = assess(items, PROFILE, "Acme")
    first = plan_interview(a, BANK, [LEAD], Stage.TEAM, 30, PROFILE).items[0]
    assert first.question.id == "rml-003"
    assert first.conflict > 0
    # Without the match every unanswered question on the dimension is as good as another.
    a_plain = assess(
        [*items[:3], replace(flag, question_text="Who approves ML use cases?")], PROFILE
    )
    plain = plan_interview(a_plain, BANK, [LEAD], Stage.TEAM, 30, PROFILE).items[0]
    assert plain.conflict < first.conflict
    # The match counts as asked of Tom: it is never put to him again.
    tom = Addressee(Audience.PEER, person="tom", name="Tom")
    assert "rml-003" not in ids(plan_interview(a, BANK, [tom], Stage.BACKCHANNEL, 60, PROFILE))


def test_anyone_at_the_screen_is_kept_from_sensitive_questions() -> None:
    anyone = Addressee(Audience.ANY)
    bank = [*BANK, question("wlr-003", WLR, ["any"], ["screen", "team"], sensitive=True)]
    plan = plan_interview(conflicted(), bank, [anyone], Stage.SCREEN, 30, PROFILE)
    assert not any(i.question.sensitive for i in plan.items)
    later = {s.question.id: s for s in plan.later}
    assert later["wlr-003"].where() == "anyone at the team stage"
    assert later["wlr-001"].where() == "a peer in a backchannel talk"
    team = plan_interview(conflicted(), bank, [anyone], Stage.TEAM, 60, PROFILE)
    assert "wlr-003" in ids(team)


def test_research_first_questions_say_so() -> None:
    bank = [question("rml-001"), question("rml-002").model_copy(update={"research_first": True})]
    plan = plan_interview(assess([], PROFILE), bank, [PEER], Stage.TEAM, 30, PROFILE)
    by_id = {i.question.id: i for i in plan.items}
    assert "read up first" in by_id["rml-002"].summary
    assert any("Read up before you ask" in str(r) for r in by_id["rml-002"].reasons)
    assert by_id["rml-002"].to_dict()["research_first"] is True
    assert "read up first" not in by_id["rml-001"].summary
