"""Checks on the shipped content itself: the bank is the product."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
import yaml

from askback.bank import Bank, Dimension, load, load_resources
from askback.bank.loader import QUESTIONS_DIR, TRANSLATIONS_DIR
from askback.bank.schema import DEFAULT_MINIMUM, DIMENSION_MINIMUM, DIMENSION_PREFIX, Stage

NEAR_DUPLICATE = 80  # rapidfuzz token_set_ratio of two question texts


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load()


def test_bank_has_at_least_320_questions(bank: Bank) -> None:
    assert len(bank) >= 320


@pytest.mark.parametrize("dimension", list(Dimension))
def test_every_dimension_meets_its_minimum(bank: Bank, dimension: Dimension) -> None:
    minimum = DIMENSION_MINIMUM.get(dimension, DEFAULT_MINIMUM)
    assert len(bank.by_dimension(dimension)) >= minimum


def test_ids_are_unique_across_files() -> None:
    ids = [
        q["id"]
        for path in QUESTIONS_DIR.glob("*.yaml")
        for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    ]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_ids_are_numbered_without_gaps_counting_retired_ids() -> None:
    # A merged id is retired, never reused: live and retired ids together number 1..N.
    for path in QUESTIONS_DIR.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        prefix = DIMENSION_PREFIX[Dimension(data["dimension"])]
        ids = [q["id"] for q in data["questions"]]
        retired = list(data.get("retired") or {})
        assert not set(ids) & set(retired), path.name
        assert ids == sorted(ids), f"{path.name}: live ids out of order"
        every = sorted([*ids, *retired])
        assert every == [f"{prefix}-{n:03d}" for n in range(1, len(every) + 1)], path.name


MERGED = {
    "role-013": "hire-013",
    "role-023": "hire-021",
    "mgmt-012": "mgmt-001",
    "dei-016": "grow-021",
    "rml-014": "rml-001",
    "rml-032": "rml-001",
    "rml-033": "rml-001",
}


@pytest.mark.parametrize(("old", "new"), sorted(MERGED.items()))
def test_merged_ids_resolve_to_the_kept_question(bank: Bank, old: str, new: str) -> None:
    assert old not in {q.id for q in bank.questions}
    assert bank.get(old) is bank.get(new)
    assert bank.canonical(old) == new and old in bank


def test_no_question_is_flagged_by_the_risk_lint(bank: Bank) -> None:
    from askback.bank.risk import lint_questions

    assert [str(f) for f in lint_questions(bank.questions)] == []


def test_every_reference_resolves(bank: Bank) -> None:
    dangling = [(q.id, r) for q in bank.questions for r in q.related if r not in bank]
    assert dangling == []


def test_german_translation_is_complete_and_has_no_orphans(bank: Bank) -> None:
    keys: list[str] = []
    for path in (TRANSLATIONS_DIR / "de").glob("*.yaml"):
        if path.name != "resources.yaml":
            keys.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert sorted(set(keys)) == sorted(keys), "an id is translated twice"
    ids = {q.id for q in bank.questions}
    assert sorted(ids - set(keys)) == [], "untranslated questions"
    assert sorted(set(keys) - ids) == [], "orphan translations"
    for q in bank.questions:
        assert q.text_in("de") != q.text, f"{q.id}: German text equals the English"


def test_no_question_lacks_guidance(bank: Bank) -> None:
    for q in bank.questions:
        assert q.why and q.green_flags and q.red_flags and q.follow_ups, q.id
        assert len({q.rubric.one, q.rubric.three, q.rubric.five}) == 3, q.id
        assert len(q.summary) <= 100, q.id
        assert 2 <= len(q.tags) <= 6, q.id


def test_sensitive_questions_point_away_from_the_screen(bank: Bank) -> None:
    safe_stages = {Stage.BACKCHANNEL, Stage.POST_OFFER, Stage.TEAM, Stage.FINAL}
    for q in bank.questions:
        if q.sensitive:
            assert set(q.stage) & safe_stages, q.id


def test_no_near_duplicate_questions(bank: Bank) -> None:
    from rapidfuzz import fuzz, process

    texts = [q.text.lower() for q in bank.questions]
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=1)
    pairs = [
        (bank.questions[i].id, bank.questions[j].id, round(float(matrix[i][j])))
        for i, j in itertools.combinations(range(len(texts)), 2)
        if matrix[i][j] >= NEAR_DUPLICATE
    ]
    assert pairs == []


def test_near_duplicate_check_catches_a_rewording() -> None:
    from rapidfuzz import fuzz

    a = "How is a new ML use case reviewed, and who can stop it?"
    b = "How is a new ML use case reviewed and who is able to stop it?"
    assert fuzz.token_set_ratio(a.lower(), b.lower()) >= NEAR_DUPLICATE


def test_resources_catalog() -> None:
    resources = load_resources()
    assert len(resources) >= 40
    assert len({r.id for r in resources}) == len(resources)
    assert len({r.url for r in resources}) == len(resources)
    network = [r for r in resources if r.kind.value in ("community", "event")]
    assert len(network) >= 8
    assert any(r.recurring and r.online for r in resources)


def test_resource_descriptions_are_translated() -> None:
    resources = load_resources()
    de = yaml.safe_load((TRANSLATIONS_DIR / "de" / "resources.yaml").read_text(encoding="utf-8"))
    assert sorted(de) == sorted(r.id for r in resources)
    for r in resources:
        assert r.description_in("de") == de[r.id]["description"].strip() != r.description
