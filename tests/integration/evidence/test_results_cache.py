"""Stored assessments and plans are served while nothing they read changed, and never after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from askback.app import Workspace, contacts, evidence, results_cache, signals
from askback.app import answers as answer_cases
from askback.app import questions as custom
from askback.app.answers import NewAnswer
from askback.bank.cache import cache_dir
from askback.domain.model import Profile
from tests.integration.evidence.scenario import RML, acme


class Recomputed(Exception):
    """Raised by the domain while a test expects a stored result."""


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASKBACK_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def frozen_domain(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """freeze(True): any computation of an assessment raises Recomputed; freeze(False) undoes."""
    import askback.domain.evidence as domain

    real = domain.assess_many

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise Recomputed

    def freeze(on: bool) -> None:
        monkeypatch.setattr(domain, "assess_many", boom if on else real)

    return freeze


def _stored(kind: str) -> list[Path]:
    return sorted(cache_dir().glob(f"{kind}-*.pickle"))


def test_an_unchanged_assessment_is_read_back_and_every_kind_of_write_misses(
    ws: Workspace, frozen_domain: Callable[[bool], None]
) -> None:
    case = acme(ws)
    first = evidence.assess(ws, case.opp.id)
    assert len(_stored("assess")) == 1
    frozen_domain(True)
    assert evidence.assess(ws, "acme") == first  # by name or id: the same inputs, read back

    writes: list[Callable[[], object]] = [
        lambda: answer_cases.add(
            ws,
            first_interview(ws, case.opp.id),
            NewAnswer(question_id="rml-001", rating=2, contact=case.paul.id, notes="Rarely."),
            analyze=False,
        ),
        lambda: answer_cases.edit(ws, last_answer(ws, case.opp.id), rating=1),
        lambda: contacts.edit(ws, case.paul.id, audience="leadership"),
        lambda: signals.add(
            ws, opportunity=case.opp.id, source="public-report", dimension=RML, rating=2
        ),
        lambda: evidence.save_profile(ws, Profile.model_validate({"weights": {RML: 2}})),
        lambda: custom.add(ws, qid="my-audit", text="Who audits the models?", dimensions=[RML]),
    ]
    for write in writes:
        frozen_domain(False)
        write()
        frozen_domain(True)
        with pytest.raises(Recomputed):
            evidence.assess(ws, case.opp.id)
        frozen_domain(False)
        fresh = evidence.assess(ws, case.opp.id)
        frozen_domain(True)
        assert evidence.assess(ws, case.opp.id) == fresh
    frozen_domain(False)
    # What was read back is what a computation without the cache gives.
    results_cache.clear()
    assert evidence.assess(ws, case.opp.id) == fresh


def first_interview(ws: Workspace, opp_id: int) -> int:
    from askback.app import interviews

    return interviews.list_interviews(ws, opportunity=opp_id)[0].id


def last_answer(ws: Workspace, opp_id: int) -> int:
    return answer_cases.list_answers(ws, opportunity=opp_id)[-1].id


def test_a_plan_is_keyed_by_its_arguments_and_its_data(
    ws: Workspace, frozen_domain: Callable[[bool], None]
) -> None:
    case = acme(ws)
    team = evidence.plan(ws, case.opp.id, roles=["hiring-manager"], stage="team", minutes=20)
    frozen_domain(True)
    assert evidence.plan(ws, case.opp.id, roles=["team-lead"], stage="team", minutes=20) == team
    for roles, stage, minutes in (
        (["hiring-manager"], "team", 30),
        (["hiring-manager"], "final", 20),
        (["peer"], "team", 20),
        ([str(case.hanna.id)], "team", 20),
    ):
        with pytest.raises(Recomputed):
            evidence.plan(ws, case.opp.id, roles=roles, stage=stage, minutes=minutes)
    frozen_domain(False)
    signals.add(ws, opportunity=case.opp.id, source="job-ad", dimension=RML, rating=1)
    frozen_domain(True)
    with pytest.raises(Recomputed):
        evidence.plan(ws, case.opp.id, roles=["hiring-manager"], stage="team", minutes=20)


def test_a_damaged_entry_is_a_miss_and_clear_empties_the_cache(ws: Workspace) -> None:
    case = acme(ws)
    first = evidence.assess(ws, case.opp.id)
    (entry,) = _stored("assess")
    entry.write_bytes(b"not a pickle")
    assert evidence.assess(ws, case.opp.id) == first
    evidence.plan(ws, case.opp.id)
    assert results_cache.clear() == 2
    assert not _stored("assess") and not _stored("plan")


def test_a_hub_pull_misses_and_its_figures_are_in_the_result(
    ws: Workspace, frozen_domain: Callable[[bool], None]
) -> None:
    from askback.app import hub
    from askback.hubclient.replies import CompanyReply
    from tests.integration.hubclient.hostile import GOOD_COMPANY

    case = acme(ws)
    before = evidence.assess(ws, case.opp.id)
    assert before.community == ()
    reply = CompanyReply.model_validate(GOOD_COMPANY)
    hub.store_pull(ws, "https://hub.example.org", {"acme": ([case.opp.id], reply)}, None)
    frozen_domain(True)
    with pytest.raises(Recomputed):
        evidence.assess(ws, case.opp.id)
    frozen_domain(False)
    after = evidence.assess(ws, case.opp.id)
    assert after.community and after != before
    frozen_domain(True)
    assert evidence.assess(ws, case.opp.id) == after


def test_the_bank_key_is_the_loaded_banks_key_without_loading_it(ws: Workspace) -> None:
    from askback.app.question_bank import bank_key

    ws.forget_bank()
    key = bank_key(ws)
    assert not ws.bank_loaded  # the files alone make the bank: hashed, not loaded
    assert key is not None and key == ws.bank.cache_key
    # A custom question is part of the bank: the key is the loaded bank's, and it changes.
    custom.add(ws, qid="my-audit", text="Who audits the models?", dimensions=[RML])
    ws.forget_bank()
    assert bank_key(ws) == ws.bank.cache_key != key
