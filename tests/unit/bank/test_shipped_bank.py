"""Checks on the shipped content itself: the bank is the product."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from askback.bank import Bank, Dimension, load, load_resources
from askback.bank.loader import QUESTIONS_DIR, TRANSLATIONS_DIR
from askback.bank.schema import DEFAULT_MINIMUM, DIMENSION_MINIMUM, DIMENSION_PREFIX, Stage

DATA = Path(__file__).parents[2] / "data" / "bank"


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
    "role-017": "biz-002",
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
    # One id's fields may be split across files (spoken.yaml), but no field may come twice.
    keys: list[str] = []
    fields: list[tuple[str, str]] = []
    for path in (TRANSLATIONS_DIR / "de").glob("*.yaml"):
        if path.name != "resources.yaml":
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            keys.extend(data)
            fields.extend((qid, name) for qid, entry in data.items() for name in entry)
    assert sorted(set(fields)) == sorted(fields), "a field of a question is translated twice"
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


# Pairs at or above the threshold that an editor read and kept apart, with the reason.
REVIEWED_DISTINCT = {
    ("mgmt-004", "mgmt-005"): "the manager's 1:1 set-up vs a peer's view of what 1:1s achieve",
    ("hire-006", "hire-007"): "payment for the take-home vs how it is reviewed",
    ("dei-017", "dei-018"): "when and how the pay audit ran vs what it found and corrected",
    ("hire-005", "hire-006"): "take-home size vs payment for it",
    ("dei-023", "hire-013"): "who reviews ad wording for bias vs which requirements are essential",
    ("dei-015", "dei-038"): "exit-interview patterns vs mentoring and sponsorship",
    ("mgmt-002", "mgmt-003"): "feedback the manager gave vs feedback the manager received",
    ("mgmt-007", "mgmt-019"): "backing after a complaint vs shielding from pressure (close: watch)",
    ("dei-033", "dei-034"): "what networks changed vs a disagreement with leadership",
    ("hire-005", "hire-007"): "take-home size vs how it is reviewed",
    ("role-004", "role-005"): "why the role exists now vs why the previous holder left",
    ("dei-049", "dei-050"): "a dated target and today's progress vs the last target that came due",
    ("wlr-018", "wlr-033"): "whether people stay home when ill vs from which day a note is needed",
    ("rml-034", "rml-056"): "mapping systems to risk levels vs provider or deployer per system",
    ("dei-053", "rml-058"): "the works council on equality vs its agreement to employee analytics",
    ("rml-041", "rml-053"): "red-teaming before launch vs finding new attacks after launch",
    ("rml-056", "rml-057"): "provider or deployer vs whether a rights impact assessment is due",
    ("rml-050", "rml-060"): "guardrails on LLM inputs and outputs vs who reads and keeps prompts",
    ("rml-055", "rml-056"): "AI-literacy training vs provider or deployer per system",
}
# Merged in December 2026: near-duplicates by rewording, which the check must see in the
# questions as they were (tests/data/bank/merged_before.yaml).
MERGED_REWORDINGS = [
    ("hire-013", "role-013"),
    ("hire-021", "role-023"),
    ("mgmt-001", "mgmt-012"),
    ("biz-002", "role-017"),
]
# Merged by editorial review: the same ask in different words ("stopped", "withdrawn",
# "redesigned"; "who has left" vs "leavers"), below what word statistics can see (0.02-0.10).
MERGED_BY_REVIEW = [
    ("grow-021", "dei-016"),
    ("rml-001", "rml-014"),
    ("rml-001", "rml-032"),
    ("rml-001", "rml-033"),
]


def test_no_unreviewed_near_duplicates(bank: Bank) -> None:
    from askback.bank.similarity import similar_pairs

    found = [(p.first, p.second, p.score) for p in similar_pairs(bank.questions)]
    assert [p for p in found if (p[0], p[1]) not in REVIEWED_DISTINCT] == []
    stale = set(REVIEWED_DISTINCT) - {(p[0], p[1]) for p in found}
    assert stale == set(), "reviewed pairs no longer similar: drop them from the list"


def test_near_duplicate_check_flags_the_merged_pairs_as_they_were(bank: Bank) -> None:
    from askback.bank import Question
    from askback.bank.similarity import NEAR_DUPLICATE, similar_pairs

    raw = yaml.safe_load((DATA / "merged_before.yaml").read_text(encoding="utf-8"))
    before = [Question.model_validate(q) for q in raw["questions"]]
    old_ids = {q.id for q in before}
    questions = [q for q in bank.questions if q.id not in old_ids] + before
    flagged = {(p.first, p.second) for p in similar_pairs(questions)}
    for a, b in MERGED_REWORDINGS:
        assert (a, b) in flagged or (b, a) in flagged, (a, b, NEAR_DUPLICATE)
    for old, new in [(b, a) for a, b in MERGED_BY_REVIEW]:
        assert bank.canonical(old) == new


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "How long has this vacancy been open, and why did finalists drop out?",
            "For how long has the position been open, and what made earlier candidates drop out?",
        ),
        (
            "Is the company profitable, and since when?",
            "Since when has the company been making a profit?",
        ),
    ],
)
def test_near_duplicate_check_catches_rewordings(bank: Bank, a: str, b: str) -> None:
    from askback.bank.similarity import similar_pairs

    base = bank.get("hire-021")
    one = base.model_copy(update={"id": "my-a", "text": a, "summary": a, "tags": ["x-a"]})
    two = base.model_copy(update={"id": "my-b", "text": b, "summary": b, "tags": ["x-b"]})
    pairs = similar_pairs([*bank.questions, one, two])
    assert ("my-a", "my-b") in {(p.first, p.second) for p in pairs}


def test_resources_catalog() -> None:
    resources = load_resources()
    assert len(resources) >= 40
    assert len({r.id for r in resources}) == len(resources)
    assert len({r.url for r in resources}) == len(resources)
    network = [r for r in resources if r.kind.value in ("community", "event")]
    assert len(network) >= 8
    assert any(r.recurring and r.online for r in resources)


def test_resources_carry_a_recent_review_date_and_the_requested_entries() -> None:
    from datetime import date

    resources = load_resources()
    today = date.today()
    assert [r.id for r in resources if not 0 <= (today - r.last_checked).days <= 365] == []
    titles = " | ".join(r.title for r in resources)
    for wanted in (
        "Entgeltatlas",
        "PyCon DE & PyData",
        "AlgorithmWatch",
        "Antidiskriminierungsstelle des Bundes",
        "Charta der Vielfalt",
        "FAccT",
        "OWASP Top 10 for LLM",
        "Machine Learning System Design Interview",
    ):
        assert wanted in titles, wanted
    backchannel = [r for r in resources if "backchannel" in r.topics]
    assert len(backchannel) >= 3
    # Off purpose: general ML courses, news and datasets are not interview or employer research.
    assert not {
        "Practical Deep Learning for Coders (fast.ai)",
        "UCI Machine Learning Repository",
    } & {r.title for r in resources}


def test_resource_descriptions_are_translated() -> None:
    resources = load_resources()
    de = yaml.safe_load((TRANSLATIONS_DIR / "de" / "resources.yaml").read_text(encoding="utf-8"))
    assert sorted(de) == sorted(r.id for r in resources)
    for r in resources:
        assert r.description_in("de") == de[r.id]["description"].strip() != r.description
