"""Legal and numeric facts: sourced, current, used, and listed in the docs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from askback.bank import load
from askback.bank.facts import FACTS_FILE, Fact, fact_users, load_facts, markdown
from askback.errors import BankError

ROOT = Path(__file__).parents[3]
# Facts must be rechecked every year: the test compares against the real date, so it starts
# failing 12 months after a fact's as_of until someone checks it again.
TODAY = date.today()


def test_every_fact_has_a_primary_source_and_is_current() -> None:
    facts = load_facts()
    assert len(facts) >= 15
    assert [f.id for f in facts.values() if not f.source] == []
    assert [f.id for f in facts.values() if f.stale(TODAY)] == []
    assert [f.id for f in facts.values() if f.as_of > TODAY] == []


def test_every_fact_is_referenced_and_every_reference_resolves() -> None:
    users = fact_users()
    assert sorted(set(load_facts()) - set(users)) == [], "facts nobody uses"
    assert sorted(set(users) - set(load_facts())) == [], "references to unknown facts"


def test_the_issue_facts_are_referenced_by_their_questions() -> None:
    bank = load()
    expected = {
        "rml-034": {"eu-ai-act-prohibitions-literacy", "eu-ai-act-omnibus-dates"},
        "comp-002": {"eu-pay-range-before-interview", "de-pay-transparency-transposition"},
        "dei-030": {"eu-whistleblowing-internal-channels"},
        "dei-027": {"de-elterngeld-income-cap", "de-elterngeld-amount", "de-elternzeit-unpaid"},
        "comp-018": {"de-non-compete"},
        "biz-023": {"eu-csrd-omnibus-scope"},
        "dei-024": {"de-sbv-elected"},
    }
    for qid, ids in expected.items():
        assert ids <= set(bank.get(qid).facts), qid


def test_german_text_does_not_call_elternzeit_paid() -> None:
    bank = load()
    for q in bank.questions:
        assert "bezahlte elternzeit" not in q.text_in("de").lower(), q.id
        assert "bezahlten elternzeit" not in q.text_in("de").lower(), q.id


def test_docs_list_every_fact_with_its_source() -> None:
    page = (ROOT / "docs" / "facts.md").read_text(encoding="utf-8")
    assert page == markdown(load_facts(), fact_users()), "run: python -m askback.bank.facts"
    for fact in load_facts().values():
        assert fact.source in page and fact.id in page


def test_a_fact_older_than_twelve_months_is_stale() -> None:
    fact = next(iter(load_facts().values()))
    review = date(2026, 12, 3)
    assert not fact.model_copy(update={"as_of": date(2025, 12, 4)}).stale(review)
    assert fact.model_copy(update={"as_of": date(2025, 12, 2)}).stale(review)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    source: https://eur-lex.europa.eu/eli/dir/2023/970/oj\n", "", "source"),
        ("as_of: 2026-12-03", "as_of: someday", "as_of"),
        ("  - id: de-non-compete\n", "  - id: de-elterngeld-amount\n", "duplicate fact id"),
    ],
)
def test_broken_facts_files_name_the_problem(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = FACTS_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "facts.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(BankError, match=message) as info:
        load_facts(path)
    assert info.value.line is not None


def test_a_question_naming_an_unknown_fact_is_rejected(tmp_path: Path) -> None:
    data = Path(__file__).parents[2] / "data" / "bank" / "custom.yaml"
    text = data.read_text(encoding="utf-8").replace(
        "    sensitive: false", "    facts: [xx-no-such-fact]\n    sensitive: false", 1
    )
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match="unknown fact id 'xx-no-such-fact'"):
        load([path], shipped=False)


def test_fact_model_rejects_a_missing_source() -> None:
    with pytest.raises(ValueError, match="source"):
        Fact.model_validate(
            {
                "id": "eu-x",
                "claim": "A claim long enough to count.",
                "jurisdiction": "EU",
                "as_of": "2026-01-01",
            }
        )
