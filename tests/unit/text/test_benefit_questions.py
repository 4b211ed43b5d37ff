"""The benefits finding suggests questions on the benefits the ad names, not on others: a pension
and a gym point to the pension and perks questions, never to the relocation package; an ad that
names relocation points to it; an ad that names none asks which benefits come at all."""

from __future__ import annotations

import pytest

from askback.app.text import attach_questions
from askback.bank import load
from askback.text.jobad import analyze

BANK = load()
TAGS = {q.id: set(q.tags) for q in BANK.questions}
FILL = (
    "You will turn sales data into weekly reports for the buying team and explain the figures "
    "to colleagues who do not read them every day. "
) * 8


def _benefits_finding(extra: str):  # type: ignore[no-untyped-def]
    report = analyze(f"# Data Analyst\n\n{FILL}\n\n{extra}\n")
    attach_questions(report, BANK)
    found = [f for f in report.findings if f.check == "benefits"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    "extra",
    [
        "What we offer: a pension scheme, a gym membership and a learning budget.",
        "Benefits include private medical insurance and a cycle to work scheme.",
        "Wir bieten betriebliche Altersvorsorge, ein Jobticket und Weiterbildung.",
        "You get 30 days of paid holiday and an annual bonus.",
    ],
)
def test_no_relocation_question_unless_named(extra: str) -> None:
    f = _benefits_finding(extra)
    assert f.question_ids, f
    assert all("relocation" not in TAGS[q] for q in f.question_ids), f.question_ids
    # Every suggestion is on benefits.
    assert all("benefits" in TAGS[q] for q in f.question_ids), f.question_ids


def test_pension_named_points_to_pension_question() -> None:
    f = _benefits_finding("We offer a generous pension plan and free lunch.")
    assert any("pension" in TAGS[q] for q in f.question_ids), f.question_ids
    assert any("perks" in TAGS[q] for q in f.question_ids), f.question_ids


@pytest.mark.parametrize(
    "extra",
    [
        "We offer a relocation package and a pension.",
        "Relocation assistance is available for this role, as is private health insurance.",
    ],
)
def test_relocation_named_points_to_relocation_question(extra: str) -> None:
    f = _benefits_finding(extra)
    assert any("relocation" in TAGS[q] for q in f.question_ids), f.question_ids


def test_no_benefits_named_asks_which_come_at_all() -> None:
    f = _benefits_finding("The team meets on Mondays to plan the week.")
    assert f.title == "No benefits named"
    assert any("perks" in TAGS[q] for q in f.question_ids), f.question_ids
    assert all("relocation" not in TAGS[q] for q in f.question_ids), f.question_ids
