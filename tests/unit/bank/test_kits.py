"""Starter kits: valid against the bank, safe to say, and printable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from askback.bank import Bank, load
from askback.bank.export import get_format
from askback.bank.kits import KITS_FILE, get_kit, load_kits, steps
from askback.bank.risk import text_risks
from askback.errors import BankError, NotFoundError


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load()


def test_the_two_kits_exist_with_enough_questions(bank: Bank) -> None:
    kits = {k.id: k for k in load_kits(bank)}
    assert set(kits) >= {"gender-diversity", "ml-ethics"}
    assert kits["gender-diversity"].title.en == "Gender diversity: active measures or wishes?"
    assert kits["ml-ethics"].title.en == "ML ethics and bias"
    for kit in kits.values():
        assert len(kit.questions) >= 8
        assert len({i.question for i in kit.questions}) == len(kit.questions)
        assert len(kit.mixed_signals.en) == len(kit.mixed_signals.de) >= 3
        assert kit.title.de != kit.title.en and kit.intro.de != kit.intro.en


def test_kit_steps_follow_the_interview_order(bank: Bank) -> None:
    order = ["screen", "team", "backchannel", "final", "post-offer"]
    for kit in load_kits(bank):
        stages = [order.index(s.when.value) for s in steps(kit, bank)]
        assert stages == sorted(stages), kit.id


def test_kit_texts_pass_the_risk_lint(bank: Bank) -> None:
    for kit in load_kits(bank):
        for lang in ("en", "de"):
            for text in [kit.intro.get(lang), *kit.mixed_signals.get(lang)]:
                assert list(text_risks(text)) == [], (kit.id, lang)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "{question: dei-007, whom: hr, when: screen}",
            "{question: dei-999, whom: hr, when: screen}",
            "unknown question",
        ),
        (
            "{question: dei-007, whom: hr, when: screen}",
            "{question: dei-007, whom: peer, when: screen}",
            "peer is not an audience",
        ),
        (
            "{question: dei-007, whom: hr, when: screen}",
            "{question: dei-007, whom: hr, when: team}",
            "team is not a stage",
        ),
        ("  - id: ml-ethics", "  - id: gender-diversity", "duplicate kit id"),
    ],
)
def test_a_broken_kit_names_file_line_and_problem(
    bank: Bank, tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = KITS_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "kits.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(BankError, match=message) as info:
        load_kits(bank, path)
    assert info.value.line is not None and str(path) in str(info.value)


def test_kits_resolve_by_prefix_and_retired_ids(bank: Bank, tmp_path: Path) -> None:
    kits = load_kits(bank)
    assert get_kit(kits, "gender").id == "gender-diversity"
    with pytest.raises(NotFoundError, match="choose one of"):
        get_kit(kits, "salary")
    text = KITS_FILE.read_text(encoding="utf-8").replace(
        "{question: rml-001, whom: hiring-manager", "{question: rml-014, whom: hiring-manager"
    )
    path = tmp_path / "kits.yaml"
    path.write_text(text, encoding="utf-8")
    kit = get_kit(load_kits(bank, path), "ml-ethics")
    assert steps(kit, bank)[0].question.id == "rml-001"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_printable_sheets(bank: Bank, lang: str) -> None:
    kit = get_kit(load_kits(bank), "gender-diversity")
    ordered = steps(kit, bank)
    html = get_format("html").render_kit(kit, ordered, lang)
    md = get_format("md").render_kit(kit, ordered, lang)
    data = json.loads(get_format("json").render_kit(kit, ordered, lang))
    assert html.count("<article") == len(ordered) and kit.title.get(lang) in html
    assert kit.mixed_signals.get(lang)[0] in md and md.startswith(f"# {kit.title.get(lang)}")
    assert [q["id"] for q in data["questions"]] == [s.question.id for s in ordered]
    assert data["questions"][0]["whom"] == ordered[0].whom.value
    assert "<script" not in html
